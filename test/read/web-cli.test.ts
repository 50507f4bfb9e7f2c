import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../helpers/cli.js';
import { validateRecord } from '../../src/record/validate.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/web/${name}`, import.meta.url));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'warta-web-'));
  const feed = readFileSync(fixture('feed-rss.xml'), 'utf8').replaceAll('https://kabarharian.test/', 'http://127.0.0.1:9/');
  writeFileSync(join(dir, 'local.rss'), feed);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Rec {
  id: string;
  text: string;
  meta: { title: string; url: string; published: string; credits: { reporter: { name: string; start: number; end: number }[]; editor: { name: string }[] }; body: { start: number; end: number } };
}

describe('warta analyze on pages, feeds and URLs', () => {
  it('an HTML file: a valid record whose text is the article, meta from the page, credits with spans', () => {
    const r = runCli(['analyze', fixture('wire-agency.html')]);
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.stdout) as Rec;
    expect(validateRecord(rec).errors).toEqual([]);
    expect(rec.id).toBe('wire-agency');
    expect(rec.meta.title).toBe('Petani Garut panen raya jagung di lahan bekas tambang');
    expect(rec.meta.url).toBe('https://www.beritanusa.test/berita/1201/petani-garut-panen-raya-jagung');
    expect(rec.meta.published).toBe('2025-02-27T10:15:00+07:00');
    const [rep] = rec.meta.credits.reporter;
    expect(rec.text.slice(rep!.start, rep!.end)).toBe('Rina Kartikasari');
    expect(rec.meta.credits.editor.map((e) => e.name)).toEqual(['Bambang Susilo']);
    expect(rec.text.slice(rec.meta.body.start, rec.meta.body.end)).toMatch(/Puluhan petani[\s\S]*pada tahun depan\.$/);
  });

  it('a JS-only page: one line on stderr, exit 1, no stack trace', () => {
    const r = runCli(['analyze', fixture('js-shell.html')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toMatch(/js-shell\.html: no article text: the page needs JavaScript to show it$/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a URL to a private address is refused without --allow-private', () => {
    const r = runCli(['analyze', 'http://127.0.0.1:9/berita']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('warta: http://127.0.0.1:9/berita: 127.0.0.1 is a loopback address; refused (use --allow-private to allow it)');
  });

  it('a feed file gives one record per item; --follow fetches their pages (refused here: private addresses)', () => {
    const plain = runCli(['analyze', join(dir, 'local.rss')]);
    expect(plain.code).toBe(0);
    expect(plain.stdout.trim().split('\n')).toHaveLength(2);
    const followed = runCli(['analyze', '--follow', join(dir, 'local.rss')]);
    expect(followed.code).toBe(1);
    expect(followed.stderr.match(/loopback address; refused/g)).toHaveLength(2);
    expect(runCli(['analyze', '--help']).stdout).toMatch(/--follow[\s\S]*--allow-private/);
  });
});
