import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractPage, PageError } from '../../src/read/html/page.js';
import { readHtml } from '../../src/read/html/index.js';
import { readStructure } from '../../src/article/structure.js';

const fixture = (name: string): Buffer => readFileSync(fileURLToPath(new URL(`../fixtures/web/${name}`, import.meta.url)));
const page = (name: string) => extractPage(fixture(name));
const lastLine = (body: string[]): string => body[body.length - 1]!;

describe('HTML reader: layouts', () => {
  it('wire-agency page: headline without the site name, visible WIB date, byline, editor, inline Baca juga', () => {
    const p = page('wire-agency.html');
    expect(p.title).toBe('Petani Garut panen raya jagung di lahan bekas tambang');
    expect(p.published).toBe('2025-02-27T10:15:00+07:00');
    expect(p.url).toBe('https://www.beritanusa.test/berita/1201/petani-garut-panen-raya-jagung');
    expect(p.body[0]).toMatch(/^Garut, Jawa Barat \(NUSA\) - Puluhan petani/);
    expect(lastLine(p.body)).toBe('Dinas Pertanian Garut berencana memperluas program reklamasi ke tiga desa lain pada tahun depan.');
    expect(p.body.length).toBe(5);
    // Nothing from around the article: navigation, caption, share bar, related box, sidebar, footer.
    for (const leak of ['Beranda', 'FOTO NUSA', 'Bagikan', 'Gubernur tinjau', 'Banjir rendam', 'Ketentuan', 'Komentar', 'iklan']) {
      expect(p.text).not.toContain(leak);
    }
    expect(p.related).toEqual([{ title: 'Harga jagung di tingkat petani naik', url: 'https://www.beritanusa.test/berita/1188/harga-jagung-naik' }]);
    expect(p.credits).toEqual([
      { role: 'reporter', label: 'Pewarta', value: 'Rina Kartikasari' },
      { role: 'editor', label: 'Editor', value: 'Bambang Susilo' },
    ]);
  });

  it('writes credits and related links after the body, where the article stage finds them with spans', () => {
    const p = page('wire-agency.html');
    expect(p.text).toMatch(/\nBaca juga: Harga jagung di tingkat petani naik \(https:\/\/www\.beritanusa\.test\/berita\/1188\/harga-jagung-naik\)\nPewarta: Rina Kartikasari\nEditor: Bambang Susilo\nCOPYRIGHT © NUSA 2025$/);
    const st = readStructure(p.text, { title: p.title });
    expect(st.text.slice(st.body.start, st.body.end).endsWith('pada tahun depan.')).toBe(true);
    expect(st.credits.reporter.map((c) => st.text.slice(c.start, c.end))).toEqual(['Rina Kartikasari']);
    expect(st.credits.editor.map((c) => c.name)).toEqual(['Bambang Susilo']);
    expect(st.related.map((r) => r.title)).toEqual(['Harga jagung di tingkat petani naik']);
  });

  it('portal page: section heading and site suffix dropped, split dateline joined, Baca Juga block, ads, caption and sign-off gone, credit table read', () => {
    const p = page('portal.html');
    expect(p.title).toBe('Warga Bekasi Keluhkan Banjir di Perumahan Baru');
    expect(p.published).toBe('2024-12-09T14:30:00+07:00');
    expect(p.body[0]).toBe('Bekasi - Ratusan warga Perumahan Griya Asri di Bekasi Timur mengeluhkan banjir setinggi lutut yang merendam rumah mereka sejak Minggu malam.');
    expect(lastLine(p.body)).toBe('Pemerintah kota berjanji memeriksa izin pengembang perumahan tersebut pekan ini.');
    for (const leak of ['Baca Juga', 'Pengembang janji', 'ADVERTISEMENT', 'lumpur', 'Facebook', 'banjir\nbekasi', 'Tulis komentar', 'All Rights', 'Megapolitan', 'PORTALWARTA']) {
      expect(p.text).not.toContain(leak);
    }
    // The organisation in <meta name=author> is not an author; the credit table's people are.
    expect(p.credits).toEqual([
      { role: 'reporter', label: 'Penulis', value: 'Sari Wulandari' },
      { role: 'editor', label: 'Editor', value: 'Joko Prasetyo' },
    ]);
    expect(p.text).toContain('\n(abc/def)\nPenulis: Sari Wulandari\nEditor: Joko Prasetyo');
  });

  it('JSON-LD page: headline, author (a person, not the publisher), date without a zone given the zone the page shows', () => {
    const p = page('jsonld.html');
    expect(p.title).toBe('Harga Beras Medium Turun di Pasar Induk');
    expect(p.published).toBe('2025-01-14T08:05:00+07:00');
    expect(p.url).toBe('https://kabarharian.test/ekonomi/harga-beras-medium-turun');
    expect(p.credits).toEqual([{ role: 'reporter', label: null, value: 'Dewi Lestari' }]);
    expect(p.body).toHaveLength(3);
    expect(p.text).not.toMatch(/Terpopuler|paspor|Kabar Harian ©/);
  });

  it('English page: byline, UTC publication time, Read more link kept aside, newsletter box dropped', () => {
    const p = extractPage(fixture('english.html'), { detectLang: () => 'en' });
    expect(p.title).toBe('Volcano eruption disrupts flights in eastern Indonesia');
    expect(p.published).toBe('2024-11-05T06:20:00Z');
    expect(p.body[0]).toMatch(/^KUPANG, Indonesia — An erupting volcano/);
    expect(lastLine(p.body)).toBe('Airlines said flights would resume once the ash cleared, but gave no date.');
    expect(p.related.map((r) => r.title)).toEqual(['Ash cloud drifts toward Timor']);
    expect(p.text).not.toMatch(/Sign up|Quake hits|Business/);
    expect(p.text).toMatch(/\nReporter: Jane Doe$/);
  });

  it('photo story: the captions are the text, without the photographers, and say so', () => {
    const p = page('photo-story.html');
    expect(p.method).toBe('captions');
    expect(p.body).toEqual([
      'Peserta menerbangkan layang-layang naga sepanjang 30 meter di Pantai Parangtritis, Bantul, Minggu (21/7).',
      'Pengunjung menyaksikan atraksi layang-layang hias dari tepi pantai pada sore hari.',
    ]);
    expect(p.warnings.join(' ')).toMatch(/captions/);
  });
});

