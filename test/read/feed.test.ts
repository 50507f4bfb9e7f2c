import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readFeed, htmlToText } from '../../src/read/feed.js';
import { readSources } from '../../src/read/sources.js';
import type { ReadItem } from '../../src/read/types.js';

const path = (name: string): string => fileURLToPath(new URL(`../fixtures/web/${name}`, import.meta.url));
const collect = async (it: AsyncIterable<ReadItem>): Promise<ReadItem[]> => {
  const out: ReadItem[] = [];
  for await (const x of it) out.push(x);
  return out;
};
const docs = (items: ReadItem[]) => items.map((i) => (i.ok ? i.doc : null));

describe('feeds', () => {
  it('RSS 2.0: one record per item, summary as text, RFC 822 dates with their zone, dc:creator as a credit line', async () => {
    const items = await collect(readSources([path('feed-rss.xml')], { format: 'auto' }));
    const [a, b] = docs(items);
    expect(items).toHaveLength(2);
    expect(a).toMatchObject({
      id: 'kh-20250114-001',
      title: 'Harga Beras Medium Turun di Pasar Induk',
      url: 'https://kabarharian.test/ekonomi/harga-beras-medium-turun',
      published: '2025-01-14T08:05:00+07:00',
      text: 'Harga beras medium di Pasar Induk Cipinang turun Rp500 per kilogram dalam sepekan terakhir.\nPasokan dari Jawa Tengah bertambah & stok gudang naik.\nPewarta: Dewi Lestari',
    });
    expect(a!.origin).toMatch(/feed-rss\.xml#1$/);
    expect(b).toMatchObject({ id: 'https://kabarharian.test/nasional/kereta-cepat-tambah-jadwal', published: '2025-01-13T19:30:00Z' });
    expect(b!.text).toBe('Operator menambah empat perjalanan setiap Sabtu dan Minggu mulai bulan depan.');
  });

  it('Atom: HTML title and summary as text, published before updated, author', async () => {
    const items = await collect(readSources([path('feed-atom.xml')], { format: 'auto' }));
    expect(docs(items)).toEqual([
      {
        id: 'tag:suaradesa.test,2024:jembatan',
        title: 'Jembatan Gantung Putus, Warga Menyeberang dengan Rakit',
        url: 'https://suaradesa.test/2024/09/04/jembatan-gantung-putus',
        published: '2024-09-04T09:30:00+07:00',
        text: 'Warga Dusun Cikaret menyeberangi sungai dengan rakit bambu setelah jembatan putus.\nPewarta: Uus Sunarya',
        lang: null,
        origin: expect.stringMatching(/feed-atom\.xml#1$/),
        warnings: [],
      },
    ]);
  });

  it('JSON Feed (a .json file, not JSON Lines): summary or content, authors, a title-less item', async () => {
    const items = await collect(readSources([path('feed.json')], { format: 'auto' }));
    const [a, b] = docs(items);
    expect(a).toMatchObject({ id: 'ap-2024-11-05-volcano', published: '2024-11-05T06:20:00Z', text: 'Two airports on Flores closed after an eruption stranded hundreds of travellers.\nReporter: Jane Doe' });
    expect(b).toMatchObject({ id: 'ap-2024-11-04-ash', title: null, published: '2024-11-04T22:00:00+08:00', text: 'The ash cloud drifted toward Timor on Monday.' });
  });

  it('bad feeds: one clear item each, no exception', async () => {
    const run = async (s: string) => collect(readFeed(Buffer.from(s), 'f.xml'));
    expect(await run('<rss version="2.0"><channel><title>x</title>')).toEqual([{ ok: false, origin: 'f.xml', message: expect.stringMatching(/^(malformed feed|the RSS feed has no items)/) }]);
    expect(await run('<html><body>hello</body></html>')).toEqual([{ ok: false, origin: 'f.xml', message: 'not a feed Warta can read (expected RSS, Atom or JSON Feed)' }]);
    expect(await run('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><link>http://a</link><description>d</description></channel></rss>')).toEqual([
      { ok: false, origin: 'f.xml', message: 'the RSS feed has no items' },
    ]);
    const [noText] = await run('<rss version="2.0"><channel><title>x</title><item><link>http://a/1</link></item></channel></rss>');
    expect(noText).toEqual({ ok: false, origin: 'f.xml#1', message: 'the feed item has neither a summary nor a title' });
  });

  it('a feed item without a summary keeps its title as the text, with a warning', async () => {
    const [item] = await collect(readFeed(Buffer.from('<rss version="2.0"><channel><title>x</title><item><title>Gempa di Maluku</title><link>http://a/1</link></item></channel></rss>'), 'f.xml'));
    expect(item).toMatchObject({ ok: true, doc: { text: 'Gempa di Maluku', warnings: ['the feed item has no summary: its title is the text'] } });
  });

  it('feed markup to text: paragraphs on lines, entities decoded, scripts dropped', () => {
    expect(htmlToText('<p>Satu &amp; dua</p><script>x()</script><p>tiga<br>empat</p>')).toBe('Satu & dua\ntiga\nempat');
    expect(htmlToText('tanpa markup')).toBe('tanpa markup');
    expect(htmlToText('')).toBeNull();
  });
});
