import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { timesIn } from '../../src/times/index.js';
import { inferPublished } from '../../src/article/published.js';

const check = (text: string, lang: 'id' | 'en' = 'id', published: string | null = '2025-10-22'): void => {
  for (const r of timesIn(text, 0, text.length, lang, published)) {
    expect(r.start).toBeGreaterThanOrEqual(0);
    expect(r.end).toBeLessThanOrEqual(text.length);
    expect(r.start).toBeLessThan(r.end);
    expect(['DATE', 'TIME', 'DURATION', 'SET']).toContain(r.type);
    expect(r.value === null || typeof r.value === 'string').toBe(true);
  }
};

describe('bad and odd input', () => {
  it('empty and blank text: nothing', () => {
    expect(timesIn('', 0, 0, 'id', null)).toEqual([]);
    expect(timesIn(' \n\t ', 0, 4, 'en', '2025-01-01')).toEqual([]);
    expect(inferPublished('', 2024)).toBe('2024');
  });

  it('only digits and punctuation: no crash, nothing odd', () => {
    for (const s of ['1234567890', '2024', '99/99/9999', '31/2/2024', '(17/3)', '00.00 WIB', '25.99 WIB', '2024-13-45', '0000 0000 0000', '----', '((()))', '1/1/1/1/1']) check(s);
    expect(timesIn('31/2/2024', 0, 9, 'id', '2025-01-01').filter((t) => t.value !== null)).toEqual([]);
  });

  it('a reference date that is not one is no reference', () => {
    const t = timesIn('Harga naik kemarin.', 0, 19, 'id', 'bukan tanggal');
    expect(t).toHaveLength(1);
    expect(t[0]!.value).toBeNull();
  });

  it('huge input (a megabyte of repeated news) finishes with exact spans', () => {
    const unit = 'Pada Senin (20/10), pukul 10.00 WIB, rapat digelar. Dua pekan lalu harga naik 2025 persen. ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const out = timesIn(text, 0, text.length, 'id', '2025-10-22');
    expect(out.length).toBeGreaterThan(20_000);
    for (const r of out.slice(0, 50)) expect(['Senin (20/10)', 'pukul 10.00 WIB', 'Dua pekan lalu']).toContain(text.slice(r.start, r.end));
  });

  it('long runs without spaces, control characters and lone surrogates', () => {
    check('9'.repeat(100_000));
    check('Senin'.repeat(10_000));
    check('\u0000\u0001Senin (1/1)\ud800 kemarin\udfff');
  });

  it('any string: spans inside the text, types from the schema (property)', () => {
    const words = fc.constantFrom('Senin', 'Minggu', '(17/3)', 'pekan', 'lalu', 'tahun', '2024', 'pukul', '10.00', 'WIB', 'kemarin', 'dua', 'hari', 'akan', 'Maret', 'last', 'week', 'ago', ',', '.', '\n', ' ');
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string()), { maxLength: 40 }), fc.constantFrom<'id' | 'en'>('id', 'en'), (parts, lang) => {
        check(parts.join(' '), lang);
      }),
      { numRuns: 300 },
    );
  });
});
