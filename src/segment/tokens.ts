/**
 * Tokenizer: words (with Indonesian reduplication and hyphenated names kept whole), numbers
 * (`3.016`, `1,5`, `17/3`, `21/10/2025`, `10.00`), money (`Rp1,5`), URLs, domains
 * (`KOMPAS.com`), dotted abbreviations (`a.n.`, `S.H.`, `U.S.`) and single punctuation marks.
 */
import { langLines } from '../lang/data.js';

export interface Token {
  start: number;
  end: number;
  text: string;
}

const TOKEN = new RegExp(
  [
    String.raw`https?://[^\s<>"“”]+[^\s<>"“”.,;:!?)\]]`, // URL
    // E-mail local parts (64 characters at most) and domain labels (8 at most) are bounded: tried at
    // every token of a long run ("1+1+1+…", "ab.ab.ab.…"), an unbounded one would scan the rest of
    // the run each time (quadratic time).
    String.raw`[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+`, // e-mail
    String.raw`[\p{L}\d]+(?:\.[\p{L}\d]+){0,7}\.(?:com|co\.id|co|id|net|org|go\.id|ac\.id|or\.id|tv)(?![\p{L}\d])`, // domain
    String.raw`(?:\p{L}\.){2,}(?:\p{L}(?![\p{L}]))?`, // dotted abbreviation
    String.raw`(?:Rp|US\$|\$|€|£|¥|RM|S\$)\s?\d+(?:[.,]\d+)*`, // money
    String.raw`\d+(?:[.,:/]\d+)+`, // numbers with separators
    String.raw`[\p{L}\p{M}\d_]+(?:['’\-][\p{L}\p{M}\d]+)*`, // word
    String.raw`\.{2,}|…`, // ellipsis
    String.raw`-{2,}|[–—]`, // dashes
    String.raw`\S`, // anything else, one character
  ].join('|'),
  'gu',
);

interface AbbrevSets {
  /** known abbreviations that take a period */
  all: Set<string>;
  /** titles and prefixes before a name or number: never end a sentence */
  titles: Set<string>;
}
const abbrevCache = new Map<string, AbbrevSets>();

export function abbreviations(lang: string): AbbrevSets {
  const hit = abbrevCache.get(lang);
  if (hit) return hit;
  const titles = new Set(langLines(lang, 'titles.txt'));
  const all = new Set([...langLines(lang, 'abbreviations.txt'), ...titles]);
  const sets = { all, titles };
  abbrevCache.set(lang, sets);
  return sets;
}

const UPPER = /^\p{Lu}/u;

/** True when the next non-space character from `i` is a lower-case letter or a digit. */
function continuesLower(text: string, i: number, to: number): boolean {
  while (i < to && (text[i] === ' ' || text[i] === '\u00a0')) i++;
  return i < to && /[\p{Ll}\d]/u.test(text[i]!);
}

/** Splits `Korut-Rusia` and `Kim-Putin` (two different names), keeps `Bangsa-Bangsa`, `Hong-chol`, `anti-korupsi`. */
function splitCompound(tok: Token, out: Token[]): void {
  const parts = tok.text.split('-');
  if (parts.length < 2 || !parts.every((p) => UPPER.test(p)) || parts.every((p) => p === parts[0])) {
    out.push(tok);
    return;
  }
  let s = tok.start;
  parts.forEach((p, i) => {
    if (i > 0) {
      out.push({ start: s, end: s + 1, text: '-' });
      s += 1;
    }
    out.push({ start: s, end: s + p.length, text: p });
    s += p.length;
  });
}

/** Tokens of text[from, to), with offsets into text. */
export function tokenize(text: string, from: number, to: number, lang: string): Token[] {
  const abbr = abbreviations(lang === 'en' ? 'en' : 'id');
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    let start = from + m.index;
    let end = start + m[0].length;
    let t = m[0];
    // A period right after a title or a single capital (an initial) belongs to it; after another
    // known abbreviation only when the text goes on in lower case or with a number (`dll. dan`),
    // so that a common word that doubles as an abbreviation (`siap.`) still ends its sentence.
    if (text[end] === '.' && end < to && /^[\p{L}.]+$/u.test(t)) {
      const low = t.toLowerCase().replace(/\.$/, '');
      const title = abbr.titles.has(low) || /^\p{Lu}$/u.test(t);
      if (title || (abbr.all.has(low) && continuesLower(text, end + 1, to))) {
        end += 1;
        t += '.';
        TOKEN.lastIndex += 1;
      }
    }
    if (t.includes('-') && /\p{L}/u.test(t) && !/^-+$/.test(t)) splitCompound({ start, end, text: t }, out);
    else out.push({ start, end, text: t });
    start = end;
  }
  return out;
}

/** Index of the first token whose end is after `offset` (tokens sorted by position); tokens.length if none. */
export function tokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
