/** Roles from the clause: voice, nominal triggers, coordination, metonymy, no source → no event. */
import { describe, expect, it } from 'vitest';
import { actorCodes, brief, briefOf, eventsOf, places, stageInput, timeAt, WORLD, type EntitySpec } from './helpers.js';

async function run(text: string, lang: 'id' | 'en' = 'id'): Promise<string[]> {
  const input = stageInput(text, WORLD, { lang });
  return brief(input, await eventsOf(input));
}

describe('voice', () => {
  it('active: the subject is the source, the object the target', async () => {
    expect(await run('Presiden Rusia Vladimir Putin mengecam Ukraina atas serangan itu.')).toEqual(['Vladimir Putin 111 Ukraina asserted']);
  });

  it('a title phrase before a name does not split it: the person heads it', async () => {
    expect(await run('Pemimpin Rusia Putin memuji Indonesia.')).toEqual(['Vladimir Putin 051 Indonesia asserted']);
  });

  it('passive di- with oleh swaps the roles', async () => {
    expect(await run('Filipina dikecam oleh Beijing pekan ini.')).toEqual(['Beijing 111 Filipina asserted']);
  });

  it('passive di- with the agent right after the verb', async () => {
    expect(await run('Ukraina diserang Rusia pada malam hari.')).toEqual(['Rusia 190 Ukraina asserted']);
  });

  it('passive di- with a group of the country right after the verb ("ditangkap polisi Malaysia")', async () => {
    const of = briefOf(places({ Indonesia: 'IDN', Malaysia: 'MYS', Johor: 'MYS' }));
    expect(await of('Dua warga Indonesia ditangkap polisi Malaysia di Johor.', 'id')).toEqual(['Malaysia 173 Indonesia asserted']);
    // a plain word that is no group is no agent's
    expect(await of('Dua warga Indonesia ditangkap usai Malaysia mengumumkan razia.', 'id')).toEqual([]);
  });

  it('a relative clause between commas after the subject is an aside: the names inside are not the subject', async () => {
    expect(await run('Prabowo, yang didampingi Menlu Sugiono, bertemu Anwar Ibrahim.')).toEqual(['Prabowo Subianto 040 Anwar Ibrahim asserted']);
    expect(await briefOf(places({ Russia: 'RUS', Moldova: 'MDA', Turkey: 'TUR' }))('Russia, which attacked Moldova last year, condemned Turkey.')).toEqual([
      'Russia 190 Moldova asserted',
      'Russia 111 Turkey asserted',
    ]);
  });

  it('the subject of a predicate after a relative clause is the noun the clause describes ("mahasiswa yang berunjuk rasa … ditangkap polisi")', async () => {
    const of = briefOf([{ name: 'Budi', type: 'PER' }, { name: 'KPK', type: 'ORG', actor: 'IDNJUD' }, { name: 'Gedung DPR', type: 'LOC', actor: 'IDN' }]);
    expect(await of('Budi yang telah menerima suap ditahan KPK.', 'id')).toEqual(['KPK 173 Budi asserted']);
    const codes = (text: string): Promise<string[]> =>
      actorCodes(text, [{ name: 'Gedung DPR', type: 'LOC', actor: 'IDN' }], 'id');
    expect(await codes('Sejumlah mahasiswa yang berunjuk rasa di depan Gedung DPR ditangkap polisi.')).toContain('IDNCOP 173 IDNEDU');
    // the object of the clause's verb is not the subject either
    expect(await run('Israel yang menyerang Gaza dikecam Turki.')).toEqual(['Israel 190 Gaza asserted', 'Turki 111 Israel asserted']);
    const people = briefOf([{ name: 'Andi', type: 'PER' }, { name: 'Budi', type: 'PER' }, { name: 'KPK', type: 'ORG', actor: 'IDNJUD' }]);
    expect(await people('Andi yang mencuri motor Budi ditahan KPK.', 'id')).toEqual(['KPK 173 Andi asserted']);
    // a place after its preposition says where the noun the clause describes was; it does not act
    const where = briefOf(places({ Magetan: 'IDN' }));
    expect(await where('Ia menyoroti insiden di Magetan yang menewaskan seorang pekerja.', 'id')).toEqual([]);
    // a verb after a coordinator shares the subject of the predicate before the relative clause of its object
    const pelaku = (text: string): Promise<string[]> => actorCodes(text, places({ Magetan: 'IDN' }), 'id');
    expect(await pelaku('Pelaku yang geram mengambil gunting yang berada di laci dan menyerang korban di Magetan.')).toEqual(['IDNCRM 180 IDNCVL']);
    // (not the ones at a place the clause describes: "pelaku di sana yang … dan belum ditangkap")
    expect(await of('Budi melihat banyak pelaku di sana yang bebas pergi dan belum ditangkap KPK.', 'id')).not.toContain('KPK 173 Budi negated');
  });

  it('a capitalized preposition inside a title is part of it ("Menteri Dalam Negeri Malaysia" is the object, not a place phrase)', async () => {
    const of = briefOf([...places({ Malaysia: 'MYS' }), { name: 'Prabowo', type: 'PER', actor: 'IDNGOV' }, { name: 'Saifuddin Nasution', type: 'PER', actor: 'MYSGOV' }]);
    expect(await of('Prabowo bertemu Menteri Dalam Negeri Malaysia Saifuddin Nasution.', 'id')).toEqual(['Prabowo 040 Saifuddin Nasution asserted']);
  });

  it('a sentence passed on someone, active or passive ("dijatuhi hukuman … oleh majelis hakim")', async () => {
    const events = await eventsOf(stageInput('Hasto Kristiyanto dijatuhi hukuman 3,5 tahun penjara oleh majelis hakim.', [{ name: 'Hasto Kristiyanto', type: 'PER' }], { lang: 'id' }));
    expect(events.map((e) => `${e.source?.actor} ${e.code}`)).toEqual(['IDNJUD 116']);
  });

  it('a passive agent past a name the pattern ends in, inside its gap, or after an investigator word', async () => {
    const of = briefOf([{ name: 'Roy Suryo', type: 'PER' }, { name: 'Jokowi', type: 'PER', actor: 'IDNGOV' }, { name: 'Polda Metro Jaya', type: 'ORG', actor: 'IDNCOP' }, { name: 'KPK', type: 'ORG', actor: 'IDNJUD' }, { name: 'Budi', type: 'PER' }]);
    expect(await of('Roy Suryo dilaporkan ke Polda Metro Jaya oleh Jokowi.', 'id')).toEqual(['Jokowi 1121 Roy Suryo asserted']);
    expect(await of('Roy Suryo dilaporkan oleh Jokowi ke Polda Metro Jaya.', 'id')).toEqual(['Jokowi 1121 Roy Suryo asserted']);
    expect(await of('Budi diperiksa penyidik KPK sebagai saksi.', 'id')).toEqual(['KPK 090 Budi asserted']);
    // a name after a word for its supporters is no actor there
    expect(await of('Roy Suryo dilaporkan ke Polda Metro Jaya oleh relawan Jokowi.', 'id')).toEqual([]);
  });

  it('an objection to an act aims at its agent ("menyatakan keberatan atas kunjungan Presiden Taiwan")', async () => {
    const of = briefOf(places({ China: 'CHN', Taiwan: 'TWN', Jepang: 'JPN' }));
    expect(await of('China menyatakan keberatan atas kunjungan Presiden Taiwan ke Jepang.', 'id')).toEqual(['China 111 Taiwan asserted']);
  });

  it('an act agreed to with no "untuk" before its verb is the event instead of the agreeing ("sepakat memperkuat kerja sama")', async () => {
    const of = briefOf(places({ Indonesia: 'IDN', Malaysia: 'MYS' }));
    expect(await of('Indonesia dan Malaysia sepakat memperkuat kerja sama pertahanan.', 'id')).toEqual(['Indonesia 062 Malaysia future']);
    expect(await of('Indonesia dan Malaysia sepakat.', 'id')).toEqual(['Indonesia 057 Malaysia asserted']);
  });

  it('verbs of saying pass their subject on to the act after "pihaknya" ("KPK menyebut pihaknya telah memeriksa X")', async () => {
    const of = briefOf([{ name: 'KPK', type: 'ORG', actor: 'IDNJUD' }, { name: 'Ade Kuswara', type: 'PER' }, { name: 'AFPI', type: 'ORG' }]);
    expect(await of('KPK menyebut pihaknya telah memeriksa Ade Kuswara.', 'id')).toEqual(['KPK 090 Ade Kuswara asserted']);
    expect(await of('KPK mengumumkan telah menahan Ade Kuswara.', 'id')).toEqual(['KPK 173 Ade Kuswara asserted']);
    // an accusation stated is not one received from whom the noun's "dari" names
    const codes = (text: string): Promise<string[]> =>
      actorCodes(text, [{ name: 'AFPI', type: 'ORG' }], 'id');
    expect(await codes('AFPI menegaskan tuduhan adanya persekongkolan dari pelaku usaha.')).toEqual([]);
  });

  it('who becomes the target of an act ("menjadi sasaran serangan Israel") is its target', async () => {
    expect(await run('Turki menjadi sasaran serangan Israel pada Senin.')).toEqual(['Israel 190 Turki asserted']);
  });

  it('caught in a sting ("terjaring OTT KPK") is arrested by the body after it; the sting itself is an arrest', async () => {
    const of = briefOf([{ name: 'Sri Hartini', type: 'PER' }, { name: 'KPK', type: 'ORG', actor: 'IDNJUD' }]);
    expect(await of('Sri Hartini terjaring OTT KPK pada Jumat.', 'id')).toEqual(['KPK 173 Sri Hartini asserted']);
    expect(await of('KPK menggelar operasi tangkap tangan terhadap Sri Hartini.', 'id')).toEqual(['KPK 173 Sri Hartini asserted']);
  });

  it('a speaker between commas is an aside, not the subject (", kata Retno,")', async () => {
    const of = briefOf([...places({ Israel: 'ISR', Gaza: 'PSE', Russia: 'RUS', Kyiv: 'UKR' }), { name: 'Retno', type: 'PER' as const }]);
    expect(await of('Israel, kata Retno, telah menyerang Gaza.', 'id')).toEqual(['Israel 190 Gaza asserted']);
    expect(await of('Russia, Retno said, attacked Kyiv.')).toEqual(['Russia 190 Kyiv asserted']);
  });

  it('a passive without an agent has no source, so no event', async () => {
    expect(await run('Budi Santoso ditangkap di rumahnya.')).toEqual([]);
  });

  it('target after kepada/terhadap/ke/dengan', async () => {
    expect(await run('Amerika Serikat menjatuhkan sanksi terhadap Iran.')).toEqual(['Amerika Serikat 163 Iran asserted']);
    expect(await run('Korea Utara memasok rudal ke Rusia.')).toEqual(['Korea Utara 072 Rusia asserted']);
  });

  it('a place after "di" is not the target', async () => {
    expect(await run('Israel mengecam Turki di Jenewa.')).toEqual(['Israel 111 Turki asserted']);
  });

  it('a fronted phrase closed by a demonstrative does not govern the name after it ("Dalam acara tersebut Retno …")', async () => {
    expect(await run('Dalam kunjungan tersebut Retno Marsudi mengecam Israel.')).toEqual(['Retno Marsudi 111 Israel asserted']);
    expect(await run('Dalam acara itu Jepang bertemu dengan Rusia.')).toEqual(['Jepang 040 Rusia asserted']);
  });

  it('nor does a frame\'s phrase with no comma, the name right before the predicate ("Dalam rangkaian kunjungan Presiden X bertemu …")', async () => {
    expect(await run('Dalam rangkaian kunjungan kerja Retno Marsudi mengecam Israel.')).toContain('Retno Marsudi 111 Israel asserted');
    // a place's phrase still governs its name ("di kantor Gubernur Jawa Barat menuntut …" is no governor's demand)
    expect(await run('Massa berkumpul di kantor Gubernur Jawa Barat menuntut kenaikan upah.')).toEqual([]);
  });
});

describe('a target preposition\'s object', () => {
  it('a name deep inside it modifies the object and is no target; one near its head is', async () => {
    const id = briefOf(places({ Prabowo: 'IDNGOV', RI: 'IDN', 'Jawa Barat': 'IDN', Israel: 'ISR' }));
    expect(await id('Prabowo memberikan apresiasi terhadap terwujudnya rencana pembangunan kampung jemaah haji RI.', 'id')).toEqual([]);
    expect(await id('Prabowo memberikan apresiasi terhadap langkah pemerintah Israel.', 'id')).toEqual(['Prabowo 051 Israel asserted']);
  });

  it('after a bare object of many words, a target preposition belongs to the object\'s noun', async () => {
    const of = briefOf(places({ Polri: 'IDNCOP', 'Budi Santoso': 'IDN', Jepang: 'JPN', Indonesia: 'IDN', Iran: 'IRN', Congress: 'USALEG' }));
    // (the arrested are the bare group, not the father after "kepada")
    expect(await of('Polri menangkap empat pelaku penipuan atau pemerasan kepada ayah Budi Santoso.', 'id')).toEqual(['Polri 173 null asserted']);
    // a short object, or one with a preposition of its own, leaves the preposition to the verb
    expect(await of('Jepang memberikan hadiah kepada Indonesia.', 'id')).toEqual(['Jepang 070 Indonesia asserted']);
    expect(await of('Congress agreed to review the rules on medicine sales in late February to Iran.', 'en')).toEqual(['Congress 030 Iran asserted']);
  });
});

describe('the agent of a relative passive after the object', () => {
  it('is whom the act aims at when the object is a thing ("menolak usulan yang diajukan Mesir"), not when it is a group', async () => {
    const of = briefOf(places({ Israel: 'ISR', Mesir: 'EGY', Indonesia: 'IDN', Aljazair: 'DZA', Malaysia: 'MYS' }));
    expect(await of('Israel menolak usulan gencatan senjata yang diajukan Mesir.', 'id')).toEqual(['Israel 120 Mesir asserted']);
    expect(await of('Indonesia mendukung resolusi yang diajukan oleh Aljazair.', 'id')).toEqual(['Indonesia 051 Aljazair asserted']);
    // (a proposal "dari" its maker too)
    expect(await of('Israel menolak usulan gencatan senjata dari Mesir.', 'id')).toEqual(['Israel 120 Mesir asserted']);
    // whom the police arrest is the group, not who else sought them
    expect(await of('Indonesia menangkap pelaku yang dicari polisi Malaysia.', 'id')).toEqual(['Indonesia 173 null asserted']);
  });

  it('a warship, a prisoner of war or a war crime is no war (kapal perang, tawanan perang, kejahatan perang)', async () => {
    const of = briefOf(places({ Filipina: 'PHL', China: 'CHN', Israel: 'ISR', Gaza: 'PSE' }));
    expect(await of('Kapal perang Filipina berlayar di dekat kapal China.', 'id')).toEqual([]);
    expect(await of('Israel membebaskan tawanan perang dari Gaza.', 'id')).not.toContain('Israel 190 Gaza asserted');
    // (inside a longer trigger too: an exchange of prisoners of war is no war)
    expect(await of('Israel dan Gaza melakukan pertukaran tawanan perang.', 'id')).toEqual(['Israel 0841 Gaza asserted']);
  });
});

describe('stones thrown', () => {
  it('protesters pelting or throwing stones at the police protest violently (145), aimed at the police', async () => {
    const codes = (text: string, lang: 'id' | 'en'): Promise<string[]> =>
      actorCodes(text, [], lang);
    expect(await codes('Protesters threw stones at police in the capital.', 'en')).toEqual(['OPP 145 COP']);
    // (an Indonesian text's groups are Indonesia's by default)
    expect(await codes('Massa melempari polisi dengan batu.', 'id')).toEqual(['IDNOPP 145 IDNCOP']);
    expect(await codes('Pendemo melemparkan botol ke aparat kepolisian.', 'id')).toEqual(['IDNOPP 145 IDNCOP']);
  });
});

describe('extradition requests, strikes, traded accusations and vows of retaliation', () => {
  const specs = [
    ...places({ Australia: 'AUS', Indonesia: 'IDN', Singapore: 'SGP', China: 'CHN', Philippines: 'PHL', Iran: 'IRN', Israel: 'ISR', Malaysia: 'MYS', Myanmar: 'MMR', Bekasi: 'IDN' }),
    { name: 'John Smith', type: 'PER' as const },
  ];
  const of = briefOf(specs);

  it('asking for someone\'s extradition is an appeal for judicial cooperation (0213) aimed at the state asked, not the extradition (063)', async () => {
    expect(await of('Australia meminta ekstradisi John Smith kepada Indonesia.', 'id')).toEqual(['Australia 0213 Indonesia asserted']);
    expect(await of('Indonesia mengekstradisi John Smith ke Australia.', 'id')).toEqual(['Indonesia 063 John Smith asserted']);
    expect(await of('Australia requested the extradition of John Smith from Indonesia.', 'en')).toEqual(['Australia 0213 Indonesia asserted']);
    // a request sent or submitted (support verbs)
    expect(await of('Indonesia submitted an extradition request to Singapore.', 'en')).toEqual(['Indonesia 0213 Singapore asserted']);
  });

  it('workers on strike ("buruh mogok") strike (143), as a bare verb or as a noun after "aksi"', async () => {
    const codes = (text: string): Promise<string[]> =>
      actorCodes(text, specs, 'id');
    expect(await codes('Ribuan buruh mogok kerja di Bekasi menuntut kenaikan upah.')).toEqual(['IDNLAB 143 IDN']);
    expect(await codes('Aksi mogok buruh di Bekasi berlangsung tiga hari.')).toEqual(['IDNLAB 143 IDN']);
  });

  it('a mediation between two sides mediates between them (045), by whoever launched it', async () => {
    const of2 = briefOf(places({ Qatar: 'QAT', Israel: 'ISR', Iran: 'IRN' }));
    expect(await of2('Qatar launched a mediation effort between Israel and Iran.', 'en')).toEqual(['Qatar 045 Israel asserted', 'Qatar 045 Iran asserted']);
  });

  it('two sides trading accusations accuse each other (112); a vow to retaliate against someone threatens force (138)', async () => {
    expect(await of('China and the Philippines traded accusations after the collision.', 'en')).toEqual(['China 112 Philippines asserted']);
    expect(await of('Iran vowed to retaliate against Israel.', 'en')).toEqual(['Iran 138 Israel asserted']);
  });

  it('a support verb in -ing and a number in the noun\'s modifiers still give the noun its agent ("are continuing a 24-hour hunger strike")', async () => {
    const codes = (text: string): Promise<string[]> =>
      actorCodes(text, specs, 'en');
    expect(await codes('Refugees in Malaysia are continuing a 24-hour hunger strike.')).toEqual(['MYSREF 142 undefined']);
    expect(await of('Iran is launching attacks on Israel.', 'en')).toEqual(['Iran 190 Israel asserted']);
  });

  it('seeking asylum is an appeal for humanitarian aid (0233) aimed at the country asked; granting it is 075', async () => {
    const of2 = briefOf([...specs, ...places({ Jerman: 'DEU', Germany: 'DEU', Afghanistan: 'AFG', Afghan: 'AFG' })]);
    expect(await of2('Ribuan pengungsi Afghanistan meminta suaka di Jerman.', 'id')).toEqual(['Afghanistan 0233 Jerman asserted']);
    expect(await of2('Afghan refugees sought asylum in Germany.', 'en')).toEqual(['Afghan 0233 Germany asserted']);
    expect(await of2('Germany granted asylum to Afghan refugees.', 'en')).toEqual(['Germany 075 Afghan asserted']);
  });

  it('a time inside a pattern\'s gap costs nothing ("threatened today to hold a general strike unless …")', async () => {
    const text = 'Workers in Malaysia threatened today to hold a general strike unless Israel rescinded the law.';
    const input = stageInput(text, specs, { lang: 'en', times: [timeAt(text, 'today', '2025-06-04')] });
    expect((await eventsOf(input)).map((e) => `${e.source?.actor} ${e.code} ${e.target?.actor}`)).toEqual(['MYSLAB 133 ISR']);
  });

  it('"in protest" is the manner of the act told, no protest by the name before it', async () => {
    expect(await of('Malaysia recalled its ambassador from Myanmar on Monday in protest over the execution of four activists.', 'en')).toEqual([
      'Malaysia 161 Myanmar asserted',
    ]);
  });
});

