import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf, isoDay, isoWeek, parseDayBound, gdeltDates } from '../../src/store/days.js';
import { toFtsQuery } from '../../src/store/fts-query.js';
import { outletOfUrl, originKeyOf } from '../../src/store/outlets.js';
import { bandKeys, minhash, minhashJs, NUM_HASHES, similarity } from '../../src/store/minhash.js';
import { simdMinhash } from '../../src/store/minhash-simd.js';
import { countSources, segmentDays } from '../../src/store/clusters.js';
import { contentHash, documentKey, normalizeForHash, normalizeName } from '../../src/store/normalize.js';
import { splitActorCode } from '../../src/store/gdelt.js';
import { defaultJobs } from '../../src/store/ingest/run.js';
import { coreCount } from '../../src/util/cores.js';
import { makeRecord, story } from './records.js';

describe('days', () => {
  it('reads the calendar day as written and bounds for --since/--until', () => {
    expect(isoDay(dayOf('2025-10-21T20:43:00+07:00')!)).toBe('2025-10-21');
    expect(dayOf('2023-09')).toBeNull();
    expect(dayOf('2024-02-30')).toBeNull();
    expect(isoDay(parseDayBound('2024-02', 'until'))).toBe('2024-02-29');
    expect(isoDay(parseDayBound('2024', 'since'))).toBe('2024-01-01');
    expect(() => parseDayBound('yesterday', 'since')).toThrow(/--since: expected a date/);
    expect(isoWeek(dayOf('2024-03-17')!)).toBe('2024-W11');
    expect(isoWeek(dayOf('2021-01-03')!)).toBe('2020-W53');
    expect(gdeltDates(dayOf('2019-01-25')!)).toEqual({ sqlDate: '20190125', monthYear: '201901', year: '2019', fraction: '2019.0685' });
  });
});

describe('search query', () => {
  it('quotes every term so that no input is an FTS5 syntax error', () => {
    expect(toFtsQuery('harga beras')).toBe('"harga" "beras"');
    expect(toFtsQuery('"harga beras" naik*')).toBe('"harga beras" "naik"*');
    expect(toFtsQuery('beras -impor')).toBe('("beras") NOT "impor"');
    expect(toFtsQuery('beras OR jagung')).toBe('"beras" OR "jagung"');
    expect(toFtsQuery('a"b')).toBe('"a""b"');
    expect(() => toFtsQuery('( ) * -')).toThrow(/at least one word/);
  });
});

describe('outlets and origins', () => {
  it('takes the registrable domain of a URL', () => {
    expect(outletOfUrl('https://news.detik.com/berita/d-1')).toBe('detik.com');
    expect(outletOfUrl('https://www.bbc.co.uk/news')).toBe('bbc.co.uk');
    expect(outletOfUrl('https://kemensos.go.id/x')).toBe('kemensos.go.id');
    expect(outletOfUrl('https://en.tempo.co/read/1')).toBe('tempo.co');
    expect(outletOfUrl('not a url')).toBeNull();
  });
  it('counts a story from the agency it credits first', () => {
    const r = makeRecord({ id: 'x', text: story(1), credits: ['Yonhap', 'OANA'], datelineAgency: 'ANTARA' });
    expect(originKeyOf(r, 'antaranews.com', 'h')).toBe('agency:yonhap');
    expect(originKeyOf(makeRecord({ id: 'y', text: story(1) }), 'detik.com', 'h')).toBe('outlet:detik.com');
    expect(originKeyOf(makeRecord({ id: 'z', text: story(1) }), null, 'h')).toBe('text:h');
  });
});

describe('identity', () => {
  it('keys a document by its id and its text up to white space', () => {
    expect(contentHash('Satu  dua\n\ntiga ')).toBe(contentHash('Satu dua tiga'));
    expect(contentHash('Satu dua tiga')).not.toBe(contentHash('satu dua tiga'));
    expect(documentKey('a', contentHash('x'))).not.toBe(documentKey('b', contentHash('x')));
    expect(normalizeName('  Kantor Berita Pusat Koréa (KCNA) ')).toBe('kantor berita pusat korea kcna');
  });

  it('normalizes white space as one space for every run, whatever the run is made of', () => {
    const piece = fc.constantFrom(' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', 'a', 'é', 'kata', '\u{1f600}');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(normalizeForHash(text)).toBe(text.normalize('NFC').replace(/\s+/gu, ' ').trim());
      }),
      { numRuns: 2000 },
    );
  });
});

