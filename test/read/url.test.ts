import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fetchUrl, FetchError, userAgent } from '../../src/read/net/fetch.js';
import { blockedReason } from '../../src/read/net/address.js';
import { readSources } from '../../src/read/sources.js';
import type { ReadItem } from '../../src/read/types.js';

const fixture = (name: string): Buffer => readFileSync(fileURLToPath(new URL(`../fixtures/web/${name}`, import.meta.url)));

let server: Server;
let base = '';
const seen: { path: string; agent: string | undefined }[] = [];

beforeAll(async () => {
  server = createServer((req, res: ServerResponse) => {
    seen.push({ path: req.url ?? '', agent: req.headers['user-agent'] });
    const url = req.url ?? '/';
    const html = (body: Buffer | string, type = 'text/html; charset=utf-8'): void => {
      res.writeHead(200, { 'Content-Type': type });
      res.end(body);
    };
    if (url === '/article') return html(fixture('wire-agency.html'));
    if (url === '/gzip') {
      res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' });
      return res.end(gzipSync(fixture('portal.html')));
    }
    if (url === '/redirect') {
      res.writeHead(302, { Location: '/hop' });
      return res.end();
    }
    if (url === '/hop') {
      res.writeHead(301, { Location: `${base}/article` });
      return res.end();
    }
    if (url === '/loop') {
      res.writeHead(302, { Location: '/loop' });
      return res.end();
    }
    if (url === '/to-other-host') {
      res.writeHead(302, { Location: url.replace('/to-other-host', `http://127.0.0.2:${(server.address() as AddressInfo).port}/article`) });
      return res.end();
    }
    if (url === '/slow') return; // never answers
    if (url === '/stall') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      return res.write('<html><body><p>awal'); // and never ends
    }
    if (url === '/big') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      for (let i = 0; i < 40; i++) res.write(chunk);
      return res.end();
    }
    if (url === '/big-declared') {
      res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': String(50 * 1024 * 1024) });
      return res.end('x');
    }
    if (url === '/image') return html(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png');
    if (url === '/missing') {
      res.writeHead(404, { 'Content-Type': 'text/html' });
      return res.end('not here');
    }
    if (url === '/feed.xml') {
      const xml = fixture('feed-rss.xml').toString('utf8').replaceAll('https://kabarharian.test/', `${base}/items/`);
      return html(xml, 'application/rss+xml');
    }
    if (url.startsWith('/items/')) return html(fixture('jsonld.html'));
    if (url === '/plain') return html('Gubernur meninjau banjir di Bekasi, Selasa (21/10/2025).', 'text/plain; charset=utf-8');
    res.writeHead(500);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const read = async (url: string, web: Parameters<typeof readSources>[1]['web'] = { allowPrivate: true }): Promise<ReadItem[]> => {
  const out: ReadItem[] = [];
  for await (const x of readSources([url], { format: 'auto', web })) out.push(x);
  return out;
};

describe('URLs', () => {
  it('fetches a page with a clear User-Agent and reads its article; the canonical address is kept', async () => {
    const [item] = await read(`${base}/article`);
    expect(item!.ok).toBe(true);
    if (!item!.ok) return;
    expect(item!.doc.title).toBe('Petani Garut panen raya jagung di lahan bekas tambang');
    expect(item!.doc.url).toBe('https://www.beritanusa.test/berita/1201/petani-garut-panen-raya-jagung');
    expect(item!.doc.origin).toBe(`${base}/article`);
    expect(item!.doc.text).toMatch(/^Garut, Jawa Barat \(NUSA\)/);
    expect(seen.find((s) => s.path === '/article')!.agent).toBe(userAgent());
    expect(userAgent()).toMatch(/^Warta\/\d+\.\d+\.\d+ \(/);
  });

  it('follows redirects (relative and absolute) to the page', async () => {
    const r = await fetchUrl(`${base}/redirect`, { allowPrivate: true });
    expect(r.url).toBe(`${base}/article`);
    expect(Buffer.from(r.bytes).toString('utf8')).toContain('Petani Garut');
  });

  it('stops after too many redirects', async () => {
    await expect(fetchUrl(`${base}/loop`, { allowPrivate: true, maxRedirects: 3 })).rejects.toThrow('too many redirects (more than 3)');
  });

  it('checks every hop: a redirect to a refused address is refused', async () => {
    // Only 127.0.0.2 is refused here, so the first hop passes and the redirect does not.
    const policy = (a: string): string | null => (a === '127.0.0.2' ? 'a refused test address' : null);
    await expect(fetchUrl(`${base}/to-other-host`, { policy })).rejects.toThrow('127.0.0.2 is a refused test address; refused');
  });

  it('decodes a gzip-compressed response', async () => {
    const [item] = await read(`${base}/gzip`);
    expect(item!.ok && item!.doc.title).toBe('Warga Bekasi Keluhkan Banjir di Perumahan Baru');
  });

  it('times out on a server that does not answer, and on one that stops half-way', async () => {
    await expect(fetchUrl(`${base}/slow`, { allowPrivate: true, timeoutMs: 300 })).rejects.toThrow('timed out after 300 ms');
    await expect(fetchUrl(`${base}/stall`, { allowPrivate: true, timeoutMs: 300 })).rejects.toThrow(FetchError);
  });

  it('refuses an oversize response, whether it says so or not', async () => {
    await expect(fetchUrl(`${base}/big`, { allowPrivate: true, maxBytes: 1024 * 1024 })).rejects.toThrow('larger than the 1048576-byte limit');
    await expect(fetchUrl(`${base}/big-declared`, { allowPrivate: true })).rejects.toThrow('response of 52428800 bytes is larger than the 5242880-byte limit');
  });

  it('refuses a content type that is not a page, a feed or text; reports HTTP errors', async () => {
    expect(await read(`${base}/image`)).toEqual([{ ok: false, origin: `${base}/image`, message: 'unsupported content type image/png (expected a web page, a feed or plain text)' }]);
    expect(await read(`${base}/missing`)).toEqual([{ ok: false, origin: `${base}/missing`, message: 'HTTP 404 Not Found' }]);
  });

  it('reads plain text as a text document', async () => {
    const [item] = await read(`${base}/plain`);
    expect(item!.ok && item!.doc.text).toBe('Gubernur meninjau banjir di Bekasi, Selasa (21/10/2025).');
  });

  it('refuses loopback and private addresses unless allowed, before connecting', async () => {
    const before = seen.length;
    expect(await read(`${base}/article`, {})).toEqual([
      { ok: false, origin: `${base}/article`, message: '127.0.0.1 is a loopback address; refused (use --allow-private to allow it)' },
    ]);
    const port = (server.address() as AddressInfo).port;
    const [byName] = await read(`http://localhost:${port}/article`, {});
    expect(byName).toMatchObject({ ok: false, message: expect.stringMatching(/^localhost resolves to (127\.0\.0\.1|::1), a loopback address; refused/) });
    const [mapped] = await read(`http://[::ffff:127.0.0.1]:${port}/article`, {});
    expect(mapped).toMatchObject({ ok: false, message: expect.stringMatching(/a loopback address; refused/) });
    expect(seen.length).toBe(before);
  });

  it('refuses addresses that are not http(s) or not URLs at all', async () => {
    await expect(fetchUrl('ftp://example.org/x')).rejects.toThrow('only http and https addresses are fetched, not ftp:');
    await expect(fetchUrl('http://')).rejects.toThrow('not a valid URL');
  });

  it('a feed by URL gives its items; with follow, each item page is fetched and extracted', async () => {
    const plain = await read(`${base}/feed.xml`);
    expect(plain).toHaveLength(2);
    expect(plain[0]!.ok && plain[0]!.doc.text).toMatch(/^Harga beras medium/);
    const followed = await read(`${base}/feed.xml`, { allowPrivate: true, follow: true });
    expect(followed).toHaveLength(2);
    const [a] = followed;
    expect(a!.ok).toBe(true);
    if (!a!.ok) return;
    expect(a!.doc.id).toBe('kh-20250114-001');
    expect(a!.doc.text).toMatch(/^Harga beras medium di Pasar Induk Cipinang turun Rp500 per kilogram dalam sepekan terakhir, seiring/);
    expect(a!.doc.published).toBe('2025-01-14T08:05:00+07:00');
    expect(seen.some((s) => s.path === '/items/ekonomi/harga-beras-medium-turun')).toBe(true);
  });

  it('follow without permission for private addresses: each item fails on its own, with the reason', async () => {
    const xml = Buffer.from(fixture('feed-rss.xml').toString('utf8').replaceAll('https://kabarharian.test/', 'http://127.0.0.1:9/'));
    const out: ReadItem[] = [];
    for await (const x of readSources(['-'], { format: 'feed', stdin: (async function* () { yield xml; })(), web: { follow: true } })) out.push(x);
    expect(out).toHaveLength(2);
    for (const x of out) expect(x).toMatchObject({ ok: false, message: '127.0.0.1 is a loopback address; refused (use --allow-private to allow it)' });
  });
});

describe('address policy', () => {
  it.each([
    ['127.0.0.1', 'a loopback address'],
    ['10.20.30.40', 'a private address'],
    ['172.16.5.4', 'a private address'],
    ['192.168.0.1', 'a private address'],
    ['169.254.169.254', 'a link-local address'],
    ['100.64.1.1', 'a shared (carrier-grade NAT) address'],
    ['0.0.0.0', 'a "this network" address'],
    ['::1', 'a loopback address'],
    ['::', 'the unspecified address'],
    ['::ffff:127.0.0.1', 'a loopback address'],
    ['::ffff:7f00:1', 'a loopback address'],
    ['::ffff:10.0.0.1', 'a private address'],
    ['64:ff9b::a9fe:a9fe', 'a link-local address'],
    ['2002:c0a8:0101::1', 'a private address'],
    ['fe80::1%eth0', 'a link-local address'],
    ['fc00::1', 'a unique-local address'],
    ['fd12:3456:789a::1', 'a unique-local address'],
    ['ff02::1', 'a multicast address'],
    ['localhost', 'not an IP address'],
  ])('%s is refused as %s', (addr, why) => {
    expect(blockedReason(addr)).toBe(why);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '2a00:1450:4001:81d::200e'])('%s is public', (addr) => {
    expect(blockedReason(addr)).toBeNull();
  });
});
