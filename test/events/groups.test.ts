/** Bare group words as event actors: "Polisi menangkap tiga tersangka", "Police arrested three suspects". */
import { describe, expect, it } from 'vitest';
import { eventsOf, places, stageInput, type EntitySpec } from './helpers.js';

/** "source code target" by actor code, with the entity id's kind: `=` a group (no entity), `e` an entity. */
async function coded(text: string, specs: EntitySpec[], lang: 'id' | 'en' = 'id'): Promise<string[]> {
  const events = await eventsOf(stageInput(text, specs, { lang }));
  const side = (a: { entity: string | null; actor: string | null } | null): string => (a ? `${a.entity === null ? '=' : 'e'}${a.actor ?? 'null'}` : '-');
  return events.map((e) => `${side(e.source)} ${e.code} ${side(e.target)}`);
}

const DOMESTIC = places({ Poso: 'IDN', Jakarta: 'IDN', Malaysia: 'MYS', Gaza: 'PSE', Israel: 'ISR' }).slice(0, 2);
const WORLD = places({ Poso: 'IDN', Jakarta: 'IDN', Malaysia: 'MYS', Gaza: 'PSE', Israel: 'ISR', Nairobi: 'KEN', Kenyan: 'KEN' });

describe('a bare group word is an actor', () => {
  it('with the story\'s country when it names no other, its span in the evidence', async () => {
    const text = 'Polisi menangkap tiga tersangka di Poso.';
    expect(await coded(text, DOMESTIC)).toEqual(['=IDNCOP 173 =IDNCRM']);
    const [e] = await eventsOf(stageInput(text, DOMESTIC, { lang: 'id' }));
    expect(e!.source).toEqual({ entity: null, actor: 'IDNCOP', group: { start: 0, end: 6, text: 'Polisi' } });
    expect(e!.target!.group).toEqual({ start: 22, end: 31, text: 'tersangka' });
    expect(text.slice(e!.evidence.start, e!.evidence.end)).toBe('Polisi menangkap tiga tersangka');
    expect(await coded('Ribuan mahasiswa memprotes kebijakan itu di Jakarta.', DOMESTIC)).toEqual([]);
    expect(await coded('Ribuan mahasiswa berunjuk rasa di depan kantor gubernur di Jakarta.', DOMESTIC)).toEqual(['=IDNEDU 141 eIDN']);
  });

  it('judges and prosecutors act in court: a sentence sought is legal action, a verdict by the judges 116', async () => {
    const specs = [...DOMESTIC, { name: 'Budi Santoso', type: 'PER' as const, actor: 'IDNCRM' }];
    expect(await coded('Jaksa menuntut Budi Santoso dengan hukuman 5 tahun penjara di Jakarta.', specs)).toEqual(['=IDNJUD 173 eIDNCRM']);
    expect(await coded('Budi Santoso divonis 5 tahun penjara oleh majelis hakim di Jakarta.', specs)).toEqual(['=IDNJUD 116 eIDNCRM']);
    // a demand of the government stays a demand
    expect(await coded('Mahasiswa menuntut pemerintah menurunkan harga di Jakarta.', specs)).toEqual(['=IDNEDU 100 =IDNGOV']);
    // what one begs the judges to do has not happened
    const [, asked] = await eventsOf(stageInput('Budi Santoso memohon majelis hakim membebaskannya dari tahanan.', specs, { lang: 'id' }));
    expect(asked).toMatchObject({ code: '084', modality: 'future', target: { actor: 'IDNCRM' } });
    // "-nya" on a noun whose name after it is the patient is the patient too: no detention by the detainees
    expect(await coded('Budi Santoso kini telah diserahkan penahanannya kepada jaksa di Jakarta.', specs)).toEqual([]);
  });

  it('a body\'s word with a demonstrative after it ("pengadilan itu") stands for the body of that role named last', async () => {
    const specs = [...WORLD, { name: 'ICC', type: 'ORG' as const, actor: 'IGOJUD' }, { name: 'Netanyahu', type: 'PER' as const, actor: 'ISRGOV' }];
    expect(await coded('Israel mengecam ICC. Menurut Israel, pengadilan itu merilis surat perintah penangkapan Netanyahu.', specs)).toContain('=IGOJUD 173 eISRGOV');
    // without the demonstrative a bare court is a court of no known country
    expect(await coded('Israel mengecam ICC. Pengadilan merilis surat perintah penangkapan Netanyahu.', specs)).toContain('=JUD 173 eISRGOV');
  });

  it('reporting someone to the police is accusing them of a crime (1121), the police named after it no target', async () => {
    const specs = [...DOMESTIC, { name: 'Budi Santoso', type: 'PER' as const, actor: null }, { name: 'Andi Wijaya', type: 'PER' as const, actor: null }, { name: 'Polda Metro Jaya', type: 'ORG' as const, actor: 'IDNCOP' }];
    const evs = await eventsOf(stageInput('Budi Santoso melaporkan Andi Wijaya ke Polda Metro Jaya di Jakarta.', specs, { lang: 'id' }));
    expect(evs.map((e) => [e.code, e.source?.entity, e.target?.entity])).toEqual([['1121', 'e3', 'e4']]);
    // a case reported, not a person: no accusation of the prosecutors it went to
    expect(await coded('Budi Santoso melaporkan kasus ini ke Polda Metro Jaya di Jakarta.', specs)).toEqual([]);
  });

  it('one\'s counterpart ("mitranya") is of the country named with it, never the story\'s', async () => {
    const specs = [...DOMESTIC, { name: 'Sugiono', type: 'PER' as const, actor: 'IDNGOV' }, ...places({ Vietnam: 'VNM' })];
    expect(await coded('Sugiono bertemu mitranya dari Vietnam di Jakarta.', specs)).toEqual(['eIDNGOV 040 =VNMGOV']);
    expect(await coded('Sugiono bertemu mitranya di Jakarta.', specs)).toEqual(['eIDNGOV 040 =GOV']);
    // speaking with someone is consulting them
    expect(await coded('Sugiono berbicara dengan diplomat Vietnam di Jakarta.', specs)).toEqual(['eIDNGOV 040 eVNMGOV']);
  });

  it('with the role alone where the story names several countries, and a place\'s country after "di"', async () => {
    expect(await coded('Polisi menangkap tiga tersangka setelah Malaysia dan Israel meminta bantuan.', WORLD)).toContain('=COP 173 =CRM');
    expect(await coded('Polisi menangkap tiga tersangka asal Malaysia.', WORLD)).toEqual(['=COP 173 =MYSCRM']);
    // investigators are police unless a body is named with them ("penyidik KPK")
    const budi = [...DOMESTIC, { name: 'Budi Santoso', type: 'PER' as const, actor: null }];
    expect(await coded('Penyidik menetapkan Budi Santoso sebagai tersangka di Jakarta.', budi)).toEqual(['=IDNCOP 173 enull']);
    // a short form in parentheses between them passed over
    expect(await coded('Polisi mendeportasi 15 warga negara asing (WNA) asal Malaysia.', WORLD)).toEqual(['=COP 174 =MYSCVL']);
    expect(await coded('Israel menyerang warga di Gaza.', WORLD)).toEqual(['eISR 190 =PSECVL']);
    // law enforcers are the police; spelled out by name right after, the names are the actors
    const bodies = [...DOMESTIC, { name: 'DPR', type: 'ORG' as const, actor: 'IDNLEG' }, { name: 'KPK', type: 'ORG' as const, actor: 'IDNJUD' }];
    expect(await coded('DPR meminta para penegak hukum menindak pelaku di Jakarta.', bodies)).toEqual(['eIDNLEG 020 =IDNCOP']);
    expect(await coded('DPR mengapresiasi lembaga penegak hukum, yakni KPK, di Jakarta.', bodies)).toEqual(['eIDNLEG 051 eIDNJUD']);
    // taking to the streets is a protest (141), at the place named; ridiculing someone denounces them (111)
    expect(await coded('Ribuan mahasiswa turun ke jalan di Jakarta.', DOMESTIC)).toEqual(['=IDNEDU 141 eIDN']);
    expect(await coded('Mahasiswa yang mencemooh korban di Jakarta dihukum.', DOMESTIC)).toEqual(['=IDNEDU 111 =IDNCVL']);
    // holding people captive is taking hostages (181)
    expect(await coded('Kelompok bersenjata menyekap tiga warga Malaysia.', WORLD)).toEqual(['=UAF 181 eMYSCVL']);
  });

  it('a name right after it (Indonesian) or before it (English) makes it that name\'s group, as before', async () => {
    expect(await coded('Polisi Malaysia menangkap tiga nelayan.', WORLD)).toEqual(['eMYSCOP 173 =AGR']);
    expect(await coded('Kenyan police arrested three suspects in Nairobi.', WORLD, 'en')).toEqual(['eKENCOP 173 =KENCRM']);
    // an owner's pronoun makes the group someone's named before
    expect(await coded('Israel ordered its troops to attack Gaza.', WORLD, 'en')).toEqual(['eISR 190 ePSE']);
  });

  it('English: the one country a story names is the bare group\'s', async () => {
    expect(await coded('Police arrested three suspects in Nairobi.', WORLD.filter((e) => e.actor === 'KEN'), 'en')).toEqual(['=KENCOP 173 =KENCRM']);
  });

  it('a government, and the news media a story quotes do not make it international', async () => {
    const kenya = [...WORLD.filter((e) => e.actor === 'KEN'), { name: 'Reuters', type: 'ORG' as const, actor: 'GBRMED' }];
    expect(await coded('A Reuters witness said police arrested dozens of protesters in Nairobi.', kenya, 'en')).toEqual(['=KENCOP 173 =KENOPP']);
    expect(await coded('Mahasiswa mendesak pemerintah menurunkan harga di Jakarta.', DOMESTIC)).toEqual(['=IDNEDU 100 =IDNGOV']);
    // a government of countries the text does not name is none ("pemerintah negara lainnya")
    expect(await coded('Pemerintah negara lainnya menawarkan bantuan kepada Jakarta.', DOMESTIC)).toEqual([]);
  });

  it('"mereka"/"they" opening a sentence stands for the bare group that opened the one before, not for a name', async () => {
    const specs = [...DOMESTIC, { name: 'Budi', type: 'PER' as const, actor: 'IDNGOV' }];
    expect(await coded('Ratusan buruh berkumpul di Jakarta. Mereka mendesak Budi mundur.', specs)).toEqual(['=IDNLAB 104 eIDNGOV']);
    expect(await coded('Budi dan ratusan buruh berkumpul di Jakarta. Mereka mendesak pemerintah mundur.', specs)).toEqual([]);
    expect(await coded('Hundreds of workers gathered in Nairobi. They criticized the government.', WORLD.filter((e) => e.actor === 'KEN'), 'en')).toEqual(['=KENLAB 111 =KENGOV']);
  });

  it('dispersing a crowd and firing tear gas are violent repression (175); dissolving a body is not', async () => {
    expect(await coded('Polisi menembakkan gas air mata untuk membubarkan massa di Jakarta.', DOMESTIC)).toEqual(['=IDNCOP 175 =IDNOPP']);
    expect(await coded('Aparat membubarkan demonstrasi mahasiswa di Jakarta.', DOMESTIC)).toContain('=IDNCOP 175 =IDNEDU');
    const specs = [...DOMESTIC, { name: 'Kemenkumham', type: 'ORG' as const, actor: 'IDNGOV' }, { name: 'Ormas Garuda', type: 'ORG' as const, actor: null }];
    expect(await coded('Kemenkumham membubarkan Ormas Garuda di Jakarta.', specs)).toEqual([]);
    const kenya = WORLD.filter((e) => e.actor === 'KEN');
    expect(await coded('Police fired tear gas at protesters in Nairobi.', kenya, 'en')).toEqual(['=KENCOP 175 =KENOPP']);
    expect(await coded('Riot police used tear gas to disperse demonstrators in Nairobi.', kenya, 'en')).toEqual(['=KENCOP 175 =KENOPP']);
  });

  it('blocking a road is obstructing passage (144), a state\'s blockade of a place stays 191', async () => {
    expect(await coded('Ratusan warga memblokade jalan menuju lokasi tambang di Jakarta.', DOMESTIC)).toEqual(['=IDNCVL 144 eIDN']);
    expect(await coded('Protesters barricaded the streets of Nairobi.', WORLD.filter((e) => e.actor === 'KEN'), 'en')).toEqual(['=KENOPP 144 eKEN']);
    expect(await coded('Israel memblokade Gaza.', WORLD)).toEqual(['eISR 191 ePSE']);
  });

  it('a victim\'s family is a group of civilians, and so are men and women no word says more of', async () => {
    expect(await coded('Keluarga korban meminta polisi menghukum para pelaku di Jakarta.', DOMESTIC)).toEqual(['=IDNCVL 020 =IDNCOP', '=IDNCOP 116 =IDNCRM']);
    expect(await coded('Polisi menangkap dua pria di Jakarta.', DOMESTIC)).toEqual(['=IDNCOP 173 =IDNCVL']);
  });

  it('teachers, health workers, clerics and migrants are groups with their roles (EDU, HLH, REL, REF)', async () => {
    const puncak = [...DOMESTIC, { name: 'Kelompok Kriminal Bersenjata', type: 'ORG' as const, actor: 'IDNREB' }];
    expect(await coded('Kelompok Kriminal Bersenjata menembak mati dua guru di Poso.', puncak)).toEqual(['eIDNREB 193 =IDNEDU']);
    expect(await coded('Israel menembaki tenaga medis di Gaza.', WORLD)).toEqual(['eISR 193 =PSEHLH']);
    expect(await coded('Rebels attacked doctors in Nairobi.', WORLD, 'en')).toEqual(['=KENREB 190 =KENHLH']);
  });

  it('thieves, pirates and defendants are criminals, tourists and passengers civilians, traders business, settlers SET', async () => {
    expect(await coded('Polisi menangkap tiga pencuri sepeda motor di Jakarta.', DOMESTIC)).toEqual(['=IDNCOP 173 =IDNCRM']);
    expect(await coded('The court sentenced the defendant to seven years in prison.', [], 'en')).toEqual(['=JUD 116 =CRM']);
    expect(await coded('Gunmen killed 12 passengers on a bus near Nairobi.', WORLD, 'en')).toEqual(['=KENUAF 190 =KENCVL']);
    // (settlers of no country named are no state's forces: an assault, 180, not fighting)
    expect(await coded('Pemukim menyerang wisatawan di Gaza.', WORLD)).toEqual(['=SET 180 =PSECVL']);
    // a one-word name the tagger read in the capitalized first word opens a group's phrase instead
    const armed = [...WORLD, { name: 'Armed', type: 'PER' as const }];
    expect(await coded('Armed men abducted 280 pupils near Nairobi.', armed, 'en')).toEqual(['=KENUAF 181 =KENEDU']);
  });

  it('migrant workers named with their country are its workers ("pekerja migran Indonesia")', async () => {
    expect(await coded('Malaysia mendeportasi 100 pekerja migran Indonesia.', places({ Malaysia: 'MYS', Indonesia: 'IDN' }))).toEqual(['eMYS 174 eIDNLAB']);
  });

  it('a group of another nationality ("berkewarganegaraan X") is of X; a ship flagged X ("berbendera X") is X\'s', async () => {
    expect(await coded('Polisi menangkap dua pria berkewarganegaraan Malaysia di Jakarta.', WORLD)).toEqual(['=COP 173 =MYSCVL']);
    const iran = [...WORLD, ...places({ Iran: 'IRN', Yunani: 'GRC' })];
    expect(await coded('Iran menyita sebuah kapal tanker berbendera Yunani.', iran)).toEqual(['eIRN 171 eGRC']);
  });

  it('one or two plain words may describe the group before the place it is at ("korban gempa bumi di Myanmar")', async () => {
    const world = [...WORLD, ...places({ Jepang: 'JPN', Myanmar: 'MMR' })];
    expect(await coded('Jepang mengirimkan bantuan kemanusiaan untuk korban gempa bumi di Myanmar.', world)).toEqual(['eJPN 073 =MMRCVL']);
  });

  it('a name right after a word for a law names the law, no actor ("menolak revisi UU KPK")', async () => {
    const specs = [...DOMESTIC, { name: 'Komisi Pemberantasan Korupsi', type: 'ORG' as const, actor: 'IDNJUD', aliases: ['KPK'] }];
    expect(await coded('Ribuan mahasiswa menolak revisi UU KPK di Jakarta.', specs)).toEqual([]);
    expect(await coded('Ribuan mahasiswa mengecam KPK di Jakarta.', specs)).toEqual(['=IDNEDU 111 eIDNJUD']);
  });

  it('two bare groups of one code are one actor, which acts on no one', async () => {
    expect(await coded('Pelaku menyita ponsel milik pelaku lain di Poso.', DOMESTIC)).toEqual([]);
  });

  it('a word that only looks like a group is none: business people, the mass media, a reporter\'s interview', async () => {
    const of = (t: string) => coded(t, [...DOMESTIC, { name: 'Budi', type: 'PER', actor: 'IDNGOV' }]);
    expect(await of('Budi mengajak pelaku usaha ikut membangun Poso.')).toEqual(['eIDNGOV 020 =IDNBUS']);
    expect(await of('Budi menjalin kerja sama dengan media massa di Poso.')).toEqual(['eIDNGOV 060 =IDNMED']);
    expect(await of('Budi mengatakan hal itu saat ditemui wartawan di Poso.')).toEqual([]);
  });

  it('a protest at a body\'s premises is against that body; with none there, the place it is in', async () => {
    const specs: EntitySpec[] = [
      ...DOMESTIC,
      { name: 'Kedutaan Besar Amerika Serikat', type: 'ORG', actor: 'USAGOV' },
      { name: 'KPU', type: 'ORG', actor: 'IDNGOV' },
      { name: 'Mahkamah Konstitusi', type: 'ORG', actor: 'IDNJUD' },
    ];
    // (the crowd's country is the story's only when the story names one country: here it names two)
    expect(await coded('Massa berunjuk rasa di depan Kedutaan Besar Amerika Serikat di Jakarta.', specs)).toEqual(['=OPP 141 eUSAGOV']);
    expect(await coded('Ribuan mahasiswa berunjuk rasa di depan kantor KPU di Jakarta.', specs)).toEqual(['=IDNEDU 141 eIDNGOV']);
    expect(await coded('Ribuan buruh berdemonstrasi di Mahkamah Konstitusi.', specs)).toEqual(['=IDNLAB 141 eIDNJUD']);
    // a body that is the protesters' own is no site
    expect(await coded('Ribuan buruh berunjuk rasa di Jakarta.', specs)).toEqual(['=IDNLAB 141 eIDN']);
    const london = [...places({ London: 'GBR' }), { name: 'Israeli embassy', type: 'ORG' as const, actor: 'ISRGOV' }];
    expect(await coded('Protesters rallied outside the Israeli embassy in London.', london, 'en')).toEqual(['=OPP 141 eISRGOV']);
    expect(await coded('Demonstrators gathered in front of the Israeli embassy in London.', london, 'en')).toEqual(['=OPP 141 eISRGOV']);
    // a body of no known code is no site: it may be a place the tagger took for a body
    expect(await coded('Protesters rallied in Genoa on Saturday.', [{ name: 'Genoa', type: 'ORG', actor: null }], 'en')).toEqual(['=OPP 141 -']);
  });

  it('a group word that opens the trigger is its agent ("Protesters rallied in London")', async () => {
    expect(await coded('Protesters rallied in London on Saturday.', places({ London: 'GBR' }), 'en')).toEqual(['=GBROPP 141 eGBR']);
  });

  it('a local group ("polisi setempat", "local police") is of the place named last as where things are', async () => {
    const specs = places({ Kamboja: 'KHM', Indonesia: 'IDN', WNI: 'IDN', Kenya: 'KEN', Kisumu: 'KEN', Britain: 'GBR' });
    // (a story of two countries: no story country for its groups; not the people's name "WNI" either)
    expect(await coded('Para WNI ditahan di Kamboja. Polisi setempat menahan empat WNI.', specs)).toEqual(['=KHMCOP 173 eIDN']);
    expect(await coded('Britain sent aid. Protesters gathered in Kisumu. Local police arrested dozens of protesters.', specs, 'en')).toEqual([
      '=OPP 141 eKEN',
      '=KENCOP 173 =OPP',
    ]);
  });

  it('the police\'s slang for an arrest is an arrest (membekuk, diciduk)', async () => {
    expect(await coded('Polisi membekuk tiga tersangka di Poso.', DOMESTIC)).toEqual(['=IDNCOP 173 =IDNCRM']);
    expect(await coded('Tiga tersangka diciduk polisi di Poso.', DOMESTIC)).toEqual(['=IDNCOP 173 =IDNCRM']);
  });

  it('a group opening what is said is no target of the saying', async () => {
    const specs: EntitySpec[] = [...WORLD, { name: 'Adnan', type: 'PER', actor: 'IGOUNO' }];
    expect(await coded('Adnan memperingatkan bahwa ratusan ribu pengungsi masih hidup di tempat terbuka.', specs)).toEqual([]);
  });
});