describe('bans on trade, fishermen of a country, peacekeepers deployed', () => {
  const of = briefOf(places({ Indonesia: 'IDN', China: 'CHN', 'Korea Selatan': 'KOR', Vietnam: 'VNM', Pakistan: 'PAK', Iraq: 'IRQ' }));

  it('banning imports from a country or exports to it aims at that country (163)', async () => {
    expect(await of('Indonesia melarang impor pakaian bekas dari Korea Selatan.', 'id')).toEqual(['Indonesia 163 Korea Selatan asserted']);
    expect(await of('Indonesia banned exports of nickel ore to China.', 'en')).toEqual(['Indonesia 163 China asserted']);
  });

  it('fishermen, tourists or medics named with a country are that country\'s (nelayan Indonesia: IDNAGR)', async () => {
    const codes = (text: string): Promise<string[]> =>
      actorCodes(text, places({ Indonesia: 'IDN', Vietnam: 'VNM' }), 'id');
    expect(await codes('Vietnam menangkap 12 nelayan Indonesia di perairan Natuna.')).toEqual(['VNM 173 IDNAGR']);
    expect(await codes('Vietnam menjatuhkan sanksi kepada pejabat Indonesia.')).toEqual(['VNM 163 IDNGOV']);
  });

  it('a sentence passed on someone (menjatuhkan hukuman mati kepada, 116); people set free as a group are released (084), land and fees freed are not', async () => {
    const codes = async (text: string): Promise<string[]> =>
      (await eventsOf(stageInput(text, [{ name: 'Freddy Budiman', type: 'PER' as const }], { lang: 'id' }))).map((e) => `${e.source?.actor} ${e.code} ${e.target?.actor ?? e.target?.entity}`);
    expect(await codes('Hakim menjatuhkan hukuman mati kepada Freddy Budiman.')).toEqual(['IDNJUD 116 e1']);
    expect(await codes('Polisi membebaskan lima mahasiswa yang ditangkap saat demo.')).toEqual(['IDNCOP 084 IDNEDU']);
    expect(await codes('Pemerintah membebaskan lahan warga untuk proyek jalan tol.')).toEqual([]);
  });

  it('peacekeepers deployed somewhere protect it (074)', async () => {
    expect(await of('Pakistan will deploy peacekeepers in Iraq.', 'en')).toEqual(['Pakistan 074 Iraq future']);
  });
});

describe('what is signed, and short forms in parentheses', () => {
  const specs = [
    { name: 'Sugiono', type: 'PER' as const, actor: 'IDNGOV' },
    { name: 'Vietnam', type: 'LOC' as const, actor: 'VNM' },
    { name: 'Komisi Pemberantasan Korupsi', type: 'ORG' as const, actor: 'IDNJUD' },
    { name: 'Immanuel Ebenezer', type: 'PER' as const, actor: 'IDNGOV' },
  ];
  const of = briefOf(specs);

  it('agreeing to an act right after ("sepakat bertemu") is that act, future, not an agreement of its own', async () => {
    expect(await of('Sugiono dan Vietnam sepakat bertemu pekan depan.', 'id')).toEqual(['Sugiono 040 Vietnam future']);
    expect(await of('Sugiono dan Vietnam sepakat.', 'id')).toEqual(['Sugiono 057 Vietnam asserted']);
  });

  it('a memorandum of cooperation signed with someone is a signed agreement (057) with them, not a cooperation of its own', async () => {
    expect(await of('Sugiono dan Vietnam menandatangani perjanjian kemitraan ekonomi.', 'id')).toEqual(['Sugiono 057 Vietnam asserted']);
    expect(await of('Sugiono menandatangani nota kesepahaman kerja sama pendidikan dengan Vietnam.', 'id')).toEqual(['Sugiono 057 Vietnam asserted']);
    expect(await of('Sugiono menandatangani nota kesepahaman (MoU) kerja sama pendidikan dengan Vietnam di Hanoi.', 'id')).toEqual([
      'Sugiono 057 Vietnam asserted',
    ]);
  });

  it('a short form in parentheses after the object or a title does not end the search for the target', async () => {
    expect(await of('Komisi Pemberantasan Korupsi menangkap Wakil Menteri Ketenagakerjaan (Wamenaker) Immanuel Ebenezer.', 'id')).toEqual([
      'Komisi Pemberantasan Korupsi 173 Immanuel Ebenezer asserted',
    ]);
  });
});

describe('English shootings and things provided', () => {
  const specs = places({ Kenya: 'KEN', Nairobi: 'KEN', Indonesia: 'IDN', Japan: 'JPN', Japanese: 'JPN', Ukraine: 'UKR', 'United States': 'USA' });
  const codes = (text: string): Promise<string[]> =>
    actorCodes(text, specs, 'en');

  it('shooting someone (180, 193 by armed forces) or shooting them dead (1823, 190 by armed forces); an irregular past after "were" is passive', async () => {
    expect(await codes('Two protesters were shot dead by police in Nairobi.')).toEqual(['KENCOP 190 KENOPP']);
    expect(await codes('Protesters in Kenya shot two police officers.')).toEqual(['KENOPP 180 KENCOP']);
    // a film is shot at no one
    expect(await codes('Protesters in Kenya shot a film in Nairobi.')).toEqual([]);
  });

  it('seizing something from someone aims at them (171), a demonym\'s armed groups being that country\'s', async () => {
    expect(await codes('Police in Kenya confiscated weapons from Japanese armed groups.')).toEqual(['KENCOP 171 JPNUAF']);
    const id = async (text: string): Promise<string[]> =>
      (await eventsOf(stageInput(text, [{ name: 'Kejaksaan Agung', type: 'ORG' as const, actor: 'IDNJUD' }, { name: 'PT Sritex', type: 'ORG' as const, actor: 'IDNBUS' }], { lang: 'id' }))).map(
        (e) => `${e.source?.actor} ${e.code} ${e.target?.actor}`,
      );
    expect(await id('Kejaksaan Agung menyita puluhan mobil dari PT Sritex.')).toEqual(['IDNJUD 171 IDNBUS']);
    // after the noun, "dari" names who seized
    expect(await id('Penyitaan itu dilakukan oleh tim dari Kejaksaan Agung.')).toEqual([]);
  });

  it('inmates, fundamentalists, settlers and lawmakers are groups that act by themselves', async () => {
    expect(await codes('Inmates rioted in Nairobi on Monday.')).toEqual(['KENCRM 145 KEN']);
    expect(await codes('Lawmakers in Kenya condemned Japan.')).toEqual(['KENLEG 111 JPN']);
  });

  it('providing someone with something gives it to them (070; weapons 072)', async () => {
    const of = briefOf(specs);
    expect(await of('Japan will provide Indonesia with two patrol vessels.', 'en')).toEqual(['Japan 070 Indonesia future']);
    expect(await of('The United States provided Ukraine with weapons.', 'en')).toEqual(['United States 072 Ukraine asserted']);
  });
});

describe('a passive act in the frame of an act named again', () => {
  it('has that act\'s agent, even when the act itself aimed at no one ("ditangkap dalam penggerebekan itu", "arrested in the raid")', async () => {
    const specs = [
      { name: 'BNN', type: 'ORG' as const, actor: 'IDNCOP' },
      ...places({ Medan: 'IDN', Malaysia: 'MYS', Israel: 'ISR', Gaza: 'PSE', Palestinians: 'PSE' }),
    ];
    const codes = (text: string, lang: 'id' | 'en'): Promise<string[]> =>
      actorCodes(text, specs, lang);
    expect(await codes('BNN menggerebek sebuah gudang di Medan. Tiga warga negara Malaysia ditangkap dalam penggerebekan itu.', 'id')).toEqual([
      'IDNCOP 173 MYSCVL',
    ]);
    expect(await codes('Israel attacked Gaza on Monday. Three Palestinians were detained during the attack.', 'en')).toEqual(['ISR 190 PSE', 'ISR 173 PSE']);
    // no act told before: no agent
    expect(await codes('Tiga warga negara Malaysia ditangkap dalam penggerebekan itu.', 'id')).toEqual([]);
  });
});

describe('prisoner exchanges and reports to the police', () => {
  it('an exchange of prisoners is a release between the two sides (0841), verb or noun, Indonesian and English', async () => {
    expect(await run('Ukraina dan Rusia bertukar tawanan perang pada Sabtu.')).toEqual(['Ukraina 0841 Rusia asserted']);
    expect(await run('Pertukaran tawanan antara Rusia dan Ukraina berlangsung di perbatasan.')).toEqual(['Rusia 0841 Ukraina asserted']);
    const en = briefOf(places({ Russia: 'RUS', Ukraine: 'UKR' }));
    expect(await en('Russia and Ukraine exchanged prisoners on Saturday.')).toEqual(['Russia 0841 Ukraine asserted']);
    expect(await en('Russia and Ukraine swapped 75 prisoners each.')).toEqual(['Russia 0841 Ukraine asserted']);
  });

  it('an amnesty or a pardon granted releases the person (0841), Indonesian and English', async () => {
    const of = briefOf([
      { name: 'Prabowo Subianto', type: 'PER' as const, actor: 'IDNGOV', aliases: ['Prabowo'] },
      { name: 'Hasto Kristiyanto', type: 'PER' as const },
    ]);
    expect(await of('Presiden Prabowo memberikan amnesti kepada Hasto Kristiyanto.', 'id')).toEqual(['Prabowo Subianto 0841 Hasto Kristiyanto asserted']);
    expect(await of('Hasto Kristiyanto diberi grasi oleh Presiden Prabowo.', 'id')).toEqual(['Prabowo Subianto 0841 Hasto Kristiyanto asserted']);
    expect(await of('President Prabowo granted amnesty to Hasto Kristiyanto.')).toEqual(['Prabowo Subianto 0841 Hasto Kristiyanto asserted']);
    expect(await of('Prabowo pardoned Hasto Kristiyanto.')).toEqual(['Prabowo Subianto 0841 Hasto Kristiyanto asserted']);
    expect(await of('Presiden Prabowo mengampuni Hasto Kristiyanto.', 'id')).toEqual(['Prabowo Subianto 0841 Hasto Kristiyanto asserted']);
    // a relative named after a comma is the one pardoned
    expect(await of('Presiden Prabowo mengampuni putranya, Hasto Kristiyanto.', 'id')).toEqual(['Prabowo Subianto 0841 Hasto Kristiyanto asserted']);
    expect(await of('Prabowo pardoned his son, Hasto Kristiyanto.')).toEqual(['Prabowo Subianto 0841 Hasto Kristiyanto asserted']);
    // (a word may describe the relative: "istri sirinya, X")
    expect(await of('Prabowo Subianto mengampuni istri keduanya, Hasto Kristiyanto.', 'id')).toEqual(['Prabowo Subianto 0841 Hasto Kristiyanto asserted']);
  });

  it('setting people free is a release (084): a person, a group or a country\'s people, not land, a report or a statement', async () => {
    const codes = (text: string, lang: 'id' | 'en'): Promise<string[]> =>
      actorCodes(text, [...places({ Iran: 'IRN', Prancis: 'FRA', French: 'FRA' }), { name: 'Budi Santoso', type: 'PER' as const }], lang);
    expect(await codes('Iran membebaskan dua warga negara Prancis yang ditahan sejak 2022.', 'id')).toEqual(['IRN 084 FRACVL']);
    expect(await codes('Iran membebaskan Budi Santoso pada Jumat.', 'id')).toEqual(['IRN 084 null']);
    expect(await codes('Iran freed two French nationals on Friday.', 'en')).toEqual(['IRN 084 FRACVL']);
    expect(await codes('Iran released Budi Santoso on Friday.', 'en')).toEqual(['IRN 084 null']);
    expect(await codes('Iran released a statement on Friday.', 'en')).toEqual([]);
    expect(await codes('Iran membebaskan lahan di Prancis.', 'id')).toEqual([]);
    // ("Iran" as a state is no country's people)
    expect(await codes('Prancis membebaskan Iran dari sanksi.', 'id')).toEqual([]);
  });

  it('a higher court raising a sentence passes it (116)', async () => {
    const of = briefOf([
      { name: 'Pengadilan Tinggi Jakarta', type: 'ORG' as const, actor: 'IDNJUD' },
      { name: 'Hasto Kristiyanto', type: 'PER' as const },
    ]);
    expect(await of('Pengadilan Tinggi Jakarta memperberat hukuman Hasto Kristiyanto menjadi 20 tahun penjara.', 'id')).toEqual([
      'Pengadilan Tinggi Jakarta 116 Hasto Kristiyanto asserted',
    ]);
  });

  it('reporting someone over an alleged offence accuses them (1121), however far the authority comes after', async () => {
    const of = briefOf([
      { name: 'Sahara', type: 'PER' as const },
      { name: 'Imam Muslimin', type: 'PER' as const },
    ]);
    expect(await of('Sahara melaporkan Imam Muslimin atas dugaan pencemaran nama baik ke polisi.', 'id')).toEqual(['Sahara 1121 Imam Muslimin asserted']);
    // reporting one's own assets is no accusation
    expect(await of('Sahara melaporkan harta kekayaan senilai Rp 1 miliar kepada Imam Muslimin.', 'id')).toEqual([]);
  });
});

describe('Indonesian verbs of help, coordination and cancelled visits', () => {
  it('membantu is aid (070), berkoordinasi dengan a consultation (040), membatalkan kunjungan a cut (160)', async () => {
    const id = briefOf(places({ 'Amerika Serikat': 'USA', Ukraina: 'UKR', Polri: 'IDNCOP', KPK: 'IDNJUD', China: 'CHN', Indonesia: 'IDN' }));
    expect(await id('Amerika Serikat membantu Ukraina.', 'id')).toEqual(['Amerika Serikat 070 Ukraina asserted']);
    expect(await id('Polri berkoordinasi dengan KPK.', 'id')).toEqual(['Polri 040 KPK asserted']);
    // discussing together is consulting: two subjects, or one with "dengan"/"bersama"
    expect(await id('Indonesia dan China membahas kerja sama maritim.', 'id')).toEqual(['Indonesia 040 China asserted']);
    expect(await id('Polri membahas rencana itu dengan KPK.', 'id')).toEqual(['Polri 040 KPK asserted']);
    expect(await id('Polri membahas rencana itu.', 'id')).toEqual([]);
    expect(await id('Indonesia membatalkan kunjungan ke China.', 'id')).toEqual(['Indonesia 160 China asserted']);
    // help with no one named is no event
    expect(await id('Kebijakan itu membantu mempercepat pertumbuhan.', 'id')).toEqual([]);
  });

  it('handing over aid and lending are aid; borrowing is not lending', async () => {
    const of = briefOf(places({ Jepang: 'JPN', China: 'CHN', Indonesia: 'IDN', Palestina: 'PSE', Germany: 'DEU', Syria: 'SYR', 'European Union': 'IGOEUREEC', Kenya: 'KEN', Zambia: 'ZMB' }));
    expect(await of('Jepang menyerahkan bantuan kepada Palestina.', 'id')).toEqual(['Jepang 070 Palestina asserted']);
    expect(await of('China meminjamkan dana kepada Indonesia.', 'id')).toEqual(['China 071 Indonesia asserted']);
    expect(await of('Indonesia meminjam dana dari China.', 'id')).toEqual([]);
    expect(await of('Germany handed over 300 tonnes of medicine to Syria.', 'en')).toEqual(['Germany 073 Syria asserted']);
    expect(await of('The European Union gave Kenya 5 million dollars of aid.', 'en')).toEqual(['European Union 070 Kenya asserted']);
    // an article before a name costs nothing in a pattern's gap, as the name's words do
    expect(await of('The European Union gave the Kenya Red Cross 5 million dollars of aid.', 'en')).toEqual(['European Union 070 Kenya asserted']);
    expect(await of('China lent Zambia 2 billion dollars.', 'en')).toEqual(['China 071 Zambia asserted']);
    // compensation and donations handed over are aid, to whom they go ("ke")
    expect(await of('Jepang menyerahkan santunan ke Palestina.', 'id')).toEqual(['Jepang 070 Palestina asserted']);
    expect(await of('Jepang menyalurkan santunan kepada Palestina.', 'id')).toEqual(['Jepang 070 Palestina asserted']);
  });

  it('past a copula the words say what an act is, not whom it aims at ("… merupakan bentuk perhatian pemerintah")', async () => {
    const of = briefOf([...places({ Jepang: 'JPN', Indonesia: 'IDN' }), { name: 'Romo', type: 'PER' as const }]);
    expect(await of('Jepang menyerahkan bantuan yang merupakan bentuk perhatian Indonesia.', 'id')).toEqual(['Jepang 070 null asserted']);
    expect(await of('Romo menyampaikan pemberian bantuan ini merupakan bentuk perhatian Indonesia.', 'id')).toEqual(['Romo 070 null asserted']);
  });

  it('English strikes, threats of attacks and groups of a country that organise them', async () => {
    const of = briefOf(places({ Nigeria: 'NGA', Nepal: 'NPL', Hamas: 'PSEREB', Israel: 'ISR' }));
    expect(await of('Opposition parties in Nepal organized a general strike.', 'en')).toEqual(['Nepal 143 null asserted']);
    const input = stageInput('Trade unions in Nigeria held a general strike.', places({ Nigeria: 'NGA' }), { lang: 'en' });
    expect((await eventsOf(input)).map((e) => `${e.source?.actor} ${e.code}`)).toEqual(['NGALAB 143']);
    expect(await of('Hamas threatened to resume attacks on Israel.', 'en')).toEqual(['Hamas 138 Israel asserted']);
  });

  it('what is threatened names the threat: aid, relations, a curfew, a protest, a blockade', async () => {
    const of = briefOf(places({ 'United States': 'USA', Kenya: 'KEN', Iran: 'IRN', Inggris: 'GBR', Israel: 'ISR', Gaza: 'PSE', Nepal: 'NPL', Kathmandu: 'NPL', Algeria: 'DZA' }));
    expect(await of('The United States threatened to cut off aid to Kenya.', 'en')).toEqual(['United States 1311 Kenya asserted']);
    expect(await of('Iran mengancam memutus hubungan diplomatik dengan Inggris.', 'id')).toEqual(['Iran 1313 Inggris asserted']);
    expect(await of('Algeria threatened to impose a curfew.', 'en')).toEqual(['Algeria 1323 null asserted']);
    expect(await of('Israel reimposed a blockade on Gaza.', 'en')).toEqual(['Israel 191 Gaza asserted']);
    expect(await of('Israel imposed a blockade on Gaza.', 'en')).toEqual(['Israel 191 Gaza asserted']);
    // a curfew lifted somewhere eases restrictions there (0813)
    expect(await of('Israel lifted the curfew in Gaza.', 'en')).toEqual(['Israel 0813 Gaza asserted']);
    expect(await of('Israel mencabut jam malam di Gaza.', 'id')).toEqual(['Israel 0813 Gaza asserted']);
    expect(await of('Nepal memberlakukan jam malam.', 'id')).toEqual(['Nepal 1723 null asserted']);
    expect(await of('Buruh Nepal mengancam mogok jika Israel tidak mencabut undang-undang itu.', 'id')).toEqual(['Nepal 133 Israel asserted']);
  });
});

