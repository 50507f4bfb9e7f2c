/**
 * Reported speech, sentence by sentence, outside direct quotations:
 *   X mengatakan (kepada Y) (bahwa) CONTENT      X said (that) CONTENT
 *   Menurut X, CONTENT  ·  A, menurut X, CONTENT  ·  CONTENT, menurut X.
 *   Sebab, kata X, CONTENT  ·  CONTENT, kata X.  ·  CONTENT, X said.
 * The content runs to the end of the sentence, or to the next reporting clause in it
 * (`…, dengan memperingatkan bahwa …` starts a report of its own).
 */
import { type QDoc, isCapitalized, isWord, REACH } from './doc.js';
import { type QuoteLexicon, stripClitic } from './lexicon.js';
import { accordingAt, isMarkToken } from './cues.js';
import { negatedCue, readPhraseForward, readSubject, type SpeakerRef } from './phrases.js';

export interface ReportedSpeech {
  /** content tokens (inclusive) */
  first: number;
  last: number;
  cue: number;
  cueEnd: number;
  ref: SpeakerRef;
  /** a speech act with no reported content (`menyatakan hal yang sama`): it only tells who spoke */
  silent?: boolean;
}

/** Longest name phrase after a cue in the middle of a sentence (`, lanjut Yusril,`). */
const MID_PHRASE_MAX = 10;
/** Longest reported content, in tokens (a bound for sentences without punctuation). */
const CONTENT_MAX = 250;
/** A phrase after a cue shorter than this, with no verb, is where or how it was said (`in a statement`), not what. */
const SHORT_PHRASE = 6;
/** Longest subject between a comma and a sentence-final cue (`…, the minister said.`). */
const FINAL_SUBJECT_MAX = 6;
/** Longest such subject when it is one name (`…, South Korea's Joint Chiefs of Staff said.`). */
const FINAL_NAME_MAX = 9;

/** Words of tokens a..b that are not inside a direct quotation. */
function countWords(doc: QDoc, a: number, b: number): number {
  let n = 0;
  for (let i = a; i <= b; i++) if (doc.word[i] === 1 && doc.inQuote[i]! < 0) n++;
  return n;
}

/**
 * `…, the minister said.` — the content is what came before the subject, up to the comma before it; when
 * the cue has words after it (`said after meeting …`), only what says something there ("Sementara itu,"
 * does not). Null when there is no such content.
 */
function contentBefore(doc: QDoc, lex: QuoteLexicon, a: number, v: number, wordsAfter: boolean): ReportedSpeech | null {
  const { low } = doc;
  let q = v - 1;
  while (q > a && low[q] !== ',' && v - q <= FINAL_NAME_MAX) q--;
  if (!(q > a && low[q] === ',')) return null;
  // a longer subject only when a name fills it
  if (v - q > FINAL_SUBJECT_MAX + 1 && !(doc.mentionStartAt[q + 1]! >= 0 && doc.mentionStartAt[q + 1] === doc.mentionEndAt[v - 1])) return null;
  if (wordsAfter && (countWords(doc, a, q - 1) < 3 || !hasVerb(doc, lex, a, q - 1))) return null;
  const ref = readSubject(doc, lex, v, q + 1);
  if (ref.kind === 'none' || ref.kind === 'elided') return null;
  return { first: a, last: q - 1, cue: v, cueEnd: v, ref };
}

/**
 * `CONTENT, kata X, Senin (28/7).`: after the speaker's comma only a short phrase with no verb (when or
 * where it was said) runs to the sentence's end, and what came before the cue's comma says something:
 * the content is before.
 */
function onlyFrameAfter(doc: QDoc, lex: QuoteLexicon, a: number, v: number, c: number, e: number): boolean {
  if (doc.low[v - 1] !== ',' || hasComma(doc, c, e) || countWords(doc, c, e) >= SHORT_PHRASE || hasVerb(doc, lex, c, e)) return false;
  return countWords(doc, a, v - 2) >= 3 && hasVerb(doc, lex, a, v - 2);
}

