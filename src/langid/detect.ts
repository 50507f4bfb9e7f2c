/**
 * Language identification: CLD3 (WASM, via cld3-asm) for the language family, then a
 * marker-word count to tell Indonesian from Malaysian Malay, which CLD3 confuses.
 */
import type * as Cld3 from 'cld3-asm';
import { lazyRequire } from '../util/lazy-require.js';
import { langLines } from '../lang/data.js';
import { LetterRuns, SpanWords } from './words.js';

const cld3 = lazyRequire<typeof Cld3>('cld3-asm');

type Identifier = { findLanguage(text: string): { language: string; probability: number; is_reliable: boolean } };

let identifier: Identifier | null = null;

/** Loads the CLD3 model once per process (about 10 ms). */
export async function loadLanguageIdentifier(): Promise<void> {
  if (identifier) return;
  const factory = await cld3().loadModule();
  identifier = factory.create(0, 2000) as unknown as Identifier;
}

/** Marker-table values: bit 1 an Indonesian marker word, bit 2 a Malay one, bit 4 the first word of a multi-word marker. */
const ID = 1;
const MS = 2;
const BEGINS = 4;
/** A marker of several words: the lower-case rest after its first word (" sakit"), and its language's bit. */
interface Multi {
  first: string;
  rest: string;
  bit: number;
}
interface Markers {
  words: SpanWords<number>;
  multi: Multi[];
}
let markers: Markers | null = null;

function loadMarkers(): Markers {
  const words = new Map<string, number>();
  const multi: Multi[] = [];
  (['id', 'ms'] as const).forEach((lang, k) => {
    for (const w of langLines(lang, 'markers.txt')) {
      const lower = w.toLowerCase();
      const space = lower.indexOf(' ');
      const first = space < 0 ? lower : lower.slice(0, space);
      if (space >= 0) multi.push({ first, rest: lower.slice(space), bit: 1 << k });
      words.set(first, (words.get(first) ?? 0) | (space < 0 ? 1 << k : BEGINS));
    }
  });
  return { words: new SpanWords(words), multi };
}

/** Does text[at ..] read `lower` (lower case) with its ASCII capitals read as small letters? */
function continuesWith(text: string, at: number, lower: string): boolean {
  if (at + lower.length > text.length) return false;
  for (let k = 0; k < lower.length; k++) {
    const c = text.charCodeAt(at + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== lower.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * Marker words among the words of text[0, end), and multi-word markers starting at one of its words,
 * read in place (case-folded, no lower-case copy of the text).
 */
function countMarkers(text: string, end: number, m: Markers): { id: number; ms: number } {
  const head = end < text.length ? text.slice(0, end) : text;
  let id = 0;
  let ms = 0;
  for (const run = new LetterRuns(head); run.next(); ) {
    const v = run.ascii ? m.words.atLowerAscii(head, run.start, run.end) : m.words.get(head.slice(run.start, run.end).toLowerCase());
    if (v === undefined) continue;
    if (v & ID) id++;
    if (v & MS) ms++;
    if (v & BEGINS) {
      for (const x of m.multi) {
        if (run.end - run.start !== x.first.length || !continuesWith(head, run.end, x.rest)) continue;
        if (!continuesWith(head, run.start, x.first)) continue;
        if (x.bit === ID) id++;
        else ms++;
      }
    }
  }
  return { id, ms };
}

/** Characters of an article that the Indonesian-or-Malay decision reads. */
const MARKER_CHARS = 20000;

/** Indonesian or Malay, by marker words (ties go to Indonesian, the language Warta is built for). */
export function indonesianOrMalay(text: string): 'id' | 'ms' {
  markers ??= loadMarkers();
  const { id, ms } = countMarkers(text, MARKER_CHARS, markers);
  return ms >= 2 && ms > id * 1.5 ? 'ms' : 'id';
}

/** How many of the text's first words the quick decision reads, and how many it needs. */
const QUICK_WORDS = 150;
const QUICK_MIN_WORDS = 40;
/** function words: 1 Indonesian (lang/id/stopwords.txt), 2 English (lang/en/stopwords.txt); Indonesian first */
let functionWords: SpanWords<1 | 2> | null = null;

function loadFunctionWords(): SpanWords<1 | 2> {
  const t = new Map<string, 1 | 2>();
  for (const w of langLines('en', 'stopwords.txt')) t.set(w, 2);
  for (const w of langLines('id', 'stopwords.txt')) t.set(w, 1);
  return new SpanWords(t);
}

const isAsciiCapital = (c: number): boolean => c >= 65 && c <= 90;

/**
 * Most articles say their language in their first words. When a fifth of the first 150 are
 * Indonesian (or Malay) function words (lang/id/stopwords.txt) and English ones (lang/en/stopwords.txt)
 * are at most a quarter as many (news quotes English terms and names), or 30 % are English and almost
 * none Indonesian, the answer is clear without CLD3, which costs about a millisecond an article. Words
 * written in capitals count as words but never as function words. Null when the words do not decide.
 */
function quickFamily(text: string): 'id' | 'en' | null {
  functionWords ??= loadFunctionWords();
  const head = text.length > 2000 ? text.slice(0, 2000) : text;
  let n = 0;
  let id = 0;
  let en = 0;
  for (const run = new LetterRuns(head); n < QUICK_WORDS && run.next(); ) {
    n++;
    // A word in capitals ("AS" for Amerika Serikat, a "SCROLL TO CONTINUE WITH CONTENT" banner) is an
    // acronym or a label, not a function word of the running text.
    if (run.end - run.start >= 2 && isAsciiCapital(head.charCodeAt(run.start + 1))) continue;
    const v = run.ascii
      ? functionWords.atLowerAscii(head, run.start, run.end)
      : functionWords.get(head.slice(run.start, run.end).toLowerCase());
    if (v === 1) id++;
    else if (v === 2) en++;
  }
  if (n < QUICK_MIN_WORDS) return null;
  if (id >= 0.2 * n && 4 * en <= id) return 'id';
  if (en >= 0.3 * n && id <= 0.05 * n) return 'en';
  return null;
}

/** True when the text has at least `k` letters. */
function hasLetters(text: string, k: number): boolean {
  const letter = /\p{L}/gu;
  for (let i = 0; i < k; i++) if (!letter.test(text)) return false;
  return true;
}

/**
 * ISO 639-1 code of the text's language: "id", "en", "ms", another CLD3 code, or "und"
 * when there is too little text to tell. Call loadLanguageIdentifier() first.
 */
export function detectLanguage(text: string): string {
  if (!identifier) throw new Error('language identifier not loaded');
  const sample = text.slice(0, 4000);
  if (!hasLetters(sample, 8)) return 'und';
  const quick = quickFamily(sample);
  if (quick === 'id') return indonesianOrMalay(text);
  if (quick === 'en') return 'en';
  const r = identifier.findLanguage(sample);
  if (r.language === 'id' || r.language === 'ms') return indonesianOrMalay(text);
  if (r.language === 'und' || (!r.is_reliable && r.probability < 0.5)) {
    // Short or mixed text: Indonesian markers still say something.
    markers ??= loadMarkers();
    if (countMarkers(sample, sample.length, markers).id >= 2) return 'id';
    return r.language === 'und' ? 'und' : r.language;
  }
  return r.language;
}
