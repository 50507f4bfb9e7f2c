import { describe, expect, it } from 'vitest';
import { one, times } from './helpers.js';

describe('year boundaries', () => {
  it('pekan lalu in the first week of January is the last ISO week of the year before', () => {
    expect(one('Harga cabai naik pekan lalu.', '2025-01-02', 'pekan lalu')?.value).toBe('2024-W52');
    expect(one('Harga cabai naik pekan lalu.', '2026-01-01', 'pekan lalu')?.value).toBe('2025-W52');
    // 2020 had 53 ISO weeks
    expect(one('Harga cabai naik pekan lalu.', '2021-01-05', 'pekan lalu')?.value).toBe('2020-W53');
    expect(one('Prices rose last week.', '2021-01-05', 'last week', 'en')?.value).toBe('2020-W53');
  });

  it('Desember mentioned in January is last December when the clause is past, next one when it is future', () => {
    expect(one('Pada Desember, harga beras naik tajam.', '2025-01-10', 'Desember')?.value).toBe('2024-12');
    expect(one('Harga beras sudah naik sejak 12 Desember.', '2025-01-10', '12 Desember')?.value).toBe('2024-12-12');
    expect(one('Kongres itu akan digelar pada Desember.', '2025-01-10', 'Desember')?.value).toBe('2025-12');
    expect(one('Panen raya gagal tahun lalu.', '2025-01-03', 'tahun lalu')?.value).toBe('2024');
    expect(one('Inflasi naik bulan lalu.', '2025-01-03', 'bulan lalu')?.value).toBe('2024-12');
  });

  it('a weekday with a day and month picks the year where they agree', () => {
    // 17 March was a Sunday in 2024, not in 2025
    expect(one('Pemilu digelar Minggu (17/3).', '2025-01-05', 'Minggu (17/3)')?.value).toBe('2024-03-17');
    expect(one('Pemilu digelar Minggu (17/3).', '2024-03-19', 'Minggu (17/3)')?.value).toBe('2024-03-17');
  });
});

describe('a stated date beats a contradicting weekday', () => {
  it('Selasa (22/10/2025) is the 22nd, a Wednesday', () => {
    expect(one('Kabar itu dilansir Selasa (22/10/2025).', '2025-10-22', 'Selasa (22/10/2025)')?.value).toBe('2025-10-22');
  });
  it('Sabtu (28/12/2014) pukul 05.20 is the 28th, a Sunday', () => {
    expect(one('Pesawat berangkat Sabtu (28/12/2014) pukul 05.20 pagi.', '2014-12-30', 'Sabtu (28/12/2014) pukul 05.20 pagi')?.value).toBe('2014-12-28T05:20');
  });
  it('a weekday with a day and month but no year: the day and month win when no year agrees', () => {
    // 22 October is a Wednesday in 2025 and a Tuesday in 2024: the text's Tuesday does not move the date
    expect(one('Rapat digelar Selasa (22/10).', '2025-10-23', 'Selasa (22/10)')?.value).toBe('2025-10-22');
  });
});

describe('bare weekdays and tense', () => {
  const REF = '2025-10-22'; // a Wednesday
  it('a bare weekday is the closest such day on or before the reference date', () => {
    expect(one('Ia ditangkap Kamis.', REF, 'Kamis')?.value).toBe('2025-10-16');
    expect(one('Ia ditangkap Rabu.', REF, 'Rabu')?.value).toBe('2025-10-22');
  });
  it('the future (akan, depan, mendatang) looks forward', () => {
    expect(one('Presiden akan berkunjung Kamis.', REF, 'Kamis')?.value).toBe('2025-10-23');
    expect(one('Sidang ditunda hingga Senin mendatang.', REF, 'Senin mendatang')?.value).toBe('2025-10-27');
    expect(one('Rapat digelar Rabu depan.', REF, 'Rabu depan')?.value).toBe('2025-10-29');
  });
  it('a future inside a quotation does not make the reporting day future', () => {
    expect(one('"Kami akan datang lagi," ujar Kapolda, Selasa.', REF, 'Selasa')?.value).toBe('2025-10-21');
    expect(one('"We will return," the minister said on Tuesday.', REF, 'Tuesday', 'en')?.value).toBe('2025-10-21');
  });
  it('a weekday counted from the text\'s own date (sebelumnya) is the one before that date', () => {
    const t = times('Polisi menangkapnya Rabu (8/10/2025). Ia sempat kabur Jumat malam sebelumnya.', REF);
    expect(t.map((x) => [x.text, x.value])).toEqual([
      ['Rabu (8/10/2025)', '2025-10-08'],
      ['Jumat malam sebelumnya', '2025-10-03TNI'],
    ]);
  });
  it('lalu looks strictly back', () => {
    expect(one('Ia ditangkap Rabu lalu.', REF, 'Rabu lalu')?.value).toBe('2025-10-15');
  });
});

