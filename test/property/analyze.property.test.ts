/**
 * Property tests: for any string the analyzer returns a record that validates, every span lies in
 * the text and is the text's slice. Bounded to a few seconds here; `npm run fuzz` runs many more.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createAnalyzer, type Analyzer } from '../../src/pipeline.js';
import { validateRecord } from '../../src/record/validate.js';
import { doc } from '../helpers/analyze.js';
import { newsLike } from './arbitraries.js';

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = await createAnalyzer();
});

const check = (text: string): void => {
  const r = analyzer.analyze(doc(text));
  const v = validateRecord(r);
  if (!v.ok) throw new Error(`${v.errors.slice(0, 3).join('; ')} for ${JSON.stringify(text.slice(0, 200))}`);
};

describe('analyze on arbitrary input', () => {
  it('any Unicode string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), check), { numRuns: 150, seed: 1 });
  });
  it('news-like text built from the pieces that trip parsers', () => {
    fc.assert(fc.property(newsLike(), check), { numRuns: 200, seed: 2 });
  });
  it('only punctuation, only quotes, lone surrogates', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('"', '“', '”', "'", '‘', '’', '.', '(', ')', '\n', ' ', '-', '/', ':'), maxLength: 300 }), check), {
      numRuns: 150,
      seed: 3,
    });
    for (const s of ['\ud800', 'a\udc00b', '"'.repeat(5000), '('.repeat(3000), '\n'.repeat(2000), 'Baca juga: ' + 'x '.repeat(3000)]) check(s);
  });
  it('a long line is handled', () => {
    const r = analyzer.analyze(doc('Kata '.repeat(40000)));
    expect(validateRecord(r).ok).toBe(true);
  });
});