describe('beating', () => {
  it('beating people is physical assault (182); one player beating another is sport', async () => {
    expect(await coded('Polisi memukul demonstran di Jakarta.', DOMESTIC)).toEqual(['=IDNCOP 182 =IDNOPP']);
    expect(await coded('Police beat protesters near Nairobi.', WORLD, 'en')).toEqual(['=KENCOP 182 =KENOPP']);
    const players = [{ name: 'Jannik Sinner', type: 'PER' as const }, { name: 'Carlos Alcaraz', type: 'PER' as const }];
    expect(await coded('Jannik Sinner beat Carlos Alcaraz in the final.', players, 'en')).toEqual([]);
  });
});

describe('English group words in the singular', () => {
  it('a journalist, a student, a civilian are groups of one with their roles', async () => {
    const ru = places({ Russian: 'RUS', Yekaterinburg: 'RUS' });
    expect(await coded('The journalist was arrested by Russian security forces in Yekaterinburg.', ru, 'en')).toEqual(['eRUSMIL 173 =RUSMED']);
    expect(await coded('Police arrested a student near Nairobi.', WORLD, 'en')).toEqual(['=KENCOP 173 =KENEDU']);
  });
});

describe('fines and bans', () => {
  it('a fine imposed is an administrative sanction (172); women and children are civilians', async () => {
    const specs = [...WORLD, { name: 'Komisi Eropa', type: 'ORG' as const, actor: 'IGOEUREEC' }, { name: 'European Commission', type: 'ORG' as const, actor: 'IGOEUREEC' }, { name: 'Google', type: 'ORG' as const, actor: 'USABUS' }];
    expect(await coded('Komisi Eropa mendenda Google sebesar 2,4 miliar euro.', specs)).toEqual(['eIGOEUREEC 172 eUSABUS']);
    expect(await coded('The European Commission fined Google 2.4 billion euros.', specs, 'en')).toEqual(['eIGOEUREEC 172 eUSABUS']);
    expect(await coded('Polisi melarang perempuan masuk ke Jakarta.', DOMESTIC)).toEqual(['=IDNCOP 172 =IDNCVL']);
  });
});

