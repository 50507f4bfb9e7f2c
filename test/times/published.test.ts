import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decidePublished, inferPublished, normalizePublished } from '../../src/article/published.js';
import { analyzeText } from '../helpers/analyze.js';

describe('inferring the publication date from the body', () => {
  it('a dated weekday fixes the year with the copyright; a bare weekday that would fall before it moves the day on', () => {
    // 17 March 2024 was a Sunday; "Senin" must then be the 18th, not the 11th
    const body = 'Pemungutan suara berakhir pada Minggu (17/3). Pada Senin, komisi mengumumkan hasilnya. Pekan lalu kampanye ditutup.';
    expect(inferPublished(body, 2024)).toBe('2024-03-18');
  });

  it('a bare weekday that names an earlier day does not push the date past the dated one', () => {
    const body = 'Sidang digelar Kamis (14/3). Saksi sudah diperiksa sejak Selasa.';
    expect(inferPublished(body, 2024)).toBe('2024-03-14');
  });

  it('a dated weekday with its year needs no copyright line; a plain date does (it is only a lower bound)', () => {
    expect(inferPublished('Gubernur meresmikan pasar itu, Jumat (15/3/2024).', null)).toBe('2024-03-15');
    expect(inferPublished('Perjanjian diteken pada 2 Mei 2023 di Jakarta.', null)).toBeNull();
    expect(inferPublished('Perjanjian diteken pada 2 Mei 2023 di Jakarta.', 2023)).toBe('2023-05-02');
    expect(inferPublished('Kemerdekaan diproklamasikan 17 Agustus 1945.', 2023)).toBe('2023');
  });

  it('a weekday that disagrees with its stated year: put right toward the copyright year, else no evidence', () => {
    // 7 October 2024 was a Monday; 7 October 2025 a Tuesday
    expect(inferPublished('Menteri meninjau pasar, Selasa (7/10/2024).', 2025)).toBe('2025-10-07');
    expect(inferPublished('Menteri meninjau pasar, Selasa (7/10/2024).', null)).toBeNull();
  });

  it('a place phrase with a tense word is no tense cue: "di depan" is in front of, not ahead in time', () => {
    expect(inferPublished('Buruh berunjuk rasa di depan Gedung DPR, Jakarta, Selasa (25/11/2025).', null)).toBe('2025-11-25');
    // "akan" still makes the date a plan, not evidence of the publication day
    expect(inferPublished('Buruh akan berunjuk rasa di Jakarta, Selasa (25/11/2025).', null)).toBeNull();
  });

  it('a bare weekday that repeats a dated one does not move the date', () => {
    const body = 'Sidang dibuka Selasa (14/10/2025). Saksi diperiksa Kamis (16/10/2025). Pada Selasa malam, jaksa menyita dokumen.';
    expect(inferPublished(body, null)).toBe('2025-10-16');
  });

  it('a weekday that agrees with no nearby year anchors nothing: the copyright year alone', () => {
    // 17 March is no Monday in 2024 or 2023
    expect(inferPublished('Rapat digelar Senin (17/3).', 2024)).toBe('2024');
  });

  it('dates the clause puts in the future do not count', () => {
    expect(inferPublished('Kongres akan digelar Sabtu (23/3). Panitia rapat Kamis (14/3).', 2024)).toBe('2024-03-14');
  });

  it('nothing to go on: null; only a copyright year: that year', () => {
    expect(inferPublished('Harga beras naik di banyak pasar.', null)).toBeNull();
    expect(inferPublished('Harga beras naik di banyak pasar.', 2023)).toBe('2023');
    expect(inferPublished('', null)).toBeNull();
  });

  it('reads English bodies with English words', () => {
    expect(inferPublished('The vote ended on Sunday, March 17. On Monday the commission announced the result.', 2024, 'en')).toBe('2024-03-18');
  });

  it('a given or written date wins over inference', () => {
    expect(decidePublished('2025-10-21', null, 'Senin (20/10)', 2025)).toEqual({ published: '2025-10-21', publishedSource: 'input' });
    expect(decidePublished(null, '2025-10-20', 'Senin (20/10)', 2025)).toEqual({ published: '2025-10-20', publishedSource: 'text' });
    expect(decidePublished(null, null, 'Rapat digelar Senin (20/10).', 2025)).toEqual({ published: '2025-10-20', publishedSource: 'inferred' });
    expect(decidePublished(null, null, 'Tanpa tanggal.', null)).toEqual({ published: null, publishedSource: null });
  });

  it('normalizes given dates and refuses what is not one', () => {
    expect(normalizePublished('2024-03-18')).toBe('2024-03-18');
    expect(normalizePublished('2025-10-21 20:43')).toBe('2025-10-21T20:43');
    expect(() => normalizePublished('2024-02-30')).toThrow(/not an ISO 8601 date/);
    expect(() => normalizePublished('kemarin')).toThrow(/not an ISO 8601 date/);
  });
});

describe('the bundled example through the pipeline', () => {
  it('infers its date and dates its four expressions against it', async () => {
    const text = readFileSync(new URL('../../examples/antara-2024-kim-putin.txt', import.meta.url), 'utf8');
    const r = await analyzeText(text);
    expect(r.meta.publishedSource).toBe('inferred');
    const value = (expr: string): string | null | undefined => r.times.find((t) => t.text === expr)?.value;
    expect(value('Minggu (17/3)')).toBe('2024-03-17');
    expect(value('Senin')).toBe('2024-03-18');
    expect(value('September tahun lalu')).toBe('2023-09');
    expect(value('pekan lalu')).toBe('2024-W11');
    expect(r.times.find((t) => t.text === 'enam tahun lagi')).toMatchObject({ type: 'DURATION', value: 'P6Y' });
    for (const t of r.times) expect(r.text.slice(t.start, t.end)).toBe(t.text);
  });

  it('uses a given date instead, and never infers over it', async () => {
    const r = await analyzeText('Jakarta - Presiden meresmikan bendungan pada Senin. Proyek itu dimulai tahun lalu.', { published: '2025-10-22' });
    expect(r.meta).toMatchObject({ published: '2025-10-22', publishedSource: 'input' });
    expect(r.times.map((t) => [t.text, t.value])).toEqual([
      ['Senin', '2025-10-20'],
      ['tahun lalu', '2024'],
    ]);
  });
});
