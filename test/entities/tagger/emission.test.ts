import { describe, expect, it } from 'vitest';
import { EmissionScorer, NEAR } from '../../../src/entities/tagger/emission.js';
import { FeatureBuffer, TEMPLATES, WordHashes } from '../../../src/entities/tagger/features.js';
import { NUM_LABELS, O } from '../../../src/entities/tagger/labels.js';
import { NerModel } from '../../../src/entities/tagger/model.js';
import { ModelTagger } from '../../../src/entities/tagger/tagger.js';
import { buildResources } from '../../../src/entities/tagger/resources.js';
import { train } from '../../../src/entities/tagger/train.js';
import { toyCorpora, trainToy } from './toy.js';

/** Sentences the toy corpora never saw, and odd ones: one token, digits, symbols, non-ASCII, long words. */
const ODD: string[][] = [
  ['Kemarin', 'Wulandani', 'Prakoso', 'tiba', 'di', 'Rantau', 'Hijau', '.'],
  ['Partai', 'Damai', 'Sentosa', 'dan', 'Partai', 'Damai', 'Sentosa', 'lagi', '.'],
  ['X'],
  ['.'],
  ['2024', '12,5', '%', 'USD', 'Rp', '1.000', '(', 'MK', ')', '—', '"', 'ok', '"'],
  ['ÉCOLE', 'Ñandú', 'İstanbul', 'straße', 'ǅemal', '中文', '😀', 'naïve'],
  ['Pemberantasanketidakadilanmenyeluruhsekali', 'a', 'BBBBBBBBBBBBBBBBBBBB', 'x-Y_z'],
  ['Menteri', 'Bagus', 'Prakoso', 'berkunjung', 'ke', 'Lembah', 'Hijau', ',', 'Senin', '.'],
  // Long stretches with no capital, between and after names; and a sentence with none at all.
  ['Bagus', 'mengatakan', 'bahwa', 'harga', 'beras', 'di', 'pasar', 'terus', 'naik', 'sejak', 'bulan', 'lalu', 'di', 'Rantau', 'dan', 'belum', 'juga', 'turun', 'sampai', 'hari', 'ini', '.'],
  ['wulandani', 'tiba', 'di', 'rantau', 'hijau', 'kemarin', 'sore', 'bersama', 'menteri', '.'],
];

/** Whether a word has a capital letter (capitalization classes 1–5). */
const capitalized = (w: string): boolean => {
  const c = new WordHashes().of(w).capc;
  return c >= 1 && c <= 5;
};

/**
 * Which tokens the scorer skips: no capitalized word within NEAR tokens, in a sentence that has one; a
 * first word among `plain` (lower case) does not count as capitalized.
 */
function farTokens(words: readonly string[], plain: ReadonlySet<string> = new Set()): boolean[] {
  if (!words.some(capitalized)) return words.map(() => false);
  const hot = words.map((w, i) => capitalized(w) && !(i === 0 && plain.has(w.toLowerCase())));
  return words.map((_, i) => !hot.slice(Math.max(0, i - NEAR), i + NEAR + 1).some(Boolean));
}

function reference(model: NerModel, slice: number, words: readonly string[]): Float64Array {
  const buf = new FeatureBuffer();
  const emit = new Float64Array(words.length * NUM_LABELS);
  model.extractor.extract(words, buf);
  model.table(slice).score(buf, emit);
  return emit;
}

/** The reference's scores with the skipped tokens made O (0 for O, −∞ for the other labels). */
function expected(model: NerModel, slice: number, words: readonly string[], plain?: ReadonlySet<string>): Float64Array {
  const emit = reference(model, slice, words);
  farTokens(words, plain).forEach((far, i) => {
    if (far) for (let y = 0; y < NUM_LABELS; y++) emit[i * NUM_LABELS + y] = y === O ? 0 : -Infinity;
  });
  return emit;
}

function fast(scorer: EmissionScorer, words: readonly string[]): Float64Array {
  const emit = new Float64Array(words.length * NUM_LABELS);
  scorer.score(words, emit);
  return emit;
}

function sentences(): string[][] {
  const out = [...toyCorpora().flatMap((c) => c.sentences.map((s) => s.words)), ...ODD];
  // Also every sentence glued to the next, so words meet new neighbours.
  for (let i = 0; i + 1 < out.length; i += 3) out.push([...out[i], ...out[i + 1]]);
  return out;
}