describe('securing people, damaging property, drug rings', () => {
  it('people secured by the police are arrested (173); an event secured is not', async () => {
    expect(await coded('Polisi mengamankan tiga pelaku di Jakarta.', DOMESTIC)).toEqual(['=IDNCOP 173 =IDNCRM']);
    expect(await coded('Pelaku diamankan polisi di Jakarta.', DOMESTIC)).toEqual(['=IDNCOP 173 =IDNCRM']);
    expect(await coded('Polisi mengamankan aksi unjuk rasa mahasiswa di Jakarta.', DOMESTIC)).not.toContain('=IDNCOP 173 =IDNEDU');
  });

  it('a crowd damaging a body\'s office destroys property (1712); a drug ring is criminal', async () => {
    const dprd = [...DOMESTIC, { name: 'DPRD Kota Makassar', type: 'ORG' as const, actor: 'IDNLEG' }];
    expect(await coded('Massa merusak kantor DPRD Kota Makassar.', dprd)).toEqual(['=IDNOPP 1712 eIDNLEG']);
    expect(await coded('Polisi menyita sabu dari jaringan narkoba di Jakarta.', DOMESTIC)).toEqual(['=IDNCOP 171 =IDNCRM']);
  });
});

describe('clashes and concluded talks', () => {
  it('a bare "bentrok" is a verb: its subject clashes with the side after "dengan" (190); the noun still takes "antara"', async () => {
    expect(await coded('Polisi bentrok dengan massa di Jakarta.', DOMESTIC)).toEqual(['=IDNCOP 190 =IDNOPP']);
    expect(await coded('Terjadi bentrok antara Israel dan Hamas di Gaza.', [...WORLD, { name: 'Hamas', type: 'ORG' as const, actor: 'PSEREB' }])).toEqual(['eISR 190 ePSEREB']);
    // the two sides then pelt each other
    expect(await coded('Polisi bentrok dengan massa di Jakarta. Kedua pihak saling lempar batu.', DOMESTIC)).toEqual([
      '=IDNCOP 190 =IDNOPP',
      '=IDNCOP 145 =IDNOPP',
      '=IDNOPP 145 =IDNCOP',
    ]);
  });

  it('concluding talks is reaching their agreement (057), and "kedua negara" after it are those two', async () => {
    const sides = places({ Indonesia: 'IDN', Vietnam: 'VNM' });
    expect(await coded('Indonesia dan Vietnam menyelesaikan perundingan batas ZEE. Kedua negara akan menandatangani perjanjian itu.', sides)).toEqual([
      'eIDN 057 eVNM',
      'eIDN 057 eVNM',
    ]);
  });
});