describe('nominal triggers', () => {
  it('a name right after a noun is its agent ("serangan Israel")', async () => {
    expect(await run('Serangan Israel ke Gaza menewaskan 20 orang.')).toEqual(['Israel 190 Gaza asserted']);
  });

  it('a name coordinated with the agent after "oleh" or "dari" is none of its targets', async () => {
    const of = briefOf([
      { name: 'KPK', type: 'ORG', actor: 'IDNJUD' },
      { name: 'Budi', type: 'PER' },
      { name: 'Dahlan Iskan', type: 'PER' },
      { name: 'Rosmala', type: 'PER' },
      { name: 'Kementerian Agama', type: 'ORG', actor: 'IDNGOV' },
      { name: 'BPJS Ketenagakerjaan', type: 'ORG', actor: 'IDNGOV' },
    ]);
    // "oleh KPK dan kehadiran Budi" is no pair of sides acting on each other
    expect(await of('Ia menjelaskan pemeriksaan oleh KPK dan kehadiran Budi.', 'id')).toEqual([]);
    // the name inside a noun pattern's gap is its target when the agent is named
    expect(await of('Ia menjelaskan pemanggilan Dahlan Iskan untuk pemeriksaan oleh KPK dan ketidakjelasan kehadiran Dahlan Iskan.', 'id')).toEqual(['KPK 091 Dahlan Iskan asserted']);
    // with no agent named, the gap's name has no one acting on it
    expect(await of('Pasca pemanggilan Dahlan Iskan untuk pemeriksaan, Budi akan mengawal kasus ini.', 'id')).toEqual([]);
    // support "dari" two bodies goes to the one who thanks them, not from one body to the other
    expect(await of('Rosmala berterima kasih atas perhatian dan dukungan dari Kementerian Agama serta BPJS Ketenagakerjaan.', 'id')).toEqual([
      'Kementerian Agama 051 Rosmala asserted',
      'BPJS Ketenagakerjaan 051 Rosmala asserted',
    ]);
  });

  it('English: "of" after an act\'s noun names whom it is done to; its agent may follow ("the attack on X by Y")', async () => {
    const of = briefOf(places({ Poland: 'POL', Ukraine: 'UKR', Kharkiv: 'UKR', Russia: 'RUS', Pakistan: 'PAK', 'Imran Khan': 'PAKOPP' }));
    expect(await of('Russia continued the shelling of Kharkiv.')).toEqual(['Russia 194 Kharkiv asserted']);
    expect(await of('The arrest of Imran Khan by Pakistan sparked protests.')).toEqual(['Pakistan 173 Imran Khan asserted']);
    expect(await of('The attack on Kharkiv by Russia killed five people.')).toEqual(['Russia 190 Kharkiv asserted']);
    // ordering someone's arrest, or issuing a warrant for it, is the arrest's act; a word or two may describe the name after "of"
    expect(await of('Pakistan ordered the arrest of former Prime Minister Imran Khan.')).toEqual(['Pakistan 173 Imran Khan asserted']);
    expect(await of('Pakistan issued an arrest warrant for Imran Khan.')).toEqual(['Pakistan 173 Imran Khan asserted']);
    // a participle after a preposition takes the name right after it as its object, and the clause's subject
    // past an irregular verb ("spoke after meeting X")
    expect(await of('Poland spoke after meeting Ukraine in Kharkiv.')).toEqual(['Poland 040 Ukraine asserted']);
    // the infinitive's "to" after a pledge introduces no target ("pledged to build … after Russia banned …")
    expect(await of('Poland pledged to build a factory in Kharkiv after Russia banned sales.')).not.toContain('Poland 030 Russia asserted');
    // a participle after a free relative's clause shares the subject of the verb before it ("struck what the
    // military said were Hamas depots in Kharkiv, killing …")
    const struck = await briefOf(places({ Poland: 'POL', Hamas: 'PSEREB', Kharkiv: 'UKR' }))('Poland struck what the military said were Hamas depots in Kharkiv, killing three people.');
    expect(struck.length).toBeGreaterThan(0);
    expect(struck.every((e) => e.startsWith('Poland '))).toBe(true);
    // a ceasefire brokered by two is their mediation, no agreement between them
    expect(await of('It violated a ceasefire brokered by Poland and Ukraine.')).toEqual([]);
    expect(await of('Poland brokered a ceasefire between Russia and Ukraine.')).toEqual(['Poland 045 Russia asserted', 'Poland 045 Ukraine asserted']);
    // military drills around another are a show of force (150) by the country's forces; joint ones cooperation (062)
    expect(await briefOf(places({ Chinese: 'CHN', Taiwan: 'TWN' }))('Chinese warships conducted drills around Taiwan.')).toEqual(['Chinese 150 Taiwan asserted']);
    // backing a side is supporting it (051); "back" alone is mostly an adverb
    expect(await of('Poland and Pakistan have backed Ukraine.')).toEqual(['Poland 051 Ukraine asserted', 'Pakistan 051 Ukraine asserted']);
    expect(await of('Poland came back to Kharkiv.')).toEqual([]);
    // seeking talks with someone is an intent to meet them (036)
    expect(await of('Poland will seek talks with Ukraine.')).toEqual(['Poland 036 Ukraine future']);
    expect(await run('Pengadilan memerintahkan penangkapan Budi Santoso.')).toEqual(['null 173 Budi Santoso asserted']);
    expect(await run('Polda Metro Jaya menerbitkan surat perintah penangkapan terhadap Budi Santoso.')).toEqual(['Polda Metro Jaya 173 Budi Santoso asserted']);
    // a verb aimed at the act aims at its agent, or, with none named, at whom it was done to
    expect(await of('Poland condemned the attack on Kharkiv by Russia.')).toEqual(['Poland 111 Russia asserted']);
    expect(await of('Ukraine condemned the shelling of Kharkiv by Russia.')).toEqual(['Ukraine 111 Russia asserted']);
    expect(await of('Poland condemned the bombing of Kharkiv.')).toEqual(['Poland 111 Kharkiv asserted']);
    // an act whose own preposition names the target: "of" is not it ("the withdrawal of troops from …")
    expect(await of('Russia announced the withdrawal of Russian troops from Ukraine.')).toEqual(['Russia 087 Ukraine asserted']);
  });

  it('the agent of an act condemned or investigated ("by X") is whom the verb aims at', async () => {
    const of = briefOf(places({ Turkey: 'TUR', Hamas: 'PSE', Israel: 'ISR', Croatia: 'HRV', Serbia: 'SRB' }));
    expect(await of('Turkey condemned the attack by Hamas on Israel.')).toEqual(['Turkey 111 Hamas asserted']);
    expect(await of('Turkey condemned the attack on Israel.')).toEqual(['Turkey 111 Israel asserted']);
    expect(await of('Croatia is investigating alleged war crimes by Serbia.')).toEqual(['Croatia 090 Serbia asserted']);
    // a participle between the act's noun and "by" ("the sanctions imposed by …")
    expect(await of('Turkey condemned the new sanctions imposed by Israel.')).toEqual(['Turkey 111 Israel asserted']);
    const id = briefOf(places({ Turki: 'TUR', Hamas: 'PSE', Israel: 'ISR' }));
    expect(await id('Turki mengecam serangan oleh Hamas terhadap Israel.', 'id')).toEqual(['Turki 111 Hamas asserted']);
  });

  it('an act right after a verb is its object; the act\'s agent is whom the verb aims at ("menentang sanksi AS")', async () => {
    const of = briefOf(places({ Rusia: 'RUS', AS: 'USA', Indonesia: 'IDN', Israel: 'ISR', Gaza: 'PSE' }));
    expect(await of('Rusia menentang sanksi AS.', 'id')).toEqual(['Rusia 111 AS asserted']);
    expect(await of('Indonesia mengutuk serangan Israel terhadap warga Gaza.', 'id')).toEqual([
      'Indonesia 111 Israel asserted',
      'Israel 190 Gaza asserted',
    ]);
    // not an act with an owner of its own ("-nya"), nor one further on
    expect(await of('Rusia menentang keras rencana sanksi AS.', 'id')).toEqual([]);
  });

  it('a run of capitalized words is one word in a pattern\'s gap ("menetapkan Bupati Kolaka Timur Abdul Azis sebagai tersangka")', async () => {
    const specs: EntitySpec[] = [
      { name: 'KPK', type: 'ORG', actor: 'IDNJUD' },
      { name: 'Abdul Azis', type: 'PER', actor: 'IDNGOV' },
      ...places({ Rusia: 'RUS', 'Korea Utara': 'PRK', Moskow: 'RUS' }),
    ];
    const of = briefOf(specs);
    expect(await of('KPK menetapkan Bupati Kolaka Timur Abdul Azis sebagai tersangka kasus suap.', 'id')).toEqual(['KPK 173 Abdul Azis asserted']);
    // whom one invites is in the gap
    expect(await of('Rusia akan mengundang Menteri Luar Negeri Korea Utara untuk berkunjung ke Moskow.', 'id')).toContain('Rusia 036 Korea Utara future');
    // a name set off by commas is an apposition inside the gap, and the one the act is about
    const appos = briefOf([
      { name: 'KPK', type: 'ORG', actor: 'IDNJUD' },
      { name: 'PT Jiwa Nusantara', type: 'ORG', actor: 'IDNBUS' },
      { name: 'Hendra Wijaya', type: 'PER' },
    ]);
    expect(await appos('KPK menetapkan mantan Direktur Utama PT Jiwa Nusantara, Hendra Wijaya, sebagai tersangka.', 'id')).toEqual(['KPK 173 Hendra Wijaya asserted']);
    // with the name's short form in parentheses, which ends no clause
    expect(await appos('KPK menetapkan Direktur Utama PT Jiwa Nusantara, Hendra Wijaya (HW), sebagai tersangka.', 'id')).toEqual(['KPK 173 Hendra Wijaya asserted']);
    expect(await appos('KPK menetapkan Hendra Wijaya (HW) sebagai tersangka.', 'id')).toEqual(['KPK 173 Hendra Wijaya asserted']);
  });

  it('"menembaki" (firing at, again and again) is shooting like "menembak"', async () => {
    const of = briefOf(places({ Israel: 'ISR', Hamas: 'PSE' }));
    expect(await of('Pasukan Israel menembaki posisi Hamas.', 'id')).toEqual(['Israel 193 Hamas asserted']);
  });

  it('a withdrawal from a place, completed or sped up, is its subject\'s; invasion forces are no invasion', async () => {
    const of = briefOf(places({ 'United States': 'USA', Panama: 'PAN', Israel: 'ISR', Gaza: 'PSE' }));
    expect(await of('The United States speeded up the withdrawal of some invasion forces from Panama.')).toEqual(['United States 087 Panama asserted']);
    expect(await of('Israel completed its withdrawal from Gaza.')).toEqual(['Israel 087 Gaza asserted']);
  });

  it('launching missiles or rockets at or into a target is fighting with artillery (194)', async () => {
    const of = briefOf(places({ Hamas: 'PSE', Israel: 'ISR', Russia: 'RUS', Kyiv: 'UKR' }));
    expect(await of('Hamas launched rockets into Israel.')).toEqual(['Hamas 194 Israel asserted']);
    expect(await of('Russia launched missiles at Kyiv.')).toEqual(['Russia 194 Kyiv asserted']);
    expect(await of('Russia launched a missile.')).toEqual([]);
  });

  it('a joint patrol or exercise is military cooperation between those who hold it (062)', async () => {
    const of = briefOf(places({ Indonesia: 'IDN', Australia: 'AUS', 'Timor Sea': 'TLS' }));
    expect(await of('Indonesia and Australia held their first joint naval patrol in the Timor Sea.')).toEqual(['Indonesia 062 Australia asserted']);
    expect(await of('Indonesia dan Australia menggelar patroli bersama di Laut Timor.', 'id')).toEqual(['Indonesia 062 Australia asserted']);
  });

  it('a firefight is fighting with small arms (193), aimed at whom the subject engaged in it', async () => {
    const of = briefOf(places({ Syria: 'SYR', Lebanon: 'LBN', Israel: 'ISR' }));
    expect(await of('Syria engaged Lebanon in a firefight in Israel.')).toEqual(['Syria 193 Lebanon asserted']);
    expect(await of('Syria fought a gunbattle with Lebanon.')).toEqual(['Syria 193 Lebanon asserted']);
  });

  it('English objects: a premodifying participle, "leaders of X", and the act pledged', async () => {
    const of = briefOf(places({ Zambia: 'ZMB', 'Haroon Rashid Aswad': 'GBRUAF', Britain: 'GBR', Israel: 'ISR', Hamas: 'PSE', Qatar: 'QAT', Egypt: 'EGY' }));
    expect(await of('Zambia extradited suspected militant Haroon Rashid Aswad to Britain.')).toEqual(['Zambia 063 Haroon Rashid Aswad asserted']);
    expect(await of('Israel arrested two leaders of Hamas.')).toEqual(['Israel 173 Hamas asserted']);
    expect(await of('Qatar has pledged to expel exiled leaders of Egypt.')).toEqual(['Qatar 174 Egypt future']);
    // a participle that is the clause's own verb still ends the search
    expect(await of('Zambia extradited him and accused Britain.')).toEqual(['Zambia 112 Britain asserted']);
  });

  it('a support verb carries its noun across a determiner and hyphenated modifiers ("mounted its long-threatened invasion")', async () => {
    const of = briefOf(places({ Israel: 'ISR', Lebanon: 'LBN' }));
    expect(await of('Israel mounted its long-threatened invasion of Lebanon.')).toEqual(['Israel 190 Lebanon asserted']);
  });

  it('yielding, sharing and taking: general English verbs of the CAMEO codebook', async () => {
    const of = briefOf(places({ Israel: 'ISR', Jordan: 'JOR', Iraq: 'IRQ', 'United Nations': 'IGOUNO', Iraqi: 'IRQ', Italian: 'ITA', Russian: 'RUS', Ukrainian: 'UKR', Kharkiv: 'UKR' }));
    expect(await of('Israel and Jordan agreed to share intelligence.')).toEqual(['Israel 064 Jordan future']);
    expect(await of('The United Nations withdrew its inspectors from Iraq.')).toEqual(['United Nations 166 Iraq asserted']);
    expect(await of('Iraqi rebels took two Italian engineers hostage.')).toEqual(['Iraqi 181 Italian asserted']);
    // capturing a place is occupying it (192); capturing people is not
    expect(await of('Russian troops captured the city of Kharkiv.')).toEqual(['Russian 192 Kharkiv asserted']);
    expect(await of('Russian troops captured two Ukrainian soldiers.')).toEqual([]);
    expect(await of('Iraq offered concessions to Jordan.')).toEqual(['Iraq 035 Jordan asserted']);
  });

  it('a gerund after a name or a determiner is a noun: its agent is that name ("Israeli tank shelling")', async () => {
    const of = briefOf(places({ Israeli: 'ISR', 'Gaza Strip': 'PSE', Russia: 'RUS', Kyiv: 'UKR' }));
    expect(await of('Civilians died in Israeli shelling in the Gaza Strip.')).toEqual(['Israeli 194 null asserted']);
    // (the victims, a bare group of no country here, are of the place the act was at)
    expect(await actorCodes('Civilians died in Israeli shelling in the Gaza Strip.', places({ Israeli: 'ISR', 'Gaza Strip': 'PSE', Russia: 'RUS' }), 'en')).toEqual(['ISR 194 PSECVL']);
    // a part of a place, then "of", still has the place's preposition
    expect(await actorCodes('Four children were killed in Israeli tank shelling in the east of the Gaza Strip.', places({ Israeli: 'ISR', 'Gaza Strip': 'PSE', Russia: 'RUS' }), 'en')).toEqual([
      'ISRMIL 194 PSECVL',
    ]);
    // after a verb a gerund stays a verb
    expect(await of('Russia began shelling Kyiv.')).toEqual(['Russia 194 Kyiv asserted']);
    // with its own object named right after, a name's gerund is a participle sharing the clause's subject
    const icj = briefOf([...places({ 'South Africa': 'ZAF', Israel: 'ISR' }), { name: 'International Court of Justice', type: 'ORG' as const, actor: 'IGOUNOJUD' }]);
    expect(await icj('South Africa filed a case at the International Court of Justice accusing Israel of genocide.')).toEqual(['South Africa 112 Israel asserted']);
  });

  it('a participle between a noun trigger and its agent ("the sanctions imposed by X on Y")', async () => {
    const of = briefOf(places({ Japan: 'JPN', Russia: 'RUS', Ukraine: 'UKR' }));
    expect(await of('The sanctions imposed by Japan on Russia were extended.')).toEqual(['Japan 163 Russia asserted']);
    expect(await of('The war waged by Russia in Ukraine continues.')).toEqual(['Russia 190 Ukraine asserted']);
  });

  it('an English participle after a comma shares the subject of the clause before it', async () => {
    const of = briefOf(places({ China: 'CHN', Canberra: 'AUS', Russia: 'RUS', Ukrainians: 'UKR' }));
    expect(await of('China criticized the agreement, accusing Canberra of bloc confrontation.')).toEqual(['China 112 Canberra asserted']);
    expect(await of('Russia shelled the town, killing 20 Ukrainians.')).toEqual(['Russia 190 Ukrainians asserted']);
    // not across a verb of saying: whose participle it is, is not told
    expect(await of('The talks failed, officials said, accusing Russia of delays.')).toEqual([]);
    // Indonesian: an active verb after the comma
    const id = briefOf(places({ Israel: 'ISR', Rafah: 'PSE', Palestina: 'PSE', Venezuela: 'VEN', 'Amerika Latin': 'LAM' }));
    expect(await id('Israel menyerang Rafah, menewaskan 20 warga Palestina.', 'id')).toEqual([
      'Israel 190 Rafah asserted',
      'Israel 190 Palestina asserted',
    ]);
    // a comma that closes a relative clause is followed by the main predicate, whose subject is not named
    expect(await id('Geng dari Venezuela, yang beroperasi di Amerika Latin, menyandera warga.', 'id')).toEqual([]);
  });

  it('English: "held a bilateral meeting" by two, one with three words before the name', async () => {
    const of = briefOf([
      { name: 'Retno Marsudi', type: 'PER' as const, actor: 'IDNGOV' },
      { name: 'Timo Soini', type: 'PER' as const, actor: 'FINGOV' },
    ]);
    expect(await of('Retno Marsudi and her Finnish counterpart Timo Soini held a bilateral meeting on Monday.')).toEqual([
      'Retno Marsudi 040 Timo Soini asserted',
    ]);
  });

  it('two who meet a third named as the bare object each meet that third ("Jokowi dan Retno bertemu Macron", "Biden and Xi met Putin")', async () => {
    const of = briefOf([
      { name: 'Joko Widodo', type: 'PER', actor: 'IDNGOV' },
      { name: 'Retno Marsudi', type: 'PER', actor: 'IDNGOV' },
      { name: 'Emmanuel Macron', type: 'PER', actor: 'FRAGOV' },
      { name: 'Biden', type: 'PER', actor: 'USAGOV' },
      { name: 'Xi', type: 'PER', actor: 'CHNGOV' },
      { name: 'Putin', type: 'PER', actor: 'RUSGOV' },
    ]);
    expect(await of('Joko Widodo dan Retno Marsudi bertemu Emmanuel Macron di Paris.', 'id')).toEqual(['Joko Widodo 040 Emmanuel Macron asserted', 'Retno Marsudi 040 Emmanuel Macron asserted']);
    expect(await of('Biden and Xi met Putin in Beijing.')).toEqual(['Biden 040 Putin asserted', 'Xi 040 Putin asserted']);
    // with no one else named, the two meet each other
    expect(await of('Biden and Xi met in Beijing.')).toEqual(['Biden 040 Xi asserted']);
  });

  it('a meeting held by two is between them; a title like "Menlu" is no meN- verb', async () => {
    const of = briefOf(places({ Jepang: 'JPN', 'Korea Selatan': 'KOR', RI: 'IDN', Tokyo: 'JPN' }));
    expect(await of('Jepang dan Korea Selatan menggelar pertemuan di Tokyo.', 'id')).toEqual(['Jepang 040 Korea Selatan asserted']);
    expect(await of('Jepang menggelar pertemuan internal.', 'id')).toEqual([]);
    expect(await of('Menlu RI bertemu Menlu Jepang.', 'id')).toEqual(['RI 040 Jepang asserted']);
  });

  it('talks held, a clash one is involved in: the subject of the support verb acts', async () => {
    const of = briefOf(places({ China: 'CHN', 'Amerika Serikat': 'USA', Pakistan: 'PAK', Afghanistan: 'AFG', Jenewa: 'CHE' }));
    expect(await of('China dan Amerika Serikat menggelar pembicaraan dagang di Jenewa.', 'id')).toEqual(['China 046 Amerika Serikat asserted']);
    expect(await of('Pakistan dan Afghanistan terlibat bentrokan di perbatasan.', 'id')).toEqual(['Pakistan 190 Afghanistan asserted']);
    // talk of the town is no talks
    expect(await of('Hal itu menjadi pembicaraan warga China.', 'id')).toEqual([]);
    // an accusation or criticism voiced, repeated or hurled is the subject's
    expect(await of('China melontarkan tuduhan bahwa Amerika Serikat melanggar kesepakatan.', 'id')).toEqual(['China 112 Amerika Serikat asserted']);
    expect(await of('China mengulangi kritik terhadap Amerika Serikat.', 'id')).toEqual(['China 111 Amerika Serikat asserted']);
  });

  it('releasing prisoners: a number between, and whose they are (the name after, or the demonym in the gap)', async () => {
    const of = briefOf(places({ Hamas: 'PSE', Israel: 'ISR', Israeli: 'ISR' }));
    expect(await of('Hamas membebaskan 20 sandera Israel.', 'id')).toEqual(['Hamas 084 Israel asserted']);
    expect(await of('Hamas released 20 Israeli hostages.')).toEqual(['Hamas 0841 Israeli asserted']);
  });

  it('a name right after a peN-an noun is its patient ("penangkapan X")', async () => {
    expect(await run('Polda Metro Jaya melakukan penangkapan Budi Santoso kemarin.')).toEqual([
      'Polda Metro Jaya 173 Budi Santoso asserted',
    ]);
  });

  it('-nya on an active verb is its object: the person named before, not the subject nor a name after it', async () => {
    expect(await run('Budi Santoso datang ke kantor Polda Metro Jaya. Polda Metro Jaya kemudian menangkapnya.')).toEqual([
      'Polda Metro Jaya 173 Budi Santoso asserted',
    ]);
    expect(await run('Retno Marsudi bertemu Budi Santoso. Retno memintanya mundur dari Hamas.')).toEqual([
      'Retno Marsudi 040 Budi Santoso asserted',
      'Retno Marsudi 020 Budi Santoso asserted',
    ]);
  });

  it('-nya belongs to the subject: "Retno mengatakan kunjungannya ke Jepang …"', async () => {
    expect(await run('Menlu Retno Marsudi mengatakan kunjungannya ke Jepang berjalan lancar.')).toEqual([
      'Retno Marsudi 042 Jepang asserted',
    ]);
  });

  it('"hadiah dari X" makes X the source and the subject the recipient', async () => {
    expect(await run('Anwar Ibrahim menerima hadiah dari Prabowo.')).toEqual(['Prabowo Subianto 070 Anwar Ibrahim asserted']);
  });

  it('a noun framed at the start takes the main clause subject ("Dalam pertemuan dengan X, Y …")', async () => {
    expect(await run('Dalam pertemuan dengan Anwar Ibrahim, Prabowo membahas perdagangan.')).toEqual([
      'Prabowo Subianto 040 Anwar Ibrahim asserted',
    ]);
  });

  it('what is discussed is no partner: "membahas" takes its partner after "dengan"/"bersama" only (prep-only)', async () => {
    expect(await run('Prabowo membahas hubungan bilateral Malaysia-Jepang bersama Anwar Ibrahim.')).toEqual(['Prabowo Subianto 040 Anwar Ibrahim asserted']);
    expect(await run('Prabowo membahas Jepang.')).toEqual([]);
  });

  it('a symmetric act\'s other side is not named after a preposition of its topic ("membahas … terhadap X")', async () => {
    expect(await run('Prabowo membahas persepsi publik terhadap Anwar Ibrahim.')).toEqual([]);
    expect(await run('Prabowo membahas kerja sama ekonomi dengan Anwar Ibrahim.')).toEqual(['Prabowo Subianto 040 Anwar Ibrahim asserted']);
    expect(await run('Prabowo menawarkan kerja sama jangka panjang kepada Anwar Ibrahim.')).toEqual(['Prabowo Subianto 060 Anwar Ibrahim future']);
  });

  it('a frame with a verb of its own is a clause: the names past its comma continue a list, no subject', async () => {
    expect(await run('Dalam patroli gabungan dilanjutkan dengan dialog ke Budi Santoso, Prabowo, serta Anwar Ibrahim.')).toEqual([]);
    expect(await run('Dalam pertemuan yang digelar di Jakarta, Prabowo memuji Anwar Ibrahim.')).toEqual(['Prabowo Subianto 051 Anwar Ibrahim asserted']);
  });

  it('after a main clause, the names past a comma are an address, not the owner of -nya', async () => {
    const world: EntitySpec[] = [...WORLD, { name: 'Puskesmas Sukamaju', type: 'ORG', actor: null }, { name: 'Kecamatan Cibarusah', type: 'LOC', actor: 'IDN' }];
    const input = stageInput('Menlu Retno Marsudi tiba di Bekasi. Hal itu, diungkap saat kunjungannya ke Puskesmas Sukamaju, Kecamatan Cibarusah pada Selasa (21/10/2025) petang.', world);
    expect(brief(input, await eventsOf(input))).toEqual([
      'Retno Marsudi 042 Puskesmas Sukamaju asserted',
    ]);
  });

  it('English: "of" right after a pattern that ends in its noun names whom it concerns', async () => {
    const en: EntitySpec[] = [
      { name: 'Nairobi', type: 'LOC', actor: 'KEN' },
      { name: 'William Ruto', type: 'PER', actor: 'KENGOV' },
    ];
    const input = stageInput('Protesters in Nairobi demanded the resignation of President William Ruto.', en, { lang: 'en' });
    expect(brief(input, await eventsOf(input))).toEqual(['Nairobi 104 William Ruto asserted']);
    const id = stageInput('Demonstran di Nairobi menuntut pengunduran diri Presiden William Ruto.', en);
    expect(brief(id, await eventsOf(id))).toEqual(['Nairobi 104 William Ruto asserted']);
  });

  it('the subject of a victim predicate is the target of the act that hurt, never its agent', async () => {
    expect(await run('Dua tentara Ukraina terluka dalam serangan Rusia.')).toEqual(['Rusia 190 Ukraina asserted']);
    expect(await run('Budi Santoso tewas akibat serangan Israel di Gaza.')).toEqual(['Israel 190 Budi Santoso asserted']);
    // an act with no agent of its own has no source: the victim does not protest
    expect(await run('Budi Santoso menjadi korban tewas pertama dalam unjuk rasa di Jepang.')).toEqual([]);
    const en: EntitySpec[] = [
      { name: 'Russia', type: 'LOC', actor: 'RUS', aliases: ['Russian'] },
      { name: 'Ukraine', type: 'LOC', actor: 'UKR', aliases: ['Ukrainian'] },
      { name: 'Kharkiv', type: 'LOC', actor: 'UKR' },
    ];
    const input = stageInput('Two Ukrainian soldiers were wounded in a Russian missile attack. Russia launched an attack on Kharkiv.', en, { lang: 'en' });
    expect(brief(input, await eventsOf(input))).toEqual(['Russia 190 Ukraine asserted', 'Russia 190 Kharkiv asserted']);
  });

  it('in a clash, those hurt were a party to it: the subject of a victim predicate is its source', async () => {
    expect(await run('Seorang tentara Israel tewas dalam baku tembak dengan Hamas di Gaza.')).toEqual(['Israel 190 Hamas asserted']);
    expect(await run('Dua tentara Armenia terluka dalam bentrokan dengan pasukan Azerbaijan.')).toEqual(['Armenia 190 Azerbaijan asserted']);
  });

  it('firing something at a target is an attack by a state\'s forces, named by their group word ("penjaga pantai")', async () => {
    expect(await run('Penjaga pantai Israel menembakkan meriam air ke kapal Turki.')).toEqual(['Israel 190 Turki asserted']);
    const input = stageInput('Penjaga pantai Israel menembakkan meriam air ke kapal Turki.', WORLD);
    expect((await eventsOf(input))[0]!.source).toMatchObject({ actor: 'ISRMIL' });
  });

  it('a title and body, then a person\'s initials after "berinisial": the person is the one acted on', async () => {
    const of = briefOf([
      { name: 'Komisi Pemberantasan Korupsi', type: 'ORG', actor: 'IDNJUD', aliases: ['KPK'] },
      { name: 'PT Sinar Jaya', type: 'ORG', actor: 'IDNBUS' },
      { name: 'CS', type: 'PER', actor: null },
    ]);
    expect(await of('KPK menangkap Direktur PT Sinar Jaya berinisial CS.', 'id')).toEqual(['Komisi Pemberantasan Korupsi 173 CS asserted']);
  });

  it('"ia" in the next sentence is the person a verb follows there, not the first person named', async () => {
    const of = briefOf([
      { name: 'Budi Santoso', type: 'PER', actor: null },
      { name: 'Rina Wulandari', type: 'PER', actor: 'IDNGOV' },
      { name: 'Jepang', type: 'LOC', actor: 'JPN' },
    ]);
    expect(await of('Kuasa hukum Budi Santoso, Rina Wulandari, menilai kasus itu janggal. Ia mengkritik Jepang.', 'id')).toEqual(['Rina Wulandari 111 Jepang asserted']);
  });

  it('launching missiles at a place is fighting with artillery; a vow to retaliate for an attack is a future threat of force', async () => {
    expect(await run('Iran meluncurkan puluhan rudal balistik ke wilayah Israel.')).toEqual(['Iran 194 Israel asserted']);
    expect(await run('Israel bersumpah akan membalas serangan Iran.')).toEqual(['Israel 138 Iran future']);
    // a reply to a letter is no retaliation
    expect(await run('Israel membalas surat Iran.')).toEqual([]);
  });

  it('a pronoun before a cue the quotes stage read is the speaker it found, not the last person named', async () => {
    const world: EntitySpec[] = [
      { name: 'Budi Santoso', type: 'PER', actor: null },
      { name: 'Rina Wulandari', type: 'PER', actor: 'IDNGOV' },
      { name: 'Jepang', type: 'LOC', actor: 'JPN' },
    ];
    const text = 'Budi Santoso berselisih dengan Rina Wulandari. Dia menuding Jepang curang.';
    const plain = stageInput(text, world);
    expect(brief(plain, await eventsOf(plain))).toEqual(['Budi Santoso 112 Jepang asserted']);
    const cue = text.indexOf('menuding');
    const rina = plain.entities.find((e) => e.name === 'Rina Wulandari')!.id;
    const quoted = stageInput(text, world, {
      quotes: [{ start: cue + 9, end: text.length - 1, text: text.slice(cue + 9, -1), direct: false, speaker: rina, cue: { start: cue, end: cue + 8, text: 'menuding' } }],
    });
    expect(brief(quoted, await eventsOf(quoted))).toEqual(['Rina Wulandari 112 Jepang asserted']);
  });

  it('the members named after a generic object are the target ("arrested 12 people, including three Chinese citizens")', async () => {
    const en: EntitySpec[] = [
      { name: 'Thai police', type: 'ORG', actor: 'THACOP' },
      { name: 'Chinese', type: 'LOC', actor: 'CHN' },
    ];
    const input = stageInput('Thai police arrested 12 people, including three Chinese citizens.', en, { lang: 'en' });
    expect(brief(input, await eventsOf(input))).toEqual(['Thai police 173 Chinese asserted']);
    expect(await run('Polda Metro Jaya menangkap 12 orang, termasuk tiga warga Turki.')).toEqual(['Polda Metro Jaya 173 Turki asserted']);
  });

  it('a group word inside a name is that name\'s: "China\'s embassy in Bangkok" acts as China\'s embassy, not as Thailand', async () => {
    const en: EntitySpec[] = [
      { name: "China's embassy", type: 'ORG', actor: 'CHNGOV' },
      { name: 'Bangkok', type: 'LOC', actor: 'THA' },
      { name: 'Thai', type: 'LOC', actor: 'THA' },
    ];
    const input = stageInput("China's embassy in Bangkok thanked Thai authorities.", en, { lang: 'en' });
    expect(brief(input, await eventsOf(input))).toEqual(["China's embassy 051 Thai asserted"]);
  });

  it('a noun with no agent anywhere yields nothing', async () => {
    expect(await run('Kerja sama militer semakin erat.')).toEqual([]);
  });
});

