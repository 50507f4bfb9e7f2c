import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/entities/index.js';
import { loadKnowledgeBase } from '../../src/entities/kb/load.js';
import { analyzeText } from '../helpers/analyze.js';
import { byMention, DictTagger, entities, stageInput } from './helpers.js';

const WIRE = `Tokyo (ANTARA) - Perdana Menteri Jepang bertemu delegasi Korea Selatan pada Selasa, menurut laporan Kyodo.

Pertemuan itu membahas perdagangan dan keamanan kawasan.

Sumber: Yonhap-OANA

Penerjemah: Maharani Putri Lestari
Editor: Gilang Ramadhan
Copyright © ANTARA 2024`;

describe('dateline and credits', () => {
  const names = { 'Maharani Putri Lestari': 'PER', 'Gilang Ramadhan': 'PER' } as const;

  it('makes the dateline’s place and agency and the Sumber agencies entities, with their spans', () => {
    const { text, entities: es } = entities(WIRE, names, { published: '2024-05-07' });
    const tokyo = byMention(es, 'Tokyo')!;
    expect(tokyo).toMatchObject({ type: 'LOC', actor: 'JPN' });
    expect(byMention(es, 'ANTARA')).toMatchObject({ type: 'ORG', actor: 'IDNMED' });
    expect(byMention(es, 'Yonhap')).toMatchObject({ type: 'ORG', actor: 'KORMED' });
    expect(byMention(es, 'Kyodo')).toMatchObject({ type: 'ORG', actor: 'JPNMED' });
    for (const e of es) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads Phoenix names with their function words in lower case, and leaves an article out of a tagged name', () => {
    const coe = entities('The Council of Europe criticized Germany.', {}, { lang: 'en' }).entities;
    expect(byMention(coe, 'Council of Europe')).toMatchObject({ type: 'ORG', actor: 'IGOEURCOE' });
    const boe = entities('Officials at the Bank of England spoke.', { 'the Bank of England': 'ORG' }, { lang: 'en' }).entities;
    expect(boe.map((e) => e.name)).toEqual(['Bank of England']);
    // a name the knowledge base has with its article keeps it
    expect(entities('Talks were held in The Hague.', {}, { lang: 'en' }).entities.map((e) => e.name)).toEqual(['The Hague']);
  });

  it('splits a tagged span of two known names joined by a function word ("European Union on Russia")', () => {
    const es = entities('Sanctions by the European Union on Russia were extended.', { 'European Union on Russia': 'ORG' }, { lang: 'en' }).entities;
    expect(es.map((e) => e.name)).toEqual(['European Union', 'Russia']);
  });

  it('ends a tagged English person\'s name before any word in lower case but a name particle ("Rodrigo Paz won Bolivia\'s …")', () => {
    const es = entities("Rodrigo Paz won Bolivia's presidential runoff.", { 'Rodrigo Paz won Bolivia': 'PER' }, { lang: 'en' }).entities;
    expect(es.map((e) => [e.name, e.type])).toContainEqual(['Rodrigo Paz', 'PER']);
    const kept = entities('Vincent van Gogh and Bashar al-Assad met Hamid bin Rashid.', { 'Vincent van Gogh': 'PER', 'Bashar al-Assad': 'PER', 'Hamid bin Rashid': 'PER' }, { lang: 'en' }).entities;
    expect(kept.map((e) => e.name).sort()).toEqual(['Bashar al-Assad', 'Hamid bin Rashid', 'Vincent van Gogh']);
  });

  it('ends a tagged person\'s name before an English preposition in lower case, not an organisation\'s', () => {
    const es = entities('Troops detained Ahmad Saleh in Yatta.', { 'Ahmad Saleh in Yatta': 'PER' }, { lang: 'en' }).entities;
    expect(es.map((e) => [e.name, e.type])).toEqual([['Ahmad Saleh', 'PER']]);
    const org = entities('Tauhid Ahmad of the Institute for Development Economics spoke.', { 'Institute for Development Economics': 'PER' }, { lang: 'en' }).entities;
    expect(org.map((e) => e.name)).toContain('Institute for Development Economics');
    // a particle inside a name is no preposition
    expect(entities('Leonardo da Vinci painted it.', { 'Leonardo da Vinci': 'PER' }, { lang: 'en' }).entities.map((e) => e.name)).toEqual(['Leonardo da Vinci']);
  });

  it('a reference\'s word after a body\'s name is no part of it ("Keputusan KPU RI Nomor 731")', () => {
    const names = (text: string, tags: Record<string, 'ORG' | 'PER' | 'LOC'>) => entities(text, tags).entities.map((e) => e.name);
    expect(names('Hal itu diatur dalam Keputusan KPU RI Nomor 731 Tahun 2022.', {})).toEqual(['KPU RI']);
    expect(names('Surat Perintah Kepala Kejaksaan Negeri Majalengka Nomor: PRINT-02 tanggal 20 Oktober 2025.', { 'Kejaksaan Negeri Majalengka': 'ORG' })).toEqual(['Kejaksaan Negeri Majalengka']);
  });

  it('a body\'s span does not run into the title of the person after it ("United Nations Secretary-General …")', () => {
    const es = entities('The United Nations Secretary-General Antonio Guterres spoke.', { 'United Nations Secretary': 'ORG', 'Antonio Guterres': 'PER' }, { lang: 'en' }).entities;
    expect(es.map((e) => e.name)).toEqual(['United Nations', 'Antonio Guterres']);
    const id = entities('Kasat Reskrim Polrestabes Palembang AKBP Harryo Sugihhartono hadir.', { 'Polrestabes Palembang AKBP': 'ORG', 'Harryo Sugihhartono': 'PER' }).entities;
    expect(id.map((e) => e.name)).not.toContain('Polrestabes Palembang AKBP');
  });

  it('the immigration service and its regional offices are the state\'s ("Ditjen Imigrasi", "Kantor Imigrasi Palu")', () => {
    const es = entities('Ditjen Imigrasi dan Kantor Imigrasi Palu mendeportasi 15 WNA.', { 'Kantor Imigrasi Palu': 'ORG' }).entities;
    expect(byMention(es, 'Ditjen Imigrasi')).toMatchObject({ type: 'ORG', actor: 'IDNGOV' });
    expect(byMention(es, 'Kantor Imigrasi Palu')).toMatchObject({ type: 'ORG', actor: 'IDNGOV' });
  });

  it('what a person\'s title opened is that person\'s name, whatever type the tagger gave the span', () => {
    const es = entities('Attorney General Merrick Garland said the company broke the law.', { 'Attorney General Merrick Garland': 'ORG' }, { lang: 'en' }).entities;
    expect(es.map((e) => [e.name, e.type])).toEqual([['Merrick Garland', 'PER']]);
  });

  it('ends a tagged name before a verb in lower case ("Al Qaeda threatened …" is no name of six words)', () => {
    const es = entities('Al Qaeda threatened the United States.', { 'Al Qaeda threatened the United States': 'ORG' }, { lang: 'en' }).entities;
    expect(es.map((e) => e.name)).toEqual(['Al Qaeda', 'United States']);
  });

  it('reads a knowledge-base name over a hyphen glued inside it ("Al-Qaeda", "Guinea-Bissau")', () => {
    const es = entities('Officials said Al-Qaeda threatened Guinea-Bissau.', {}, { lang: 'en' }).entities;
    expect(es.map((e) => [e.name, e.actor])).toEqual([
      ['Al-Qaeda', 'IMGMUSALQ'],
      ['Guinea-Bissau', 'GNB'],
    ]);
  });

  it('leaves a count at the start out of a name of two words ("Two Palestinians")', () => {
    const es = entities('Two Palestinians were wounded.', { 'Two Palestinians': 'ORG' }, { lang: 'en' }).entities;
    expect(es.map((e) => [e.name, e.type, e.actor])).toEqual([['Palestinians', 'LOC', 'PSE']]);
  });

  it("names a place as the knowledge base writes it, not in the dateline's capitals", () => {
    const { entities: es } = entities('JAKARTA (Reuters) - Flooding hit Jakarta on Monday.', {}, { lang: 'en' });
    expect(byMention(es, 'JAKARTA')).toMatchObject({ name: 'Jakarta' });
    // also when the capitals are all the text has; an acronym stays as written
    expect(entities('JAKARTA (Reuters) - Flooding hit the city.', {}, { lang: 'en' }).entities[0]).toMatchObject({ name: 'Jakarta' });
  });

  it('reads an organisation whose head comes last as one ("West Papua National Liberation Army"), not a place and a person', () => {
    const es = entities('The West Papua National Liberation Army claimed it.', { 'The West Papua National Liberation Army': 'ORG' }, { lang: 'en' }).entities;
    expect(es.map((e) => [e.name, e.type])).toEqual([['West Papua National Liberation Army', 'ORG']]);
  });

  it('one unknown word after a place cue is a place, whatever the tagger read ("at targets in Tammun")', () => {
    const es = entities('Tanks fired at targets in Tammun on Monday.', { Tammun: 'PER' }, { lang: 'en' }).entities;
    expect(byMention(es, 'Tammun')).toMatchObject({ type: 'LOC' });
    // not with a possessive after it, nor after a title
    const own = entities("The talks in Tammun's hall ended.", { Tammun: 'PER' }, { lang: 'en' }).entities;
    expect(byMention(own, 'Tammun')).toMatchObject({ type: 'PER' });
  });

  it('a span ending with an English organisation head is an organisation, after a title too', () => {
    const es = entities('Forum itu hasil kerja sama MPR dengan Emil Salim Institute, kata Ketua Dublin University.', {
      'Emil Salim Institute': 'PER',
      'Dublin University': 'LOC',
    }).entities;
    expect(byMention(es, 'Emil Salim Institute')).toMatchObject({ type: 'ORG' });
    expect(byMention(es, 'Dublin University')).toMatchObject({ type: 'ORG' });
    // a party named after a country is a party, not the country
    const party = entities('Musk membentuk partai baru bernama America Party.', { 'America Party': 'LOC' }).entities;
    expect(byMention(party, 'America Party')).toMatchObject({ type: 'ORG' });
    // an Indonesian place that ends with an Indonesian organisation word stays a place
    const street = entities('Ia tinggal di Jalan Kejaksaan nomor 5.', { 'Jalan Kejaksaan': 'LOC' }).entities;
    expect(byMention(street, 'Jalan Kejaksaan')).toMatchObject({ type: 'LOC' });
  });

  it('after a title, a body\'s acronym opening a span is the body; the person follows it', () => {
    const es = entities('"Pasar tumbuh," kata Direktur Utama ICDX Fajar Wibowo. Ketua Umum Global Creatives Exchange (GCE) Budi Santoso hadir. Kepala SDN Sukamaju, Ani Lestari mengatakan itu.', {
      'ICDX Fajar Wibowo': 'ORG',
      'Global Creatives Exchange': 'PER',
      'Budi Santoso': 'PER',
      'SDN Sukamaju': 'ORG',
      'Ani Lestari': 'PER',
    }).entities;
    expect(byMention(es, 'Fajar Wibowo')).toMatchObject({ type: 'PER', actor: 'IDNBUS' });
    expect(byMention(es, 'Global Creatives Exchange')).toMatchObject({ type: 'ORG' });
    expect(byMention(es, 'SDN Sukamaju')).toMatchObject({ type: 'ORG' });
  });

  it('the short forms of taxes, budgets, aid programmes and documents are no bodies ("kenaikan PPN", "penyaluran BLT")', () => {
    const es = entities('PKS menolak kenaikan PPN dan meminta pemerintah mempercepat penyaluran BLT kepada pemilik KTP.', { PPN: 'ORG', BLT: 'ORG', KTP: 'ORG', PKS: 'ORG' }).entities;
    expect(es.map((e) => e.name)).toEqual(['PKS']);
  });

  it('a body\'s short form before a person the knowledge base knows is the body, and the person a person ("Gubernur BI Perry Warjiyo")', async () => {
    const r = await analyzeText('Rupiah terjaga," ujar Gubernur BI Perry Warjiyo dalam konferensi pers. Perry menjelaskan ruang pelonggaran masih ada.');
    expect(r.entities.map((e) => `${e.name} ${e.type} ${e.actor}`)).toEqual(['BI ORG IDNGOV', 'Perry Warjiyo PER IDNGOV']);
  });

  it('a title\'s body and place the tagger joined to the person after them, without the body\'s head, are split ("Kepala Dinas [PUPR Sumut Topan Obaja Putra Ginting]")', () => {
    const es = entities('KPK menangkap Kepala Dinas PUPR Sumut Topan Obaja Putra Ginting beserta lima orang lainnya.', { 'PUPR Sumut Topan Obaja Putra Ginting': 'ORG', KPK: 'ORG' }).entities;
    expect(byMention(es, 'Topan Obaja Putra Ginting')).toMatchObject({ type: 'PER', actor: 'IDNGOV' });
  });

  it('"DPR" with another country named after it is that country\'s legislature ("Ketua DPR AS")', () => {
    const es = entities('China memprotes kunjungan Ketua DPR AS ke Taiwan.', { 'DPR AS': 'ORG' }).entities;
    expect(byMention(es, 'DPR AS')).toMatchObject({ type: 'ORG', actor: 'USALEG' });
  });

  it('"WNI" is Indonesia, and a body in lower case ends at "setempat" or "para" before it', () => {
    const es = entities('KBRI akan berkoordinasi dengan kepolisian setempat dan melihat kondisi para WNI yang ditahan.', { KBRI: 'ORG' }).entities;
    expect(es.map((e) => `${e.name} ${e.actor}`)).toEqual(['KBRI IDNGOV', 'WNI IDN']);
  });

  it('"Maliki" alone is no Iraqi prime minister in Indonesian (a school of law, a university\'s short name)', () => {
    const es = entities('Dosen UIN Maulana Malik Ibrahim (Maliki) Malang dilaporkan tetangganya.', { Maliki: 'PER' }).entities;
    expect(byMention(es, 'Maliki')).toBeUndefined();
  });

  it('a holiday is no name ("libur Natal" is no Natal in South Africa)', () => {
    const es = entities('Tiket pesawat di masa libur Natal dan Tahun Baru bakal lebih murah.', { Natal: 'LOC' }).entities;
    expect(es.map((e) => e.name)).not.toContain('Natal');
    // an Indonesian body's short name that is a common English word is no name in English ("the Office of the Ombudsman")
    const en = entities('Prosecutors from the Office of the Ombudsman filed charges. The Ombudsman said so.', {}, { lang: 'en' }).entities;
    expect(en.map((e) => e.kb)).not.toContain('id-ombudsman');
    expect(entities('Komnas HAM dan Ombudsman memberi rekomendasi.', {}).entities.map((e) => e.kb)).toContain('id-ombudsman');
    // a holiday of two words too
    expect(entities('Mereka merencanakan serangan menjelang Idul Adha.', { 'Idul Adha': 'PER' }).entities).toEqual([]);
    expect(entities('Strobo itu sudah kami copot, Alhamdulillah sudah dicopot.', { Alhamdulillah: 'PER' }).entities).toEqual([]);
    expect(entities('Massa berseru, "Innalillahi Wainnailaihi Rojiun" di depan gedung.', { 'Innalillahi Wainnailaihi Rojiun': 'PER' }).entities).toEqual([]);
  });

  it('a month alone is a time, not a name, unless a person of the document bears it', () => {
    expect(entities('Izin itu dicabut pada Juni lalu, dan inflasi Juli naik.', { Juni: 'PER', Juli: 'PER' }).entities).toEqual([]);
    const es = entities('Menteri Raja Juli hadir. Juli mengatakan hal itu.', { 'Raja Juli': 'PER', Juli: 'PER' }).entities;
    expect(es.flatMap((e) => e.mentions.map((m) => m.text))).toContain('Juli');
  });

  it('a name ending right before a paper\'s or an organisation\'s last word goes on over it ("Saudi Gazette"), not into a name after it', () => {
    const gazette = entities('Dilansir dalam Saudi Gazette, sekitar 10.000 siswa kembali bersekolah.').entities;
    expect(gazette.map((e) => [e.name, e.type, e.actor])).toEqual([['Saudi Gazette', 'ORG', 'SAUMED']]);
    const agency = entities('Dikutip dari Saudi Press Agency, harga minyak naik.').entities;
    expect(agency.map((e) => [e.name, e.type])).toEqual([['Saudi Press Agency', 'ORG']]);
    // "Bank" opens the next name here
    const bank = entities('Warga Malaysia Bank Mandiri mengeluh.', { 'Bank Mandiri': 'ORG' }).entities;
    expect(bank.map((e) => e.name)).not.toContain('Malaysia Bank');
  });

  it('a compass word written as a name with a country names a region of it ("South Lebanon", "Irak Utara"), unless the whole is a known name', () => {
    const en = (text: string) => entities(text, {}, { published: '2025-01-10', lang: 'en' }).entities.map((e) => [e.name, e.type, e.actor]);
    expect(en('Israel invaded South Lebanon.')).toContainEqual(['South Lebanon', 'LOC', 'LBN']);
    expect(en('Turkish troops entered Northern Iraq.')).toContainEqual(['Northern Iraq', 'LOC', 'IRQ']);
    expect(en('South Korea protested.')).toEqual([['South Korea', 'LOC', 'KOR']]);
    const id = entities('Pasukan Turki memasuki Irak Utara.').entities.map((e) => [e.name, e.actor]);
    expect(id).toContainEqual(['Irak Utara', 'IRQ']);
    expect(entities('Korea Selatan memprotes.').entities.map((e) => [e.name, e.actor])).toEqual([['Korea Selatan', 'KOR']]);
  });

  it('an English organisation head in an Indonesian text keeps a span an organisation', () => {
    const es = entities('Center of Economic and Law Studies menilai kebijakan itu.', { 'Center of Economic and Law Studies': 'PER' }).entities;
    expect(es.map((e) => [e.name, e.type])).toEqual([['Center of Economic and Law Studies', 'ORG']]);
    const akademi = entities('Akademi Pemilu dan Demokrasi menggelar diskusi.', { 'Akademi Pemilu dan Demokrasi': 'PER' }).entities;
    expect(akademi.map((e) => e.type)).toEqual(['ORG']);
  });

  it('a possessive closes a country\'s name: "Myanmar\'s junta" names Myanmar, not "Myanmar\'s"', () => {
    for (const text of ["Myanmar's junta freed 5,000 prisoners.", "New Zealand's prime minister met Prabowo."]) {
      const es = entities(text, {}, { lang: 'en' }).entities;
      expect(es.map((e) => e.name)).not.toContainEqual(expect.stringContaining("'s"));
    }
    // a span the tagger ran over the clitic is cut before it
    const tagged = entities("Myanmar's junta freed 5,000 prisoners.", { "Myanmar's": 'LOC' }, { lang: 'en' }).entities;
    expect(byMention(tagged, 'Myanmar')).toMatchObject({ name: 'Myanmar', actor: 'MMR' });
  });

  it('a span opening with a school word (MAN, MTs, SLB, Madrasah) is an organisation', () => {
    const es = entities('Siswa MAN Insan Cendekia Ogan Komering Ilir meraih juara.', { 'MAN Insan Cendekia Ogan Komering Ilir': 'PER' }).entities;
    expect(byMention(es, 'MAN Insan Cendekia Ogan Komering Ilir')).toMatchObject({ type: 'ORG' });
    const slb = entities('Murid SLB Autisme River Kids tampil.', { 'SLB Autisme River Kids': 'LOC' }).entities;
    expect(byMention(slb, 'SLB Autisme River Kids')).toMatchObject({ type: 'ORG' });
  });

  it('a span opening or (in English) ending with a place head is a place, not an organisation', () => {
    const en = entities('The ships sailed in the Timor Sea on Tuesday.', { 'Timor Sea': 'ORG' }, { lang: 'en' }).entities;
    expect(byMention(en, 'Timor Sea')).toMatchObject({ type: 'LOC' });
    const id = entities('Kapal berlayar di Laut Sawu kemarin.', { 'Laut Sawu': 'ORG' }).entities;
    expect(byMention(id, 'Laut Sawu')).toMatchObject({ type: 'LOC' });
    // an English name quoted in Indonesian ends with its head: after a place cue, no person's
    const quoted = entities('Kapal itu ditembak di dekat Second Thomas Shoal kemarin.', { 'Second Thomas Shoal': 'PER' }).entities;
    expect(byMention(quoted, 'Second Thomas Shoal')).toMatchObject({ type: 'LOC' });
    const island = entities('Kapal itu berlabuh di Christmas Island kemarin.', { 'Christmas Island': 'ORG' }).entities;
    expect(byMention(island, 'Christmas Island')).toMatchObject({ type: 'LOC' });
    // a span read as a person that opens with a place head is a place too
    const mosque = entities('Salat digelar di Masjid Istiqlal kemarin.', { 'Masjid Istiqlal': 'PER' }).entities;
    expect(byMention(mosque, 'Masjid Istiqlal')).toMatchObject({ type: 'LOC' });
    // and a title before it does not make it a person ("warga Kota Jambi")
    const town = entities('Surat itu disebarkan ke warga Kota Jambi kemarin.', { 'Kota Jambi': 'LOC' }).entities;
    expect(byMention(town, 'Kota Jambi')).toMatchObject({ type: 'LOC' });
    // in Indonesian a head at the end names no place: a police unit of a city
    const unit = entities('Polres Tasikmalaya Kota menangkap pelaku.', { 'Polres Tasikmalaya Kota': 'ORG' }).entities;
    expect(byMention(unit, 'Polres Tasikmalaya Kota')).toMatchObject({ type: 'ORG' });
    // a span read as a person ending with a place head is a place after a place cue ("near X Shoal"),
    // and stays a person elsewhere ("Michael Bay said")
    const shoal = entities('Boats were harassed near Dalton Shoal on Sunday. Dalton Bay said the film was done.', { 'Dalton Shoal': 'PER', 'Dalton Bay': 'PER' }, { lang: 'en' }).entities;
    expect(byMention(shoal, 'Dalton Shoal')).toMatchObject({ type: 'LOC' });
    expect(byMention(shoal, 'Dalton Bay')).toMatchObject({ type: 'PER' });
  });

  it('never makes translators or editors body entities', () => {
    const { entities: es } = entities(WIRE, names, { published: '2024-05-07' });
    expect(byMention(es, 'Maharani Putri Lestari')).toBeUndefined();
    expect(byMention(es, 'Gilang Ramadhan')).toBeUndefined();
    expect(es.some((e) => e.name.includes('Mutiara') || e.name.includes('Gilang'))).toBe(false);
  });
});

