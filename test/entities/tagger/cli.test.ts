import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main.js';
import { runCli } from '../../helpers/cli.js';
import { fixture, toyDataDir, trainToy } from './toy.js';

let dir: string;
let model: string;

/** Runs the CLI in this process, capturing what it prints. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((stdout += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((stderr += String(s)), true));
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'warta-ner-cli-'));
  model = join(dir, 'toy.bin');
  trainToy().save(model);
  writeFileSync(join(dir, 'empty.conll'), '');
  writeFileSync(join(dir, 'bad.conll'), 'Lestari\tB-PER\nWulandani\n');
  writeFileSync(join(dir, 'badtag.conll'), 'Lestari\tB-PER\nWulandani\tZ-PER-Q\n');
  writeFileSync(join(dir, 'tokens.conll'), 'Bagus\nPrakoso\ntiba\n\nHujan\nturun\n.\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('warta ner --conll', () => {
  it('prints token<TAB>tag for every input token, a blank line after each sentence, in input order', async () => {
    const r = await cli(['ner', '--conll', join(dir, 'tokens.conll'), '--model', model]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.map((l) => l.split('\t')[0])).toEqual(['Bagus', 'Prakoso', 'tiba', '', 'Hujan', 'turun', '.', '', '']);
    for (const l of lines.filter(Boolean)) expect(l.split('\t')[1]).toMatch(/^(O|[BI]-(PER|ORG|LOC))$/);
  });

  it('ignores gold tags in the input', async () => {
    const r = await cli(['ner', '--conll', fixture('toy-nerui.tsv'), '--model', model]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(readFileSync(fixture('toy-nerui.tsv'), 'utf8').split('\n').filter(Boolean).length);
  });
});

describe('warta eval ner', () => {
  it('prints P/R/F1 per type and overall', async () => {
    const r = await cli(['eval', 'ner', fixture('toy-idner.txt'), '--model', model]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\s+PER\s+[\d.]+\s+[\d.]+\s+[\d.]+/m);
    expect(r.stdout).toMatch(/^\s+overall\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+\d+\s+\d+$/m);
  });

  it('gives JSON figures with --json', async () => {
    const r = await cli(['eval', 'ner', fixture('toy-nergrit.txt'), '--model', model, '--json', '--domain', 'nergrit']);
    const [res] = JSON.parse(r.stdout) as { domain: string; overall: { f1: number; tp: number; fn: number } }[];
    expect(res.domain).toBe('nergrit');
    expect(res.overall.tp + res.overall.fn).toBe(25); // the B- tags in the file
  });
});

describe('bad input: one line on stderr, non-zero exit', () => {
  const cases: [string, string[], RegExp][] = [
    ['missing file', ['ner', '--conll', '/nonexistent/x.conll'], /no such file/],
    ['empty file', ['ner', '--conll', 'EMPTY'], /no tokens/],
    ['malformed line', ['eval', 'ner', 'BAD'], /bad\.conll:2: expected a token and a tag/],
    ['bad tag', ['eval', 'ner', 'BADTAG'], /badtag\.conll:2: .* is not a BIO tag/],
    ['wrong flag', ['eval', 'ner', 'TOKENS', '--bogus'], /unknown option/],
    ['missing --conll', ['ner'], /--conll/],
    ['unknown domain', ['ner', '--conll', 'TOKENS', '--domain', 'twitter'], /--domain/],
    ['missing model', ['ner', '--conll', 'TOKENS', '--model', '/nonexistent/model.bin'], /model not found/],
    ['not a model', ['ner', '--conll', 'TOKENS', '--model', 'BAD'], /cannot load the NER model/],
    ['bad seed', ['train', 'ner', '--seed', 'abc'], /seed/],
    ['missing training data', ['train', 'ner', '--data', '/nonexistent/ner'], /no such folder/],
  ];
  for (const [name, args, msg] of cases) {
    it(name, async () => {
      const subst = args.map((a) =>
        a === 'EMPTY' ? join(dir, 'empty.conll') : a === 'BAD' ? join(dir, 'bad.conll') : a === 'BADTAG' ? join(dir, 'badtag.conll') : a === 'TOKENS' ? join(dir, 'tokens.conll') : a,
      );
      if (!subst.includes('--model') && !subst.includes('train')) subst.push('--model', model);
      const r = await cli(subst);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(msg);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }
});

describe('warta train ner (as a user runs it)', () => {
  it('trains from a data folder into --out, reproducibly', async () => {
    const data = toyDataDir(join(dir, 'data'));
    mkdirSync(join(dir, 'out'));
    const args = ['train', 'ner', '--data', data, '--ud', join(dir, 'no-ud'), '--epochs', '2', '--ensemble', '1', '--seed', '5'];
    const a = runCli([...args, '--out', join(dir, 'out', 'a')]);
    expect(a.code).toBe(0);
    expect(a.stderr).toMatch(/wrote .*model\.bin/);
    const b = await cli([...args, '--out', join(dir, 'out', 'b'), '--quiet']);
    expect(b.code).toBe(0);
    expect(b.stderr).toBe('');
    expect(existsSync(join(dir, 'out', 'a', 'model.bin'))).toBe(true);
    expect(Buffer.compare(readFileSync(join(dir, 'out', 'a', 'model.bin')), readFileSync(join(dir, 'out', 'b', 'model.bin')))).toBe(0);
  });
});
