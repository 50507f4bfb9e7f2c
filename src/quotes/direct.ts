/**
 * Direct quotes: which quoted stretches reproduce someone's words, and the cue that attributes them.
 *
 * Speech: a quotation with a cue after it (`"…," kata Kim`) or before it (`Kim mengatakan, "…"`);
 * one that opens a sentence and is long enough to be a statement; one quoted inside a reported
 * clause when it is long enough or starts with a verb (`telah "menyalahgunakan wewenangnya"`).
 * Not speech: titles and terms (`berjudul "…"`, `Kabinet 'Merah Putih'`, words in Title Case),
 * one or two quoted words inside a sentence (`kerja sama "strategis abadi"`).
 */
import type { QuoteSpan } from './marks.js';
import { type QDoc, isCapitalized } from './doc.js';
import { tokenAtOrAfter } from '../segment/tokens.js';
import type { QuoteLexicon } from './lexicon.js';
import { type Attribution, cueAfter, cueBefore, isMarkToken, sentenceCue } from './cues.js';
import type { SpeakerRef } from './phrases.js';

export interface DirectQuote {
  /** the quoted words (character offsets) */
  start: number;
  end: number;
  /** tokens of the opening and closing marks (close -1 when unclosed) and of the words */
  open: number;
  close: number;
  first: number;
  last: number;
  /** the cue written next to this quotation (or its group's), null when there is none */
  attribution: Attribution | null;
  ref: SpeakerRef;
  /** index of the group's first piece (a quotation continued over paragraphs is one group) */
  group: number;
}

const SENTENCE_END = new Set(['.', '!', '?', '…', ':', '-', '–', '—', '•']);
const INNER_STOP = new Set(['.', '!', '?']);
const NUMBER_FIRST = /^\p{N}/u;
const SPACE = /\s/u;
const FINAL_PUNCTUATION = /[.!?…,]/u;

interface Piece {
  span: QuoteSpan;
  open: number;
  close: number;
  first: number;
  last: number;
  words: number;
  after: Attribution | null;
  before: Attribution | null;
  speech: boolean;
  fragment: Attribution | null;
}

function firstTokenAt(doc: QDoc, offset: number): number {
  const i = tokenAtOrAfter(doc.tokens, offset);
  return i < doc.tokens.length && doc.tokens[i]!.start === offset ? i : -1;
}

function titleCase(doc: QDoc, lex: QuoteLexicon, first: number, last: number, words: number): boolean {
  if (words > 12) return false;
  for (let i = first; i <= last; i++) {
    const t = doc.low[i]!;
    if (INNER_STOP.has(t)) return false;
    if (doc.word[i] !== 1) continue;
    if (isCapitalized(doc.tokens[i]!.text) || NUMBER_FIRST.test(t) || lex.titleCaseFunctionWords.has(t)) continue;
    return false;
  }
  return true;
}

function endsWithPunctuation(text: string, span: QuoteSpan): boolean {
  let k = span.close >= 0 ? span.close - 1 : span.end - 1;
  while (k > span.start && SPACE.test(text[k]!)) k--;
  return FINAL_PUNCTUATION.test(text[k] ?? '');
}

function classify(doc: QDoc, lex: QuoteLexicon, span: QuoteSpan): Piece | null {
  const open = firstTokenAt(doc, span.open);
  const first = tokenAtOrAfter(doc.tokens, span.start);
  let last = tokenAtOrAfter(doc.tokens, span.end) - 1;
  if (last < doc.tokens.length - 1 && doc.tokens[last + 1]!.start < span.end) last++;
  if (open < 0 || first >= doc.tokens.length || last < first) return null;
  const close = span.close >= 0 ? firstTokenAt(doc, span.close) : -1;
  let words = 0;
  for (let i = first; i <= last; i++) words += doc.word[i]!;

  const after = close >= 0 ? cueAfter(doc, lex, close + 1) : null;
  const cb = cueBefore(doc, lex, open);
  // Right after the verb or `bahwa`, without a comma, quoted words may be a fragment (`mengaku 'sembuh'`).
  const before = cb && !cb.bare ? cb : null;
  const piece: Piece = { span, open, close, first, last, words, after, before, speech: false, fragment: null };
  if (after || before) {
    piece.speech = true;
    return piece;
  }
  const prev = open - 1;
  const samePara = prev >= 0 && doc.paraOf[prev] === doc.paraOf[open];
  const pw = samePara ? doc.low[prev]! : '';
  const term = lex.termsBefore.has(pw) || (pw === ':' && prev > 0 && lex.termsBefore.has(doc.low[prev - 1]!));
  if (term || titleCase(doc, lex, first, last, words)) return piece;
  const atStart = !samePara || SENTENCE_END.has(pw) || isMarkToken(lex, pw);
  if (atStart) {
    piece.speech = words >= lex.fragmentMinWords || (words >= 2 && endsWithPunctuation(doc.text, span));
    return piece;
  }
  const firstWord = doc.low[first]!;
  const verbStart = lex.verbPrefixes.some((p) => firstWord.startsWith(p) && firstWord.length > p.length + 2);
  const long = words >= lex.fragmentMinWords || (words >= lex.fragmentVerbMinWords && verbStart);
  if (long) {
    piece.fragment = cb ?? sentenceCue(doc, lex, open);
    piece.speech = piece.fragment !== null;
  }
  return piece;
}

/** The speech quotations among the quoted spans, in text order, with their cues. */
export function findDirectQuotes(doc: QDoc, lex: QuoteLexicon, spans: QuoteSpan[]): DirectQuote[] {
  const pieces = spans.map((s) => classify(doc, lex, s));
  const out: DirectQuote[] = [];
  for (let i = 0; i < spans.length; i++) {
    if (spans[i]!.prev >= 0) continue; // handled with its group's first piece
    const group: Piece[] = [];
    for (let k = i; k >= 0; k = spans[k]!.next) {
      const p = pieces[k];
      if (p) group.push(p);
    }
    if (group.length === 0) continue;
    const speech = group.length > 1 || group[0]!.speech;
    if (!speech) continue;
    const lastPiece = group[group.length - 1]!;
    const attribution = lastPiece.after ?? group[0]!.before ?? group[0]!.fragment ?? null;
    const ref: SpeakerRef = attribution ? attribution.ref : { kind: 'context', tok: group[0]!.open };
    const groupIndex = out.length;
    for (const p of group) {
      out.push({
        start: p.span.start,
        end: p.span.end,
        open: p.open,
        close: p.close,
        first: p.first,
        last: p.last,
        attribution,
        ref,
        group: groupIndex,
      });
    }
  }
  return out;
}