describe('coordination', () => {
  it('after a target, "bersama" adds the subject\'s companion, not another target', async () => {
    expect(await run('Retno Marsudi mengunjungi Jepang bersama Budi Santoso.')).toEqual(['Retno Marsudi 042 Jepang asserted']);
    expect(await run('Retno Marsudi bersama Budi Santoso mengunjungi Jepang.')).toEqual([
      'Retno Marsudi 042 Jepang asserted',
      'Budi Santoso 042 Jepang asserted',
    ]);
  });

  it('a place coordinated with a place after "di"/"in" is a place too, not the object', async () => {
    const of = briefOf([...places({ 'Sumatera Barat': 'IDN', Sumut: 'IDN', Gaza: 'PSE', Lebanon: 'LBN', Hebron: 'PSE', Nablus: 'PSE' }), { name: 'Densus 88', type: 'ORG' as const, actor: 'IDNCOP' }, { name: 'Israel', type: 'LOC' as const, actor: 'ISR' }]);
    // (the arrested are the bare group, no place)
    expect(await of('Densus 88 menangkap empat orang terduga teroris di Sumatera Barat dan Sumut.', 'id')).toEqual(['Densus 88 173 null asserted']);
    // (those arrested are the people counted there)
    expect(await of('Israel arrested dozens of people in Hebron and Nablus.')).toEqual(['Israel 173 null asserted']);
    // coordinated objects stay targets
    expect(await of('Israel menyerang Gaza dan Lebanon.', 'id')).toEqual(['Israel 190 Gaza asserted', 'Israel 190 Lebanon asserted']);
  });

  it('coordinated subjects of a symmetric act with a partner after "dengan"/"with" each meet the partner', async () => {
    const of = briefOf(places({ Qatar: 'QAT', Mesir: 'EGY', Egypt: 'EGY', Hamas: 'PSEREB' }));
    expect(await of('Qatar dan Mesir dijadwalkan menggelar perundingan dengan Hamas pekan depan.', 'id')).toEqual([
      'Qatar 046 Hamas future',
      'Mesir 046 Hamas future',
    ]);
    expect(await of('Qatar and Egypt held talks with Hamas.', 'en')).toEqual(['Qatar 040 Hamas asserted', 'Egypt 040 Hamas asserted']);
  });

  it('a symmetric action between coordinated names gives one pair, first named as source', async () => {
    expect(await run('Indonesia dan Malaysia menandatangani perjanjian perbatasan.')).toEqual(['Indonesia 057 Malaysia asserted']);
    expect(await run('Korut dan Rusia telah memperdalam kerja sama militer.')).toEqual(['Korea Utara 062 Rusia asserted']);
  });

  it('"antara X dan Y" pairs the names of a symmetric noun', async () => {
    expect(await run('Perundingan antara Armenia dan Azerbaijan digelar di Washington.')).toEqual([
      'Armenia 046 Azerbaijan asserted',
    ]);
  });

  it('a non-symmetric action by coordinated subjects gives one event per source', async () => {
    expect(await run('Amerika Serikat dan Inggris menjatuhkan sanksi kepada Iran.')).toEqual([
      'Amerika Serikat 163 Iran asserted',
      'Inggris 163 Iran asserted',
    ]);
  });
});

