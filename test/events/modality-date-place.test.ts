/** Modality cues and their scope; the date from the event's own clause; the place; quotes; the record fields. */
import { describe, expect, it } from 'vitest';
import { Event } from '../../src/record/schema.js';
import { brief, briefOf, eventsOf, places, stageInput, timeAt, WORLD, type EntitySpec } from './helpers.js';
import { startsAfter } from '../../src/events/when-where.js';

async function modalities(text: string): Promise<string[]> {
  const input = stageInput(text, WORLD);
  return brief(input, await eventsOf(input));
}

describe('modality', () => {
  it('alleged: a near cue (diduga) and a governing one (kecurigaan bahwa …)', async () => {
    expect(await modalities('Korea Utara diduga memasok rudal ke Rusia.')).toEqual(['Korea Utara 072 Rusia alleged']);
    expect(await modalities('Hal itu terjadi di tengah kecurigaan bahwa Pyongyang telah memasok amunisi ke Moskow.')).toEqual([
      'Pyongyang 072 Moskow alleged',
    ]);
    expect(await modalities('Israel disebut-sebut menyerang Turki.')).toEqual(['Israel 190 Turki alleged']);
    // what circulates (beredar) is rumoured; the news one got (kabar ini) is not
    expect(await modalities('Sempat beredar kabar bahwa Israel menyerang Turki.')).toEqual(['Israel 190 Turki alleged']);
    expect(await modalities('Kabar ini diperoleh setelah Israel menyerang Turki.')).toEqual(['Israel 190 Turki asserted']);
  });

  it('a preposition that negates ("tanpa", "without") negates only the trigger right after it', async () => {
    expect(await modalities('Israel menyetujui gencatan senjata tanpa syarat setelah menyerang Turki.')).toContain('Israel 190 Turki asserted');
    expect(await modalities('Israel mengakhiri perang tanpa menyerang Turki.')).toContain('Israel 190 Turki negated');
  });

  it('a negation before a clause of time does not reach the act inside it ("tak langsung kabur setelah membunuh …")', async () => {
    expect(await modalities('Israel tidak langsung kabur setelah menyerang Turki.')).toEqual(['Israel 190 Turki asserted']);
    // (a bare verb before the clause of time is the predicate whose subject it shares)
    expect(await modalities('Israel mundur setelah menyerang Turki.')).toEqual(['Israel 190 Turki asserted']);
    expect(await modalities('Israel tidak menyerang Turki setelah perundingan itu.')).toEqual(['Israel 190 Turki negated']);
  });

  it('a negated word inside a noun phrase closed by its demonstrative does not reach a verb after a coordinator', async () => {
    expect(await modalities('Israel melihat aksi tak patut itu dan menyerang Turki.')).toEqual(['Israel 190 Turki asserted']);
    // an act's verb coordinated right before the trigger shares its negation; a verb of no act does not pass one on
    expect(await modalities('Israel tidak mengecam dan mengutuk Turki.')).toEqual(['Israel 111 Turki negated']);
    expect(await modalities('Israel menyoroti janji yang belum ditepati serta mengecam Turki.')).toEqual(['Israel 111 Turki asserted']);
  });

  it('a verb of its own between a near cue and a noun trigger takes the cue; support and receiving verbs pass it on', async () => {
    expect(await modalities('Rusia tidak akan menoleransi dukungan Israel kepada Turki.')).toEqual(['Israel 051 Turki asserted']);
    expect(await modalities('Israel tidak memberikan dukungan kepada Turki.')).toEqual(['Israel 051 Turki negated']);
    expect(await modalities('Israel belum mendapatkan dukungan dari Turki.')).toEqual(['Turki 051 Israel negated']);
  });

  it('a noun read through its support verb takes the cue before the verb across a long modifier ("will provide nearly 25,000 tons of food aid")', async () => {
    const en: EntitySpec[] = [
      { name: 'Japan', type: 'LOC', actor: 'JPN' },
      { name: 'Liberia', type: 'LOC', actor: 'LBR' },
    ];
    const input = stageInput('Japan will provide nearly 25,000 tons of emergency food aid to Liberia.', en, { lang: 'en' });
    expect(brief(input, await eventsOf(input))).toEqual(['Japan 073 Liberia future']);
    expect(await modalities('Israel tidak akan memberikan 200 ton bantuan kepada Turki.')).toEqual(['Israel 070 Turki negated']);
  });

  it('what a verb of saying after a denial reports is not denied ("rejected the accusations, saying …")', async () => {
    const en: EntitySpec[] = [
      { name: 'Russia', type: 'LOC', actor: 'RUS' },
      { name: 'Iran', type: 'LOC', actor: 'IRN' },
    ];
    const input = stageInput('Russia rejected the accusations, saying Russia and Iran cooperate under international law.', en, { lang: 'en' });
    expect(brief(input, await eventsOf(input))).toEqual(['Russia 060 Iran asserted']);
    expect(await modalities('Rusia membantah telah menyerang Ukraina.')).toEqual(['Rusia 190 Ukraina negated']);
  });

  it('the reach of a governing cue ends at a relative clause', async () => {
    const out = await modalities(
      'Di tengah kecurigaan bahwa Pyongyang telah memasok amunisi ke Moskow untuk perang yang dilancarkan Rusia di Ukraina.',
    );
    expect(out).toEqual(['Pyongyang 072 Moskow alleged', 'Rusia 190 Ukraina asserted']);
  });

  it('and at a clause of what followed (hingga, lalu; then)', async () => {
    expect(await modalities('Korea Utara diduga memasok rudal ke Rusia lalu Jepang mengecam Korea Utara.')).toEqual([
      'Korea Utara 072 Rusia alleged',
      'Jepang 111 Korea Utara asserted',
    ]);
  });

  it('a cue negated is none: "tanpa diduga", "tanpa direncanakan", "tidak membantah", "did not deny"', async () => {
    expect(await modalities('Tanpa diduga, Israel menyerang Turki.')).toEqual(['Israel 190 Turki asserted']);
    expect(await modalities('Prabowo dan Anwar Ibrahim tanpa direncanakan bertemu di Jakarta.')).toEqual(['Prabowo Subianto 040 Anwar Ibrahim asserted']);
    expect(await modalities('Rusia tidak membantah telah menyerang Moldova.')).toEqual(['Rusia 190 Moldova asserted']);
    expect(await briefOf(places({ Russia: 'RUS', Moldova: 'MDA' }))('Russia did not deny attacking Moldova.')).toEqual(['Russia 190 Moldova asserted']);
    // a cue in a relative clause closed by a comma governs that clause only
    expect(await modalities('Untuk rudal yang diklaim canggih itu, Rusia bekerja sama dengan Turki.')).toEqual(['Rusia 060 Turki asserted']);
    expect(await modalities('Rusia, yang diduga menyerang Moldova, mengecam Turki.')).toEqual(['Rusia 190 Moldova alleged', 'Rusia 111 Turki asserted']);
  });

  it('negated: tidak, belum, membantah; "tidak hanya" is no negation', async () => {
    expect(await modalities('Israel tidak menyerang Turki.')).toEqual(['Israel 190 Turki negated']);
    expect(await modalities('Prabowo belum bertemu Anwar Ibrahim.')).toEqual(['Prabowo Subianto 040 Anwar Ibrahim negated']);
    expect(await modalities('Rusia membantah telah menyerang Moldova.')).toEqual(['Rusia 190 Moldova negated']);
    expect(await modalities('Israel tidak hanya mengecam Turki.')).toEqual(['Israel 111 Turki asserted']);
  });

  it('future: akan, berencana, rencana, berharap', async () => {
    expect(await modalities('Prabowo akan mengunjungi Jepang.')).toEqual(['Prabowo Subianto 042 Jepang future']);
    expect(await modalities('Malaysia berencana menjatuhkan sanksi kepada Israel.')).toEqual(['Malaysia 163 Israel future']);
    // a hope is not yet a fact
    expect(await modalities('Filipina berharap bisa bekerja sama dengan Turki.')).toEqual(['Filipina 060 Turki future']);
    // "ingin" is no cue: "saya ingin berterima kasih" thanks as it says so
    expect(await modalities('Israel ingin berterima kasih kepada Turki.')).toEqual(['Israel 051 Turki asserted']);
    // what may happen, or has been decided, has not happened
    expect(await modalities('Israel mungkin menyerang Turki.')).toEqual(['Israel 190 Turki future']);
    expect(await modalities('Israel memutuskan menyerang Turki.')).toEqual(['Israel 190 Turki future']);
    // what one is ordered, asked or invited to do has not happened; what one uses something to do has
    expect(await modalities('Israel memerintahkan pasukannya untuk menyerang Turki.')).toEqual(['Israel 190 Turki future']);
    expect(await modalities('Israel menggunakan drone untuk menyerang Turki.')).toEqual(['Israel 190 Turki asserted']);
    // "meminta agar …" governs the clause it opens, and who is asked is not who asks
    expect(await modalities('Israel meminta agar Turki mengirim bantuan ke Gaza.')).toEqual(['Israel 020 Turki asserted', 'Turki 070 Gaza future']);
    expect(await modalities('Israel meminta agar pihak terkait menyampaikan permohonan maaf kepada Turki.')).toEqual([]);
  });

  it('what one must or should do has not happened: harus, seharusnya, must, should are future', async () => {
    expect(await modalities('Retno harus memuji Jepang.')).toEqual(['Retno Marsudi 051 Jepang future']);
    expect(await modalities('Retno seharusnya mengecam Israel.')).toEqual(['Retno Marsudi 111 Israel future']);
    const en = stageInput('Japan must condemn Russia. Japan should meet China.', places({ China: 'CHN', Russia: 'RUS', Japan: 'JPN' }), { lang: 'en' });
    expect(brief(en, await eventsOf(en))).toEqual(['Japan 111 Russia future', 'Japan 040 China future']);
    // what one is aiming or seeking to do, too
    const aim = stageInput('Japan and China are aiming to conclude a deal by December.', places({ China: 'CHN', Japan: 'JPN' }), { lang: 'en' });
    expect(brief(aim, await eventsOf(aim))).toEqual(['Japan 057 China future']);
  });

  it('asserted otherwise', async () => {
    expect(await modalities('Retno memuji Jepang.')).toEqual(['Retno Marsudi 051 Jepang asserted']);
  });

  it('English cues: reportedly, denied, will, not, hopes', async () => {
    const specs = places({ China: 'CHN', Russia: 'RUS', Iran: 'IRN', Japan: 'JPN' });
    const input = stageInput(
      'China reportedly supplied drones to Russia. Iran denied that it attacked Japan. Japan will impose sanctions on Iran. Russia did not attack China. Japan hopes to meet China.',
      specs,
      { lang: 'en' },
    );
    expect(brief(input, await eventsOf(input))).toEqual([
      'China 072 Russia alleged',
      // "it" after "denied that" is Iran, and the denial negates the attack
      'Iran 190 Japan negated',
      'Japan 163 Iran future',
      'Russia 190 China negated',
      'Japan 040 China future',
    ]);
    // "is believed to have …": what others believe was done is alleged
    const believed = stageInput('Russia is believed to have attacked Japan.', specs, { lang: 'en' });
    expect(brief(believed, await eventsOf(believed))).toEqual(['Russia 190 Japan alleged']);
  });

  it('what a directive verb asks its object to do, with no purpose word between, is future ("meminta Polri menangkap")', async () => {
    const of = briefOf([...places({ Polri: 'IDNCOP', Iran: 'IRN' }), { name: 'Budi', type: 'PER' as const, actor: 'IDNGOV' }]);
    expect(await of('Budi meminta Polri menangkap Iran.', 'id')).toEqual(['Budi 020 Polri asserted', 'Polri 173 Iran future']);
    expect(await of('Polri menangkap Iran.', 'id')).toEqual(['Polri 173 Iran asserted']);
  });

  it('an act in a condition has not happened ("Jika Israel menyerang Iran", "if Israel attacks"); "jika" after a verb says "that"', async () => {
    const of = briefOf(places({ Israel: 'ISR', Iran: 'IRN', Tehran: 'IRN' }));
    expect(await of('Jika Israel menyerang Iran, perang besar akan pecah.', 'id')).toEqual(['Israel 190 Iran future']);
    expect(await of('Iran will retaliate if Israel attacks Tehran.')).toEqual(['Israel 190 Tehran future']);
    expect(await of('Pejabat itu mengaku jika Israel menyerang Iran.', 'id')).toEqual(['Israel 190 Iran asserted']);
    // a comma ends the condition
    expect(await of('Jika gagal, Israel menyerang Iran.', 'id')).toEqual(['Israel 190 Iran asserted']);
  });

  it('English: what one wants, decides or agrees to do, or is pressed to do, is future', async () => {
    const of = briefOf(places({ China: 'CHN', Russia: 'RUS', Iran: 'IRN' }));
    expect(await of('Russia wants to attack China.')).toEqual(['Russia 190 China future']);
    expect(await of('Russia decided to attack China.')).toEqual(['Russia 190 China future']);
    expect(await of('Russia faces pressure from China to help Iran.')).toEqual(['Russia 070 Iran future']);
    expect(await of('Russia attacked China.')).toEqual(['Russia 190 China asserted']);
    // a time between the cue and the act counts no word ("agreed on Sunday to hold talks")
    const talks = 'Russia and China agreed on Sunday to hold talks.';
    const sunday = stageInput(talks, places({ China: 'CHN', Russia: 'RUS' }), { lang: 'en', times: [timeAt(talks, 'Sunday', '2025-06-01')] });
    expect(brief(sunday, await eventsOf(sunday))).toContain('Russia 040 China future');
    // what may or could happen has not
    expect(await of('Russia may attack China.')).toEqual(['Russia 190 China future']);
    expect(await of('Russia could attack China.')).toEqual(['Russia 190 China future']);
    expect(await of('Russia ordered its troops to attack China.')).toEqual(['Russia 190 China future']);
    expect(await of('Russia used drones to attack China.')).toEqual(['Russia 190 China asserted']);
    // a denial before a gerund: the gerund's subject is the denier's, and the act is negated
    expect(await of('Russia denied attacking China.')).toEqual(['Russia 190 China negated']);
  });
});

