/**
 * Quotation marks → quoted stretches of text, character by character.
 *
 * A mark opens when it stands before a word and closes when it stands after one; its shape
 * (“ or ”) only breaks ties, so texts that use ” for both (or straight quotes) pair correctly.
 * An apostrophe between letters (Jum'at, Qur'an, don't) is not a mark. A mark of the other
 * kind inside a quotation opens a nested one, which stays part of the outer quotation.
 *
 * Newspaper convention: a paragraph that opens a quotation without closing it continues it in
 * the next paragraph, which opens again with a mark. Each paragraph's piece is returned, linked
 * to the next. A double quotation still open at the end of a paragraph otherwise ends there
 * (a missing closing mark); an unclosed single mark is dropped (it was most likely an apostrophe).
 */
import type { Range } from '../record/schema.js';
import type { QuoteLexicon } from './lexicon.js';

export type MarkKind = 'double' | 'single';

export interface QuoteSpan {
  kind: MarkKind;
  /** offset of the opening mark */
  open: number;
  /** offset of the closing mark, -1 when the quotation is not closed in its paragraph */
  close: number;
  /** the quoted words, without marks, trimmed (and without a comma the attribution needs) */
  start: number;
  end: number;
  /** index (in the returned list) of the piece this one continues, or -1 */
  prev: number;
  /** index of the piece that continues this one in the next paragraph, or -1 */
  next: number;
}

