/** The trigger lexicon is data: its format, its morphology, its errors; the CAMEO coding table. */
import { describe, expect, it } from 'vitest';
import { cameoCode, parseCameoTable } from '../../src/events/coding.js';
import { cues } from '../../src/events/cues.js';
import { extractEvents } from '../../src/events/index.js';
import { lexicon, parseLexicon } from '../../src/events/lexicon.js';
import { morphology } from '../../src/events/morphology.js';
import { findTriggers } from '../../src/events/triggers.js';
import { segment } from '../../src/segment/sentences.js';
import { UserError } from '../../src/util/errors.js';
import { brief, stageInput, WORLD } from './helpers.js';

const forms = (lang: string, root: string, t: string[]): string[] => morphology(lang).expand(root, t).map((f) => f.form);

describe('Indonesian morphology', () => {
  it('meN- and peN- assimilate the nasal and drop k, p, t, s before a vowel', () => {
    expect(forms('id', 'tangkap', ['meN-', 'di-', 'ter-', 'peN-an'])).toEqual(
      expect.arrayContaining(['menangkap', 'ditangkap', 'tertangkap', 'penangkapan', 'menangkapnya', 'penangkapannya']),
    );
    expect(forms('id', 'serang', ['meN-', 'peN-an', '-an'])).toEqual(expect.arrayContaining(['menyerang', 'penyerangan', 'serangan']));
    expect(forms('id', 'pasok', ['meN-'])).toContain('memasok');
    expect(forms('id', 'kecam', ['meN-'])).toContain('mengecam');
    expect(forms('id', 'ancam', ['meN-'])).toContain('mengancam');
    expect(forms('id', 'dukung', ['meN-'])).toContain('mendukung');
    expect(forms('id', 'langgar', ['meN-', 'peN-an'])).toEqual(expect.arrayContaining(['melanggar', 'pelanggaran']));
  });

  it('clusters keep their consonant, monosyllables take menge-, ber-/per- lose r before r', () => {
    expect(forms('id', 'kritik', ['meN-'])).toContain('mengkritik');
    expect(forms('id', 'protes', ['meN-'])).toContain('memprotes');
    expect(forms('id', 'bom', ['meN-', 'peN-an'])).toEqual(expect.arrayContaining(['mengebom', 'pengeboman']));
    // two vowels side by side are two syllables: no menge- (na-ik, ju-al, ma-af)
    expect(forms('id', 'naik', ['meN-kan', 'di-kan'])).toEqual(expect.arrayContaining(['menaikkan', 'dinaikkan']));
    expect(forms('id', 'jual', ['meN-', 'peN-an'])).toEqual(expect.arrayContaining(['menjual', 'penjualan']));
    expect(forms('id', 'maaf', ['meN-kan'])).toContain('memaafkan');
    expect(forms('id', 'runding', ['ber-', 'per-an'])).toEqual(expect.arrayContaining(['berunding', 'perundingan']));
    expect(forms('id', 'kerja', ['ber-'])).toContain('bekerja');
    expect(forms('id', 'terima', ['ber-'])).toContain('berterima'); // te-ri-ma: no -er- syllable
    expect(forms('id', 'kunjung', ['meN-i', 'ber-', '-an'])).toEqual(expect.arrayContaining(['mengunjungi', 'berkunjung', 'kunjungan']));
    expect(forms('id', 'tandatangan', ['meN-i', 'peN-an'])).toEqual(expect.arrayContaining(['menandatangani', 'penandatanganan']));
  });

  it('each form carries its voice', () => {
    const byForm = new Map(morphology('id').expand('serang', ['meN-', 'di-', '-an', 'peN-an']).map((f) => [f.form, f]));
    expect(byForm.get('menyerang')?.voice).toBe('active');
    expect(byForm.get('diserang')?.voice).toBe('passive');
    expect(byForm.get('serangan')?.voice).toBe('noun');
    expect(byForm.get('penyerangan')?.voice).toBe('nounP');
    expect(byForm.get('serangannya')?.enclitic).toBe(true);
  });

  it('English: -s, -ed, -ing with spelling changes', () => {
    expect(forms('en', 'accuse', ['V'])).toEqual(['accuse', 'accuses', 'accused', 'accusing']);
    expect(forms('en', 'supply', ['V'])).toEqual(expect.arrayContaining(['supplies', 'supplied', 'supplying']));
    expect(forms('en', 'ban', ['Vx'])).toEqual(expect.arrayContaining(['banned', 'banning']));
    // a final e meets the suffix's e once, and stays before -ing after e, o, y
    expect(forms('en', 'agree', ['V'])).toEqual(['agree', 'agrees', 'agreed', 'agreeing']);
    expect(forms('en', 'free', ['V'])).toEqual(['free', 'frees', 'freed', 'freeing']);
    expect(forms('en', 'die', ['V'])).toEqual(['die', 'dies', 'died', 'dying']);
  });
});

