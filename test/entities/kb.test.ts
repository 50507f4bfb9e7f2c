import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPhoenix } from '../../scripts/kb/phoenix.js';
import { titleCase } from '../../scripts/kb/from-phoenix.js';
import { KbBuilder } from '../../scripts/kb/model.js';
import { loadKnowledgeBase } from '../../src/entities/kb/load.js';
import { caseSignature, honoursCase, nameKey } from '../../src/entities/kb/normalize.js';
import { KeyIndex, TokenWords, Vocabulary, fingerprint } from '../../src/entities/kb/trie.js';

describe('name keys and case', () => {
  it('folds case, diacritics and punctuation the same way for the KB and the text', () => {
    expect(nameKey('KIM_JONG_UN'.replace(/_/g, ' '))).toBe('kim jong un');
    expect(nameKey('Kim Jong-un')).toBe('kim jong un');
    expect(nameKey('Türkiye')).toBe('turkiye');
    expect(nameKey('U.S.')).toBe('u s');
    expect(nameKey('—')).toBe('');
  });

  it('asks capitals of acronyms and a capital of names', () => {
    expect(caseSignature('AS')).toBe('U');
    expect(caseSignature('Negeri Paman Sam')).toBe('TTT');
    expect(caseSignature('Badan Bantuan dan Pekerjaan')).toBe('TTLT');
    expect(honoursCase('AS', 'U')).toBe(true);
    expect(honoursCase('As', 'U')).toBe(false);
    expect(honoursCase('korut', 'T')).toBe(false);
    expect(honoursCase('Pemuda dan Olahraga', 'TLT')).toBe(true);
  });
});

describe('key index', () => {
  it('finds every name starting at a token, shortest first, and stops early', () => {
    const idx = new KeyIndex();
    idx.insert('korea', 0);
    idx.insert('korea utara', 1);
    idx.insert('kantor berita pusat korea', 2);
    const keys = ['kantor', 'berita', 'pusat', 'korea', 'utara', ''];
    const hits: [number, number[]][] = [];
    idx.walk(3, keys.length, (i) => keys[i]!, (end, rows) => hits.push([end, rows]));
    expect(hits).toEqual([
      [4, [0]],
      [5, [1]],
    ]);
    const none: number[] = [];
    idx.walk(1, keys.length, (i) => keys[i]!, (end) => none.push(end));
    expect(none).toEqual([]);
  });
});

describe('key index over token words', () => {
  const keys = ['kim', 'jong un', 'dan', 'korea', 'utara', ''];
  const prints = Int32Array.from(keys, (k) => (k === '' ? 0 : fingerprint(k)));

  it('finds the same names lazily as eagerly, a token of several words included', () => {
    for (const lazy of [false, true]) {
      const vocab = new Vocabulary(lazy ? 20 : 11);
      const idx = new KeyIndex(vocab, lazy);
      idx.insert('kim jong un', 0);
      idx.insert('kim', 1);
      idx.insert('korea utara', 2);
      idx.insert('kim jong un', 3);
      const words = new TokenWords(vocab, keys, prints);
      const hits: [number, number[]][] = [];
      idx.walkWords(0, keys.length, words, (end, rows) => hits.push([end, [...rows]]));
      idx.walkWords(3, keys.length, words, (end, rows) => hits.push([end, [...rows]]));
      expect(hits).toEqual([
        [1, [1]],
        [2, [0, 3]],
        [5, [2]],
      ]);
      expect(idx.get('kim jong un')).toEqual([0, 3]);
      expect(idx.get('jong')).toEqual([]);
    }
  });

  it('walks back over keys stored last word first, the longest at the end', () => {
    const vocab = new Vocabulary();
    const idx = new KeyIndex(vocab);
    idx.insert('utara', 0, true);
    idx.insert('korea utara', 1, true);
    const words = new TokenWords(vocab, keys, prints);
    const hits: number[] = [];
    idx.walkBack(4, 0, words, (start) => hits.push(start));
    expect(hits).toEqual([4, 3]);
    expect(idx.longestBack(4, 0, words)).toBe(3);
    expect(idx.lastRow).toBe(1);
    expect(idx.longestFrom(3, 5, new TokenWords(vocab, keys, prints))).toBe(-1);
  });

  it('asks again for a word the vocabulary has learnt since', () => {
    const vocab = new Vocabulary();
    const words = new TokenWords(vocab, keys, prints);
    expect(words.id(3)).toBeLessThan(0);
    const w = vocab.add('korea');
    expect(words.id(3)).toBe(w);
    expect(words.id(5)).toBeLessThan(0);
  });
});