/** A person's mention starts at token c and one of personObjectTo follows it (before token e). */
function personThenTo(doc: QDoc, lex: QuoteLexicon, c: number, e: number): boolean {
  const mi = doc.mentionStartAt[c]!;
  if (mi < 0) return false;
  const m = doc.mentions[mi]!;
  return m.type === 'PER' && m.tokEnd + 1 <= e && lex.personObjectTo.has(doc.low[m.tokEnd + 1]!);
}

function hasComma(doc: QDoc, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (doc.low[k] === ',') return true;
  return false;
}

/** True when a word of tokens a..b outside direct quotations is a verb. */
function hasVerb(doc: QDoc, lex: QuoteLexicon, a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (doc.word[i] === 1 && doc.inQuote[i]! < 0 && lex.isVerb(doc.low[i]!)) return true;
  return false;
}

/** True when token c opens a direct quotation (or is inside one). */
function startsQuote(doc: QDoc, lex: QuoteLexicon, c: number): boolean {
  if (doc.inQuote[c]! >= 0) return true;
  return isMarkToken(lex, doc.low[c]!) && c + 1 < doc.low.length && doc.inQuote[c + 1]! >= 0;
}

/** Where a report's content ends: before `, (dengan|seraya|…) VERB` or `, VERB` of a new report. */
function contentEnd(doc: QDoc, lex: QuoteLexicon, c: number, e: number): number {
  const { low } = doc;
  e = Math.min(e, c + CONTENT_MAX);
  for (let x = c + 1; x <= e; x++) {
    if (low[x] !== ',') continue;
    let y = x + 1;
    while (y <= e && (lex.elidedMarkers.has(low[y]!) || lex.adverbs.has(low[y]!))) y++;
    if (y <= e && lex.reportingVerbs.has(low[y]!)) return x - 1;
  }
  return e;
}

/** The token of a word of `words` that opens the clause of cue v, at most four words before it (no comma between, not before a); else -1. */
function clauseOpenerBefore(low: readonly string[], words: Set<string>, v: number, a: number): number {
  for (let k = v - 1; k >= a && v - k <= 4 && low[k] !== ','; k--) if (words.has(low[k]!)) return k;
  return -1;
}

/** A free relative word ("what") opens the clause of cue v. */
function afterFreeRelative(doc: QDoc, lex: QuoteLexicon, v: number, a: number): boolean {
  return clauseOpenerBefore(doc.low, lex.freeRelatives, v, a) >= 0;
}

/** Token v (a cue) stands in a relative clause opened right after a comma (", yang membantah", ", who has denied"). */
function inAsideRelative(doc: QDoc, lex: QuoteLexicon, v: number, a: number): boolean {
  const k = clauseOpenerBefore(doc.low, lex.relativizers, v, a);
  return k > a && doc.low[k - 1] === ',';
}

function trimEnd(doc: QDoc, lex: QuoteLexicon, a: number, e: number): number {
  while (e >= a && doc.word[e] !== 1 && !isMarkToken(lex, doc.low[e]!) && doc.low[e] !== ')') e--;
  return e;
}

