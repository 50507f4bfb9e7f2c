import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { dayOf } from '../../src/store/days.js';
import type { PreparedDocument } from '../../src/store/types.js';
import { prepared, story, type RecordSpec } from './records.js';

const dirs: string[] = [];
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'warta-store-'));
  dirs.push(dir);
  return join(dir, 'w.db');
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function dumpOf(store: SqliteStore): Promise<string[]> {
  const lines: string[] = [];
  for await (const l of store.dump()) lines.push(l);
  return lines;
}

const KIM = { name: 'Kim Jong Un', type: 'PER' as const, kb: 'kim-jong-un', actor: 'PRKGOV' };
const PUTIN = { name: 'Vladimir Putin', type: 'PER' as const, kb: 'vladimir-putin', actor: 'RUSGOV' };
const LEAD = 'Pemimpin Korea Utara Kim Jong Un mengucapkan selamat kepada Vladimir Putin atas terpilihnya kembali.';

/** One story from Yonhap carried by two outlets, an independent report, a later and a reversed interaction. */
function wireScenario(): Record<string, PreparedDocument> {
  const base = story(1, LEAD);
  const specs: Record<string, RecordSpec> = {
    antara: {
      id: 'antara-1', text: base, url: 'https://www.antaranews.com/berita/1', published: '2024-03-18T10:00:00+07:00', credits: ['Yonhap', 'OANA'],
      entities: [KIM, PUTIN], events: [{ trigger: 'mengucapkan selamat', code: '051', source: 0, target: 1, date: '2024-03-17' }],
    },
    oana: {
      id: 'oana-1', text: base.replace('atas terpilihnya kembali.', 'atas terpilihnya kembali, Senin.') + ' Berita ini juga disiarkan ulang.',
      url: 'https://oananews.org/node/1', published: '2024-03-18', credits: ['Yonhap'],
      entities: [KIM, PUTIN], events: [{ trigger: 'mengucapkan selamat', code: '051', source: 0, target: 1 }],
    },
    kompas: {
      id: 'kompas-1', text: story(2, LEAD), url: 'https://internasional.kompas.com/read/1', published: '2024-03-19',
      entities: [KIM, PUTIN], events: [{ trigger: 'mengucapkan selamat', code: '051', source: 0, target: 1, date: '2024-03-17' }],
    },
    later: {
      id: 'kompas-2', text: story(3, LEAD), url: 'https://internasional.kompas.com/read/2', published: '2024-03-26',
      entities: [KIM, PUTIN], events: [{ trigger: 'mengucapkan selamat', code: '051', source: 0, target: 1, date: '2024-03-25' }],
    },
    reversed: {
      id: 'tempo-1', text: story(4, 'Vladimir Putin mengucapkan terima kasih kepada Kim Jong Un.'), url: 'https://www.tempo.co/1', published: '2024-03-18',
      entities: [PUTIN, KIM], events: [{ trigger: 'mengucapkan terima kasih', code: '051', source: 0, target: 1 }],
    },
  };
  return Object.fromEntries(Object.entries(specs).map(([k, s]) => [k, prepared(s)]));
}