describe('clauses', () => {
  it('a subject coordinated with an unnamed noun phrase is still the subject', async () => {
    expect(await run('Pemerintah Indonesia dan pemerintah negara lain telah menawarkan untuk mengirim pasukan ke Gaza.')).toEqual([
      'Indonesia 074 Gaza future',
    ]);
  });

  it('a purpose clause may still name where troops are sent', async () => {
    expect(await run('Malaysia mengirim pasukan guna memulihkan keamanan di Gaza.')).toEqual(['Malaysia 074 Gaza asserted']);
  });

  it('across a purpose word, the object of a summons or a visit does not act; the object of an order does', async () => {
    const specs: EntitySpec[] = [
      { name: 'Kementerian Luar Negeri', type: 'ORG', actor: 'IDNGOV' },
      { name: 'Penny Williams', type: 'PER', actor: 'AUSGOV' },
      ...WORLD,
    ];
    const brief = briefOf(specs, 'id');
    expect(await brief('Kementerian Luar Negeri memanggil Duta Besar Australia, Penny Williams, untuk meminta penjelasan kepada Malaysia.')).toContain(
      'Kementerian Luar Negeri 020 Malaysia asserted',
    );
    expect(await brief('Prabowo Subianto memerintahkan Retno Marsudi untuk bertemu Vladimir Putin.')).toEqual([
      'Retno Marsudi 040 Vladimir Putin future',
    ]);
  });

  it('expelling a country\'s diplomats is aimed at the country named between ("expelled two Iranian diplomats on Monday after prosecutors …")', async () => {
    const specs = places({ Germany: 'DEU', Iranian: 'IRN' });
    expect(await briefOf([...specs, { name: 'prosecutors', type: 'ORG', actor: 'JUD' }], 'en')('Germany expelled two Iranian diplomats on Monday after prosecutors charged a man.')).toEqual([
      'Germany 161 Iranian asserted',
      // (the man charged is a bare group of his own)
      'prosecutors 173 null asserted',
    ]);
  });

  it('a group word of the police or of unknown armed men acts ("kepolisian", "kelompok bersenjata", "orang tak dikenal")', async () => {
    expect(await run('Kelompok bersenjata menyerang Budi Santoso di Gaza.')).toEqual(['null 190 Budi Santoso asserted']);
    expect(await run('Budi Santoso diserang orang tak dikenal.')).toEqual(['null 180 Budi Santoso asserted']);
    expect(await run('Retno Marsudi mengapresiasi kepolisian.')).toEqual(['Retno Marsudi 051 null asserted']);
  });

  it('receiving an office-holder is hosting them; receiving aid is not', async () => {
    expect(await run('Prabowo Subianto menerima Presiden Turki di Istana.')).toEqual(['Prabowo Subianto 043 Turki asserted']);
    expect(await run('Anwar Ibrahim diterima Presiden Prabowo Subianto di Istana.')).toEqual(['Prabowo Subianto 043 Anwar Ibrahim asserted']);
    expect(await run('Budi Santoso menerima bantuan dari Jepang.')).not.toContain('Budi Santoso 043 Jepang asserted');
  });

  it('after a verb of saying, two names joined by "dan" are the subjects of what is said ("mengatakan Malaysia dan Indonesia sepakat …")', async () => {
    expect(await run('Retno Marsudi mengatakan Malaysia dan Indonesia bertemu.')).toEqual(['Malaysia 040 Indonesia asserted']);
    // after another verb the first is its object ("menyerang Gaza dan Turki mengecam …")
    expect(await run('Israel menyerang Gaza dan Turki mengecam serangan itu.')).toEqual(['Israel 190 Gaza asserted', 'Turki 111 Israel asserted']);
  });

  it('a word before an act\'s noun ("aksi", "serangkaian") leaves the act the object and its agent the one aimed at', async () => {
    expect(await run('Polda Metro Jaya membubarkan paksa aksi unjuk rasa mahasiswa di Jakarta.')).toContain('Polda Metro Jaya 175 null asserted');
    expect(await run('Turki mengecam serangkaian serangan Israel di Gaza.')).toEqual(['Turki 111 Israel asserted']);
  });

  it('agreeing to do something is an intent to cooperate, and the act agreed to is still to come', async () => {
    expect(await run('Malaysia dan Indonesia sepakat untuk mempercepat perundingan batas maritim.')).toEqual(['Malaysia 030 Indonesia asserted']);
    expect(await run('Jepang dan Turki setuju untuk bertemu.')).toEqual(['Jepang 040 Turki future']);
    // Malay: "bersetuju", "rundingan"
    expect(await run('Malaysia dan Indonesia bersetuju untuk mempercepatkan rundingan.')).toEqual(['Malaysia 030 Indonesia asserted']);
  });

  it('a verb without a prefix is the predicate a coordinated one shares its subject with ("tiba di X dan menyerahkan …")', async () => {
    expect(await run('Retno Marsudi tiba di Gaza pada Senin dan menyerahkan bantuan kepada Hamas.')).toEqual(['Retno Marsudi 042 Gaza asserted', 'Retno Marsudi 070 Hamas asserted']);
    // "jadi tersangka dan ditahan": the suspect is who is detained
    const of = briefOf([{ name: 'Khariq Anhar', type: 'PER' }, { name: 'Polda Metro Jaya', type: 'ORG', actor: 'IDNCOP' }]);
    expect(await of('Khariq Anhar jadi tersangka dan ditahan Polda Metro Jaya.', 'id')).toEqual(['Polda Metro Jaya 173 Khariq Anhar asserted']);
  });

  it('aid offered is an intent to provide it (033); a warning to be careful is no threat', async () => {
    expect(await run('Jepang menawarkan bantuan kepada Turki.')).toEqual(['Jepang 033 Turki asserted']);
    expect(await briefOf(places({ Japan: 'JPN', Turkey: 'TUR' }))('Japan offered aid to Turkey.')).toEqual(['Japan 033 Turkey asserted']);
    expect(await run('Polda Metro Jaya memperingatkan Budi Santoso untuk mewaspadai banjir.')).toEqual([]);
    expect(await run('Iran memperingatkan Israel.')).toEqual(['Iran 130 Israel asserted']);
  });

  it('a verb coordinated after an object shares the subject, not the object', async () => {
    expect(await run('Israel menyerang Gaza dan membunuh warga Turki.')).toEqual(['Israel 190 Gaza asserted', 'Israel 190 Turki asserted']);
  });
});

describe('actors', () => {
  it('a capital acting as its state keeps the actor code the entities stage gave it', async () => {
    const input = stageInput('Pyongyang memasok amunisi ke Moskow.', WORLD);
    const [e] = await eventsOf(input);
    expect(e?.source?.actor).toBe('PRK');
    expect(e?.target?.actor).toBe('RUS');
  });

  it('no event without a source actor', async () => {
    expect(await run('Dua pencuri ditangkap di pasar.')).toEqual([]);
    expect(await run('Ribuan orang berunjuk rasa di depan gedung parlemen.')).toEqual([]);
  });

  it('a name after a word for a relative (a title, "dari", "of" between) says whose relative acts: no actor there', async () => {
    const of = briefOf(places({ Iran: 'IRN', Israel: 'ISR', China: 'CHN', Marcos: 'PHLGOV' }));
    expect(await of('Istri Presiden Iran mengecam Israel.', 'id')).toEqual([]);
    expect(await of('Israel dikecam oleh anak dari Presiden Iran.', 'id')).toEqual([]);
    expect(await of('The wife of President Marcos criticized China.')).toEqual([]);
    // without the relative, the name acts
    expect(await of('Presiden Iran mengecam Israel.', 'id')).toEqual(['Iran 111 Israel asserted']);
    expect(await of('President Marcos criticized China.')).toEqual(['Marcos 111 China asserted']);
  });

  it('a noun with a demonstrative right before the predicate is the clause\'s own subject, not a name before it', async () => {
    const specs = [
      { name: 'Tata Usaha Negara', type: 'ORG' as const, actor: 'IDNJUD' },
      { name: 'Kementerian Agama', type: 'ORG' as const, actor: 'IDNGOV' },
      { name: 'Prabowo Subianto', type: 'PER' as const, actor: 'IDNGOV', aliases: ['Prabowo'] },
      ...places({ Palestina: 'PSE', China: 'CHN', Jepang: 'JPN' }),
    ];
    const of = briefOf(specs);
    expect(await of('Melalui bidang Perdata dan Tata Usaha Negara, lembaga ini membangun kolaborasi dengan Kementerian Agama.', 'id')).toEqual([]);
    // after a preposition it is an adjunct; a time is no subject either
    expect(await of('Prabowo pada kesempatan ini menyerahkan bantuan kepada Palestina.', 'id')).toEqual(['Prabowo Subianto 070 Palestina asserted']);
    const text = 'China baru-baru ini mengecam Jepang.';
    const input = stageInput(text, specs, { times: [timeAt(text, 'baru-baru ini', 'PRESENT_REF')] });
    expect(brief(input, await eventsOf(input))).toEqual(['China 111 Jepang asserted']);
    // an adverb of sequence between ("lembaga ini kemudian …") changes neither reading
    expect(await of('Bersama Kementerian Agama, lembaga ini kemudian menyerahkan bantuan kepada Palestina.', 'id')).toEqual([]);
    expect(await of('Pemimpin China itu kemudian mengecam Jepang.', 'id')).toEqual(['China 111 Jepang asserted']);
    // a conjunction after a demonstrative opens a predicate of the subject before ("… tersebut hingga akhirnya …")
    expect(await of('Kementerian Agama menelusuri akun tersebut hingga akhirnya mengecam Jepang.', 'id')).toEqual(['Kementerian Agama 111 Jepang asserted']);
  });

  it('a pronoun subject is the last person named before it', async () => {
    expect(await run('Prabowo tiba di Tokyo. Ia kemudian mengunjungi Jepang bagian utara.')).toEqual(['Prabowo Subianto 042 Jepang asserted']);
  });

  it('a sentence-initial pronoun is the previous sentence\'s first person, usually its subject', async () => {
    expect(await run('Prabowo berselisih dengan Anwar Ibrahim. Ia kemudian mengecam Israel.')).toEqual(['Prabowo Subianto 111 Israel asserted']);
  });

  it('a region after a comma says where the body before it is; the body is the subject ("Polres Barru, Sulawesi Selatan, memeriksa")', async () => {
    const of = briefOf([
      { name: 'Polres Barru', type: 'ORG', actor: 'IDNCOP' },
      { name: 'Sulawesi Selatan', type: 'LOC', actor: 'IDN' },
      { name: 'Budi Santoso', type: 'PER' },
    ]);
    expect(await of('Polres Barru, Sulawesi Selatan, memeriksa Budi Santoso.', 'id')).toEqual(['Polres Barru 090 Budi Santoso asserted']);
  });

  it('after a verb of criticism, a verb after a coordinator is the next act, not what is criticized', async () => {
    const of = briefOf(places({ Malaysia: 'MYS', Israel: 'ISR', Jepang: 'JPN', Gaza: 'PSE' }));
    expect(await of('Malaysia mengecam Israel dan mendesak Jepang segera bertindak.', 'id')).toEqual(['Malaysia 111 Israel asserted', 'Malaysia 100 Jepang asserted']);
    // nor is what a verb of saying after a coordinator reports
    expect(await of('Malaysia mengecam langkah itu dan mengatakan Jepang akan menyesal.', 'id')).toEqual([]);
    expect(await of('Malaysia mengecam langkah Jepang dan mengatakan Israel akan menyesal.', 'id')).toEqual(['Malaysia 111 Jepang asserted']);
  });

  it('a title with its place, then the person after a comma: the person is the target ("Wali Kota Solo, Respati Ardi")', async () => {
    const of = briefOf([
      { name: 'DPRD Solo', type: 'ORG', actor: 'IDNLEG' },
      { name: 'Solo', type: 'LOC', actor: 'IDN' },
      { name: 'Respati Ardi', type: 'PER', actor: 'IDNGOV' },
    ]);
    expect(await of('DPRD Solo mengkritisi rencana Wali Kota Solo, Respati Ardi yang menerapkan WFH.', 'id')).toEqual(['DPRD Solo 111 Respati Ardi asserted']);
  });

  it('an act right after the verb, then its parties after "between": the parties are whom the verb aims at', async () => {
    const of = briefOf(places({ Egypt: 'EGY', Israel: 'ISR', Hamas: 'PSE', Qatar: 'QAT' }));
    // (the talks are the two parties' own, in English as in Indonesian)
    expect(await of('Egypt mediated talks between Israel and Hamas.')).toEqual(['Egypt 045 Israel asserted', 'Egypt 045 Hamas asserted', 'Israel 040 Hamas asserted']);
    expect(await of('Qatar memediasi perundingan antara Israel dan Hamas.', 'id')).toEqual(['Qatar 045 Israel asserted', 'Qatar 045 Hamas asserted', 'Israel 046 Hamas asserted']);
  });

  it('a degree adverb after the verb is no object ("mengutuk keras serangan Israel terhadap …")', async () => {
    const of = briefOf(places({ Indonesia: 'IDN', Israel: 'ISR' }));
    expect(await of('Indonesia mengutuk keras serangan Israel terhadap kapal bantuan kemanusiaan.', 'id')).toEqual(['Indonesia 111 Israel asserted']);
  });

  it('two firms with one code are two actors; two bodies of one state are one', async () => {
    const of = briefOf([
      { name: 'PT Alfa Niaga', type: 'ORG', actor: 'IDNBUS' },
      { name: 'PT Beta Karya', type: 'ORG', actor: 'IDNBUS' },
      { name: 'Kementerian Perdagangan', type: 'ORG', actor: 'IDNGOV' },
      { name: 'Kementerian Keuangan', type: 'ORG', actor: 'IDNGOV' },
    ]);
    expect(await of('PT Alfa Niaga mengkritik PT Beta Karya.', 'id')).toEqual(['PT Alfa Niaga 111 PT Beta Karya asserted']);
    expect(await of('Kementerian Perdagangan mengkritik Kementerian Keuangan.', 'id')).toEqual([]);
  });

  it('a state acting by arms gets the military code (190), others the base code', async () => {
    expect(await run('Israel membunuh tiga warga Gaza.')).toEqual(['Israel 190 Gaza asserted']);
    expect(await run('Budi Santoso membunuh Retno Marsudi.')).toEqual(['Budi Santoso 1823 Retno Marsudi asserted']);
  });
});

describe('blocking phrases and absorbed triggers', () => {
  it('"perang dagang" is no war', async () => {
    expect(await run('Amerika Serikat terlibat perang dagang dengan Kanada.')).toEqual([]);
  });

  it('a home match is no state visit ("menjamu … pada pertandingan berikutnya")', async () => {
    expect(await run('Malaysia akan menjamu Indonesia pada pertandingan berikutnya.')).toEqual([]);
    expect(await run('Prabowo menjamu Anwar Ibrahim makan malam di Bogor.')).toEqual(['Prabowo Subianto 043 Anwar Ibrahim asserted']);
  });

  it('raising a tariff on a country is a sanction (163); raising a price at home aims at no one and is no event', async () => {
    expect(await run('Amerika Serikat menaikkan tarif impor terhadap produk asal Indonesia.')).toEqual(['Amerika Serikat 163 Indonesia asserted']);
    expect(await run('Prabowo berencana menaikkan tarif parkir di Jakarta.')).toEqual([]);
  });

  it('the content of a threat is not a second event', async () => {
    expect(await run('Amerika Serikat mengancam menaikkan tarif impor dari Kanada.')).toEqual(['Amerika Serikat 1312 Kanada asserted']);
  });

  it('an accusation absorbs the act it accuses someone of', async () => {
    expect(await run('Turki menuduh Israel melakukan genosida di Gaza.')).toEqual(['Turki 112 Israel asserted']);
  });
});

describe('who ordered it', () => {
  it('the one named after a word for an order is the agent of a passive act with none other named', async () => {
    const of = briefOf([{ name: 'Rodrigo Duterte', type: 'PER' }, { name: 'ICC', type: 'ORG', actor: 'IGOJUD' }, { name: 'Mahkamah Pidana Internasional', type: 'ORG', actor: 'IGOJUD' }]);
    expect(await of('Rodrigo Duterte ditangkap atas perintah Mahkamah Pidana Internasional.', 'id')).toEqual(['Mahkamah Pidana Internasional 173 Rodrigo Duterte asserted']);
    expect(await of('Rodrigo Duterte was arrested on the orders of the ICC.')).toEqual(['ICC 173 Rodrigo Duterte asserted']);
    // an agent named with "by" comes first; an order with no name after it names no one
    expect(await of('Rodrigo Duterte was arrested by the ICC on orders of his successor.')).toEqual(['ICC 173 Rodrigo Duterte asserted']);
    expect(await of('Rodrigo Duterte was arrested on direct orders.')).toEqual([]);
  });
});

describe('held in custody', () => {
  it('with no agent named, the body one is held in holds them ("ditahan di Polresta Mataram"); a place holds no one', async () => {
    const of = briefOf([{ name: 'Andi Wijaya', type: 'PER' }, { name: 'Polresta Mataram', type: 'ORG', actor: 'IDNCOP' }, { name: 'KPK', type: 'ORG', actor: 'IDNJUD' }, ...places({ Mataram: 'IDN' })], 'id');
    expect(await of('Andi Wijaya ditahan di Polresta Mataram.')).toEqual(['Polresta Mataram 173 Andi Wijaya asserted']);
    expect(await of('Andi Wijaya ditahan di sel tahanan Polresta Mataram.')).toEqual(['Polresta Mataram 173 Andi Wijaya asserted']);
    expect(await of('Andi Wijaya ditahan oleh KPK di Polresta Mataram.')).toEqual(['KPK 173 Andi Wijaya asserted']);
    expect(await of('Andi Wijaya ditahan di Mataram.')).toEqual([]);
  });
});

