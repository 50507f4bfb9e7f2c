import { beforeAll, describe, expect, it } from 'vitest';
import { detectLanguage, indonesianOrMalay, loadLanguageIdentifier } from '../../src/langid/detect.js';

beforeAll(() => loadLanguageIdentifier());

describe('language identification', () => {
  it('tells Indonesian from Malaysian Malay, which CLD3 alone confuses', () => {
    expect(detectLanguage('Pemerintah mengatakan bahwa harga beras tetap stabil karena pasokan dari daerah sentra produksi masih lancar.')).toBe('id');
    expect(detectLanguage('Kerajaan berkata bahawa harga beras kekal stabil kerana bekalan daripada kawasan pengeluaran masih mencukupi, kata polis.')).toBe('ms');
  });
  it('English and other languages', () => {
    expect(detectLanguage('The government said on Monday that rice prices would remain stable through the end of the year.')).toBe('en');
    expect(detectLanguage('Le gouvernement a déclaré lundi que les prix du riz resteraient stables jusqu’à la fin de l’année.')).toBe('fr');
  });
  it('too little text is undetermined', () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('123 !!! ...')).toBe('und');
  });
});

describe('language identification of whole articles (function words decide before CLD3)', () => {
  const id =
    'Pemerintah kota akan membangun jembatan baru di atas sungai yang membelah kawasan pasar lama. Wali kota mengatakan bahwa ' +
    'pembangunan itu dimulai pada bulan depan dan diharapkan selesai dalam waktu satu tahun. Menurut dia, jembatan lama sudah ' +
    'tidak kuat menahan beban kendaraan yang setiap hari melintas, sehingga warga harus memutar cukup jauh untuk sampai ke pasar. ' +
    'Para pedagang menyambut rencana tersebut karena selama ini mereka kesulitan mengangkut barang dagangan dari gudang.';
  const ms =
    'Kerajaan negeri akan membina jambatan baharu di atas sungai yang membelah kawasan pasar lama. Menteri besar berkata bahawa ' +
    'pembinaan itu bermula pada bulan hadapan dan dijangka siap dalam tempoh setahun. Menurut beliau, jambatan lama sudah ' +
    'tidak kukuh untuk menampung kenderaan yang setiap hari melalui kawasan itu, sehingga penduduk terpaksa memandu jauh kerana ' +
    'jalan lain ditutup. Para peniaga menyambut rancangan tersebut kerana selama ini mereka sukar membawa barang daripada gudang.';
  const en =
    'The city government will build a new bridge over the river that divides the old market district. The mayor said that ' +
    'work would begin next month and was expected to be finished within a year. According to him, the old bridge was no longer ' +
    'strong enough to carry the vehicles that cross it every day, so residents have to drive a long way around to reach the market. ' +
    'Traders welcomed the plan because they have had trouble moving their goods from the warehouses.';
  const fr =
    'Le gouvernement de la ville va construire un nouveau pont sur la rivière qui traverse le quartier du vieux marché. Le maire a ' +
    'déclaré que les travaux commenceraient le mois prochain et devraient être terminés dans un délai d’un an. Selon lui, le vieux ' +
    'pont ne peut plus supporter les véhicules qui le traversent chaque jour, et les habitants doivent faire un long détour.';
  it('Indonesian, Malaysian Malay, English and another language', () => {
    expect(detectLanguage(id)).toBe('id');
    expect(detectLanguage(ms)).toBe('ms');
    expect(detectLanguage(en)).toBe('en');
    expect(detectLanguage(fr)).toBe('fr');
  });
  it('an English article quoting Indonesian, and the reverse, keep their own language', () => {
    expect(detectLanguage(`${en} "Kami sudah menunggu lama," he said.`)).toBe('en');
    expect(detectLanguage(`${id} "We have waited long enough," katanya.`)).toBe('id');
  });
  it('an Indonesian article that quotes English phrases and transliterated Arabic is Indonesian', () => {
    const mixed =
      'Bagi para pekerja muda, istilah work life balance sudah menjadi bagian dari percakapan sehari-hari di kantor. ' +
      'Menurut seorang psikolog, banyak orang merasa harus selalu online dan membalas pesan atasan di luar jam kerja. ' +
      'Ia mengingatkan bahwa doa yang sering dibaca sebelum bekerja, bismillahi tawakkaltu alallah, mengajarkan untuk ' +
      'berserah setelah berusaha. The show must go on, kata dia, tetapi tubuh dan pikiran juga perlu istirahat. ' +
      'Ia menyarankan agar setiap orang membuat batas yang jelas antara waktu untuk bekerja dan waktu untuk keluarga, ' +
      'misalnya dengan tidak membuka surel kantor pada akhir pekan dan mengambil cuti yang menjadi hak mereka.';
    expect(detectLanguage(mixed)).toBe('id');
  });
});

describe('Indonesian or Malay, by marker words read in place', () => {
  it('counts a marker of two words in any case, at the start of a word only', () => {
    // "kerana" is one Malay marker; "pihak berkuasa" (written in capitals here) is the second that decides
    expect(indonesianOrMalay('Pihak Berkuasa Tempatan menutup jalan itu kerana kerja baik pulih.')).toBe('ms');
    expect(indonesianOrMalay('PIHAK BERKUASA menutup jalan itu kerana kerja baik pulih.')).toBe('ms');
    expect(indonesianOrMalay('Jalan itu ditutup kerana kerja baik pulih oleh pihak lain.')).toBe('id');
    // the same letters inside a longer word are not the marker
    expect(indonesianOrMalay('Sepihak berkuasa menutup jalan itu kerana kerja baik pulih.')).toBe('id');
  });
  it('folds the case of marker words, ASCII or not', () => {
    expect(indonesianOrMalay('KERAJAAN BERKATA jalan itu ditutup.')).toBe('ms');
    expect(indonesianOrMalay('Kerajaan berkata jalan itu ditutup kerana banjir; pemerintah mengatakan bahwa polisi sudah tiba, karena itu tersebut selesai.')).toBe('id');
  });
  it('an article full of acronyms in capitals (AS, US, TO) is still Indonesian', () => {
    const text =
      'Nilai tukar dolar AS menguat terhadap rupiah pagi ini setelah bank sentral AS memangkas suku bunga. Mata uang AS ' +
      'itu berada di level tertinggi dalam sepekan, sementara indeks saham di AS dan US TO WITH ditutup melemah. Para analis ' +
      'mengatakan bahwa pelaku pasar masih menunggu data inflasi yang akan diumumkan pekan depan oleh pemerintah AS. Menurut ' +
      'mereka, rupiah masih bisa menguat jika data tersebut lebih rendah dari perkiraan dan permintaan dolar di dalam negeri turun.';
    expect(detectLanguage(text)).toBe('id');
  });
});
