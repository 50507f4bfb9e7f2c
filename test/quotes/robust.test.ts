import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { direct, expectValid, quotesOf } from './helpers.js';
import { extractQuotes } from '../../src/quotes/index.js';
import { bareMeta, entitiesFromNames, stageInput } from '../../src/quotes/eval/input.js';

const BUDI = { name: 'Budi Santoso', type: 'PER' as const, aliases: ['Budi'] };
const KPU = { name: 'Komisi Pemilihan', type: 'ORG' as const, aliases: ['KPU'] };

describe('bad and odd input', () => {
  it('survives unbalanced marks, lone marks and quote-only input with valid spans', () => {
    const cases = [
      '',
      '"',
      '""',
      '“”',
      "'",
      '" " " "',
      '"abc',
      'abc"',
      '”Kami datang.” ”',
      '"Halo semua, apa kabar?"',
      '“Satu. ‘Dua. “Tiga.',
      'Budi mengatakan, "',
      '"…," kata',
      ', kata Budi,',
      'menurut',
      'Menurut Budi,',
      '"Kami," ujarnya',
      '\n\n"\n"\n',
      "'''''",
      '"a" "b" "c" "d" "e"',
    ];
    for (const text of cases) {
      const r = quotesOf(text, [BUDI]);
      for (const q of r.quotes) expectValid(text, q);
    }
  });

  it('reads a quotation-only text as one quotation without a speaker', () => {
    const r = quotesOf('"Kami akan kembali membangun desa ini bersama-sama."');
    expect(direct(r).map((q) => [q.text, q.speaker, q.cue])).toEqual([['Kami akan kembali membangun desa ini bersama-sama.', null, null]]);
  });

  it('does not let a stray opening mark swallow the quotations after it', () => {
    const r = quotesOf('Ia tinggal di Cik ’s Mansion. "Kami berharap kasus menurun," kata Budi.', [BUDI]);
    expect(direct(r).map((q) => q.text)).toEqual(['Kami berharap kasus menurun']);
  });

  it('only looks at the body', () => {
    const text = '"Judul dalam tanda kutip," kata Budi.\nIsi berita dimulai di sini tanpa kutipan apa pun.';
    const body = { start: text.indexOf('Isi'), end: text.length };
    const entities = entitiesFromNames(text, body, [BUDI]);
    expect(extractQuotes(stageInput('t', text, 'id', bareMeta(body), entities))).toEqual([]);
  });

  it('gives any text valid spans and speakers that are entities of the input', () => {
    const pieces = [
      'Budi', 'Budi Santoso', 'KPU', 'Menteri itu', 'Kapolda', 'ia', 'dia', 'beliau', 'mengatakan', 'menegaskan', 'menurut',
      'menurutnya', 'kata', 'ujarnya', 'tegasnya', 'bahwa', 'kepada', 'berjudul', 'dengan menyebut', "Jum'at", 'said', 'he',
      '"', '“', '”', "'", '‘', '’', ',', '.', '?', ':', ' ', ' ', ' ', '\n', '\n\n', 'rumah', 'akan', 'tidak',
    ];
    const arb = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 80 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(arb, fc.constantFrom<'id' | 'en'>('id', 'en'), (text, lang) => {
        const body = { start: 0, end: text.length };
        const entities = entitiesFromNames(text, body, [BUDI, KPU]);
        const ids = new Set(entities.map((e) => e.id));
        const quotes = extractQuotes(stageInput('t', text, lang, bareMeta(body), entities));
        for (const q of quotes) {
          expectValid(text, q);
          if (q.speaker !== null) expect(ids.has(q.speaker)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('stays linear on a huge sentence without punctuation full of cues, and on thousands of lone marks', () => {
    const noStop = 'Budi mengatakan bahwa dia, kata Budi, menurut Rina, ujarnya, ia menegaskan mereka datang '.repeat(3000);
    const r = quotesOf(noStop, [BUDI, { name: 'Rina', type: 'ORG' }]);
    expect(r.quotes.length).toBeGreaterThan(0);
    expect(quotesOf('" \' “ ” ‘ ’ '.repeat(10000)).quotes).toEqual([]);
  });

  it('handles a long text in one pass', () => {
    const para = '"Kami sudah bekerja sejak pagi hari," kata Budi. Menurut Budi, hasilnya baik. ';
    const text = para.repeat(2000);
    const r = quotesOf(text, [BUDI]);
    expect(direct(r)).toHaveLength(2000);
    expect(r.quotes.every((q) => r.speaker(q) === 'Budi Santoso')).toBe(true);
  });
});