describe('storming', () => {
  it('a crowd storming a body protests violently (145); armed men storming one fight (190)', async () => {
    const polres = [...DOMESTIC, { name: 'Polres Bogor', type: 'ORG' as const, actor: 'IDNCOP' }];
    expect(await coded('Ratusan warga menggeruduk Polres Bogor.', polres)).toEqual(['=IDNCVL 145 eIDNCOP']);
    expect(await coded('Protesters stormed the parliament near Nairobi.', WORLD, 'en')).toEqual(['=KENOPP 145 eKEN']);
    expect(await coded('A storm hit Nairobi on Monday.', WORLD, 'en')).toEqual([]);
    // a group at a place inside a relative clause's prepositional phrase is no subject ("… dari empat perusahaan di X")
    expect(await coded('Massa buruh yang berasal dari empat perusahaan di Jakarta menggeruduk Polres Bogor.', polres)).toEqual(['=IDNOPP 145 eIDNCOP']);
  });
});

describe('people counted', () => {
  it('"orang" and "people" are a group by themselves, and two bare groups of different words are two actors', async () => {
    const polda = [...DOMESTIC, { name: 'Polda Metro Jaya', type: 'ORG' as const, actor: 'IDNCOP' }];
    expect(await coded('Polda Metro Jaya menangkap 12 orang yang diduga mencuri di Jakarta.', polda)).toEqual(['eIDNCOP 173 =IDNCVL']);
    expect(await coded('Warga mengeroyok seorang pria di Jakarta.', DOMESTIC)).toEqual(['=IDNCVL 182 =IDNCVL']);
    // one group word twice is still one actor
    expect(await coded('Pelaku memukul pelaku lain di Jakarta.', DOMESTIC)).toEqual([]);
    expect(await coded('Police arrested three men suspected of theft near Jakarta.', DOMESTIC, 'en')).toEqual(['=IDNCOP 173 =IDNCVL']);
    expect(await coded('Thousands protested in Jakarta on Saturday.', DOMESTIC, 'en')).toEqual(['=IDNCVL 141 eIDN']);
  });

  it('a counting word before who is counted is not the group: "tiga orang tersangka", "thousands of protesters"', async () => {
    expect(await coded('Polisi menangkap tiga orang tersangka di Poso.', DOMESTIC)).toEqual(['=IDNCOP 173 =IDNCRM']);
    expect(await coded('Thousands of protesters marched in Jakarta on Friday.', DOMESTIC, 'en')).toEqual(['=IDNOPP 141 eIDN']);
    expect(await coded('Police arrested two people smugglers in Jakarta.', DOMESTIC, 'en')).toEqual(['=IDNCOP 173 =IDNCRM']);
  });

  it('officials and regional heads are of government; "pejabat" before a describing word counts who follows', async () => {
    const specs = [...DOMESTIC, { name: 'Budi Santoso', type: 'PER' as const, actor: 'IDNLEG' }];
    expect(await coded('Budi Santoso meminta kepala daerah menaikkan anggaran di Jakarta.', specs)).toEqual(['eIDNLEG 020 =IDNGOV']);
    expect(await coded('Budi Santoso meminta para pejabat tinggi penegak hukum menangkap mereka di Jakarta.', specs)).toEqual(['eIDNLEG 020 =IDNCOP']);
  });

  it('those counted are of the role they are made ("menetapkan enam orang sebagai tersangka"); a convict is a criminal', async () => {
    const kpk = [...DOMESTIC, { name: 'KPK', type: 'ORG' as const, actor: 'IDNJUD' }];
    expect(await coded('KPK menetapkan enam orang sebagai tersangka di Jakarta.', kpk)).toEqual(['eIDNJUD 173 =IDNCRM']);
    expect(await coded('Polisi menangkap terpidana kasus pembunuhan di Poso.', DOMESTIC)).toEqual(['=IDNCOP 173 =IDNCRM']);
  });

  it('people killed at a named place: the place is the target, as it says more of whom', async () => {
    expect(await coded('Serangan Israel menewaskan 30 orang di Gaza.', WORLD)).toEqual(['eISR 190 ePSE']);
    expect(await coded('Israel killed 30 people in Gaza on Monday.', WORLD, 'en')).toEqual(['eISR 190 ePSE']);
  });

  it('names right after a pattern spell out the bare group inside it', async () => {
    const specs = [...DOMESTIC, { name: 'KPK', type: 'ORG' as const, actor: 'IDNJUD' }, { name: 'BP', type: 'PER' as const, actor: null }, { name: 'MRS', type: 'PER' as const, actor: null }];
    const evs = await eventsOf(stageInput('KPK menetapkan dua orang sebagai tersangka berinisial BP dan MRS di Jakarta.', specs, { lang: 'id' }));
    expect(evs.map((e) => [e.code, e.target?.entity])).toEqual([
      ['173', 'e4'],
      ['173', 'e5'],
    ]);
  });
});

