/**
 * Reading who speaks from the words around a cue: the phrase after it (`kata Menteri Luar Negeri
 * Retno`, `menurut pernyataan dari kantor Perdana Menteri Australia`) or the subject before a
 * reporting verb (`Adnan Abu Hasna, Penasihat Media UNRWA mengatakan`). The result is a
 * reference: an entity when a name is there, otherwise what must be resolved later against the
 * text before it (a pronoun, a title, an organisation noun, an elided subject).
 */
import { type QDoc, isCapitalized, isWord, type MentionRef, REACH } from './doc.js';
import type { QuoteLexicon } from './lexicon.js';

export type SpeakerRef =
  | { kind: 'entity'; entity: string }
  | { kind: 'pronoun'; tok: number }
  /**
   * `anaphor`: the title came with a determiner (`Menteri itu`, `politisi Partai Hanura itu`): it points back to a
   * person; `ofOrg`: the title is of a body named again by its head and a determiner (`juru bicara kementerian itu`)
   */
  | { kind: 'title'; key: string; tok: number; fallback: string | null; anaphor: boolean; ofOrg?: string }
  | { kind: 'org'; head: string; tok: number }
  /** the cue's subject is not written (`…, dengan menyebut …`): the clause's subject or the last speaker */
  | { kind: 'elided'; tok: number }
  /** a description with a determiner (`tambah raksasa elektronik itu`): the speaker just before */
  | { kind: 'anaphor'; tok: number }
  /** no cue at all: the speaker of the speech right before, if any */
  | { kind: 'context'; tok: number }
  | { kind: 'none' };

export const NONE: SpeakerRef = { kind: 'none' };

const entityRef = (m: MentionRef): SpeakerRef => ({ kind: 'entity', entity: m.entity });

/** Skips a parenthetical going forward from `(` at i; returns the index after `)` (or i+1). */
function skipParenForward(low: string[], i: number, limit: number): number {
  for (let k = i + 1; k < limit && k <= i + 8; k++) if (low[k] === ')') return k + 1;
  return i + 1;
}

function skipParenBackward(low: string[], j: number, floor: number): number {
  for (let k = j - 1; k >= floor && k >= j - 8; k--) if (low[k] === '(') return k - 1;
  return j - 1;
}

/** A word that may belong to a name or title written with capitals. */
function nameLike(doc: QDoc, lex: QuoteLexicon, i: number): boolean {
  const t = doc.low[i]!;
  return isCapitalized(doc.tokens[i]!.text) && isWord(t) && !lex.phraseStop.has(t) && !lex.functionWords.has(t);
}

/**
 * The speaker phrase starting at token i (after a cue, or after `menurut`), read up to `limit`
 * (exclusive) or to the first word that cannot belong to a name phrase.
 */