describe('English', () => {
  it('an act named in the object of an act agreed to is the event when it has the same source; else the agreeing stays', async () => {
    const of = briefOf(places({ 'European Union': 'IGOEUREEC', Ukraine: 'UKR', Jordan: 'JOR', Britain: 'GBR', Bosnia: 'BIH', Slovenia: 'SVN' }));
    expect(await of('The European Union agreed to provide 5 billion euros in military aid to Ukraine.')).toEqual(['European Union 072 Ukraine asserted']);
    // the exercises give no event of their own: the agreement is the event
    expect(await of('Jordan and Britain agreed to undertake joint military exercises.')).toEqual(['Jordan 030 Britain asserted']);
    // "to a ceasefire" is no infinitive: the fighting after it is an act of its own
    expect(await of('Bosnia and Slovenia agreed to a ceasefire after two days of fierce fighting.')).toEqual([
      'Bosnia 030 Slovenia asserted',
      'Bosnia 190 Slovenia asserted',
    ]);
  });

  it('an act named as a noun in the object of a verb of talk is a topic, no event ("to discuss … the release of hostages")', async () => {
    const of = briefOf(places({ 'Antony Blinken': 'USAGOV', 'Mohammed bin Salman': 'SAUGOV', Gaza: 'PSE', Hamas: 'PSEREB', Sugiono: 'IDNGOV', 'Penny Wong': 'AUSGOV' }));
    expect(await of('Antony Blinken met Mohammed bin Salman on Monday to discuss a ceasefire in Gaza and the release of hostages held by Hamas.')).toEqual([
      'Antony Blinken 040 Mohammed bin Salman asserted',
    ]);
    expect(await of('Sugiono bertemu Penny Wong untuk membahas pembebasan sandera di Gaza.', 'id')).toEqual(['Sugiono 040 Penny Wong asserted']);
    // an act after another verb stays an event
    expect(await of('Sugiono bertemu Penny Wong untuk mengecam Hamas.', 'id')).toEqual(['Sugiono 040 Penny Wong asserted', 'Sugiono 111 Hamas asserted']);
  });

  it('opening an embassy in another\'s capital recognizes that state (054), Indonesian and English', async () => {
    const of = briefOf(places({ 'Sri Lanka': 'LKA', Tehran: 'IRN', Indonesia: 'IDN', Ramallah: 'PSE' }));
    expect(await of('Sri Lanka opened an embassy in Tehran.')).toEqual(['Sri Lanka 054 Tehran asserted']);
    expect(await of('Indonesia membuka kedutaan besar di Ramallah.', 'id')).toEqual(['Indonesia 054 Ramallah asserted']);
  });

  it('a suspension of flights or links with another, noun or verb, cuts relations (161)', async () => {
    const of = briefOf(places({ Italy: 'ITA', Serbia: 'SRB' }));
    expect(await of('Italy announced a suspension of air links with Serbia.')).toEqual(['Italy 161 Serbia asserted']);
    expect(await of('Italy suspended flights to Serbia.')).toEqual(['Italy 161 Serbia asserted']);
  });

  it('a demand, a criticism or an accusation reiterated, repeated or voiced is the subject\'s', async () => {
    const of = briefOf(places({ China: 'CHN', Japan: 'JPN', Iran: 'IRN', Israel: 'ISR' }));
    expect(await of('China voiced strong criticism of Japan.')).toEqual(['China 111 Japan asserted']);
    expect(await of('Iran repeated its accusation that Israel had attacked the consulate.')).toEqual(['Iran 112 Israel asserted']);
    expect(await of('China reiterated its demand that Japan withdraw the statement.')).toEqual(['China 100 Japan asserted']);
  });

  it('a support verb in its base form after a modal or "to" gives a noun act its subject ("will strengthen cooperation with")', async () => {
    const of = briefOf(places({ Indonesia: 'IDN', Malaysia: 'MYS', Singapore: 'SGP' }));
    expect(await of('Indonesia will boost cooperation with Singapore.')).toEqual(['Indonesia 060 Singapore future']);
    expect(await of('Indonesia and Malaysia agreed to strengthen cooperation with Singapore.')).toEqual([
      'Indonesia 060 Singapore future',
      'Malaysia 060 Singapore future',
    ]);
  });

  it('plural objects count as the singular do ("signed several agreements with")', async () => {
    const of = briefOf(places({ Turkey: 'TUR', 'Saudi Arabia': 'SAU', Russia: 'RUS', Poland: 'POL' }));
    expect(await of('Turkey signed several agreements with Saudi Arabia.')).toEqual(['Turkey 057 Saudi Arabia asserted']);
  });

  it('a verb after "and" is the subject\'s next act: its object is not the first verb\'s target', async () => {
    const of = briefOf([...places({ Israel: 'ISR' }), { name: 'Antonio Guterres', type: 'PER' as const, actor: 'IGOUNO' }]);
    expect(await of('Antonio Guterres condemned the violence and urged Israel to protect civilians.')).toEqual(['Antonio Guterres 020 Israel asserted']);
  });

  it('a title with "of" between a country and a person keeps them one chunk, headed by the person', async () => {
    const of = briefOf([...places({ 'U.S.': 'USA', China: 'CHN' }), { name: 'Antony Blinken', type: 'PER' as const, actor: 'USAGOV' }]);
    expect(await of('U.S. Secretary of State Antony Blinken criticized China.')).toEqual(['Antony Blinken 111 China asserted']);
  });

  it('active, passive with by, coordination, possessor before a noun', async () => {
    expect(await run('Russia attacked Ukraine on Tuesday.', 'en')).toEqual([]); // no English names in WORLD
    const specs = places({ Russia: 'RUS', Ukraine: 'UKR', Iran: 'IRN', Britain: 'GBR', 'United States': 'USA', Israel: 'ISR', Gaza: 'PSE' });
    const input = stageInput(
      'Ukraine was attacked by Russia. The United States and Britain imposed sanctions on Iran. Israel\'s strikes on Gaza killed 20 people.',
      specs,
      { lang: 'en' },
    );
    expect(brief(input, await eventsOf(input))).toEqual([
      'Russia 190 Ukraine asserted',
      'United States 163 Iran asserted',
      'Britain 163 Iran asserted',
      'Israel 190 Gaza asserted',
    ]);
  });

  it('agreeing: with a partner, alone, or to an act that is the event itself', async () => {
    const specs = places({ Jordan: 'JOR', Britain: 'GBR', Iran: 'IRN' });
    const of = briefOf(specs);
    // "agreed" is a form of "agree" (a final e meets the suffix's e once)
    // (holding joint exercises is the military cooperation agreed to, still to come, which is coded as the
    // lifting of sanctions is below)
    expect(await of('Jordan and Britain have agreed to hold joint exercises.')).toEqual(['Jordan 062 Britain future']);
    // one actor agreeing to something is an event with no target
    expect(await of('Jordan agreed to reopen its border crossings.')).toEqual(['Jordan 030 null asserted']);
    // the act agreed to, when it is an event, is the one coded, as one still to come
    expect(await of('Britain has agreed to lift the sanctions on Iran.')).toEqual(['Britain 085 Iran future']);
    // with the time between them too ("agreed on Friday to …": the "on" is the time's)
    const text = 'Britain agreed on Friday to lift the sanctions on Iran.';
    const input = stageInput(text, specs, { lang: 'en', times: [timeAt(text, 'Friday', '2025-03-14')] });
    expect(brief(input, await eventsOf(input))).toEqual(['Britain 085 Iran future']);
  });

  it('a demand made by saying what another must do, and a call rejected by whom it came from', async () => {
    const specs = places({ Russia: 'RUS', Sudan: 'SDN', Germany: 'DEU', Belarus: 'BLR' });
    const of = briefOf(specs);
    // the demanded act is content, not an event of its own
    expect(await of('Russia said on Tuesday that Sudan must release the prisoners.')).toEqual(['Russia 100 Sudan asserted']);
    expect(await of('Russia said Sudan must release the prisoners.')).toEqual(['Russia 100 Sudan asserted']);
    // a "must" of one's own is no demand made of another
    expect(await of('Russia said that it must act.')).toEqual([]);
    expect(await of('Germany rejected calls by Belarus for economic aid.')).toEqual(['Germany 120 Belarus asserted']);
  });

  it('"it" or "they" after a verb of reported speech is its subject', async () => {
    const specs = places({ Japan: 'JPN', Serbia: 'SRB', Iraq: 'IRQ' });
    const of = briefOf(specs);
    expect(await of('Japan said on Tuesday it had halted economic aid to Serbia.')).toEqual(['Japan 162 Serbia asserted']);
    expect(await of('Japan claimed that they had attacked Iraq.')).toEqual(['Japan 190 Iraq alleged']);
    // not across a control verb: "it will send a team to help …" leaves the later predicate's subject open
    expect(await of('Japan said it will send a team to help identify victims killed in Iraq.')).toEqual([]);
    // elsewhere "it" names nobody
    expect(await of('It attacked Iraq.')).toEqual([]);
    // its own control words and copula before "to" are the pronoun's: it is the subject across them
    expect(await of('Japan said it was ready to resume talks with Iraq.')).toEqual(['Japan 046 Iraq future']);
    expect(await of('Japan said they plan to meet Iraq.')).toEqual(['Japan 040 Iraq future']);
    // an object before "to" is the one who is to act
    expect(await of('Japan urged it to meet Iraq.')).toEqual([]);
  });

  it('a participle after a gerund\'s clause shares the gerund\'s subject, the object before "of" ("accused X of firing …, wounding …")', async () => {
    const of = briefOf(places({ Thailand: 'THA', Cambodia: 'KHM' }));
    expect(await of('Thailand accused Cambodia of firing rockets into a border district, wounding two soldiers.')).toEqual([
      'Thailand 112 Cambodia asserted',
      'Cambodia 190 null alleged',
    ]);
  });

  it('what a speaker says of their own state aims at no one ("Netanyahu warned that Israel would hit back")', async () => {
    const of = briefOf([...places({ Israel: 'ISR', Iran: 'IRN' }), { name: 'Benjamin Netanyahu', type: 'PER', actor: 'ISRGOV', aliases: ['Netanyahu'] }]);
    expect(await of('Benjamin Netanyahu warned that Israel would hit back hard.')).toEqual([]);
    expect(await of('Benjamin Netanyahu warned that Iran would pay a heavy price.')).toEqual(['Benjamin Netanyahu 130 Iran asserted']);
  });

  it('a state\'s official doing something to the country itself aims at no one; a town of that country is still a target', async () => {
    const of = briefOf([
      { name: 'Australia', type: 'LOC', actor: 'AUS', kb: 'aus' },
      { name: 'Sydney', type: 'LOC', actor: 'AUS' },
      { name: 'Tony Burke', type: 'PER', actor: 'AUSGOV' },
    ]);
    expect(await of('Tony Burke mendukung Australia modern.', 'id')).toEqual([]);
    expect(await of('Tony Burke berkunjung ke Sydney.', 'id')).toEqual(['Tony Burke 042 Sydney asserted']);
    // citizens named by an acronym are no country
    const wni = briefOf([
      { name: 'WNI', type: 'LOC', actor: 'IDN', kb: 'idn' },
      { name: 'KBRI', type: 'ORG', actor: 'IDNGOV' },
    ]);
    expect(await wni('KBRI mengimbau WNI untuk waspada.', 'id')).toEqual(['KBRI 020 WNI asserted']);
  });

  it('sending warships is deploying forces (154)', async () => {
    const of = briefOf(places({ 'United States': 'USA', Venezuela: 'VEN' }));
    expect(await of('The United States sent warships to Venezuela.')).toEqual(['United States 154 Venezuela asserted']);
  });

  it('"had spoken with … by phone" is a phone call (041), as "spoke with" is', async () => {
    const of = briefOf([...places({ Malaysia: 'MYS' }), { name: 'Anwar Ibrahim', type: 'PER', actor: 'MYSGOV' }, { name: 'Hun Manet', type: 'PER', actor: 'KHMGOV' }]);
    expect(await of('Anwar Ibrahim said he had spoken with Hun Manet by phone on Tuesday.')).toEqual(['Anwar Ibrahim 041 Hun Manet asserted']);
    expect(await of('Anwar Ibrahim has spoken with Hun Manet.')).toEqual(['Anwar Ibrahim 040 Hun Manet asserted']);
    expect(await of('Anwar Ibrahim menghubungi Perdana Menteri Kamboja Hun Manet melalui sambungan telepon.', 'id')).toEqual(['Anwar Ibrahim 041 Hun Manet asserted']);
  });

  it('"the two countries" are the last two named sides, not a bare group', async () => {
    const of = briefOf(places({ Japan: 'JPN', Iraq: 'IRQ' }));
    expect(await of('Japan criticized Iraq. Rebels attacked soldiers near the border. The two countries agreed to meet.')).toEqual([
      'Japan 111 Iraq asserted',
      'null 190 null asserted',
      'Japan 036 Iraq asserted',
    ]);
  });

  it("a threat's target may be the subject of its condition", async () => {
    const specs = [
      { name: 'Russia', type: 'LOC' as const, actor: 'RUS' },
      { name: 'United States', type: 'LOC' as const, actor: 'USA' },
      { name: 'Israel', type: 'LOC' as const, actor: 'ISR' },
      { name: 'Hamas', type: 'ORG' as const, actor: 'PSEREB' },
    ];
    const of = briefOf(specs);
    expect(await of('Russia threatened to halt the talks if the United States deploys new missiles.', 'en')).toEqual(['Russia 130 United States asserted']);
    expect(await of('Hamas mengancam menghentikan perundingan jika Israel terus menyerang.', 'id')).toEqual(['Hamas 130 Israel asserted']);
    // a name after a preposition in the condition is no subject of it
    expect(await of('Russia threatened to halt the talks if talks with the United States fail.', 'en')).toEqual([]);
  });
  it('the name inside "menetapkan X sebagai tersangka" is the target, before any name after it', async () => {
    const specs = [
      { name: 'Bareskrim Polri', type: 'ORG' as const, actor: 'IDNCOP' },
      { name: 'Budi Santoso', type: 'PER' as const, actor: null },
      { name: 'Jawa Barat', type: 'LOC' as const, actor: 'IDN' },
    ];
    const of = briefOf(specs, 'id');
    expect(await of('Bareskrim Polri menetapkan Budi Santoso sebagai tersangka dalam kasus pencemaran nama baik mantan Gubernur Jawa Barat.')).toEqual([
      'Bareskrim Polri 173 Budi Santoso asserted',
    ]);
  });

  it('after a verb of saying, a plain noun with a predicate of its own is its subject, not the sayer', async () => {
    const specs = [
      { name: 'Luhut', type: 'PER' as const, actor: 'IDNGOV' },
      { name: 'Indonesia', type: 'LOC' as const, actor: 'IDN' },
      { name: 'Israel', type: 'LOC' as const, actor: 'ISR' },
      { name: 'Russia', type: 'LOC' as const, actor: 'RUS' },
      { name: 'Ukraine', type: 'LOC' as const, actor: 'UKR' },
    ];
    const id = briefOf(specs, 'id');
    expect(await id('Luhut mengatakan investor akan meningkatkan investasi ke Indonesia.')).toEqual([]);
    // (a bare group word there is the subject: groups.ts)
    expect(await id('Luhut mengatakan pemerintah akan meningkatkan investasi ke Indonesia.')).toEqual(['null 061 Indonesia future']);
    // the sayer's own side, or no noun between, keeps the sayer
    expect(await id('Luhut mengatakan pihaknya akan meningkatkan investasi ke Indonesia.')).toEqual(['Luhut 061 Indonesia future']);
    expect(await id('Luhut mengatakan akan meningkatkan investasi ke Indonesia.')).toEqual(['Luhut 061 Indonesia future']);
    const en = briefOf(specs);
    expect(await en('Russia said the army attacked Ukraine.')).toEqual([]);
    expect(await en('Russia said yesterday it had attacked Ukraine.')).toEqual(['Russia 190 Ukraine asserted']);
  });

  it('blame, lodge a protest, establish ties, renew negotiations', async () => {
    const specs = places({ Serbia: 'SRB', Albania: 'ALB', Israel: 'ISR', Lebanon: 'LBN' });
    const of = briefOf(specs);
    expect(await of('Serbia blamed Albania for the attack.')).toEqual(['Serbia 112 Albania asserted']);
    expect(await of('Serbia lodged an official protest with Albania.')).toEqual(['Serbia 114 Albania asserted']);
    expect(await of('Serbia has established diplomatic ties with Albania.')).toEqual(['Serbia 054 Albania asserted']);
    // a noun trigger after a verb that carries it on ("renewed", "continued")
    expect(await of('Israel and Lebanon renewed negotiations.')).toEqual(['Israel 046 Lebanon asserted']);
  });

  it('a quantity before the subject leaves the named group its head; a protest needs no named target', async () => {
    const specs = places({ Albanians: 'ALB', Serbia: 'SRB', Indonesian: 'IDN', Palestina: 'PSE', 'Tepi Barat': 'PSE' });
    const of = briefOf(specs);
    for (const q of ['Thousands of', 'Tens of thousands of', 'A group of', 'Up to 100', 'More than 1,000'])
      expect(await of(`${q} Albanians demonstrated in Serbia.`), q).toEqual(['Albanians 141 Serbia asserted']);
    // "to" and "of" that are no quantity's still govern the name
    expect(await of('Aid was sent to 100 Albanians in Serbia.')).toEqual([]);
    expect(await of('Lebih dari 100 warga Palestina berunjuk rasa di Tepi Barat.', 'id')).toEqual(['Palestina 141 Tepi Barat asserted']);
    // a protest staged, or "protested", with no target named
    expect(await of('Indonesian students staged mass demonstrations on Saturday.')).toEqual(['Indonesian 141 null asserted']);
    expect(await of('Indonesian students protested outside the parliament.')).toEqual(['Indonesian 141 null asserted']);
    // a time between a preposition and the name: the preposition is the time's
    const text = 'On Sunday Russia attacked Ukraine.';
    const sides = places({ Russia: 'RUS', Ukraine: 'UKR' });
    const input = stageInput(text, sides, { lang: 'en', times: [timeAt(text, 'Sunday', '2024-03-17')] });
    expect(brief(input, await eventsOf(input))).toEqual(['Russia 190 Ukraine asserted']);
    // "demonstrated" with neither target nor place is no protest
    expect(await of('Indonesian students demonstrated their skills.')).toEqual([]);
  });

  it('a place or holding before "of" stands for what follows it: "the town of X", "positions of X"', async () => {
    const of = briefOf(places({ Israel: 'ISR', Jenin: 'PSE', Hamas: 'PSE' }));
    expect(await of('Israel attacked the town of Jenin on Sunday.')).toEqual(['Israel 190 Jenin asserted']);
    expect(await of('Israel shelled positions of Hamas.')).toEqual(['Israel 194 Hamas asserted']);
    // another "of" still governs the name
    expect(await of('Israel attacked because of Hamas.')).toEqual([]);
  });

  it('a trigger written as verb and noun is the noun after a determiner; its agent is the clause subject, not an object', async () => {
    const of = briefOf(places({ Britain: 'GBR', Iraqis: 'IRQ', Basra: 'IRQ', Russia: 'RUS', Kyiv: 'UKR' }));
    expect(await of('Britain killed 4 Iraqis in an attack on Basra.')).toEqual(['Britain 190 Iraqis asserted', 'Britain 190 Basra asserted']);
    expect(await of("Russia's new attacks on Kyiv were condemned.")).toEqual(['Russia 190 Kyiv asserted']);
    expect(await of('Russia attacks Kyiv.')).toEqual(['Russia 190 Kyiv asserted']);
    // the same in Indonesian: the object of "menewaskan" is not the agent of the attack
    const id = briefOf(places({ Israel: 'ISR', Palestina: 'PSE', Gaza: 'PSE' }));
    expect(await id('Israel menewaskan tiga warga Palestina dalam serangan di Gaza.', 'id')).toEqual([
      'Israel 190 Palestina asserted',
      'Israel 190 Gaza asserted',
    ]);
  });
});

