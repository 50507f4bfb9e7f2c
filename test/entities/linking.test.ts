import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/entities/index.js';
import { loadKnowledgeBase } from '../../src/entities/kb/load.js';
import { byMention, DictTagger, entities, mentionTexts, stageInput } from './helpers.js';

describe('aliases inside a document', () => {
  it('links surname and given-name mentions to the fuller name, with every mention', () => {
    const { entities: es } = entities(
      'Menteri Sosial Ratna Kumala Dewi meninjau banjir di Bekasi. Ratna mengatakan bantuan tiba besok. "Kami siap," kata Dewi.',
      { 'Ratna Kumala Dewi': 'PER' },
    );
    const p = byMention(es, 'Ratna Kumala Dewi')!;
    expect(p.type).toBe('PER');
    expect(p.name).toBe('Ratna Kumala Dewi');
    expect(mentionTexts(p)).toEqual(['Ratna Kumala Dewi', 'Ratna', 'Dewi']);
    expect(es.filter((e) => e.type === 'PER')).toHaveLength(1);
  });

  it('links the knowledge base’s people by surname even where the tagger saw nothing', () => {
    const { entities: es } = entities('Pemimpin Korea Utara Kim Jong Un menyurati Vladimir Putin. Putin membalas, dan Kim menyambutnya.');
    const kim = byMention(es, 'Kim Jong Un')!;
    expect(mentionTexts(kim)).toEqual(['Kim Jong Un', 'Kim']);
    expect(kim.kb).toBe('kim-jong-un');
    expect(mentionTexts(byMention(es, 'Vladimir Putin'))).toEqual(['Vladimir Putin', 'Putin']);
  });

  it('a function word that ends a person\'s full name is their surname alone ("Lawrence Wong" … "Wong"), and nothing without that name', () => {
    const { entities: es } = entities('Perdana Menteri Singapura Lawrence Wong tiba di Bogor. Wong menyatakan hal itu.', {
      'Lawrence Wong': 'PER',
      Wong: 'PER',
    });
    expect(mentionTexts(byMention(es, 'Lawrence Wong'))).toEqual(['Lawrence Wong', 'Wong']);
    const alone = entities('"Wong itu urusan kita," katanya.', { Wong: 'PER' }).entities;
    expect(alone).toEqual([]);
  });

  it('a one-word name last in a list of places is a place ("di Batam, Bintan, dan Karimun")', () => {
    const { entities: es } = entities('Singapura berinvestasi di Batam, Bintan, dan Karimun.', { Karimun: 'PER' });
    expect(byMention(es, 'Karimun')!.type).toBe('LOC');
    // after one place only, a name stays as the tagger read it
    const one = entities('Rapat di Batam dan Karimun dimulai.', { Karimun: 'PER' }).entities;
    expect(byMention(one, 'Karimun')!.type).toBe('PER');
  });

  it('does not take a surname inside another full name, and leaves a surname two people share alone', () => {
    const { entities: es } = entities('Perdana Menteri Australia Anthony Albanese bertemu Francesca Albanese. Albanese lalu pulang.', {
      'Francesca Albanese': 'PER',
    });
    const pm = byMention(es, 'Anthony Albanese')!;
    const other = byMention(es, 'Francesca Albanese')!;
    expect(pm).not.toBe(other);
    expect(mentionTexts(other)).toEqual(['Francesca Albanese']);
    expect(mentionTexts(pm)).toEqual(['Anthony Albanese']);
    const single = entities('Francesca Albanese tiba di Jenewa. Albanese lalu berbicara.', { 'Francesca Albanese': 'PER' }).entities;
    expect(mentionTexts(byMention(single, 'Francesca Albanese'))).toEqual(['Francesca Albanese', 'Albanese']);
  });

  it('does not let one short form bridge a known person to another full name sharing it (Prabowo)', () => {
    const text =
      'Komisi III mengapresiasi ketegasan Presiden Prabowo Subianto. Rano menyebut Polri di bawah Kapolri Jenderal Listyo Sigit Prabowo telah konsisten. Prabowo meminta penegak hukum serius. Prabowo menegaskan tak ada yang kebal hukum.';
    const es = entities(text, { 'Listyo Sigit Prabowo': 'PER', 'Prabowo Subianto': 'PER', Prabowo: 'PER' }).entities;
    const president = byMention(es, 'Prabowo Subianto')!;
    const chief = byMention(es, 'Listyo Sigit Prabowo')!;
    expect(president).not.toBe(chief);
    expect(president.actor).toBe('IDNGOV');
    expect(mentionTexts(chief)).not.toContain('Prabowo Subianto');
  });

  it('a short form under a title that fits the person the knowledge base gives it is theirs, not a fuller name\'s (Presiden Prabowo, Kapolri Listyo Sigit Prabowo)', () => {
    const text =
      'Presiden Prabowo memimpin rapat terbatas di Istana. Kapolri Jenderal Listyo Sigit Prabowo hadir dalam rapat itu. Prabowo meminta polisi bertindak tegas.';
    const es = entities(text, { 'Listyo Sigit Prabowo': 'PER', Prabowo: 'PER' }).entities;
    const chief = byMention(es, 'Listyo Sigit Prabowo')!;
    expect(mentionTexts(chief)).toEqual(['Listyo Sigit Prabowo']);
    const president = es.find((e) => e !== chief && e.mentions.some((m) => m.text === 'Prabowo'))!;
    expect(president.actor).toBe('IDNGOV');
    // with no title of the knowledge base's person, the surname is the one of this text's full name
    const plain = entities('Kapolri Jenderal Listyo Sigit Prabowo hadir dalam rapat itu. Prabowo meminta polisi bertindak tegas.', {
      'Listyo Sigit Prabowo': 'PER',
      Prabowo: 'PER',
    }).entities;
    expect(mentionTexts(byMention(plain, 'Listyo Sigit Prabowo'))).toEqual(['Listyo Sigit Prabowo', 'Prabowo']);
  });

  it('an acronym the knowledge base does not know is the one organisation whose capitalised words it spells', () => {
    const es = entities('Anggota Dewan Jaminan Sosial Nasional hadir. DJSN menilai program itu berjalan.', { 'Dewan Jaminan Sosial Nasional': 'ORG', DJSN: 'ORG' }).entities;
    expect(mentionTexts(byMention(es, 'Dewan Jaminan Sosial Nasional'))).toEqual(['Dewan Jaminan Sosial Nasional', 'DJSN']);
    // not when two organisations spell it
    const two = entities('Dewan Jaminan Sosial Nasional dan Dinas Jalan Sungai Nusantara hadir. DJSN menilai program itu berjalan.', {
      'Dewan Jaminan Sosial Nasional': 'ORG',
      'Dinas Jalan Sungai Nusantara': 'ORG',
      DJSN: 'ORG',
    }).entities;
    expect(mentionTexts(byMention(two, 'DJSN'))).toEqual(['DJSN']);
  });

  it('reads "X alias Y" as one person, whatever the knowledge base says of Y', () => {
    const { entities: es } = entities('Polisi menangkap Joko Santoso alias Sangkuriang di Bandung. Sangkuriang tidak melawan.', { 'Joko Santoso': 'PER' });
    const p = byMention(es, 'Joko Santoso')!;
    expect(p.type).toBe('PER');
    expect(mentionTexts(p)).toEqual(['Joko Santoso', 'Sangkuriang', 'Sangkuriang']);
  });

  it('reads "X atau yang akrab disapa Y" as one person', () => {
    const { entities: es } = entities('Menteri Sosial Saiful Yusuf atau yang akrab disapa Gus Yus meninjau Desa Sukamaju. Gus Yus menyebut data bansos diperbarui.', {
      'Saiful Yusuf': 'PER',
      'Gus Yus': 'PER',
    });
    const p = byMention(es, 'Saiful Yusuf')!;
    expect(mentionTexts(p)).toEqual(['Saiful Yusuf', 'Gus Yus', 'Gus Yus']);
    expect(p.actor).toBe('IDNGOV');
  });

  it('reads a person\'s other name in parentheses as the same person ("Saifullah Yusuf (Gus Ipul)")', () => {
    const { entities: es } = entities('Menteri Sosial Saiful Yusuf (Gus Yus) meninjau Desa Sukamaju. Gus Yus menyebut data bansos diperbarui.', {
      'Saiful Yusuf': 'PER',
      'Gus Yus': 'PER',
    });
    const p = byMention(es, 'Gus Yus')!;
    expect(mentionTexts(p)).toEqual(['Saiful Yusuf', 'Gus Yus', 'Gus Yus']);
    expect(p.actor).toBe('IDNGOV');
  });

  it('after a comma too, and "atau" before a nickname or the name\'s initials ("Saifullah Yusuf atau Gus Ipul")', () => {
    const comma = entities('Menteri Sosial Saiful Yusuf, (Gus Yus) meninjau Desa Sukamaju. Gus Yus menyebut data diperbarui.', { 'Saiful Yusuf': 'PER', 'Gus Yus': 'PER' }).entities;
    expect(mentionTexts(byMention(comma, 'Gus Yus')!)).toEqual(['Saiful Yusuf', 'Gus Yus', 'Gus Yus']);
    const or = entities('Menteri Sosial Saiful Yusuf atau Gus Yus meninjau Desa Sukamaju. Gus Yus menyebut data diperbarui.', { 'Saiful Yusuf': 'PER', 'Gus Yus': 'PER' }).entities;
    expect(byMention(or, 'Gus Yus')!.actor).toBe('IDNGOV');
    const initials = entities('Wakil Ketua MPR Hidayat Nur Wahid atau HNW hadir. HNW menyebut hal itu.', { 'Hidayat Nur Wahid': 'PER' }).entities;
    expect(mentionTexts(byMention(initials, 'HNW')!)).toEqual(['Hidayat Nur Wahid', 'HNW', 'HNW']);
    // two persons either way stay two
    const two = entities('Budi Santoso atau Andi Wijaya akan hadir.', { 'Budi Santoso': 'PER', 'Andi Wijaya': 'PER' }).entities;
    expect(two.map((e) => e.name)).toEqual(['Budi Santoso', 'Andi Wijaya']);
  });

  it('an acronym the document spells out as a known name is that name, not the knowledge base\'s other reading', () => {
    const { entities: es } = entities('Bupati Ogan Komering Ilir (OKI) Budi Santoso hadir. Pemkab OKI menyiapkan bantuan.', { 'Budi Santoso': 'PER' });
    expect(es.some((e) => e.actor?.startsWith('IGO'))).toBe(false);
    expect(byMention(es, 'Pemkab OKI')!.actor).toBe('IDNGOV');
    // spelled out as the knowledge base's own name, it keeps its code
    const oic = entities('Organisasi Kerja sama Islam (OKI) mengecam serangan itu.', {}).entities;
    expect(byMention(oic, 'OKI')!.actor).toBe('IGOMOSOIC');
  });

  it('reads capitals after an initials cue as a person, not an acronym the knowledge base knows ("berinisial HM")', () => {
    const { entities: es } = entities('Polisi menangkap jurnalis berinisial HM di Palu. HM membantah tuduhan itu. PT HM Sampoerna tidak terkait.', { 'PT HM Sampoerna': 'ORG' });
    const p = byMention(es, 'HM')!;
    expect(p.type).toBe('PER');
    expect(p.kb).toBeNull();
    expect(p.actor).toBeNull();
    expect(mentionTexts(p)).toEqual(['HM', 'HM']);
  });

  it('reads capitals right after a rank as a person\'s initials, not a corps word nor a rank\'s word inside a name', () => {
    const { entities: es } = entities('Propam menahan Bripda AN di Medan. AN membantah. Brigjen TNI Budi Santoso hadir di Konsulat Jenderal RI.', {
      'Budi Santoso': 'PER',
      'Konsulat Jenderal RI': 'ORG',
    });
    const p = byMention(es, 'AN')!;
    expect(p).toMatchObject({ type: 'PER', kb: null, actor: 'IDNCOP' });
    expect(mentionTexts(p)).toEqual(['AN', 'AN']);
    expect(es.some((e) => e.type === 'PER' && (e.name === 'TNI' || e.name === 'RI'))).toBe(false);
  });

  it('reads every initials of a list after the cue as a person; a single capital only where it is listed', () => {
    const { entities: es } = entities('Tersangka berinisial DDS, YQ, A, RAR, dan SR ditahan. YQ membantah. Nilai A pada rapor naik.', {});
    expect(es.filter((e) => e.type === 'PER').map((e) => e.name)).toEqual(['DDS', 'YQ', 'A', 'RAR', 'SR']);
    expect(mentionTexts(byMention(es, 'YQ'))).toEqual(['YQ', 'YQ']);
    expect(mentionTexts(byMention(es, 'A'))).toEqual(['A']);
  });

  it('keeps a knowledge-base short form with its full name (Korut ↔ Korea Utara) under the full name', () => {
    const { entities: es } = entities('Korea Utara menembakkan rudal. Media Korut menyebut uji coba itu berhasil.');
    const prk = byMention(es, 'Korut')!;
    expect(prk.name).toBe('Korea Utara');
    expect(mentionTexts(prk)).toEqual(['Korea Utara', 'Korut']);
    expect(prk.type).toBe('LOC');
    expect(prk.actor).toBe('PRK');
  });

  it('matches a capitals-only short form in capitals only ("AS", not "as")', () => {
    const { entities: es } = entities('Harga minyak naik. Pejabat AS menyebut stok cukup, as the report said.');
    const usa = byMention(es, 'AS')!;
    expect(usa.actor).toBe('USA');
    expect(es.filter((e) => e.mentions.some((m) => m.text === 'as'))).toHaveLength(0);
  });

  it('names the entity after the fullest form when the knowledge base’s name is not in the text', () => {
    const { entities: es } = entities('Pejabat AS tiba di Jakarta. Negeri Paman Sam itu menjanjikan bantuan.');
    const usa = byMention(es, 'AS')!;
    expect(mentionTexts(usa)).toEqual(['AS', 'Negeri Paman Sam']);
    expect(usa.name).toBe('AS');
  });

  it('gives capitals acting as states type LOC and the state’s code (metonymy)', () => {
    const { entities: es } = entities('Ada kecurigaan bahwa Pyongyang memasok amunisi ke Moskow, sementara Gedung Putih diam.');
    expect(byMention(es, 'Pyongyang')).toMatchObject({ type: 'LOC', actor: 'PRK' });
    expect(byMention(es, 'Moskow')).toMatchObject({ type: 'LOC', actor: 'RUS' });
    expect(byMention(es, 'Gedung Putih')).toMatchObject({ type: 'LOC', actor: 'USA' });
  });

  it('reads an institution phrase with its country as that country’s body', () => {
    const { entities: es } = entities('Pesan itu disampaikan kepada kementerian luar negeri Rusia di Moskow.');
    const mfa = byMention(es, 'kementerian luar negeri Rusia')!;
    expect(mfa).toMatchObject({ type: 'ORG', actor: 'RUSGOV' });
    expect(byMention(es, 'Rusia')).toBeUndefined();
  });

  it('reads a regional body with its place as one organisation', () => {
    const { entities: es } = entities('Anggota DPRD Jawa Tengah menolak usulan itu. Polda Jawa Tengah berjaga.');
    expect(byMention(es, 'DPRD Jawa Tengah')).toMatchObject({ type: 'ORG', actor: 'IDNLEG' });
    expect(byMention(es, 'Polda Jawa Tengah')).toMatchObject({ type: 'ORG', actor: 'IDNCOP' });
  });

  it('reads the kinds of Indonesian courts as courts of the article\'s country, or of the country named after them', () => {
    const { entities: es } = entities('Partai Buruh menggugat Bawaslu ke Pengadilan Tata Usaha Negara Jakarta. Kasus itu dibawa ke Pengadilan Niaga.', {
      'Pengadilan Tata Usaha Negara Jakarta': 'ORG',
      'Pengadilan Niaga': 'ORG',
    });
    expect(byMention(es, 'Pengadilan Tata Usaha Negara Jakarta')).toMatchObject({ type: 'ORG', actor: 'IDNJUD' });
    expect(byMention(es, 'Pengadilan Niaga')).toMatchObject({ type: 'ORG', actor: 'IDNJUD' });
  });

  it('reads military courts and a panel of judges as courts of the article\'s country', () => {
    const { entities: es } = entities('Putusan itu dijatuhkan oleh Majelis Hakim Pengadilan Militer Tinggi I Medan. Terdakwa diadili di Pengadilan Militer II-09 Bandung.', {
      'Majelis Hakim Pengadilan Militer Tinggi I Medan': 'ORG',
      'Pengadilan Militer II-09 Bandung': 'ORG',
    });
    expect(byMention(es, 'Majelis Hakim Pengadilan Militer Tinggi I Medan')).toMatchObject({ type: 'ORG', actor: 'IDNJUD' });
    expect(byMention(es, 'Pengadilan Militer II-09 Bandung')).toMatchObject({ type: 'ORG', actor: 'IDNJUD' });
  });

  it('a regional kind of body with another country after it is that country\'s body of the role ("Pengadilan Negeri Malaysia")', () => {
    const { entities: es } = entities('Pengadilan Negeri Malaysia menghukum Ahmad. Pengadilan Militer Israel menghukum Yusuf. Polda Jawa Barat menangkap Budi.', {
      Malaysia: 'LOC',
      Israel: 'LOC',
      'Jawa Barat': 'LOC',
    });
    expect(byMention(es, 'Pengadilan Negeri Malaysia')).toMatchObject({ type: 'ORG', actor: 'MYSJUD' });
    expect(byMention(es, 'Pengadilan Militer Israel')).toMatchObject({ type: 'ORG', actor: 'ISRJUD' });
    expect(byMention(es, 'Polda Jawa Barat')).toMatchObject({ type: 'ORG', actor: 'IDNCOP' });
  });

  it('a party\'s boards (DPP, DPD, DPW, DPC) are the party\'s, not a person after a title nor the regional legislature (DPD)', () => {
    const { entities: es } = entities('Ketua DPC Gerindra Jakarta Timur ini mengkritik pemerintah. Ketua DPD Golkar Jawa Barat juga hadir.', {
      'DPC Gerindra': 'ORG',
      'Jakarta Timur': 'LOC',
      'DPD Golkar Jawa Barat': 'ORG',
    });
    expect(byMention(es, 'DPC Gerindra')).toMatchObject({ type: 'ORG', actor: 'IDNPTY' });
    expect(byMention(es, 'DPD Golkar Jawa Barat')).toMatchObject({ type: 'ORG', actor: 'IDNPTY' });
  });

  it('reads "Imigrasi" before a place as that region\'s immigration office', () => {
    const { entities: es } = entities('Imigrasi Bali mendeportasi tiga warga negara Rusia.', { Bali: 'LOC', Rusia: 'LOC' });
    expect(byMention(es, 'Imigrasi Bali')).toMatchObject({ type: 'ORG', actor: 'IDNGOV' });
  });

  it('a word for a dead body before a name is not part of it ("Jasad Endang", "Jenazah Budi")', () => {
    const { entities: es } = entities('Jasad Endang Sulastri ditemukan di kamarnya. Jenazah Budi dibawa ke rumah sakit.', {
      'Jasad Endang Sulastri': 'PER',
      'Jenazah Budi': 'PER',
    });
    expect(es.map((e) => e.name).sort()).toEqual(['Budi', 'Endang Sulastri']);
  });

  it('reads the name after the last rank in a person\'s span ("… Polsek Sako Iptu Apriansyah")', () => {
    const { entities: es } = entities('Kanit Reskrim Polsek Sako Iptu Apriansyah menangkap pelaku. "Sudah ditahan," kata Kanit.', {
      'Kanit Reskrim Polsek Sako Iptu Apriansyah': 'PER',
    });
    expect(byMention(es, 'Apriansyah')).toMatchObject({ type: 'PER', actor: 'IDNCOP' });
    expect(byMention(es, 'Kanit Reskrim Polsek Sako Iptu Apriansyah')).toBeUndefined();
    // the regional body stops at the rank
    expect(byMention(es, 'Polsek Sako')).toMatchObject({ type: 'ORG', actor: 'IDNCOP' });
    expect(es.find((e) => e.name.includes('Iptu'))).toBeUndefined();
    // with its corps word after it
    const corps = entities('Karo Ops Polda Bali Kombes Pol Made Yani hadir.', { 'Karo Ops Polda Bali Kombes Pol Made Yani': 'PER' }).entities;
    expect(byMention(corps, 'Made Yani')).toMatchObject({ type: 'PER' });
    // a corps word the tagger put at the start of the name
    const inf = entities('Kapendam XVII/Cenderawasih Kolonel Inf Candra Kurniawan hadir.', { 'Inf Candra Kurniawan': 'PER' }).entities;
    expect(byMention(inf, 'Candra Kurniawan')).toMatchObject({ type: 'PER', name: 'Candra Kurniawan', actor: 'IDNMIL' });
  });

  it('a capitalized word the tagger left between a rank and the name opens the name ("Kombes Ade [Ary Syam]")', () => {
    const es = entities('Kabid Humas Polda Metro Jaya Kombes Ade Ary Syam hadir. "Kami mendalami," kata Ade Ary.', { 'Ary Syam': 'PER' }).entities;
    const p = byMention(es, 'Ade Ary Syam')!;
    expect(p).toMatchObject({ type: 'PER', actor: 'IDNCOP' });
    expect(mentionTexts(p)).toContain('Ade Ary');
    // a rank that ends a longer title is none ("Direktur Jenderal Pajak Bimo Wijayanto")
    const dirjen = entities('Direktur Jenderal Pajak Bimo Wijayanto hadir.', { 'Bimo Wijayanto': 'PER' }).entities;
    expect(byMention(dirjen, 'Bimo Wijayanto')).toMatchObject({ type: 'PER' });
  });

  it('so does one left between a title with the place it names and the name ("Bupati Sleman Harda [Kiswaya]")', () => {
    const es = entities('Bupati Sleman Harda Kiswaya hadir.', { Kiswaya: 'PER' }).entities;
    expect(byMention(es, 'Harda Kiswaya')).toMatchObject({ type: 'PER', actor: 'IDNGOV' });
    // after a title and its body, too
    const body = entities('Direktur Walhi Jawa Timur Wahyu Eka Setyawan hadir.', { 'Eka Setyawan': 'PER' }).entities;
    expect(byMention(body, 'Wahyu Eka Setyawan')).toMatchObject({ type: 'PER' });
    // a compass word continues the place
    const compass = entities('Bupati Lampung Tengah Ardito Wijaya hadir.', { 'Ardito Wijaya': 'PER' }).entities;
    expect(byMention(compass, 'Ardito Wijaya')).toMatchObject({ type: 'PER' });
    expect(compass.some((e) => e.name.includes('Tengah Ardito'))).toBe(false);
  });

  it('after a title, a body named with its country and then a person\'s name: two names ("juru bicara Kementerian Luar Negeri China Guo Jiakun")', () => {
    const es = entities('Hal itu disampaikan juru bicara Kementerian Luar Negeri China Guo Jiakun kemarin.', { 'Kementerian Luar Negeri China Guo Jiakun': 'ORG' }).entities;
    expect(byMention(es, 'Guo Jiakun')).toMatchObject({ type: 'PER', actor: 'CHNGOV' });
    expect(byMention(es, 'Kementerian Luar Negeri China')).toMatchObject({ type: 'ORG', actor: 'CHNGOV' });
  });

  it('a title written alone refers back to the one person introduced with it ("… keputusan Presiden")', () => {
    const text = 'Presiden Prabowo Subianto melantik menteri. PKS mengkritik keputusan Presiden. Wakil Presiden Gibran hadir. Kepala keluarga hadir.';
    const es = entities(text, { 'Prabowo Subianto': 'PER', PKS: 'ORG', Gibran: 'PER' }).entities;
    expect(mentionTexts(byMention(es, 'Prabowo Subianto'))).toEqual(['Prabowo Subianto', 'Presiden']);
    expect(mentionTexts(byMention(es, 'Gibran'))).toEqual(['Gibran']);
    // a title two people hold, one that needs its field, or a role noun in lower case refers to no one
    const two = entities('Presiden Prabowo Subianto bertemu Presiden Lula. Presiden mengatakan hal itu.', { 'Prabowo Subianto': 'PER', Lula: 'PER' }).entities;
    expect(mentionTexts(byMention(two, 'Prabowo Subianto'))).toEqual(['Prabowo Subianto']);
    const minister = entities('Menteri Fadli Zon hadir. Menteri dan wakil menteri dari 38 negara datang.', { 'Fadli Zon': 'PER' }).entities;
    expect(mentionTexts(byMention(minister, 'Fadli Zon'))).toEqual(['Fadli Zon']);
    const lower = entities('Menurut jaksa, Sri menagih utang. Jaksa mengatakan hal itu.', { Sri: 'PER' }).entities;
    expect(mentionTexts(byMention(lower, 'Sri'))).toEqual(['Sri']);
    // English writes it in lower case after "the"
    const en = entities('President Joe Biden met Xi Jinping. The president urged China to act.', { 'Joe Biden': 'PER', 'Xi Jinping': 'PER' }, { lang: 'en' }).entities;
    expect(mentionTexts(byMention(en, 'Joe Biden'))).toEqual(['Joe Biden', 'president']);
  });

  it('a known body and then a person the tagger also found alone: the person ("Ketua KPU RI Afifuddin")', () => {
    const text = 'Ketua KPU RI Afifuddin memberi keterangan. Afifuddin mengatakan tahapan berjalan.';
    const { entities: es } = entities(text, { 'KPU RI Afifuddin': 'ORG', Afifuddin: 'PER' });
    expect(byMention(es, 'Afifuddin')).toMatchObject({ type: 'PER' });
    expect(es.some((e) => e.name === 'KPU RI Afifuddin')).toBe(false);
    // alone it stays as the tagger read it
    const alone = entities('Ketua KPU RI Afifuddin memberi keterangan.', { 'KPU RI Afifuddin': 'ORG' }).entities;
    expect(alone.some((e) => e.name === 'KPU RI Afifuddin')).toBe(true);
  });

  it('a span run on over a known place into the first word of the person after it gives that word back ("Jawa Tengah [Willy] Indra Yunani")', () => {
    const text = 'Kepala Balai Karantina Jawa Tengah Willy Indra Yunani hadir di Semarang.';
    const { entities: es } = entities(text, { 'Balai Karantina': 'LOC', 'Jawa Tengah Willy': 'LOC', 'Indra Yunani': 'PER' });
    expect(byMention(es, 'Willy Indra Yunani')).toMatchObject({ type: 'PER', actor: 'IDNGOV' });
    expect(byMention(es, 'Jawa Tengah')).toMatchObject({ type: 'LOC', actor: 'IDN' });
    // a unit of government opened by its head is an organisation, even after a title
    expect(byMention(es, 'Balai Karantina')).toMatchObject({ type: 'ORG' });
    // what runs on over a body, not a place, stays as the tagger read it ("PT Pertamina Gas")
    const firm = entities('Direktur Utama PT Pertamina Gas Gamal Imam Santoso hadir.', { 'PT Pertamina Gas': 'ORG', 'Gamal Imam Santoso': 'PER' }).entities;
    expect(byMention(firm, 'Gamal Imam Santoso')).toMatchObject({ type: 'PER' });
    expect(byMention(firm, 'Gas Gamal Imam Santoso')).toBeUndefined();
  });

  it('two capitals alone are no Phoenix group\'s short name unless the document names the group otherwise ("HM")', () => {
    const alone = entities('HM sebelumnya dilaporkan ke polisi oleh korban.', { HM: 'ORG' }).entities;
    expect(byMention(alone, 'HM')?.actor ?? null).toBeNull();
    const named = entities('Hizbul Mujahideen menyerang pos polisi. HM mengaku bertanggung jawab.', { 'Hizbul Mujahideen': 'ORG', HM: 'ORG' }).entities;
    expect(byMention(named, 'HM')?.actor).toBe(byMention(named, 'Hizbul Mujahideen')?.actor);
    expect(byMention(named, 'HM')?.actor).not.toBeNull();
  });

  it('after a title, a place the tagger found that ends in a compass word stays a place ("Bupati [Morowali Utara]")', () => {
    const { entities: es } = entities('Ia dilaporkan oleh Bupati Morowali Utara kemarin.', { 'Morowali Utara': 'LOC' });
    expect(byMention(es, 'Morowali Utara')).toMatchObject({ type: 'LOC' });
  });

  it('after a title, a place the text names as one elsewhere opens no person\'s name ("Bupati Solok Jon Firman Pandu")', () => {
    const text = 'Jalan di Kabupaten Solok diperbaiki. Bupati Solok Jon Firman Pandu hadir.';
    const { entities: es } = entities(text, { 'Kabupaten Solok': 'LOC', 'Solok Jon Firman Pandu': 'PER' });
    expect(byMention(es, 'Jon Firman Pandu')).toMatchObject({ type: 'PER', actor: 'IDNGOV' });
    expect(byMention(es, 'Solok Jon Firman Pandu')).toBeUndefined();
    // without that evidence the span stands
    const alone = entities('Bupati Solok Jon Firman Pandu hadir.', { 'Solok Jon Firman Pandu': 'PER' }).entities;
    expect(byMention(alone, 'Solok Jon Firman Pandu')).toMatchObject({ type: 'PER' });
  });

  it('after a title, a place named with a compass word opens no person\'s name ("Bupati Tapanuli Tengah Masinton Pasaribu")', () => {
    for (const type of ['PER', 'LOC'] as const) {
      const { entities: es } = entities('Bupati Tapanuli Tengah Masinton Pasaribu meninjau banjir.', { 'Tapanuli Tengah Masinton Pasaribu': type });
      expect(byMention(es, 'Masinton Pasaribu')).toMatchObject({ type: 'PER', actor: 'IDNGOV' });
      expect(byMention(es, 'Tapanuli Tengah')).toMatchObject({ type: 'LOC' });
    }
    // a body's acronym before the place keeps the span whole here; a compass word first is no place's end
    const body = entities('Ketua DPRD Sumbar Timur Pradopo hadir.', { 'Timur Pradopo': 'PER' }).entities;
    expect(byMention(body, 'Timur Pradopo')).toMatchObject({ type: 'PER' });
  });

  it('the end of a title that began before a span is no part of the name ("Jaksa [Agung ST Burhanuddin]"); a body\'s words are', () => {
    const { entities: es } = entities('Jaksa Agung ST Burhanuddin hadir. Direktur Eksekutif Institute for Development Economics and Finance (INDEF) Tauhid Ahmad berpendapat lain.', {
      'Agung ST Burhanuddin': 'PER',
      'Eksekutif Institute for Development Economics and Finance': 'ORG',
      'Tauhid Ahmad': 'PER',
    });
    expect(byMention(es, 'ST Burhanuddin')).toMatchObject({ type: 'PER', actor: 'IDNJUD' });
    expect(byMention(es, 'Institute for Development Economics and Finance')).toMatchObject({ type: 'ORG' });
    const bi = entities('Gubernur BI Perry Warjiyo hadir.', { 'BI Perry Warjiyo': 'PER' }).entities;
    expect(byMention(bi, 'Perry Warjiyo')).toMatchObject({ type: 'PER' });
  });

  it('reads a unit\'s number, a glued slash and its name as one name ("Kodam IV/Diponegoro")', () => {
    const { entities: es } = entities('Kodam IV/Diponegoro mengirim pasukan ke Semarang.', { Diponegoro: 'PER', Semarang: 'LOC' });
    expect(byMention(es, 'Kodam IV/Diponegoro')).toMatchObject({ type: 'ORG', actor: 'IDNMIL' });
    expect(byMention(es, 'Diponegoro')).toBeUndefined();
    // a slash with spaces, or after a word, joins nothing
    const apart = entities('Kodam IV / Diponegoro mengirim pasukan.', { Diponegoro: 'PER' }).entities;
    expect(byMention(apart, 'Diponegoro')).toBeDefined();
    // the tagger's two names around such a slash are one
    const tagged = entities('Pasukan Yonif 500/Raider tiba di lokasi.', { 'Yonif 500': 'ORG', Raider: 'PER' }).entities;
    expect(byMention(tagged, 'Yonif 500/Raider')).toMatchObject({ type: 'ORG' });
    expect(byMention(tagged, 'Raider')).toBeUndefined();
  });

  it('drops generic nouns and languages: "Pemerintah Indonesia" is Indonesia, "bahasa Inggris" nothing', () => {
    const { entities: es } = entities('Pemerintah Indonesia merilis pernyataan dalam bahasa Inggris.', { 'Pemerintah Indonesia': 'ORG', Inggris: 'LOC' });
    expect(byMention(es, 'Indonesia')).toMatchObject({ type: 'LOC', actor: 'IDN' });
    expect(byMention(es, 'Pemerintah Indonesia')).toBeUndefined();
    expect(byMention(es, 'Inggris')).toBeUndefined();
  });

  it('a currency before a country names money, not the country ("500 ribu dolar AS", "ringgit Malaysia")', () => {
    const { entities: es } = entities('Jepang mengirim bantuan senilai 500 ribu dolar AS, sementara kurs ringgit Malaysia melemah.', { Jepang: 'LOC', AS: 'LOC', Malaysia: 'LOC' });
    expect(es.map((e) => e.name)).toEqual(['Jepang']);
  });

  it('splits a list item\'s number off the name it was glued to ("Fadli Zon6. Menteri …")', () => {
    const { entities: es } = entities('Menteri Kebudayaan Fadli Zon6. Menteri Pariwisata Widiyanti Putri7. Menteri Desa Yandri Susanto.', {
      'Fadli Zon': 'PER',
      'Widiyanti Putri': 'PER',
      'Yandri Susanto': 'PER',
    });
    expect(es.map((e) => e.name)).toEqual(expect.arrayContaining(['Fadli Zon', 'Widiyanti Putri', 'Yandri Susanto']));
    expect(es.some((e) => /\d/.test(e.name))).toBe(false);
    // a name with a number of its own stays whole: one capital ("G20"), or no period after it
    const g20 = entities('KTT G20. Presiden hadir di Bali2030 kemarin.', { G20: 'ORG', Bali2030: 'LOC' }).entities;
    expect(g20.map((e) => e.name)).toEqual(expect.arrayContaining(['G20', 'Bali2030']));
  });

  it('splits scraped words glued to a name ("dilansirAFP")', () => {
    const { text, entities: es } = entities('Kabar itu dilansirAFP pada Senin.');
    const afp = byMention(es, 'AFP')!;
    expect(afp.actor).toBe('FRAMED');
    const m = afp.mentions[0]!;
    expect(text.slice(m.start, m.end)).toBe('AFP');
  });
});

