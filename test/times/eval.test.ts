import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTimeml } from '../../src/times/eval/timeml.js';
import { matchSpans, matchTexts, prf } from '../../src/times/eval/score.js';
import { runCli } from '../helpers/cli.js';

// A TimeML document written for this test.
const TML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>t1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-10-22" functionInDocument="CREATION_TIME">Rabu, 22 Oktober 2025</TIMEX3></DCT>
<TEXT>
Banjir &amp; longsor melanda desa itu <TIMEX3 tid="t1" type="DATE" value="2025-10-21">kemarin</TIMEX3>. Warga mengungsi <TIMEX3 tid="t2" type="TIME" value="2025-10-21TNI">Selasa malam</TIMEX3> dan bertahan <TIMEX3 tid="t3" type="DURATION" value="P2D">dua hari</TIMEX3>. Bantuan tiba <TIMEX3 tid="t4" type="DATE" value="2025-W43">pekan ini</TIMEX3>.
</TEXT>
</TimeML>
`;

describe('reading TimeML', () => {
  it('gives the plain text, the creation date and exact gold spans', () => {
    const d = readTimeml(TML, 't1.tml');
    expect(d.dct).toBe('2025-10-22');
    expect(d.text).toContain('Banjir & longsor');
    expect(d.gold.map((g) => [d.text.slice(g.start, g.end), g.type, g.value])).toEqual([
      ['kemarin', 'DATE', '2025-10-21'],
      ['Selasa malam', 'TIME', '2025-10-21TNI'],
      ['dua hari', 'DURATION', 'P2D'],
      ['pekan ini', 'DATE', '2025-W43'],
    ]);
  });
  it('refuses what is not TimeML, naming the file', () => {
    expect(() => readTimeml('<html></html>', 'x.tml')).toThrow(/x\.tml: not a TimeML file/);
  });
});

describe('scoring', () => {
  it('matches spans one to one by overlap', () => {
    const gold = [
      { start: 0, end: 10, value: 'a' },
      { start: 20, end: 25, value: 'b' },
    ];
    const pred = [
      { start: 2, end: 12, value: 'a' },
      { start: 2, end: 4, value: 'a' },
      { start: 30, end: 35, value: 'c' },
    ];
    const m = matchSpans(gold, pred);
    expect(m.pairs).toHaveLength(1);
    expect(m.missed).toEqual([gold[1]]);
    expect(m.spurious).toHaveLength(2);
    expect(prf({ gold: 2, predicted: 3, matched: 1, valueCorrect: 1 })).toEqual({ precision: 1 / 3, recall: 0.5, f1: 0.4, valueAccuracy: 1 });
    expect(prf({ gold: 0, predicted: 0, matched: 0, valueCorrect: 0 }).f1).toBe(0);
  });
  it('matches (text, value) pairs strictly or with one text inside the other', () => {
    const gold = [
      { text: 'Senin (20/10)', value: '2025-10-20' },
      { text: 'tahun lalu', value: '2024' },
    ];
    const pred = [
      { text: 'Senin (20/10) pagi', value: '2025-10-20' },
      { text: 'Tahun  lalu', value: '2024' },
      { text: 'tahun lalu', value: '2024' },
    ];
    expect(matchTexts(gold, pred, true)).toMatchObject({ gold: 2, predicted: 2, correct: 1 });
    expect(matchTexts(gold, pred, false)).toMatchObject({ gold: 2, predicted: 2, correct: 2 });
    expect(matchTexts(gold, [{ text: 'tahun lalu', value: '2023' }], false).correct).toBe(0);
  });
});

describe('warta eval times', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'warta-times-'));
    mkdirSync(join(dir, 'tml'));
    writeFileSync(join(dir, 'tml', 't1.tml'), TML);
    mkdirSync(join(dir, 'dev'));
    writeFileSync(
      join(dir, 'dev', 'doc-1.json'),
      JSON.stringify({ id: 'doc-1', published: '2025-10-22', times: [{ text: 'Senin (20/10)', value: '2025-10-20' }, { text: 'tahun lalu', value: '2024' }] }),
    );
    writeFileSync(
      join(dir, 'corpus.jsonl'),
      JSON.stringify({ id: 'doc-1', published: '2025-10-22T09:00:00+07:00', text: 'Menteri meninjau pasar, Senin (20/10). Harga naik sejak tahun lalu, selama dua bulan.' }) + '\n',
    );
    writeFileSync(join(dir, 'broken.json'), '{"id": ');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints figures for TimeML and eval-dev files', () => {
    const r = runCli(['eval', 'times', join(dir, 'tml'), join(dir, 'dev'), '--corpus', join(dir, 'corpus.jsonl')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/DATE\s+gold\s+2\s+found\s+2\s+P 100\.0\s+R 100\.0\s+F1 100\.0\s+value acc 100\.0/);
    expect(r.stdout).toMatch(/TIME\s+gold\s+1\s+found\s+1/);
    expect(r.stdout).toMatch(/strict\s+gold 2\s+found 2\s+correct 2/);
  });

  it('fails with one line when data is missing or malformed', () => {
    const missing = runCli(['eval', 'times', join(dir, 'nowhere')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/no such file or folder/);
    const broken = runCli(['eval', 'times', join(dir, 'broken.json'), '--corpus', join(dir, 'corpus.jsonl')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/broken\.json: not valid JSON/);
    const nocorpus = runCli(['eval', 'times', join(dir, 'dev'), '--corpus', join(dir, 'none.jsonl')]);
    expect(nocorpus.code).toBe(2);
    expect(nocorpus.stderr).toMatch(/corpus not found/);
    const empty = runCli(['eval', 'times', tmpdir() + '/../' + 'nonexistent-' + Date.now()]);
    expect(empty.code).toBe(2);
  });
});
