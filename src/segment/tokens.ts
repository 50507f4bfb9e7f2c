/**
 * Tokenizer: words (with Indonesian reduplication and hyphenated names kept whole), numbers
 * (`3.016`, `1,5`, `17/3`, `21/10/2025`, `10.00`), money (`Rp1,5`), URLs, domains
 * (`KOMPAS.com`), dotted abbreviations (`a.n.`, `S.H.`, `U.S.`) and single punctuation marks.
 */
import { clitics, hasLangFile, langLines } from '../lang/data.js';

/**
 * A token and its place in the text. A class, not object literals: V8 may decide, early in a process,
 * to allocate every object of a literal straight into the old generation (allocation-site
 * pretenuring) when the first ones it sampled were all still alive — a document's tokens are, until
 * the document is done. Tokens being the most numerous objects of the analysis, that decision made
 * the old generation grow by about 1.6 MB at every young collection, to 120 MB and more of dead tokens
 * before a full collection (peak RSS about 300 MB instead of 215, in a third of processes). `new` of a
 * class is never pretenured that way.
 */
export class Token {
  constructor(
    public start: number,
    public end: number,
    public text: string,
  ) {}
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

export interface AbbrevSets {
  /** known abbreviations that take a period */
  all: Set<string>;
  /** titles and prefixes before a name or number: never end a sentence */
  titles: Set<string>;
  /** the length of the longest of them: a longer word before a period is none of them */
  longest: number;
  /**
   * Clitics split off the end of a word (lang/<code>/clitics.txt, lower case, ASCII apostrophe):
   * English "'s", so that "Sudan's" is "Sudan" + "'s". Empty for a language without them.
   */
  clitics: string[];
  /**
   * Lower-case second halves that split a hyphenated word after a capitalized first half
   * (lang/<code>/compound-splits.txt): English "Iran-backed", "US-led" are the name and the half with its
   * hyphen ("-backed"), so that the name is read as one. Empty for a language without them.
   */
  splits: Set<string>;
}
const abbrevCache = new Map<string, AbbrevSets>();

export function abbreviations(lang: string): AbbrevSets {
  const hit = abbrevCache.get(lang);
  if (hit) return hit;
  const titles = new Set(langLines(lang, 'titles.txt'));
  const all = new Set([...langLines(lang, 'abbreviations.txt'), ...titles]);
  let longest = 0;
  for (const a of all) longest = Math.max(longest, a.length);
  const splits = new Set(hasLangFile(lang, 'compound-splits.txt') ? langLines(lang, 'compound-splits.txt').map((w) => w.toLowerCase()) : []);
  const sets = { all, titles, longest, clitics: clitics(lang), splits };
  abbrevCache.set(lang, sets);
  return sets;
}

const UPPER = /^\p{Lu}/u;
const ONE_UPPER = /^\p{Lu}$/u;
const LOWER_OR_DIGIT = /[\p{Ll}\d]/u;
const LETTER = /\p{L}/u;
const LETTERS_AND_PERIODS = /^[\p{L}.]+$/u;
const DASHES = /^-+$/;
const FINAL_PERIOD = /\.$/;
/** TOKEN's word alternative, whole */
const WORD_TOKEN = /^[\p{L}\p{M}\d_]+(?:['’\-][\p{L}\p{M}\d]+)*$/u;

/** True when the next non-space character from `i` is a lower-case letter or a digit. */
function continuesLower(text: string, i: number, to: number): boolean {
  while (i < to && (text[i] === ' ' || text[i] === '\u00a0')) i++;
  return i < to && LOWER_OR_DIGIT.test(text[i]!);
}

/**
 * Splits `Jepang-Korsel` and `Biden-Xi` (two different names), and a name from a listed second half
 * (`Iran-backed`, `US-led`); keeps `Bangsa-Bangsa`, `Dae-jung`, `anti-korupsi`.
 */
function splitCompound(tok: Token, out: Token[], splits: ReadonlySet<string>): void {
  const parts = tok.text.split('-');
  const named = parts.length === 2 && UPPER.test(parts[0]!) && splits.has(parts[1]!.toLowerCase());
  if (!named && (parts.length < 2 || !parts.every((p) => UPPER.test(p)) || parts.every((p) => p === parts[0]))) {
    out.push(tok);
    return;
  }
  if (named) {
    // (the second half keeps its hyphen: "-backed" is no word of the lexicon, and no "-" joins two names)
    const cut = tok.start + parts[0]!.length;
    out.push(new Token(tok.start, cut, parts[0]!), new Token(cut, tok.end, tok.text.slice(parts[0]!.length)));
    return;
  }
  let s = tok.start;
  parts.forEach((p, i) => {
    if (i > 0) {
      out.push(new Token(s, s + 1, '-'));
      s += 1;
    }
    out.push(new Token(s, s + p.length, p));
    s += p.length;
  });
}

/** The same alternatives, sticky: read at one position when the scanner below cannot decide alone. */
const TOKEN_AT = new RegExp(TOKEN.source, 'uy');

/*
 * Character classes of BMP code units, computed on first sight. The scanner reads the common
 * tokens (words, single marks) by code unit and hands every position where another alternative
 * of TOKEN could match (numbers with separators, domains, dotted abbreviations, money, URLs,
 * e-mails, astral characters) to TOKEN_AT, so that it yields exactly TOKEN's tokens.
 */
const KNOWN = 1;
/** [\p{L}\p{M}\d_] — a word's first run */
const W = 2;
/** [\p{L}\p{M}\d] — a word's run after an apostrophe or hyphen */
const W2 = 4;
/** \s */
const SPACE = 8;
/** a surrogate: left to the regular expression */
const ASTRAL = 16;
/** [0-9] */
const DIGIT = 32;
/** A-Z or not ASCII: a token with one may change in lower case */
const CASED = 64;
const CLASS = new Uint8Array(65536);
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const SPACE_RE = /\s/;

function classOf(c: number): number {
  const k = CLASS[c]!;
  if (k !== 0) return k;
  let v = KNOWN;
  if ((c >= 65 && c <= 90) || c > 127) v |= CASED;
  if (c >= 0xd800 && c <= 0xdfff) v |= ASTRAL;
  else {
    const ch = String.fromCharCode(c);
    if (c >= 48 && c <= 57) v |= W | W2 | DIGIT;
    else if (c === 95) v |= W;
    else if (LETTER_OR_MARK.test(ch)) v |= W | W2;
    else if (SPACE_RE.test(ch)) v |= SPACE;
  }
  CLASS[c] = v;
  return v;
}

/** Set by wordEnd: the word it read has a hyphen (it may be a compound to split). */
let hyphen = false;
/** Set by wordEnd: the word it read has a character that lower case may change. */
let cased = false;

/**
 * End of the word token starting at s[p] (a [\p{L}\p{M}\d_] character; s ends at n), or -1 when
 * an earlier alternative of TOKEN might match there (or an astral character is involved).
 */
function wordEnd(s: string, p: number, n: number, hasAt: boolean): number {
  const c = s.charCodeAt(p);
  if (hasAt && c < 128) return -1; // a possible e-mail
  hyphen = false;
  let seen = classOf(c);
  let allDigits = c >= 48 && c <= 57;
  let q = p + 1;
  let k = 0;
  while (q < n) {
    k = classOf(s.charCodeAt(q));
    if ((k & W) === 0) break;
    if ((k & DIGIT) === 0) allDigits = false;
    seen |= k;
    q++;
  }
  cased = (seen & CASED) !== 0;
  if (q === n) return n;
  if (k & ASTRAL) return -1;
  const d = s.charCodeAt(q);
  const after = q + 1 < n ? classOf(s.charCodeAt(q + 1)) : SPACE;
  // money (Rp, RM, US$, S$), a domain / dotted abbreviation / decimal (a period with more after it),
  // a number with separators, a URL
  if (c === 82 && q > p + 1 && (s.charCodeAt(p + 1) === 112 || s.charCodeAt(p + 1) === 77)) return -1;
  if (d === 36) return -1;
  if (d === 46 && after & (W | ASTRAL)) return -1;
  if (allDigits && (d === 44 || d === 58 || d === 47) && after & DIGIT) return -1;
  if (d === 58 && c === 104 && s.startsWith('http', p)) return -1;
  // ['’-] followed by [\p{L}\p{M}\d]+, again and again
  let sep = d;
  while (sep === 39 || sep === 0x2019 || sep === 45) {
    if (q + 1 >= n) return q;
    k = classOf(s.charCodeAt(q + 1));
    if (k & ASTRAL) return -1;
    if ((k & W2) === 0) return q;
    if (sep === 45) hyphen = true;
    q += 2;
    seen |= k;
    while (q < n) {
      k = classOf(s.charCodeAt(q));
      if ((k & W2) === 0) break;
      seen |= k;
      q++;
    }
    cased = (seen & CASED) !== 0;
    if (q === n) return n;
    if (k & ASTRAL) return -1;
    sep = s.charCodeAt(q);
  }
  return q;
}

/** End of the token starting at s[p] (not a word character, not a space), or -1 as for wordEnd. */
function markEnd(s: string, p: number, n: number, c: number, k: number, hasAt: boolean): number {
  if (k & ASTRAL) return -1;
  switch (c) {
    case 46: // .  (an ellipsis, an e-mail)
    case 45: // -  (a dash, an e-mail)
      return hasAt || (p + 1 < n && s.charCodeAt(p + 1) === c) ? -1 : p + 1;
    case 43: // +  (an e-mail)
      return hasAt ? -1 : p + 1;
    case 36: // $  (money)
    case 0x20ac: // €
    case 0xa3: // £
    case 0xa5: // ¥
      return -1;
    default:
      return p + 1;
  }
}

/**
 * `t.toLowerCase()`, without a new string when t is already lower-case ASCII (most tokens: a
 * token cut from a text with any character beyond Latin-1 is a two-byte string, which
 * toLowerCase always copies).
 */
export function lowerCase(t: string): string {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90)) return t.toLowerCase();
  }
  return t;
}