describe('the purpose of a future act', () => {
  it('is future too; the purpose of a past act is not', async () => {
    const of = briefOf(places({ Jepang: 'JPN', Tokyo: 'JPN', Indonesia: 'IDN', Ethiopia: 'ETH', Kenya: 'KEN' }));
    // (the flight to Tokyo is a visit there, 042, as future as the meeting)
    expect(await of('Indonesia akan terbang ke Tokyo pekan depan untuk bertemu Jepang.', 'id')).toEqual(['Indonesia 042 Tokyo future', 'Indonesia 040 Jepang future']);
    expect(await of('Kenya will travel to Addis Ababa next week to meet Ethiopia.')).toEqual(['Kenya 040 Ethiopia future']);
    expect(await of('Indonesia terbang ke Tokyo untuk bertemu Jepang.', 'id')).toEqual(['Indonesia 042 Tokyo asserted', 'Indonesia 040 Jepang asserted']);
  });
});

describe('the reach of a denial', () => {
  it('a verb after a coordinator is the next act: a denial with an object of its own does not reach it', async () => {
    const of = briefOf(places({ China: 'CHN', Philippines: 'PHL', Israel: 'ISR', Gaza: 'PSE', Rafah: 'PSE', Hamas: 'PSE' }));
    expect(await of('China rejected the accusation and warned Philippines against provocations.')).toEqual(['China 130 Philippines asserted']);
    expect(await of('Israel membantah tuduhan itu dan memperingatkan Hamas.', 'id')).toEqual(['Israel 130 Hamas asserted']);
    // a denial of acts: every coordinated act is denied
    // (the civilians in Rafah are the second act's target, a bare group)
    expect(await of('Israel denied attacking Gaza and killing civilians in Rafah.')).toEqual(['Israel 190 Gaza negated', 'Israel 190 null negated']);
    expect(await of('Israel membantah telah menyerang dan membunuh warga Gaza.', 'id')).toEqual(['Israel 190 Gaza negated']);
  });
});

