/**
 * Language identification: CLD3 (WASM, via cld3-asm) for the language family, then a
 * marker-word count to tell Indonesian from Malaysian Malay, which CLD3 confuses.
 */
import { loadModule } from 'cld3-asm';
import { langLines } from '../lang/data.js';
import { LetterRuns, SpanWords } from './words.js';

type Identifier = { findLanguage(text: string): { language: string; probability: number; is_reliable: boolean } };

let identifier: Identifier | null = null;

/** Loads the CLD3 model once per process (about 10 ms). */
export async function loadLanguageIdentifier(): Promise<void> {
  if (identifier) return;
  const factory = await loadModule();
  identifier = factory.create(0, 2000) as unknown as Identifier;
}

/** Marker words of Indonesian (bit 1) and Malaysian Malay (bit 2), and the multi-word markers of each. */
interface Markers {
  single: SpanWords<number>;
  multi: { id: string[]; ms: string[] };
}
let markers: Markers | null = null;

function loadMarkers(): Markers {
  const single = new Map<string, number>();
  const multi = { id: [] as string[], ms: [] as string[] };
  (['id', 'ms'] as const).forEach((lang, k) => {
    for (const w of langLines(lang, 'markers.txt')) {
      const lower = w.toLowerCase();
      if (w.includes(' ')) multi[lang].push(lower);
      else single.set(lower, (single.get(lower) ?? 0) | (1 << k));
    }
  });
  return { single: new SpanWords(single), multi };
}

function countMulti(lower: string, list: string[]): number {
  let n = 0;
  for (const m of list) {
    for (let i = lower.indexOf(m); i !== -1; i = lower.indexOf(m, i + m.length)) n++;
  }
  return n;
}

/** Marker words among the words of a lower-case text, and multi-word markers in it. */
function countMarkers(lower: string, m: Markers): { id: number; ms: number } {
  let id = 0;
  let ms = 0;
  for (const run = new LetterRuns(lower); run.next(); ) {
    const v = m.single.at(lower, run.start, run.end);
    if (v === undefined) continue;
    if (v & 1) id++;
    if (v & 2) ms++;
  }
  return { id: id + countMulti(lower, m.multi.id), ms: ms + countMulti(lower, m.multi.ms) };
}

/** Indonesian or Malay, by marker words (ties go to Indonesian, the language Warta is built for). */
export function indonesianOrMalay(text: string): 'id' | 'ms' {
  markers ??= loadMarkers();
  const { id, ms } = countMarkers(text.slice(0, 20000).toLowerCase(), markers);
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

/**
 * Most articles say their language in their first words. When a fifth of the first 150 are
 * Indonesian (or Malay) function words (lang/id/stopwords.txt) and English ones (lang/en/stopwords.txt)
 * are at most a quarter as many (news quotes English terms and names), or 30 % are English and almost
 * none Indonesian, the answer is clear without CLD3, which costs about a millisecond an article.
 * Null when the words do not decide.
 */
function quickFamily(text: string): 'id' | 'en' | null {
  functionWords ??= loadFunctionWords();
  const head = text.length > 2000 ? text.slice(0, 2000) : text;
  let n = 0;
  let id = 0;
  let en = 0;
  for (const run = new LetterRuns(head); n < QUICK_WORDS && run.next(); ) {
    n++;
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
    if (countMarkers(sample.toLowerCase(), markers).id >= 2) return 'id';
    return r.language === 'und' ? 'und' : r.language;
  }
  return r.language;
}