describe('parentheses', () => {
  it('links an expansion and its acronym, and later uses of the acronym', () => {
    const { entities: es } = entities(
      'Badan Riset Kelautan Nusantara (BRKN) merilis data baru. Menurut BRKN, suhu laut naik.',
      { 'Badan Riset Kelautan Nusantara': 'ORG' },
    );
    const o = byMention(es, 'BRKN')!;
    expect(o.name).toBe('Badan Riset Kelautan Nusantara');
    expect(mentionTexts(o)).toEqual(['Badan Riset Kelautan Nusantara', 'BRKN', 'BRKN']);
  });

  it('a short form the knowledge base reads as a body of another country than the one the expansion names is the expansion\'s, everywhere', () => {
    const { entities: es } = entities('Angkatan Bersenjata Filipina (AFP) menyatakan siaga. AFP memantau kapal China.', {
      'Angkatan Bersenjata Filipina': 'ORG',
    });
    const army = byMention(es, 'Angkatan Bersenjata Filipina')!;
    expect(army).toMatchObject({ name: 'Angkatan Bersenjata Filipina', kb: null, actor: 'PHLMIL' });
    expect(mentionTexts(army)).toEqual(['Angkatan Bersenjata Filipina', 'AFP', 'AFP']);
    // the agency, named as the knowledge base names it, keeps its reading
    const agency = entities('Kantor Berita Prancis (AFP) melaporkan hal itu.', { 'Kantor Berita Prancis': 'ORG' }).entities;
    expect(byMention(agency, 'Kantor Berita Prancis')).toMatchObject({ kb: 'afp', actor: 'FRAMED' });
  });

  it('capitalized words the tagger left before a name open it when the short form spells them too ("Konfederasi [Serikat Pekerja Indonesia] (KSPI)")', () => {
    const { entities: es } = entities(
      'Ribuan buruh Konfederasi Serikat Pekerja Indonesia (KSPI) mogok. Hadir pula saksi Kanisius Jerry Tengker (KJT). Ketua Dewan Pers (KDP) hadir di Konferensi Musik Indonesia (KMI).',
      { 'Serikat Pekerja Indonesia': 'ORG', 'Jerry Tengker': 'PER', 'Dewan Pers': 'ORG', Indonesia: 'LOC' },
    );
    expect(mentionTexts(byMention(es, 'KSPI'))).toEqual(['Konfederasi Serikat Pekerja Indonesia', 'KSPI']);
    expect(byMention(es, 'KSPI')!.type).toBe('ORG');
    expect(byMention(es, 'KJT')!.name).toBe('Kanisius Jerry Tengker');
    // not over a title, nor around a place's name
    expect(es.map((e) => e.name)).not.toContain('Ketua Dewan Pers');
    expect(es.map((e) => e.name)).not.toContain('Konferensi Musik Indonesia');
  });

  it('links an acronym followed by its expansion', () => {
    const { entities: es } = entities('BRKN (Badan Riset Kelautan Nusantara) merilis data baru.');
    const o = byMention(es, 'BRKN')!;
    expect(mentionTexts(o)).toEqual(['BRKN', 'Badan Riset Kelautan Nusantara']);
    expect(o.type).toBe('ORG');
  });

  it('gives a person’s initials to the person', () => {
    const { entities: es } = entities('Wakil Ketua MPR Dr M Hidayat Nur Wahid (HNW) bersuara. HNW menegaskan sikapnya.', {
      'M Hidayat Nur Wahid': 'PER',
      HNW: 'ORG',
    });
    const p = byMention(es, 'HNW')!;
    expect(p.type).toBe('PER');
    expect(mentionTexts(p)).toEqual(['M Hidayat Nur Wahid', 'HNW', 'HNW']);
    expect(p.actor).toBe('IDNLEG');
  });

  it('finds the nested name an acronym spells (Dewan Keamanan Perserikatan Bangsa-Bangsa (PBB))', () => {
    const { entities: es } = entities('Itu melanggar resolusi Dewan Keamanan Perserikatan Bangsa-Bangsa (PBB).');
    const unsc = byMention(es, 'Dewan Keamanan Perserikatan Bangsa-Bangsa')!;
    const un = byMention(es, 'PBB')!;
    expect(unsc).not.toBe(un);
    expect(mentionTexts(un)).toEqual(['Perserikatan Bangsa-Bangsa', 'PBB']);
    expect(un.actor).toBe('IGOUNO');
    expect(unsc.actor).toBe('IGOUNO');
  });

  it('knows the tax and customs directorates and the bureaucracy ministry by their short names ("DJP", "PANRB")', () => {
    const { entities: es } = entities('DJP berkolaborasi dengan KPK. Menteri PANRB hadir.', { DJP: 'ORG', KPK: 'ORG', PANRB: 'ORG' });
    expect(byMention(es, 'DJP')).toMatchObject({ kb: 'id-ditjen-pajak', actor: 'IDNGOV' });
    expect(byMention(es, 'PANRB')).toMatchObject({ kb: 'id-kemenpanrb', actor: 'IDNGOV' });
  });

  it('does not pair a parenthesised abbreviation with an unrelated one-word name ("Indonesia (TKI)")', () => {
    const { entities: es } = entities('Tiga Tenaga Kerja Indonesia (TKI) dievakuasi.');
    expect(byMention(es, 'TKI')).toBeUndefined();
    expect(mentionTexts(byMention(es, 'Indonesia'))).toEqual(['Indonesia']);
    // "WNI" (Indonesia's citizens) is the country by the knowledge base, as a plural demonym is
    const { entities: wni } = entities('Tiga Warga Negara Indonesia (WNI) dievakuasi.');
    expect(mentionTexts(byMention(wni, 'Indonesia'))).toEqual(['Indonesia', 'WNI']);
  });

  it('reads a name that lists its fields with commas before its short form as one name ("Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)")', () => {
    const { entities: es } = entities('Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan hujan lebat. BMKG meminta warga waspada.', {
      'Badan Meteorologi': 'ORG',
      Geofisika: 'ORG',
    });
    const bmkg = byMention(es, 'BMKG')!;
    expect(mentionTexts(bmkg)).toEqual(['Badan Meteorologi, Klimatologi, dan Geofisika', 'BMKG', 'BMKG']);
    expect(es.filter((e) => e.type === 'ORG')).toHaveLength(1);
  });

  it('not across a list of two names, nor where no comma lists the fields', () => {
    const two = entities('Rapat dihadiri Kementerian Luar Negeri, dan Badan Intelijen Negara (BIN).', {
      'Kementerian Luar Negeri': 'ORG',
      'Badan Intelijen Negara': 'ORG',
    }).entities;
    expect(mentionTexts(byMention(two, 'BIN'))).toEqual(['Badan Intelijen Negara', 'BIN']);
    expect(mentionTexts(byMention(two, 'Kementerian Luar Negeri'))).toEqual(['Kementerian Luar Negeri']);
    const tax = entities('Pemerintah menaikkan Pajak Bumi dan Bangunan (PBB) tahun ini.', { Bangunan: 'ORG' }).entities;
    expect(tax.map((e) => e.name)).not.toContain('Pajak Bumi dan Bangunan');
  });

  it('a short form of two or three words in parentheses links when it spells the name ("(BEM SI)"), not otherwise', () => {
    const { entities: es } = entities('Badan Eksekutif Mahasiswa Seluruh Indonesia (BEM SI) berunjuk rasa. BEM SI menolak revisi itu.', {
      'Badan Eksekutif Mahasiswa Seluruh Indonesia': 'ORG',
      'BEM SI': 'ORG',
    });
    const bem = byMention(es, 'BEM SI')!;
    expect(mentionTexts(bem)).toEqual(['Badan Eksekutif Mahasiswa Seluruh Indonesia', 'BEM SI', 'BEM SI']);
    expect(bem.actor).toBe('IDNEDU');
    const ui = entities('Massa dari Badan Eksekutif Mahasiswa Universitas Indonesia (BEM UI) berunjuk rasa.', { 'Universitas Indonesia': 'ORG', 'BEM UI': 'ORG' }).entities;
    expect(mentionTexts(byMention(ui, 'Universitas Indonesia'))).toEqual(['Universitas Indonesia']);
  });

  it('a short form written as a word links when it is made of the name\'s first syllables ("(Tipikor)", "(Undip)")', () => {
    const { entities: es } = entities('Pengadilan Tindak Pidana Korupsi (Tipikor) Semarang memutus perkara itu. Hakim Tipikor menolak banding.', {
      'Pengadilan Tindak Pidana Korupsi': 'ORG',
      Tipikor: 'ORG',
    });
    expect(mentionTexts(byMention(es, 'Pengadilan Tindak Pidana Korupsi'))).toEqual(['Pengadilan Tindak Pidana Korupsi', 'Tipikor', 'Tipikor']);
    const undip = entities('Universitas Diponegoro (Undip) memamerkan riset.', { 'Universitas Diponegoro': 'ORG' }).entities;
    expect(mentionTexts(byMention(undip, 'Universitas Diponegoro'))).toEqual(['Universitas Diponegoro', 'Undip']);
    // one the knowledge base knows as a body joins the name; a place it knows does not ("Polda … (Babel)")
    const sar = entities('Badan Reserse Kriminal (Bareskrim) memeriksa saksi.', { 'Badan Reserse Kriminal': 'ORG' }).entities;
    expect(mentionTexts(byMention(sar, 'Badan Reserse Kriminal'))).toEqual(['Badan Reserse Kriminal', 'Bareskrim']);
    const polda = entities('Polda Bangka Belitung (Babel) memeriksa saksi.', { 'Polda Bangka Belitung': 'ORG' }).entities;
    expect(byMention(polda, 'Polda Bangka Belitung')).toMatchObject({ type: 'ORG' });
    expect(mentionTexts(byMention(polda, 'Polda Bangka Belitung'))).toEqual(['Polda Bangka Belitung']);
    // a word that is no such short form stays apart
    const other = entities('Universitas Diponegoro (Semarang) memamerkan riset.', { 'Universitas Diponegoro': 'ORG' }).entities;
    expect(mentionTexts(byMention(other, 'Universitas Diponegoro'))).toEqual(['Universitas Diponegoro']);
  });

  it('leaves a title in parentheses alone ("(Menpora)")', () => {
    const { entities: es } = entities('Menteri Pemuda dan Olahraga RI (Menpora) Bambang Sutrisno hadir.', { 'Bambang Sutrisno': 'PER' });
    expect(byMention(es, 'Menpora')).toBeUndefined();
    expect(byMention(es, 'Bambang Sutrisno')!.actor).toBe('IDNGOV');
  });
});