describe("a country's forces, government or people", () => {
  /** Source and target actor codes of each event. */
  async function codes(text: string, specs: EntitySpec[], lang: 'id' | 'en' = 'id'): Promise<string[]> {
    const events = await eventsOf(stageInput(text, specs, { lang }));
    return events.map((e) => `${e.source?.actor ?? 'null'} ${e.code} ${e.target?.actor ?? 'null'}`);
  }
  const countries: EntitySpec[] = [
    ...WORLD,
    { name: 'Palestina', type: 'LOC', actor: 'PSE' },
    { name: 'US', type: 'LOC', actor: 'USA' },
    { name: 'Russia', type: 'LOC', actor: 'RUS' },
  ];

  it('a word for them before the country refines its code (Indonesian)', async () => {
    expect(await codes('Pasukan Israel menyerang Gaza.', countries)).toEqual(['ISRMIL 190 PSE']);
    expect(await codes('Israel menewaskan tiga warga Palestina.', countries)).toEqual(['ISR 190 PSECVL']);
    expect(await codes('Pemerintah Indonesia mengecam Israel.', countries)).toEqual(['IDNGOV 111 ISR']);
    // the longest phrase wins: "angkatan bersenjata", not a word of it
    expect(await codes('Angkatan bersenjata Israel menyerang Gaza.', countries)).toEqual(['ISRMIL 190 PSE']);
    // a regional office before its region: the region's officials (`Bupati Bekasi`, `Kapolda Jawa Timur`)
    const regions: EntitySpec[] = [...countries, { name: 'KPK', type: 'ORG', actor: 'IDNJUD' }, { name: 'Bekasi', type: 'LOC', actor: 'IDN' }, { name: 'Jawa Timur', type: 'LOC', actor: 'IDN' }];
    expect(await codes('KPK menahan Bupati Bekasi.', regions)).toEqual(['IDNJUD 173 IDNGOV']);
    expect(await codes('Kapolda Jawa Timur mengkritik Israel.', regions)).toEqual(['IDNCOP 111 ISR']);
    // two actors of one country with different roles act on each other; with one code they do not
    expect(await codes('Kapolda Jawa Timur mengkritik Bupati Bekasi.', regions)).toEqual(['IDNCOP 111 IDNGOV']);
    expect(await codes('Jawa Timur mengkritik Bekasi.', regions)).toEqual([]);
    // two people are two actors whatever their codes: a minister meets the president
    const people: EntitySpec[] = [{ name: 'Sri Mulyani', type: 'PER', actor: 'IDNGOV' }, { name: 'Prabowo', type: 'PER', actor: 'IDNGOV' }, { name: 'Kemenkeu', type: 'ORG', actor: 'IDNGOV' }];
    expect(await codes('Sri Mulyani mendatangi kediaman Prabowo.', people)).toEqual(['IDNGOV 042 IDNGOV']);
    // a person and their own state's body are not
    expect(await codes('Sri Mulyani mengkritik Kemenkeu.', people)).toEqual([]);
  });

  it('a monarch or a minister of a country named by title alone is its government ("Raja Belanda", "Menlu Jepang", "the Saudi crown prince")', async () => {
    const specs: EntitySpec[] = [...countries, { name: 'Belanda', type: 'LOC', actor: 'NLD' }, { name: 'Jepang', type: 'LOC', actor: 'JPN' }, { name: 'Saudi', type: 'LOC', actor: 'SAU' }, { name: 'Prabowo', type: 'PER', actor: 'IDNGOV' }, { name: 'Biden', type: 'PER', actor: 'USAGOV' }];
    expect(await codes('Prabowo bertemu dengan Raja dan Ratu Belanda.', specs)).toEqual(['IDNGOV 040 NLDGOV']);
    expect(await codes('Prabowo bertemu Menteri Luar Negeri Jepang.', specs)).toEqual(['IDNGOV 040 JPNGOV']);
    expect(await codes('Prabowo bertemu Menlu Jepang.', specs)).toEqual(['IDNGOV 040 JPNGOV']);
    expect(await codes('Otoritas Israel menangkap dua warga Palestina.', specs)).toEqual(['ISRGOV 173 PSECVL']);
    expect(await codes('Biden met the Saudi crown prince on Monday.', specs, 'en')).toEqual(['USAGOV 040 SAUGOV']);
    // a country's single citizen (English "a Chinese national") is its people, as the plural is
    expect(await codes('Thai police arrested a Chinese national.', [{ name: 'Thai police', type: 'ORG', actor: 'THACOP' }, { name: 'Chinese', type: 'LOC', actor: 'CHN' }], 'en')).toEqual(['THACOP 173 CHNCVL']);
  });

  it('after the country in English', async () => {
    expect(await codes('The US government criticized Russia.', countries, 'en')).toEqual(['USAGOV 111 RUS']);
    // a person after a country's possessive is the chunk's head: "met China's Wang Yi" meets the person
    const met = briefOf([...places({ Russia: 'RUS', China: 'CHN' }), { name: 'Wang Yi', type: 'PER' as const, actor: 'CHN' }]);
    expect(await met("Russia met China's Wang Yi.")).toEqual(['Russia 040 Wang Yi asserted']);
    // with a possessive between ("Russia's army")
    expect(await codes("Russia's army attacked the US.", countries, 'en')).toEqual(['RUSMIL 190 USA']);
    // with one or two words modifying the group word, not with a function word or a verb
    expect(await codes('The US riot police attacked Russia.', countries, 'en')).toEqual(['USACOP 190 RUS']);
    expect(await codes('Russia attacked US civilian aid workers.', countries, 'en')).toEqual(['RUS 190 USALAB']);
    expect(await codes('The US and its troops attacked Russia.', countries, 'en')).toEqual(['USA 190 RUS']);
    // one person of a group: "a Russian student", "a US journalist"
    expect(await codes("Russia's court jailed a US journalist.", countries, 'en')).toEqual(['RUSJUD 173 USAMED']);
  });

  it('mediators are a government\'s ("Egyptian mediators met Hamas officials")', async () => {
    const specs = [{ name: 'Egyptian', type: 'LOC' as const, actor: 'EGY' }, { name: 'Hamas', type: 'ORG' as const, actor: 'PSEREB' }];
    expect(await codes('Egyptian mediators met Hamas officials on Sunday.', specs, 'en')).toEqual(['EGYGOV 040 PSEREB']);
  });

  it('a group word, a preposition of place and a country: the group acts ("Opposition groups in Zimbabwe", "Warga di Gaza")', async () => {
    const specs = [...countries, { name: 'Zimbabwe', type: 'LOC' as const, actor: 'ZWE' }, { name: 'Gaza', type: 'LOC' as const, actor: 'PSE' }];
    expect(await codes('Opposition groups in Zimbabwe criticized Russia.', specs, 'en')).toEqual(['ZWEOPP 111 RUS']);
    expect(await codes('Warga di Gaza memprotes Israel.', specs)).toEqual(['PSECVL 111 ISR']);
    // as an object, the group is the target, of the place's country
    expect(await codes('Israel menyerang warga di Gaza.', specs)).toEqual(['ISR 190 PSECVL']);
  });

  it('only a bare country code is refined, and only by a word right next to the mention', async () => {
    expect(await codes('Menurut warga, Retno Marsudi mengecam Israel.', countries)).toEqual(['IDNGOV 111 ISR']);
    expect(await codes('Warga kota mengatakan Indonesia mengecam Israel.', countries)).toEqual(['IDN 111 ISR']);
  });

  it('an act named again with a demonstrative aims the verb at the agent of the act told before ("mengecam serangan tersebut")', async () => {
    expect(await codes('Israel menyerang Gaza pada Selasa. Indonesia mengecam serangan tersebut.', countries)).toEqual(['ISR 190 PSE', 'IDN 111 ISR']);
    expect(await codes('Russia attacked the US on Monday. Israel condemned the attacks.', countries, 'en')).toEqual(['RUS 190 USA', 'ISR 111 RUS']);
    // not without a demonstrative, nor with nothing told before
    expect(await codes('Israel menyerang Gaza pada Selasa. Indonesia mengecam serangan udara.', countries)).toEqual(['ISR 190 PSE']);
    expect(await codes('Indonesia mengecam serangan tersebut.', countries)).toEqual([]);
    // a plain word for an act named again ("langkah tersebut", "the move"), the act told in that sentence or the two before
    expect(await codes('Israel menyerang Gaza pada Selasa. Indonesia mengecam langkah tersebut.', countries)).toEqual(['ISR 190 PSE', 'IDN 111 ISR']);
    expect(await codes('Russia attacked the US on Monday. Israel condemned the move.', countries, 'en')).toEqual(['RUS 190 USA', 'ISR 111 RUS']);
    // one's own act is not the one named again: the last act by another ("dari Beijing" is China's expulsion)
    const sides = places({ 'Amerika Serikat': 'USA', AS: 'USA', China: 'CHN', Beijing: 'CHN' });
    const text = 'Amerika Serikat mengusir dua diplomat China sebagai balasan atas pengusiran seorang diplomat AS dari Beijing. China mengecam langkah itu.';
    expect(await codes(text, sides)).toEqual(['USA 161 CHNGOV', 'CHN 161 USAGOV', 'CHN 111 USA']);
    expect(await codes('Israel menyerang Gaza. Cuaca cerah. Harga naik. Warga berlibur. Indonesia mengecam langkah tersebut.', countries)).toEqual(['ISR 190 PSE']);
    // what the act is judged to be after it ("condemned the decision as illegal"); not whose act it is ("the move of X")
    expect(await codes('Russia attacked the US on Monday. Israel condemned the decision as illegal.', countries, 'en')).toEqual(['RUS 190 USA', 'ISR 111 RUS']);
    // a noun of the act done to someone (peN-an) named again too
    const ships = [...countries, { name: 'Panama', type: 'LOC' as const, actor: 'PAN' }];
    expect(await codes('Israel menyita kapal berbendera Panama. Indonesia mengecam penyitaan tersebut.', ships)).toEqual(['ISR 171 PAN', 'IDN 111 ISR']);
    expect(await codes('Israel menyita kapal berbendera Panama. Indonesia menentang penyitaan tersebut.', ships)).toEqual(['ISR 171 PAN', 'IDN 111 ISR']);
  });

  it('"berupa", "bernilai" describe what is sent: no verb that ends the search for its target', async () => {
    expect(await codes('Indonesia mengirimkan bantuan kemanusiaan berupa obat-obatan ke Gaza melalui Mesir.', countries)).toEqual(['IDN 073 PSE']);
  });

  it('a meeting between two titled persons, the second "mitranya dari Jepang X"; "kedua menteri" are both in every act told with them', async () => {
    const specs = [
      ...countries,
      { name: 'Korea Utara', type: 'LOC' as const, actor: 'PRK' },
      { name: 'Korsel', type: 'LOC' as const, actor: 'KOR' },
      { name: 'Cho Hyun', type: 'PER' as const, actor: 'KORGOV' },
      { name: 'Takeshi Iwaya', type: 'PER' as const, actor: 'JPNGOV' },
    ];
    const text = 'Pertemuan antara Menteri Luar Negeri Korsel Cho Hyun dan mitranya dari Jepang Takeshi Iwaya digelar di Tokyo. Kedua menteri mengecam Korea Utara dan mendesak Israel.';
    expect(await codes(text, specs)).toEqual(['KORGOV 040 JPNGOV', 'KORGOV 111 PRK', 'JPNGOV 111 PRK', 'KORGOV 100 ISR', 'JPNGOV 100 ISR']);
  });

  it('"kedua negara", "the two leaders" stand for the two sides of the last act told with both', async () => {
    const specs = [...countries, { name: 'Prabowo Subianto', type: 'PER' as const, actor: 'IDNGOV', aliases: ['Prabowo'] }, { name: 'Anwar Ibrahim', type: 'PER' as const, actor: 'MYSGOV', aliases: ['Anwar'] }];
    // (the cooperation agreed to is the event, not the agreeing)
    expect(await codes('Prabowo bertemu Anwar di Jakarta. Kedua negara sepakat memperkuat kerja sama.', specs)).toEqual(['IDNGOV 040 MYSGOV', 'IDNGOV 060 MYSGOV']);
    expect(await codes('Prabowo met Anwar in Jakarta. The two leaders condemned Israel.', specs, 'en')).toEqual(['IDNGOV 040 MYSGOV', 'IDNGOV 111 ISR', 'MYSGOV 111 ISR']);
    // the evidence shows the phrase
    const input = stageInput('Prabowo bertemu Anwar di Jakarta. Kedua negara mengecam Israel.', specs);
    const [, e] = await eventsOf(input);
    expect(input.text.slice(e!.evidence.start, e!.evidence.end)).toBe('Kedua negara mengecam Israel');
    // with no act of two sides before, nobody
    expect(await codes('Kedua negara mengecam Israel.', specs)).toEqual([]);
    // "keduanya" (the two of them) too
    expect(await codes('Prabowo bertemu Anwar di Jakarta. Keduanya mengecam Israel.', specs)).toEqual(['IDNGOV 040 MYSGOV', 'IDNGOV 111 ISR', 'MYSGOV 111 ISR']);
  });

  it('"dirinya" after a verb of saying is the speaker\'s own side, not a verb ("di-"), even after an adverb phrase', async () => {
    const specs = [...countries, { name: 'Retno Marsudi', type: 'PER' as const, actor: 'IDNGOV', aliases: ['Retno'] }];
    expect(await codes('Retno mengatakan dirinya mendukung Israel.', specs)).toEqual(['IDNGOV 051 ISR']);
    expect(await codes('Retno mengatakan secara umum dirinya sangat mendukung Israel.', specs)).toEqual(['IDNGOV 051 ISR']);
  });

  it('the members named after "yakni"/"yaitu" are the targets, like those after "termasuk"', async () => {
    expect(await codes('Israel mengecam negara-negara tetangganya, yakni Turki dan Iran.', countries)).toEqual(['ISR 111 TUR', 'ISR 111 IRN']);
  });

  it('summoning a state\'s envoy is an official complaint to that state (114)', async () => {
    expect(await codes('Indonesia memanggil Duta Besar Rusia di Jakarta.', countries)).toEqual(['IDN 114 RUSGOV']);
    expect(await codes('Israel summoned the Russian ambassador on Tuesday.', [...countries, { name: 'Russian', type: 'LOC' as const, actor: 'RUS' }], 'en')).toEqual(['ISR 114 RUSGOV']);
  });

  it('a weapons test is a show of military power aimed at no one (150)', async () => {
    expect(await codes('Rusia melakukan uji coba rudal balistik pada Kamis.', countries)).toEqual(['RUS 150 null']);
    expect(await codes('Russia test-fired a ballistic missile on Thursday.', countries, 'en')).toEqual(['RUS 150 null']);
  });

  it('military drills are a show of force (150), toward the place they are held around; joint ones military cooperation (062)', async () => {
    const world = [...countries, { name: 'China', type: 'LOC' as const, actor: 'CHN' }, { name: 'Taiwan', type: 'LOC' as const, actor: 'TWN' }, { name: 'Australia', type: 'LOC' as const, actor: 'AUS' }];
    expect(await codes('China conducted large-scale military drills around Taiwan on Saturday.', world, 'en')).toEqual(['CHN 150 TWN']);
    expect(await codes('China menggelar latihan militer besar-besaran di sekitar Taiwan pada Sabtu.', world)).toEqual(['CHN 150 TWN']);
    expect(await codes('Russia and China held joint naval drills on Monday.', world, 'en')).toEqual(['RUS 062 CHN']);
    expect(await codes('Indonesia dan Australia menggelar latihan militer bersama di Darwin.', world)).toEqual(['IDN 062 AUS']);
    // two coordinated subjects drilling together cooperate, "joint" or not (the lexicon's together=062)
    expect(await codes('Russia and China held naval drills in the Sea of Japan.', world, 'en')).toEqual(['RUS 062 CHN']);
    expect(await codes('Rusia dan China menggelar latihan militer di Laut Jepang.', world)).toEqual(['RUS 062 CHN']);
  });

  it('drones launched at a place are fire from afar (194), as missiles are', async () => {
    const world = [...countries, { name: 'Kyiv', type: 'LOC' as const, actor: 'UKR' }];
    expect(await codes('Russia launched dozens of drones at Kyiv overnight.', world, 'en')).toEqual(['RUS 194 UKR']);
  });

  it('rescue and medical teams sent to a disaster are humanitarian aid (073); a junta is its country\'s government', async () => {
    const world = [...countries, { name: 'China', type: 'LOC' as const, actor: 'CHN' }, { name: 'Myanmar', type: 'LOC' as const, actor: 'MMR' }, { name: 'Yangon', type: 'LOC' as const, actor: 'MMR' }];
    expect(await codes('China mengirim 126 personel tim penyelamat ke Yangon.', world)).toEqual(['CHN 073 MMR']);
    expect(await codes('China sent rescue teams to Myanmar.', world, 'en')).toEqual(['CHN 073 MMR']);
    // declaring a ceasefire (0871), with the words side by side: a statement about a ceasefire is none
    expect(await codes('Junta militer Myanmar menyatakan gencatan senjata dengan pemberontak.', world)).toEqual(['MMRGOV 0871 REB']);
    expect(await codes('Myanmar menyatakan bahwa gencatan senjata gagal.', world)).toEqual([]);
    // "sementara" right after the act's noun is "temporary", not "while": the partner after it is still found
    expect(await codes('Junta militer Myanmar menyatakan gencatan senjata sementara dengan pemberontak.', world)).toEqual(['MMRGOV 0871 REB']);
  });

  it('thanks conveyed are praise (051): "menyampaikan terima kasih kepada X"', async () => {
    expect(await codes('Prabowo menyampaikan terima kasih kepada Jepang atas bantuannya.', countries)).toEqual(['IDNGOV 051 JPN']);
  });

  it('English economic acts: concluding talks (057), pledging loans (033), approving a loan (071), a tariff on a country\'s goods', async () => {
    const world = [...countries, { name: 'India', type: 'LOC' as const, actor: 'IND' }, { name: 'Egypt', type: 'LOC' as const, actor: 'EGY' }, { name: 'World Bank', type: 'ORG' as const, actor: 'IGOUNODEV' }];
    expect(await codes('India and Malaysia concluded negotiations on a free trade agreement.', world, 'en')).toEqual(['IND 057 MYS']);
    expect(await codes('Malaysia pledged $5 billion in loans to Egypt.', world, 'en')).toEqual(['MYS 033 EGY']);
    expect(await codes('The World Bank approved a $1 billion loan for Egypt.', world, 'en')).toEqual(['IGOUNODEV 071 EGY']);
  });

  it('a coordinator and a verb open the subject\'s next act: its names are not the first act\'s target', async () => {
    const specs = [...countries, { name: 'Partai Demokrat', type: 'ORG' as const, actor: 'IDNPTY' }, { name: 'Bawaslu', type: 'ORG' as const, actor: 'IDNGOV' }];
    expect(await codes('Partai Demokrat menolak hasil pemilu dan melapor ke Bawaslu.', specs)).toEqual([]);
    expect(await codes('Partai Demokrat menolak keputusan Bawaslu.', specs)).toEqual(['IDNPTY 120 IDNGOV']);
  });

  it('the court a lawsuit is lodged with is no party to it (venue=)', async () => {
    const specs = [
      ...countries,
      { name: 'Partai Demokrat', type: 'ORG' as const, actor: 'IDNPTY' },
      { name: 'KPU', type: 'ORG' as const, actor: 'IDNGOV' },
      { name: 'Mahkamah Konstitusi', type: 'ORG' as const, actor: 'IDNJUD' },
      { name: 'Apple', type: 'ORG' as const, actor: 'USABUS' },
      { name: 'Samsung', type: 'ORG' as const, actor: 'KORBUS' },
      { name: 'Supreme Court', type: 'ORG' as const, actor: 'USAJUD' },
    ];
    expect(await codes('Partai Demokrat mengajukan gugatan ke Mahkamah Konstitusi.', specs)).toEqual([]);
    expect(await codes('Partai Demokrat menggugat KPU ke Mahkamah Konstitusi.', specs)).toEqual(['IDNPTY 115 IDNGOV']);
    expect(await codes('Apple filed a lawsuit against Samsung in the Supreme Court.', specs, 'en')).toEqual(['USABUS 115 KORBUS']);
    expect(await codes('Apple filed a lawsuit with the Supreme Court.', specs, 'en')).toEqual([]);
  });

  it('a past participle after a determiner describes a noun: "the occupied West Bank" is no occupation, nor the subject of what follows', async () => {
    const specs = [
      ...countries,
      { name: 'Israel', type: 'LOC' as const, actor: 'ISR', aliases: ['Israeli'] },
      { name: 'Jenin', type: 'LOC' as const, actor: 'PSE' },
      { name: 'West Bank', type: 'LOC' as const, actor: 'PSE' },
    ];
    expect(await codes('Israeli forces raided Jenin in the occupied West Bank, killing two militants.', specs, 'en')).toEqual(['ISRMIL 091 PSE', 'ISRMIL 190 REB']);
    expect(await codes('Israel occupied the West Bank in 1967.', specs, 'en')).toEqual(['ISR 192 PSE']);
  });

  it('"antara" with a word for the sides after it still pairs them ("bentrokan bersenjata antara pasukan Thailand dan Kamboja")', async () => {
    const specs = [...countries, { name: 'Thailand', type: 'LOC' as const, actor: 'THA' }, { name: 'Kamboja', type: 'LOC' as const, actor: 'KHM' }];
    expect(await codes('Bentrokan bersenjata antara pasukan Thailand dan Kamboja menewaskan 40 orang.', specs)).toEqual(['THAMIL 190 KHM']);
  });

  it('two subjects that act on each other ("saling menuduh", "accused each other") give one event each way', async () => {
    const specs = [...countries, { name: 'Thailand', type: 'LOC' as const, actor: 'THA' }, { name: 'Kamboja', type: 'LOC' as const, actor: 'KHM', aliases: ['Cambodia'] }];
    expect(await codes('Thailand dan Kamboja saling menuduh.', specs)).toEqual(['THA 112 KHM', 'KHM 112 THA']);
    expect(await codes('Thailand and Cambodia accused each other of starting the fighting.', specs, 'en')).toEqual(['THA 112 KHM', 'KHM 112 THA']);
    // without the reciprocal word, no target
    expect(await codes('Thailand dan Kamboja menuduh.', specs)).toEqual([]);
    // a football side's attack is no armed one (a blocking phrase)
    expect(await codes('Thailand dan Kamboja saling menyerang sejak menit awal pertandingan.', specs)).toEqual([]);
    expect(await codes('Thailand dan Kamboja saling menyerang di perbatasan.', specs)).toEqual(['THA 190 KHM', 'KHM 190 THA']);
  });

  it('negotiating something with a partner (merundingkan … dengan) is negotiation with that partner (046), not with what is negotiated', async () => {
    expect(await codes('Malaysia tengah merundingkan perjanjian dagang dengan Jepang.', countries)).toEqual(['MYS 046 JPN']);
    expect(await codes('Malaysia merundingkan perjanjian Jepang.', countries)).toEqual([]);
  });

  it('an arrival in or a flight to a place of another country is a visit there (042), not one at home (abroad)', async () => {
    const specs = [...countries, { name: 'Prabowo', type: 'PER' as const, actor: 'IDNGOV' }, { name: 'Pakistan', type: 'LOC' as const, actor: 'PAK' }, { name: 'Jakarta', type: 'LOC' as const, actor: 'IDN' }, { name: 'Mesir', type: 'LOC' as const, actor: 'EGY' }];
    expect(await codes('Prabowo tiba di Pakistan pada Senin.', specs)).toEqual(['IDNGOV 042 PAK']);
    expect(await codes('Prabowo kemudian terbang ke Mesir untuk menghadiri KTT.', specs)).toEqual(['IDNGOV 042 EGY']);
    expect(await codes('Prabowo tiba di Jakarta pada Senin.', specs)).toEqual([]);
    // setting off for a place abroad (bertolak, berangkat ke)
    expect(await codes('Prabowo dijadwalkan bertolak ke Mesir pada Senin.', specs)).toEqual(['IDNGOV 042 EGY']);
    expect(await codes('Prabowo berangkat ke Jakarta.', specs)).toEqual([]);
  });

  it('a mediator between two sides (045) and appreciation of one (051)', async () => {
    const specs = [...countries, { name: 'Thailand', type: 'LOC' as const, actor: 'THA' }, { name: 'Kamboja', type: 'LOC' as const, actor: 'KHM' }];
    expect(await codes('Indonesia siap menjadi penengah dalam konflik antara Thailand dan Kamboja.', specs)).toEqual(['IDN 045 THA', 'IDN 045 KHM']);
    expect(await codes('Thailand menghargai peran Indonesia.', specs)).toEqual(['THA 051 IDN']);
    // the talks one mediates are not one's own with whoever is named beside one
    expect(await codes('Thailand dan Kamboja, yang menjadi penengah dalam perundingan gencatan senjata, menyerukan perdamaian.', specs)).not.toContainEqual(
      expect.stringMatching(/ 04[06] | 057 /),
    );
    expect(await codes('Indonesia menjadi penengah dalam perundingan antara Thailand dan Kamboja.', specs)).toEqual(['IDN 045 THA', 'IDN 045 KHM']);
  });

  it('English strikes: workers who went on strike (143); "striking workers" detained are the target of the detention', async () => {
    const india = [...countries, { name: 'Chennai', type: 'LOC' as const, actor: 'IND' }];
    expect(await codes('Hundreds of workers at the plant near Chennai went on strike on Monday.', india, 'en')).toEqual(['INDLAB 143 null']);
    expect(await codes('Police detained 104 striking workers in Chennai.', india, 'en')).toEqual(['INDCOP 173 INDLAB']);
  });

  it('those ordered to act do it, not who orders: with no name for them, no agent ("memerintahkan Panglima TNI untuk membantu")', async () => {
    const specs = [...countries, { name: 'Joko Widodo', type: 'PER' as const, actor: 'IDNGOV' }, { name: 'TNI', type: 'ORG' as const, actor: 'IDNMIL' }];
    expect(await codes('Joko Widodo memerintahkan TNI untuk membantu evakuasi korban di Gaza.', specs)).toEqual(['IDNMIL 070 PSECVL']);
    expect(await codes('Joko Widodo memerintahkan Panglima TNI dan Kapolri untuk membantu evakuasi korban di Gaza.', specs)).toEqual([]);
    // one's own people act for the one who orders
    expect(await codes('Joko Widodo memerintahkan jajarannya untuk membantu evakuasi korban di Gaza.', specs)).toEqual(['IDNGOV 070 PSECVL']);
  });

  it('English prosecution and trial are legal action (173); an attempt ("tried to") is none', async () => {
    const specs = [...countries, { name: 'Egypt', type: 'LOC' as const, actor: 'EGY' }, { name: 'Ahmed Saleh', type: 'PER' as const, actor: null }];
    expect(await codes('Egypt prosecuted Ahmed Saleh for spreading false news.', specs, 'en')).toEqual(['EGY 173 null']);
    expect(await codes('Egypt put Ahmed Saleh on trial on Monday.', specs, 'en')).toEqual(['EGY 173 null']);
    expect(await codes('Egypt tried to reach Ahmed Saleh on Monday.', specs, 'en')).toEqual([]);
    // and in Indonesian: "mengadili" (not "pengadilan", the court)
    expect(await codes('Egypt akan mengadili Ahmed Saleh pada bulan depan.', specs)).toEqual(['EGY 173 null']);
    expect(await codes('Pengadilan Egypt menunda sidang Ahmed Saleh.', specs)).toEqual([]);
  });

  it('a clause of time has its own subject right before its predicate ("hours after Russia launched …", "setelah Israel menyerang")', async () => {
    expect(await codes('Israel approved the sale hours after Russia attacked the US.', countries, 'en')).toEqual(['RUS 190 USA']);
    expect(await codes('Warga berlari ke luar rumah setelah Israel menyerang Gaza.', countries)).toEqual(['ISR 190 PSE']);
    // "hingga" lists names; the last is no subject of its own ("Baleg DPR bersama pemerintah hingga DPD menyepakati …")
    expect(await codes('Indonesia bersama Malaysia hingga Israel menyepakati perjanjian itu.', countries)).toEqual(['IDN 057 MYS']);
  });

  it('condolences and sympathy are an empathetic comment (018)', async () => {
    expect(await codes('Pemerintah Malaysia menyampaikan belasungkawa kepada Indonesia atas bencana tersebut.', countries)).toEqual(['MYSGOV 018 IDN']);
    expect(await codes('Russia offered its condolences to the US after the earthquake.', countries, 'en')).toEqual(['RUS 018 USA']);
  });
});

