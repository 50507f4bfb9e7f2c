/**
 * Property tests: for any input the analyzer returns a record that validates, every span lies in
 * the text and is the text's slice. Bounded to a few seconds here; `npm run fuzz` runs 100,000 cases
 * and checks the time bound (no input may take more than a second per 10 KB).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createAnalyzer, type Analyzer } from '../../src/pipeline.js';
import { validateRecord } from '../../src/record/validate.js';
import { doc } from '../helpers/analyze.js';
import { adversarial, article, hugeLine, mutatedArticle, newsLike, onlyPunctuation, onlyQuotes } from './arbitraries.js';

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
  it('any UTF-16 string, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), check), { numRuns: 60, seed: 11 });
  });
  it('news-like text built from the pieces that trip parsers', () => {
    fc.assert(fc.property(newsLike(), check), { numRuns: 200, seed: 2 });
  });
  it('articles of invented names and words', () => {
    fc.assert(fc.property(article, check), { numRuns: 40, seed: 4 });
  });
  it('articles after random edits (cuts, repeats, junk characters, case, punctuation)', () => {
    fc.assert(fc.property(mutatedArticle, check), { numRuns: 60, seed: 5 });
  });
  it('only punctuation, only quotes, lone surrogates', () => {
    fc.assert(fc.property(onlyPunctuation(300), check), { numRuns: 80, seed: 3 });
    fc.assert(fc.property(onlyQuotes(300), check), { numRuns: 80, seed: 6 });
    for (const s of ['\ud800', 'a\udc00b', '"'.repeat(5000), '“'.repeat(3000) + '”', '('.repeat(3000), '\n'.repeat(2000), 'Baca juga: ' + 'x '.repeat(3000)]) check(s);
  });
  it('repetitions built to make regular expressions backtrack', () => {
    fc.assert(fc.property(adversarial(400), check), { numRuns: 40, seed: 7 });
  });
  it('huge lines: no sentence end, no line break', () => {
    fc.assert(fc.property(hugeLine(10_000, 30_000), check), { numRuns: 3, seed: 8 });
    const r = analyzer.analyze(doc('Kata '.repeat(40000)));
    expect(validateRecord(r).ok).toBe(true);
  });
});

describe('the maximum document size', () => {
  it('a longer text is cut at a paragraph break, with a warning, not refused', async () => {
    const small = await createAnalyzer({ maxChars: 2000 });
    const para = 'Presiden Rama Sutan bertemu Menteri Wira Darma di Jakarta pada Senin (4/3).\n';
    const r = small.analyze(doc(para.repeat(100)));
    expect(validateRecord(r).ok).toBe(true);
    expect(r.text.length).toBeLessThanOrEqual(2000);
    expect(r.text.endsWith('(4/3).')).toBe(true);
    expect(r.warnings.join(' ')).toMatch(/text of 7\d{3} characters cut to the first 2000 \(the maximum document size\)/);
  });
  it('a text with no break at all is cut at the limit, never inside a surrogate pair', async () => {
    const small = await createAnalyzer({ maxChars: 1001 });
    const r = small.analyze(doc('😀'.repeat(2000)));
    expect(validateRecord(r).ok).toBe(true);
    expect(r.text).toBe('😀'.repeat(500));
  });
});