describe('date', () => {
  it('the time expression of the clause, as normalized by the times stage', async () => {
    const text = 'Prabowo pada Senin bertemu Anwar Ibrahim di Kuala Lumpur.';
    const input = stageInput(text, WORLD, { times: [timeAt(text, 'Senin', '2025-03-17')] });
    const [e] = await eventsOf(input);
    expect(e).toMatchObject({ code: '040', date: '2025-03-17', dateSource: 'sentence' });
  });

  it('a spoken act of the lead, undated, is dated by the day the article gives its speaker\'s statement', async () => {
    const text = 'Prabowo memuji Anwar Ibrahim. Prabowo juga bertemu Anwar Ibrahim. "Kami bersahabat," kata Prabowo dalam keterangannya, Rabu (15/10/2025).';
    const cue = text.indexOf('kata Prabowo');
    const speaker = (id: string) => ({ start: text.indexOf('Kami'), end: text.indexOf('," kata'), text: 'Kami bersahabat', direct: true, speaker: id, cue: { start: cue, end: cue + 4, text: 'kata' } });
    const bare = stageInput(text, WORLD, { times: [timeAt(text, 'Rabu (15/10/2025)', '2025-10-15')] });
    const prabowo = bare.entities.find((e) => e.name === 'Prabowo Subianto')!.id;
    const input = { ...bare, quotes: [speaker(prabowo)] };
    const events = await eventsOf(input);
    // the praise is what he said that day; the meeting (04) had a day of its own, which the text does not give
    expect(events.map((e) => `${e.code} ${e.date} ${e.dateSource}`)).toEqual(['051 2025-10-15 sentence', '040 null null']);
  });

  it('an event\'s date is the day: a time of day stays with the time expression', async () => {
    const text = 'Prabowo bertemu Anwar Ibrahim di Kuala Lumpur pada Senin pagi.';
    const input = stageInput(text, WORLD, { times: [timeAt(text, 'Senin pagi', '2025-03-17TMO')] });
    expect((await eventsOf(input))[0]).toMatchObject({ date: '2025-03-17', dateSource: 'sentence' });
    const at = stageInput(text, WORLD, { times: [timeAt(text, 'Senin pagi', '2025-03-17T10:00')] });
    expect((await eventsOf(at))[0]).toMatchObject({ date: '2025-03-17' });
  });

  it('a time after the places that follow the clause, each set off by commas, is the clause\'s', async () => {
    const text = 'Prabowo bertemu Anwar Ibrahim di Kuala Lumpur, Malaysia, Senin (17/3/2025).';
    const input = stageInput(text, WORLD, { times: [timeAt(text, 'Senin (17/3/2025)', '2025-03-17')] });
    expect((await eventsOf(input))[0]).toMatchObject({ code: '040', date: '2025-03-17' });
    // not after a segment that says more than a place
    const more = 'Prabowo bertemu Anwar Ibrahim di Kuala Lumpur, Malaysia, yang dilanda banjir, Senin (17/3/2025).';
    const other = stageInput(more, WORLD, { times: [timeAt(more, 'Senin (17/3/2025)', '2025-03-17')] });
    expect((await eventsOf(other))[0]).toMatchObject({ code: '040', date: null });
  });

  it('a time after a person named in apposition between commas is the clause\'s ("bertemu PM Malaysia, Anwar Ibrahim, pada Senin")', async () => {
    const text = 'Prabowo bertemu Perdana Menteri Malaysia, Anwar Ibrahim, pada Senin (17/3/2025) di Istana.';
    const input = stageInput(text, WORLD, { times: [timeAt(text, 'Senin (17/3/2025)', '2025-03-17')] });
    expect((await eventsOf(input))[0]).toMatchObject({ code: '040', date: '2025-03-17' });
    // a place between commas is no apposition of a person; the segment after it says more than a time
    const place = 'Prabowo bertemu Anwar Ibrahim di Kuala Lumpur, Malaysia, yang dilanda banjir pada Senin (17/3/2025).';
    const other = stageInput(place, WORLD, { times: [timeAt(place, 'Senin (17/3/2025)', '2025-03-17')] });
    expect((await eventsOf(other))[0]).toMatchObject({ code: '040', date: null });
  });

  it('an act dated after the article\'s publication has not happened yet: future', async () => {
    const text = 'Prabowo bertemu Anwar Ibrahim di Kuala Lumpur pekan depan.';
    const input = stageInput(text, WORLD, { times: [timeAt(text, 'pekan depan', '2025-W44')] });
    input.meta = { ...input.meta, published: '2025-10-22' };
    expect((await eventsOf(input))[0]).toMatchObject({ code: '040', date: '2025-W44', modality: 'future' });
    // the same week, or no publication date: as the words say
    input.meta = { ...input.meta, published: '2025-10-28' };
    expect((await eventsOf(input))[0]).toMatchObject({ modality: 'asserted' });
    input.meta = { ...input.meta, published: null };
    expect((await eventsOf(input))[0]).toMatchObject({ modality: 'asserted' });
  });

  it('a date still to come after a purpose clause\'s verb is that act\'s, not the trigger\'s; a past one is both\'s', async () => {
    const text = 'Prabowo mengundang Anwar Ibrahim untuk berkunjung ke Indonesia pekan depan.';
    const input = stageInput(text, WORLD, { times: [timeAt(text, 'pekan depan', '2025-W44')] });
    input.meta = { ...input.meta, published: '2025-10-22' };
    const events = await eventsOf(input);
    expect(events.map((e) => [e.trigger.text.split(' ')[0], e.date, e.modality])).toEqual([
      ['mengundang', null, 'asserted'],
      ['berkunjung', '2025-W44', 'future'],
    ]);
    const past = 'Prabowo berkunjung ke Kuala Lumpur untuk bertemu Anwar Ibrahim pada Senin lalu.';
    const before = stageInput(past, WORLD, { times: [timeAt(past, 'Senin lalu', '2025-10-20')] });
    before.meta = { ...before.meta, published: '2025-10-22' };
    expect((await eventsOf(before)).map((e) => e.date)).toEqual(['2025-10-20', '2025-10-20']);
  });

  it('a threat is made now: a date after publication is that of the act threatened, not the threat\'s', async () => {
    const text = 'Putin mengancam akan menjatuhkan sanksi terhadap Jepang mulai 1 November 2025.';
    const input = stageInput(text, WORLD, { times: [timeAt(text, '1 November 2025', '2025-11-01')] });
    input.meta = { ...input.meta, published: '2025-10-10' };
    expect((await eventsOf(input))[0]).toMatchObject({ code: '1312', date: null, modality: 'asserted' });
  });

  it('what something makes easier to do has not happened: "memudahkan polisi menangkap pelaku" is future', async () => {
    const input = stageInput('Aplikasi itu memudahkan Polda Metro Jaya menangkap Budi Santoso.', WORLD);
    expect(brief(input, await eventsOf(input))).toEqual(['Polda Metro Jaya 173 Budi Santoso future']);
  });

  it('a reason or a chance to act is no act: future ("tidak melihat alasan untuk bertemu", "a chance to meet")', async () => {
    expect(await modalities('Putin tidak melihat alasan untuk bertemu Retno.')).toEqual(['Vladimir Putin 040 Retno Marsudi future']);
    const en = stageInput('Japan now has a chance to meet China.', places({ China: 'CHN', Japan: 'JPN' }), { lang: 'en' });
    expect(brief(en, await eventsOf(en))).toEqual(['Japan 040 China future']);
  });

  it('a warning of what one will do if another acts is aimed at the other ("memperingatkan … jika Washington …")', async () => {
    const specs = [...WORLD, { name: 'Washington', type: 'LOC' as const, actor: 'USA' }];
    const input = stageInput('Beijing memperingatkan akan mengambil tindakan balasan jika Washington memberlakukan tarif.', specs);
    expect(brief(input, await eventsOf(input))).toEqual(['Beijing 130 Washington asserted']);
  });

  it('reads whether a date value begins after the publication day', () => {
    expect(startsAfter('2025-10-23', '2025-10-22T10:00:00+07:00')).toBe(true);
    expect(startsAfter('2025-10-22T19:00', '2025-10-22')).toBe(false);
    expect(startsAfter('2025-W44', '2025-10-22')).toBe(true); // 27 October
    expect(startsAfter('2025-W43', '2025-10-22')).toBe(false);
    expect(startsAfter('2025-11', '2025-10-22')).toBe(true);
    expect(startsAfter('2025', '2025-10-22')).toBe(false);
    expect(startsAfter('2026', '2025-10-22')).toBe(true);
    expect(startsAfter('PRESENT_REF', '2025-10-22')).toBe(false);
    expect(startsAfter('2025-10-23', 'unknown')).toBe(false);
  });

  it('a time alone in a frame before the clause counts', async () => {
    const text = 'Pada Februari lalu, Amerika Serikat menjatuhkan sanksi kepada Iran.';
    const input = stageInput(text, WORLD, { times: [timeAt(text, 'Februari lalu', '2025-02')] });
    expect((await eventsOf(input))[0]).toMatchObject({ date: '2025-02', dateSource: 'sentence' });
  });

  it('no time in the sentence → null, never the publication date', async () => {
    const input = stageInput('Prabowo bertemu Anwar Ibrahim.', WORLD);
    input.meta.published = '2025-03-18';
    expect((await eventsOf(input))[0]).toMatchObject({ date: null, dateSource: null });
  });

  it('a time that dates another happening in a frame, or bounds the event (sejak), is not its date', async () => {
    const a = 'Setelah pertemuan Prabowo dan Anwar pada September, Korut dan Rusia memperdalam kerja sama militer.';
    const inA = stageInput(a, WORLD, { times: [timeAt(a, 'September', '2024-09')] });
    const evA = (await eventsOf(inA)).find((e) => e.code === '062');
    expect(evA).toMatchObject({ date: null, dateSource: null });
    const b = 'Israel telah membunuh ratusan warga Gaza sejak gencatan senjata berlaku pada 10 Oktober.';
    const inB = stageInput(b, WORLD, { times: [timeAt(b, '10 Oktober', '2025-10-10')] });
    expect((await eventsOf(inB))[0]).toMatchObject({ code: '190', date: null });
  });

  it('a year written alone after a noun names a thing, not the event\'s date ("upah minimum 2026", "the 2026 budget")', async () => {
    const dated = async (text: string, year: string, lang: 'id' | 'en' = 'id') => {
      const input = stageInput(text, WORLD, { lang, times: [timeAt(text, year, year)] });
      input.meta.published = '2025-10-30';
      return (await eventsOf(input)).map((e) => [e.date, e.modality]);
    };
    expect(await dated('Prabowo mendesak Anwar menaikkan upah minimum 2026.', '2026')).toEqual([[null, 'asserted']]);
    expect(await dated('Prabowo mengkritik Anwar soal APBN 2026.', '2026')).toEqual([[null, 'asserted']]);
    // after a date word it is the date
    expect(await dated('Prabowo bertemu Anwar pada 2024.', '2024')).toEqual([['2024', 'asserted']]);
    expect(await dated('Prabowo criticized Anwar over the 2024 budget.', '2024', 'en')).toEqual([[null, 'asserted']]);
    expect(await dated('Prabowo met Anwar in 2024.', '2024', 'en')).toEqual([['2024', 'asserted']]);
  });
});