describe('SQLite store', () => {
  it('is idempotent: writing the same documents again changes nothing', async () => {
    const store = SqliteStore.open(tempDb(), { readonly: false });
    const docs = Object.values(wireScenario());
    const first = await store.writeBatch(docs);
    expect(first.written).toBe(5);
    const before = await dumpOf(store);
    const again = await store.writeBatch(docs);
    expect(again).toMatchObject({ written: 0, existing: 5 });
    expect(await dumpOf(store)).toEqual(before);
    await store.close();
  });

  it('gives the same store whatever the order and batching of the documents', async () => {
    const docs = Object.values(wireScenario());
    const dumps: string[][] = [];
    for (const order of [[0, 1, 2, 3, 4], [4, 3, 2, 1, 0], [2, 0, 4, 1, 3]]) {
      const store = SqliteStore.open(tempDb(), { readonly: false });
      const seq = order.map((i) => docs[i]!);
      await store.writeBatch(seq.slice(0, 2));
      for (const d of seq.slice(2)) await store.writeBatch([d]);
      dumps.push(await dumpOf(store));
      await store.close();
    }
    expect(dumps[1]).toEqual(dumps[0]);
    expect(dumps[2]).toEqual(dumps[0]);
  });

  it('clusters two syndicated copies of one story into one event with 2 articles and 1 source', async () => {
    const d = wireScenario();
    const store = SqliteStore.open(tempDb(), { readonly: false });
    await store.writeBatch([d.antara!, d.oana!]);
    const doc = await store.getDocument('antara-1');
    expect(doc!.links).toHaveLength(1);
    expect(doc!.links[0]!.kind).toBe('syndication');
    expect(doc!.links[0]!.other.id).toBe('oana-1');
    const cluster = doc!.clusters[0]!;
    expect(cluster).toMatchObject({ numEvents: 2, numArticles: 2, numSources: 1, root: '05' });
    expect(cluster.startDay).toBe(dayOf('2024-03-17'));
    expect((await store.getDocument('oana-1'))!.clusters[0]!.id).toBe(cluster.id);

    // An independent outlet reporting the same interaction adds an article and a source.
    await store.writeBatch([d.kompas!]);
    const c2 = (await store.getDocument('kompas-1'))!.clusters[0]!;
    expect(c2).toMatchObject({ id: cluster.id, numArticles: 3, numSources: 2 });

    // A week later, or in the other direction, it is another event.
    await store.writeBatch([d.later!, d.reversed!]);
    expect((await store.getDocument('kompas-2'))!.clusters[0]!.id).not.toBe(cluster.id);
    expect((await store.getDocument('tempo-1'))!.clusters[0]!.id).not.toBe(cluster.id);
    const stats = await store.stats();
    expect(stats).toMatchObject({ documents: 5, events: 5, clusters: 3, multiSourceClusters: 1 });
    await store.close();
  });

  it('counts two copies of one text from one agency as one source even from different sites', async () => {
    const text = story(9, LEAD);
    const a = prepared({ id: 'a', text, url: 'https://a.example.com/1', published: '2024-03-18', datelineAgency: 'ANTARA', entities: [KIM, PUTIN], events: [{ trigger: 'mengucapkan selamat', code: '051', source: 0, target: 1 }] });
    const b = prepared({ id: 'b', text, url: 'https://b.example.org/1', published: '2024-03-19', entities: [KIM, PUTIN], events: [{ trigger: 'mengucapkan selamat', code: '051', source: 0, target: 1 }] });
    const store = SqliteStore.open(tempDb(), { readonly: false });
    await store.writeBatch([a, b]);
    const doc = await store.getDocument('b');
    expect(doc!.links.map((l) => l.kind)).toEqual(['duplicate']);
    expect(doc!.clusters[0]).toMatchObject({ numArticles: 2, numSources: 1 });
    await store.close();
  });

  it('links near-duplicate rewrites and exact copies, and not unrelated stories', async () => {
    const original = story(5, 'Jembatan gantung di desa itu putus diterjang banjir bandang pada Selasa malam.');
    const sentences = original.split('. ');
    const rewrite = [sentences[0], ...sentences.slice(1, 9).map((s, i) => (i === 3 ? s.replace(/\b\w+\b/, 'kemudian') : s)), 'Warga meminta perbaikan segera'].join('. ') + '.';
    const docs = [
      prepared({ id: 'orig', text: original, url: 'https://one.example.com/a', published: '2024-05-01' }),
      prepared({ id: 'rewrite', text: rewrite, url: 'https://two.example.com/b', published: '2024-05-01' }),
      prepared({ id: 'copy', text: original.replace(/ /g, '  '), url: 'https://three.example.com/c', published: '2024-05-02' }),
      prepared({ id: 'other', text: story(6), url: 'https://four.example.com/d', published: '2024-05-01' }),
    ];
    const store = SqliteStore.open(tempDb(), { readonly: false });
    const r = await store.writeBatch(docs);
    expect(r.links.duplicate).toBe(1);
    expect(r.links['near-duplicate']).toBe(2);
    const orig = await store.getDocument('orig');
    expect(orig!.links.map((l) => [l.other.id, l.kind]).sort()).toEqual([['copy', 'duplicate'], ['rewrite', 'near-duplicate']]);
    expect((await store.getDocument('other'))!.links).toEqual([]);
    await store.close();
  });

  it('searches titles and bodies, accent-insensitively, with prefixes, phrases and date bounds', async () => {
    const store = SqliteStore.open(tempDb(), { readonly: false });
    await store.writeBatch([
      prepared({ id: 'bridge', title: 'Jembatan Kaliwóro putus', text: story(7, 'Jembatan gantung Kaliwóro putus diterjang banjir bandang.'), published: '2024-05-01' }),
      prepared({ id: 'market', title: 'Harga beras naik', text: story(8, 'Harga beras di pasar induk naik lagi.'), published: '2024-06-01' }),
    ]);
    const ids = async (query: string, extra = {}) => (await store.search({ query, ...extra })).items.map((h) => h.id);
    expect(await ids('kaliworo')).toEqual(['bridge']);
    expect(await ids('Kaliwo*')).toEqual(['bridge']);
    expect(await ids('"banjir bandang"')).toEqual(['bridge']);
    expect(await ids('"bandang banjir"')).toEqual([]);
    expect(await ids('beras pasar')).toEqual(['market']);
    expect(await ids('beras -induk')).toEqual([]);
    expect(await ids('beras', { since: dayOf('2024-07-01')! })).toEqual([]);
    expect(await ids('AND OR NOT ( " *')).toEqual([]);
    const hit = (await store.search({ query: 'kaliworo' })).items[0]!;
    expect(hit.snippet).toContain('[Kaliwóro]');
    await store.close();
  });

  it('finds events by actor code, country prefix, KB id or name, and between two actors', async () => {
    const store = SqliteStore.open(tempDb(), { readonly: false });
    await store.writeBatch(Object.values(wireScenario()));
    const count = async (actors: string[], extra = {}) => (await store.listEvents({ actors, ...extra })).items.length;
    expect(await count(['PRKGOV'])).toBe(5);
    expect(await count(['prk'])).toBe(5);
    expect(await count(['kim-jong-un'])).toBe(5);
    expect(await count(['Vladimir Putin'])).toBe(5);
    expect(await count(['PRK', 'RUS'])).toBe(5);
    expect(await count(['PRK', 'USA'])).toBe(0);
    expect(await count(['PRK'], { since: dayOf('2024-03-20')! })).toBe(1);
    expect(await count(['PRK'], { root: '19' })).toBe(0);
    const all = await store.listEvents({ limit: 2 });
    expect(all.items).toHaveLength(2);
    expect(all.next).toBe(2);
    expect(all.items[0]!.day).toBe(dayOf('2024-03-25'));
    const weeks = await store.relations('PRK', 'RUS');
    expect(weeks.map((w) => w.week)).toEqual(['2024-W11', '2024-W12', '2024-W13']);
    expect(weeks[1]!.reports[0]).toBeGreaterThan(0);
    await store.close();
  });

  it('keeps entities store-wide with their documents and weeks', async () => {
    const store = SqliteStore.open(tempDb(), { readonly: false });
    await store.writeBatch(Object.values(wireScenario()));
    const top = await store.listEntities({ type: 'PER', limit: 10 });
    expect(top.items.map((e) => [e.name, e.documents])).toEqual([['Kim Jong Un', 5], ['Vladimir Putin', 5]]);
    const kim = await store.getEntity('kim-jong-un');
    expect(kim!.actors).toEqual(['PRKGOV']);
    expect(kim!.weeks.reduce((n, w) => n + w.documents, 0)).toBe(5);
    expect(await store.getEntity('nobody')).toBeNull();
    await store.close();
  });

  it('refuses a missing store for reading and a file that is not a store', async () => {
    const path = tempDb();
    expect(() => SqliteStore.open(path, { readonly: true })).toThrow();
  });
});