describe('burning, banning, firing at each other', () => {
  it('a crowd burning property harms its owner (1712), a flag burnt is a protest against its state (141); a crowd of no country is no state', async () => {
    expect(await coded('Massa membakar pos polisi di Jakarta.', DOMESTIC)).toEqual(['=IDNOPP 1712 =IDNCOP']);
    expect(await coded('Massa membakar ban di Jakarta.', DOMESTIC)).toEqual([]);
    expect(await coded('Massa membakar bendera Israel di Gaza.', WORLD)).toEqual(['=OPP 141 eISR']);
    // (a crowd's code with no country is not a state's: no fighting, 190, for damage done)
    expect(await coded('Massa merusak rumah warga di Gaza.', WORLD)).toEqual(['=OPP 1712 =PSECVL']);
  });

  it('rioters and protest participants are the opposition, universities and government offices bodies of their role', async () => {
    expect(await coded('Rioters torched a police post near Jakarta.', DOMESTIC, 'en')).toEqual(['=IDNOPP 1712 =IDNCOP']);
    expect(await coded('Polisi mengimbau agar seluruh peserta aksi menjaga ketertiban di Jakarta.', DOMESTIC)).toEqual(['=IDNCOP 020 =IDNOPP']);
    expect(await coded('Polisi bekerja sama dengan perguruan tinggi di Jakarta.', DOMESTIC)).toEqual(['=IDNCOP 060 =IDNEDU']);
    expect(await coded('The junta arrested four activists near Jakarta.', DOMESTIC, 'en')).toEqual(['=IDNMIL 173 =IDNOPP']);
    // a suicide bomber is an armed man of no side: those he killed at a named place are the place's
    expect(await coded('A suicide bomber killed 15 people at a mosque in Jakarta.', DOMESTIC, 'en')).toEqual(['=IDNUAF 190 eIDN']);
  });

  it('an import ban put in force is an embargo on the country named (163); two sides firing at each other fight (190)', async () => {
    const sides = places({ China: 'CHN', Jepang: 'JPN', India: 'IND', Pakistan: 'PAK' });
    expect(await coded('China memberlakukan larangan impor makanan laut dari Jepang.', sides)).toEqual(['eCHN 163 eJPN']);
    expect(await coded('India dan Pakistan saling tembak di perbatasan.', sides)).toEqual(['eIND 190 ePAK']);
  });
});