describe('place', () => {
  it('a location after "di" in the clause', async () => {
    const input = stageInput('Prabowo bertemu Anwar Ibrahim di Kuala Lumpur.', WORLD);
    const [e] = await eventsOf(input);
    const kl = input.entities.find((x) => x.name === 'Kuala Lumpur')!;
    expect(e?.location).toBe(kl.id);
  });

  it('an attack without a named target takes its place as target', async () => {
    const input = stageInput('Israel melakukan serangan udara di Gaza.', WORLD);
    expect(brief(input, await eventsOf(input))).toEqual(['Israel 195 Gaza asserted']);
  });

  it('after the trigger, not past a comma into another clause; a place in apposition counts', async () => {
    const specs = places({ Sudan: 'SDN', Nairobi: 'KEN', Juba: 'SSD', 'South Sudan': 'SSD' });
    const en = briefOf(specs);
    expect(await en('Sudan shelled the town on Sunday, officials in Nairobi said.')).toEqual([]);
    expect(await en('Sudan shelled positions in Juba, South Sudan, on Sunday.')).toEqual(['Sudan 194 Juba asserted']);
  });

  it('before the trigger, not past another verb into its clause; a fronted place and a support verb count', async () => {
    const of = briefOf(places({ Israel: 'ISR', Yaman: 'YEM', 'Timur Tengah': 'MEA', Gaza: 'PSE' }));
    const text = 'Ketegangan di Timur Tengah meninggi setelah Israel melakukan serangan ke Yaman.';
    const input = stageInput(text, places({ Israel: 'ISR', Yaman: 'YEM', 'Timur Tengah': 'MEA' }), { lang: 'id' });
    expect((await eventsOf(input)).map((e) => e.location)).toEqual([null]);
    expect(await of('Di Gaza, Israel melakukan serangan udara.', 'id')).toEqual(['Israel 195 Gaza asserted']);
  });

  it('a fronted place, then a comma and a country of another code: that country is the subject, not a place', async () => {
    const specs = places({ Gaza: 'PSE', Israel: 'ISR', Hamas: 'PSE', Canberra: 'AUS', Australia: 'AUS' });
    const input = stageInput('Di Gaza, Israel melakukan serangan udara terhadap Hamas.', specs);
    const [e, ...rest] = await eventsOf(input);
    expect(rest).toEqual([]);
    expect(brief(input, [e!])).toEqual(['Israel 195 Hamas asserted']);
    expect(e!.location).toBe(input.entities.find((x) => x.name === 'Gaza')!.id);
    expect(await briefOf(specs)('In Gaza, Israel attacked Hamas.')).toEqual(['Israel 190 Hamas asserted']);
    // a place of the same country is still in apposition ("di Canberra, Australia")
    expect(await briefOf(specs)('Israel menyerang Hamas di Canberra, Australia.', 'id')).toEqual(['Israel 190 Hamas asserted']);
  });
});