describe('Phoenix dictionaries', () => {
  const fixture = `# comment
PETRA_ANDERSEN_  # CountryInfo.txt
+P._ANDERSEN_
+PRESIDENT_PETRA_ANDERSEN_
\t[FOOGOV 990809-000507]
\t[FOOGOV >080508]
\t[FOOELI]

GRAND_COUNCIL_ [FOOLEG]
+GC_
UNCODED_SISTER_

GRAND_NEWS_AGENCY
+GNA
\t[FOOMED 19950101-20101231]
`;

  it('reads names, `+` names, dated and default codes, and inherited codes in a block', () => {
    const dir = mkdtempSync(join(tmpdir(), 'phoenix-'));
    const path = join(dir, 'Phoenix.Countries.actors.txt');
    writeFileSync(path, fixture);
    const entries = readPhoenix(path, 'Phoenix.Countries.actors.txt');
    expect(entries.map((e) => e.head)).toEqual(['PETRA ANDERSEN', 'GRAND COUNCIL', 'UNCODED SISTER', 'GRAND NEWS AGENCY']);
    const [petra, council, sister, agency] = entries;
    expect(petra!.plus).toEqual(['P. ANDERSEN', 'PRESIDENT PETRA ANDERSEN']);
    expect(petra!.codes).toEqual([
      { code: 'FOOGOV', from: '1999-08-09', to: '2000-05-07' },
      { code: 'FOOGOV', from: '2008-05-08', to: null },
    ]);
    expect(petra!.fallback).toBe('FOOELI');
    expect(petra!.comment).toBe('CountryInfo.txt');
    expect(council!.fallback).toBe('FOOLEG');
    expect(sister!.fallback).toBe('FOOLEG');
    expect(agency!.codes).toEqual([{ code: 'FOOMED', from: '1995-01-01', to: '2010-12-31' }]);
  });

  it('writes names in title case, short consonant clusters in capitals', () => {
    expect(titleCase('VLADIMIR V. PUTIN')).toBe('Vladimir V. Putin');
    expect(titleCase('SING HONG-CHOL')).toBe('Sing Hong-chol');
    expect(titleCase('BBC WORLD')).toBe('BBC World');
    expect(titleCase('COUNCIL OF EUROPE')).toBe('Council of Europe');
    expect(titleCase('THE HAGUE')).toBe('The Hague');
  });

  it('leaves out a name two entities of the same source claim', () => {
    const kb = new KbBuilder();
    for (const id of ['a', 'b']) kb.add({ id, type: 'PER', kind: 'person', name: id, codes: { ranges: [], fallback: null }, source: 'phoenix' });
    kb.add({ id: 'c', type: 'LOC', kind: 'country', name: 'c', codes: { ranges: [], fallback: 'CCC' }, source: 'curated' });
    kb.alias('a', 'Widodo', 'short');
    kb.alias('b', 'Widodo', 'short');
    kb.alias('a', 'Makmar Widodo', 'name');
    kb.alias('a', 'Georgia', 'name');
    kb.alias('c', 'Georgia', 'name');
    const rows = kb.settledAliases().map((r) => `${r.alias}>${r.id}`);
    expect(rows).toEqual(['Georgia>c', 'Makmar Widodo>a']);
  });
});

