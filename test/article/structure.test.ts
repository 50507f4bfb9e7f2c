import { describe, expect, it } from 'vitest';
import { analyzeText, fixture, slice } from '../helpers/analyze.js';
import { validateRecord } from '../../src/record/validate.js';

describe('article structure', () => {
  it('wire copy: dateline with agency in parentheses, related lines inside the body, agency chain, credits, copyright', async () => {
    const r = await analyzeText(fixture('articles/id-wire.txt'));
    expect(validateRecord(r).errors).toEqual([]);
    const m = r.meta;
    expect(m.dateline).toMatchObject({ place: 'Bandung', agency: 'ANTARA' });
    expect(slice(r, m.dateline!)).toBe('Bandung (ANTARA) -');
    expect(m.credits.source.map((s) => s.name)).toEqual(['ANTARA', 'Reuters']);
    expect(m.credits.reporter.map((s) => s.name)).toEqual(['Dimas Pratama']);
    expect(m.credits.editor.map((s) => s.name)).toEqual(['Sari Anggraeni']);
    for (const c of [...m.credits.source, ...m.credits.reporter, ...m.credits.editor]) expect(slice(r, c)).toBe(c.name);
    expect(m.credits.copyright).toMatchObject({ holder: 'ANTARA', year: 2023 });
    expect(m.related.map((x) => x.title)).toEqual([
      'Pemkot Bandung percepat perbaikan jalan rusak',
      'DPRD minta Pemkot awasi proyek infrastruktur',
    ]);
    for (const x of m.related) expect(slice(r, x)).toBe(x.title);
    const body = slice(r, m.body);
    expect(body.startsWith('Wali Kota Bandung')).toBe(true);
    expect(body.endsWith('menjaga fasilitas tersebut.')).toBe(true);
    expect(body).not.toMatch(/Baca juga|Sumber:|Pewarta|Copyright|\(ANTARA\)/);
  });

  it('portal copy: boilerplate lines dropped, sign-off initials as credits, date in the text', async () => {
    const r = await analyzeText(fixture('articles/id-portal.txt'));
    expect(validateRecord(r).errors).toEqual([]);
    expect(r.meta.dateline).toMatchObject({ place: 'JAKARTA', agency: 'KOMPAS.com' });
    expect(r.text).not.toMatch(/SCROLL TO CONTINUE|ADVERTISEMENT|Simak juga Video/);
    expect(r.meta.credits.reporter.map((c) => c.name)).toEqual(['abc']);
    expect(r.meta.credits.editor.map((c) => c.name)).toEqual(['def']);
    const body = slice(r, r.meta.body);
    expect(body.endsWith('kasus tersebut.')).toBe(true);
    expect(r.meta.published).toBe('2024-02-12');
    expect(r.meta.publishedSource).toBe('inferred');
  });

  it('keeps a text without boilerplate character for character', async () => {
    const t = fixture('articles/cnn-style.txt');
    const r = await analyzeText(t);
    expect(r.text).toBe(t);
    expect(r.meta.dateline).toMatchObject({ place: 'Jakarta', agency: 'CNN Indonesia' });
    expect(slice(r, r.meta.dateline!)).toBe('Jakarta, CNN Indonesia --');
  });

  it('agency-first datelines', async () => {
    const r = await analyzeText(fixture('articles/agency-first.txt'));
    expect(r.meta.dateline).toMatchObject({ place: 'Jakarta', agency: 'TEMPO.CO' });
    expect(slice(r, r.meta.body).startsWith('Komisi Pemilihan Umum')).toBe(true);
  });

  it('English wire copy: dateline, Read also, Reporting by / Editing by', async () => {
    const r = await analyzeText(fixture('articles/en-wire.txt'));
    expect(r.lang).toBe('en');
    expect(r.meta.dateline).toMatchObject({ place: 'WASHINGTON', agency: 'Reuters' });
    expect(r.meta.related.map((x) => x.title)).toEqual(['House leaders split over spending plan']);
    expect(r.meta.credits.reporter.map((x) => x.name)).toEqual(['John Roe']);
    expect(r.meta.credits.editor.map((x) => x.name)).toEqual(['Mary Major']);
    expect(slice(r, r.meta.body).endsWith('called it a relief.')).toBe(true);
  });

  it('an English dateline of a place in capitals and its country, with no agency; the titles after it are of that country', async () => {
    const r = await analyzeText('NAIROBI, Kenya — President William Ruto defended the finance bill on Thursday, his office said.', { lang: 'en' });
    expect(r.meta.dateline).toMatchObject({ place: 'NAIROBI', agency: null });
    expect(slice(r, r.meta.dateline!)).toBe('NAIROBI, Kenya —');
    expect(r.entities.find((e) => e.name === 'William Ruto')?.actor).toBe('KENGOV');
    // a name and a title before a dash are no dateline
    expect((await analyzeText('Budi Santoso, Ketua RT: Warga sudah pulang.', { lang: 'id' })).meta.dateline).toBeNull();
    // no dateline: an English title names no country
    const bare = await analyzeText('President William Ruto defended the finance bill on Thursday, his office said.', { lang: 'en' });
    expect(bare.entities.find((e) => e.name === 'William Ruto')?.actor).toBeNull();
  });

  it('an English dateline with the month before the day; a place named only there is written as a name', async () => {
    const r = await analyzeText('JERUSALEM, March 3 (AP) — Israeli troops raided the city on Tuesday, the army said.', { lang: 'en' });
    expect(r.meta.dateline).toMatchObject({ place: 'JERUSALEM', agency: 'AP' });
    expect(slice(r, r.meta.dateline!)).toBe('JERUSALEM, March 3 (AP) —');
    expect(r.entities.map((e) => e.name)).toContain('Jerusalem');
    // a short one too, which is no acronym where the knowledge base writes it as a word
    const kyiv = await analyzeText('KYIV, Ukraine (AP) — Russian forces attacked the city overnight, officials said.', { lang: 'en' });
    expect(kyiv.entities.map((e) => e.name)).toContain('Kyiv');
  });

  it('a headline line above the body becomes the title when none is given', async () => {
    const r = await analyzeText(fixture('articles/titled.txt'));
    expect(r.meta.title).toBe('Harga Cabai Naik Jelang Akhir Tahun');
    expect(slice(r, r.meta.body).startsWith('Harga cabai rawit')).toBe(true);
    const given = await analyzeText(fixture('articles/titled.txt'), { title: 'Judul dari pemanggil' });
    expect(given.meta.title).toBe('Judul dari pemanggil');
  });

  it('publication date: the caller wins, then a date line in the text', async () => {
    const r = await analyzeText(fixture('articles/id-portal.txt'), { published: '2024-02-13' });
    expect(r.meta).toMatchObject({ published: '2024-02-13', publishedSource: 'input' });
    const dated = await analyzeText('Kamis, 5 November 2015 14:56 WIB\n\nPresiden meninjau lokasi banjir di Bekasi. Ia didampingi gubernur.');
    expect(dated.meta).toMatchObject({ published: '2015-11-05T14:56:00+07:00', publishedSource: 'text' });
    expect(slice(dated, dated.meta.body).startsWith('Presiden meninjau')).toBe(true);
  });

  it('bare headlines among related links before the credits are related too', async () => {
    const t = 'Surabaya (ANTARA) - Banjir merendam tiga kecamatan.\n\nBaca juga: Hujan deras guyur Surabaya sejak pagi\n\nWarga diminta waspada banjir susulan\n\nEditor: Budi Raharjo\n';
    const r = await analyzeText(t);
    expect(r.meta.related.map((x) => x.title)).toEqual(['Hujan deras guyur Surabaya sejak pagi', 'Warga diminta waspada banjir susulan']);
    expect(slice(r, r.meta.body)).toBe('Banjir merendam tiga kecamatan.');
  });

  it('a last body line without a period is not mistaken for a related headline', async () => {
    const t = 'Medan - Harga beras turun.\n\n"Stok aman," tegas Kepala Dinas Ahmad\n\nEditor: Budi Raharjo';
    const r = await analyzeText(t);
    expect(r.meta.related).toEqual([]);
    expect(slice(r, r.meta.body).endsWith('tegas Kepala Dinas Ahmad')).toBe(true);
  });
});

