import { describe, expect, it } from 'vitest';
import { stripSiteAffixes, siteTokens } from '../../src/read/html/title.js';
import { parseMachineDate, parseTextDate, toIso, dateFromUrl } from '../../src/read/html/dates.js';
import { decodeHtml } from '../../src/read/html/charset.js';
import { extractPage } from '../../src/read/html/page.js';

const iso = (v: ReturnType<typeof parseTextDate>): string | null => (v ? toIso(v) : null);

describe('headline: site name and section removed', () => {
  const tokens = siteTokens('regional.portalwarta.test', 'PortalWarta');
  it.each([
    ['Banjir Rendam Tiga Desa - PortalWarta.com Regional', 'Banjir Rendam Tiga Desa'],
    ['Banjir Rendam Tiga Desa | PortalWarta', 'Banjir Rendam Tiga Desa'],
    ['PortalWarta.com: Banjir Rendam Tiga Desa', 'Banjir Rendam Tiga Desa'],
    ['PortalWarta.com: Musik - Konser Amal Digelar', 'Konser Amal Digelar'],
    ['Banjir Rendam Tiga Desa - Kesehatan :: PortalWarta Gaya', 'Banjir Rendam Tiga Desa'],
    ['Jakarta - Bandung Ditempuh 40 Menit', 'Jakarta - Bandung Ditempuh 40 Menit'],
    ['Jokowi: Pembangunan Jalan Tol Dilanjutkan', 'Jokowi: Pembangunan Jalan Tol Dilanjutkan'],
  ])('%s', (raw, clean) => expect(stripSiteAffixes(raw, tokens)).toBe(clean));

  it('without an address, known agencies and portals of the language data are still site names', () => {
    expect(stripSiteAffixes('Gempa Guncang Maluku - ANTARA News', siteTokens(null, null))).toBe('Gempa Guncang Maluku');
  });
});

describe('dates', () => {
  it.each([
    ['Kamis, 5 November 2015 14:56 WIB', '2015-11-05T14:56:00+07:00'],
    ['Rabu, 4 November 2015 | 21:04 WIB', '2015-11-04T21:04:00+07:00'],
    ["Jum'at, 17 Februari 2017 - 13:30 wib", '2017-02-17T13:30:00+07:00'],
    ['Selasa, 23/02/2016 15:32 WIB', '2016-02-23T15:32:00+07:00'],
    ['Rabu (4/11/2015)', '2015-11-04'],
    ['Minggu, 14 Februari 2016 09:15', '2016-02-14T09:15:00'],
    ['on 16 Feb 2016 at 09:10 WIB', '2016-02-16T09:10:00+07:00'],
    ['Wednesday, 04 November, 2015 | 07:28 WIB', '2015-11-04T07:28:00+07:00'],
    ['Sabtu, 2 Maret 2024 pukul 10.15 WITA', '2024-03-02T10:15:00+08:00'],
    ['March 18, 2024', '2024-03-18'],
    ['Selasa, 31 Februari 2016', null],
    ['Harga naik 5 persen', null],
  ])('visible %s', (text, want) => expect(iso(parseTextDate(text))).toBe(want));

  it.each([
    ['2015-11-05T14:56:43+07:00', '2015-11-05T14:56:43+07:00'],
    ['2015-11-05 T10:08:58Z', '2015-11-05T10:08:58Z'],
    ['2016-02-16T13:01:52+0700', '2016-02-16T13:01:52+07:00'],
    ['2017-02-17 13:30:08', '2017-02-17T13:30:08'],
    ['2016-02-16T02:10:56.000Z', '2016-02-16T02:10:56Z'],
    ['Tue, 14 Jan 2025 08:05:00 +0700', '2025-01-14T08:05:00+07:00'],
    ['Mon, 13 Jan 2025 19:30:00 GMT', '2025-01-13T19:30:00Z'],
    ['2024-13-01', null],
    ['', null],
  ])('machine %s', (text, want) => expect(iso(parseMachineDate(text))).toBe(want));

  it('reads a date in an address', () => {
    expect(iso(dateFromUrl('https://x.test/read/2016/02/23/16374618/judul'))).toBe('2016-02-23');
    expect(dateFromUrl('https://x.test/berita/12345/judul')).toBeNull();
  });
});

describe('charset', () => {
  it('a byte-order mark wins over a declaration', () => {
    const d = decodeHtml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<meta charset="windows-1252">Café', 'utf8')]));
    expect(d.text).toBe('<meta charset="windows-1252">Café');
    expect(d.encoding).toBe('utf-8');
  });
  it('an unknown charset is reported and the bytes decide', () => {
    const d = decodeHtml(Buffer.from('<meta charset="x-klingon">Café', 'utf8'));
    expect(d.text).toContain('Café');
    expect(d.warnings).toEqual(['unknown charset "x-klingon" declared; guessed from the bytes']);
  });
  it('other declared charsets are honoured (windows-1251)', () => {
    const d = decodeHtml(Buffer.concat([Buffer.from('<meta charset="windows-1251">'), Buffer.from([0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0])]));
    expect(d.text.endsWith('Москва')).toBe(true);
  });
});

describe('body text', () => {
  it('a sentence that starts like a by-line stays in the body', () => {
    const html = '<html><body><h1>Jalan Tol Baru Diresmikan di Jawa Tengah</h1><div class="isi"><p>Jalan tol sepanjang 40 kilometer itu menghubungkan dua kabupaten di pesisir utara Jawa Tengah.</p><p>Oleh Presiden Joko Widodo, proyek itu disebut sebagai bagian dari program pemerataan pembangunan.</p></div></body></html>';
    const p = extractPage(Buffer.from(html));
    expect(p.body).toHaveLength(2);
    expect(p.credits).toEqual([]);
  });
});