describe('quotes', () => {
  it('inside a direct quote, "kami" is the speaker; claims about others are not events', async () => {
    const text = '“Kami mengecam Israel. Israel menyerang Gaza setiap hari,” kata Retno.';
    const start = text.indexOf('Kami');
    const end = text.indexOf(',”');
    const input = stageInput(text, WORLD);
    const retno = input.entities.find((e) => e.name === 'Retno Marsudi')!;
    const cue = text.indexOf('kata');
    input.quotes = [
      { start, end, text: text.slice(start, end), direct: true, speaker: retno.id, cue: { start: cue, end: cue + 4, text: 'kata' } },
    ];
    expect(brief(input, await eventsOf(input))).toEqual(['Retno Marsudi 111 Israel asserted']);
  });

  it('inside a direct quote, "dia" is someone the speaker talks about, never the speaker', async () => {
    const text = 'Kapolres Yasir menyebutkan Komeng terlibat. “Dia juga menyerang Kodim Aceh Utara,” kata Yasir.';
    const specs = [{ name: 'Yasir', type: 'PER' as const, actor: 'IDNCOP' }, { name: 'Komeng', type: 'PER' as const }, { name: 'Kodim Aceh Utara', type: 'ORG' as const, actor: 'IDNMIL' }];
    const input = stageInput(text, specs);
    const start = text.indexOf('Dia');
    const end = text.indexOf(',”');
    const yasir = input.entities.find((e) => e.name === 'Yasir')!;
    const cue = text.indexOf('kata');
    input.quotes = [{ start, end, text: text.slice(start, end), direct: true, speaker: yasir.id, cue: { start: cue, end: cue + 4, text: 'kata' } }];
    // Komeng's act told by Yasir is his claim, no event; and not Yasir's own act
    expect(brief(input, await eventsOf(input))).toEqual([]);
  });

  it("a speaker of a state's government or forces speaks for it: the state's acts in the quote are events", async () => {
    const text = '“Indonesia mendesak PBB bertindak. Israel menyerang Gaza,” kata Roy Soemirat.';
    const specs = [
      ...places({ Indonesia: 'IDN', PBB: 'IGOUNO', Israel: 'ISR', Gaza: 'PSE' }),
      { name: 'Roy Soemirat', type: 'PER' as const, actor: 'IDNGOV' },
    ];
    const quoted = async (speakerActor: string) => {
      const input = stageInput(text, specs.map((x) => (x.name === 'Roy Soemirat' ? { ...x, actor: speakerActor } : x)));
      const start = text.indexOf('Indonesia');
      const end = text.indexOf(',”');
      const speaker = input.entities.find((e) => e.name === 'Roy Soemirat')!;
      const cue = text.indexOf('kata');
      input.quotes = [{ start, end, text: text.slice(start, end), direct: true, speaker: speaker.id, cue: { start: cue, end: cue + 4, text: 'kata' } }];
      return brief(input, await eventsOf(input));
    };
    expect(await quoted('IDNGOV')).toEqual(['Indonesia 100 PBB asserted']);
    // a citizen's words about the state are claims
    expect(await quoted('IDNCVL')).toEqual([]);
  });
});