describe('emission scores with cached words', () => {
  const loaded = NerModel.fromBuffer(trainToy().toBuffer());

  it('equal the reference features and weights bit for bit (a loaded model), for every domain', () => {
    for (const domain of [null, 'idner', 'nerui', 'nergrit']) {
      const slice = loaded.domainId(domain);
      const scorer = new EmissionScorer(loaded, loaded.table(slice));
      // Twice: words met for the first time, then from the cache.
      for (let pass = 0; pass < 2; pass++) for (const s of sentences()) expect(fast(scorer, s)).toEqual(expected(loaded, slice, s));
    }
  });

  it('stay the same when the word cache is tiny (words forgotten and met again, sentences longer than the cache)', () => {
    const slice = loaded.domainId('nergrit');
    const scorer = new EmissionScorer(loaded, loaded.table(slice), 16);
    const all = sentences();
    const long = all.slice(0, 6).flat();
    for (let pass = 0; pass < 3; pass++) {
      for (const s of all) expect(fast(scorer, s)).toEqual(expected(loaded, slice, s));
      expect(fast(scorer, long)).toEqual(expected(loaded, slice, long));
    }
  });

  it('match the reference within rounding for a model fresh from training (unquantized weights)', () => {
    const model = trainToy();
    const scorer = new EmissionScorer(model, model.table(1));
    for (const s of sentences()) {
      const a = fast(scorer, s);
      const b = expected(model, 1, s);
      for (let k = 0; k < a.length; k++) if (b[k] !== -Infinity) expect(a[k]).toBeCloseTo(b[k], 9);
        else expect(a[k]).toBe(-Infinity);
    }
  });

  it('cover every feature template, word clusters included', () => {
    const corpora = toyCorpora();
    const words = corpora.flatMap((c) => c.sentences.map((s) => s.words));
    const res = buildResources(words, {
      clusters: true,
      clustering: { minCount: 2, contexts: 50, depth: 6, minSize: 2, iterations: 3, seed: 1 },
      prefixes: [2, 4],
      capitalization: true,
      tokenLists: true,
      gazetteer: [
        { name: 'Kota Rantau', type: 'LOC' },
        { name: 'Lestari Wulandani', type: 'PER' },
      ],
      memory: { corpora, folds: 2 },
    });
    const templates = TEMPLATES.filter((t) => t !== 'domain');
    const { model } = train(corpora, { templates: [...templates], epochs: 2, seed: 2, resources: res.final, sentenceResources: res.forSentence });
    const m = NerModel.fromBuffer(model.toBuffer());
    const scorer = new EmissionScorer(m, m.table(0), 16);
    for (let pass = 0; pass < 2; pass++) for (const s of sentences()) expect(fast(scorer, s)).toEqual(expected(m, 0, s));
  });

  it('skip the tokens far from every capital, and only those; every token when asked', () => {
    const slice = loaded.domainId(null);
    const all = sentences();
    expect(all.some((s) => farTokens(s).some(Boolean))).toBe(true);
    const every = new EmissionScorer(loaded, loaded.table(slice), undefined, true);
    for (const s of all) expect(fast(every, s)).toEqual(reference(loaded, slice, s));
    // A sentence of lower-case words only is scored in full.
    const lower = ODD[ODD.length - 1]!;
    expect(farTokens(lower).some(Boolean)).toBe(false);
    expect(fast(new EmissionScorer(loaded, loaded.table(slice)), lower)).toEqual(reference(loaded, slice, lower));
  });

  it("don't count a function word's capital at the start of a sentence", () => {
    const slice = loaded.domainId(null);
    const plain = new Set(['menurut', 'dia', 'the']);
    const scorer = new EmissionScorer(loaded, loaded.table(slice), undefined, false, plain);
    const onlyFirst = ['Menurut', 'dia', ',', 'harga', 'beras', 'terus', 'naik', 'sejak', 'bulan', 'lalu', '.'];
    const cases = [
      onlyFirst,
      // a name two words on: the first word is within its window, so it is scored
      ['Menurut', 'dia', 'Bagus', 'sudah', 'pergi', 'ke', 'pasar', 'sejak', 'bulan', 'lalu', '.'],
      // a name five words on: the first word is not
      ['Menurut', 'dia', ',', 'harga', 'beras', 'di', 'Rantau', 'naik', '.'],
      // mid-sentence the word counts like any capital
      ['harga', 'beras', 'naik', 'kata', 'Menurut', 'dan', 'lain', 'lain', 'lagi', 'sampai', 'hari', 'ini', '.'],
      // lower-case text is still scored in full
      ['menurut', 'dia', 'harga', 'beras', 'naik', '.'],
      ['The', 'price', 'of', 'rice', 'rose', 'again', 'this', 'week', 'in', 'Jakarta', '.'],
      ['Kemarin', 'harga', 'beras', 'naik', 'lagi', 'di', 'pasar', 'itu', '.'],
    ];
    // A cache of 16 words scores sentences of more than 8 the reference way: the same rule applies.
    const tiny = new EmissionScorer(loaded, loaded.table(slice), 16, false, plain);
    for (let pass = 0; pass < 2; pass++)
      for (const s of cases) {
        expect(fast(scorer, s)).toEqual(expected(loaded, slice, s, plain));
        expect(fast(tiny, s)).toEqual(expected(loaded, slice, s, plain));
      }
    // Only the function word opens the sentence: nothing is near a name, every token is O.
    expect(farTokens(onlyFirst, plain).every(Boolean)).toBe(true);
    // Without the list its capital counts (the first NEAR + 1 tokens are scored).
    expect(farTokens(onlyFirst).slice(0, NEAR + 1).some(Boolean)).toBe(false);
    const plainless = new EmissionScorer(loaded, loaded.table(slice));
    expect(fast(plainless, onlyFirst)).toEqual(expected(loaded, slice, onlyFirst));
    expect(fast(plainless, onlyFirst)).not.toEqual(fast(scorer, onlyFirst));
  });

  it('give the tagger the same tags whatever the cache holds', () => {
    const a = new ModelTagger(loaded, null);
    const first = sentences().map((s) => a.tag(s));
    const again = sentences().map((s) => a.tag(s));
    expect(again).toEqual(first);
  });
});