describe('missiles and hostages', () => {
  it('missiles fired at a target are fighting with artillery (194), at no one named a show of force (150); hostages handed over are released', async () => {
    const sides = places({ 'Korea Utara': 'PRK', Jepang: 'JPN', Gaza: 'PSE' });
    expect(await coded('Korea Utara menembakkan rudal balistik ke arah Jepang.', sides)).toEqual(['ePRK 194 eJPN']);
    expect(await coded('Korea Utara menembakkan dua rudal balistik.', sides)).toEqual(['ePRK 150 -']);
    const hamas = [...sides, { name: 'Hamas', type: 'ORG' as const, actor: 'PSEREB' }];
    expect(await coded('Hamas menyerahkan empat sandera di Gaza.', hamas)).toEqual(['ePSEREB 0841 -']);
  });
});

describe('crime rings', () => {
  it('a crime ring broken up is arrested (173); a case uncovered or a house pulled down is no event', async () => {
    const specs = [...DOMESTIC, { name: 'Bareskrim', type: 'ORG' as const, actor: 'IDNCOP' }];
    expect(await coded('Bareskrim membongkar sindikat narkoba di Jakarta.', specs)).toEqual(['eIDNCOP 173 =IDNCRM']);
    expect(await coded('Bareskrim membongkar kasus pembunuhan di Jakarta.', specs)).toEqual([]);
    expect(await coded('Warga membongkar rumah tua di Jakarta.', specs)).toEqual([]);
  });
});