export function readPhraseForward(doc: QDoc, lex: QuoteLexicon, i: number, limit: number): SpeakerRef {
  const { low } = doc;
  limit = Math.min(limit, low.length);
  if (i >= limit) return NONE;
  if (lex.personPronouns.has(low[i]!)) return { kind: 'pronoun', tok: i };
  let j = i;
  while (j < limit && lex.phraseSkip.has(low[j]!) && doc.mentionStartAt[j]! < 0 && lex.titles.matchAt(low, j, limit) === 0) j++;
  const headTok = j;
  let org: MentionRef | null = null;
  let loc: MentionRef | null = null;
  let title: string | null = null;
  let orgHead: string | null = null;
  let gov = false;
  let det = false;
  let named: string | null = null;
  while (j < limit) {
    const t = low[j]!;
    const mi = doc.mentionStartAt[j]!;
    if (mi >= 0) {
      const m = doc.mentions[mi]!;
      if (m.type === 'PER') return entityRef(m);
      if (m.type === 'ORG') org ??= m;
      else if (j === headTok || gov) loc ??= m;
      j = m.tokEnd + 1;
      continue;
    }
    if (t === '(') {
      j = skipParenForward(low, j, limit);
      continue;
    }
    const tl = lex.titles.matchAt(low, j, limit);
    if (tl > 0) {
      title ??= low.slice(j, j + tl).join(' ');
      j += tl;
      continue;
    }
    if (j === headTok && lex.government.has(t)) {
      gov = true;
      j++;
      continue;
    }
    if (j === headTok && lex.orgHeads.has(t)) {
      orgHead = t;
      j++;
      continue;
    }
    if (lex.determiners.has(t) && j > headTok) {
      det = true;
      break;
    }
    if (lex.honorifics.has(t) || nameLike(doc, lex, j)) {
      named ??= doc.nameWords.get(t) ?? null;
      j++;
      continue;
    }
    // A small word inside a long name: `Satuan Tugas Koordinasi dan Supervisi KPK`.
    if (j > headTok && lex.titleCaseFunctionWords.has(t) && j + 1 < limit && isCapitalized(doc.tokens[j + 1]!.text)) {
      j++;
      continue;
    }
    // Apposition: `kata Juru Bicara Kemlu, Judha Nugraha`, also with a title or rank before the name
    // (`said the spokesman, First Admiral Yudi Pranata`).
    if (t === ',' && j + 1 < limit) {
      let k = j + 1 + lex.titles.matchAt(low, j + 1, limit);
      while (k < limit && k - j <= 3 && lex.honorifics.has(low[k]!) && doc.mentionStartAt[k]! < 0) k++;
      if (k < limit && doc.mentionStartAt[k]! >= 0 && doc.mentions[doc.mentionStartAt[k]!]!.type === 'PER') {
        j = k;
        continue;
      }
    }
    break;
  }
  if (named !== null) return { kind: 'entity', entity: named };
  // `ujar kuasa hukum pasangan tersebut, Todung Mulya Lubis`: a title, whose it is, then the person after a comma
  const described = title !== null ? personAfterDescription(doc, lex, j, limit) : null;
  if (described) return entityRef(described);
  if (title !== null) {
    // `kata juru bicara kementerian itu`: a body's head word and a determiner after the title name the body again
    const ofOrg = !det && j + 1 < limit && lex.orgHeads.has(low[j]!) && lex.determiners.has(low[j + 1]!) ? low[j]! : undefined;
    return { kind: 'title', key: title, tok: i, fallback: det ? null : (org?.entity ?? null), anaphor: det, ...(ofOrg ? { ofOrg } : {}) };
  }
  if (org) return entityRef(org);
  if (loc) return entityRef(loc);
  if (orgHead !== null && (det || describedBack(doc, lex, headTok, limit, i).kind === 'anaphor')) return { kind: 'org', head: orgHead, tok: i };
  if (j === headTok) return describedBack(doc, lex, j, limit, i);
  return NONE;
}

/** Words a title's description may have before the comma and the person it describes. */
const DESCRIPTION_WORDS = 5;

/**
 * After a title, a few lower-case words or names saying whose title it is (`pasangan tersebut`, `partai
 * itu`), no verb among them, a comma, perhaps a title or honorifics, and a person's name: that person.
 */
function personAfterDescription(doc: QDoc, lex: QuoteLexicon, j: number, limit: number): MentionRef | null {
  const { low } = doc;
  for (let k = j, words = 0; k < limit && words <= DESCRIPTION_WORDS; words++) {
    const t = low[k]!;
    if (t === ',') {
      if (k === j) return null;
      let p = k + 1 + lex.titles.matchAt(low, k + 1, limit);
      while (p < limit && p - k <= 3 && lex.honorifics.has(low[p]!) && doc.mentionStartAt[p]! < 0) p++;
      const mi = p < limit ? doc.mentionStartAt[p]! : -1;
      return mi >= 0 && doc.mentions[mi]!.type === 'PER' ? doc.mentions[mi]! : null;
    }
    const mi = doc.mentionStartAt[k]!;
    if (mi >= 0) {
      if (doc.mentions[mi]!.type === 'PER') return null;
      k = doc.mentions[mi]!.tokEnd + 1;
      continue;
    }
    if (!isWord(t) || isCapitalized(doc.tokens[k]!.text) || lex.isVerb(t) || lex.cueWords.has(t) || lex.phraseStop.has(t)) return null;
    k++;
  }
  return null;
}

