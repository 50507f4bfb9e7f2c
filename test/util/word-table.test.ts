import { describe, expect, it } from 'vitest';
import { FNV_SEED, fnvAt, fnvStep } from '../../src/util/fnv.js';
import { WordTable } from '../../src/util/word-table.js';

describe('WordTable', () => {
  const words = ['lalu', 'Lalu', 'LALU', 'tgl.', 'tgl', 'a', 'Minggu', 'kemarin'];
  const table = new WordTable(words.map((w, i) => [w, i] as const));

  it('finds a word by a span of a text and its hash', () => {
    const text = 'pekan lalu, tgl. 5 Minggu kemarin a';
    for (const w of words) {
      const at = text.indexOf(w);
      if (at < 0) continue;
      expect(table.getAt(text, at, at + w.length, fnvAt(text, at, at + w.length))).toBe(words.indexOf(w));
    }
  });

  it('misses words that were not added, also ones that begin or end like them', () => {
    const text = 'lal lalux minggu Kemarin tg b';
    for (const m of text.matchAll(/\S+/g)) {
      const a = m.index;
      const b = a + m[0].length;
      expect(table.getAt(text, a, b, fnvAt(text, a, b))).toBeUndefined();
    }
  });

  it('hashes step by step as fnvAt does', () => {
    let h = FNV_SEED;
    for (const c of 'Minggu') h = fnvStep(h, c.charCodeAt(0));
    expect(h).toBe(fnvAt('x Minggu', 2, 8));
  });

  it('finds a span read in lower case (ASCII capitals only)', () => {
    const text = 'LALU Kemarin kEMARIN';
    const folded = (a: number, b: number): number => {
      let h = FNV_SEED;
      for (let k = a; k < b; k++) {
        const c = text.charCodeAt(k);
        h = fnvStep(h, c >= 65 && c <= 90 ? c + 32 : c);
      }
      return h;
    };
    expect(table.findFolded(text, 0, 4, folded(0, 4))).toBe(words.indexOf('lalu'));
    expect(table.findFolded(text, 5, 12, folded(5, 12))).toBe(words.indexOf('kemarin'));
    expect(table.findFolded(text, 13, 20, folded(13, 20))).toBe(words.indexOf('kemarin'));
    expect(table.find(text, 5, 12, fnvAt(text, 5, 12))).toBe(-1);
  });

  it('keeps the last value of a word added twice', () => {
    const t = new WordTable([['x', 1], ['x', 2]] as const);
    expect(t.getAt('x', 0, 1, fnvAt('x', 0, 1))).toBe(2);
  });

  it('stays correct when many words share slots', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `w${i}`);
    const t = new WordTable(many.map((w, i) => [w, i] as const));
    for (let i = 0; i < many.length; i += 7) expect(t.getAt(many[i]!, 0, many[i]!.length, fnvAt(many[i]!, 0, many[i]!.length))).toBe(i);
    expect(t.getAt('w3000', 0, 5, fnvAt('w3000', 0, 5))).toBeUndefined();
  });
});