/** White space, by code unit (a regular expression per character is too slow here). */
function isSpace(c: number): boolean {
  return (
    c <= 32 ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const spaceAt = (text: string, i: number): boolean => i < 0 || i >= text.length || isSpace(text.charCodeAt(i));

/** One regular expression finding any quotation mark of a lexicon, built once. */
const markPatterns = new WeakMap<QuoteLexicon, RegExp>();
function markPattern(lex: QuoteLexicon): RegExp {
  let re = markPatterns.get(lex);
  if (!re) {
    const chars = [...lex.doubleMarks, ...lex.singleMarks].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('');
    re = new RegExp(`[${chars}]`, 'gu');
    markPatterns.set(lex, re);
  }
  return re;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const NO_OPEN_BEFORE = new Set([',', ';', ':', '!', '?', ')', ']', '}']);
const OPEN_BRACKETS = new Set(['(', '[', '{']);

interface Open {
  kind: MarkKind;
  open: number;
  prev: number;
}

function trimContent(text: string, start: number, end: number): Range {
  while (start < end && spaceAt(text, start)) start++;
  while (end > start && spaceAt(text, end - 1)) end--;
  // "…," kata X: the comma belongs to the attribution, not to the quoted words.
  if (end > start && text[end - 1] === ',') {
    end--;
    while (end > start && spaceAt(text, end - 1)) end--;
  }
  return { start, end };
}

export function findQuoteSpans(text: string, body: Range, lex: QuoteLexicon): QuoteSpan[] {
  const kindOf = (c: string): MarkKind | null =>
    lex.doubleMarks.has(c) ? 'double' : lex.singleMarks.has(c) ? 'single' : null;

  // Paragraphs of the body: [start, end) between line breaks, blank ones skipped.
  const paras: Range[] = [];
  for (let p = body.start; p < body.end; ) {
    let nl = text.indexOf('\n', p);
    if (nl === -1 || nl > body.end) nl = body.end;
    let k = p;
    while (k < nl && spaceAt(text, k)) k++;
    if (k < nl) paras.push({ start: p, end: nl });
    p = nl + 1;
  }

  // Every mark of the body, found in one pass; each paragraph reads its own (more than once when it drops an apostrophe).
  const re = markPattern(lex);
  const marks: Mark[] = [];
  re.lastIndex = body.start;
  for (let m = re.exec(text); m !== null && m.index < body.end; m = re.exec(text)) marks.push({ at: m.index, c: m[0] });
  let firstMark = 0;

  const out: QuoteSpan[] = [];
  const emit = (o: Open, close: number, contentEnd: number): number => {
    const r = trimContent(text, o.open + 1, contentEnd);
    if (r.end <= r.start) return -1;
    const idx = out.length;
    out.push({ kind: o.kind, open: o.open, close, start: r.start, end: r.end, prev: o.prev, next: -1 });
    if (o.prev >= 0) out[o.prev]!.next = idx;
    return idx;
  };

  /** a piece left open at the end of the previous paragraph, waiting for its continuation */
  let carry: { kind: MarkKind; piece: number } | null = null;

  for (let pi = 0; pi < paras.length; pi++) {
    const { start: ps, end: pe } = paras[pi]!;
    // A single mark that never closes in its paragraph was an apostrophe (`Cik ’s`): read the
    // paragraph again without it, so that it cannot swallow the quotations after it.
    const ignore = new Set<number>();
    while (firstMark < marks.length && marks[firstMark]!.at < ps) firstMark++;
    let scan = scanParagraph(text, ps, pe, kindOf, marks, firstMark, ignore, carry);
    for (let tries = 0; scan.open !== null && scan.open.kind === 'single' && tries < 8; tries++) {
      ignore.add(scan.open.open);
      scan = scanParagraph(text, ps, pe, kindOf, marks, firstMark, ignore, carry);
    }
    for (const ev of scan.pieces) emit(ev.open, ev.close, ev.contentEnd);
    carry = null;
    const outer = scan.open;
    if (outer !== null) {
      const nextPara = paras[pi + 1];
      let continues = false;
      if (nextPara) {
        let k = nextPara.start;
        while (k < nextPara.end && spaceAt(text, k)) k++;
        continues = kindOf(text[k] ?? '') === outer.kind && k + 1 < nextPara.end && !spaceAt(text, k + 1);
      }
      if (continues) {
        const idx = emit(outer, -1, pe);
        if (idx >= 0) carry = { kind: outer.kind, piece: idx };
      } else {
        emit(outer, -1, pe);
      }
    }
  }
  return out;
}

/** A quotation mark: its offset and character. */
interface Mark {
  at: number;
  c: string;
}

interface Scan {
  pieces: { open: Open; close: number; contentEnd: number }[];
  /** the quotation still open at the end of the paragraph */
  open: Open | null;
}

/**
 * One paragraph's marks (those of `marks` from index `first` that stand before pe), left to right;
 * marks at offsets in `ignore` are read as apostrophes.
 */
function scanParagraph(
  text: string,
  ps: number,
  pe: number,
  kindOf: (c: string) => MarkKind | null,
  marks: readonly Mark[],
  first: number,
  ignore: Set<number>,
  carry: { kind: MarkKind; piece: number } | null,
): Scan {
  const pieces: Scan['pieces'] = [];
  let outer: Open | null = null;
  let inner: { kind: MarkKind; open: number } | null = null;
  let firstChar = ps;
  while (firstChar < pe && spaceAt(text, firstChar)) firstChar++;
  for (let mi = first; mi < marks.length && marks[mi]!.at < pe; mi++) {
    const i = marks[mi]!.at;
    const c = marks[mi]!.c;
    const kind = kindOf(c);
    if (kind === null || ignore.has(i)) continue;
    const before = i > ps ? text[i - 1]! : ' ';
    const after = i + 1 < pe ? text[i + 1]! : ' ';
    if (kind === 'single' && LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(after)) continue; // an apostrophe inside a word
    const canOpen = i + 1 < pe && !spaceAt(text, i + 1) && !NO_OPEN_BEFORE.has(after);
    const canClose = i > ps && !spaceAt(text, i - 1) && !OPEN_BRACKETS.has(before);
    const atParaStart = i === firstChar;

    if (outer === null) {
      if (kind === 'single' && !canOpen) continue; // Hamas' — a possessive, not a mark
      if (canOpen || !canClose) {
        const continues: number = carry !== null && atParaStart && carry.kind === kind ? carry.piece : -1;
        outer = { kind, open: i, prev: continues };
      }
      continue; // else a stray closing mark
    }
    if (kind === outer.kind) {
      // A mark that clearly opens while one is open: the earlier one was never closed.
      if (canOpen && !canClose) {
        if (outer.kind === 'double') pieces.push({ open: outer, close: -1, contentEnd: i });
        outer = { kind, open: i, prev: -1 };
        inner = null;
        continue;
      }
      pieces.push({ open: outer, close: i, contentEnd: i });
      outer = null;
      inner = null;
      continue;
    }
    // The other kind of mark inside a quotation: a nested quotation.
    if (inner === null) {
      if (canOpen) inner = { kind, open: i };
    } else if (canClose || !canOpen) {
      inner = null;
    } else {
      inner = { kind, open: i };
    }
  }
  return { pieces, open: outer };
}