/**
 * Tokens of text[from, to), with offsets into text, appended to out (and, when `lower` is given,
 * their texts in lower case to it). `hasAt`: whether an `@` stands in that stretch (else no
 * e-mail needs looking for).
 */
export function tokenizeInto(
  text: string,
  from: number,
  to: number,
  abbr: AbbrevSets,
  hasAt: boolean,
  out: Token[],
  lower: string[] | null = null,
): void {
  /** the stretch as its own string, for the regular expression (made when first needed) */
  let s: string | null = null;
  let p = from;
  while (p < to) {
    const c = text.charCodeAt(p);
    const k = CLASS[c] || classOf(c);
    if (k & SPACE) {
      p++;
      continue;
    }
    let q: number;
    let compound: boolean;
    /** the token is the same in lower case */
    let lowerAlready: boolean;
    if (k & W) {
      q = wordEnd(text, p, to, hasAt);
      compound = hyphen; // checked for a letter below
      lowerAlready = !cased;
    } else {
      q = markEnd(text, p, to, c, k, hasAt);
      compound = false; // one character, or a regular expression's token (looked at below)
      lowerAlready = (k & CASED) === 0;
    }
    let t: string;
    const viaRegex = q < 0;
    if (q < 0) {
      s ??= text.slice(from, to);
      TOKEN_AT.lastIndex = p - from;
      t = TOKEN_AT.exec(s)![0];
      q = p + t.length;
      compound = t.includes('-') && LETTER.test(t) && !DASHES.test(t);
      lowerAlready = false;
    } else {
      t = text.slice(p, q);
      if (compound) compound = LETTER.test(t);
    }
    // A period right after a title or a single capital (an initial) belongs to it; after another
    // known abbreviation only when the text goes on in lower case or with a number (`dll. dan`),
    // so that a common word that doubles as an abbreviation (`siap.`) still ends its sentence.
    if (q < to && text.charCodeAt(q) === 46 && t.length <= abbr.longest + 1 && LETTERS_AND_PERIODS.test(t)) {
      const low = t.toLowerCase().replace(FINAL_PERIOD, '');
      const title = abbr.titles.has(low) || ONE_UPPER.test(t);
      if (title || (abbr.all.has(low) && continuesLower(text, q + 1, to))) {
        q += 1;
        t += '.';
      }
    }
    // A clitic at the end of a word ("Sudan's") is a token of its own, after the word.
    let clitic: Token | null = null;
    if (abbr.clitics.length > 0 && t.length > 2 && (k & W) !== 0 && (!viaRegex || WORD_TOKEN.test(t))) {
      const c = cliticAtEnd(t, abbr.clitics);
      if (c > 0) {
        clitic = new Token(q - c, q, t.slice(t.length - c));
        t = t.slice(0, t.length - c);
        q -= c;
      }
    }
    if (compound) {
      const first = out.length;
      splitCompound(new Token(p, q, t), out, abbr.splits);
      if (lower) for (let i = first; i < out.length; i++) lower.push(lowerCase(out[i]!.text));
    } else {
      out.push(new Token(p, q, t));
      if (lower) lower.push(lowerAlready ? t : lowerCase(t));
    }
    if (clitic) {
      out.push(clitic);
      if (lower) lower.push(lowerCase(clitic.text));
      q = clitic.end;
    }
    p = q;
  }
}

/** The length of the clitic (one of `clitics`, case and apostrophe form aside) that ends word t, or 0. */
function cliticAtEnd(t: string, clitics: readonly string[]): number {
  for (const c of clitics) {
    const n = c.length;
    if (t.length <= n) continue;
    let ok = true;
    for (let i = 0; i < n && ok; i++) {
      const a = t.charCodeAt(t.length - n + i);
      const b = c.charCodeAt(i);
      ok = a === b || (b === 39 && a === 0x2019) || (a | 32) === b;
    }
    if (ok) return n;
  }
  return 0;
}

/** Tokens of text[from, to), with offsets into text. */
export function tokenize(text: string, from: number, to: number, lang: string): Token[] {
  const out: Token[] = [];
  const at = text.indexOf('@', from);
  tokenizeInto(text, from, to, abbreviations(lang === 'en' ? 'en' : 'id'), at !== -1 && at < to, out);
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
