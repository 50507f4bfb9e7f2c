import { describe, expect, it } from 'vitest';
import { direct, find, quotesOf, reported } from './helpers.js';

const BUDI = { name: 'Budi Santoso', type: 'PER' as const, aliases: ['Budi'] };
const RINA = { name: 'Rina Wulandari', type: 'PER' as const, aliases: ['Rina'] };
const BMKG = { name: 'Badan Meteorologi Nusantara', type: 'ORG' as const, aliases: ['BMN'] };

describe('reported speech', () => {
  it('X mengatakan (bahwa) …: the clause after the cue, to the end of the sentence', () => {
    const r = quotesOf('Budi mengatakan bahwa harga beras akan turun bulan depan. Rapat ditutup.', [BUDI]);
    const q = find(r, 'harga beras');
    expect(q).toMatchObject({ direct: false, text: 'harga beras akan turun bulan depan' });
    expect(q.cue?.text).toBe('mengatakan');
    expect(r.speaker(q)).toBe('Budi Santoso');
    const s = quotesOf('Rina menegaskan pemerintah tidak akan menaikkan pajak tahun ini.', [RINA]);
    expect(find(s, 'pemerintah tidak').text).toBe('pemerintah tidak akan menaikkan pajak tahun ini');
  });

  it('a cue word inside what the same speaker is quoted as saying is part of it, not a second quote', () => {
    const r = quotesOf('Budi menyatakan serangan itu mengancam upaya perdamaian di kawasan. Rina mengatakan dia menyampaikan hasil temuan itu.', [BUDI, RINA]);
    expect(reported(r).map((q) => [r.speaker(q), q.text])).toEqual([
      ['Budi Santoso', 'serangan itu mengancam upaya perdamaian di kawasan'],
      ['Rina Wulandari', 'dia menyampaikan hasil temuan itu'],
    ]);
  });

  it('a cue in a clause opened by a free relative word is no report ("what the military said were depots")', () => {
    const r = quotesOf('Budi Santoso struck what the military said were weapons depots in the south. Budi Santoso said what happened was a mistake.', [BUDI], 'en');
    expect(reported(r).map((q) => q.text)).toEqual(['what happened was a mistake']);
  });

  it('an elided subject after a report by someone unnamed in the same sentence is theirs, not the last named speaker\'s', () => {
    const r = quotesOf(
      'Budi mengatakan warga harus menghindari lokasi demo. Para penolak imigrasi menyebut persatuan telah terkikis, dengan menambahkan bahwa migrasi massal menghancurkan ikatan komunitas.',
      [BUDI],
    );
    expect(reported(r).map((q) => [r.speaker(q), q.text])).toEqual([['Budi Santoso', 'warga harus menghindari lokasi demo']]);
  });

  it('a report named again with a predicate after it is what is said ("menyebut laporan tersebut tidak berdasar"); the report alone is an object', () => {
    const r = quotesOf('Budi menyebut laporan tersebut tidak berdasar. Rina menyampaikan laporan tersebut kepada polisi.', [BUDI, RINA]);
    expect(reported(r).map((q) => [r.speaker(q), q.text])).toEqual([['Budi Santoso', 'laporan tersebut tidak berdasar']]);
  });

  it('a cue in a relative clause set off by commas says no more than that clause', () => {
    const r = quotesOf('Budi, yang membantah tuduhan itu, menyerahkan diri ke polisi pada Senin.', [BUDI]);
    expect(reported(r).map((q) => [r.speaker(q), q.text])).toEqual([['Budi Santoso', 'tuduhan itu']]);
    const e = quotesOf('Budi Santoso, who has denied any wrongdoing, surrendered to police on Monday.', [BUDI], 'en');
    expect(reported(e).map((q) => q.text)).toEqual(['any wrongdoing']);
  });

  it('reads past the addressee to the content: mengatakan kepada wartawan, …, bahwa …', () => {
    const r = quotesOf('Budi mengatakan kepada wartawan di Semarang, Senin, bahwa proyek itu sudah selesai.', [BUDI]);
    expect(reported(r).map((q) => q.text)).toEqual(['proyek itu sudah selesai']);
  });

  it('Menurut X, … / …, menurutnya, … / …, menurut X.', () => {
    const a = quotesOf('Menurut Rina, banjir kali ini lebih besar dari tahun lalu.', [RINA]);
    expect(reported(a).map((q) => [q.text, a.speaker(q), q.cue?.text])).toEqual([
      ['banjir kali ini lebih besar dari tahun lalu', 'Rina Wulandari', 'Menurut'],
    ]);
    const b = quotesOf('Rina Wulandari meninjau tanggul. Kerusakan itu, menurutnya, sudah terjadi sejak pekan lalu.', [RINA]);
    expect(reported(b).map((q) => [q.text, b.speaker(q)])).toEqual([['sudah terjadi sejak pekan lalu', 'Rina Wulandari']]);
    const c = quotesOf('Curah hujan akan meningkat pekan depan, menurut BMN.', [BMKG]);
    expect(reported(c).map((q) => [q.text, c.speaker(q)])).toEqual([['Curah hujan akan meningkat pekan depan', 'Badan Meteorologi Nusantara']]);
  });

  it('a cue in the middle of the sentence: Sebab, kata X, …', () => {
    const r = quotesOf('Sebab, kata Budi, pasokan beras dari daerah sudah berkurang.', [BUDI]);
    expect(reported(r).map((q) => [q.text, r.speaker(q)])).toEqual([['pasokan beras dari daerah sudah berkurang', 'Budi Santoso']]);
    // after the speaker's comma only when or where it was said: the content came before the cue
    const t = quotesOf('Kedua negara sepakat melakukan gencatan senjata, kata Budi, Senin (28/7).', [BUDI]);
    expect(reported(t).map((q) => [q.text, t.speaker(q)])).toEqual([['Kedua negara sepakat melakukan gencatan senjata', 'Budi Santoso']]);
  });

  it('a name between commas after a frame is the subject: "Pada kesempatan yang sama, Menteri PU, Budi, mengatakan …"', () => {
    const r = quotesOf('Pada kesempatan yang sama, Menteri PU, Budi Santoso, mengatakan pihaknya masih menunggu keputusan.', [BUDI]);
    expect(reported(r).map((q) => [q.text, r.speaker(q)])).toEqual([['pihaknya masih menunggu keputusan', 'Budi Santoso']]);
    // after "bahwa" a word such as "dirinya" is what was said's subject, not the verb's object
    const s = quotesOf('Budi menegaskan bahwa dirinya tetap membuka peluang untuk kembali.', [BUDI]);
    expect(reported(s).map((q) => q.text)).toEqual(['dirinya tetap membuka peluang untuk kembali']);
  });

  it('a frame that cites a medium before the subject is no apposition: "Dikutip dari Reuters, X memperkirakan …"', () => {
    const REUTERS = { name: 'Reuters', type: 'ORG' as const };
    const r = quotesOf('Dikutip dari Reuters, Badan Meteorologi Nusantara memperkirakan hujan turun pekan depan.', [BMKG, REUTERS]);
    expect(reported(r).map((q) => [q.text, r.speaker(q)])).toEqual([['hujan turun pekan depan', 'Badan Meteorologi Nusantara']]);
    const s2 = quotesOf('Seperti dikutip Reuters, Badan Meteorologi Nusantara memperkirakan hujan turun pekan depan.', [BMKG, REUTERS]);
    expect(reported(s2).map((q) => r.speaker(q))).toEqual(['Badan Meteorologi Nusantara']);
  });

  it('"melaporkan" a person to someone is a complaint filed, not a report of what was said', () => {
    const r = quotesOf('Budi melaporkan Rina Wulandari ke polisi atas dugaan penipuan. Rina melaporkan bahwa harga beras naik.', [BUDI, RINA]);
    expect(reported(r).map((q) => [q.text, r.speaker(q)])).toEqual([['harga beras naik', 'Rina Wulandari']]);
  });

  it('an organisation as the speaker', () => {
    const r = quotesOf('BMN menyebutkan cuaca ekstrem akan berlangsung hingga akhir bulan.', [BMKG]);
    expect(reported(r).map((q) => r.speaker(q))).toEqual(['Badan Meteorologi Nusantara']);
  });

  it('is not kept when no speaker can be named, nor when the verb reports no content', () => {
    expect(reported(quotesOf('Menurut laporan media setempat, jembatan itu runtuh pada malam hari.'))).toEqual([]);
    expect(reported(quotesOf('Menurut data terbaru, jumlah penduduk terus bertambah setiap tahun.'))).toEqual([]);
    expect(reported(quotesOf('Budi menyampaikan apresiasi atas kerja keras semua relawan.', [BUDI]))).toEqual([]);
    expect(reported(quotesOf('Budi tidak menjelaskan alasan pembatalan rapat itu.', [BUDI]))).toEqual([]);
    expect(reported(quotesOf('Panitia berencana untuk melanjutkan pembangunan gedung itu.', [BUDI]))).toEqual([]);
    expect(reported(quotesOf('Budi menjelaskan soal modus penipuan yang marak belakangan ini.', [BUDI]))).toEqual([]);
    expect(reported(quotesOf('Budi Santoso melanjutkan rangkaian acara di kampus kedua.', [BUDI]))).toEqual([]);
    // a stance or an act right after the cue, with no subject of its own
    expect(reported(quotesOf('Budi menyatakan menolak surat dakwaan dan tuntutan jaksa.', [BUDI]))).toEqual([]);
    expect(reported(quotesOf('Budi mengancam menaikkan tarif barang impor.', [BUDI]))).toEqual([]);
    // what is reported may open with a verb phrase as its subject
    expect(reported(quotesOf('Budi mengatakan menjaga inflasi sangat penting bagi warga.', [BUDI]))).toHaveLength(1);
  });

  it('is not read inside a direct quotation', () => {
    const r = quotesOf('"Dia mengatakan proyek itu sudah selesai, padahal belum," kata Budi.', [BUDI]);
    expect(reported(r)).toEqual([]);
    expect(direct(r)).toHaveLength(1);
  });

  it('a second report in the same sentence: …, dengan memperingatkan bahwa …', () => {
    const r = quotesOf(
      'Rina menyatakan rencana itu keliru, dengan memperingatkan bahwa banjir akan makin sering terjadi.',
      [RINA],
    );
    expect(reported(r).map((q) => [q.text, r.speaker(q)])).toEqual([
      ['rencana itu keliru', 'Rina Wulandari'],
      ['banjir akan makin sering terjadi', 'Rina Wulandari'],
    ]);
  });
});
