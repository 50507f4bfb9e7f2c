/**
 * Cues around a quotation and inside a sentence: `"…," kata Kim`, `"…," ujarnya`,
 * `"…," demikian pernyataan X`, `"…," Trump said`, `Kim mengatakan, "…"`, `Menurut X, "…"`,
 * `X: "…"`, and for words quoted inside a sentence the reporting verb before them.
 */
import { type QDoc, REACH } from './doc.js';
import { type QuoteLexicon, stripClitic } from './lexicon.js';
import { NONE, negatedCue, readPhraseForward, readSubject, type SpeakerRef } from './phrases.js';

export interface Attribution {
  /** first and last token of the cue word(s); -1 when there is no cue word (`X: "…"`) */
  cue: number;
  cueEnd: number;
  ref: SpeakerRef;
  /** the quotation follows the cue with no comma or colon (`mengaku 'sembuh'`, `bahwa "…"`): it may be a fragment */
  bare?: boolean;
}

/** How far (in tokens) a speaker phrase after a cue may run. */
const PHRASE_MAX = 14;
/** How far back from a quotation's opening mark its introducing verb may stand. */
const BEFORE_MAX = 12;

export function isMarkToken(lex: QuoteLexicon, t: string): boolean {
  return t.length === 1 && (lex.doubleMarks.has(t) || lex.singleMarks.has(t));
}

/** End (exclusive) of the stretch of the paragraph where a speaker phrase starting at i may run. */
function phraseLimit(doc: QDoc, i: number): number {
  const para = doc.paraOf[i];
  let k = i;
  const max = Math.min(doc.tokens.length, i + PHRASE_MAX);
  while (k < max && doc.paraOf[k] === para) {
    const t = doc.low[k]!;
    if (t === '.' || t === ';' || t === '!' || t === '?' || t === ':' || t === '"' || t === '“' || t === '”') break;
    k++;
  }
  return k;
}

/** Length of an `according` phrase (menurut / according to) at i, and whether it carries a clitic (menurutnya). */
export function accordingAt(doc: QDoc, lex: QuoteLexicon, i: number): { len: number; clitic: boolean } | null {
  const len = lex.according.matchAt(doc.low, i);
  if (len > 0) return { len, clitic: false };
  const stem = stripClitic(lex, doc.low[i]!);
  if (stem !== null && lex.according.hasWord(stem)) return { len: 1, clitic: true };
  return null;
}

/** A cue right after the closing mark (token k is the first token after it). */
export function cueAfter(doc: QDoc, lex: QuoteLexicon, k: number): Attribution | null {
  const { low } = doc;
  const n = low.length;
  if (k >= n || k < 1) return null;
  const para = doc.paraOf[k - 1];
  let i = k;
  if (low[i] === ',' && i + 1 < n) i++;
  if (doc.paraOf[i] !== para) return null;
  const t = low[i]!;
  const after = (from: number): SpeakerRef => readPhraseForward(doc, lex, from, phraseLimit(doc, from));

  if (lex.afterCues.has(t)) return { cue: i, cueEnd: i, ref: i + 1 < n ? after(i + 1) : NONE };
  const stem = stripClitic(lex, t);
  if (stem !== null && lex.afterCues.has(stem)) return { cue: i, cueEnd: i, ref: { kind: 'pronoun', tok: i } };
  if (lex.passiveCues.has(t)) return { cue: i, cueEnd: i, ref: i + 1 < n ? after(i + 1) : NONE };
  // `demikian pernyataan X`, `imbauan X`, `demikian pernyataannya`
  let j = i;
  while (j + 1 < n && j < i + 2 && lex.nounLead.has(low[j]!) && !lex.nounCues.has(low[j]!)) j++;
  if (lex.nounCues.has(low[j]!)) return { cue: j, cueEnd: j, ref: j + 1 < n ? after(j + 1) : NONE };
  const nounStem = stripClitic(lex, low[j]!);
  if (nounStem !== null && lex.nounCues.has(nounStem)) return { cue: j, cueEnd: j, ref: { kind: 'pronoun', tok: j } };
  // `"…," Trump said` / `"…," he said` / `"…," Menteri itu menegaskan` — in the quotation's sentence
  // (after `."` a new sentence begins: `"…." The minister told reporters …` is not this quote's cue).
  if (doc.sentOf[i] !== doc.sentOf[k - 1]) return null;
  const limit = phraseLimit(doc, i);
  for (let v = i + 1; v < limit && v <= i + 6; v++) {
    const w = low[v]!;
    if (lex.afterCues.has(w) || lex.reportingVerbs.has(w)) {
      const ref = readPhraseForward(doc, lex, i, v);
      // (`"…," one official said`: a sayer the words do not name, and an indefinite one, is still the quote's,
      // not the last speaker; `"…," bos Tesla itu memposting` points back to that speaker)
      if (ref.kind === 'none' && !lex.unnamedOpeners.has(low[i]!)) return null;
      return { cue: v, cueEnd: v, ref };
    }
    if (doc.word[v] !== 1 && w !== '(' && w !== ')' && w !== ',') return null;
  }
  return null;
}