export function findReported(doc: QDoc, lex: QuoteLexicon): ReportedSpeech[] {
  const { low } = doc;
  const out: ReportedSpeech[] = [];
  const starts = new Set<number>();
  const push = (r: ReportedSpeech): void => {
    // Content that is (nearly) all one direct quotation is that quotation's, not a report.
    if (r.first > r.last || countWords(doc, r.first, r.last) < 2) return;
    if (starts.has(r.first)) return;
    starts.add(r.first);
    out.push(r);
  };

  for (let s = 0; s < doc.sentStart.length; s++) {
    const a = doc.sentStart[s]!;
    const e = trimEnd(doc, lex, a, doc.sentEnd[s]! - 1);
    if (e < a) continue;
    for (let v = a; v <= e; v++) {
      if (doc.inQuote[v]! >= 0) continue;
      const w = low[v]!;
      if (!lex.cueFilter.mayHave(w) || !lex.cueWords.has(w)) continue;
      if (doc.mentionAt[v]! >= 0) continue; // part of a name (Sudirman Said)

      if (lex.reportingVerbs.has(w)) {
        if (negatedCue(doc, lex, v, a)) continue;
        // "struck what the military said were weapons depots": a label the text attributes, no report
        if (afterFreeRelative(doc, lex, v, a)) continue;
        let cueEnd = v;
        let c = v + 1;
        // A chain of cues (mengatakan sempat menyebut …): the content follows the last one.
        for (;;) {
          let k = cueEnd + 1;
          while (k <= e && lex.chainWords.has(low[k]!)) k++;
          if (k <= e && lex.reportingVerbs.has(low[k]!) && doc.inQuote[k]! < 0) cueEnd = k;
          else break;
        }
        c = cueEnd + 1;
        if (lex.commaOnly.has(low[cueEnd]!) && c <= e && low[c] !== ',' && low[c] !== ':' && !lex.complementizers.has(low[c]!)) {
          out.push({ first: v, last: cueEnd, cue: v, cueEnd, ref: readSubject(doc, lex, v, a), silent: true });
          continue;
        }
        if (c > e) {
          const r = contentBefore(doc, lex, a, v, false);
          if (r) push(r);
          continue;
        }
        while (c <= e && (low[c] === ',' || low[c] === ':')) c++;
        // "…, health officials said, as negotiators failed to agree": a clause of its own after the comma;
        // what was said came before the subject, or is not known
        if (c <= e && low[cueEnd + 1] === ',' && lex.clauseOpeners.has(low[c]!)) {
          const r = contentBefore(doc, lex, a, v, true);
          if (r) push(r);
          continue;
        }
        if (c <= e && (lex.recipients.has(low[c]!) || (lex.addresseeVerbs.has(low[cueEnd]!) && !lex.complementizers.has(low[c]!)))) {
          let k = c + 1;
          while (k <= e && k - c < REACH && !lex.complementizers.has(low[k]!) && !lex.reportingVerbs.has(low[k]!)) k++;
          if (k <= e && lex.complementizers.has(low[k]!)) c = k + 1;
          else {
            k = c + 1;
            while (k <= e && k - c < REACH && low[k] !== ',') k++;
            if (k > e || low[k] !== ',') continue;
            c = k + 1;
          }
        } else if (c <= e && lex.complementizers.has(low[c]!)) c++;
        while (c <= e && low[c] === ',') c++;
        if (c > e || startsQuote(doc, lex, c)) continue;
        // `said on Tuesday that …`: a phrase of time or place before the content.
        if (lex.prepositions.has(low[c]!) && !lex.complementizers.has(low[c]!)) {
          let r: ReportedSpeech | null;
          let k = c + 1;
          while (k <= e && k <= c + 10 && !lex.complementizers.has(low[k]!) && !lex.reportingVerbs.has(low[k]!)) k++;
          if (k <= e && lex.complementizers.has(low[k]!)) c = k + 1;
          // `…, Sugiono said after meeting his counterpart.`: a phrase that runs to the end is when or where
          // it was said; the content came before the subject (not "Sementara itu, X mengatakan, di tengah …, …")
          else if (!hasComma(doc, c, e) && (r = contentBefore(doc, lex, a, v, true)) !== null) {
            push(r);
            continue;
          }
          // `Marcos said in a statement.`: a short phrase with no verb after the cue is no content
          else if (countWords(doc, c, e) < 3 || (countWords(doc, c, e) < SHORT_PHRASE && !hasVerb(doc, lex, c, e))) continue;
          // `said on Monday the talks went well`: the phrase's one capitalized word ends it
          else if (c + 2 <= e && isCapitalized(doc.tokens[c + 1]!.text) && isWord(low[c + 2]!) && !isCapitalized(doc.tokens[c + 2]!.text) && !lex.isVerb(low[c + 2]!)) c += 2;
          if (c > e) continue;
        }
        const lw = low[c]!;
        // "menyatakan menentang aksi itu", "mengancam menaikkan tarif": a verb right after the cue, with no
        // subject of its own, is a stance or an act of the speaker's, not a report of what was said
        const stance = c === cueEnd + 1 && lex.stanceCues.has(low[cueEnd]!) && lex.isVerb(lw);
        // (after "bahwa" the noun is the subject of what was said: "menegaskan bahwa dirinya tetap …")
        // ("menyebut laporan tersebut tidak berdasar": the noun named again and a predicate after it is what is said)
        const smallClause = c + 2 <= e && lex.determiners.has(low[c + 1]!) && (lex.negations.has(low[c + 2]!) || lex.copulas.has(low[c + 2]!));
        const object = !smallClause && !lex.complementizers.has(low[c - 1]!) && (lex.objectNouns.has(lw) || lex.objectNouns.has(stripClitic(lex, lw) ?? lw));
        // "melaporkan Andi Wijaya ke Polda …": a person as the object, then where to: a complaint filed
        const person = c === cueEnd + 1 && lex.personObjectCues.has(low[cueEnd]!) && personThenTo(doc, lex, c, e);
        if (stance || object || person) {
          out.push({ first: v, last: cueEnd, cue: v, cueEnd, ref: readSubject(doc, lex, v, a), silent: true });
          continue;
        }
        let end = contentEnd(doc, lex, c, e);
        // "Budi, yang membantah tuduhan itu, menyerahkan diri …": a cue inside a relative clause set off by
        // commas says no more than that clause
        if (inAsideRelative(doc, lex, v, a)) for (let x = c + 1; x <= end; x++) if (low[x] === ',') end = x - 1;
        push({ first: c, last: end, cue: v, cueEnd, ref: readSubject(doc, lex, v, a) });
        v = cueEnd;
        continue;
      }

      // Speaking without reported content: it only tells who speaks now.
      if (lex.speechActs.has(w) && !negatedCue(doc, lex, v, a)) {
        out.push({ first: v, last: v, cue: v, cueEnd: v, ref: readSubject(doc, lex, v, a), silent: true });
        continue;
      }
      if (lex.passiveCues.has(w) && v + 1 <= e) {
        const ref = readPhraseForward(doc, lex, v + 1, Math.min(e + 1, v + 1 + MID_PHRASE_MAX));
        if (ref.kind === 'entity') out.push({ first: v, last: v, cue: v, cueEnd: v, ref, silent: true });
        continue;
      }

      const acc = accordingAt(doc, lex, v);
      if (acc) {
        const xStart = v + acc.len;
        let xEnd = xStart;
        if (!acc.clitic) while (xEnd <= e && xEnd - xStart < REACH && low[xEnd] !== ',') xEnd++;
        if (xEnd <= e && low[xEnd] !== ',' && !acc.clitic) continue; // no speaker phrase that long
        const ref: SpeakerRef = acc.clitic ? { kind: 'pronoun', tok: v } : readPhraseForward(doc, lex, xStart, xEnd);
        const cue = { cue: v, cueEnd: v + acc.len - 1 };
        if (xEnd <= e && low[xEnd] === ',' && (v === a || low[v - 1] === ',')) {
          push({ first: xEnd + 1, last: contentEnd(doc, lex, xEnd + 1, e), ...cue, ref });
        } else if (xEnd > e && v > a && low[v - 1] === ',') {
          push({ first: a, last: v - 2, ...cue, ref });
        }
        v = Math.max(v, xEnd - 1);
        continue;
      }

      const stem = stripClitic(lex, w);
      const cueWord = lex.afterCues.has(w) || (stem !== null && lex.afterCues.has(stem));
      // A clitic form opening a sentence is an adverb (Jelasnya, …), not a cue.
      if (cueWord && (v === a ? lex.afterCues.has(w) : low[v - 1] === ',')) {
        let xEnd = v + 1;
        let ref: SpeakerRef;
        if (lex.afterCues.has(w)) {
          while (xEnd <= e && low[xEnd] !== ',' && xEnd - v <= MID_PHRASE_MAX) xEnd++;
          ref = readPhraseForward(doc, lex, v + 1, xEnd);
          if (ref.kind === 'none' || ref.kind === 'anaphor') continue; // a bare word after a comma is no cue
        } else {
          ref = { kind: 'pronoun', tok: v };
        }
        const frame = xEnd <= e && low[xEnd] === ',' && v > a && onlyFrameAfter(doc, lex, a, v, xEnd + 1, e);
        if (xEnd <= e && low[xEnd] === ',' && !frame) push({ first: xEnd + 1, last: contentEnd(doc, lex, xEnd + 1, e), cue: v, cueEnd: v, ref });
        else if ((xEnd > e || frame) && v > a) push({ first: a, last: v - 2, cue: v, cueEnd: v, ref });
        v = Math.max(v, xEnd - 1);
      }
    }
  }
  return out;
}