/** `raksasa elektronik asal Korea Selatan ini`: common words closed by a determiner point back to the last speaker. */
function describedBack(doc: QDoc, lex: QuoteLexicon, j: number, limit: number, i: number): SpeakerRef {
  const { low } = doc;
  if (j >= limit || doc.word[j] !== 1 || isCapitalized(doc.tokens[j]!.text) || lex.phraseStop.has(low[j]!)) return NONE;
  for (let k = j + 1; k < limit && k <= j + 8; k++) {
    const t = low[k]!;
    if (lex.determiners.has(t)) {
      const end = k + 1 >= limit || doc.word[k + 1] !== 1 || lex.phraseStop.has(low[k + 1]!);
      return end ? { kind: 'anaphor', tok: i } : NONE;
    }
    if (doc.word[k] !== 1 || lex.phraseStop.has(t) || lex.functionWords.has(t)) return NONE;
  }
  return NONE;
}

/**
 * True when the cue verb reports nothing: a negation before it (back over adverbs: `Trump tidak
 * menjelaskan`) or a non-finite use (`untuk melanjutkan proses …`).
 */
export function negatedCue(doc: QDoc, lex: QuoteLexicon, cue: number, floor: number): boolean {
  for (let j = cue - 1; j >= floor; j--) {
    const t = doc.low[j]!;
    if (lex.negations.has(t) || lex.nonFinite.has(t)) return true;
    if (!lex.adverbs.has(t)) return false;
  }
  return false;
}

/**
 * The subject of the cue verb at token `cue`, read backwards to `floor` (the sentence start):
 * the name phrase right before it, skipping adverbs, titles, appositions and parentheses.
 */