describe('entities', () => {
  it('count a document once when two of its entities link to the same one', async () => {
    const store = SqliteStore.open(tempDb(), { readonly: false });
    await store.writeBatch([
      prepared({ id: 'x', text: story(20, 'Presiden Joko Widodo, atau Jokowi, meresmikan jembatan itu.'), entities: [
        { name: 'Joko Widodo', type: 'PER', kb: 'joko-widodo' },
        { name: 'Joko Widodo', type: 'PER', kb: 'joko-widodo', mention: 'Jokowi' },
      ] }),
    ]);
    const [e] = (await store.listEntities({})).items;
    expect(e).toMatchObject({ key: 'kb:joko-widodo', documents: 1, mentions: 2 });
    await store.close();
  });
});

describe('event clusters', () => {
  it('keep events without actors or without any day apart', async () => {
    const store = SqliteStore.open(tempDb(), { readonly: false });
    const text = story(30, 'Ledakan terjadi di pelabuhan.');
    await store.writeBatch([
      prepared({ id: 'p', text, published: '2024-01-02', events: [{ trigger: 'Ledakan', code: '180' }] }),
      prepared({ id: 'q', text: text + ' Lagi.', published: '2024-01-02', events: [{ trigger: 'Ledakan', code: '180' }] }),
      prepared({ id: 'r', text: story(31, 'Kim Jong Un mengkritik Vladimir Putin.'), entities: [KIM, PUTIN], events: [{ trigger: 'mengkritik', code: '111', source: 0, target: 1 }] }),
      prepared({ id: 's', text: story(32, 'Kim Jong Un mengkritik Vladimir Putin.'), entities: [KIM, PUTIN], events: [{ trigger: 'mengkritik', code: '111', source: 0, target: 1 }] }),
    ]);
    expect((await store.stats()).clusters).toBe(4);
    await store.close();
  });
});

describe('cluster counts', () => {
  it('count one page filed twice under two ids as one article', async () => {
    const text = story(40, LEAD);
    const spec = { text, url: 'https://news.example.com/1', published: '2024-03-18', entities: [KIM, PUTIN], events: [{ trigger: 'mengucapkan selamat', code: '051', source: 0, target: 1 }] };
    const store = SqliteStore.open(tempDb(), { readonly: false });
    await store.writeBatch([prepared({ id: 'politik-1', ...spec }), prepared({ id: 'ekonomi-7', ...spec })]);
    const doc = await store.getDocument('politik-1');
    expect(doc!.links.map((l) => l.kind)).toEqual(['duplicate']);
    expect(doc!.clusters[0]).toMatchObject({ numEvents: 2, numArticles: 1, numSources: 1 });
    await store.close();
  });
});
