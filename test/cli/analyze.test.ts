import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { validateRecord } from '../../src/record/validate.js';

let dir: string;
const art = 'Jakarta - Presiden meresmikan bendungan baru di Jawa Barat pada Senin. Bendungan itu mengairi 5.000 hektare sawah.';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'warta-cli-'));
  writeFileSync(join(dir, 'ok.txt'), art);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n\n \t\n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3, 0, 0, 0]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' di Jakarta ramai pengunjung.')]));
  mkdirSync(join(dir, 'folder'));
  const lines = [
    JSON.stringify({ id: 'a-1', title: 'Satu', published: '2025-10-21', text: art }),
    '{"id": "a-2", "text": ',
    JSON.stringify({ id: 'a-3', text: 'Gubernur meninjau banjir di Bekasi, Selasa (21/10/2025).' }),
    JSON.stringify({ id: 'a-4' }),
    '',
    JSON.stringify({ id: 5, text: 'Kedua pihak sepakat berunding lagi pekan depan.' }),
  ];
  writeFileSync(join(dir, 'batch.jsonl'), lines.join('\n') + '\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const records = (stdout: string): unknown[] => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('warta analyze', () => {
  it('prints one valid record per document, id from the file name', () => {
    const r = runCli(['analyze', join(dir, 'ok.txt')]);
    expect(r.code).toBe(0);
    const [rec] = records(r.stdout) as { id: string }[];
    expect(rec!.id).toBe('ok');
    expect(validateRecord(rec).errors).toEqual([]);
  });

  it('reads standard input and gives it a content id', () => {
    const r = runCli(['analyze', '-'], { input: art });
    expect(r.code).toBe(0);
    const [rec] = records(r.stdout) as { id: string }[];
    expect(rec!.id).toMatch(/^sha256:[0-9a-f]{16}$/);
  });

  it('JSON Lines: keeps going past a malformed line, names its line number, exits non-zero at the end', () => {
    const r = runCli(['analyze', join(dir, 'batch.jsonl')]);
    expect(r.code).toBe(1);
    const recs = records(r.stdout) as { id: string; meta: { published: string } }[];
    expect(recs.map((x) => x.id)).toEqual(['a-1', 'a-3', '5']);
    expect(recs[0]!.meta.published).toBe('2025-10-21');
    expect(r.stderr).toMatch(/batch\.jsonl:2: invalid JSON/);
    expect(r.stderr).toMatch(/batch\.jsonl:4: no "text" string/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('--pretty prints indented JSON; --published and --lang are applied', () => {
    const r = runCli(['analyze', join(dir, 'ok.txt'), '--pretty', '--published', '2024-01-02', '--lang', 'id']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('{\n  "schema"')).toBe(true);
    const rec = JSON.parse(r.stdout);
    expect(rec.meta.published).toBe('2024-01-02');
    expect(rec.meta.publishedSource).toBe('input');
  });

  const bad: [string, () => string[], RegExp][] = [
    ['a missing file', () => [join(dir, 'nope.txt')], /nope\.txt: no such file/],
    ['a directory', () => [join(dir, 'folder')], /folder: is a directory/],
    ['an empty file', () => [join(dir, 'empty.txt')], /empty\.txt: empty/],
    ['a blank file', () => [join(dir, 'blank.txt')], /blank\.txt: empty/],
    ['a binary file', () => [join(dir, 'binary.txt')], /binary\.txt: looks like a binary file/],
    ['invalid UTF-8', () => [join(dir, 'latin1.txt')], /latin1\.txt: not valid UTF-8 \(first bad byte at offset 3\)/],
    ['an unknown flag', () => ['--bogus', join(dir, 'ok.txt')], /unknown option '--bogus'/],
    ['a bad --published', () => ['--published', 'yesterday', join(dir, 'ok.txt')], /--published: "yesterday" is not an ISO 8601 date/],
    ['a bad --format', () => ['--format', 'xml', join(dir, 'ok.txt')], /--format: expected jsonl or pretty/],
  ];
  for (const [what, args, message] of bad) {
    it(`${what}: one line on stderr, non-zero exit, no stack trace`, () => {
      const r = runCli(['analyze', ...args()]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
    });
  }

  it('a bad input among good ones: the good ones are still printed, in order', () => {
    const r = runCli(['analyze', join(dir, 'ok.txt'), join(dir, 'nope.txt'), join(dir, 'ok.txt')]);
    expect(r.code).toBe(1);
    expect(records(r.stdout)).toHaveLength(2);
  });

  it('a 50 MB file is analyzed up to the size limit, with a warning and a non-zero exit', () => {
    const para = art + '\n';
    const big = join(dir, 'big.txt');
    writeFileSync(big, para.repeat(Math.ceil((50 * 1024 * 1024) / para.length)));
    const r = runCli(['analyze', big, '--max-chars', '200000'], { timeout: 120_000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/big\.txt: text of \d+ characters cut to the first 200000/);
    const [rec] = records(r.stdout) as { text: string; warnings: string[] }[];
    expect(rec!.text.length).toBeLessThanOrEqual(200000);
    expect(rec!.warnings.join(' ')).toMatch(/maximum document size/);
    expect(validateRecord(rec).errors).toEqual([]);
  });

  it('help and version exit 0; no arguments prints help and exits 2', () => {
    expect(runCli(['analyze', '--help']).code).toBe(0);
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const none = runCli([]);
    expect(none.code).toBe(2);
    expect(none.stdout + none.stderr).toMatch(/Usage: warta/);
  });

  it('warta schema prints a JSON Schema for the record', () => {
    const r = runCli(['schema']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.title).toBe('warta.analysis/1');
    expect(s.properties.meta.properties.body).toBeDefined();
  });
});