export function readSubject(doc: QDoc, lex: QuoteLexicon, cue: number, sentenceStart: number, depth = 0): SpeakerRef {
  const { low } = doc;
  const floor = Math.max(sentenceStart, cue - REACH);
  let j = cue - 1;
  while (j >= floor && lex.adverbs.has(low[j]!) && doc.mentionEndAt[j]! < 0) j--;
  if (j < floor) return { kind: 'elided', tok: cue };
  const first = low[j]!;
  // `Sementara, jubir KPK, Budi Prasetyo, menyampaikan …`: a name set off by commas at the head of the sentence.
  if (first === ',' && j - 1 >= floor && doc.mentionEndAt[j - 1]! >= 0) {
    const m = doc.mentions[doc.mentionEndAt[j - 1]!]!;
    // or after a frame: `Dalam wawancara dengan Goalpost, Shin Tae-yong, menegaskan …`
    const framed = m.tokStart - 1 >= floor && low[m.tokStart - 1] === ',';
    if (m.type === 'PER' && (framed || onlyHeadBefore(doc, lex, floor, m.tokStart))) return entityRef(m);
  }
  if (lex.elidedMarkers.has(first) || first === ',' || first === ';' || first === '-' || first === '—') {
    return { kind: 'elided', tok: cue };
  }
  if (lex.personPronouns.has(first)) return { kind: 'pronoun', tok: j };

  let org: MentionRef | null = null;
  let loc: MentionRef | null = null;
  let title: string | null = null;
  let orgHead: string | null = null;
  let det = false;
  let sawNp = false;
  let leftmost = -1;
  let leftmostIsLoc = false;
  let named: string | null = null;
  while (j >= floor) {
    const t = low[j]!;
    const mi = doc.mentionEndAt[j]!;
    if (mi >= 0) {
      const m = doc.mentions[mi]!;
      if (m.type === 'PER') return entityRef(m);
      if (m.type === 'ORG') org ??= m;
      else loc ??= m;
      sawNp = true;
      leftmost = m.tokStart;
      leftmostIsLoc = m.type === 'LOC';
      j = m.tokStart - 1;
      continue;
    }
    if (t === ')') {
      j = skipParenBackward(low, j, floor);
      continue;
    }
    const tl = lex.titles.matchEndingAt(low, j, floor);
    if (tl > 0) {
      title = low.slice(j - tl + 1, j + 1).join(' ');
      sawNp = true;
      leftmost = j - tl + 1;
      leftmostIsLoc = false;
      j -= tl;
      continue;
    }
    if (!sawNp && lex.determiners.has(t)) {
      det = true;
      j--;
      continue;
    }
    if (lex.orgHeads.has(t) || lex.government.has(t)) {
      if (lex.orgHeads.has(t)) orgHead = t;
      sawNp = true;
      leftmost = j;
      leftmostIsLoc = false;
      j--;
      continue;
    }
    if (lex.honorifics.has(t)) {
      j--;
      continue;
    }
    if (t === ',' && sawNp && j - 1 >= floor && (doc.mentionEndAt[j - 1]! >= 0 || nameLike(doc, lex, j - 1)) && !frameBefore(doc, lex, j - 1, floor)) {
      j--;
      continue;
    }
    if (nameLike(doc, lex, j)) {
      named ??= doc.nameWords.get(t) ?? null;
      sawNp = true;
      leftmost = j;
      leftmostIsLoc = false;
      j--;
      continue;
    }
    break;
  }
  // A phrase opened by a preposition sits between the subject and its verb (`Widyastuti di Balai
  // Kota DKI Jakarta menyatakan`): what it names is not the speaker; the subject stands before it.
  if (j >= floor && lex.prepositions.has(low[j]!)) {
    if (depth >= 2) return NONE;
    const inner = readSubject(doc, lex, j, floor, depth + 1);
    return inner.kind === 'elided' ? NONE : inner;
  }
  // j is the word before the phrase. A common noun there (`media resmi Jepang`, `warga Australia`)
  // makes the phrase a modifier of an unnamed speaker, not the speaker.
  const boundary =
    j < floor ||
    !isWord(low[j]!) ||
    lex.functionWords.has(low[j]!) ||
    lex.adverbs.has(low[j]!) ||
    lex.elidedMarkers.has(low[j]!);
  const officeBefore = j >= floor && lex.phraseSkip.has(low[j]!);
  if (named !== null) return { kind: 'entity', entity: named };
  // "Sudan's paramilitary Rapid Support Forces said": where names come last, words before a body describe it
  if (org && !boundary && !officeBefore && leftmost === org.tokStart && modifiedName(doc, lex, j, floor)) return entityRef(org);
  if (title !== null && (boundary || officeBefore)) {
    return { kind: 'title', key: title, tok: j + 1, fallback: det ? null : (org?.entity ?? null), anaphor: det };
  }
  if (org && (boundary || officeBefore)) return entityRef(org);
  if (loc && boundary && leftmost >= 0) {
    const govHead = lex.government.has(low[leftmost]!);
    if (govHead || leftmostIsLoc) return entityRef(loc);
  }
  if (orgHead !== null && det && boundary) return { kind: 'org', head: orgHead, tok: j + 1 };
  // `Flora Dianti, saksi ahli …, dalam persidangan Selasa siang menyebutkan`: the sentence's subject.
  return depth === 0 ? openingSubject(doc, lex, sentenceStart, cue) : NONE;
}

const LOWER_WORD = /^\p{Ll}+$/u;

/**
 * Tokens j, j-1, … are at most modifiersBeforeName plain lower-case words (no verb) after a possessive, a
 * determiner or the start: "Sudan's paramilitary", "the paramilitary".
 */
function modifiedName(doc: QDoc, lex: QuoteLexicon, j: number, floor: number): boolean {
  let n = 0;
  while (j >= floor && n < lex.modifiersBeforeName && LOWER_WORD.test(doc.tokens[j]!.text) && !lex.functionWords.has(doc.low[j]!) && !lex.isVerb(doc.low[j]!)) {
    j--;
    n++;
  }
  if (n === 0) return false;
  return j < floor || !isWord(doc.low[j]!) || lex.functionWords.has(doc.low[j]!) || lex.determiners.has(doc.low[j]!) || lex.possessives.has(doc.low[j]!);
}

/**
 * Whether the names ending at token j are a frame's, opened by a preposition or a passive cue
 * (`Dikutip dari Reuters, Bank Dunia memperkirakan …`, `Seperti dikutip Reuters, …`), not an apposition.
 */
function frameBefore(doc: QDoc, lex: QuoteLexicon, j: number, floor: number): boolean {
  let k = j;
  while (k >= floor) {
    const mi = doc.mentionEndAt[k]!;
    if (mi >= 0) k = doc.mentions[mi]!.tokStart - 1;
    else if (nameLike(doc, lex, k)) k--;
    else break;
  }
  return k >= floor && (lex.prepositions.has(doc.low[k]!) || lex.passiveCues.has(doc.low[k]!));
}

