import { describe, expect, it } from 'vitest';
import { direct, find, quotesOf, reported } from './helpers.js';

const BUDI = { name: 'Budi Santoso', type: 'PER' as const, aliases: ['Budi'] };
const RINA = { name: 'Rina Wulandari', type: 'PER' as const, aliases: ['Rina'] };
const DEWI = { name: 'Dewi Lestari', type: 'PER' as const };
const MADE = { name: 'Made Wirawan', type: 'PER' as const };
const KEMENKES = { name: 'Kementerian Kesehatan', type: 'ORG' as const, aliases: ['Kemenkes'] };
const JEPANG = { name: 'Jepang', type: 'LOC' as const };

describe('speakers', () => {
  it('a pronoun or clitic refers to whoever spoke just before', () => {
    const text = [
      'Rina Wulandari mengatakan panen tahun ini turun karena kemarau.',
      'Petani di tiga kabupaten mengeluhkan harga pupuk. Budi Santoso, seorang petani, ikut dalam pertemuan itu.',
      '"Kami akan mengirim bantuan benih pekan depan," ujarnya.',
      'Ia menambahkan bahwa bantuan itu gratis.',
      '"Semua petani bisa mendaftar di kantor desa," kata dia.',
    ].join('\n');
    const r = quotesOf(text, [RINA, BUDI]);
    expect(r.quotes.map((q) => r.speaker(q))).toEqual(['Rina Wulandari', 'Rina Wulandari', 'Rina Wulandari', 'Rina Wulandari']);
  });

  it('a quote with no cue after a speech act with no content ("Hal ini diungkapkan oleh X.") is that person\'s; not a medium cited', () => {
    const r = quotesOf('Hal ini diungkapkan oleh Kepala Dinas Budi Santoso.\n"Sejak Januari pengaduan masuk melalui dua kanal."', [BUDI]);
    expect(r.speaker(direct(r)[0]!)).toBe('Budi Santoso');
    const r2 = quotesOf('Rina Wulandari menyampaikan hal yang sama kepada wartawan.\n"Kami akan terus bekerja."', [RINA]);
    expect(r2.speaker(direct(r2)[0]!)).toBe('Rina Wulandari');
    const medium = { name: 'Space', type: 'ORG' as const };
    const r3 = quotesOf('Hal itu dikutip dari Space.\n"Temuan kami menunjukkan debu itu beracun."', [medium]);
    expect(r3.speaker(direct(r3)[0]!)).toBe(null);
  });

  it('a pronoun opening a sentence goes on about the person who opened the sentence before as its subject', () => {
    const said = 'Rina Wulandari mengatakan panen tahun ini turun.';
    const speakers = (middle: string) => {
      const r = quotesOf([said, middle, 'Ia menegaskan bahwa panen justru naik.'].join(' '), [RINA, BUDI]);
      return reported(r).map((q) => r.speaker(q));
    };
    expect(speakers('Kepala Dinas Pertanian Budi Santoso meninjau sawah di Karawang.')).toEqual(['Rina Wulandari', 'Budi Santoso']);
    expect(speakers('Sementara itu, Budi Santoso meninjau sawah di Karawang.')).toEqual(['Rina Wulandari', 'Budi Santoso']);
    // not a name inside an opening phrase, nor the subject of a passive verb, nor a name that does not open the sentence
    expect(speakers('Terkait kondisi Budi Santoso, Rina belum menerima laporan.')).toEqual(['Rina Wulandari', 'Rina Wulandari']);
    expect(speakers('Budi Santoso juga disebut Rina keluar jalur.')).toEqual(['Rina Wulandari', 'Rina Wulandari']);
    expect(speakers('Data dinas menunjukkan Budi Santoso meninjau sawah di Karawang.')).toEqual(['Rina Wulandari', 'Rina Wulandari']);
  });

  it('a pronoun with no one who spoke before refers to the most recent person who was a subject', () => {
    const r = quotesOf('Budi Santoso tiba di lokasi pukul 09.00. "Semua jalur sudah kami buka kembali," ujarnya.', [BUDI]);
    expect(r.speaker(direct(r)[0]!)).toBe('Budi Santoso');
  });

  it('a person who starts speaking (even without reported words) becomes the one a clitic refers to', () => {
    const text = [
      '"Kami sudah siap sejak pagi," kata Budi.',
      'Kepala Dinas Kesehatan Rina Wulandari di Balai Kota menyatakan hal yang sama.',
      '"Stok obat cukup untuk tiga bulan," ujarnya.',
    ].join('\n');
    const r = quotesOf(text, [BUDI, RINA]);
    expect(direct(r).map((q) => r.speaker(q))).toEqual(['Budi Santoso', 'Rina Wulandari']);
  });

  it('a title refers to the most recent person introduced with it', () => {
    const text = [
      'Menteri Keuangan Dewi Lestari dan Kapolda Bali Irjen Made Wirawan hadir dalam rapat itu.',
      'Budi Santoso, warga Denpasar, juga datang.',
      '"Pengamanan sudah kami siapkan sejak kemarin," ujar Kapolda.',
      '"Anggarannya sudah tersedia," kata Menteri itu.',
    ].join('\n');
    const r = quotesOf(text, [DEWI, MADE, BUDI]);
    expect(direct(r).map((q) => r.speaker(q))).toEqual(['Made Wirawan', 'Dewi Lestari']);
  });

  it('a person\'s bare title among their mentions ("Presiden") is no name a clitic goes back to', () => {
    const PRABOWO = { name: 'Prabowo Subianto', type: 'PER' as const, aliases: ['Presiden'] };
    const text = [
      'Presiden Prabowo Subianto mengirim Budi Santoso ke Bali.',
      '"Saya membawa salam," kata Budi.',
      'Ia mengatakan Presiden berpesan agar warga tetap semangat.',
      '"Saya menyampaikan salam dari Bapak Presiden," katanya.',
    ].join('\n');
    const r = quotesOf(text, [PRABOWO, BUDI]);
    expect(direct(r).map((q) => r.speaker(q))).toEqual(['Budi Santoso', 'Budi Santoso']);
  });

  it('a title after the name (apposition) counts too, and a title phrase after a cue finds the name in it', () => {
    const text = 'Budi Santoso, Juru Bicara Kementerian Kesehatan, hadir. "Vaksin tiba besok," kata juru bicara itu.';
    const r = quotesOf(text, [BUDI, KEMENKES]);
    expect(r.speaker(direct(r)[0]!)).toBe('Budi Santoso');
    const s = quotesOf('"Vaksin tiba besok," kata Juru Bicara Kementerian Kesehatan Budi Santoso.', [BUDI, KEMENKES]);
    expect(s.speaker(direct(s)[0]!)).toBe('Budi Santoso');
    // the name after a comma, with a rank before it, is the speaker, not the body
    const ranked = quotesOf('"Pelaku sudah ditahan," kata Kasat Reskrim Kementerian Kesehatan, AKP Budi Santoso, kepada wartawan.', [BUDI, KEMENKES]);
    expect(ranked.speaker(direct(ranked)[0]!)).toBe('Budi Santoso');
    // a Balinese name's "I" after the rank is part of no title
    const bali = quotesOf('"Aman," kata Kasi Humas Kementerian Kesehatan, Kompol I Made Wirawan, kepada wartawan.', [MADE, KEMENKES]);
    expect(bali.speaker(direct(bali)[0]!)).toBe('Made Wirawan');
  });

  it('a title, a few words saying whose it is, a comma and a name: that person speaks', () => {
    const s = quotesOf('"Kami menemukan kecurangan," ujar kuasa hukum pasangan tersebut, Budi Santoso, kepada wartawan.', [BUDI]);
    expect(s.speaker(direct(s)[0]!)).toBe('Budi Santoso');
    // a verb among the words is a clause, not a description: nobody is named
    const v = quotesOf('"Itu tidak benar," kata juru bicara yang ditunjuk kemarin, Budi Santoso.', [BUDI]);
    expect(v.speaker(direct(v)[0]!)).toBeNull();
  });

  it('a title of a body named again by its head and a determiner speaks for that body ("kata juru bicara kementerian itu")', () => {
    const text = 'Kementerian Kesehatan mengecam langkah itu. "Kami tidak takut," kata juru bicara kementerian itu.';
    const r = quotesOf(text, [KEMENKES]);
    expect(r.speaker(direct(r)[0]!)).toBe('Kementerian Kesehatan');
  });

  it('an organisation noun with a determiner refers to the most recent such organisation', () => {
    const text = 'Kementerian Kesehatan merilis data baru. Kementerian tersebut menyatakan 300 kasus baru ditemukan pekan ini.';
    const r = quotesOf(text, [KEMENKES]);
    expect(reported(r).map((q) => r.speaker(q))).toEqual(['Kementerian Kesehatan']);
  });

  it('a government speaks for its country', () => {
    const r = quotesOf('Pemerintah Jepang menyatakan bantuan akan dikirim pekan depan.', [JEPANG]);
    expect(reported(r).map((q) => r.speaker(q))).toEqual(['Jepang']);
    // …but a place that only modifies the speaker's description does not speak.
    expect(reported(quotesOf('Media negara Jepang melaporkan bahwa bantuan akan dikirim.', [JEPANG]))).toEqual([]);
  });

  it('an elided subject is the clause subject: …, dengan menyebut …', () => {
    const r = quotesOf(
      'Pada Senin, Jepang (JP) menjatuhkan sanksi kepada perusahaan itu, dengan menyebut perusahaan itu telah "melanggar aturan ekspor".',
      [JEPANG],
    );
    expect(direct(r).map((q) => [q.text, r.speaker(q)])).toEqual([['melanggar aturan ekspor', 'Jepang']]);
  });

  it('an elided subject is no place named as an object or a modifier after a verb or a noun', () => {
    const r = quotesOf('Budi Santoso menuduh Jepang melecehkan nelayan Indonesia dan mengatakan pemerintah akan mengirim nota protes.', [
      BUDI,
      JEPANG,
      { name: 'Indonesia', type: 'LOC' },
    ]);
    expect(new Set(reported(r).map((q) => r.speaker(q)))).toEqual(new Set(['Budi Santoso']));
    // a body's people speak for it
    const p = quotesOf('Presiden Budi Santoso menyatakan dukacita, sementara pimpinan DPR meminta maaf dan berjanji meninjau ulang kebijakan itu.', [
      BUDI,
      { name: 'DPR', type: 'ORG' },
    ]);
    expect(reported(p).map((q) => p.speaker(q))).toContain('DPR');
  });

  it('a description closed by a determiner points back to the speaker just before', () => {
    const text = [
      'Kementerian Kesehatan menyatakan stok vaksin aman hingga akhir tahun.',
      '"Distribusi ke daerah terpencil dimulai pekan depan," tambah lembaga pemerintah pusat ini.',
      'Rina Wulandari mengatakan pasien mulai berkurang.',
      '"Kami tetap waspada," kata politikus Partai Maju itu.',
    ].join('\n');
    const r = quotesOf(text, [KEMENKES, RINA, { name: 'Partai Maju', type: 'ORG' }]);
    expect(direct(r).map((q) => r.speaker(q))).toEqual(['Kementerian Kesehatan', 'Rina Wulandari']);
  });

  it('after someone the text does not name, a pronoun is not given to an earlier speaker', () => {
    const text = [
      'Budi Santoso mengatakan jalan itu akan diperbaiki.',
      '"Rumah kami terendam sejak kemarin," kata seorang warga.',
      '"Belum ada bantuan yang datang," ujarnya.',
    ].join('\n');
    const r = quotesOf(text, [BUDI]);
    expect(direct(r).map((q) => q.speaker)).toEqual([null, null]);
  });

  it('a name the entities missed at the cue still finds the person by a word of the name', () => {
    const r = quotesOf('Kapolres Ajun Komisaris Besar Sandi Sultan meninjau lokasi. "Jalur sudah dibuka," ujar Sandi.', [
      { name: 'Ajun Komisaris Besar Sandi Sultan', type: 'PER', aliases: ['Sandi Sultan'] },
    ]);
    expect(r.speaker(direct(r)[0]!)).toBe('Ajun Komisaris Besar Sandi Sultan');
  });

  it('a name set off by commas at the head of the sentence is the subject, and long titles may hold small words', () => {
    const text = [
      '"Sembilan orang ditangkap," ujar Budi Santoso.',
      'Sementara, juru bicara KPK, Rina Wulandari, menyampaikan tim masih bekerja di lapangan.',
      '"Data lengkap kami umumkan besok," kata Kepala Satuan Tugas Koordinasi dan Supervisi Wilayah V Dewi Lestari di Jakarta.',
    ].join('\n');
    const r = quotesOf(text, [BUDI, RINA, DEWI, { name: 'KPK', type: 'ORG' }]);
    expect(r.quotes.map((q) => r.speaker(q))).toEqual(['Budi Santoso', 'Rina Wulandari', 'Dewi Lestari']);
  });

  it('leaves the speaker null rather than guessing', () => {
    const r = quotesOf('"Kami akan terus berjuang," ujarnya.');
    expect(direct(r)[0]!.speaker).toBeNull();
    const s = quotesOf('Cuaca cerah sepanjang hari.\n\n"Semua berjalan lancar hari ini," kata petugas itu.', [BUDI]);
    expect(direct(s)[0]!.speaker).toBeNull();
    expect(find(s, 'Semua').cue?.text).toBe('kata');
  });
});