describe('two names joined by a hyphen', () => {
  it('reads "Ratna-Hartono" as a mention of each person when the text also names them apart', () => {
    const { entities: es } = entities(
      'Menteri Sosial Ratna Kumala Dewi bertemu Gubernur Budi Hartono. Usai pertemuan Ratna-Hartono, Ratna mengatakan pertemuannya dengan Hartono berjalan baik.',
      { 'Ratna Kumala Dewi': 'PER', 'Budi Hartono': 'PER', 'Ratna - Hartono': 'PER' },
    );
    expect(mentionTexts(byMention(es, 'Ratna Kumala Dewi'))).toEqual(['Ratna Kumala Dewi', 'Ratna', 'Ratna']);
    expect(mentionTexts(byMention(es, 'Budi Hartono'))).toEqual(['Budi Hartono', 'Hartono', 'Hartono']);
  });

  it('keeps a hyphenated given name whole', () => {
    const { entities: es } = entities('Jean-Pierre Lacroix tiba di Jakarta. Lacroix bertemu wartawan.', { 'Jean - Pierre Lacroix': 'PER' });
    expect(mentionTexts(byMention(es, 'Jean-Pierre Lacroix'))).toEqual(['Jean-Pierre Lacroix', 'Lacroix']);
  });
});

describe('a hyphenated name the text also writes with a space', () => {
  it('stays one person', () => {
    const { entities: es } = entities('Permaisuri Marie Louise menerima kalung itu. Kalung Marie-Louise kemudian dipamerkan bersama tiara Ratu Hortense.', {
      'Marie Louise': 'PER',
      'Marie - Louise': 'PER',
      Hortense: 'PER',
    });
    expect(mentionTexts(byMention(es, 'Marie Louise'))).toEqual(['Marie Louise', 'Marie-Louise']);
  });

  it('a one-word name the tagger found elsewhere is the person right after a title, where the tagger missed it', () => {
    // a tagger that sees the name only where no title stands before it
    class Missing extends DictTagger {
      override tag(words: readonly string[]): string[] {
        return super.tag(words).map((t, i) => (i > 0 && (words[i - 1] === 'Negeri' || words[i - 1] === 'CEO') ? 'O' : t));
      }
    }
    const text = 'Menteri Luar Negeri Sudarmo bertemu Presiden Prancis di Paris. Sudarmo juga mengundang delegasi itu. CEO Waskita, Budi Santoso, hadir. Waskita menang. Hubungan Indonesia dan Prancis erat.';
    const es = findEntities(stageInput(text), new Missing({ Sudarmo: 'PER', Waskita: 'PER', 'Budi Santoso': 'PER' }), loadKnowledgeBase());
    const p = byMention(es, 'Sudarmo')!;
    expect(p.mentions).toHaveLength(2);
    expect(p.actor).toBe('IDNGOV');
    // "CEO Waskita, Budi Santoso": the title is the name's after the comma
    expect(byMention(es, 'Budi Santoso')!.actor).toBe('IDNBUS');
  });

  it('a one-word name the tagger found elsewhere is the person anywhere, when the text never writes it in lower case', () => {
    // a tagger that sees the name only after a comma
    class Missing extends DictTagger {
      override tag(words: readonly string[]): string[] {
        return super.tag(words).map((t, i) => (i > 0 && words[i - 1] === ',' ? t : 'O'));
      }
    }
    const tagger = new Missing({ Memet: 'PER', Surya: 'PER', Banggar: 'PER' });
    const text = 'Memet mendesak polisi bertindak. Hasilnya, Memet puas.';
    expect(byMention(findEntities(stageInput(text), tagger, loadKnowledgeBase()), 'Memet')!.mentions).toHaveLength(2);
    // a word the text also writes in lower case is propagated only after a title, as before
    const common = 'Surya bersinar terang. Hasilnya, Surya puas dengan tenaga surya itu.';
    expect(byMention(findEntities(stageInput(common), tagger, loadKnowledgeBase()), 'Surya')!.mentions).toHaveLength(1);
    // nor into the parentheses after a name, where it is that name's short form
    const short = 'Usulan itu ditolak Badan Anggaran (Banggar). Kemudian, Banggar rapat.';
    const inParens = short.indexOf('(Banggar') + 1;
    const people = findEntities(stageInput(short), tagger, loadKnowledgeBase()).filter((e) => e.type === 'PER');
    expect(people.some((e) => e.mentions.some((m) => m.start === inParens))).toBe(false);
  });
});