describe('MinHash', () => {
  it('estimates similarity: high for a rewrite, low for another story, none for a short text', () => {
    const a = story(1);
    const b = a.replace(/\. [A-Z][a-z]+ /, '. Kemudian ') + ' Demikian laporan itu.';
    const sa = minhash(a)!;
    expect(similarity(sa, minhash(b)!)).toBeGreaterThan(0.7);
    expect(similarity(sa, minhash(story(2))!)).toBeLessThan(0.1);
    expect(similarity(sa, minhash(a.toUpperCase())!)).toBe(1);
    expect(minhash('terlalu pendek')).toBeNull();
    expect(bandKeys(sa)).toEqual(bandKeys(minhash(a)!));
    expect(bandKeys(sa).every((k) => Number.isSafeInteger(k) && k >= 0)).toBe(true);
  });

  it('gives the same signatures from the WebAssembly SIMD loop as from the JavaScript one', () => {
    expect(simdMinhash(new Uint32Array(NUM_HASHES))).not.toBeNull(); // Node 20 has WebAssembly SIMD
    const word = fc.stringMatching(/^[a-zé0-9]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 8, maxLength: 400 }), (words) => {
        expect(minhash(words.join(' '))).toEqual(minhashJs(words.join(' ').normalize('NFKD').replace(/\p{M}+/gu, '').match(/[\p{L}\p{N}]+/gu)!));
      }),
      { numRuns: 300 },
    );
    // a text longer than one call of the SIMD loop takes
    const long = Array.from({ length: 40_000 }, (_, i) => `kata${i % 977}`);
    expect(minhash(long.join(' '))).toEqual(minhashJs(long));
  });
});

describe('clusters', () => {
  it('segments days greedily from the earliest, within the window', () => {
    expect(segmentDays([1, 2, 3, 4, 10, 12, 13], 2)).toEqual([1, 1, 1, 4, 10, 10, 13]);
    expect(segmentDays([], 2)).toEqual([]);
  });
  it('counts one source per origin, and linked copies as one', () => {
    const docs = [{ id: 1, origin: 'agency:yonhap' }, { id: 2, origin: 'agency:yonhap' }, { id: 3, origin: 'outlet:kompas.com' }, { id: 4, origin: 'outlet:tempo.co' }];
    expect(countSources(docs, [])).toBe(3);
    expect(countSources(docs, [[3, 4]])).toBe(2);
    expect(countSources(docs, [[1, 3], [3, 4]])).toBe(1);
  });
});

describe('GDELT actor codes', () => {
  it('splits country and role types', () => {
    expect(splitActorCode('IDNGOVMIL')).toEqual({ country: 'IDN', types: ['GOV', 'MIL'] });
    expect(splitActorCode('NGOHRI')).toEqual({ country: '', types: ['NGO', 'HRI'] });
    expect(splitActorCode('PRK')).toEqual({ country: 'PRK', types: [] });
    expect(splitActorCode(null)).toEqual({ country: '', types: [] });
  });
});

describe('store path', () => {
  it('is --db, else $WARTA_DB, else the XDG data folder, else ~/.local/share', async () => {
    const { storePath } = await import('../../src/store/open.js');
    expect(storePath('/x/y.db', { WARTA_DB: '/a.db' })).toBe('/x/y.db');
    expect(storePath(undefined, { WARTA_DB: '/a.db', XDG_DATA_HOME: '/data' })).toBe('/a.db');
    expect(storePath(undefined, { XDG_DATA_HOME: '/data' })).toBe('/data/warta/warta.db');
    expect(storePath(undefined, {})).toMatch(/\/\.local\/share\/warta\/warta\.db$/);
  });
});

describe('ingest workers', () => {
  it('leaves a core to the writing thread by default, and never asks for none', () => {
    expect(defaultJobs()).toBe(Math.max(1, coreCount() - 1));
    expect(defaultJobs()).toBeGreaterThanOrEqual(1);
  });
});
