/**
 * Detection: finds time expressions in a token stream and reads what each one says, before any
 * reference date is known (`Minggu (17/3)` → day 17, month 3, Sunday; `pekan lalu` → one week
 * back; `selama enam tahun` → six years). Normalization against a date is `resolve.ts`.
 *
 * The grammar is a small hand-written parser over tokens; every word it knows comes from the
 * language's lexicon (`lexicon.ts`), so the same rules read Indonesian (`tahun lalu`,
 * modifier after) and English (`last year`, modifier before).
 */
import type { Token } from '../segment/tokens.js';
import { tokenize } from '../segment/tokens.js';
import { FNV_SEED, fnvStep } from '../util/fnv.js';
import { START, TAG, timeLexicon, type Direction, type Lexicon, type Mod, type Part, type Phrase, type Unit, type Word } from './lexicon.js';

export interface DateSem {
  k: 'date';
  y?: number;
  m?: number;
  d?: number;
  wd?: number;
  /** year relative to the reference year (`September tahun lalu` → -1) */
  yOff?: number;
  /** an explicit direction word: `lalu` -1, `ini` 0, `depan` +1 */
  dir: -1 | 0 | 1 | null;
  /** the weekday's week relative to the reference week (`Selasa pekan depan`, `Tuesday last week`) */
  wk?: -1 | 0 | 1;
  /** a direction from the last date mentioned: `Jumat sebelumnya` -1, `Minggu pagi itu` 0, `Senin berikutnya` +1 */
  anchorDir?: -1 | 0 | 1;
  q?: { unit: 'Q' | 'H'; n: number };
  season?: string;
  /** TimeML decade (`194` for the 1940s) or century (`20` for the 21st) */
  decade?: string;
  century?: string;
}

export interface RelSem {
  k: 'rel';
  unit: Unit;
  /** signed count (for a vague count, just the sign: `beberapa tahun lalu` → -1) */
  n: number;
  vague?: boolean;
  from: 'ref' | 'anchor';
  weekend?: boolean;
  /** counted (`sebulan kemudian`): from a day, the result is a day; else the unit's own grain (`tahun sebelumnya`) */
  counted?: boolean;
}

export type Sem =
  | DateSem
  | RelSem
  | { k: 'ref'; value: string }
  | { k: 'dur'; value: string }
  | { k: 'set'; value: string }
  /** a clock time alone: its day comes from the text around it */
  | { k: 'clock' };

export interface Clock {
  h: number;
  m: number;
}

export interface Mention {
  start: number;
  end: number;
  /** token range [t0, t1) */
  t0: number;
  t1: number;
  sem: Sem;
  clock?: Clock;
  part?: Part;
  mod?: Mod;
  /** tense of the clause around it: -1 past, +1 future, 0 unmarked */
  cue: -1 | 0 | 1;
  /** a reporting date closing a sentence (`…, kata X, Senin (29/12).`): not what the next clock time refers to */
  reporting: boolean;
  /** a clock time whose day is the date right after it (`pukul 03.00 pada Minggu`, `3 a.m. on Sunday`) */
  dayAfter?: boolean;
}

interface Cand {
  t1: number;
  sem: Sem;
  clock?: Clock;
  part?: Part;
  mod?: Mod;
}

interface PhraseHit {
  word: Word;
  end: number;
}

const DIGIT = /^\d/;
const INT = /^\d{1,4}$/;
const DM = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?$/;
const DMY_DASH = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK = /^(\d{1,2})[.:](\d{2})$/;
const ORD_DAY = /^(\d{1,2})(?:st|nd|rd|th)$/i;
const ROMAN_YEAR = /^(I{1,3}|IV)[-/](\d{4})$/;
const QTOKEN = /^([QH])([1-4])$/;
const YEAR_RANGE = /^((?:19|20)\d{2})[-–]((?:19|20)\d{2})$/;
/** `10-12`: two days of one month in one token */
const DAY_RANGE = /^(\d{1,2})([-–])(\d{1,2})$/;
const CENTURY_TOKEN = /^(?:ke-?)?(\d{1,2}|[XVI]+)$/i;
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10, XI: 11, XII: 12, XIII: 13, XIV: 14, XV: 15, XVI: 16, XVII: 17, XVIII: 18, XIX: 19, XX: 20, XXI: 21, XXII: 22 };
const BOUNDARY = new Set(['.', '!', '?', '…', '...', ';']);
/** quotation marks: what is said inside does not set the tense of the words outside */
const QUOTES = new Set(['"', '“', '”', '«', '»', '„']);

/** Finds time expressions in text[from, to). */
export function detectTimesIn(text: string, from: number, to: number, lang: 'id' | 'en'): Mention[] {
  return detectTimes(text, tokenize(text, from, to, lang), lang);
}

/** Finds time expressions among already made tokens (offsets into text; each token's text is text.slice(start, end)). */
export function detectTimes(text: string, tokens: Token[], lang: 'id' | 'en'): Mention[] {
  if (tokens.length === 0) return [];
  return new Scanner(text, tokens, timeLexicon(lang)).run();
}

/** Tokens beyond which a scan allocates its own work arrays instead of keeping big ones alive. */
const POOL_MAX = 1 << 16;
/** Slack after the last token, so that a look past the end never sees an earlier text's entries. */
const SLACK = 8;
const pool = {
  w: [] as (Word | undefined)[],
  ph: [] as (PhraseHit | undefined)[],
  excluded: new Uint8Array(1024),
  lead: new Uint8Array(1024),
  /** tokens whose word is a law or name word (`markNames`) */
  names: [] as number[],
};

/**
 * The per-token arrays of a scan, reused from one text to the next (a scan runs synchronously and
 * never inside another): the constructor sets every entry below `n`; the rest is cleared here.
 */
function workArrays(n: number): typeof pool {
  const size = n + SLACK;
  if (size > POOL_MAX) return { w: new Array(size), ph: new Array(size), excluded: new Uint8Array(size), lead: new Uint8Array(size), names: [] };
  pool.names.length = 0;
  if (pool.excluded.length < size) {
    const len = Math.min(POOL_MAX, Math.max(size, pool.excluded.length * 2));
    pool.excluded = new Uint8Array(len);
    pool.lead = new Uint8Array(len);
  } else pool.excluded.fill(0, 0, size);
  const { w, ph } = pool;
  while (w.length < size) {
    w.push(undefined);
    ph.push(undefined);
  }
  for (let i = n; i < size; i++) {
    w[i] = undefined;
    ph[i] = undefined;
  }
  return pool;
}

const WORD_START = /^[\p{L}\d]/u;

class Scanner {
  private readonly n: number;
  private readonly w: (Word | undefined)[];
  private readonly ph: (PhraseHit | undefined)[];
  private readonly excluded: Uint8Array;
  /** 1 where an expression may start (see `leads`): the other tokens are passed over at once */
  private readonly lead: Uint8Array;