describe('the lexicon file format', () => {
  const tokensOf = (text: string) => segment(text, { start: 0, end: text.length }, 'id');

  it('a line added to the data is a new trigger, with no code change', () => {
    const lex = parseLexicon('# a test lexicon\n111\tsentil[meN- di- 0]\tneeds-target\n', 'id', 'test.tsv');
    const input = stageInput('Prabowo menyentil Malaysia soal perbatasan.', WORLD);
    const events = extractEvents(input, { lex, cues: cues('id') });
    expect(brief(input, events)).toEqual(['Prabowo Subianto 111 Malaysia asserted']);
    // the shipped lexicon does not know the word
    expect(brief(input, extractEvents(input, { lex: lexicon('id'), cues: cues('id') }))).toEqual([]);
  });

  it('multiword and discontinuous patterns, literal alternatives, longest match', () => {
    const lex = parseLexicon('163\tjatuh[meN-kan] … sanksi|embargo\n163\tsanksi\n-\tsanksi ringan\n', 'id');
    const seg = tokensOf('AS menjatuhkan sejumlah sanksi baru. Ada sanksi ringan.');
    const isBreak = (i: number): boolean => seg.tokens[i]!.text === ',';
    const first = findTriggers(lex, seg.tokens, seg.sentenceTokens[0]!, seg.sentenceTokens[1]!, 4, isBreak);
    expect(first.map((m) => seg.tokens.slice(m.first, m.last + 1).map((t) => t.text).join(' '))).toEqual(['menjatuhkan sejumlah sanksi']);
    const second = findTriggers(lex, seg.tokens, seg.sentenceTokens[2]!, seg.sentenceTokens[3]!, 4, isBreak);
    expect(second).toEqual([]); // the blocking phrase wins over "sanksi"
  });

  it('alternatives are single words: the shipped phrases of several words each match on their own', () => {
    const codesIn =
      (lang: 'id' | 'en') =>
      (text: string): string[] => {
        const seg = segment(text, { start: 0, end: text.length }, lang);
        return findTriggers(lexicon(lang), seg.tokens, 0, seg.tokens.length, 4, () => false).map((m) => m.entry.code!);
      };
    const codes = codesIn('en');
    const id = codesIn('id');
    expect(codes('The army lifted the state of emergency.')).toEqual(['0814']);
    expect(codes('The army lifted martial law.')).toEqual(['0814']);
    expect(codes('The junta imposed martial law.')).toEqual(['1724']);
    expect(codes('The president declared a state of siege.')).toEqual(['1724']);
    expect(codes('The government allowed UN inspectors into the country.')).toEqual(['086']);
    expect(codes('The government allowed humanitarian access.')).toEqual(['086']);
    expect(codes('Indonesia received a phone call from President Putin.')).toEqual(['041']);
    expect(codes('Indonesia sent 10 tons of medicine to Gaza.')).toEqual(['073']);
    expect(codes('France awarded its highest honor to Prabowo.')).toEqual(['051']);
    expect(codes('Washington imposed visa restrictions on Ugandan officials.')).toEqual(['163']);
    expect(codes('Interpol issued a red notice for the businessman.')).toEqual(['173']);
    expect(id('Thailand menutup perbatasan dengan Kamboja.')).toEqual(['191']);
    expect(id('Turki menutup wilayah udaranya bagi pesawat Israel.')).toEqual(['191']);
    expect(id('Arab Saudi memulihkan hubungan diplomatik dengan Iran.')).toEqual(['054']);
    // capturing a place is an occupation; capturing a title is none
    expect(id('Pasukan Rusia merebut kota Avdiivka dari Ukraina.')).toEqual(['192']);
    expect(id('Timnas Indonesia merebut gelar juara dari Vietnam.')).toEqual([]);
    // a call received is a talk by phone; a summons or an emergency call is none
    expect(id('Presiden Prabowo menerima telepon dari Presiden Putin.')).toEqual(['041']);
    expect(id('Polisi menerima panggilan darurat dari warga.')).toEqual([]);
    expect(id('Indonesia menyampaikan nota protes kepada Malaysia.')).toEqual(['114']);
    // a literal word after the first may carry -nya
    expect(id('Israel belum menarik pasukannya dari Gaza.')).toEqual(['087']);
    expect(id('Indonesia memutus hubungannya dengan Israel.')).toEqual(['161']);
    expect(id('Perusahaan itu memutus hubungan kerja dengan 500 karyawan.')).toEqual([]);
    expect(id('Presiden Prabowo memberikan bantuan kemanusiaan untuk Palestina.')).toEqual(['073']);
    expect(id('Indonesia mengirimkan 10 ton obat-obatan ke Gaza.')).toEqual(['073']);
    expect(id('Jepang memberikan hibah senilai 5 juta dolar kepada Indonesia.')).toEqual(['071']);
    expect(id('Presiden memberikan penghargaan Bintang Mahaputra kepada Jenderal Agus.')).toEqual(['051']);
    expect(id('Menteri menerima audiensi Duta Besar Arab Saudi.')).toEqual(['043']);
    expect(id('Panglima TNI mengerahkan 1.000 prajurit ke Papua.')).toEqual(['154']);
    expect(id('Amerika Serikat memberlakukan pembatasan visa terhadap pejabat Uganda.')).toEqual(['163']);
    expect(id('Interpol menerbitkan red notice untuk pengusaha itu.')).toEqual(['173']);
    expect(id('Kedua pemimpin menyaksikan penandatanganan sejumlah nota kesepahaman.')).toEqual(['057']);
    expect(id('Ratusan mahasiswa menggelar aksi damai di depan kantor gubernur.')).toEqual(['141']);
    expect(id('China menyatakan keberatan atas kunjungan itu.')).toEqual(['111', '042']);
  });

  it('a token is matched alike by its string and by its span of the text (capitals, non-ASCII)', () => {
    const lex = parseLexicon('163\tjatuh[meN-kan] … sanksi|embargo\n042\tkunjung[meN-i]\n', 'id');
    const text = 'AS MENJATUHKAN sanksi. Menjatuhkan embargo. Ia mengunjungi Jakarta. Émbargo menjatuhkan Sanksi.';
    const seg = segment(text, { start: 0, end: text.length }, 'id');
    const isBreak = (i: number): boolean => seg.tokens[i]!.text === ',';
    const plain = findTriggers(lex, seg.tokens, 0, seg.tokens.length, 4, isBreak);
    expect(plain.length).toBeGreaterThan(2);
    expect(findTriggers(lex, seg.tokens, 0, seg.tokens.length, 4, isBreak, seg.lower, text)).toEqual(plain);
  });

  it('a gap does not cross a clause break', () => {
    const lex = parseLexicon('163\tjatuh[meN-kan] … sanksi\n', 'id');
    const seg = tokensOf('AS menjatuhkan, katanya, sanksi.');
    const isBreak = (i: number): boolean => seg.tokens[i]!.text === ',';
    expect(findTriggers(lex, seg.tokens, 0, seg.tokens.length, 4, isBreak)).toEqual([]);
  });

  it('bad lines are named with their line number', () => {
    const bad = (text: string): string => {
      try {
        parseLexicon(text, 'id', 'x.tsv');
        return 'no error';
      } catch (e) {
        expect(e).toBeInstanceOf(UserError);
        return (e as Error).message;
      }
    };
    expect(bad('\n999\tserang[meN-]\n')).toMatch(/^x\.tsv line 2: CAMEO code 999/);
    expect(bad('190\tserang[meN- xx-]\n')).toMatch(/line 1: unknown affix template "xx-"/);
    expect(bad('190\tserang[meN-]\tloud\n')).toMatch(/line 1: unknown option "loud"/);
    expect(bad('150\tgelar[meN-] … latihan\ttogether=999\n')).toMatch(/line 1: together= code 999 is not in/);
    expect(bad('190\tserang[meN-]\tneeds-target untargeted\n')).toMatch(/line 1: untargeted contradicts needs-target/);
    expect(bad('19x\tserang\n')).toMatch(/line 1: bad CAMEO code/);
    expect(bad('190\n')).toMatch(/line 1: missing pattern/);
    expect(bad('190\t… serang\n')).toMatch(/start and end with a word/);
    expect(bad('190\tserang[meN-\n')).toMatch(/malformed element/);
  });

  it('the shipped lexicons load and every code is in the CAMEO table', () => {
    for (const lang of ['id', 'en']) {
      const lex = lexicon(lang);
      expect(lex.entries.length).toBeGreaterThan(100);
      for (const e of lex.entries) if (e.code) expect(cameoCode(e.code), `${lang} line ${e.line}`).not.toBeNull();
    }
  });
});

