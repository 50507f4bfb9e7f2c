import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/sentences.js';
import { tokenize } from '../../src/segment/tokens.js';

const sents = (text: string, lang = 'id'): string[] =>
  segment(text, { start: 0, end: text.length }, lang).sentences.map((s) => text.slice(s.start, s.end));
const toks = (text: string, lang = 'id'): string[] => tokenize(text, 0, text.length, lang).map((t) => t.text);

describe('sentence splitter', () => {
  it('does not end a sentence after titles, initials and street abbreviations', () => {
    expect(sents('Dr. Budi tiba di Jl. Sudirman No. 5 bersama H. Agus Salim. Mereka disambut warga.')).toEqual([
      'Dr. Budi tiba di Jl. Sudirman No. 5 bersama H. Agus Salim.',
      'Mereka disambut warga.',
    ]);
  });

  it('keeps decimals, money and dates inside one sentence', () => {
    expect(sents('Kerugian mencapai Rp1,5 T dari 3.016 korban pada Minggu (17/3). Polisi bergerak Selasa (21/10/2025) pukul 10.00 WIB.')).toEqual([
      'Kerugian mencapai Rp1,5 T dari 3.016 korban pada Minggu (17/3).',
      'Polisi bergerak Selasa (21/10/2025) pukul 10.00 WIB.',
    ]);
  });

  it('ellipses end a sentence only before a new one', () => {
    expect(sents('Jadi... kami menunggu. Lalu… hujan turun… Semua pulang.')).toEqual(['Jadi... kami menunggu.', 'Lalu… hujan turun…', 'Semua pulang.']);
  });

  it('closing quotes stay with their sentence; attribution after a quote does not split', () => {
    expect(sents('"Kami siap. Kami menang!" kata Ketua. Ia lalu pergi.')).toEqual(['"Kami siap.', 'Kami menang!" kata Ketua.', 'Ia lalu pergi.']);
    expect(sents('“Apa benar?” tanya dia. “Benar,” jawabnya.')).toEqual(['“Apa benar?” tanya dia.', '“Benar,” jawabnya.']);
  });

  it('paragraph breaks are hard boundaries', () => {
    expect(sents('Judul tanpa titik\nKalimat kedua di paragraf baru')).toEqual(['Judul tanpa titik', 'Kalimat kedua di paragraf baru']);
  });

  it('English abbreviations', () => {
    expect(sents('Mr. Smith met Dr. Jones in the U.S. capital on Monday. They talked.', 'en')).toEqual([
      'Mr. Smith met Dr. Jones in the U.S. capital on Monday.',
      'They talked.',
    ]);
    // initials after a first name go on with the name
    expect(sents('Minister Retno L.P. Marsudi met them. They talked.', 'en')).toEqual(['Minister Retno L.P. Marsudi met them.', 'They talked.']);
  });

  it('only punctuation or nothing at all', () => {
    expect(sents('')).toEqual([]);
    expect(sents('...!!!???')).toHaveLength(1);
  });
});

describe('tokenizer', () => {
  it('keeps numbers, money, dates, domains and reduplication whole; splits two names joined by a hyphen', () => {
    expect(toks('Rp1,5 T 3.016 17/3 21/10/2025 10.00 KOMPAS.com barang-barang Korut-Rusia Hong-chol')).toEqual([
      'Rp1,5', 'T', '3.016', '17/3', '21/10/2025', '10.00', 'KOMPAS.com', 'barang-barang', 'Korut', '-', 'Rusia', 'Hong-chol',
    ]);
  });
  it("English: a possessive 's is a token of its own, after the word; Indonesian apostrophes stay inside", () => {
    expect(toks("Sudan's government, Israel’s army, SUDAN'S, al-Assad's, it's", 'en')).toEqual([
      'Sudan', "'s", 'government', ',', 'Israel', '’s', 'army', ',', 'SUDAN', "'S", ',', 'al-Assad', "'s", ',', 'it', "'s",
    ]);
    // not a clitic: the whole word, a plural possessive's lone apostrophe, other apostrophes
    expect(toks("'s Palestinians' don't", 'en')).toEqual(["'", 's', 'Palestinians', "'", "don't"]);
    expect(toks("Jum'at Qur'an's", 'id')).toEqual(["Jum'at", "Qur'an's"]);
    const text = "Putin's envoy met Erdoğan’s aide.";
    for (const t of tokenize(text, 0, text.length, 'en')) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it('English: a name before a listed second half ("Iran-backed", "US-led") is a token of its own, the half keeps its hyphen', () => {
    expect(toks('Iran-backed militias, a US-led coalition, a Jakarta-based group, state-backed media', 'en')).toEqual([
      'Iran', '-backed', 'militias', ',', 'a', 'US', '-led', 'coalition', ',', 'a', 'Jakarta-based', 'group', ',', 'state-backed', 'media',
    ]);
    // Indonesian lists no such halves
    expect(toks('Iran-backed', 'id')).toEqual(['Iran-backed']);
    const text = 'The Saudi-led offensive';
    for (const t of tokenize(text, 0, text.length, 'en')) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it('offsets point at the token text', () => {
    const text = '“Saya yakin,” kata Kim (KCNA).';
    for (const t of tokenize(text, 0, text.length, 'id')) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('sentence splitter, cases found on real copy', () => {
  it('a common word that doubles as an abbreviation still ends a quoted sentence', () => {
    expect(sents('"Kami sudah siap." Budi lalu pergi.')).toEqual(['"Kami sudah siap."', 'Budi lalu pergi.']);
    expect(toks('Kami siap. Budi')).toEqual(['Kami', 'siap', '.', 'Budi']);
  });
  it('a right double quote used as an opening mark starts a sentence', () => {
    expect(sents('Ia diam. ”Kami menolak,” katanya.')).toEqual(['Ia diam.', '”Kami menolak,” katanya.']);
  });
});