describe('what a tagged span keeps', () => {
  it('drops a weekday, and the function words before it, at either edge of a name', () => {
    const en = entities('On Sunday Russia attacked the Timor Sea on Tuesday.', { 'On Sunday Russia': 'PER', 'Timor Sea on Tuesday': 'LOC' }, { lang: 'en' });
    expect(en.entities.flatMap((e) => e.mentions.map((m) => m.text)).sort()).toEqual(['Russia', 'Timor Sea']);
    expect(byMention(en.entities, 'Russia')).toMatchObject({ type: 'LOC', actor: 'RUS' });
    // nor is a weekday alone a name
    expect(entities('Shevardnadze resigned Sunday.', { Sunday: 'PER' }, { lang: 'en' }).entities).toEqual([]);
    const id = entities('Rapat di Istana Senin berjalan lancar.', { 'Istana Senin': 'LOC' });
    expect(id.entities.flatMap((e) => e.mentions.map((m) => m.text))).toEqual(['Istana']);
    // nor does a body's name, extended over the capitalized words after its head, take one in
    const body = entities('Ia ditahan di Kejaksaan Negeri Sidoarjo Senin (20/10/2025).', { 'Kejaksaan Negeri': 'ORG' });
    expect(body.entities.flatMap((e) => e.mentions.map((m) => m.text))).toEqual(['Kejaksaan Negeri Sidoarjo']);
  });

  it('reads English ministerial titles with their country: a person of its government', () => {
    for (const title of ['Defence Secretary', 'Foreign Secretary', 'Health Minister']) {
      const { entities: es } = entities(`British ${title} Tom King spoke on Monday.`, { 'Tom King': 'PER' }, { lang: 'en' });
      expect(byMention(es, 'Tom King'), title).toMatchObject({ type: 'PER', actor: 'GBRGOV' });
    }
    // the country with a possessive before the title
    const { entities: es } = entities("Britain's ambassador Tom King spoke on Monday.", { 'Tom King': 'PER' }, { lang: 'en' });
    expect(byMention(es, 'Tom King')).toMatchObject({ type: 'PER', actor: 'GBRGOV' });
  });

  it('an English department or court after its country is that country\'s state body', () => {
    const code = (text: string, name: string) => entities(text, {}, { lang: 'en' }).entities.find((e) => e.name === name)?.actor;
    expect(code('The U.S. Justice Department sued the company.', 'U.S. Justice Department')).toBe('USAGOV');
    expect(code('A Russian court sentenced the journalist to six years.', 'Russian court')).toBe('RUSJUD');
  });

  it('reads capitalized words after an English role title as a name the tagger missed', () => {
    const en = (text: string) => entities(text, {}, { lang: 'en' }).entities.map((e) => [e.mentions[0]!.text, e.type, e.actor]);
    expect(en('President Putin met President Erdogan in Ankara.')).toEqual([
      ['Putin', 'PER', 'RUSGOV'],
      ['Erdogan', 'PER', 'TURGOV'],
      ['Ankara', 'LOC', 'TUR'],
    ]);
    // not a body headed by a title word, nor the words of a headline in title case
    expect(en('The UN General Assembly voted on Monday.').map((e) => e[0])).toEqual(['UN General Assembly']);
    // nor does the article of a name the knowledge base has with and without it
    expect(en('The United States voted on Monday.').map((e) => e[0])).toEqual(['United States']);
    expect(en('President Putin Meets President Erdogan In Ankara').filter((e) => e[1] === 'PER')).toEqual([]);
    // Indonesian leaves it to the tagger
    expect(entities('Presiden Fulan bertemu warga.', {}).entities).toEqual([]);
  });

  it('reads capitalized words after a short-written rank as a person the tagger missed ("AKP Iriansyah")', () => {
    const per = (text: string) => entities(text, {}).entities.filter((e) => e.type === 'PER').map((e) => [e.name, e.actor]);
    expect(per('Propam memeriksa Kapolsek AKP Iriansyah kemarin.')).toEqual([['Iriansyah', 'IDNCOP']]);
    // a corps word after the rank is no part of the name
    expect(per('Polisi memeriksa Kombes Pol Ade Ary kemarin.')).toEqual([['Ade Ary', 'IDNCOP']]);
    // a rank with its period at the end of a sentence stands before no name
    expect(per('Ia bertemu Pak Irjen. Semoga berhasil.')).toEqual([]);
  });

  it('after an English title in lower case, a full name of two capitalized words or more; not one word', () => {
    const en = (text: string) => entities(text, {}, { lang: 'en', published: '2025-11-24' }).entities.filter((e) => e.type === 'PER').map((e) => [e.name, e.actor]);
    expect(en('KYIV (Reuters) - Regional governor Oleh Syniehubov said the drones hit a school.')).toEqual([['Oleh Syniehubov', 'UKRGOV']]);
    expect(en('The talks ended, the minister Monday said.')).toEqual([]);
    expect(en('It was the governor Lestari who spoke.')).toEqual([]);
  });

  it('finds a curated one-word name where the tagger sees none', () => {
    const { entities: es } = entities('Hezbollah fired rockets at Israel.', {}, { lang: 'en' });
    expect(byMention(es, 'Hezbollah')).toMatchObject({ type: 'ORG', actor: 'LBNREB' });
  });

  it('a name the tagger read as a person after a place cue, described by a place noun after a comma, is a place ("in El Fasher, the capital of …")', () => {
    const es = entities('The RSF seized the army base in El Fasher, the capital of North Darfur, on Sunday.', { 'El Fasher': 'PER' }, { lang: 'en' }).entities;
    expect(byMention(es, 'El Fasher')).toMatchObject({ type: 'LOC' });
    // a person after a place cue stays one where no place noun describes them
    const person = entities('The prize went to a teacher in Ohio, Mary Jones, a mother of three.', { 'Mary Jones': 'PER' }, { lang: 'en' }).entities;
    expect(byMention(person, 'Mary Jones')).toMatchObject({ type: 'PER' });
  });

  it('a name the tagger read as a person with a place noun in lower case right after it is a place ("the Ta Moan Thom temple")', () => {
    const es = entities('Thai troops opened fire near the disputed Ta Moan Thom temple on Monday.', { 'Ta Moan Thom': 'PER' }, { lang: 'en' }).entities;
    expect(byMention(es, 'Ta Moan Thom')).toMatchObject({ type: 'LOC' });
    // a person followed by a lower-case word of another kind stays one
    const person = entities('The minister met Mary Jones today.', { 'Mary Jones': 'PER' }, { lang: 'en' }).entities;
    expect(byMention(person, 'Mary Jones')).toMatchObject({ type: 'PER' });
  });

  it('a name the tagger read as a person after a place cue and "of" is that place ("the border town of Mae Sot")', () => {
    const es = entities('Police raided two buildings in the border town of Mae Sot on Tuesday.', { 'Mae Sot': 'PER' }, { lang: 'en' }).entities;
    expect(byMention(es, 'Mae Sot')).toMatchObject({ type: 'LOC' });
    // not after a word that says no place follows
    const p = entities('Police met the wife of Budi Santoso.', { 'Budi Santoso': 'PER' }, { lang: 'en' }).entities;
    expect(byMention(p, 'Budi Santoso')).toMatchObject({ type: 'PER' });
  });

  it('finds a one-word Phoenix place without the tagger only after a word that says a place follows', () => {
    const juba = (text: string, lang: 'id' | 'en') => byMention(entities(text, {}, { lang }).entities, 'Juba');
    expect(juba('Rebels shelled the town of Juba.', 'en')).toMatchObject({ type: 'LOC', actor: 'SSD' });
    expect(juba('Rebels shelled the capital Juba.', 'en')).toMatchObject({ type: 'LOC', actor: 'SSD' });
    expect(juba('Pemberontak menembaki kota Juba.', 'id')).toMatchObject({ type: 'LOC', actor: 'SSD' });
    expect(juba('Rebels shelled Juba.', 'en')).toBeUndefined();
    // not when it begins a longer name ("di Bursa Berjangka" is no Bursa in Turkey)
    expect(byMention(entities('Transaksi di Bursa Berjangka naik.', {}, { lang: 'id' }).entities, 'Bursa')).toBeUndefined();
  });

  it('an English body\'s name that ends in its head goes on over "of" and the place the tagger read apart', () => {
    const es = entities('The Law Society of Kenya said it would sue the police.', { 'Law Society': 'ORG', Kenya: 'LOC' }, { lang: 'en' }).entities;
    expect(es.map((e) => [e.name, e.type])).toEqual([['Law Society of Kenya', 'ORG']]);
    // a name with no head last is no such body
    const firm = entities('Safaricom of Kenya said profits rose.', { Safaricom: 'ORG', Kenya: 'LOC' }, { lang: 'en' }).entities;
    expect(firm.map((e) => e.name).sort()).toEqual(['Kenya', 'Safaricom']);
  });

  it('reads capitalized words after "the town of" as a place no other step found, with no code', () => {
    const es = entities('Troops raided the West Bank city of Sebastia. Settlers attacked the village of Umm Al Kheir.', {}, { lang: 'en' }).entities;
    expect(byMention(es, 'Sebastia')).toMatchObject({ type: 'LOC', actor: null });
    expect(byMention(es, 'Umm Al Kheir')).toMatchObject({ type: 'LOC', actor: null });
    // a longer run of capitals is some other phrase
    expect(byMention(entities('The city of New Amsterdam Harbour Works Authority met.', {}, { lang: 'en' }).entities, 'New Amsterdam Harbour')).toBeUndefined();
  });

  it('finds a one-word Phoenix person without the tagger before a verb, in English', () => {
    const person = (text: string, name: string, lang: 'id' | 'en' = 'en') => byMention(entities(text, {}, { lang }).entities, name);
    expect(person('Erdogan criticized Israel.', 'Erdogan')).toMatchObject({ type: 'PER' });
    expect(person('Erdogan has criticized Israel.', 'Erdogan')).toMatchObject({ type: 'PER' });
    // not before a noun, nor in a headline in title case
    expect(person('Erdogan supporters gathered.', 'Erdogan')).toBeUndefined();
    expect(person('Erdogan Criticizes Israel Over Gaza', 'Erdogan')).toBeUndefined();
    // standing alone inside an English sentence, after a word or a comma
    expect(person('A spokesman for Erdogan, Ibrahim Kalin, said the talks failed.', 'Erdogan')).toMatchObject({ type: 'PER', actor: 'TURGOV' });
    expect(person('Talks between Turkey and Erdogan ended.', 'Erdogan')).toMatchObject({ type: 'PER' });
    // not in Indonesian, where capitals stand for more than names
    expect(person('Juru bicara untuk Erdogan, Ibrahim Kalin, mengatakan hal itu.', 'Erdogan', 'id')).toBeUndefined();
  });

  it('reads a demonym before a word for an act as its country ("Israeli attacks"), not before any noun', () => {
    const { entities: es } = entities('Turkey condemned Israeli attacks on Gaza.', {}, { lang: 'en' });
    expect(byMention(es, 'Israeli')).toMatchObject({ type: 'LOC', actor: 'ISR' });
    expect(byMention(entities('He waved an Israeli flag.', {}, { lang: 'en' }).entities, 'Israeli')).toBeUndefined();
  });

  it("codes a person after a country's possessive with that country when nothing else names a role", () => {
    const es = entities("Lavrov met China's Wang Yi.", { 'Wang Yi': 'PER' }, { lang: 'en' }).entities;
    expect(byMention(es, 'Wang Yi')).toMatchObject({ type: 'PER', actor: 'CHN' });
  });

  it("finds an English name before a possessive 's", () => {
    const { entities: es } = entities("Sudan's rebels lifted the siege.", {}, { lang: 'en' });
    expect(byMention(es, 'Sudan')).toMatchObject({ type: 'LOC', actor: 'SDN' });
    // a state body after the possessive is the country's, as after its demonym ("the Chinese foreign ministry")
    for (const text of ["Sudan's army lifted the curfew.", "China's foreign ministry criticized Japan."]) {
      const [body] = entities(text, {}, { lang: 'en' }).entities;
      expect(body, text).toMatchObject({ type: 'ORG', actor: text.startsWith('Sudan') ? 'SDNMIL' : 'CHNGOV' });
    }
    // with capitalized words between the possessive and the head
    const [economy] = entities("According to Mexico's Economy Ministry, exports fell.", {}, { lang: 'en' }).entities;
    expect(economy).toMatchObject({ type: 'ORG', name: "Mexico's Economy Ministry", actor: 'MEXGOV' });
  });
});

