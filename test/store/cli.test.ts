import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { GDELT_COLUMNS } from '../../src/store/gdelt.js';
import { prepared, story } from './records.js';

let dir: string;
let eventsDb: string;

const KIM = { name: 'Kim Jong Un', type: 'PER' as const, kb: 'kim-jong-un', actor: 'PRKGOV' };
const PUTIN = { name: 'Vladimir Putin', type: 'PER' as const, kb: 'vladimir-putin', actor: 'RUSGOV' };
const PYONGYANG = { name: 'Pyongyang', type: 'LOC' as const, actor: null as unknown as string };
const LEAD = 'Pemimpin Korea Utara Kim Jong Un mengucapkan selamat kepada Vladimir Putin di Pyongyang.';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'warta-cli-'));
  eventsDb = join(dir, 'events.db');
  const store = SqliteStore.open(eventsDb, { readonly: false });
  const text = story(1, LEAD);
  const ev = { trigger: 'mengucapkan selamat', code: '051', source: 0, target: 1, location: 2, goldstein: 3.4 };
  await store.writeBatch([
    prepared({ id: 'wire-a', title: 'Kim memberi selamat', text, url: 'https://www.antaranews.com/a', published: '2024-03-18', credits: ['Yonhap'], entities: [KIM, PUTIN, PYONGYANG], events: [{ ...ev, date: '2024-03-17' }] }),
    prepared({ id: 'wire-b', title: 'Kim memberi selamat', text: text + ' Disiarkan ulang.', url: 'https://oananews.org/b', published: '2024-03-18', credits: ['Yonhap'], entities: [KIM, PUTIN, PYONGYANG], events: [ev] }),
  ]);
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('warta ingest', () => {
  it('stores files and folders, reports bad input and skips it, and a second run changes nothing', () => {
    const input = join(dir, 'in');
    mkdirSync(join(input, 'sub'), { recursive: true });
    const lines = [
      JSON.stringify({ id: 'j1', title: 'Banjir di Kaliworo', published: '2024-05-01', text: story(11, 'Banjir melanda desa Kaliworo pada Selasa.') }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'j2', text: story(12) }),
      JSON.stringify({ id: 'j1', title: 'Banjir di Kaliworo', published: '2024-05-01', text: story(11, 'Banjir melanda desa Kaliworo pada Selasa.') }),
      JSON.stringify({ id: 'j3', text: story(12) }),
    ];
    writeFileSync(join(input, 'a.jsonl'), lines.join('\n') + '\n');
    writeFileSync(join(input, 'sub', 'b.txt'), story(13, 'Harga beras naik di pasar induk.'));
    writeFileSync(join(input, 'sub', 'empty.txt'), '');
    writeFileSync(join(input, 'sub', 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255]));
    writeFileSync(join(input, 'sub', 'ignored.png'), Buffer.from([0x89, 0x50]));
    const db = join(dir, 'ingest.db');

    const r1 = runCli(['ingest', input, join(dir, 'missing.txt'), '--db', db, '--jobs', '2', '--json']);
    expect(r1.code).toBe(1);
    const s1 = JSON.parse(r1.stdout);
    expect(s1).toMatchObject({ read: 5, added: 4, existing: 0, repeated: 1 });
    expect(s1.links.duplicate).toBe(1);
    expect(s1.failed.map((f: { origin: string }) => f.origin.replace(dir, '')).sort()).toEqual(['/in/a.jsonl:2', '/in/sub/binary.txt', '/in/sub/empty.txt', '/missing.txt']);
    expect(r1.stderr).toMatch(/a\.jsonl:2: invalid JSON/);
    expect(r1.stderr).not.toMatch(/at .*\.ts:\d+/);

    const stats1 = runCli(['stats', '--db', db, '--json']);
    const r2 = runCli(['ingest', input, '--db', db, '--json']);
    expect(JSON.parse(r2.stdout)).toMatchObject({ read: 5, added: 0, existing: 4 });
    const stats2 = runCli(['stats', '--db', db, '--json']);
    expect({ ...JSON.parse(stats2.stdout), bytes: 0 }).toEqual({ ...JSON.parse(stats1.stdout), bytes: 0 });
    expect(JSON.parse(stats2.stdout)).toMatchObject({ documents: 4, distinctTexts: 3 });

    const search = runCli(['search', 'Kaliworo', '--db', db, '--json']);
    expect(JSON.parse(search.stdout).items.map((h: { id: string }) => h.id)).toEqual(['j1']);
    const show = runCli(['show', 'j2', '--db', db]);
    expect(show.code).toBe(0);
    expect(show.stdout).toMatch(/duplicate\s+1\.00\s+j3/);
  });
});