describe('arms sales, recognition and water cannon', () => {
  const codes = (text: string, lang: 'id' | 'en'): Promise<string[]> =>
    actorCodes(text, places({ 'Amerika Serikat': 'USA', US: 'USA', Pentagon: 'USA', Taiwan: 'TWN', Australia: 'AUS', Palestina: 'PSE', Malaysia: 'MYS', Indonesia: 'IDN', Philippine: 'PHL', Chinese: 'CHN' }), lang);

  it('an arms sale is military cooperation with the buyer (062): the seller named after the noun, or approving it', async () => {
    expect(await codes('Penjualan senjata Amerika Serikat kepada Taiwan memicu protes.', 'id')).toEqual(['USA 062 TWN']);
    expect(await codes('Amerika Serikat menyetujui penjualan senjata kepada Taiwan.', 'id')).toEqual(['USA 062 TWN']);
    expect(await codes('The Pentagon announced a $1 billion arms sale to Taiwan.', 'en')).toEqual(['USA 062 TWN']);
    expect(await codes('The US approved an arms sale to Taiwan.', 'en')).toEqual(['USA 062 TWN']);
  });

  it('recognition of a state, with a preposition between (054)', async () => {
    expect(await codes('Pemerintah Australia mengumumkan pengakuan terhadap negara Palestina.', 'id')).toEqual(['AUSGOV 054 PSE']);
  });

  it('water cannon used against a boat is violent repression (175); the royal police named with its country is its police', async () => {
    expect(await codes('Chinese coast guard vessels used water cannon against a Philippine boat.', 'en')).toEqual(['CHNMIL 175 PHL']);
    expect(await codes('Polisi Diraja Malaysia menangkap 30 warga negara Indonesia.', 'id')).toEqual(['MYSCOP 173 IDNCVL']);
  });
});

describe('clauses of time', () => {
  it('a name in a clause of time after the act is no target of it; the subject before one is still the act\'s', async () => {
    const of = briefOf([
      { name: 'Russell Vought', type: 'PER' as const, actor: 'USAGOV' },
      { name: 'Erick Thohir', type: 'PER' as const, actor: 'IDNGOV', aliases: ['Erick'] },
      { name: 'Prabowo Subianto', type: 'PER' as const, actor: 'IDNGOV', aliases: ['Prabowo'] },
    ]);
    expect(await of('Hakim mengabulkan permohonan serikat pekerja setelah Russell Vought menyebut akan ada PHK.', 'id')).toEqual([]);
    expect(await of('The judge granted a request by the unions after Russell Vought announced the layoffs.')).toEqual([]);
    expect(await of('Erick usai bertemu Prabowo mengatakan hal itu kepada wartawan.', 'id')).toEqual(['Erick Thohir 040 Prabowo Subianto asserted']);
  });
});

describe('truces', () => {
  const codes = (text: string, lang: 'id' | 'en'): Promise<string[]> =>
    actorCodes(text, [...places({ Israel: 'ISR', Russia: 'RUS', Ukraine: 'UKR' }), { name: 'Hamas', type: 'ORG' as const, actor: 'PSEREB' }], lang);

  it('a truce or a humanitarian pause is a formal agreement between its sides (057)', async () => {
    expect(await codes('Russia and Ukraine announced a truce.', 'en')).toEqual(['RUS 057 UKR']);
    expect(await codes('Israel dan Hamas menyepakati jeda kemanusiaan.', 'id')).toEqual(['ISR 057 PSEREB']);
  });

  it('one agreed to, "untuk" between: the agreeing sides are its sides', async () => {
    expect(await codes('Israel dan Hamas sepakat untuk gencatan senjata.', 'id')).toEqual(['ISR 057 PSEREB']);
  });
});

describe('a noun act as the subject of a passive', () => {
  it('the agent of the passive support verb after it is the act\'s ("Kritik keras disampaikan oleh …", "Kecaman dilontarkan Iran")', async () => {
    const codes = (text: string): Promise<string[]> =>
      actorCodes(text, [...places({ Iran: 'IRN', Israel: 'ISR', Gaza: 'PSE', Rusia: 'RUS', AS: 'USA' }), { name: 'Puan Maharani', type: 'PER' as const, actor: 'IDNLEG' }], 'id');
    expect(await codes('Kecaman dilontarkan Iran terhadap Israel.')).toEqual(['IRN 111 ISR']);
    expect(await codes('Serangan itu dilakukan oleh Israel terhadap Gaza.')).toEqual(['ISR 190 PSE']);
    expect(await codes('Kritik keras disampaikan oleh Ketua DPR Puan Maharani terhadap Israel.')).toEqual(['IDNLEG 111 ISR']);
    // a word or two may describe the noun before a relative clause
    expect(await codes('Sanksi baru yang dijatuhkan AS terhadap Rusia mulai berlaku.')).toEqual(['USA 163 RUS']);
    // whatever a clause of cause names after it ("berkat …") is not whom the act aims at
    expect(await codes('Kecaman itu disampaikan Iran dengan tertib berkat pengamanan polisi.')).not.toContain('IRN 111 COP');
  });
});

describe('welcoming a guest, calling an act a crime, tariffs put in force', () => {
  const codes = (text: string): Promise<string[]> =>
    actorCodes(
      text,
      [
        ...places({ Iran: 'IRN', Israel: 'ISR', 'Amerika Serikat': 'USA', India: 'IND', Islandia: 'ISL' }),
        { name: 'Anwar Ibrahim', type: 'PER' as const, actor: 'MYSGOV' },
        { name: 'Prabowo Subianto', type: 'PER' as const, actor: 'IDNGOV', aliases: ['Prabowo'] },
      ],
      'id',
    );

  it('a named guest welcomed is hosted (043); crowds of tourists are not', async () => {
    expect(await codes('Anwar Ibrahim menyambut Presiden Prabowo di Putrajaya.')).toEqual(['MYSGOV 043 IDNGOV']);
    expect(await codes('Presiden Prabowo disambut Anwar Ibrahim setibanya di Putrajaya.')).toEqual(['MYSGOV 043 IDNGOV']);
    expect(await codes('Islandia telah menyambut 1,8 juta wisatawan tahun ini.')).toEqual([]);
  });

  it('calling another\'s act a crime accuses them (112)', async () => {
    expect(await codes('Iran menyebut serangan Israel sebagai kejahatan perang.')).toEqual(['IRN 112 ISR']);
  });

  it('tariffs put in force on another are sanctions (163)', async () => {
    expect(await codes('Amerika Serikat memberlakukan tarif 50 persen terhadap India.')).toEqual(['USA 163 IND']);
  });
});

describe('a purpose after the target preposition\'s object', () => {
  it('ends the search when that object names no one ("meminta kepada jajarannya untuk … penyidik")', async () => {
    const of = briefOf([{ name: 'Budi Santoso', type: 'PER' as const }, { name: 'Polri', type: 'ORG' as const, actor: 'IDNCOP' }]);
    expect(await of('Budi Santoso meminta kepada jajarannya untuk memberikan apa yang diminta Polri.', 'id')).toEqual([]);
    expect(await of('Budi Santoso meminta kepada Polri untuk menangkap pelaku.', 'id')).toEqual(['Budi Santoso 020 Polri asserted']);
  });
});

describe('a word describing an act right after the verb', () => {
  it('hosting peace talks between two is hosting them both (043)', async () => {
    const of = briefOf(places({ 'Saudi Arabia': 'SAU', Russia: 'RUS', Ukraine: 'UKR' }));
    expect(await of('Saudi Arabia hosted peace talks between Russia and Ukraine.')).toEqual([
      'Saudi Arabia 043 Russia asserted',
      'Saudi Arabia 043 Ukraine asserted',
      'Russia 040 Ukraine asserted',
    ]);
  });
});

describe('rockets fired into a place', () => {
  it('firing rockets into a place is fighting with artillery (194), as launching them', async () => {
    const codes = (text: string): Promise<string[]> =>
      actorCodes(text, [...places({ Israel: 'ISR' }), { name: 'Hezbollah', type: 'ORG' as const, actor: 'LBNREB' }], 'en');
    expect(await codes('Hezbollah fired rockets into northern Israel.')).toEqual(['LBNREB 194 ISR']);
    expect(await codes('Hezbollah launched drones toward Israel.')).toEqual(['LBNREB 194 ISR']);
  });
});

describe('sharing intelligence, reaching consensus, describing words before an object', () => {
  it('intelligence given or exchanged is shared (064); a consensus reached is an agreement (057)', async () => {
    const of = briefOf(places({ 'United States': 'USA', Macedonia: 'MKD', Israel: 'ISR', Jordan: 'JOR', 'Amerika Serikat': 'USA', Jepang: 'JPN' }));
    expect(await of('The United States is providing military intelligence to Macedonia.')).toEqual(['United States 064 Macedonia asserted']);
    expect(await of('Israel and Jordan exchanged intelligence on the attack.')).toEqual(['Israel 064 Jordan asserted']);
    expect(await of('Israel and Jordan reached a consensus on water.')).toEqual(['Israel 057 Jordan asserted']);
    expect(await of('Amerika Serikat memberikan informasi intelijen kepada Jepang.', 'id')).toEqual(['Amerika Serikat 064 Jepang asserted']);
    expect(await of('Israel dan Jordan mencapai konsensus soal air.', 'id')).toEqual(['Israel 057 Jordan asserted']);
  });

  it('thanks expressed to someone or for what they did is praise (051); dissidents are a group of the opposition', async () => {
    const of = briefOf(places({ Indonesia: 'IDN', China: 'CHN', Egypt: 'EGY', 'United States': 'USA' }));
    expect(await of("Indonesia expressed appreciation for China's assistance.")).toEqual(['Indonesia 051 China asserted']);
    expect(await of('Indonesia expressed gratitude to China.')).toEqual(['Indonesia 051 China asserted']);
    const [helped] = await eventsOf(stageInput('The United States helped two dissidents from Egypt.', places({ 'United States': 'USA', Egypt: 'EGY' }), { lang: 'en' }));
    expect(helped).toMatchObject({ code: '070', target: { entity: null, actor: 'EGYOPP' } });
  });

  it('welcoming a guest is hosting (043); welcoming what another did is praise (051), an agreement welcomed is still its sides\' act', async () => {
    const of = briefOf([...places({ Malaysia: 'MYS', Thailand: 'THA', Cambodia: 'KHM', Egypt: 'EGY' }), { name: 'Hamas', type: 'ORG', actor: 'PSEREB' }, { name: 'Anwar', type: 'PER', actor: 'MYSGOV' }, { name: 'Prabowo', type: 'PER', actor: 'IDNGOV' }]);
    expect(await of('Malaysia welcomed the ceasefire between Thailand and Cambodia.')).toEqual(['Thailand 057 Cambodia asserted']);
    expect(await of("Egypt welcomed Hamas's response to the proposal.")).toEqual(['Egypt 051 Hamas asserted']);
    expect(await of('Anwar welcomed Prabowo at the palace.')).toEqual(['Anwar 043 Prabowo asserted']);
  });

  it('a case brought against another before a court is a lawsuit (115), not what it is about', async () => {
    const of = briefOf(places({ 'South Africa': 'ZAF', 'Afrika Selatan': 'ZAF', Israel: 'ISR', Nicaragua: 'NIC', Germany: 'DEU' }));
    expect(await of('South Africa filed a genocide case against Israel at the court.')).toEqual(['South Africa 115 Israel asserted']);
    expect(await of('Nicaragua brought a case against Germany at the court.')).toEqual(['Nicaragua 115 Germany asserted']);
    expect(await of('Afrika Selatan mengajukan gugatan genosida terhadap Israel ke pengadilan.', 'id')).toEqual(['Afrika Selatan 115 Israel asserted']);
  });

  it('a name joined to the noun after it ("Iran-backed militias", "US-brokered talks") is no object; as a subject it leads', async () => {
    const of = briefOf([...places({ 'United States': 'USA', Iran: 'IRN', Iraq: 'IRQ', US: 'USA', Qatar: 'QAT', Yemen: 'YEM' }), { name: 'Houthi', type: 'ORG', actor: 'YEMREB' }]);
    expect(await of('The United States struck Iran-backed militias in Iraq.')).toEqual(['United States 190 null asserted']);
    expect(await of('A US-led coalition struck Houthi targets in Yemen.')).toEqual(['US 190 Houthi asserted']);
    expect(await of('Qatar hosted US-brokered negotiations on Monday.')).toEqual([]);
  });

  it('a participle before the words that describe a name does not end the object search ("extradited suspected British militant X")', async () => {
    const of = briefOf([...places({ Zambia: 'ZMB', Britain: 'GBR' }), { name: 'Haroon Aswad', type: 'PER' }]);
    expect(await of('Zambia extradited suspected British militant Haroon Aswad to Britain on Sunday.')).toEqual(['Zambia 063 Haroon Aswad asserted']);
    expect(await of('Zambia extradited suspected militant Haroon Aswad to Britain on Sunday.')).toEqual(['Zambia 063 Haroon Aswad asserted']);
  });
});