describe('HTML reader: bad pages', () => {
  it('JS-only shell: a one-line error that says the page needs JavaScript', () => {
    expect(() => page('js-shell.html')).toThrow(PageError);
    expect(() => page('js-shell.html')).toThrow(/needs JavaScript/);
  });

  it('a shell with a description: a record of the description, with a warning', () => {
    const html = '<html><head><meta property="og:description" content="Banjir merendam tiga desa di Kabupaten Bandung."></head><body><div id="app"></div><script src="/app.js"></script></body></html>';
    const p = extractPage(Buffer.from(html));
    expect(p.text).toBe('Banjir merendam tiga desa di Kabupaten Bandung.');
    expect(p.warnings.join(' ')).toMatch(/no article text found \(the page needs JavaScript/);
  });

  it('broken markup: unclosed tags, a repeated <html>, no </body>: still the article', () => {
    const p = page('broken.html');
    expect(p.title).toBe('Jembatan Gantung Putus, Warga Menyeberang dengan Rakit');
    expect(p.published).toBe('2024-09-04');
    expect(p.body[0]).toMatch(/^Warga Dusun Cikaret/);
    expect(lastLine(p.body)).toBe('Pemerintah kabupaten berjanji membangun jembatan darurat dalam dua pekan.');
    expect(p.text).not.toContain('Suara Desa ©');
  });

  const cp1252 = (s: string): Buffer => Buffer.from(s.replace(/“/g, '\x93').replace(/”/g, '\x94').replace(/–/g, '\x96'), 'latin1');
  const article1252 =
    '<h1>Café di Kota Tua kembali buka</h1><div class="isi"><p>Pemilik café, René Siregar, mengatakan “pengunjung sudah kembali” – terutama pada akhir pekan di kawasan Kota Tua Jakarta.</p>' +
    '<p>Ia menambah dua puluh kursi dan memperpanjang jam buka hingga tengah malam.</p></div>';

  it('windows-1252 page: decoded as declared', () => {
    const p = extractPage(cp1252(`<html><head><meta charset="windows-1252"><title>x</title></head><body>${article1252}</body></html>`));
    expect(p.title).toBe('Café di Kota Tua kembali buka');
    expect(p.body[0]).toContain('René Siregar, mengatakan “pengunjung sudah kembali” – terutama');
    expect(p.warnings).toEqual([]);
  });

  it('wrong declaration (UTF-8 declared, windows-1252 bytes): read as windows-1252, with a warning', () => {
    const p = extractPage(cp1252(`<html><head><meta charset="utf-8"></head><body>${article1252}</body></html>`));
    expect(p.body[0]).toContain('René');
    expect(p.warnings.join(' ')).toMatch(/declared charset utf-8 does not match the bytes .*windows-1252/);
  });

  it('wrong declaration (iso-8859-1 declared, UTF-8 bytes): read as UTF-8, with a warning', () => {
    const p = extractPage(Buffer.from(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>${article1252}</body></html>`, 'utf8'));
    expect(p.body[0]).toContain('René Siregar');
    expect(p.warnings.join(' ')).toMatch(/iso-8859-1 does not match the bytes, which are UTF-8/);
  });

  it('no declaration and not UTF-8: windows-1252, with a warning; the HTTP header outranks the page', () => {
    const p = extractPage(cp1252(`<html><body>${article1252}</body></html>`));
    expect(p.body[0]).toContain('René');
    expect(p.warnings.join(' ')).toMatch(/no charset declared/);
    const h = extractPage(cp1252(`<html><head><meta charset="utf-8"></head><body>${article1252}</body></html>`), { contentType: 'text/html; charset=windows-1252' });
    expect(h.warnings).toEqual([]);
  });

  it('a huge page is cut before parsing, with a warning, and still read', () => {
    const filler = '<div class="sidebar">' + '<a href="/x">tautan lain</a> '.repeat(20000) + '</div>';
    const html = Buffer.from(`<html><body><h1>Judul berita yang panjang sekali</h1>${article1252.replace(/[“”–é]/g, 'e')}${filler}</body></html>`);
    const p = extractPage(html, { maxBytes: 64 * 1024 });
    expect(p.warnings.join(' ')).toMatch(/cut to the first 65536 bytes/);
    expect(p.body[0]).toMatch(/^Pemilik cafe/);
  });

  it('markup nested ten thousand levels deep does not overflow the stack', () => {
    const deep = '<div>'.repeat(10000) + '<p>Warga desa menanam kembali hutan bakau yang rusak akibat abrasi di pesisir utara Jawa sejak awal tahun ini.</p>' + '</div>'.repeat(10000);
    const p = extractPage(Buffer.from(`<html><body><h1>Hutan bakau kembali ditanam</h1>${deep}</body></html>`));
    expect(p.body).toEqual(['Warga desa menanam kembali hutan bakau yang rusak akibat abrasi di pesisir utara Jawa sejak awal tahun ini.']);
  });

  it('binary data and pages without text are refused with one line', () => {
    expect(() => extractPage(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toThrow(/binary/);
    expect(() => extractPage(Buffer.from('<html><body><nav><a href="/">Beranda</a></nav></body></html>'))).toThrow(/no article text found/);
    expect(() => extractPage(Buffer.from(''))).toThrow(PageError);
  });

  it('readHtml turns failures into items and gives files their name as id', async () => {
    const [bad] = await readHtml(fixture('js-shell.html'), 'js-shell.html', true);
    expect(bad).toEqual({ ok: false, origin: 'js-shell.html', message: 'no article text: the page needs JavaScript to show it' });
    const [good] = await readHtml(fixture('wire-agency.html'), 'dir/wire-agency.html', true);
    expect(good!.ok && good!.doc.id).toBe('wire-agency');
    expect(good!.ok && good!.doc.found).toEqual({ authors: ['Rina Kartikasari'], editors: ['Bambang Susilo'] });
  });
});
