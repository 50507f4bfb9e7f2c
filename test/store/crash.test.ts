/**
 * Crash safety: a real `warta ingest` child process is killed with SIGKILL at several points; after
 * a final run the store is exactly (canonical dump) what one uninterrupted run gives.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { runCli } from '../helpers/cli.js';
import { story } from './records.js';

const entry = fileURLToPath(new URL('../helpers/cli-entry.ts', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;
let corpus: string;
const N = 600;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'warta-crash-'));
  corpus = join(dir, 'corpus.jsonl');
  const lines: string[] = [];
  for (let i = 0; i < N; i++) {
    // Every tenth article is a rewrite of the one before, every 25th an exact copy under another id.
    const text = i % 10 === 9 ? story(i - 1, 'Berita ini ditulis ulang.') : i % 25 === 24 ? story(i - 2) : story(i);
    lines.push(JSON.stringify({ id: `a${i}`, title: `Artikel ${i}`, published: `2024-0${1 + (i % 9)}-1${i % 10}`, url: `https://site${i % 4}.example.com/${i}`, text }));
  }
  writeFileSync(corpus, lines.join('\n') + '\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function dump(db: string): Promise<string[]> {
  const store = SqliteStore.open(db, { readonly: true });
  const lines: string[] = [];
  for await (const l of store.dump()) lines.push(l);
  await store.close();
  return lines;
}

function countDocs(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return conn.prepare('SELECT COUNT(*) FROM documents').pluck().get() as number;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created yet, or its schema not yet written
  }
}

/** Starts an ingest and SIGKILLs it once the store holds `atDocs` documents (or after `atMs`). */
function ingestAndKill(db: string, when: { atDocs?: number; atMs?: number }): Promise<{ killed: boolean; docs: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry, 'ingest', corpus, '--db', db, '--batch', '10', '--jobs', '2', '--quiet'], { cwd: root, stdio: 'ignore' });
    const started = Date.now();
    let done = false;
    const timer = setInterval(() => {
      if (done) return;
      const due = when.atMs !== undefined ? Date.now() - started >= when.atMs : countDocs(db) >= when.atDocs!;
      if (due) {
        child.kill('SIGKILL');
        clearInterval(timer);
      }
    }, 10);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      done = true;
      clearInterval(timer);
      resolve({ killed: signal === 'SIGKILL', docs: countDocs(db) });
    });
  });
}

describe('ingest killed with SIGKILL', () => {
  it('leaves a consistent store, and a re-run ends exactly like an uninterrupted run', async () => {
    const clean = join(dir, 'clean.db');
    const r = runCli(['ingest', corpus, '--db', clean, '--batch', '10', '--jobs', '2', '--json'], { timeout: 120_000 });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).added).toBe(N);
    const expected = await dump(clean);

    const crashed = join(dir, 'crashed.db');
    const kills = [{ atMs: 300 }, { atDocs: 1 }, { atDocs: 150 }, { atDocs: 380 }, { atDocs: 560 }];
    let killedWithData = 0;
    for (const when of kills) {
      const k = await ingestAndKill(crashed, when);
      if (existsSync(crashed)) {
        const conn = new Database(crashed);
        expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
        conn.close();
      }
      if (k.killed && k.docs > 0 && k.docs < N) killedWithData++;
    }
    expect(killedWithData).toBeGreaterThanOrEqual(2);
    const last = runCli(['ingest', corpus, '--db', crashed, '--batch', '10', '--json'], { timeout: 120_000 });
    expect(last.code).toBe(0);
    expect(await dump(crashed)).toEqual(expected);
  }, 180_000);
});