  constructor(
    private readonly text: string,
    private readonly toks: Token[],
    private readonly lex: Lexicon,
  ) {
    const n = toks.length;
    this.n = n;
    const a = workArrays(n);
    this.w = a.w;
    this.ph = a.ph;
    this.excluded = a.excluded;
    this.lead = a.lead;
    // A token's text is text[start, end): most tokens are judged by reading the text, which lies
    // in one piece, without touching the token's own string.
    for (let i = 0; i < n; i++) {
      const tok = toks[i]!;
      const s = tok.start;
      const e = tok.end;
      const c0 = text.charCodeAt(s);
      // numbers, `(17/3)`, `Q3`/`H1` (QTOKEN) and hyphenated tokens (`mid-March`) may start an expression without a lexicon entry
      let lead = (c0 >= 48 && c0 <= 57) || c0 === 40;
      if ((c0 === 81 || c0 === 72) && e - s === 2) {
        const c1 = text.charCodeAt(s + 1);
        lead = c1 >= 49 && c1 <= 52;
      }
      // one pass over the characters gives the hash of the token, the hash of the token without
      // its last character, and whether it holds a hyphen
      let h = FNV_SEED;
      let hPrev = h;
      let hyphen = false;
      for (let k = s; k < e; k++) {
        const c = text.charCodeAt(k);
        if (c === 45) hyphen = true;
        hPrev = h;
        h = fnvStep(h, c);
      }
      let x = e > s ? lex.table.find(text, s, e, h) : -1;
      if (x < 0 && e - s > 1 && text.charCodeAt(e - 1) === 46) x = lex.table.find(text, s, e - 1, hPrev);
      let w: Word | undefined;
      let p: PhraseHit | undefined;
      if (x >= 0) {
        // the entry's flags come with the lookup: its roles are read only when it begins phrases
        const tag = lex.table.tag(x);
        if (tag & TAG.phrases) {
          p = this.phraseAt(i, lex.table.value(x).phrases!);
          if (p && p.word.lead) lead = true;
        }
        // an entry that only begins phrases is no word of its own
        if (!(tag & TAG.phraseOnly)) {
          w = lex.table.value(x);
          if (tag & TAG.lead) lead = true;
          if (tag & TAG.names) a.names.push(i);
        }
      }
      this.w[i] = w;
      this.ph[i] = p;
      this.lead[i] = lead || hyphen ? 1 : 0;
    }
    this.markNames(a.names);
  }

  run(): Mention[] {
    const out: Mention[] = [];
    for (let i = 0; i < this.n; ) {
      if (!this.lead[i]) {
        i++;
        continue;
      }
      if (this.yearRange(i, out)) {
        i++;
        continue;
      }
      const ranged = this.dayRange(i, out);
      if (ranged > i) {
        i = ranged;
        continue;
      }
      const c = this.excluded[i] ? null : this.parseAt(i);
      if (!c) {
        i++;
        continue;
      }
      const start = this.toks[i]!.start;
      const last = this.toks[c.t1 - 1]!;
      // `WIB.` closing a sentence: the period is the sentence's, not the expression's
      const dotted = last.text.length > 1 && last.text.endsWith('.') && !this.lex.words.has(last.text) && !DIGIT.test(last.text);
      const end = dotted ? last.end - 1 : last.end;
      out.push({
        start,
        end,
        t0: i,
        t1: c.t1,
        sem: c.sem,
        clock: c.clock,
        part: c.part,
        mod: c.mod,
        cue: this.cue(i, c.t1),
        reporting: this.reporting(i, c.t1),
      });
      i = c.t1;
    }
    this.linkClocks(out);
    return this.withDaysBefore(out);
  }

  /** `10-12 Juni 2025`, `June 10-12, 2025`: a range of days in one token, two dates (the first without the month's words); the token after the range, else -1 */
  private dayRange(i: number, out: Mention[]): number {
    const dayFirst = DAY_RANGE.exec(this.tx(i));
    const mo = dayFirst ? this.next(i + 1, 'month') : this.lex.lang === 'en' ? this.role(i, 'month') : null;
    if (!mo || this.excluded[i]) return -1;
    const k = dayFirst ? i : mo.end;
    const r = dayFirst ?? (this.adj(k) ? DAY_RANGE.exec(this.tx(k)) : null);
    if (!r || !this.lex.dayRangeLinks.has(r[2]!)) return -1;
    const a = Number(r[1]);
    const b = Number(r[3]);
    if (a < 1 || b > 31 || a >= b) return -1;
    // the year after the month (day first) or after the range (month first)
    const e = dayFirst ? mo.end : k + 1;
    const yi = this.tx(e) === ',' ? e + 1 : e;
    const y = this.adj(yi) ? this.year(yi, true) : null;
    const c = this.dateSuffixes({ k: 'date', dir: null, d: b, m: mo.v, ...(y !== null ? { y } : {}) }, y !== null ? yi + 1 : e);
    const sem = c.sem as DateSem;
    const tok = this.toks[k]!;
    const cue = this.cue(i, c.t1);
    const reporting = this.reporting(i, c.t1);
    const firstEnd = tok.start + r[1]!.length;
    out.push({ start: this.toks[i]!.start, end: firstEnd, t0: i, t1: k + 1, sem: { ...sem, d: a }, cue, reporting });
    out.push({ start: tok.end - r[3]!.length, end: this.toks[c.t1 - 1]!.end, t0: k, t1: c.t1, sem, cue, reporting });
    return c.t1;
  }

  /** Day-and-month dates with a bare day right before them, one range word apart (`10 hingga 12 Juni`). */
  private lone(out: Mention[]): Mention[] {
    return out.filter((m) => {
      if (m.sem.k !== 'date' || m.sem.d === undefined || m.sem.m === undefined || m.t0 < 2) return false;
      return this.day(m.t0 - 2) !== null && this.adj(m.t0 - 1) && this.adj(m.t0) && this.lex.dayRangeLinks.has(this.tx(m.t0 - 1).toLowerCase());
    });
  }

  /** The dates `lone` finds, each with its bare day before it as a date of the same month (`out` itself when none). */
  private withDaysBefore(out: Mention[]): Mention[] {
    const found = this.lone(out);
    if (found.length === 0) return out;
    const result: Mention[] = [];
    const lone = new Set(found);
    for (const m of out) {
      const t = m.t0 - 2;
      if (lone.has(m) && !out.some((o) => o.t0 <= t && t < o.t1)) {
        const tok = this.toks[t]!;
        result.push({ start: tok.start, end: tok.end, t0: t, t1: t + 1, sem: { ...(m.sem as DateSem), d: this.day(t)! }, cue: m.cue, reporting: m.reporting });
      }
      result.push(m);
    }
    return result;
  }

  /** A clock time with no day of its own takes the date right after it, one link word apart at most. */
  private linkClocks(out: Mention[]): void {
    for (let k = 0; k + 1 < out.length; k++) {
      const m = out[k]!;
      if (m.sem.k !== 'clock') continue;
      const n = out[k + 1]!;
      if (n.sem.k !== 'date' && !(n.sem.k === 'rel' && n.sem.unit === 'D')) continue;
      const gap = n.t0 - m.t1;
      if (gap === 0 || (gap === 1 && this.lex.dateLinks.has(this.tx(m.t1).toLowerCase()))) m.dayAfter = true;
    }
  }

  /** `2018-2023`: two years in one token, two dates */
  private yearRange(i: number, out: Mention[]): boolean {
    const t = this.toks[i]!;
    const c0 = t.text.charCodeAt(0);
    if (c0 !== 49 && c0 !== 50) return false;
    const r = YEAR_RANGE.exec(t.text);
    if (!r || this.excluded[i] || Number(r[2]) <= Number(r[1]) || this.nameBefore(i)) return false;
    const cue = this.cue(i, i + 1);
    const a = t.start + 4;
    const b = t.end - 4;
    out.push({ start: t.start, end: a, t0: i, t1: i + 1, sem: { k: 'date', y: Number(r[1]), dir: null }, cue, reporting: false });
    out.push({ start: b, end: t.end, t0: i, t1: i + 1, sem: { k: 'date', y: Number(r[2]), dir: null }, cue, reporting: false });
    return true;
  }

  // ---- token helpers -------------------------------------------------------------------------

  private tx(i: number): string {
    return i >= 0 && i < this.n ? this.toks[i]!.text : '';
  }

  /** token i is a word (it starts with a letter or a digit) */
  private wordAt(i: number): boolean {
    return i < this.n && WORD_START.test(this.toks[i]!.text);
  }