describe('CAMEO coding table', () => {
  it('root, QuadClass, Goldstein and PLOVER per code', () => {
    expect(cameoCode('051')).toMatchObject({ root: '05', quadClass: 1, goldstein: 3.4, plover: 'SUPPORT' });
    expect(cameoCode('062')).toMatchObject({ root: '06', quadClass: 2, plover: 'COOPERATE' });
    expect(cameoCode('112')).toMatchObject({ root: '11', quadClass: 3, plover: 'ACCUSE' });
    expect(cameoCode('190')).toMatchObject({ root: '19', quadClass: 4, goldstein: -10, plover: 'ASSAULT' });
    expect(cameoCode('010')).toMatchObject({ quadClass: 1, plover: null });
    expect(cameoCode('999')).toBeNull();
  });

  it('QuadClass follows the root: 01–05 → 1, 06–08 → 2, 09–13 → 3, 14–20 → 4', () => {
    const expected: Record<string, number> = { '01': 1, '05': 1, '06': 2, '08': 2, '09': 3, '13': 3, '14': 4, '20': 4 };
    for (const [root, q] of Object.entries(expected)) expect(cameoCode(root)?.quadClass, root).toBe(q);
  });

  it('parses its own format and skips comments', () => {
    const t = parseCameoTable('# c\ncode\troot\tquadClass\tgoldstein\tplover\tname\n042\t04\t1\t1.9\tCONSULT\tMake a visit\n0874\t08\t2\t\t\tRetreat\n');
    expect(t.get('042')).toEqual({ code: '042', root: '04', quadClass: 1, goldstein: 1.9, plover: 'CONSULT', name: 'Make a visit' });
    expect(t.get('0874')).toMatchObject({ goldstein: null, plover: null });
  });
});