describe('bad and edge input', () => {
  const run = (text: string) => findEntities(stageInput(text), new DictTagger(), loadKnowledgeBase());

  it('finds nothing in an empty or blank text', () => {
    expect(run('')).toEqual([]);
    expect(run('   \n\n  ')).toEqual([]);
  });

  it('survives control characters, replacement characters and lone surrogates', () => {
    const junk = 'Jakarta \u0000\u0001\ufffd\ud800 (( ) ) (AS) ( KPK (  Korut-Rusia -- \u200b Kim';
    const es = run(junk);
    const input = stageInput(junk);
    for (const e of es) for (const m of e.mentions) expect(input.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('handles a long text', () => {
    const para = 'Presiden Prabowo Subianto bertemu Perdana Menteri Australia Anthony Albanese di Canberra. Prabowo lalu ke Sydney.\n';
    const es = run(para.repeat(400));
    const p = byMention(es, 'Prabowo Subianto')!;
    expect(p.mentions).toHaveLength(800);
    expect(p.actor).toBe('IDNGOV');
  });

  it('keeps every mention on its characters, whatever the text (property)', () => {
    const words = ['Korea', 'Utara', 'Korut', 'Kim', 'Jong', 'Un', 'AS', 'as', '(', ')', ',', '.', 'Presiden', 'kementerian', 'luar', 'negeri', 'Rusia', 'PBB', 'Dewan', 'Keamanan', 'alias', 'Budi', 'dilansirAFP', 'di', 'Jakarta', '\n', 'Perserikatan', 'Bangsa-Bangsa', 'Dr', 'bahasa', 'Inggris'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), (ws) => {
        const text = ws.join(' ');
        const input = stageInput(text);
        const es = findEntities(input, new DictTagger({ 'Budi Kim': 'PER', 'Dewan Keamanan': 'ORG' }), loadKnowledgeBase());
        for (const e of es) {
          expect(e.mentions.length).toBeGreaterThan(0);
          for (const m of e.mentions) expect(input.text.slice(m.start, m.end)).toBe(m.text);
        }
        expect(new Set(es.map((e) => e.id)).size).toBe(es.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('one document after another', () => {
  it('gives each document the entities it gives alone: nothing of a longer document before it is left over', () => {
    const long = `${WIRE}\n\n${'Presiden Rusia Vladimir Putin bertemu Kim Jong Un di Moskwa, kata Kyodo. '.repeat(40)}`;
    const short = 'Dewan Keamanan PBB bersidang di New York.';
    const names = { 'Maharani Putri Lestari': 'PER', 'Gilang Ramadhan': 'PER', 'Vladimir Putin': 'PER', 'Kim Jong Un': 'PER', 'Dewan Keamanan': 'ORG' } as const;
    const shortAlone = entities(short, names).entities;
    const longAlone = entities(long, names).entities;
    expect(entities(short, names).entities).toEqual(shortAlone);
    expect(entities(long, names).entities).toEqual(longAlone);
    expect(shortAlone.map((e) => e.name)).toContain('Dewan Keamanan PBB');
  });
});
