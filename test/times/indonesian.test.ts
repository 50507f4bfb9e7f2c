import { describe, expect, it } from 'vitest';
import { one, times } from './helpers.js';

// Reference: Wednesday 22 October 2025 (ISO week 43).
const REF = '2025-10-22';

/** [sentence, the expression as it must be spanned, type, value] */
type Case = [string, string, string, string];

const cases: Record<string, Case[]> = {
  'weekdays with and without a date': [
    ['Menteri itu meninjau lokasi banjir pada Senin.', 'Senin', 'DATE', '2025-10-20'],
    ['Rapat koordinasi digelar Selasa (21/10).', 'Selasa (21/10)', 'DATE', '2025-10-21'],
    ['Sidang dilanjutkan Selasa pekan depan.', 'Selasa pekan depan', 'DATE', '2025-10-28'],
    ['Ia tiba Jumat minggu lalu.', 'Jumat minggu lalu', 'DATE', '2025-10-17'],
    ['Hasil seleksi diumumkan Jumat (17/10/2025).', 'Jumat (17/10/2025)', 'DATE', '2025-10-17'],
    ['Gubernur berbicara di Bandung, Sabtu, 18 Oktober 2025.', 'Sabtu, 18 Oktober 2025', 'DATE', '2025-10-18'],
    ['Acara berlangsung pada hari Kamis (16/10) di balai kota.', 'hari Kamis (16/10)', 'DATE', '2025-10-16'],
    ['Pertandingan itu digelar Rabu lalu.', 'Rabu lalu', 'DATE', '2025-10-15'],
    ['Tim akan berangkat Jumat depan.', 'Jumat depan', 'DATE', '2025-10-24'],
  ],
  'full dates with month names and abbreviations': [
    ['Sidang perdana dimulai 3 Maret 2025 di Jakarta.', '3 Maret 2025', 'DATE', '2025-03-03'],
    ['Kontrak diteken pada 14 Feb 2024.', '14 Feb 2024', 'DATE', '2024-02-14'],
    ['Proklamasi dibacakan pada tanggal 17 Agustus 1945.', 'tanggal 17 Agustus 1945', 'DATE', '1945-08-17'],
    ['Gencatan senjata berlaku sejak 10 Oktober lalu.', '10 Oktober lalu', 'DATE', '2025-10-10'],
    ['Harga turun sejak 2 Oktober.', '2 Oktober', 'DATE', '2025-10-02'],
    ['Pendaftaran dibuka hingga 1 Nopember 2025.', '1 Nopember 2025', 'DATE', '2025-11-01'],
  ],
  'relative days': [
    ['Polisi menangkap dua tersangka kemarin.', 'kemarin', 'DATE', '2025-10-21'],
    ['Hujan deras mengguyur kota hari ini.', 'hari ini', 'DATE', '2025-10-22'],
    ['Keputusan akan diumumkan besok.', 'besok', 'DATE', '2025-10-23'],
    ['Tim tiba lusa.', 'lusa', 'DATE', '2025-10-24'],
    ['Gempa terasa tadi malam.', 'tadi malam', 'TIME', '2025-10-21TNI'],
    ['Warga berkumpul kemarin sore.', 'kemarin sore', 'TIME', '2025-10-21TAF'],
  ],
  'counted periods before and after': [
    ['Kapal itu tenggelam tiga hari lalu.', 'tiga hari lalu', 'DATE', '2025-10-19'],
    ['Ia pindah dua pekan lalu.', 'dua pekan lalu', 'DATE', '2025-W41'],
    ['Ia pindah dua minggu yang lalu.', 'dua minggu yang lalu', 'DATE', '2025-W41'],
    ['Gedung itu dibangun empat bulan lalu.', 'empat bulan lalu', 'DATE', '2025-06'],
    ['Jembatan itu runtuh lima tahun silam.', 'lima tahun silam', 'DATE', '2020'],
    ['Perang meletus hampir dua tahun lalu.', 'hampir dua tahun lalu', 'DATE', '2023'],
    ['Proyek selesai dua bulan mendatang.', 'dua bulan mendatang', 'DATE', '2025-12'],
    ['Pemilu berikutnya enam tahun lagi.', 'enam tahun lagi', 'DATE', '2031'],
  ],
  'this, last and next period': [
    ['Harga beras naik pekan lalu.', 'pekan lalu', 'DATE', '2025-W42'],
    ['Sidang dilanjutkan pekan ini.', 'pekan ini', 'DATE', '2025-W43'],
    ['Sidang dilanjutkan pekan depan.', 'pekan depan', 'DATE', '2025-W44'],
    ['Ia sakit sejak minggu lalu.', 'minggu lalu', 'DATE', '2025-W42'],
    ['Inflasi turun bulan lalu.', 'bulan lalu', 'DATE', '2025-09'],
    ['Gaji dibayar bulan ini.', 'bulan ini', 'DATE', '2025-10'],
    ['Tarif berlaku mulai bulan depan.', 'bulan depan', 'DATE', '2025-11'],
    ['Panen gagal tahun lalu.', 'tahun lalu', 'DATE', '2024'],
    ['Target tahun ini tercapai.', 'tahun ini', 'DATE', '2025'],
    ['Aturan berlaku tahun depan.', 'tahun depan', 'DATE', '2026'],
    ['Anggaran disusun tahun mendatang.', 'tahun mendatang', 'DATE', '2026'],
  ],
  'beginning, middle and end of a period': [
    ['Banjir melanda awal bulan ini.', 'awal bulan ini', 'DATE', '2025-10'],
    ['Ia pensiun pertengahan tahun lalu.', 'pertengahan tahun lalu', 'DATE', '2024'],
    ['Demo besar terjadi akhir Agustus lalu.', 'akhir Agustus lalu', 'DATE', '2025-08'],
    ['Turnamen itu digelar awal 2025 lalu.', 'awal 2025 lalu', 'DATE', '2025'],
    ['Mereka berlibur akhir pekan lalu.', 'akhir pekan lalu', 'DATE', '2025-W42-WE'],
    ['Peluncuran dijadwalkan akhir tahun ini.', 'akhir tahun ini', 'DATE', '2025'],
  ],
  'quarters and semesters': [
    ['Ekonomi tumbuh 5% pada kuartal III 2025.', 'kuartal III 2025', 'DATE', '2025-Q3'],
    ['Laba naik pada triwulan pertama tahun ini.', 'triwulan pertama tahun ini', 'DATE', '2025-Q1'],
    ['Laporan semester II 2024 sudah terbit.', 'semester II 2024', 'DATE', '2024-H2'],
    ['Penjualan kuartal III-2024 turun.', 'kuartal III-2024', 'DATE', '2024-Q3'],
  ],
  'years, months and month-years': [
    ['Kesepakatan dicapai pada 2023 di Jenewa.', '2023', 'DATE', '2023'],
    ['Kapal selam dikirim pada tahun 2032.', 'tahun 2032', 'DATE', '2032'],
    ['Turnamen serupa digelar pada 2024 lalu.', '2024 lalu', 'DATE', '2024'],
    ['Serangan dimulai sejak Oktober 2023.', 'Oktober 2023', 'DATE', '2023-10'],
    ['Kedua pemimpin bertemu pada September tahun lalu.', 'September tahun lalu', 'DATE', '2024-09'],
    ['Sidang dimulai bulan November tahun ini.', 'bulan November tahun ini', 'DATE', '2025-11'],
    ['Sanksi dijatuhkan pada Februari lalu.', 'Februari lalu', 'DATE', '2025-02'],
    ['Investasi naik pada April.', 'April', 'DATE', '2025-04'],
    ['Era itu dimulai tahun 1990-an.', 'tahun 1990-an', 'DATE', '199'],
    ['Tantangan abad ke-21 berbeda.', 'abad ke-21', 'DATE', '20'],
  ],
  'clock times': [
    ['Pesawat lepas landas pukul 10.00 WIB.', 'pukul 10.00 WIB', 'TIME', '2025-10-22T10:00'],
    ['Rapat dimulai Senin (20/10) pukul 14.30 WIB.', 'Senin (20/10) pukul 14.30 WIB', 'TIME', '2025-10-20T14:30'],
    ['Ledakan terdengar kemarin pukul 09.15.', 'kemarin pukul 09.15', 'TIME', '2025-10-21T09:15'],
    ['Massa bubar Selasa malam.', 'Selasa malam', 'TIME', '2025-10-21TNI'],
    ['Hujan turun sekitar pukul 3 sore.', 'sekitar pukul 3 sore', 'TIME', '2025-10-22T15:00'],
    ['Kapal tiba Minggu (19/10) pagi.', 'Minggu (19/10) pagi', 'TIME', '2025-10-19TMO'],
  ],
  durations: [
    ['Ia menjabat selama dua tahun.', 'dua tahun', 'DURATION', 'P2Y'],
    ['Kekuasaannya sudah berlangsung 24 tahun.', '24 tahun', 'DURATION', 'P24Y'],
    ['Ia akan menjabat selama enam tahun lagi.', 'enam tahun lagi', 'DURATION', 'P6Y'],
    ['Tim bekerja 48 jam tanpa henti.', '48 jam', 'DURATION', 'PT48H'],
    ['Perjalanan itu makan waktu setengah hari.', 'setengah hari', 'DURATION', 'PT12H'],
    ['Perbaikan butuh beberapa bulan.', 'beberapa bulan', 'DURATION', 'PXM'],
    ['Cuaca buruk diperkirakan tiga hari ke depan.', 'tiga hari ke depan', 'DURATION', 'P3D'],
    ['Harga naik dalam lima tahun terakhir.', 'lima tahun terakhir', 'DURATION', 'P5Y'],
    ['Ia dirawat sepekan.', 'sepekan', 'DURATION', 'P1W'],
  ],
  'sets and references': [
    ['Festival digelar setiap tahun.', 'setiap tahun', 'SET', 'P1Y'],
    ['Pasar buka setiap Senin.', 'setiap Senin', 'SET', 'XXXX-WXX-1'],
    ['Ia berlatih tiap hari.', 'tiap hari', 'SET', 'P1D'],
    ['Saat ini harga stabil.', 'Saat ini', 'DATE', 'PRESENT_REF'],
    ['Jalan itu kini diperbaiki.', 'kini', 'DATE', 'PRESENT_REF'],
    ['Saat itu ia masih muda.', 'Saat itu', 'DATE', 'PAST_REF'],
  ],
};