  private W(i: number): Word | undefined {
    return i >= 0 && i < this.n && !this.excluded[i] ? this.w[i] : undefined;
  }

  /** token i follows token i-1 on the same line with at most a few spaces between */
  private adj(i: number): boolean {
    if (i <= 0 || i >= this.n) return false;
    const a = this.toks[i - 1]!.end;
    const b = this.toks[i]!.start;
    if (b - a > 3) return false;
    for (let k = a; k < b; k++) {
      const c = this.text.charCodeAt(k);
      if (c !== 32 && c !== 9 && c !== 0xa0) return false;
    }
    return true;
  }

  /** a line break in text[a, b) */
  private newlineBetween(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.text.charCodeAt(k) === 10) return true;
    return false;
  }

  /** token i touches token i-1 */
  private glued(i: number): boolean {
    return i > 0 && i < this.n && this.toks[i]!.start === this.toks[i - 1]!.end;
  }

  private phraseAt(i: number, list: Phrase[]): PhraseHit | undefined {
    // every phrase goes on with the next word: read it once
    if (i + 1 >= this.n || !this.adj(i + 1)) return undefined;
    const next = this.toks[i + 1]!.text.toLowerCase();
    for (const p of list) {
      if (next !== p.rest[0]) continue;
      let ok = true;
      for (let k = 1; k < p.rest.length; k++) {
        const j = i + 1 + k;
        if (j >= this.n || !this.adj(j) || this.toks[j]!.text.toLowerCase() !== p.rest[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return { word: p.word, end: i + 1 + p.rest.length };
    }
    return undefined;
  }

  /** the roles at i: a multi-word entry when one starts here, else the single word */
  private at(i: number): PhraseHit | undefined {
    if (i < 0 || i >= this.n || this.excluded[i]) return undefined;
    const p = this.ph[i];
    if (p) return p;
    const w = this.w[i];
    return w ? { word: w, end: i + 1 } : undefined;
  }

  /** a role that may be written as one word or several: the longest reading that has it */
  private role<K extends keyof Word>(i: number, key: K): { v: NonNullable<Word[K]>; end: number } | null {
    if (i < 0 || i >= this.n || this.excluded[i]) return null;
    const p = this.ph[i];
    if (p && p.word[key] !== undefined) return { v: p.word[key] as NonNullable<Word[K]>, end: p.end };
    const w = this.w[i];
    if (w && w[key] !== undefined) return { v: w[key] as NonNullable<Word[K]>, end: i + 1 };
    return null;
  }

  /** role at i, which must directly follow i-1 */
  private next<K extends keyof Word>(i: number, key: K): { v: NonNullable<Word[K]>; end: number } | null {
    return this.adj(i) ? this.role(i, key) : null;
  }

  private isCap(i: number): boolean {
    const c = this.tx(i).charCodeAt(0);
    return c >= 65 && c <= 90;
  }

  private sentenceInitial(i: number): boolean {
    if (i === 0) return true;
    const p = this.tx(i - 1);
    if (BOUNDARY.has(p)) return true;
    if (this.newlineBetween(this.toks[i - 1]!.end, this.toks[i]!.start)) return true;
    if (/^["“'‘(]$/.test(p)) return i === 1 || this.sentenceInitial(i - 1);
    return false;
  }

  /** a capitalized word directly before i that is not a time or function word: `Piala Dunia 2026`, `Gerakan 30 September` */
  private nameBefore(i: number): boolean {
    const k = i - 1;
    if (k < 0 || !this.adj(i)) return false;
    const w = this.w[k];
    if (w?.nameBefore) return true;
    // `Undang-Undang Dasar (UUD) 1945`
    if (this.tx(k) === ')' && this.tx(k - 2) === '(' && this.isCap(k - 1) && !(this.w[k - 1] && isTimeWord(this.w[k - 1]!))) return true;
    if (!this.isCap(k) || this.sentenceInitial(k)) return false;
    if (w && (w.functionWord || isTimeWord(w))) return false;
    return /^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(this.tx(k));
  }

  /** numbers that belong to laws and names: `UUD 1945`, `Nomor 11 Tahun 2008`, `Pasal 28` */
  /** `names`: the tokens, in text order, whose word is a law or name word */
  private markNames(names: readonly number[]): void {
    for (const i of names) {
      const w = this.w[i]!;
      if (w.lawNumber && i + 1 < this.n && DIGIT.test(this.tx(i + 1))) {
        this.excluded[i + 1] = 1;
        if (this.w[i + 2]?.lawYear && DIGIT.test(this.tx(i + 3))) {
          this.excluded[i + 2] = 1;
          this.excluded[i + 3] = 1;
        }
      } else if (w.nameBefore && i + 1 < this.n && DIGIT.test(this.tx(i + 1)) && this.adj(i + 1)) {
        this.excluded[i + 1] = 1;
      }
    }
  }

  // ---- numbers -------------------------------------------------------------------------------

  private int(i: number): number | null {
    const t = this.tx(i);
    return INT.test(t) && !this.excluded[i] ? Number(t) : null;
  }

  private year(i: number, loose: boolean): number | null {
    const t = this.tx(i);
    if (t.length !== 4 || this.excluded[i] || !INT.test(t)) return null;
    const y = Number(t);
    return (loose ? y >= 1000 && y <= 2999 : y >= 1900 && y <= 2099) ? y : null;
  }

  private day(i: number): number | null {
    const t = this.tx(i);
    let d: number | null = null;
    if (/^\d{1,2}$/.test(t)) d = Number(t);
    else {
      const o = ORD_DAY.exec(t);
      if (o) d = Number(o[1]);
    }
    return d !== null && d >= 1 && d <= 31 && !this.excluded[i] ? d : null;
  }

  /** a count: `24`, `1,5`, `dua belas`, `twenty-five`, `beberapa` (vague: NaN) */
  private number(i: number): { v: number; end: number } | null {
    if (i >= this.n || this.excluded[i]) return null;
    const t = this.tx(i);
    if (DIGIT.test(t)) {
      if (/^\d{1,4}$/.test(t)) return this.half(Number(t), i + 1);
      const dec = this.lex.lang === 'id' ? /^(\d+),(\d+)$/.exec(t) : /^(\d+)\.(\d+)$/.exec(t);
      if (dec) return { v: Number(`${dec[1]}.${dec[2]}`), end: i + 1 };
      return null;
    }
    const r = this.role(i, 'num');
    if (r) {
      if (Number.isNaN(r.v)) return { v: Number.NaN, end: r.end };
      let v = r.v;
      let k = r.end;
      const plus = this.next(k, 'numPlus');
      if (plus && v < 10) {
        v += plus.v;
        k = plus.end;
      } else {
        const times = this.next(k, 'numTimes');
        if (times) {
          v *= times.v;
          k = times.end;
          const more = this.next(k, 'num');
          if (more && !Number.isNaN(more.v) && more.v < times.v) {
            v += more.v;
            k = more.end;
          }
        }
      }
      return this.half(v, k);
    }
    if (t.includes('-')) {
      const parts = t.toLowerCase().split('-');
      let v = 0;
      for (const p of parts) {
        const w = this.lex.words.get(p);
        if (w?.num === undefined || Number.isNaN(w.num)) return null;
        v += w.num;
      }
      return { v, end: i + 1 };
    }
    return null;
  }

  /** `satu setengah` = 1.5 */
  private half(v: number, k: number): { v: number; end: number } {
    const h = this.next(k, 'num');
    if (h && h.v === 0.5 && v >= 1) return { v: v + 0.5, end: h.end };
    return { v, end: k };
  }

  // ---- the grammar ---------------------------------------------------------------------------

  private parseAt(i: number): Cand | null {
    const w = this.w[i];
    const p = this.ph[i];
    const c0 = this.toks[i]!.text.charCodeAt(0);
    // most tokens start nothing: leave at once
    if (!w && !p && !(c0 >= 48 && c0 <= 57) && c0 !== 40 && c0 !== 81 && c0 !== 72 && this.toks[i]!.text.indexOf('-') < 0) return null;
    let best = this.core(i);
    const consider = (c: Cand | null, extra?: Partial<Cand>): void => {
      if (c && (!best || c.t1 > best.t1)) best = { ...c, ...extra };
    };
    // approximators and modifiers belong to the expression they precede: `sekitar pukul 13.00`, `akhir Agustus lalu`
    const ap = this.role(i, 'approx');
    let j = i;
    if (ap && this.adj(ap.end)) {
      j = ap.end;
      consider(this.core(j));
    }
    const md = this.role(j, 'mod');
    if (md && this.adj(md.end)) {
      let k = md.end;
      if (this.tx(k) === '-' && this.adj(k + 1)) k++;
      const c = this.core(k);
      if (c && c.sem.k !== 'dur' && c.sem.k !== 'set' && c.sem.k !== 'ref') consider(c, { mod: md.v });
    }
    return best;
  }

  private core(j: number): Cand | null {
    if (j >= this.n || this.excluded[j]) return null;
    let best: Cand | null = null;
    const tryOne = (c: Cand | null): void => {
      if (c && (!best || c.t1 > best.t1)) best = c;
    };
    const t = this.tx(j);
    const c0 = t.charCodeAt(0);
    let mask = (this.w[j]?.starts ?? 0) | (this.ph[j]?.word.starts ?? 0);
    if (c0 >= 48 && c0 <= 57) {
      mask |= START.dayMonth | START.year | START.numeric | START.count | START.clock;
      if (ORD_DAY.test(t)) mask |= START.century;
    } else if (c0 === 40) mask |= START.numeric;
    else if ((c0 === 81 || c0 === 72) && QTOKEN.test(t)) mask |= START.quarter;
    else if (mask === 0 && t.includes('-')) return this.gluedModifier(j);
    if (mask === 0) return null;
    if (mask & START.weekday) tryOne(this.weekday(j));
    if (mask & START.dayMonth) tryOne(this.dayMonth(j));
    if (mask & START.month) tryOne(this.month(j));
    if (mask & START.year) tryOne(this.yearExpr(j));
    if (mask & START.numeric) tryOne(this.numericDate(j));
    if (mask & START.unitRel) tryOne(this.unitRel(j));
    if (mask & START.count) tryOne(this.count(j));
    if (mask & START.words) tryOne(this.words(j));
    if (mask & START.clock) tryOne(this.clockExpr(j));
    if (mask & START.quarter) tryOne(this.quarter(j));
    if (mask & START.season) tryOne(this.season(j));
    if (mask & START.century) tryOne(this.century(j));
    if (mask & START.set) tryOne(this.set(j));
    return best;
  }

  /** `mid-March`, `mid-2024`: a modifier and a month or year in one token */
  private gluedModifier(j: number): Cand | null {
    const t = this.tx(j);
    const k = t.indexOf('-');
    const mod = this.lex.words.get(t.slice(0, k).toLowerCase())?.mod;
    if (!mod) return null;
    const rest = t.slice(k + 1);
    const month = this.lex.words.get(rest)?.month;
    if (month !== undefined && !this.lex.words.get(rest)?.monthAbbr) {
      const y = this.adj(j + 1) ? this.year(j + 1, true) : null;
      return y !== null ? { t1: j + 2, sem: { k: 'date', m: month, y, dir: null }, mod } : { t1: j + 1, sem: { k: 'date', m: month, dir: null }, mod };
    }
    if (/^(?:19|20)\d{2}$/.test(rest)) return { t1: j + 1, sem: { k: 'date', y: Number(rest), dir: null }, mod };
    return null;
  }

  /** `Minggu` is the week (not Sunday) at a sentence start before `lalu/ini/depan` */
  private mingguIsWeek(k: number): boolean {
    const w = this.W(k);
    if (!w?.unit || !w.weekday) return false;
    const d = this.next(k + 1, 'post');
    return d !== null && d.v.only === undefined && !d.v.duration && this.sentenceInitial(k);
  }

  private weekday(j: number): Cand | null {
    let k = j;
    let pre: Direction | null = null;
    const p = this.role(k, 'pre');
    if (p && !p.v.duration && this.next(p.end, 'weekday')) {
      pre = p.v;
      k = p.end;
    }
    if (!pre && this.W(k)?.introWeekday && this.next(k + 1, 'weekday')) k++;
    const wd = this.W(k)?.weekday;
    if (!wd) return null;
    if (this.mingguIsWeek(k)) return null;
    const sem: DateSem = { k: 'date', wd, dir: pre ? pre.dir : null };
    let e = k + 1;
    // A stated date: `Minggu (17/3)`, `Sabtu 20 April 1997`, `Selasa, 19 Maret 2024`, `Monday, March 18, 2024`.
    const comma = this.tx(e) === ',' ? e + 1 : e;
    const paren = this.parenDM(e);
    if (paren) {
      Object.assign(sem, paren.date);
      e = paren.end;
    } else {
      const dm = this.adj(comma) ? this.dayMonthCore(comma) : null;
      if (dm) {
        Object.assign(sem, dm.date);
        e = dm.end;
      } else {
        const nd = this.adj(comma) ? this.dmToken(comma, true) : null;
        if (nd) {
          Object.assign(sem, nd);
          e = comma + 1;
        } else if (!pre) {
          // `Selasa pekan depan`, `Tuesday next week`: the weekday of another week
          const wk = this.relativeWeek(e);
          if (wk) {
            sem.wk = wk.dir;
            e = wk.end;
          }
        }
      }
    }
    return this.dateSuffixes(sem, e);
  }

  /** `pekan depan`, `minggu lalu`, `next week`, `this week` at token e: the week's direction and end */
  private relativeWeek(e: number): { dir: -1 | 0 | 1; end: number } | null {
    const p = this.next(e, 'pre');
    if (p && !p.v.duration && p.v.from !== 'anchor') {
      const u = this.next(p.end, 'unit');
      return u && u.v === 'W' ? { dir: p.v.dir, end: u.end } : null;
    }
    const u = this.next(e, 'unit');
    if (!u || u.v !== 'W') return null;
    const d = this.next(u.end, 'post');
    if (!d || d.v.duration || d.v.from === 'anchor' || (d.v.only !== undefined && d.v.only !== 'date')) return null;
    return { dir: d.v.dir, end: d.end };
  }

  /** time of day and a direction word after a date: `pagi`, `pukul 10.00 WIB`, `kemarin`, `lalu`, `ini` */
  private dateSuffixes(sem: DateSem | RelSem, e: number, allowDir = true): Cand {
    const c: Cand = { t1: e, sem };
    this.timeSuffix(c);
    if (allowDir && (sem.k !== 'date' || sem.dir === null)) {
      const d = this.next(c.t1, 'post');
      if (d && (d.v.only === undefined || d.v.only === 'date' || (d.v.only === 'part' && c.part)) && !d.v.duration && !(d.v.final && this.wordAt(d.end))) {
        if (sem.k === 'date' && d.v.from !== 'anchor') sem.dir = d.v.dir;
        else if (sem.k === 'date') sem.anchorDir = d.v.dir;
        c.t1 = d.end;
        if (!c.clock) this.timeSuffix(c);
      }
    }
    return c;
  }

  private timeSuffix(c: Cand): void {
    if (!c.part && !c.clock) {
      const part = this.next(c.t1, 'part');
      if (part) {
        c.part = part.v;
        c.t1 = part.end;
      }
    }
    if (!c.clock && this.adj(c.t1)) {
      const cl = this.clockAt(c.t1);
      if (cl) {
        c.clock = cl.clock;
        if (cl.part && !c.part) c.part = cl.part;
        c.t1 = cl.end;
      }
    }
  }

  /** `(17/3)`, `(22/10/2025)`, `(November 3)`, `(3 November 2015)` */
  private parenDM(e: number): { date: Partial<DateSem>; end: number } | null {
    if (this.tx(e) !== '(') return null;
    if (this.tx(e + 2) === ')') {
      const d = this.dmToken(e + 1, false);
      if (d) return { date: d, end: e + 3 };
    }
    const dm = this.dayMonthCore(e + 1);
    return dm && this.tx(dm.end) === ')' ? { date: dm.date, end: dm.end + 1 } : null;
  }

  /** `17/3`, `17/3/2024`, `17-03-2024`, `2024-03-17` */
  private dmToken(i: number, needYear: boolean): Partial<DateSem> | null {
    if (this.excluded[i]) return null;
    const t = this.tx(i);
    let d: number;
    let m: number;
    let y: number | undefined;
    let r = DM.exec(t);
    if (r) {
      d = Number(r[1]);
      m = Number(r[2]);
      if (r[3]) y = r[3].length === 2 ? 2000 + Number(r[3]) : Number(r[3]);
    } else if ((r = DMY_DASH.exec(t))) {
      d = Number(r[1]);
      m = Number(r[2]);
      y = Number(r[3]);
    } else if ((r = ISO.exec(t))) {
      y = Number(r[1]);
      m = Number(r[2]);
      d = Number(r[3]);
    } else return null;
    if (needYear && y === undefined) return null;
    if (m < 1 || m > 12 || d < 1 || d > 31) return null;
    return y === undefined ? { d, m } : { d, m, y };
  }

  /** day + month (+ year) in either order: `17 Maret 2024`, `March 17, 2024`, `17 Mar` */
  private dayMonthCore(k: number): { date: Partial<DateSem>; end: number } | null {
    const d = this.day(k);
    if (d !== null) {
      const mo = this.next(k + 1, 'month');
      if (!mo) return null;
      let e = mo.end;
      if (this.W(k + 1)?.monthAbbr && this.tx(e) === '.' && this.glued(e) && this.year(e + 1, true) !== null) e++;
      const yi = this.tx(e) === ',' ? e + 1 : e;
      const y = this.adj(yi) ? this.year(yi, true) : null;
      if (y !== null) return { date: { d, m: mo.v, y }, end: yi + 1 };
      return { date: { d, m: mo.v }, end: e };
    }
    const mo = this.role(k, 'month');
    if (!mo) return null;
    if (this.lex.lang !== 'en') return null;
    let e = mo.end;
    if (this.W(k)?.monthAbbr && this.tx(e) === '.' && this.glued(e)) e++;
    const d2 = this.adj(e) ? this.day(e) : null;
    if (d2 === null) return null;
    e++;
    const yi = this.tx(e) === ',' ? e + 1 : e;
    const y = this.adj(yi) ? this.year(yi, true) : null;
    if (y !== null) return { date: { d: d2, m: mo.v, y }, end: yi + 1 };
    return { date: { d: d2, m: mo.v }, end: e };
  }

  private dayMonth(j: number): Cand | null {
    let k = j;
    const intro = this.W(k)?.introDate;
    if (intro) k++;
    if (intro && !this.adj(k)) return null;
    if (!intro && this.nameBefore(j)) {
      // `Universitas 17 Agustus 1945`: none of it is a date, not even the year
      const dm = this.dayMonthCore(k);
      if (dm) for (let t = j; t < dm.end; t++) this.excluded[t] = 1;
      return null;
    }
    const dm = this.dayMonthCore(k);
    if (dm) return this.dateSuffixes({ k: 'date', dir: null, ...dm.date }, dm.end);
    // `tanggal 24 (kemarin)`: a day of an unnamed month
    if (intro) {
      const d = this.day(k);
      if (d !== null && !this.next(k + 1, 'unit')) return this.dateSuffixes({ k: 'date', d, dir: null }, k + 1);
    }
    return null;
  }

  /** `Oktober 2025`, `September tahun lalu`, `bulan November tahun ini`, `Februari lalu`, `last March` */
  private month(j: number): Cand | null {
    let k = j;
    let dir: -1 | 0 | 1 | null = null;
    const p = this.role(k, 'pre');
    if (p && !p.v.duration && this.next(p.end, 'month')) {
      dir = p.v.dir;
      k = p.end;
    } else if (this.W(k)?.introMonth && this.next(k + 1, 'month')) k++;
    const mo = this.role(k, 'month');
    if (!mo) return null;
    if (k === j && (this.nameBefore(j) || (/^\d{1,2}$/.test(this.tx(j - 1)) && this.adj(j)))) return null;
    const abbr = this.W(k)?.monthAbbr === true;
    let e = mo.end;
    if (abbr && this.tx(e) === '.') e++;
    const sem: DateSem = { k: 'date', m: mo.v, dir };
    // year: `Oktober 2025`, `November tahun 2024`, `March of 2024`
    let yi = e;
    if (this.next(yi, 'introYear') || (this.lex.lang === 'en' && this.tx(yi) === 'of' && this.adj(yi))) yi++;
    const y = this.adj(yi) ? this.year(yi, true) : null;
    if (y !== null) {
      sem.y = y;
      return this.dateSuffixes(sem, yi + 1);
    }
    // relative year: `September tahun lalu`, `March of last year`
    if (yi > e) {
      const d = this.next(yi, 'post');
      if (d && d.v.only === undefined && !d.v.duration && d.v.from !== 'anchor' && this.W(yi - 1)?.introYear) {
        sem.yOff = d.v.dir;
        return { t1: d.end, sem };
      }
      const pd = this.next(yi, 'pre');
      if (pd && !pd.v.duration && pd.v.from !== 'anchor' && this.next(pd.end, 'unit')?.v === 'Y') {
        sem.yOff = pd.v.dir;
        return { t1: pd.end + 1, sem };
      }
    }
    if (abbr) return null;
    if (dir !== null) return { t1: e, sem };
    const d = this.next(e, 'post');
    if (d && (d.v.only === undefined || d.v.only === 'date') && !d.v.duration && d.v.from !== 'anchor') {
      sem.dir = d.v.dir;
      return { t1: d.end, sem };
    }
    // a bare month name needs a word before it that makes it a date in English (`in May`)
    if (this.lex.lang === 'en' && k === j && !/^(?:in|since|until|by|from|of|during|through|before|after|early|late|mid|last|next|this)$/i.test(this.tx(j - 1))) {
      return null;
    }
    return { t1: e, sem };
  }

  /** `2024`, `tahun 2032`, `2024 lalu`, `tahun 40-an`, `1990-an`, `the 1990s` */
  private yearExpr(j: number): Cand | null {
    let k = j;
    const intro = this.W(k)?.introYear === true && this.adj(k + 1);
    if (intro) k++;
    const t = this.tx(k);
    if (this.excluded[k]) return null;
    // decades
    const suf = this.lex.decadeSuffix;
    if (t.endsWith(suf) && t.length > suf.length) {
      const digits = t.slice(0, -suf.length).replace(/['’-]$/, '');
      if (/^(?:1\d|20)\d0$/.test(digits)) return { t1: k + 1, sem: { k: 'date', dir: null, decade: digits.slice(0, 3) } };
      if (/^\d0$/.test(digits) && (intro || this.tx(j - 1).toLowerCase() === 'the')) {
        return { t1: k + 1, sem: { k: 'date', dir: null, decade: `19${digits[0]}` } };
      }
      return null;
    }
    const y = this.year(k, intro);
    if (y === null) return null;
    if (!intro) {
      if (this.nameBefore(k)) return null;
      const prev = this.tx(k - 1);
      if (/^(?:\$|€|£|¥|#|No|no|nomor|Nomor)$/.test(prev) || (DIGIT.test(prev) && this.adj(k))) return null;
      // `105/PUU-XXII/2024`, `KM-2024`: part of a code
      if ((prev === '/' || prev === '-') && this.glued(k)) return null;
      const nx = this.W(k + 1);
      if (nx?.counted || nx?.unit || /^(?:%|persen|percent)$/i.test(this.tx(k + 1))) return null;
      if ((this.tx(k + 1) === ':' || this.tx(k + 1) === '/') && this.glued(k + 1)) return null;
    }
    const sem: DateSem = { k: 'date', y, dir: null };
    const d = this.next(k + 1, 'post');
    if (d && (d.v.only === undefined || d.v.only === 'date') && !d.v.duration && d.v.from !== 'anchor') {
      sem.dir = d.v.dir;
      return { t1: d.end, sem };
    }
    return { t1: k + 1, sem };
  }

  /** `(18/10/2025)`, `18/10/2025`, `2025-10-18` */
  private numericDate(j: number): Cand | null {
    if (this.tx(j) === '(') {
      const d = this.dmToken(j + 1, true);
      if (d && this.tx(j + 2) === ')') return { t1: j + 3, sem: { k: 'date', dir: null, ...d } };
      return null;
    }
    const intro = this.W(j - 1)?.introDate === true;
    const d = this.dmToken(j, !intro);
    if (!d) return null;
    return this.dateSuffixes({ k: 'date', dir: null, ...d }, j + 1);
  }

  /** `pekan lalu`, `tahun ini`, `bulan depan`, `hari itu`, `last week`, `next month`, `akhir pekan lalu` */
  private unitRel(j: number): Cand | null {
    // weekend
    const we = this.role(j, 'weekend');
    if (we) {
      const d = this.next(we.end, 'post');
      if (d && d.v.only === undefined && !d.v.duration) {
        return { t1: d.end, sem: { k: 'rel', unit: 'W', n: d.v.dir, from: d.v.from === 'anchor' ? 'anchor' : 'ref', weekend: true } };
      }
      return null;
    }
    const p = this.role(j, 'pre');
    if (p) {
      if (p.v.duration) return null;
      const we2 = this.next(p.end, 'weekend');
      if (we2) return { t1: we2.end, sem: { k: 'rel', unit: 'W', n: p.v.dir, from: p.v.from === 'anchor' ? 'anchor' : 'ref', weekend: true } };
      const u = this.next(p.end, 'unit');
      if (!u || u.v === 'H' || u.v === 'MIN' || u.v === 'S') return null;
      const c: Cand = { t1: u.end, sem: { k: 'rel', unit: u.v, n: p.v.dir, from: p.v.from === 'anchor' ? 'anchor' : 'ref' } };
      if (u.v === 'D') this.timeSuffix(c);
      return c;
    }
    const u = this.role(j, 'unit');
    if (!u || u.v === 'H' || u.v === 'MIN' || u.v === 'S') return null;
    const w = this.W(j);
    if (w?.weekday && !this.mingguIsWeek(j)) return null;
    const d = this.next(u.end, 'post');
    if (!d || d.v.duration || (d.v.only !== undefined && d.v.only !== 'date')) {
      // `awal tahun`, `akhir bulan`: the current period, read with the modifier before it
      if (this.W(j - 1)?.mod && this.adj(j) && u.v !== 'D' && u.v !== 'W' && !this.next(u.end, 'introYear') && this.year(u.end, true) === null) {
        return { t1: u.end, sem: { k: 'rel', unit: u.v, n: 0, from: 'ref' } };
      }
      return null;
    }
    // `hari ini`, `hari itu` (+ `pukul 10.00`)
    const sem: RelSem = { k: 'rel', unit: u.v, n: d.v.dir, from: d.v.from === 'anchor' ? 'anchor' : 'ref' };
    const c: Cand = { t1: d.end, sem };
    if (u.v === 'D') this.timeSuffix(c);
    return c;
  }

  /** `dua tahun lalu`, `tiga minggu kemudian`, `24 tahun`, `selama enam tahun lagi`, `beberapa bulan`, `two weeks ago` */
  private count(j: number): Cand | null {
    let k = j;
    let pre: Direction | null = null;
    const p = this.role(k, 'pre');
    if (p) {
      pre = p.v;
      k = p.end;
      if (!this.adj(k)) return null;
    }
    let unit: Unit | null = null;
    let v = Number.NaN;
    let e: number;
    const one = this.role(k, 'unitOne');
    const many = this.role(k, 'unitMany');
    if (one) {
      unit = one.v;
      v = 1;
      e = one.end;
    } else if (many) {
      unit = many.v;
      e = many.end;
    } else {
      const num = this.number(k);
      if (!num) return null;
      const u = this.next(num.end, 'unit');
      if (!u) return null;
      // `Nomor 11 Tahun 2008` is a law, not eleven years
      if (this.year(u.end, true) !== null && this.adj(u.end)) return null;
      unit = u.v;
      v = num.v;
      e = u.end;
    }
    if (pre) {
      // `the past two years`, `the next five years`: durations; `last two weeks` too
      return { t1: e, sem: { k: 'dur', value: durationValue(unit, v) } };
    }
    // the direction after: `yang lalu`, `kemudian`, `lagi`, `ke depan`, `ago`
    let dk = e;
    if (this.tx(dk) === 'yang' && this.next(dk + 1, 'post')) dk++;
    const d = this.adj(dk) ? this.role(dk, 'post') : null;
    const before = this.W(j - 1);
    const inDuration = before?.durIntro === true || (this.tx(j - 2) !== '' && this.W(j - 2)?.durIntro === true && this.W(j - 1)?.approx === true);
    if (d && d.v.only !== 'part' && d.v.only !== 'date') {
      if (d.v.duration) return { t1: d.end, sem: { k: 'dur', value: durationValue(unit, v) } };
      // `remaja berusia 12 tahun ini`: `ini` points at the noun, not the count
      if (d.v.dir === 0) return { t1: e, sem: { k: 'dur', value: durationValue(unit, v) } };
      if (inDuration && d.v.dir === 1 && d.v.from !== 'anchor') return { t1: d.end, sem: { k: 'dur', value: durationValue(unit, v) } };
      // `a day after winning the vote`, `two weeks before the election`: counted from a happening the text
      // names after it, whose date is not known here; the count alone is a duration
      if (d.v.final && this.wordAt(d.end)) return { t1: e, sem: { k: 'dur', value: durationValue(unit, v) } };
      const sem: RelSem = { k: 'rel', unit, n: Number.isNaN(v) ? d.v.dir : v * d.v.dir, from: d.v.from === 'anchor' ? 'anchor' : 'ref', counted: true };
      if (Number.isNaN(v)) sem.vague = true;
      const c: Cand = { t1: d.end, sem };
      if (unit === 'D') this.timeSuffix(c);
      return c;
    }
    if (d?.v.only === 'date' && d.v.dir === -1 && !inDuration) {
      // `dua hari kemarin`
      return { t1: d.end, sem: { k: 'rel', unit, n: Number.isNaN(v) ? -1 : -v, from: 'ref', vague: Number.isNaN(v) || undefined } };
    }
    return { t1: e, sem: { k: 'dur', value: durationValue(unit, v) } };
  }

  /** day words, references and parts of the day: `kemarin (sore)`, `saat ini`, `tadi malam`, `siang ini`, `keesokan harinya` */
  private words(j: number): Cand | null {
    const at = this.at(j);
    if (!at) return null;
    const w = at.word;
    if (w.relDay !== undefined) {
      const c: Cand = { t1: at.end, sem: { k: 'rel', unit: 'D', n: w.relDay, from: 'ref' } };
      this.timeSuffix(c);
      return c;
    }
    if (w.anchorDay !== undefined) {
      const c: Cand = { t1: at.end, sem: { k: 'rel', unit: 'D', n: w.anchorDay, from: 'anchor' } };
      this.timeSuffix(c);
      return c;
    }
    if (w.partWord) {
      // `semalam` after `selama` is a night long, not last night
      if (this.W(j - 1)?.durIntro) return null;
      const c: Cand = { t1: at.end, sem: { k: 'rel', unit: 'D', n: w.partWord[0], from: 'ref' }, part: w.partWord[1] };
      if (this.adj(c.t1)) {
        const cl = this.clockAt(c.t1);
        if (cl) {
          c.clock = cl.clock;
          c.t1 = cl.end;
        }
      }
      return c;
    }
    if (w.ref) return { t1: at.end, sem: { k: 'ref', value: w.ref } };
    if (w.refAfter) {
      const prev = this.tx(j - 1).toLowerCase();
      if (this.adj(j) && w.refAfter.after.has(prev)) return { t1: at.end, sem: { k: 'ref', value: w.refAfter.value } };
      return null;
    }
    if (w.vagueDuration) return { t1: at.end, sem: { k: 'dur', value: w.vagueDuration } };
    if (w.part) {
      // `siang ini`, `pagi tadi`, `malam itu`, `nanti malam`
      const d = this.next(at.end, 'post');
      if (d && !d.v.duration && (d.v.dir === 0 || d.v.only === 'date' || d.v.only === 'part')) {
        const n = d.v.only === 'date' && d.v.dir === -1 ? -1 : 0;
        return { t1: d.end, sem: { k: 'rel', unit: 'D', n, from: d.v.from === 'anchor' ? 'anchor' : 'ref' }, part: w.part };
      }
      // `ketika malam tiba`, `menjelang sore`, `pada malam hari`: the day the text is telling about
      if (this.adj(j) && this.W(j - 1)?.partIntro && !this.next(at.end, 'unit')?.v.match(/^(?:W|M|Y)$/)) {
        const e = this.tx(at.end).toLowerCase() === 'hari' && this.adj(at.end) ? at.end + 1 : at.end;
        return { t1: e, sem: { k: 'rel', unit: 'D', n: 0, from: 'anchor' }, part: w.part };
      }
    }
    return null;
  }

  /** a clock time: `pukul 10.00 WIB`, `jam 06.00 WIB pagi`, `10.30 WIB`, `10 a.m.`, `10:30` */
  private clockAt(k: number): { clock: Clock; part?: Part; end: number } | null {
    let e = k;
    let h: number;
    let m = 0;
    const intro = this.role(e, 'clockIntro');
    const tok = (i: number): RegExpExecArray | null => (this.excluded[i] ? null : CLOCK.exec(this.tx(i)));
    if (intro && this.adj(intro.end)) {
      e = intro.end;
      const c = tok(e);
      if (c) {
        h = Number(c[1]);
        m = Number(c[2]);
      } else if (/^\d{1,2}$/.test(this.tx(e))) h = Number(this.tx(e));
      else return null;
      e++;
    } else {
      const c = tok(e);
      const hourOnly = /^\d{1,2}$/.test(this.tx(e)) ? Number(this.tx(e)) : null;
      const after = this.next(e + 1, 'zone') ?? this.next(e + 1, 'ampm');
      if (c && (after || (this.lex.lang === 'en' && this.tx(e).includes(':')))) {
        h = Number(c[1]);
        m = Number(c[2]);
      } else if (hourOnly !== null && this.next(e + 1, 'ampm')) h = hourOnly;
      else return null;
      e++;
    }
    if (h > 24 || m > 59) return null;
    let part: Part | undefined;
    const ap = this.next(e, 'ampm');
    if (ap) {
      if (ap.v === 'pm' && h < 12) h += 12;
      if (ap.v === 'am' && h === 12) h = 0;
      e = ap.end;
    }
    for (let round = 0; round < 2; round++) {
      const z = this.next(e, 'zone');
      if (z) e = z.end;
      const pt = this.next(e, 'part');
      if (pt && !part) {
        part = pt.v;
        e = pt.end;
        if (!ap && h < 12 && (pt.v === 'AF' || pt.v === 'EV' || pt.v === 'NI') && !(pt.v === 'AF' && h >= 10) && !(pt.v === 'NI' && h <= 4)) h += 12;
      }
    }
    if (h === 24) h = 0;
    return { clock: { h, m }, part, end: e };
  }

  private clockExpr(j: number): Cand | null {
    const cl = this.clockAt(j);
    if (!cl) return null;
    const c: Cand = { t1: cl.end, sem: { k: 'clock' }, clock: cl.clock, part: cl.part };
    const d = this.next(c.t1, 'post');
    if (d && !d.v.duration && (d.v.only === 'date' || d.v.only === 'part' || d.v.from === 'anchor' || d.v.dir === 0)) {
      c.t1 = d.end;
      if (d.v.only === 'date' && d.v.dir === -1) c.sem = { k: 'rel', unit: 'D', n: -1, from: 'ref' };
    }
    return c;
  }

  /** `kuartal III 2024`, `triwulan pertama tahun ini`, `semester I`, `the first quarter of 2024`, `Q3 2023` */
  private quarter(j: number): Cand | null {
    let unit: 'Q' | 'H' | null = null;
    let n = 0;
    let e = j;
    const qt = QTOKEN.exec(this.tx(j));
    const q = this.role(j, 'quarter');
    if (qt) {
      unit = qt[1] === 'Q' ? 'Q' : 'H';
      n = Number(qt[2]);
      e = j + 1;
    } else if (q && this.lex.lang !== 'en') {
      unit = q.v;
      const t = this.tx(q.end);
      const ry = ROMAN_YEAR.exec(t);
      if (ry && this.adj(q.end)) {
        n = ROMAN[ry[1]!]!;
        const c: Cand = { t1: q.end + 1, sem: { k: 'date', dir: null, q: { unit, n }, y: Number(ry[2]) } };
        return c;
      }
      const o = this.next(q.end, 'ordinal');
      if (!o) return null;
      n = o.v;
      e = o.end;
    } else {
      const o = this.role(j, 'ordinal');
      if (!o) return null;
      const q2 = this.next(o.end, 'quarter');
      if (!q2) return null;
      unit = q2.v;
      n = o.v;
      e = q2.end;
      if (this.tx(e) === 'of' && this.adj(e)) e++;
      else {
        const sem: DateSem = { k: 'date', dir: null, q: { unit, n } };
        return { t1: e, sem };
      }
    }
    if (unit === 'H' && n > 2) return null;
    const sem: DateSem = { k: 'date', dir: null, q: { unit, n } };
    let yi = e;
    if (this.tx(yi) === '-' || this.tx(yi) === '/') yi++;
    if (this.next(yi, 'introYear')) yi++;
    const y = this.adj(yi) ? this.year(yi, true) : null;
    if (y !== null) {
      sem.y = y;
      return { t1: yi + 1, sem };
    }
    const d = this.next(yi, 'post');
    if (d && d.v.only === undefined && !d.v.duration && d.v.from !== 'anchor') {
      sem.yOff = d.v.dir;
      return { t1: d.end, sem };
    }
    const pd = this.next(yi, 'pre');
    if (pd && !pd.v.duration && this.next(pd.end, 'unit')?.v === 'Y') {
      sem.yOff = pd.v.dir;
      return { t1: pd.end + 1, sem };
    }
    if (this.tx(e - 1) === 'of') return null;
    return { t1: e, sem };
  }

  /** `musim hujan`, `musim kemarau tahun lalu`, `summer 2023`, `last winter` */
  private season(j: number): Cand | null {
    let k = j;
    let dir: -1 | 0 | 1 | null = null;
    const p = this.role(k, 'pre');
    if (p) {
      if (p.v.duration || !this.next(p.end, 'season')) return null;
      dir = p.v.dir;
      k = p.end;
    }
    const s = this.role(k, 'season');
    if (!s) return null;
    const sem: DateSem = { k: 'date', dir, season: s.v };
    let e = s.end;
    let yi = e;
    if (this.next(yi, 'introYear')) yi++;
    const y = this.adj(yi) ? this.year(yi, true) : null;
    if (y !== null) {
      sem.y = y;
      return { t1: yi + 1, sem };
    }
    const d = this.next(yi, 'post');
    if (d && d.v.only === undefined && !d.v.duration && d.v.from !== 'anchor') {
      if (yi > e) sem.yOff = d.v.dir;
      else sem.dir = d.v.dir;
      return { t1: d.end, sem };
    }
    if (dir === null && this.at(k)?.word.seasonNeedsYear) return null;
    return { t1: e, sem };
  }

  /** `abad ke-21` → 20, `the 20th century` → 19 */
  private century(j: number): Cand | null {
    const c = this.role(j, 'century');
    if (c) {
      let k = c.end;
      if (this.tx(k).toLowerCase() === 'ke' && this.tx(k + 1) === '-') k += 2;
      const r = this.adj(k) || this.tx(k - 1) === '-' ? CENTURY_TOKEN.exec(this.tx(k)) : null;
      if (!r) return null;
      const v = /^\d+$/.test(r[1]!) ? Number(r[1]) : ROMAN[r[1]!.toUpperCase()];
      if (!v || v < 1 || v > 30) return null;
      return { t1: k + 1, sem: { k: 'date', dir: null, century: String(v - 1).padStart(2, '0') } };
    }
    const o = ORD_DAY.exec(this.tx(j));
    if (!o || !this.next(j + 1, 'century')) return null;
    const v = Number(o[1]);
    return { t1: j + 2, sem: { k: 'date', dir: null, century: String(v - 1).padStart(2, '0') } };
  }

  /** `setiap hari`, `tiap tahun`, `setiap Senin`, `setiap 17 Agustus`, `every week`, `daily` */
  private set(j: number): Cand | null {
    const sw = this.role(j, 'setWord');
    if (sw) return { t1: sw.end, sem: { k: 'set', value: sw.v } };
    const si = this.role(j, 'setIntro');
    if (!si || !this.adj(si.end)) return null;
    let k = si.end;
    if (this.W(k)?.introWeekday && this.next(k + 1, 'weekday')) k++;
    const wd = this.W(k)?.weekday;
    if (wd) return { t1: k + 1, sem: { k: 'set', value: `XXXX-WXX-${wd}` } };
    const dm = this.dayMonthCore(k);
    if (dm) return { t1: dm.end, sem: { k: 'set', value: `XXXX-${pad2(dm.date.m!)}-${pad2(dm.date.d!)}` } };
    const mo = this.role(k, 'month');
    if (mo && !this.W(k)?.monthAbbr) return { t1: mo.end, sem: { k: 'set', value: `XXXX-${pad2(mo.v)}` } };
    const we = this.role(k, 'weekend');
    if (we) return { t1: we.end, sem: { k: 'set', value: 'XXXX-WXX-WE' } };
    const pt = this.role(k, 'part');
    if (pt) return { t1: pt.end, sem: { k: 'set', value: `XXXX-XX-XXT${pt.v}` } };
    const u = this.role(k, 'unit');
    if (u) return { t1: u.end, sem: { k: 'set', value: durationValue(u.v, 1) } };
    const num = this.number(k);
    if (num) {
      const u2 = this.next(num.end, 'unit');
      if (u2) return { t1: u2.end, sem: { k: 'set', value: durationValue(u2.v, num.v) } };
    }
    return null;
  }

  // ---- context -------------------------------------------------------------------------------

  /** the tense around a mention: the nearest cue word before it in its sentence, or a future cue just after */
  private cue(t0: number, t1: number): -1 | 0 | 1 {
    for (let k = t0 - 1; k >= 0 && k >= t0 - 12; k--) {
      const t = this.tx(k);
      if (BOUNDARY.has(t) || QUOTES.has(t)) break;
      if (this.newlineBetween(this.toks[k]!.end, this.toks[k + 1]!.start)) break;
      const w = this.w[k];
      if ((w?.futureCue || w?.pastCue) && k > 0 && this.lex.cuePlaces.has(this.tx(k - 1).toLowerCase())) continue;
      if (w?.futureCue) return 1;
      if (w?.pastCue) return -1;
      for (const s of this.lex.futureSuffixes) if (t.toLowerCase().endsWith(s)) return 1;
    }
    for (let k = t1; k < this.n && k < t1 + 3; k++) {
      const t = this.tx(k);
      if (!this.adj(k) || BOUNDARY.has(t) || QUOTES.has(t) || t === ',') break;
      const w = this.w[k];
      if (w?.futureCue) return 1;
      if (w?.pastCue) return -1;
    }
    return 0;
  }

  private reporting(t0: number, t1: number): boolean {
    if (this.tx(t0 - 1) !== ',') return false;
    if (t1 >= this.n) return true;
    const t = this.tx(t1);
    if (BOUNDARY.has(t)) return true;
    return this.newlineBetween(this.toks[t1 - 1]!.end, this.toks[t1]!.start);
  }
}

function isTimeWord(w: Word): boolean {
  return (
    w.weekday !== undefined ||
    w.month !== undefined ||
    w.unit !== undefined ||
    w.relDay !== undefined ||
    w.ref !== undefined ||
    w.mod !== undefined ||
    w.approx === true ||
    w.introDate === true ||
    w.introMonth === true ||
    w.introYear === true ||
    w.introWeekday === true ||
    w.post !== undefined ||
    w.pre !== undefined ||
    w.season !== undefined ||
    w.part !== undefined
  );
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** TimeML duration value: P2Y, P6M, P3W, P7D, PT48H, PT40M, PXY (vague) */
export function durationValue(unit: Unit, n: number): string {
  if (Number.isNaN(n)) {
    const u = { D: 'D', W: 'W', M: 'M', Y: 'Y', DE: 'DE', CE: 'CE', H: 'H', MIN: 'M', S: 'S', Q: 'Q', HALF: 'M', '8Y': 'Y' }[unit];
    return unit === 'H' || unit === 'MIN' || unit === 'S' ? `PTX${u}` : `PX${u}`;
  }
  let v = n;
  let u: string = unit;
  if (unit === 'HALF') {
    v = n * 6;
    u = 'M';
  } else if (unit === '8Y') {
    v = n * 8;
    u = 'Y';
  }
  if (!Number.isInteger(v)) {
    if (u === 'D') return `PT${Math.round(v * 24)}H`;
    if (u === 'Y') return Number.isInteger(v * 12) ? `P${v * 12}M` : `P${v}Y`;
    if (u === 'H') return `PT${Math.round(v * 60)}M`;
  }
  if (u === 'H') return `PT${v}H`;
  if (u === 'MIN') return `PT${v}M`;
  if (u === 'S') return `PT${v}S`;
  return `P${v}${u}`;
}