describe('Minggu: Sunday or week', () => {
  const REF = '2025-10-22';
  it('with a date, with hari, with a part of the day or mid-sentence, it is Sunday', () => {
    expect(one('Demo digelar Minggu (19/10).', REF, 'Minggu (19/10)')?.value).toBe('2025-10-19');
    expect(one('Demo digelar pada hari Minggu.', REF, 'hari Minggu')?.value).toBe('2025-10-19');
    expect(one('Kapal berlabuh Minggu pagi.', REF, 'Minggu pagi')?.value).toBe('2025-10-19TMO');
    expect(one('Tim itu bertanding pada Minggu lalu.', REF, 'Minggu lalu')?.value).toBe('2025-10-19');
  });
  it('in lower case, after a number, or opening a sentence before lalu/depan, it is the week', () => {
    expect(one('Ia dirawat sejak minggu lalu.', REF, 'minggu lalu')?.value).toBe('2025-W42');
    expect(one('Minggu lalu, harga cabai naik.', REF, 'Minggu lalu')?.value).toBe('2025-W42');
    expect(one('Minggu depan tim berangkat.', REF, 'Minggu depan')?.value).toBe('2025-W44');
    expect(one('Ia dirawat dua minggu.', REF, 'dua minggu')).toMatchObject({ type: 'DURATION', value: 'P2W' });
  });
});

describe('names and numbers that are not times', () => {
  const REF = '2025-10-22';
  const none = [
    'Putusan itu merujuk Undang-Undang Dasar (UUD) 1945.',
    'Hakim mengutip UUD 1945 dan Pasal 28 ayat 2.',
    'Dasarnya UU Nomor 11 Tahun 2008 tentang informasi.',
    'Aturan itu termuat dalam Perpres No. 5 Tahun 2024.',
    'Timnas lolos ke Piala Dunia 2026.',
    'Ia kuliah di Universitas 17 Agustus 1945 Surabaya.',
    'Peristiwa Gerakan 30 September dikenang warga.',
    'Harganya Rp 2000 per buah.',
    'Sebanyak 2000 orang mengungsi.',
    'Perkara nomor 105/PUU-XXII/2024 diputus.',
    'Laporan SPT tahun lalu terlambat.'.replace(' tahun lalu', ''),
  ];
  for (const s of none) {
    it(s, () => expect(times(s, REF)).toEqual([]));
  }
  it('a generic season is not a date; a dated one is', () => {
    expect(times('Pakaian musim dingin dikirim ke pengungsi.', REF)).toEqual([]);
    expect(one('Salju turun pada musim dingin 2023.', REF, 'musim dingin 2023')?.value).toBe('2023-WI');
  });
});

describe('without a reference date', () => {
  it('stated dates keep their values, deictic ones have none, partial ones are underspecified', () => {
    const t = times('Pada 17 Agustus, kemarin, pekan lalu dan 3 Maret 2025.', null);
    expect(t.map((x) => [x.text, x.value])).toEqual([
      ['17 Agustus', 'XXXX-08-17'],
      ['kemarin', null],
      ['pekan lalu', null],
      ['3 Maret 2025', '2025-03-03'],
    ]);
  });
  it('with only a year, years and months resolve and days do not', () => {
    const t = times('Tahun lalu, September dan kemarin.', '2024');
    expect(t.map((x) => [x.text, x.value])).toEqual([
      ['Tahun lalu', '2023'],
      ['September', '2024-09'],
      ['kemarin', null],
    ]);
  });
});

describe('a clock time alone and the publication time', () => {
  it('a past event at a later hour than publication was the day before', () => {
    expect(one('Gempa terjadi pukul 22.10 WIB.', '2025-10-21T08:30:00+07:00', 'pukul 22.10 WIB')?.value).toBe('2025-10-20T22:10');
    expect(one('Gempa terjadi pukul 06.10 WIB.', '2025-10-21T08:30:00+07:00', 'pukul 06.10 WIB')?.value).toBe('2025-10-21T06:10');
  });
});