describe('the record', () => {
  it('events carry coding, spans that are slices of the text, and valid fields', async () => {
    const text = 'Presiden Rusia Vladimir Putin mengucapkan selamat kepada Prabowo Subianto di Moskow.';
    const input = stageInput(text, WORLD);
    const events = await eventsOf(input);
    expect(events).toHaveLength(1);
    const e = events[0]!;
    expect(Event.safeParse(e).success).toBe(true);
    expect(e).toMatchObject({ code: '051', root: '05', quadClass: 1, goldstein: 3.4, plover: 'SUPPORT', modality: 'asserted', sentence: 0 });
    expect(e.source).toEqual({ entity: input.entities.find((x) => x.name === 'Vladimir Putin')!.id, actor: 'RUSGOV' });
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    expect(e.trigger.text).toBe('mengucapkan selamat');
    expect(text.slice(e.evidence.start, e.evidence.end)).toBe('Vladimir Putin mengucapkan selamat kepada Prabowo Subianto');
  });

  it('the same interaction told twice is one event', async () => {
    const input = stageInput('Israel menyerang Gaza. Serangan Israel ke Gaza berlanjut.', WORLD);
    expect(brief(input, await eventsOf(input))).toEqual(['Israel 190 Gaza asserted']);
  });
});

describe('places in an aside', () => {
  it('a place inside a relative clause between commas describes the subject, not where the act was', async () => {
    const specs = [...places({ Venezuela: 'VEN', 'Amerika Latin': 'LAM', Kolombia: 'COL' }), { name: 'Tren de Aragua', type: 'ORG' as const, actor: 'VENCRM' }];
    const aside = stageInput('Tren de Aragua dari Venezuela, yang beroperasi di Amerika Latin, menyerang Kolombia.', specs, { lang: 'id' });
    const [e] = await eventsOf(aside);
    expect(e?.location).toBeNull();
    const plain = stageInput('Tren de Aragua menyerang Kolombia di Amerika Latin.', specs, { lang: 'id' });
    const [f] = await eventsOf(plain);
    expect(plain.entities.find((x) => x.id === f?.location)?.name).toBe('Amerika Latin');
  });
});
