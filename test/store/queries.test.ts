/** The store queries the web UI needs: quotes by a speaker, events of one entity, most connected actors. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDocument } from '../../src/store/prepare.js';
import { contentHash, documentKey } from '../../src/store/normalize.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import type { PreparedDocument } from '../../src/store/types.js';
import { makeRecord, type RecordSpec } from './records.js';

const KIM = { name: 'Kim Jong Un', type: 'PER' as const, kb: 'kim-jong-un', actor: 'PRKGOV' };
const PUTIN = { name: 'Vladimir Putin', type: 'PER' as const, kb: 'vladimir-putin', actor: 'RUSGOV' };
const CHINA = { name: 'Xi Jinping', type: 'PER' as const, kb: 'xi-jinping', actor: 'CHNGOV' };
const NOBODY = { name: 'Budi Santoso', type: 'PER' as const };

/** A record whose first sentence is quoted, said by its first entity. */
function withQuote(spec: RecordSpec, quoted: string, cue: string): PreparedDocument {
  const record = makeRecord(spec);
  const start = record.text.indexOf(quoted);
  const cueStart = record.text.indexOf(cue);
  record.quotes = [{ start, end: start + quoted.length, text: quoted, direct: true, speaker: 'e1', cue: { start: cueStart, end: cueStart + cue.length, text: cue } }];
  const hash = contentHash(record.text);
  return prepareDocument(record, { key: documentKey(record.id, hash), contentHash: hash, origin: `test:${spec.id}` });
}

let dir: string;
let store: SqliteStore;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'warta-queries-'));
  store = SqliteStore.open(join(dir, 'q.db'), { readonly: false });
  await store.writeBatch([
    withQuote(
      {
        id: 'a', published: '2024-03-18', text: 'Kim Jong Un memuji Vladimir Putin. "Kita bersahabat," kata Kim Jong Un.',
        entities: [KIM, PUTIN], events: [{ trigger: 'memuji', code: '051', source: 0, target: 1, goldstein: 3.4 }],
      },
      'Kita bersahabat,', 'kata',
    ),
    withQuote(
      {
        id: 'b', published: '2024-03-25', text: 'Kim Jong Un mengkritik Xi Jinping. "Kami kecewa," ujar Kim Jong Un. Putin mengunjungi Kim Jong Un.',
        entities: [KIM, CHINA, { ...PUTIN, mention: 'Putin' }],
        events: [
          { trigger: 'mengkritik', code: '111', source: 0, target: 1, goldstein: -2 },
          { trigger: 'mengunjungi', code: '042', source: 2, target: 0, goldstein: 1.9 },
        ],
      },
      'Kami kecewa,', 'ujar',
    ),
    withQuote(
      {
        id: 'c', published: '2024-03-26', text: 'Budi Santoso bertemu Vladimir Putin. "Tidak ada komentar," kata Budi Santoso.',
        entities: [NOBODY, PUTIN], events: [{ trigger: 'bertemu', code: '040', source: 0, target: 1, goldstein: 1 }],
      },
      'Tidak ada komentar,', 'kata',
    ),
  ]);
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('store queries for the web UI', () => {
  it('lists the quotes of one speaker, newest first, with paging', async () => {
    const all = await store.listQuotes({ speaker: 'kb:kim-jong-un' });
    expect(all.items.map((q) => q.text)).toEqual(['Kami kecewa,', 'Kita bersahabat,']);
    expect(all.items[0]).toMatchObject({ direct: true, cue: 'ujar', speaker: { key: 'kb:kim-jong-un', name: 'Kim Jong Un' }, doc: { id: 'b' } });
    const first = await store.listQuotes({ speaker: 'kb:kim-jong-un', limit: 1 });
    expect(first).toMatchObject({ items: [{ text: 'Kami kecewa,' }], next: 1 });
    const second = await store.listQuotes({ speaker: 'kb:kim-jong-un', limit: 1, offset: 1 });
    expect(second).toMatchObject({ items: [{ text: 'Kita bersahabat,' }], next: null });
    expect((await store.listQuotes({})).items).toHaveLength(3);
    expect(await store.listQuotes({ speaker: 'kb:nobody-at-all' })).toEqual({ items: [], next: null });
  });

  it('filters events by the entity taking part, as source or target', async () => {
    const kim = await store.listEvents({ entity: 'kb:kim-jong-un' });
    expect(kim.items.map((e) => e.code).sort()).toEqual(['042', '051', '111']);
    const budi = await store.listEvents({ entity: 'PER:budi santoso' });
    expect(budi.items.map((e) => e.code)).toEqual(['040']);
    expect((await store.listEvents({ entity: 'kb:kim-jong-un', root: '11' })).items.map((e) => e.code)).toEqual(['111']);
    expect(await store.listEvents({ entity: 'kb:unknown' })).toEqual({ items: [], next: null });
  });

  it('lists the documents that mention an entity', async () => {
    const docs = await store.listDocuments({ entity: 'kb:vladimir-putin' });
    expect(docs.items.map((d) => d.id)).toEqual(['c', 'b', 'a']);
    expect((await store.listDocuments({ entity: 'kb:vladimir-putin', limit: 1, offset: 1 })).items.map((d) => d.id)).toEqual(['b']);
    expect(await store.listDocuments({ entity: 'kb:nobody' })).toEqual({ items: [], next: null });
  });

  it('ranks the actors most connected to one, either direction, with counts by QuadClass', async () => {
    const around = await store.connections('PRK');
    expect(around.map((c) => c.ref)).toEqual(['RUSGOV', 'CHNGOV']);
    expect(around[0]).toMatchObject({ events: 2, reports: [2, 0, 0, 0], meanGoldstein: 2.65, actor: { actor: 'RUSGOV', name: 'Vladimir Putin' } });
    expect(around[1]).toMatchObject({ events: 1, reports: [0, 0, 1, 0], meanGoldstein: -2 });
    // An actor without a code is named by its KB id or name.
    const putin = await store.connections('vladimir-putin');
    expect(putin.map((c) => c.ref)).toEqual(['PRKGOV', 'Budi Santoso']);
    expect(await store.connections('PRK', { limit: 1 })).toHaveLength(1);
    expect(await store.connections('XYZ')).toEqual([]);
  });

  it('keeps to a date range', async () => {
    const { dayOf } = await import('../../src/store/days.js');
    const early = await store.connections('PRK', { until: dayOf('2024-03-20')! });
    expect(early.map((c) => c.ref)).toEqual(['RUSGOV']);
    expect(early[0]!.events).toBe(1);
  });
});