describe('read commands', () => {
  it('say in one line what is wrong', () => {
    const missing = runCli(['stats', '--db', join(dir, 'nothing.db')]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr.trim()).toMatch(/^warta: no store at .*nothing\.db/);
    const notStore = join(dir, 'not-a-store.db');
    writeFileSync(notStore, 'hello, this is not SQLite at all, just some text to fill the header page');
    const bad = runCli(['search', 'x', '--db', notStore]);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/not a Warta store/);
    expect(runCli(['events', '--since', '2024-02-30', '--db', eventsDb]).stderr).toMatch(/--since: expected a date/);
    expect(runCli(['events', '--root', '5', '--db', eventsDb]).stderr).toMatch(/--root: expected two digits/);
    const modality = runCli(['events', '--modality', 'rumoured', '--db', eventsDb]);
    expect(modality.code).toBe(2);
    expect(modality.stderr.trim()).toBe('warta: --modality: expected one of asserted, alleged, negated, future, not "rumoured"');
    const type = runCli(['entities', '--type', 'person', '--db', eventsDb]);
    expect(type.code).toBe(2);
    expect(type.stderr.trim()).toBe('warta: --type: expected one of PER, ORG, LOC, not "person"');
    const unknown = runCli(['show', 'no-such-id', '--db', eventsDb]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toMatch(/^warta: no document "no-such-id"/);
  });

  it('list events with their cluster counts', () => {
    const r = runCli(['events', '--actor', 'PRK', '--actor', 'Vladimir Putin', '--root', '05', '--db', eventsDb, '--json']);
    const page = JSON.parse(r.stdout);
    expect(page.items).toHaveLength(2);
    expect(page.items[0].cluster).toMatchObject({ numArticles: 2, numSources: 1 });
    const human = runCli(['events', '--db', eventsDb]);
    expect(human.stdout).toMatch(/051\s+PRKGOV Kim Jong Un → RUSGOV Vladimir Putin\s+asserted/);
    expect(runCli(['entities', '--type', 'PER', '--db', eventsDb]).stdout).toMatch(/2 docs\s+2 mentions\s+PER\s+Kim Jong Un/);
    expect(runCli(['entities', '--type', 'per', '--db', eventsDb]).stdout).toMatch(/PER\s+Kim Jong Un/);
    expect(runCli(['events', '--modality', 'asserted', '--db', eventsDb]).stdout).toMatch(/051\s+PRKGOV Kim Jong Un/);
  });
});

describe('warta export', () => {
  it('gdelt: tab-separated rows with the 61 columns of the GDELT 2.0 event table, header beside', () => {
    const out = join(dir, 'events.tsv');
    const r = runCli(['export', '--format', 'gdelt', '--out', out, '--db', eventsDb]);
    expect(r.code).toBe(0);
    const header = readFileSync(out + '.header.txt', 'utf8').trimEnd().split('\t');
    expect(header).toHaveLength(61);
    expect(header).toEqual([...GDELT_COLUMNS]);
    expect(header.slice(0, 6)).toEqual(['GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate', 'Actor1Code']);
    expect(header.slice(-2)).toEqual(['DATEADDED', 'SOURCEURL']);
    const rows = readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => l.split('\t'));
    expect(rows).toHaveLength(1);
    const row = Object.fromEntries(header.map((h, i) => [h, rows[0]![i]]));
    expect(rows[0]).toHaveLength(61);
    expect(row).toMatchObject({
      SQLDATE: '20240317', MonthYear: '202403', Year: '2024', Actor1Code: 'PRKGOV', Actor1Name: 'Kim Jong Un', Actor1CountryCode: 'PRK',
      Actor1Type1Code: 'GOV', Actor2Code: 'RUSGOV', Actor2CountryCode: 'RUS', EventCode: '051', EventBaseCode: '051', EventRootCode: '05',
      QuadClass: '1', GoldsteinScale: '3.4', NumMentions: '2', NumSources: '1', NumArticles: '2', AvgTone: '', ActionGeo_FullName: 'Pyongyang',
      IsRootEvent: '1', SOURCEURL: 'https://www.antaranews.com/a',
    });
    expect(row.GLOBALEVENTID).toMatch(/^\d+$/);
    expect(row.DATEADDED).toMatch(/^\d{14}$/);
    const stdout = runCli(['export', '--format', 'gdelt', '--db', eventsDb]).stdout.trimEnd().split('\n');
    expect(stdout[0]!.split('\t')).toEqual([...GDELT_COLUMNS]);
  });

  it('csv: one row per event with a header; jsonl: one record per document', () => {
    const csv = runCli(['export', '--format', 'csv', '--db', eventsDb]).stdout.trimEnd().split('\n');
    expect(csv).toHaveLength(3);
    expect(csv[0]!.startsWith('doc_id,doc_key,url,published,event,date,code')).toBe(true);
    const jsonl = runCli(['export', '--format', 'jsonl', '--db', eventsDb]).stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(jsonl.map((r) => r.id).sort()).toEqual(['wire-a', 'wire-b']);
    expect(runCli(['export', '--format', 'xml', '--db', eventsDb]).stderr).toMatch(/--format: expected one of jsonl, csv, gdelt/);
    expect(runCli(['export', '--format', 'csv', '--out', join(dir, 'no', 'such', 'f.csv'), '--db', eventsDb]).stderr).toMatch(/--out: cannot write/);
  });
});
