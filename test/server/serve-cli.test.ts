/** `warta serve` as a user runs it: a real process, a real port on 127.0.0.1, stopped with SIGTERM. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const entry = fileURLToPath(new URL('../helpers/cli-entry.ts', import.meta.url));
const children: ChildProcess[] = [];
const dirs: string[] = [];

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'warta-serve-'));
  dirs.push(d);
  return d;
}

/** Starts `warta serve …`; resolves with the address it prints, the process and its stderr so far. */
function start(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ url: string; child: ChildProcess; stderr: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, 'serve', '--port', '0', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let err = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (b: Buffer) => {
      err += b.toString();
      const m = /serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(err);
      if (m) resolve({ url: m[1]!, child, stderr: () => err });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
}

function statusWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

function stopped(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.on('exit', (code) => resolve(code));
  });
}

describe('warta serve', () => {
  it('serves the API over a new store, says it is empty, and stops cleanly on SIGTERM', async () => {
    const db = join(tempDir(), 'w.db');
    const { url, child, stderr } = await start(['--db', db]);
    const status = (await (await fetch(`${url}api/status`)).json()) as { documents: number; examples: boolean };
    expect(status).toMatchObject({ documents: 0, examples: true });
    expect(stderr()).toMatch(/store is empty/);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    // a request naming another host is refused (DNS rebinding)
    expect(await statusWithHost(`${url}api/status`, 'attacker.example')).toBe(403);
    expect(await statusWithHost(`${url}api/status`, 'localhost')).toBe(200);
    child.kill('SIGTERM');
    expect(await stopped(child)).toBe(0);
    expect(existsSync(db)).toBe(true);
  }, 60_000);

  it('--demo ingests the bundled examples into a temporary store, removed on exit', async () => {
    const { url, child, stderr } = await start(['--demo'], { TMPDIR: tempDir() });
    const status = (await (await fetch(`${url}api/status`)).json()) as { documents: number };
    expect(status.documents).toBeGreaterThanOrEqual(11);
    const store = /store: (\S+), temporary/.exec(stderr())?.[1];
    expect(store && existsSync(store)).toBe(true);
    child.kill('SIGINT');
    expect(await stopped(child)).toBe(0);
    expect(existsSync(store!)).toBe(false);
  }, 120_000);

  it('rejects a bad port or a port in use with one line', async () => {
    const bad = runCli(['serve', '--port', '70000']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    const db = join(tempDir(), 'w.db');
    const { url, child } = await start(['--db', db]);
    const port = new URL(url).port;
    const busy = runCli(['serve', '--db', db, '--port', port]);
    expect(busy.code).toBe(2);
    expect(busy.stderr).toMatch(new RegExp(`port ${port} on 127.0.0.1 is in use`));
    child.kill('SIGTERM');
    await stopped(child);
  }, 60_000);
});

/** `script` (util-linux) runs a command on a pseudo-terminal: what a user at a terminal sees and types. */
const SCRIPT = ['/usr/bin/script', '/bin/script'].find((p) => existsSync(p));

/** Starts `warta serve` on a pseudo-terminal; `answer` is typed when the examples prompt shows. */
function startOnTerminal(db: string, answer: string): { child: ChildProcess; output: () => string; waitFor: (re: RegExp) => Promise<RegExpExecArray> } {
  const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
  const command = [process.execPath, '--import', 'tsx', entry, 'serve', '--port', '0', '--db', db].map(quote).join(' ');
  const child = spawn(SCRIPT!, ['-qfec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  let answered = false;
  const waiters: { re: RegExp; resolve: (m: RegExpExecArray) => void }[] = [];
  const onData = (b: Buffer): void => {
    out += b.toString();
    if (!answered && out.includes('[y/N]')) {
      answered = true;
      child.stdin!.write(`${answer}\r`);
    }
    for (const w of waiters.splice(0)) {
      const m = w.re.exec(out);
      if (m) w.resolve(m);
      else waiters.push(w);
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const waitFor = (re: RegExp): Promise<RegExpExecArray> =>
    new Promise((resolve, reject) => {
      const m = re.exec(out);
      if (m) return resolve(m);
      waiters.push({ re, resolve });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
    });
  return { child, output: () => out, waitFor };
}

describe.skipIf(!SCRIPT)('warta serve at a terminal', () => {
  it('offers the bundled examples for an empty store and ingests them on "y"', async () => {
    const db = join(tempDir(), 'w.db');
    const { child, waitFor } = startOnTerminal(db, 'y');
    const [, url] = await waitFor(/serving (http:\/\/127\.0\.0\.1:\d+\/)/);
    const [, added] = await waitFor(/examples: (\d+) added/);
    expect(Number(added)).toBeGreaterThanOrEqual(11);
    const status = (await (await fetch(`${url}api/status`)).json()) as { documents: number };
    expect(status.documents).toBe(Number(added));
    child.kill('SIGTERM');
    await stopped(child);
  }, 90_000);

  it('leaves the store empty when the answer is no (or just Enter)', async () => {
    const db = join(tempDir(), 'w.db');
    const { child, waitFor, output } = startOnTerminal(db, '');
    const [, url] = await waitFor(/serving (http:\/\/127\.0\.0\.1:\d+\/)/);
    await waitFor(/\[y\/N\]/);
    // the answer is read, then nothing is ingested: the store stays empty while the server runs
    await new Promise((r) => setTimeout(r, 1500));
    const status = (await (await fetch(`${url}api/status`)).json()) as { documents: number };
    expect(status.documents).toBe(0);
    expect(output()).not.toMatch(/examples: \d+ added/);
    child.kill('SIGTERM');
    await stopped(child);
  }, 90_000);
});