/**
 * For an elided subject: the subject of the clause the cue belongs to, i.e. the nearest entity
 * before the cue in its sentence that is followed by its verb (`Amerika Serikat (AS)
 * menjatuhkan …, dengan menyebut`), else the entity that opens the sentence.
 */
export function clauseSubject(doc: QDoc, lex: QuoteLexicon, cue: number, floor: number): SpeakerRef {
  const { low } = doc;
  for (let j = cue - 1; j >= floor && j >= cue - REACH; j--) {
    if (lex.personPronouns.has(low[j]!) && j + 1 < cue && isVerbLike(doc, lex, j + 1)) return { kind: 'pronoun', tok: j };
    const mi = doc.mentionEndAt[j]!;
    if (mi < 0) continue;
    const m = doc.mentions[mi]!;
    // a place or body right after a verb or a noun is its object or modifier ("accused China of harassing
    // Filipino fishermen and said"), not a subject
    if (m.type !== 'PER' && objectOrModifier(doc, lex, m.tokStart - 1, floor)) {
      j = m.tokStart;
      continue;
    }
    let k = m.tokEnd + 1;
    if (low[k] === '(') k = skipParenForward(low, k, cue);
    while (k < cue && lex.adverbs.has(low[k]!)) k++;
    if (k < cue && isVerbLike(doc, lex, k)) return entityRef(m);
    j = m.tokStart;
  }
  return openingSubject(doc, lex, floor, cue);
}

/**
 * Whether the word at k (before a name) is a verb or a common noun, which makes the name its object or
 * modifier; a word for a body's office or people (`pemerintah`, `pimpinan`, `juru bicara`) speaks for it.
 */
function objectOrModifier(doc: QDoc, lex: QuoteLexicon, k: number, floor: number): boolean {
  if (k < floor) return false;
  const t = doc.low[k]!;
  return isVerbLike(doc, lex, k) && !lex.government.has(t) && !lex.orgHeads.has(t) && !lex.phraseSkip.has(t) && !lex.adverbs.has(t) && !lex.elidedMarkers.has(t);
}

/** True when tokens [floor, end) hold only an opening connective, titles, names and commas (no verb). */
function onlyHeadBefore(doc: QDoc, lex: QuoteLexicon, floor: number, end: number): boolean {
  if (end - floor > REACH) return false;
  for (let k = floor; k < end; k++) {
    const t = doc.low[k]!;
    if (t === ',' || t === '(' || t === ')' || doc.mentionAt[k]! >= 0 || lex.honorifics.has(t) || nameLike(doc, lex, k)) continue;
    if (lex.elidedMarkers.has(t) || lex.adverbs.has(t)) continue;
    const tl = lex.titles.matchAt(doc.low, k, end);
    if (tl > 0) {
      k += tl - 1;
      continue;
    }
    return false;
  }
  return true;
}

/** The person (else the first entity) named at the very start of a sentence, after any title: its subject. */
function openingSubject(doc: QDoc, lex: QuoteLexicon, floor: number, cue: number): SpeakerRef {
  if (cue - floor > REACH) return NONE;
  let first: MentionRef | null = null;
  for (let k = floor; k < cue; ) {
    const mi = doc.mentionStartAt[k]!;
    if (mi >= 0) {
      const m = doc.mentions[mi]!;
      if (m.type === 'PER') return entityRef(m);
      first ??= m;
      k = m.tokEnd + 1;
      continue;
    }
    const tl = lex.titles.matchAt(doc.low, k, cue);
    if (tl > 0) {
      k += tl;
      continue;
    }
    if (lex.honorifics.has(doc.low[k]!) || nameLike(doc, lex, k)) {
      k++;
      continue;
    }
    break;
  }
  return first !== null && first.tokStart === floor ? entityRef(first) : NONE;
}

function isVerbLike(doc: QDoc, lex: QuoteLexicon, k: number): boolean {
  const t = doc.low[k]!;
  return isWord(t) && !isCapitalized(doc.tokens[k]!.text) && !lex.functionWords.has(t) && !lex.phraseStop.has(t);
}