describe('more datelines and sign-offs', () => {
  it('a dateline with a region after the city, and capitalised sign-off initials', async () => {
    const r = await analyzeText('Garut, Jawa Barat (ANTARA News) - Banjir bandang melanda dua desa.\n\nWarga mengungsi ke balai desa. (Cas/Isk)');
    expect(r.meta.dateline).toMatchObject({ place: 'Garut', agency: 'ANTARA News' });
    expect(slice(r, r.meta.dateline!)).toBe('Garut, Jawa Barat (ANTARA News) -');
    expect(r.meta.credits.reporter.map((c) => c.name)).toEqual(['Cas']);
    expect(r.meta.credits.editor.map((c) => c.name)).toEqual(['Isk']);
    expect(slice(r, r.meta.body).endsWith('balai desa.')).toBe(true);
  });
  it('a press-release dateline with a date before the agency', async () => {
    const r = await analyzeText('SURABAYA, 3 Maret 2021 (Antara/PRNewswire) -- Perusahaan meluncurkan produk baru.');
    expect(r.meta.dateline).toMatchObject({ place: 'SURABAYA', agency: 'Antara/PRNewswire' });
    expect(slice(r, r.meta.body)).toBe('Perusahaan meluncurkan produk baru.');
  });
});

describe('adapted stories', () => {
  it('a provenance note and "Diadaptasi oleh" credits stay out of the body', async () => {
    const t = 'Presiden Prancis menerima kunjungan kanselir Jerman di Paris.\nKeduanya membahas anggaran pertahanan.\nArtikel ini pertama kali terbit dalam bahasa Inggris\nDiadaptasi oleh Rina Lestari dan Bayu Nugroho\nEditor: Hadi Susanto';
    const r = await analyzeText(t);
    expect(slice(r, r.meta.body)).toBe('Presiden Prancis menerima kunjungan kanselir Jerman di Paris.\nKeduanya membahas anggaran pertahanan.');
    expect(r.meta.credits.translator.map((c) => c.name)).toEqual(['Rina Lestari', 'Bayu Nugroho']);
    expect(r.meta.credits.editor.map((c) => c.name)).toEqual(['Hadi Susanto']);
    expect(r.text).toBe(t);
  });
});