describe('Indonesian time expressions', () => {
  for (const [group, list] of Object.entries(cases)) {
    describe(group, () => {
      for (const [sentence, expr, type, value] of list) {
        it(`${expr} → ${type} ${value}`, () => {
          expect(one(sentence, REF, expr), JSON.stringify(times(sentence, REF))).toMatchObject({ type, value });
        });
      }
    });
  }

  it('reads a range of days as two dates of the month named once ("10-12 November 2025", "5 dan 6 November")', () => {
    const pairs = (text: string) => times(text, REF).map((x) => [x.text, x.value]);
    expect(pairs('Konferensi berlangsung pada 10-12 November 2025.')).toEqual([
      ['10', '2025-11-10'],
      ['12 November 2025', '2025-11-12'],
    ]);
    expect(pairs('Pameran digelar 5 dan 6 November.')).toEqual([
      ['5', '2025-11-05'],
      ['6 November', '2025-11-06'],
    ]);
    expect(pairs('Survei dilakukan pada 3 - 10 Oktober 2025.')).toEqual([
      ['3', '2025-10-03'],
      ['10 Oktober 2025', '2025-10-10'],
    ]);
    expect(pairs('Harga naik 10-12 persen.')).toEqual([]);
  });

  it('reads a day and month without a year a few weeks ahead as to come, not as last year\'s', () => {
    // (the reference is 22 October 2025)
    expect(one('Acara digelar 10 November.', REF, '10 November')?.value).toBe('2025-11-10');
    expect(one('Acara digelar 10 Februari.', REF, '10 Februari')?.value).toBe('2025-02-10');
  });

  it('keeps prepositions out of the span and intro words in it', () => {
    const t = times('Rapat itu pada tahun 2020 dan sejak tanggal 5 Mei 2021, sekitar pukul 08.00 WIB.', REF);
    expect(t.map((x) => x.text)).toEqual(['tahun 2020', 'tanggal 5 Mei 2021', 'sekitar pukul 08.00 WIB']);
  });

  it('leaves the sentence period out of a time zone at the end', () => {
    expect(times('Sirene berbunyi pukul 07.30 WIB.', REF)).toEqual([{ text: 'pukul 07.30 WIB', type: 'TIME', value: '2025-10-22T07:30' }]);
  });

  it('gives a clock time the day of the date right after it', () => {
    const t = times('Serangan terjadi pukul 03.00 waktu setempat pada Minggu dini hari.', REF);
    expect(t.map((x) => [x.text, x.value])).toEqual([
      ['pukul 03.00 waktu setempat', '2025-10-19T03:00'],
      ['Minggu dini hari', '2025-10-19TNI'],
    ]);
    expect(times('Pukul 10.00 WIB, Jumat (10/10), pasukan masuk.', REF)[0]!.value).toBe('2025-10-10T10:00');
  });

  it('reads a year range as two years', () => {
    expect(times('Ia menjabat periode 2014-2019.', REF).map((t) => [t.text, t.value])).toEqual([
      ['2014', '2014'],
      ['2019', '2019'],
    ]);
  });

  it('counts from the last date the text gave (kemudian, hari itu, a clock time alone)', () => {
    const text = 'Banjir datang pada 10 Januari 2020. Tiga hari kemudian air surut. Sebulan kemudian warga kembali. Pada hari itu juga, pukul 16.00, listrik menyala.';
    const t = times(text, REF);
    expect(t.map((x) => [x.text, x.value])).toEqual([
      ['10 Januari 2020', '2020-01-10'],
      ['Tiga hari kemudian', '2020-01-13'],
      ['Sebulan kemudian', '2020-02-13'],
      ['hari itu', '2020-02-13'],
      ['pukul 16.00', '2020-02-13T16:00'],
    ]);
  });

  it('keeps the year a narrative gave for dates that follow without one', () => {
    const t = times('Pada 14 Juni 2014 sebuah pesawat jatuh. Tanggal 10 Agustus pesawat lain hilang.', REF);
    expect(t.find((x) => x.text === 'Tanggal 10 Agustus')?.value).toBe('2014-08-10');
  });
});