/**
 * A cue before the opening mark (token open is the mark): `X mengatakan, "…"`,
 * `X mengatakan bahwa "…"`, `Kata X, "…"`, `Menurut X, "…"`, `X: "…"`.
 */
export function cueBefore(doc: QDoc, lex: QuoteLexicon, open: number): Attribution | null {
  const { low } = doc;
  const k = open - 1;
  if (k < 0 || doc.paraOf[k] !== doc.paraOf[open]) return null;
  const floor = doc.sentStart[doc.sentOf[k]!]!;
  const t = low[k]!;
  const intro = t === ':' || t === ',' || lex.complementizers.has(t) || lex.reportingVerbs.has(t);
  if (!intro) return null;
  const from = lex.reportingVerbs.has(t) ? k : k - 1;
  const bare = t !== ':' && t !== ',';
  for (let v = from; v >= floor && v >= k - BEFORE_MAX; v--) {
    const w = low[v]!;
    if (isMarkToken(lex, w)) break;
    if (lex.reportingVerbs.has(w)) {
      if (negatedCue(doc, lex, v, floor)) return null;
      return { cue: v, cueEnd: v, ref: readSubject(doc, lex, v, floor), bare };
    }
    const acc = accordingAt(doc, lex, v);
    if (acc) {
      const ref = acc.clitic ? ({ kind: 'pronoun', tok: v } as const) : readPhraseForward(doc, lex, v + acc.len, k);
      return { cue: v, cueEnd: v + acc.len - 1, ref };
    }
    const stem = stripClitic(lex, w);
    const startsClause = v === floor || low[v - 1] === ',';
    if (startsClause && lex.afterCues.has(w)) return { cue: v, cueEnd: v, ref: readPhraseForward(doc, lex, v + 1, k) };
    if (startsClause && stem !== null && lex.afterCues.has(stem)) return { cue: v, cueEnd: v, ref: { kind: 'pronoun', tok: v } };
  }
  if (t === ':') {
    const ref = readSubject(doc, lex, k, floor);
    if (ref.kind !== 'none' && ref.kind !== 'elided') return { cue: -1, cueEnd: -1, ref };
  }
  return null;
}

/**
 * The cue that governs words quoted inside a sentence (`Albanese menyebut … yang "sudah siap
 * dijalankan."`): the nearest reporting verb, `menurut X` or `, kata X,` before token `open`
 * in the same sentence, outside other quotations.
 */
export function sentenceCue(doc: QDoc, lex: QuoteLexicon, open: number): Attribution | null {
  const { low } = doc;
  if (open <= 0) return null;
  const floor = doc.sentStart[doc.sentOf[open - 1]!]!;
  for (let v = open - 1; v >= floor && v >= open - REACH; v--) {
    if (doc.inQuote[v]! >= 0) continue;
    const w = low[v]!;
    if (lex.reportingVerbs.has(w)) {
      if (negatedCue(doc, lex, v, floor)) return null;
      return { cue: v, cueEnd: v, ref: readSubject(doc, lex, v, floor) };
    }
    const acc = accordingAt(doc, lex, v);
    if (acc) {
      let end = v + acc.len;
      while (end < open && low[end] !== ',') end++;
      const ref = acc.clitic ? ({ kind: 'pronoun', tok: v } as const) : readPhraseForward(doc, lex, v + acc.len, end);
      return { cue: v, cueEnd: v + acc.len - 1, ref };
    }
    if ((v === floor || low[v - 1] === ',') && lex.afterCues.has(w)) {
      const ref = readPhraseForward(doc, lex, v + 1, phraseLimit(doc, v + 1));
      if (ref.kind !== 'none' && ref.kind !== 'anaphor') return { cue: v, cueEnd: v, ref };
    }
  }
  return null;
}
