/**
 * Language identification: CLD3 (WASM, via cld3-asm) for the language family, then a
 * marker-word count to tell Indonesian from Malaysian Malay, which CLD3 confuses.
 */
import { loadModule } from 'cld3-asm';
import { langLines } from '../lang/data.js';

type Identifier = { findLanguage(text: string): { language: string; probability: number; is_reliable: boolean } };

let identifier: Identifier | null = null;

/** Loads the CLD3 model once per process (about 10 ms). */
export async function loadLanguageIdentifier(): Promise<void> {
  if (identifier) return;
  const factory = await loadModule();
  identifier = factory.create(0, 2000) as unknown as Identifier;
}

interface MarkerSet {
  single: Set<string>;
  multi: string[];
}
let markers: { id: MarkerSet; ms: MarkerSet } | null = null;

function markerSet(lang: string): MarkerSet {
  const words = langLines(lang, 'markers.txt');
  return {
    single: new Set(words.filter((w) => !w.includes(' ')).map((w) => w.toLowerCase())),
    multi: words.filter((w) => w.includes(' ')).map((w) => w.toLowerCase()),
  };
}

function countMarkers(lower: string, words: string[], set: MarkerSet): number {
  let n = 0;
  for (const w of words) if (set.single.has(w)) n++;
  for (const m of set.multi) {
    for (let i = lower.indexOf(m); i !== -1; i = lower.indexOf(m, i + m.length)) n++;
  }
  return n;
}

/** Indonesian or Malay, by marker words (ties go to Indonesian, the language Warta is built for). */
export function indonesianOrMalay(text: string): 'id' | 'ms' {
  markers ??= { id: markerSet('id'), ms: markerSet('ms') };
  const lower = text.slice(0, 20000).toLowerCase();
  const words = lower.match(/[\p{L}]+/gu) ?? [];
  const id = countMarkers(lower, words, markers.id);
  const ms = countMarkers(lower, words, markers.ms);
  return ms >= 2 && ms > id * 1.5 ? 'ms' : 'id';
}

/** How many of the text's first words the quick decision reads, and how many it needs. */
const QUICK_WORDS = 150;
const QUICK_MIN_WORDS = 40;
let functionWords: { id: Set<string>; en: Set<string> } | null = null;

/**
 * Most articles say their language in their first words. When a quarter of the first 150 are
 * Indonesian (or Malay) function words (lang/id/stopwords.txt) and almost none English ones
 * (lang/en/stopwords.txt), or 30 % are English and almost none Indonesian, the answer is clear
 * without CLD3, which costs about a millisecond an article. Null when the words do not decide.
 */
function quickFamily(text: string): 'id' | 'en' | null {
  functionWords ??= { id: new Set(langLines('id', 'stopwords.txt')), en: new Set(langLines('en', 'stopwords.txt')) };
  const words = /\p{L}+/gu;
  const head = text.length > 2000 ? text.slice(0, 2000) : text;
  let n = 0;
  let id = 0;
  let en = 0;
  for (let m = words.exec(head); m !== null && n < QUICK_WORDS; m = words.exec(head)) {
    const w = m[0].toLowerCase();
    n++;
    if (functionWords.id.has(w)) id++;
    else if (functionWords.en.has(w)) en++;
  }
  if (n < QUICK_MIN_WORDS) return null;
  if (id >= 0.25 * n && en <= 0.05 * n) return 'id';
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
    const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
    markers ??= { id: markerSet('id'), ms: markerSet('ms') };
    if (countMarkers(sample.toLowerCase(), words, markers.id) >= 2) return 'id';
    return r.language === 'und' ? 'und' : r.language;
  }
  return r.language;
}
