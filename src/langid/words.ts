/**
 * Words of a text as `/\p{L}+/gu` finds them (maximal runs of letters), read in place: the
 * scanner gives each run's range, and a word table answers for a range without making a string
 * of every word (most words of a text are in no list, and a cheap key tells so).
 */
import { fnvAt, fnvFoldedAt } from '../util/fnv.js';
import { WordFilter } from '../util/word-filter.js';
import { WordTable } from '../util/word-table.js';

const LETTER = /^\p{L}$/u;
/** letter or not, for the code points of the Basic Multilingual Plane seen so far: 0 unknown, 1 letter, 2 not */
const bmp = new Uint8Array(0x10000);

function isLetter(cp: number): boolean {
  if (cp < 0x80) return ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a);
  if (cp < 0x10000) {
    let v = bmp[cp]!;
    if (v === 0) {
      // a lone surrogate is no letter (the regular expression reads it as a code point of its own)
      v = cp >= 0xd800 && cp <= 0xdfff ? 2 : LETTER.test(String.fromCharCode(cp)) ? 1 : 2;
      bmp[cp] = v;
    }
    return v === 1;
  }
  return LETTER.test(String.fromCodePoint(cp));
}

/** The runs of letters of a text, one after the other: `start`, `end` and whether all of it is ASCII. */
export class LetterRuns {
  start = 0;
  end = 0;
  ascii = true;
  private pos = 0;

  constructor(private readonly text: string) {}

  /** Moves to the next run; false when there is none. */
  next(): boolean {
    const s = this.text;
    const n = s.length;
    let i = this.pos;
    // skip what is not a letter
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) break;
        i++;
        continue;
      }
      const w = this.width(i, c);
      if (w > 0) break;
      // a non-letter outside the BMP: the regular expression steps over both halves
      i += w === 0 ? 1 : -w;
    }
    if (i >= n) {
      this.pos = n;
      return false;
    }
    this.start = i;
    let ascii = true;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) {
          i++;
          continue;
        }
        break;
      }
      const w = this.width(i, c);
      if (w <= 0) break;
      ascii = false;
      i += w;
    }
    this.end = i;
    this.ascii = ascii;
    this.pos = i;
    return true;
  }

  /** At a non-ASCII unit: the letter's length in units (1 or 2), else 0 (or -2 for a non-letter pair). */
  private width(i: number, c: number): number {
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < this.text.length) {
      const d = this.text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return isLetter(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) ? 2 : -2;
    }
    return isLetter(c) ? 1 : 0;
  }
}

/** Words (as written, e.g. lower case) → a value, looked up by a range of a text; a word filter turns most words away before they are hashed. */
export class SpanWords<V> {
  private readonly table: WordTable<V>;
  private readonly filter = new WordFilter();

  constructor(entries: ReadonlyMap<string, V>) {
    this.table = new WordTable(entries);
    for (const w of entries.keys()) this.filter.add(w);
  }

  get(word: string): V | undefined {
    return this.table.getAt(word, 0, word.length, fnvAt(word, 0, word.length));
  }

  /** The value of text[start, end), or undefined. */
  at(text: string, start: number, end: number): V | undefined {
    if (!this.filter.mayHaveAt(text, start, end)) return undefined;
    return this.table.getAt(text, start, end, fnvAt(text, start, end));
  }

  /** The value of text[start, end) in lower case, for a run of ASCII letters, or undefined. */
  atLowerAscii(text: string, start: number, end: number): V | undefined {
    if (!this.filter.mayHaveCodes(text.charCodeAt(start) | 0x20, text.charCodeAt(end - 1) | 0x20, end - start)) return undefined;
    const i = this.table.findFolded(text, start, end, fnvFoldedAt(text, start, end));
    return i < 0 ? undefined : this.table.value(i);
  }
}
