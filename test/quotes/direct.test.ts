import { describe, expect, it } from 'vitest';
import { direct, find, quotesOf, reported } from './helpers.js';

const BUDI = { name: 'Budi Santoso', type: 'PER' as const, aliases: ['Budi'] };
const RINA = { name: 'Rina Wulandari', type: 'PER' as const, aliases: ['Rina'] };

describe('direct quotes', () => {
  it('takes the words inside the marks, without the comma the cue needs, and the cue after them', () => {
    const r = quotesOf('"Kami akan membangun jembatan baru tahun depan," kata Budi Santoso.', [BUDI]);
    expect(r.quotes).toHaveLength(1);
    const q = r.quotes[0]!;
    expect(q).toMatchObject({ direct: true, text: 'Kami akan membangun jembatan baru tahun depan' });
    expect(q.cue?.text).toBe('kata');
    expect(r.speaker(q)).toBe('Budi Santoso');
  });

  it('reads every kind of quotation mark', () => {
    for (const [open, close] of [
      ['"', '"'],
      ['“', '”'],
      ['‘', '’'],
      ["'", "'"],
      ['”', '”'],
    ]) {
      const r = quotesOf(`${open}Jalan itu akan ditutup selama dua pekan,${close} ujar Budi.`, [BUDI]);
      expect(direct(r).map((q) => q.text), `${open}…${close}`).toEqual(['Jalan itu akan ditutup selama dua pekan']);
      expect(r.speaker(r.quotes[0]!)).toBe('Budi Santoso');
    }
  });

  it('keeps a quotation that runs over several sentences whole', () => {
    const r = quotesOf('"Hujan turun sejak pagi. Air naik cepat. Kami mengungsi ke masjid," tutur Rina.', [RINA]);
    expect(direct(r).map((q) => q.text)).toEqual(['Hujan turun sejak pagi. Air naik cepat. Kami mengungsi ke masjid']);
  });

  it('reads a cue before the quotation: X mengatakan, "…" and X: "…"', () => {
    const a = quotesOf('Rina Wulandari mengatakan, "Anggaran sudah disiapkan untuk semua desa."', [RINA]);
    expect(direct(a)).toHaveLength(1);
    expect(a.speaker(direct(a)[0]!)).toBe('Rina Wulandari');
    expect(direct(a)[0]!.cue?.text).toBe('mengatakan');
    expect(reported(a)).toHaveLength(0);
    const b = quotesOf('Budi: "Saya tidak pernah menerima uang itu dari siapa pun."', [BUDI]);
    expect(b.speaker(direct(b)[0]!)).toBe('Budi Santoso');
    expect(direct(b)[0]!.cue).toBeNull();
  });

  it('gives the second part of a split quote the same speaker and cue', () => {
    const r = quotesOf('"Kami siap berangkat," kata Budi. "Semua tim sudah menunggu di bandara sejak pagi."', [BUDI]);
    const [a, b] = direct(r);
    expect(a!.text).toBe('Kami siap berangkat');
    expect(b!.text).toBe('Semua tim sudah menunggu di bandara sejak pagi.');
    expect(r.speaker(b!)).toBe('Budi Santoso');
    expect(b!.cue).toEqual(a!.cue);
  });

  it('continues a quotation left open at the end of a paragraph into the next one', () => {
    const text = [
      'Budi Santoso menjelaskan rencana itu kepada warga.',
      '"Tahap pertama adalah perbaikan saluran air di seluruh kecamatan.',
      '"Tahap kedua baru pembangunan jalan, dan itu butuh waktu dua tahun," katanya.',
    ].join('\n');
    const r = quotesOf(text, [BUDI]);
    const d = direct(r);
    expect(d.map((q) => q.text)).toEqual([
      'Tahap pertama adalah perbaikan saluran air di seluruh kecamatan.',
      'Tahap kedua baru pembangunan jalan, dan itu butuh waktu dua tahun',
    ]);
    expect(d.map((q) => r.speaker(q))).toEqual(['Budi Santoso', 'Budi Santoso']);
    expect(d[0]!.cue?.text).toBe('katanya');
  });

  it('ends a quotation whose closing mark is missing at the end of its paragraph', () => {
    const r = quotesOf('"Kami menolak rencana itu karena merugikan petani, kata Budi.\nRapat berakhir sore hari.', [BUDI]);
    expect(direct(r).map((q) => q.text)).toEqual(['Kami menolak rencana itu karena merugikan petani, kata Budi.']);
  });

  it('keeps nested quotations inside the outer one', () => {
    const r = quotesOf('"Petugas itu berteriak \'awas, mundur!\' lalu semua orang berlari," kata Budi.', [BUDI]);
    expect(direct(r).map((q) => q.text)).toEqual(["Petugas itu berteriak 'awas, mundur!' lalu semua orang berlari"]);
    const s = quotesOf('“Mereka bilang ‘belum!’ dan kami menunggu lagi,” ujar Rina.', [RINA]);
    expect(direct(s).map((q) => q.text)).toEqual(['Mereka bilang ‘belum!’ dan kami menunggu lagi']);
  });

  it('keeps a quotation with no speaker, with a null speaker', () => {
    const r = quotesOf('"Kami tidak tahu apa-apa soal proyek itu," kata seorang warga.', [BUDI]);
    expect(direct(r)).toHaveLength(1);
    expect(direct(r)[0]!.speaker).toBeNull();
    expect(direct(r)[0]!.cue?.text).toBe('kata');
    const alone = quotesOf('"Tidak ada yang bisa kami lakukan lagi malam itu."');
    expect(direct(alone)).toHaveLength(1);
    expect(direct(alone)[0]!.speaker).toBeNull();
  });

  it('does not take titles, names and terms in quotation marks for speech', () => {
    const cases = [
      "Presiden melantik Kabinet 'Merah Putih' di Istana pada hari Minggu.",
      'Ia menulis buku berjudul "Jalan Panjang Menuju Desa" pada tahun lalu.',
      'Acara bertajuk "Festival Danau Toba" digelar selama tiga hari.',
      'Pemerintah menyiapkan program "Makan Bergizi Gratis" untuk sekolah.',
      'Kawasan itu dijuluki "kota seribu sungai" oleh para pedagang.',
      'Para mahasiswa membawa spanduk bertuliskan "Tolak Tambang" di depan gedung.',
      'Warga menyebut kerja sama itu "strategis" bagi kedua negara.',
    ];
    for (const text of cases) expect(direct(quotesOf(text)), text).toEqual([]);
  });

  it('treats short quoted words inside a reported clause as part of it, longer ones as quotations', () => {
    const r = quotesOf(
      'Budi mengatakan hubungan kedua negara kini menjadi kerja sama "strategis abadi" yang "tidak akan pernah goyah lagi."',
      [BUDI],
    );
    expect(direct(r).map((q) => q.text)).toEqual(['tidak akan pernah goyah lagi.']);
    expect(r.speaker(direct(r)[0]!)).toBe('Budi Santoso');
    expect(reported(r).map((q) => q.text)).toEqual(['hubungan kedua negara kini menjadi kerja sama "strategis abadi" yang "tidak akan pernah goyah lagi."']);
    const v = quotesOf('Rina menyebut lembaga itu telah "melampaui kewenangannya" dalam kasus ini.', [RINA]);
    expect(direct(v).map((q) => q.text)).toEqual(['melampaui kewenangannya']);
  });

  it('does not read apostrophes inside words as quotation marks', () => {
    const r = quotesOf("Warga menunaikan salat Jum'at dan membaca Al-Qur'an di masjid itu.");
    expect(r.quotes).toEqual([]);
    const s = quotesOf('"Salat Jum\'at tetap digelar seperti biasa di semua masjid," kata Budi.', [BUDI]);
    expect(direct(s).map((q) => q.text)).toEqual(["Salat Jum'at tetap digelar seperti biasa di semua masjid"]);
  });
});
