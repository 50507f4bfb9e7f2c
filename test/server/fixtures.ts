/**
 * A small store for the server tests, from records written by hand for them (invented stories):
 * two actor pairs over several weeks, quotes, times, a syndicated copy, and an article whose text
 * carries markup that must stay text in the UI.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnalysisRecord } from '../../src/record/schema.js';
import { contentHash, documentKey } from '../../src/store/normalize.js';
import { prepareDocument } from '../../src/store/prepare.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import type { PreparedDocument } from '../../src/store/types.js';
import { makeRecord, type RecordSpec } from '../store/records.js';

const KIM = { name: 'Kim Jong Un', type: 'PER' as const, kb: 'kim-jong-un', actor: 'PRKGOV' };
const PUTIN = { name: 'Vladimir Putin', type: 'PER' as const, kb: 'vladimir-putin', actor: 'RUSGOV' };
const PRK = { name: 'Korea Utara', type: 'LOC' as const, kb: 'north-korea', actor: 'PRK' };
const RUS = { name: 'Rusia', type: 'LOC' as const, kb: 'russia', actor: 'RUS' };
const IDN = { name: 'Indonesia', type: 'LOC' as const, kb: 'indonesia', actor: 'IDN' };
const AUS = { name: 'Australia', type: 'LOC' as const, kb: 'australia', actor: 'AUS' };
const RETNO = { name: 'Retno Marsudi', type: 'PER' as const, actor: 'IDNGOV' };

export const SCRIPT_TEXT =
  'Jakarta (ANTARA) - Indonesia mengecam Australia. Sebuah komentar pembaca berbunyi <script>window.__pwned = true</script> ' +
  'dan <img src=x onerror="window.__pwned = true"> tanpa arti. "Kami menolak <b>tuduhan</b> itu," kata Retno Marsudi.';

interface Extra {
  quotes?: { text: string; cue: string; speaker: string | null }[];
  times?: { text: string; value: string }[];
}

function doc(spec: RecordSpec, extra: Extra = {}): PreparedDocument {
  const record: AnalysisRecord = makeRecord(spec);
  const at = (words: string): { start: number; end: number; text: string } => {
    const start = record.text.indexOf(words);
    if (start < 0) throw new Error(`"${words}" is not in the text`);
    return { start, end: start + words.length, text: words };
  };
  record.quotes = (extra.quotes ?? []).map((q) => ({ ...at(q.text), direct: true, speaker: q.speaker, cue: at(q.cue) }));
  record.times = (extra.times ?? []).map((t) => ({ ...at(t.text), type: 'DATE' as const, value: t.value }));
  const hash = contentHash(record.text);
  return prepareDocument(record, { key: documentKey(record.id, hash), contentHash: hash, origin: `test:${spec.id}` });
}

const LEAD_1 =
  'Seoul (ANTARA) - Pemimpin Korea Utara Kim Jong Un mengucapkan selamat kepada Vladimir Putin pada Minggu (17/3) atas kemenangannya. ' +
  '"Kami akan selalu bersama Rusia," kata Kim Jong Un. Hubungan kedua negara disebut semakin erat dalam beberapa bulan terakhir.';

export function fixtureDocuments(): PreparedDocument[] {
  return [
    doc(
      {
        id: 'contoh-kim-putin-1', title: 'Kim Jong Un ucapkan selamat kepada Putin', published: '2024-03-18', url: 'https://warta-contoh.example/kim-putin-1',
        text: LEAD_1, datelineAgency: 'ANTARA', entities: [KIM, PUTIN, { ...RUS, mention: 'Rusia' }],
        events: [{ trigger: 'mengucapkan selamat', code: '051', source: 0, target: 1, date: '2024-03-17', goldstein: 3.4 }],
      },
      { quotes: [{ text: 'Kami akan selalu bersama Rusia,', cue: 'kata', speaker: 'e1' }], times: [{ text: 'Minggu (17/3)', value: '2024-03-17' }] },
    ),
    doc(
      {
        id: 'contoh-kim-putin-1-salinan', title: 'Kim Jong Un ucapkan selamat kepada Putin', published: '2024-03-18', url: 'https://kabar-nusantara.example/kim-putin',
        text: LEAD_1 + '\n\nSumber: ANTARA', credits: ['ANTARA'], entities: [KIM, PUTIN],
        events: [{ trigger: 'mengucapkan selamat', code: '051', source: 0, target: 1, date: '2024-03-17', goldstein: 3.4 }],
      },
      { quotes: [{ text: 'Kami akan selalu bersama Rusia,', cue: 'kata', speaker: 'e1' }] },
    ),
    doc({
      id: 'contoh-kim-putin-2', title: 'Putin kunjungi Pyongyang', published: '2024-03-27', url: 'https://warta-contoh.example/kim-putin-2',
      text: 'Moskow (ANTARA) - Presiden Rusia Vladimir Putin mengunjungi Kim Jong Un di Pyongyang pekan ini. Kedua pemimpin membahas kerja sama.',
      entities: [PUTIN, KIM], events: [{ trigger: 'mengunjungi', code: '042', source: 0, target: 1, date: '2024-03-26', goldstein: 1.9 }],
    }),
    doc({
      id: 'contoh-korut-rusia-3', title: 'Korea Utara tuduh Rusia ingkar janji', published: '2024-04-10', url: 'https://warta-contoh.example/korut-rusia-3',
      text: 'Seoul (ANTARA) - Korea Utara menuduh Rusia mengingkari janji bantuan pangan. Pejabat di Pyongyang belum memberi rincian.',
      entities: [PRK, RUS], events: [{ trigger: 'menuduh', code: '112', source: 0, target: 1, goldstein: -2, modality: 'alleged' }],
    }),
    doc(
      {
        id: 'contoh-ri-australia-1', title: 'Indonesia dan Australia bahas kerja sama maritim', published: '2024-03-20', url: 'https://warta-contoh.example/ri-au-1',
        text: 'Jakarta (ANTARA) - Menteri Luar Negeri Retno Marsudi bertemu Australia di Jakarta, Rabu (20/3). "Kerja sama maritim kita penting," ujar Retno Marsudi.',
        entities: [RETNO, AUS], events: [{ trigger: 'bertemu', code: '040', source: 0, target: 1, date: '2024-03-20', goldstein: 1 }],
      },
      { quotes: [{ text: 'Kerja sama maritim kita penting,', cue: 'ujar', speaker: 'e1' }], times: [{ text: 'Rabu (20/3)', value: '2024-03-20' }] },
    ),
    doc(
      {
        id: 'contoh-ri-australia-2', title: 'Indonesia kecam Australia', published: '2024-04-03', url: 'https://warta-contoh.example/ri-au-2',
        text: SCRIPT_TEXT, entities: [IDN, AUS, RETNO],
        events: [{ trigger: 'mengecam', code: '111', source: 0, target: 1, goldstein: -2 }],
      },
      { quotes: [{ text: 'Kami menolak <b>tuduhan</b> itu,', cue: 'kata', speaker: 'e3' }] },
    ),
  ];
}

export interface FixtureStore {
  store: SqliteStore;
  path: string;
  cleanup: () => Promise<void>;
}

export async function fixtureStore(): Promise<FixtureStore> {
  const dir = mkdtempSync(join(tmpdir(), 'warta-server-'));
  const path = join(dir, 'w.db');
  const store = SqliteStore.open(path, { readonly: false });
  await store.writeBatch(fixtureDocuments());
  return {
    store,
    path,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
