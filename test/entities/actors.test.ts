import { describe, expect, it } from 'vitest';
import { codeOn, parseCodes, recordCode, ROLE_TYPES } from '../../src/entities/kb/codes.js';
import { country } from '../../src/entities/actors.js';
import { readFileSync } from 'node:fs';
import { dataPath } from '../../src/util/paths.js';
import { loadKnowledgeBase } from '../../src/entities/kb/load.js';
import { byMention, entities, mentionTexts } from './helpers.js';

describe('the country of a code', () => {
  it('is its first three letters, unless they are a role alone or an international body', () => {
    expect(country('IDNCOP')).toBe('IDN');
    expect(country('ISR')).toBe('ISR');
    // a crowd in a story of several countries is of none: not a state that could fight
    expect(country('OPP')).toBeNull();
    expect(country('CVL')).toBeNull();
    expect(country('IGOUNO')).toBeNull();
    expect(country(null)).toBeNull();
  });

  it('knows every CAMEO role type but the international ones', () => {
    const types = readFileSync(dataPath('kb', 'cameo-actor-types.txt'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => l.split('\t')[0]!)
      .filter((t) => !['IGO', 'NGO', 'MNC', 'IMG'].includes(t));
    expect([...ROLE_TYPES].sort()).toEqual(types.sort());
  });
});

describe('actor codes by date', () => {
  const putin = parseCodes('RUSELI@1970-01-01..1999-08-09;RUSGOV@1999-08-09..2000-05-07;RUSGOV@2008-05-08..;RUSELI');
  const rudd = parseCodes('AUSELI@1975-01-01..2007-12-02;AUSGOV@2007-12-03..2013-11-18;AUSELI');

  it('takes the code whose range holds the date', () => {
    expect(codeOn(putin, '1995-06-01')).toBe('RUSELI');
    expect(codeOn(putin, '1999-12-01')).toBe('RUSGOV');
    expect(codeOn(putin, '2024-03-18')).toBe('RUSGOV');
  });

  it('keeps the last known role after it ended, and the default before any range', () => {
    expect(codeOn(rudd, '2025-10-21')).toBe('AUSGOV');
    expect(codeOn(rudd, '1960-01-01')).toBe('AUSELI');
    expect(codeOn(parseCodes('IDNGOV@2004-10-20..2009-10-20'), '1990-01-01')).toBe('IDNGOV');
  });

  it('without a date, takes the most recent code', () => {
    expect(codeOn(putin, null)).toBe('RUSGOV');
    expect(codeOn(parseCodes('IDN'), null)).toBe('IDN');
  });

  it('gives the record a country and first role, three parts for international bodies', () => {
    expect(recordCode('AUSGOVBUS')).toBe('AUSGOV');
    expect(recordCode('PSEREBHMS')).toBe('PSEREB');
    expect(recordCode('IGOUNOJUDICJ')).toBe('IGOUNOJUD');
    // an international militarized group keeps its name's part too (al-Qaeda, the Islamic State)
    expect(recordCode('IMGMUSALQ')).toBe('IMGMUSALQ');
    expect(recordCode('IDN')).toBe('IDN');
  });

  it('codes a known person as of the article’s date', () => {
    const text = 'Donald Trump berbicara di Washington.';
    expect(byMention(entities(text, {}, { published: '2019-05-01' }).entities, 'Donald Trump')!.actor).toBe('USAGOV');
    expect(byMention(entities(text, {}, { published: '2010-05-01' }).entities, 'Donald Trump')!.actor).toBe('USABUS');
    const kb = loadKnowledgeBase();
    const entry = kb.lookup('Vladimir Putin')[0]!.entry;
    expect(kb.actorOn(entry, '1999-10-01')).toBe('RUSGOV');
  });
});

describe('role titles', () => {
  const roles = (text: string, names: Record<string, 'PER' | 'ORG' | 'LOC'>, published = '2025-10-01') =>
    entities(text, names, { published }).entities;

  it('strips the title from the mention and codes the person with the place named with it', () => {
    const es = roles('Gubernur Riau Abdul Wahid meresmikan jembatan.', { 'Gubernur Riau Abdul Wahid': 'PER' });
    const p = byMention(es, 'Abdul Wahid')!;
    expect(mentionTexts(p)).toEqual(['Abdul Wahid']);
    expect(p.actor).toBe('IDNGOV');
    expect(byMention(es, 'Riau')!.actor).toBe('IDN');
  });

  it('a world region named with a title is its field: a country named too gives the code ("Direktur Jenderal Asia Pasifik Kemlu")', () => {
    const es = roles('"Aman," kata Direktur Jenderal Asia Pasifik Kementerian Luar Negeri Australia, Claire Whitfield.', {
      'Kementerian Luar Negeri Australia': 'ORG',
      'Claire Whitfield': 'PER',
    });
    expect(byMention(es, 'Asia Pasifik')).toMatchObject({ type: 'LOC', actor: 'ASA' });
    expect(byMention(es, 'Claire Whitfield')!.actor).toBe('AUSGOV');
  });

  it('reaches a title over a long body name and a comma ("Dirjen Perumahan Perdesaan Kementerian PKP Imran")', () => {
    const es = roles('Hadir pula Dirjen Perumahan Perdesaan Kementerian Perumahan dan Kawasan Permukiman (PKP) Imran Santoso.', { 'Imran Santoso': 'PER' });
    expect(byMention(es, 'Imran Santoso')!.actor).toBe('IDNGOV');
  });

  it('a title held for a person goes to the name after the comma ("Pengacara RK, Budi Santoso")', () => {
    const es = roles('Pengacara Rudi Hartono, Budi Santoso mengatakan kliennya kooperatif.', { 'Rudi Hartono': 'PER', 'Budi Santoso': 'PER' });
    expect(byMention(es, 'Budi Santoso')!.actor).toBe('IDNJUD');
    expect(byMention(es, 'Rudi Hartono')!.actor).toBeNull();
    // other titles keep their name: the comma starts a list
    const gov = roles('Gubernur Rudi Hartono, Budi Santoso dan Ani Lestari hadir.', { 'Rudi Hartono': 'PER', 'Budi Santoso': 'PER', 'Ani Lestari': 'PER' });
    expect(byMention(gov, 'Rudi Hartono')!.actor).toBe('IDNGOV');
    expect(byMention(gov, 'Budi Santoso')!.actor).toBeNull();
    // the client named by a title ("terdakwa", "Mensesneg") leaves the lawyer's title the person's
    const lawyer = roles('Kuasa hukum terdakwa, Budi Santoso, mengajukan banding. Pengacara Mensesneg Ani Lestari hadir.', { 'Budi Santoso': 'PER', 'Ani Lestari': 'PER' });
    expect(byMention(lawyer, 'Budi Santoso')!.actor).toBe('IDNJUD');
    expect(byMention(lawyer, 'Ani Lestari')!.actor).toBe('IDNJUD');
  });

  it('a civil servant\'s ASN is a title, and LBH, BEM, KPP, Pemko open organisations', () => {
    const es = roles('ASN Budi Santoso ditangkap. Pengacara LBH Pekanbaru hadir. Pemko Binjai membantah.', {
      'ASN Budi Santoso': 'PER',
      'LBH Pekanbaru': 'ORG',
      'Pemko Binjai': 'ORG',
    });
    expect(byMention(es, 'Budi Santoso')).toMatchObject({ name: 'Budi Santoso', actor: 'IDNGOV' });
    expect(byMention(es, 'LBH Pekanbaru')).toMatchObject({ type: 'ORG' });
    expect(byMention(es, 'Pemko Binjai')).toMatchObject({ type: 'ORG', actor: 'IDNGOV' });
  });

  it('a place after a comma gives its country only when it ends the phrase ("di Verona, Berlin Film Festival")', () => {
    const es = roles('Film itu tampil di Kota Serang, Banten, lalu di Verona, Berlin Film Festival dan Busan.', {
      Verona: 'LOC',
      Berlin: 'LOC',
      'Film Festival': 'ORG',
    });
    expect(byMention(es, 'Verona')?.actor ?? null).not.toBe('DEU');
  });

  it('a Roman numeral in capitals is no name the knowledge base writes otherwise ("Komisi XI" is not Xi)', () => {
    const es = roles('Anggota Komisi XI DPR Budi Santoso menyoroti anggaran.', { 'Budi Santoso': 'PER' });
    expect(es.map((e) => e.name)).not.toContain('XI');
    expect(byMention(es, 'Budi Santoso')!.actor).toBe('IDNLEG');
  });

  it('a department is an organisation, coded only with the country named with it', () => {
    const es = roles('Departemen Kehakiman Amerika Serikat menggugat Google. Departemen Urologi RSUD Bekasi membuka layanan baru.', {
      'Departemen Kehakiman Amerika Serikat': 'PER',
      'Departemen Urologi': 'PER',
    });
    expect(byMention(es, 'Departemen Kehakiman Amerika Serikat')).toMatchObject({ type: 'ORG', actor: 'USAGOV' });
    expect(byMention(es, 'Departemen Urologi')).toMatchObject({ type: 'ORG', actor: null });
  });

  it('a state body of a place is of the place\'s country, not the article\'s ("Kementerian Kesehatan Gaza")', () => {
    const es = roles('Kementerian Kesehatan Gaza melaporkan korban. Dinas Kesehatan Jawa Barat melaporkan hal yang sama.', {
      'Kementerian Kesehatan Gaza': 'ORG',
      'Dinas Kesehatan Jawa Barat': 'ORG',
    });
    expect(byMention(es, 'Kementerian Kesehatan Gaza')!.actor).toBe('PSEGOV');
    expect(byMention(es, 'Dinas Kesehatan Jawa Barat')!.actor).toBe('IDNGOV');
  });

  it('a state body\'s short form between its name and the country leaves the country the body\'s ("Badan Intelijen Nasional (NIS) Korea Selatan")', () => {
    const es = roles(
      'Jakarta - Badan Intelijen Nasional (NIS) Korea Selatan melaporkan hal itu, kata Kepala Staf Gabungan (JCS) Korea Selatan. Polis Diraja Malaysia menahan dua orang. Komando Indo-Pasifik AS mengirim kapal. JCS juga memantau.',
      { 'Badan Intelijen Nasional': 'ORG', 'Polis Diraja Malaysia': 'ORG', 'Komando Indo-Pasifik AS': 'ORG' },
    );
    expect(byMention(es, 'Badan Intelijen Nasional')).toMatchObject({ type: 'ORG', actor: 'KORSPY' });
    expect(byMention(es, 'NIS')!.name).toBe('Badan Intelijen Nasional');
    const jcs = byMention(es, 'Kepala Staf Gabungan')!;
    expect(jcs).toMatchObject({ type: 'ORG', actor: 'KORMIL' });
    expect(mentionTexts(jcs)).toEqual(['Kepala Staf Gabungan', 'JCS', 'JCS']);
    expect(byMention(es, 'Polis Diraja Malaysia')!.actor).toBe('MYSCOP');
    expect(byMention(es, 'Komando Indo-Pasifik AS')!.actor).toBe('USAMIL');
    const en = entities("The U.S. Indo-Pacific Command and South Korea's Joint Chiefs of Staff said so.", {}, { published: '2025-01-10', lang: 'en' }).entities;
    expect(byMention(en, 'U.S. Indo-Pacific Command')).toMatchObject({ type: 'ORG', actor: 'USAMIL' });
    expect(byMention(en, "South Korea's Joint Chiefs of Staff")).toMatchObject({ type: 'ORG', actor: 'KORMIL' });
  });

  it('a comma goes on to the country set off by it, not to a country that opens the next clause', () => {
    const es = roles('Menurut Kementerian Luar Negeri, Israel menyerang Lebanon. Powell, Gubernur Bank Sentral, Amerika Serikat, menahan suku bunga.', {
      'Kementerian Luar Negeri': 'ORG',
      'Bank Sentral': 'ORG',
    });
    expect(byMention(es, 'Kementerian Luar Negeri')).toMatchObject({ name: 'Kementerian Luar Negeri', actor: 'IDNGOV' });
    expect(byMention(es, 'Israel')).toMatchObject({ type: 'LOC', actor: 'ISR' });
    expect(byMention(es, 'Bank Sentral, Amerika Serikat')).toMatchObject({ type: 'ORG', actor: 'USAGOV' });
  });

  it('firms, universities and hospitals are of the country or place in their name, else of the article\'s', () => {
    const es = roles(
      'PT Petrokimia Gresik dan PT Freeport Indonesia menyumbang alat kepada RS Harapan Kita. Universitas Tokyo dan Universitas Gadjah Mada meneliti bersama.',
      {
        'PT Petrokimia Gresik': 'ORG',
        'PT Freeport Indonesia': 'ORG',
        'RS Harapan Kita': 'ORG',
        'Universitas Tokyo': 'ORG',
        'Universitas Gadjah Mada': 'ORG',
      },
    );
    expect(byMention(es, 'PT Petrokimia Gresik')!.actor).toBe('IDNBUS');
    expect(byMention(es, 'PT Freeport Indonesia')!.actor).toBe('IDNBUS');
    expect(byMention(es, 'RS Harapan Kita')!.actor).toBe('IDNHLH');
    expect(byMention(es, 'Universitas Tokyo')!.actor).toBe('JPNEDU');
    expect(byMention(es, 'Universitas Gadjah Mada')!.actor).toBe('IDNEDU');
    // a "Badan …" is a state agency, a parliament's committees are its own, a "badan usaha" a firm
    const badan = roles('Badan Pangan Nasional, Badan Anggaran dan Badan Usaha Jalan Tol hadir.', {
      'Badan Pangan Nasional': 'ORG',
      'Badan Anggaran': 'ORG',
      'Badan Usaha Jalan Tol': 'ORG',
    });
    expect(['Badan Pangan Nasional', 'Badan Anggaran', 'Badan Usaha Jalan Tol'].map((n) => byMention(badan, n)!.actor)).toEqual(['IDNGOV', 'IDNLEG', 'IDNBUS']);
    expect(byMention(roles('Kabinet Merah Putih dan Himpunan Pengusaha Muda Indonesia bertemu.', { 'Kabinet Merah Putih': 'ORG', 'Himpunan Pengusaha Muda Indonesia': 'ORG' }), 'Himpunan Pengusaha Muda Indonesia')!.actor).toBe('IDNBUS');
    // an authority of a place is the state's body there
    expect(byMention(roles('Otorita IKN menandatangani perjanjian.', { 'Otorita IKN': 'ORG' }), 'Otorita IKN')!.actor).toBe('IDNGOV');
    // English names them with "of" and the place after
    const en = entities('The Central Bank of Nigeria and the University of Nairobi signed a deal.', { 'Central Bank of Nigeria': 'ORG', 'University of Nairobi': 'ORG' }, { published: '2025-01-10', lang: 'en' }).entities;
    expect(byMention(en, 'Central Bank of Nigeria')!.actor).toBe('NGAGOV');
    expect(byMention(en, 'University of Nairobi')!.actor).toBe('KENEDU');
  });

  it('a title held in a body takes the body\'s code from its other mentions ("Presiden KSPI" after "Serikat Pekerja Indonesia (KSPI)")', () => {
    const es = roles(
      'Ribuan buruh Serikat Pekerja Indonesia (KSPI) mogok. Presiden KSPI Said Iqbal mengatakan hal itu. Direktur PT Rona Namora Budi Santoso hadir.',
      { 'Serikat Pekerja Indonesia': 'ORG', 'Said Iqbal': 'PER', 'Budi Santoso': 'PER', 'PT Rona Namora': 'ORG' },
    );
    expect(byMention(es, 'Serikat Pekerja Indonesia')!.actor).toBe('IDNLAB');
    expect(byMention(es, 'Said Iqbal')!.actor).toBe('IDNLAB');
    expect(byMention(es, 'Budi Santoso')!.actor).toBe('IDNBUS');
  });

  it('a state\'s title held in a body outside the state is that body\'s ("Presiden Bank Dunia")', () => {
    const es = roles('Presiden Bank Dunia Ajay Banga tiba di Jakarta. Kepala Ekonom Bank Mandiri Andi Wirawan memuji langkah itu.', {
      'Ajay Banga': 'PER',
      'Andi Wirawan': 'PER',
    });
    expect(byMention(es, 'Ajay Banga')!.actor).toBe('IGOUNODEV');
    expect(byMention(es, 'Andi Wirawan')!.actor).toBe('IDNBUS');
    // an ambassador's post is where they serve, not whom; a U.N. envoy is the U.N.'s
    const envoy = roles('Dubes PBB Umar Santoso berbicara. Utusan Khusus PBB Rina Wulandari tiba.', { 'Umar Santoso': 'PER', 'Rina Wulandari': 'PER' });
    expect(byMention(envoy, 'Umar Santoso')!.actor).not.toBe('IGOUNO');
    expect(byMention(envoy, 'Rina Wulandari')!.actor).toBe('IGOUNO');
  });

  it('an organisation\'s head the tagger left before a span with none opens the name; unions are LAB', () => {
    const es = roles('Ribuan buruh Konfederasi Serikat Pekerja Nusantara berunjuk rasa. Dinas PUPR Kota Bogor memperbaiki jalan.', {
      'Serikat Pekerja Nusantara': 'ORG',
      'PUPR Kota Bogor': 'ORG',
    });
    expect(byMention(es, 'Serikat Pekerja Nusantara')).toMatchObject({ type: 'ORG', actor: 'IDNLAB' });
    expect(byMention(es, 'Dinas PUPR Kota Bogor')).toMatchObject({ type: 'ORG', actor: 'IDNGOV' });
  });

  it('a known body keeps its code, a unit of a named body is that body\'s, and "PT" before a place is a court', () => {
    const es = roles('Bank Indonesia menahan suku bunga. Kejaksaan memeriksa saksi. Satgas Pangan Polda Sumut menyita beras. Hakim PT Jakarta menolak banding.', {
      'Bank Indonesia': 'ORG',
      Kejaksaan: 'ORG',
      'Satgas Pangan Polda Sumut': 'ORG',
      'PT Jakarta': 'ORG',
    });
    expect(byMention(es, 'Bank Indonesia')!.actor).toBe('IDNGOV');
    expect(byMention(es, 'Kejaksaan')!.actor).toBe('IDNJUD');
    expect(byMention(es, 'Satgas Pangan Polda Sumut')!.actor).toBe('IDNCOP');
    expect(byMention(es, 'PT Jakarta')!.actor).not.toBe('IDNBUS');
  });

  it('a list of fields inside a title is no apposition: the title is the person\'s ("Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi")', () => {
    const es = roles(
      'Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi Budi Santoso meresmikan sekolah. Kepala Dinas Pendidikan, Pemuda, dan Olahraga (Disdikpora) Denpasar Agus Wirawan hadir.',
      { 'Budi Santoso': 'PER', 'Agus Wirawan': 'PER' },
    );
    expect(byMention(es, 'Budi Santoso')!.actor).toBe('IDNGOV');
    expect(byMention(es, 'Agus Wirawan')!.actor).toBe('IDNGOV');
  });

  it('a style that names no country ("Pangeran", "Raja") right before the name leaves the office before it the person\'s', () => {
    const es = roles(
      'Menteri Luar Negeri Arab Saudi Pangeran Faisal bin Farhan tiba. Menteri Kehutanan Raja Andi Pratama hadir di Jakarta. Pangeran Budi Santoso datang.',
      { 'Faisal bin Farhan': 'PER', 'Andi Pratama': 'PER', 'Budi Santoso': 'PER' },
    );
    expect(byMention(es, 'Faisal bin Farhan')!.actor).toBe('SAUGOV');
    expect(byMention(es, 'Andi Pratama')!.actor).toBe('IDNGOV');
    // alone it still gives no country
    expect(byMention(es, 'Budi Santoso')!.actor).toBeNull();
  });

  it('a rank the army and the police share is the body\'s that ends the title before it ("… Divisi Humas Polri Brigjen")', () => {
    const es = roles(
      'Kepala Biro Penerangan Masyarakat Divisi Humas Polri Brigjen Budi Santoso hadir. Kapuspen TNI Brigjen Agus Wirawan hadir. Brigjen Joko Susilo hadir.',
      { Polri: 'ORG', TNI: 'ORG', 'Budi Santoso': 'PER', 'Agus Wirawan': 'PER', 'Joko Susilo': 'PER' },
    );
    expect(byMention(es, 'Budi Santoso')!.actor).toBe('IDNCOP');
    expect(byMention(es, 'Agus Wirawan')!.actor).toBe('IDNMIL');
    expect(byMention(es, 'Joko Susilo')!.actor).toBe('IDNMIL');
  });

  it('a state body\'s name written with capitals ends at a word in lower case: what follows is no part of it', () => {
    const es = roles('Kementerian Kebudayaan menggelar Konferensi Musik Indonesia di Jakarta.', {});
    expect(es.map((e) => e.name)).toContain('Kementerian Kebudayaan');
    expect(es.some((e) => e.name.includes('menggelar'))).toBe(false);
  });

  it('a body\'s name does not run on over a rank or a title after it ("Polda Sumut Kombes …")', () => {
    const es = roles('Kabid Humas Polda Sumut Kombes Budi Santoso mengatakan itu.', { 'Polda Sumut': 'ORG', 'Budi Santoso': 'PER' });
    expect(es.map((e) => e.name)).toContain('Polda Sumut');
    expect(byMention(es, 'Budi Santoso')!.actor).toBe('IDNCOP');
  });

  it('reads a title in parentheses right after the name ("Pak Teddy (Seskab)"), not a number there', () => {
    expect(byMention(roles('Budi Santoso (Seskab) hadir di Jakarta.', { 'Budi Santoso': 'PER' }), 'Budi Santoso')!.actor).toBe('IDNGOV');
    expect(byMention(roles('Budi Santoso (45) ditangkap polisi.', { 'Budi Santoso': 'PER' }), 'Budi Santoso')!.actor).toBeNull();
  });

  /** "<first> Budi Santoso dan <second> Ani Lestari hadir.": two people, each after a title of the test's. */
  const twoTitled = (first: string, second: string) => roles(`${first} Budi Santoso dan ${second} Ani Lestari hadir.`, { 'Budi Santoso': 'PER', 'Ani Lestari': 'PER' });

  it('every military and police rank is a title ("Kopda", "Serka", "Bripda", "Bharada")', () => {
    const es = twoTitled('Kopda', 'Bripda');
    expect(byMention(es, 'Budi Santoso')!.actor).toBe('IDNMIL');
    expect(byMention(es, 'Ani Lestari')!.actor).toBe('IDNCOP');
  });

  it('a village head\'s regional titles are titles ("Perbekel", "Keuchik", "Wali Nagari")', () => {
    const es = twoTitled('Perbekel', 'Keuchik');
    expect(byMention(es, 'Budi Santoso')!.actor).toBe('IDNGOV');
    expect(byMention(es, 'Ani Lestari')!.actor).toBe('IDNGOV');
  });

  it('a ministry secretary\'s short title is a title ("Sesmenko", "Sesmen")', () => {
    const es = twoTitled('Sesmenko', 'Sesmen');
    expect(byMention(es, 'Budi Santoso')).toMatchObject({ name: 'Budi Santoso', actor: 'IDNGOV' });
    expect(byMention(es, 'Ani Lestari')).toMatchObject({ name: 'Ani Lestari', actor: 'IDNGOV' });
  });

  it('a deputy minister\'s short title is a title too ("Menaker" → "Wamenaker")', () => {
    const es = twoTitled('Wamenaker', 'Wamensos');
    expect(byMention(es, 'Budi Santoso')).toMatchObject({ name: 'Budi Santoso', actor: 'IDNGOV' });
    expect(byMention(es, 'Ani Lestari')).toMatchObject({ name: 'Ani Lestari', actor: 'IDNGOV' });
  });

  it('takes the country of a foreign title', () => {
    const es = roles('Perdana Menteri Selandia Baru Aroha Tane dan Jaksa Agung Spanyol Carlos Ibarra bertemu.', {
      'Aroha Tane': 'PER',
      'Carlos Ibarra': 'PER',
    });
    expect(byMention(es, 'Aroha Tane')!.actor).toBe('NZLGOV');
    expect(byMention(es, 'Carlos Ibarra')!.actor).toBe('ESPJUD');
  });

  it('reads the title past the country’s short form in parentheses', () => {
    const es = roles('Presiden Amerika Serikat (AS) Hank Morrow menelepon.', { 'Hank Morrow': 'PER' });
    expect(byMention(es, 'Hank Morrow')!.actor).toBe('USAGOV');
  });

  it('codes an unqualified title with the article’s country', () => {
    const es = roles('Menteri Keuangan Sri Handayani dan Kapolri Agus Salim hadir.', { 'Sri Handayani': 'PER', 'Agus Salim': 'PER' });
    expect(byMention(es, 'Sri Handayani')!.actor).toBe('IDNGOV');
    expect(byMention(es, 'Agus Salim')!.actor).toBe('IDNCOP');
  });

  it('takes the role of the body named with the title', () => {
    const es = roles('Ketua DPR Larasati Putri dan anggota Komisi III DPR Bima Arya Saputra berdebat.', {
      'Larasati Putri': 'PER',
      'Bima Arya Saputra': 'PER',
    });
    expect(byMention(es, 'Larasati Putri')!.actor).toBe('IDNLEG');
    expect(byMention(es, 'Bima Arya Saputra')!.actor).toBe('IDNLEG');
  });

  it('reads a title after the name (apposition)', () => {
    const es = roles('Sakura Tanabe, Duta Besar Jepang untuk Indonesia, menolak berkomentar.', { 'Sakura Tanabe': 'PER' });
    expect(byMention(es, 'Sakura Tanabe')!.actor).toBe('JPNGOV');
  });

  it('does not lend one person’s apposition to the next person', () => {
    const es = roles('Dalam pertemuan dengan Wen Bo, pimpinan Kementerian Perdagangan, Laura Diaz memuji kerja sama.', {
      'Wen Bo': 'PER',
      'Laura Diaz': 'PER',
    });
    expect(byMention(es, 'Laura Diaz')!.actor).toBeNull();
  });

  it('gives no code for a former role', () => {
    const es = roles('Mantan Presiden Budi Hartono hadir.', { 'Budi Hartono': 'PER' });
    expect(byMention(es, 'Budi Hartono')!.actor).toBeNull();
  });

  it('gives a known person with a bare title their own country', () => {
    const es = roles('Di masa pemerintahan Presiden Joe Biden, kesepakatan dibuat.', { 'Joe Biden': 'PER' });
    expect(byMention(es, 'Joe Biden')!.actor).toBe('USAGOV');
  });

  it('makes the organisation named before a person in one tagged span a qualifier (CEO Apple Tim Cook)', () => {
    const es = roles('CEO Apple Tim Cook berkunjung ke Beijing.', { 'Apple Tim Cook': 'ORG' });
    expect(byMention(es, 'Tim Cook')).toMatchObject({ type: 'PER', actor: 'USABUS' });
    expect(byMention(es, 'Apple')).toMatchObject({ type: 'ORG', actor: 'USABUS' });
  });

  it('reads English titles with the country before them', () => {
    const es = entities('Indonesian Foreign Minister Laila Rahma met her Finnish counterpart Aino Virtanen in Jakarta.', { 'Indonesian Foreign Minister Laila Rahma': 'PER', 'Aino Virtanen': 'PER' }, { published: '2025-01-10', lang: 'en' }).entities;
    expect(byMention(es, 'Laila Rahma')).toMatchObject({ type: 'PER', actor: 'IDNGOV' });
    expect(byMention(es, 'Indonesian')).toBeUndefined();
    // a counterpart is of the country named with the word, never the other person's (nor of no country named)
    expect(byMention(es, 'Aino Virtanen')!.actor).toBe('FINGOV');
    const bare = entities('Laila Rahma met her counterpart Aino Virtanen in Jakarta.', { 'Laila Rahma': 'PER', 'Aino Virtanen': 'PER' }, { published: '2025-01-10', lang: 'en' }).entities;
    expect(byMention(bare, 'Aino Virtanen')!.actor).toBeNull();
    const id = entities('Menlu Retno bertemu mitranya dari Jepang, Aino Virtanen, di Tokyo.', { Retno: 'PER', 'Aino Virtanen': 'PER' }, { published: '2025-01-10' }).entities;
    expect(byMention(id, 'Aino Virtanen')!.actor).toBe('JPNGOV');
  });

  it('English: the body before a title\'s field in lower case is the title\'s ("EU foreign policy chief")', () => {
    const en = (text: string) => entities(text, { 'Aino Virtanen': 'PER' }, { published: '2025-01-10', lang: 'en' }).entities;
    expect(byMention(en('EU foreign policy chief Aino Virtanen said the bloc would act.'), 'Aino Virtanen')!.actor).toBe('IGOEUREEC');
    // not across a function word
    expect(byMention(en('The EU and its chief Aino Virtanen met.'), 'Aino Virtanen')!.actor).toBeNull();
  });

  it('an opposition leader is of the opposition, not the government ("opposition leader", "pemimpin oposisi")', () => {
    const en = entities('Kenyan opposition leader Aino Virtanen met President Laila Rahma.', { 'Aino Virtanen': 'PER', 'Laila Rahma': 'PER' }, { published: '2025-01-10', lang: 'en' }).entities;
    expect(byMention(en, 'Aino Virtanen')!.actor).toBe('KENOPP');
    const id = entities('Pemimpin oposisi Malaysia Aino Virtanen mengkritik pemerintah.', { 'Aino Virtanen': 'PER' }, { published: '2025-01-10' }).entities;
    expect(byMention(id, 'Aino Virtanen')!.actor).toBe('MYSOPP');
  });

  it('a modifier between a title and its country or body gives its role, or none ("Juru bicara militer Israel", "Pejabat senior Hamas")', () => {
    const es = roles('Juru bicara militer Israel, Umar Santoso, membantah. Pejabat senior Hamas Rina Wulandari menolak.', { 'Umar Santoso': 'PER', 'Rina Wulandari': 'PER', Hamas: 'ORG' });
    expect(byMention(es, 'Umar Santoso')!.actor).toBe('ISRMIL');
    expect(byMention(es, 'Rina Wulandari')!.actor).toBe('PSEREB');
    // an official of a body the knowledge base does not know is of no country
    const dfat = roles('Anna Wirawan, pejabat dari Departemen Kelautan Antartika, hadir.', { 'Anna Wirawan': 'PER', 'Departemen Kelautan Antartika': 'ORG' });
    expect(byMention(dfat, 'Anna Wirawan')!.actor).toBeNull();
  });

  it('a dateline\'s country gives bare titles theirs only until the text names another country', () => {
    const en = (text: string, names: Record<string, 'PER' | 'ORG' | 'LOC'>) => entities(text, names, { published: '2025-03-10', lang: 'en' }).entities;
    const es = en('NAIROBI, Kenya (AP) — President Amos Otieno opened the summit. Iran sent a delegation. Foreign Minister Reza Karimi said it would sign.', {
      'Amos Otieno': 'PER',
      'Reza Karimi': 'PER',
    });
    expect(byMention(es, 'Amos Otieno')!.actor).toBe('KENGOV');
    expect(byMention(es, 'Reza Karimi')!.actor).toBeNull();
    // a dateline's country the text names only after another is where the reporter was: the same
    const cairo = en('CAIRO (AP) — Sudan\'s army retook the palace. Army chief Amos Otieno said so. Egypt has backed the army.', { 'Amos Otieno': 'PER' });
    expect(byMention(cairo, 'Amos Otieno')!.actor).toBeNull();
  });

  it('a sentence that opens with a place and a comma sets its bare titles in that place\'s country', () => {
    const en = (text: string, names: Record<string, 'PER' | 'ORG' | 'LOC'>) => entities(text, names, { published: '2025-03-10', lang: 'en' }).entities;
    const es = en('WARSAW (Reuters) - Poland expelled two diplomats. In Venezuela, opposition leader Ana Ruiz urged calm. Opposition leader Jan Nowak agreed.', {
      'Ana Ruiz': 'PER',
      'Jan Nowak': 'PER',
    });
    expect(byMention(es, 'Ana Ruiz')!.actor).toBe('VENOPP');
    // the next sentence is the story's again
    expect(byMention(es, 'Jan Nowak')!.actor).toBe('POLOPP');
    const id = entities('Di Venezuela, Menteri Luar Negeri Umar Santoso membantah laporan itu.', { 'Umar Santoso': 'PER' }).entities;
    expect(byMention(id, 'Umar Santoso')!.actor).toBe('VENGOV');
  });

  it('an Indonesian story that never names Indonesia but names another country is about that country; rupiah names Indonesia', () => {
    const peru = entities('Demonstrasi ricuh di Lima, Peru. Presiden Jose Jeri mengumumkan keadaan darurat.', { 'Jose Jeri': 'PER' }).entities;
    expect(byMention(peru, 'Jose Jeri')!.actor).toBe('PERGOV');
    // several other countries: no country for a bare title
    const two = entities('Harga minyak turun di AS dan China. Ekonom Budi Santoso menilai permintaan melemah.', { 'Budi Santoso': 'PER' }).entities;
    expect(byMention(two, 'Budi Santoso')!.actor).toBeNull();
    // the rupiah is Indonesia's; a story that names no country is Indonesia's too
    const rupiah = entities('Dolar AS menekan rupiah pada Senin. Ekonom Budi Santoso menilai tekanan berlanjut.', { 'Budi Santoso': 'PER' }).entities;
    expect(byMention(rupiah, 'Budi Santoso')!.actor).toBe('IDNEDU');
    const none = entities('Ekonom Budi Santoso menilai harga beras naik.', { 'Budi Santoso': 'PER' }).entities;
    expect(byMention(none, 'Budi Santoso')!.actor).toBe('IDNEDU');
  });

  it('a title in lower case inside a person\'s span ends the description; a spokesman is of the state or body named', () => {
    const en = (text: string, names: Record<string, 'PER' | 'ORG' | 'LOC'>) => entities(text, names, { published: '2025-03-10', lang: 'en' }).entities;
    const es = en('Russian Defense Ministry spokesman Ivan Sokolov said the strikes hit military plants.', { 'Russian Defense Ministry spokesman Ivan Sokolov': 'PER' });
    expect(byMention(es, 'Ivan Sokolov')).toMatchObject({ type: 'PER', actor: 'RUSGOV' });
    expect(byMention(en('Kremlin spokesman Pavel Orlov said the talks were useful.', { 'Pavel Orlov': 'PER' }), 'Pavel Orlov')!.actor).toBe('RUSGOV');
    // a spokesman of no named state or body has no code, whatever the dateline
    expect(byMention(en('KYIV, Ukraine (AP) — Spokesman Pavel Orlov said the talks were useful.', { 'Pavel Orlov': 'PER' }), 'Pavel Orlov')!.actor).toBeNull();
  });

  it('a title of one country\'s office is that country\'s, unless another country is named with it', () => {
    const en = (text: string, names: Record<string, 'PER' | 'ORG' | 'LOC'>) => entities(text, names, { published: '2025-03-10', lang: 'en' }).entities;
    // a Manila dateline gives bare titles the Philippines, but the Secretary of State is the United States'
    const manila = en('MANILA, Philippines (AP) — Secretary of State Mark Dolan called President Ana Reyes on Monday.', { 'Mark Dolan': 'PER', 'Ana Reyes': 'PER' });
    expect(byMention(manila, 'Mark Dolan')!.actor).toBe('USAGOV');
    expect(byMention(manila, 'Ana Reyes')!.actor).toBe('PHLGOV');
    expect(byMention(en('Vatican Secretary of State Paolo Conti met the envoy.', { 'Paolo Conti': 'PER' }), 'Paolo Conti')!.actor).toBe('VATGOV');
  });

  it('makes a demonym before a word for the forces, government or people a mention of the country', () => {
    const en = (text: string, names: Record<string, 'PER' | 'ORG' | 'LOC'> = {}) => entities(text, names, { published: '2025-01-10', lang: 'en' }).entities;
    expect(byMention(en('Russian soldiers shelled a village overnight.'), 'Russian')).toMatchObject({ type: 'LOC', kb: 'rus', actor: 'RUS' });
    expect(byMention(en('Talks between Chinese diplomats and their hosts went on.'), 'Chinese')).toMatchObject({ kb: 'chn', actor: 'CHN' });
    // A plural demonym is the people: "three Palestinians".
    expect(byMention(en('Three Palestinians were wounded on Tuesday.'), 'Palestinians')).toMatchObject({ kb: 'pse', actor: 'PSE' });
    // A plural the knowledge base does not list is read off the singular it does ("Iraqi").
    expect(byMention(en('Iraqis protested in the capital on Friday.'), 'Iraqis')).toMatchObject({ kb: 'irq', actor: 'IRQ' });
    expect(byMention(en('Texans voted on Tuesday.'), 'Texans')).toBeUndefined();
    // Otherwise a demonym is no mention: an adjective, or part of a title before a name.
    expect(byMention(en('A Russian flag was burned.'), 'Russian')).toBeUndefined();
    expect(byMention(en('Iranian oil prices rose in May.'), 'Iranian')).toBeUndefined();
    // One or two lower-case words may modify the group word; a function word or a capital may not.
    expect(byMention(en('Rebels kidnapped 16 Russian civilian advisers.'), 'Russian')).toMatchObject({ actor: 'RUS' });
    expect(byMention(en('Liberian riot police dispersed the crowd.'), 'Liberian')).toMatchObject({ actor: 'LBR' });
    // so are its goods ("a 100 percent tariff on Chinese electric vehicles")
    expect(byMention(en('Canada imposed a tariff on Chinese electric vehicles.'), 'Chinese')).toMatchObject({ actor: 'CHN' });
    // coordinated with a demonym that stands for its country, a demonym does too
    const both = en('French and Egyptian warships launched war games.');
    expect([byMention(both, 'French')?.actor, byMention(both, 'Egyptian')?.actor]).toEqual(['FRA', 'EGY']);
    expect(byMention(en('He spoke French and English at the meeting.'), 'French')).toBeUndefined();
    // a country's ships are the country's ("seized a Vietnamese fishing boat")
    expect(byMention(en('The navy seized a Vietnamese fishing boat on Monday.'), 'Vietnamese')).toMatchObject({ actor: 'VNM' });
    expect(byMention(en('A Russian flag and soldiers were seen.'), 'Russian')).toBeUndefined();
    expect(byMention(en('The Russian state oil gas price officials met.'), 'Russian')).toBeUndefined();
    const titled = en('Russian president Vladimir Putin spoke on Monday.', { 'Vladimir Putin': 'PER' });
    expect(byMention(titled, 'Russian')).toBeUndefined();
    expect(byMention(titled, 'Vladimir Putin')!.actor).toBe('RUSGOV');
    // What the tagger makes of a demonym alone does not count: the knowledge base decides.
    const army = en('The Israeli army lifted the blockade.', { Israeli: 'ORG' });
    expect(army.map((e) => [e.name, e.type, e.actor])).toEqual([['Israeli army', 'ORG', 'ISRMIL']]);
    expect(en('Two Indonesian flags and one Australian flag were raised.', { Australian: 'LOC', Indonesian: 'LOC' })).toEqual([]);
    // Before a word for the country's places or goods it is the country too: what is hit or given is its.
    expect(byMention(en('Artillery shelled Iraqi towns overnight.'), 'Iraqi')).toMatchObject({ kb: 'irq', actor: 'IRQ' });
    expect(byMention(en('Tariffs were raised on German goods.'), 'German')).toMatchObject({ actor: 'DEU' });
    expect(byMention(en('A drone struck a Russian oil refinery.'), 'Russian')).toMatchObject({ actor: 'RUS' });
    // a weekday after the group word is no title's name ("Ukrainian lawmakers Tuesday endorsed …")
    expect(byMention(en('Ukrainian lawmakers Tuesday endorsed the plan.'), 'Ukrainian')).toMatchObject({ actor: 'UKR' });
    expect(byMention(en('A Ukrainian drone struck the depot.'), 'Ukrainian')).toMatchObject({ actor: 'UKR' });
    // people-words as well as adjectives: "Serb forces", "ethnic Turks"
    expect(byMention(en('Serb forces shelled the town.'), 'Serb')).toMatchObject({ actor: 'SRB' });
    expect(byMention(en('Ethnic Turks protested in Sofia.'), 'Turks')).toMatchObject({ actor: 'TUR' });
    // The group word must be lower case: "Russian Troops Day" is a name of its own.
    expect(byMention(en('They marked Russian Troops Day.'), 'Russian')).toBeUndefined();
  });
});