describe('the built knowledge base', () => {
  const kb = loadKnowledgeBase();

  it('has the news forms of countries, capitals, bodies and media with their codes', () => {
    const code = (name: string) => {
      const a = kb.lookup(name).find((x) => honoursCase(name, x.sig));
      return a ? kb.actorOn(a.entry, '2025-01-01') : undefined;
    };
    expect(code('Korut')).toBe('PRK');
    expect(code('Negeri Tirai Bambu')).toBe('CHN');
    expect(code('Kremlin')).toBe('RUS');
    expect(code('Timur Tengah')).toBe('MEA');
    expect(code('Kemendagri')).toBe('IDNGOV');
    expect(code('BKN')).toBe('IDNGOV');
    expect(code('Kemenko Infra')).toBe('IDNGOV');
    expect(code('Lemhannas')).toBe('IDNGOV');
    // the United States' parties, named in Indonesian ("Partai Demokrat" alone is Indonesia's)
    expect(code('Partai Republik')).toBe('USAPTY');
    expect(code('Partai Demokrat AS')).toBe('USAPTY');
    expect(code('Partai Demokrat')).toBe('IDNPTY');
    expect(code('Polri')).toBe('IDNCOP');
    // the services' corps names
    expect(code('Korps Adhyaksa')).toBe('IDNJUD');
    expect(code('Korps Bhayangkara')).toBe('IDNCOP');
    expect(code('KPPU')).toBe('IDNGOV');
    expect(code('KCNA')).toBe('PRKMED');
    expect(code('Mahkamah Internasional')).toBe('IGOUNOJUD');
    expect(code('Vladimir Putin')).toBe('RUSGOV');
    expect(code('European Community')).toBe('IGOEUREEC');
    // armed movements named by one word are curated, so they count without the tagger
    expect(code('Hezbollah')).toBe('LBNREB');
    expect(code('Taliban')).toBe('AFGREB');
    expect(code('Garda Revolusi Iran')).toBe('IRNMIL');
    // waters no one country holds have no country
    expect(code('Laut China Selatan')).toBeNull();
    expect(code('Taiwan Strait')).toBeNull();
    // Indonesia's armed movements, by their names and by the state's words for them
    expect(code('TPNPB')).toBe('IDNREB');
    expect(code('Organisasi Papua Merdeka')).toBe('IDNREB');
    expect(code('KKB')).toBe('IDNREB');
    // foreign state bodies the news names without their country
    expect(code('State Department')).toBe('USAGOV');
    expect(code('The Fed')).toBe('USAGOV');
    expect(kb.lookup('Federal Reserve').map((a) => a.entry.type)).toEqual(['ORG']);
    // G20 heads of government by the surname the news calls them by
    expect(code('Anthony Albanese')).toBe('AUSGOV');
    expect(code('Biden')).toBe('USAGOV');
    // not a surname two people in the news share (Francesca Albanese of the UN)
    expect(code('Albanese')).toBeUndefined();
    expect(code('Persatuan Emirat Arab')).toBe('ARE');
    expect(code('Mohammed bin Zayed')).toBe('AREGOV');
    // armed movements of the wars in the news
    expect(code('Rapid Support Forces')).toBe('SDNREB');
    expect(code('Houthi')).toBe('YEMREB');
    expect(code('ISIS')).toBe('IMGMUSISI');
    expect(code('M23')).toBe('CODREB');
    expect(code('Jamaah Ansharut Daulah')).toBe('IDNREB');
    expect(code('JAD')).toBe('IDNREB');
    // Indonesia's officials of 2024–2025 (kb/curated/officials.tsv), by the short names the news uses
    expect(code('Purbaya')).toBe('IDNGOV');
    expect(code('Sri Mulyani')).toBe('IDNGOV');
    expect(code('Listyo Sigit Prabowo')).toBe('IDNCOP');
    expect(code('Puan Maharani')).toBe('IDNLEG');
    // Indonesia's citizens ("Polisi Kamboja menahan empat WNI"): the country, as "warga negara Indonesia" is
    expect(code('WNI')).toBe('IDN');
    // the news' short forms and nicknames of countries
    expect(code('Afsel')).toBe('ZAF');
    expect(code('OIKN')).toBe('IDNGOV');
    expect(code('Negeri Matahari Terbit')).toBe('JPN');
    // towns and regions of the wars in the news, by their other names too
    expect(code('Jenin')).toBe('PSE');
    expect(code('Al-Khalil')).toBe('PSE');
    expect(code('Zaporizhia')).toBe('UKR');
    expect(code('El Fasher')).toBe('SDN');
    expect(code('Hodeidah')).toBe('YEM');
  });

  it('reads a name written with "The" as the same entity as the name without it', () => {
    const entity = (name: string) => kb.lookup(name).find((x) => honoursCase(name, x.sig))?.entry;
    for (const [withThe, bare] of [['The United States', 'United States'], ['The UN', 'UN'], ['The Security Council', 'Security Council']] as const) {
      expect(entity(withThe), withThe).toBeDefined();
      expect(entity(withThe)).toBe(entity(bare));
    }
    // a place whose name has the article keeps it
    expect(kb.lookup('The Hague').length).toBeGreaterThan(0);
  });

  it('keeps its precomputed keys in step with the name keys of the code', () => {
    const sample = ['Korea Utara', 'Kim Jong-un', 'Perserikatan Bangsa-Bangsa', 'Türkiye', 'U.S.'];
    for (const s of sample) expect(kb.lookup(s).length).toBeGreaterThan(0);
  });
});
