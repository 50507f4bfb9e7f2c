/** The bundled example article (the project's reference case) through the quotes stage and the pipeline. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { direct, quotesOf, reported } from './helpers.js';
import { analyzeText } from '../helpers/analyze.js';
import { validateRecord } from '../../src/record/validate.js';

const text = readFileSync(new URL('../../examples/antara-2024-kim-putin.txt', import.meta.url), 'utf8');

describe('the example article', () => {
  it('has both direct quotes by Kim and the reported ones (menurutnya, KCNA menyebutkan) with their speakers', () => {
    const r = quotesOf(text, [
      { name: 'Kim Jong Un', type: 'PER', aliases: ['Kim'] },
      { name: 'Vladimir Putin', type: 'PER', aliases: ['Putin'] },
      { name: 'Kantor Berita Pusat Korea', type: 'ORG', aliases: ['KCNA'] },
      { name: 'Korea Utara', type: 'LOC', aliases: ['Korut'] },
      { name: 'Rusia', type: 'LOC' },
    ]);
    expect(direct(r).map((q) => [q.text.slice(0, 32), r.speaker(q), q.cue?.text])).toEqual([
      ['Saya sangat yakin bahwa, di bawa', 'Kim Jong Un', 'kata'],
      ['Saya akan dengan tegas bergabung', 'Kim Jong Un', 'kata'],
    ]);
    expect(reported(r).map((q) => [q.text.slice(0, 24), r.speaker(q), q.cue?.text])).toEqual([
      ['pertemuannya dengan Puti', 'Kim Jong Un', 'mengatakan'],
      ['telah berkembang menjadi', 'Kim Jong Un', 'menurutnya'],
      ['hadiah tersebut sebagai ', 'Kantor Berita Pusat Korea', 'menyebutkan'],
    ]);
  });

  it('comes out of the whole pipeline with its direct quotes and a valid record', async () => {
    const rec = await analyzeText(text);
    expect(validateRecord(rec).ok).toBe(true);
    const d = rec.quotes.filter((q) => q.direct);
    expect(d.map((q) => q.text.slice(0, 24))).toEqual(['Saya sangat yakin bahwa,', 'Saya akan dengan tegas b']);
    const ids = new Set(rec.entities.map((e) => e.id));
    for (const q of rec.quotes) {
      expect(rec.text.slice(q.start, q.end)).toBe(q.text);
      if (q.speaker !== null) expect(ids.has(q.speaker)).toBe(true);
    }
  });
});
