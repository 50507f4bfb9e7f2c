/** The bundled example article (the project's reference case) through the whole pipeline: its events. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyzeText } from '../helpers/analyze.js';

const text = readFileSync(new URL('../../examples/antara-2024-kim-putin.txt', import.meta.url), 'utf8');

describe('the example article', () => {
  it('has the congratulation dated on the Monday, the meeting of last September and the alleged supply', async () => {
    const rec = await analyzeText(text);
    const name = (id: string | undefined | null) => rec.entities.find((e) => e.id === id)?.name ?? null;
    const rows = rec.events.map((e) => [e.root, name(e.source?.entity), name(e.target?.entity), e.date, e.modality].join(' '));
    expect(rows).toContain('05 Kim Jong Un Vladimir Putin 2024-03-18 asserted');
    expect(rows).toContain('04 Kim Jong Un Vladimir Putin 2023-09 asserted');
    expect(rows).toContain('07 Pyongyang Moskow  alleged');
    expect(rows).toContain('06 Korea Utara Rusia  asserted');
  });
});

describe('English events', () => {
  /** "code source target" of each event of a text (a missing side as nothing) */
  const eventRows = async (text: string, lang: 'id' | 'en' = 'en'): Promise<string[]> =>
    (await analyzeText(text, { lang, published: '2025-01-10' })).events.map((e) => [e.code, e.source?.actor, e.target?.actor].join(' '));

  it('take a demonym with a word for the forces or the government as the country in that role', async () => {
    const rec = await analyzeText('Ukrainian officials accused Moscow of shelling civilian areas. Chinese diplomats met American officials in Geneva.', { lang: 'en', published: '2025-01-10' });
    const rows = rec.events.map((e) => [e.code, e.source?.actor, e.target?.actor].join(' '));
    expect(rows).toContain('112 UKRGOV RUS');
    expect(rows).toContain('040 CHNGOV USAGOV');
  });

  it('a country\'s men or women are its people; an investigation ordered or evidence presented aims at whom it is against', async () => {
    expect(await eventRows('A court in Guyana issued arrest warrants for two Brazilian men.')).toEqual(['173 GUYJUD BRACVL']);
    expect(await eventRows('Obama ordered an investigation into Iran.')).toEqual(['090 USAGOV IRN']);
    expect(await eventRows('The United States presented evidence against Russia.')).toEqual(['112 USA RUS']);
    // evidence presented to a court accuses no one
    expect(await eventRows('The United States presented evidence to the court.')).toEqual([]);
    // rocket fire or a barrage launched against someone is fighting with artillery (194)
    expect(await eventRows('Vietnamese forces launched rocket fire against Cambodian guerrilla camps.')).toEqual(['194 VNMMIL KHM']);
    expect(await eventRows('Russia launched a barrage of missiles at Kyiv.')).toEqual(['194 RUS UKR']);
    // an invitation rejected or declined is a proposal to meet rejected (125)
    expect(await eventRows('Hamas declined an invitation from Egypt.')).toEqual(['125 PSEREB EGY']);
    // elections, autonomy or independence demanded (from a state) is political reform demanded (104)
    expect(await eventRows('Albanians in Serbia demanded autonomy from Serbian authorities.')).toEqual(['104 ALB SRBGOV']);
    // the owner of what a verb's bare object names is whom the verb aims at; not a possessor of another noun
    expect(await eventRows('Saudi Arabia supports the rights of Palestinians.')).toEqual(['051 SAU PSE']);
    expect(await eventRows('China criticized the policies of Japan.')).toEqual(['111 CHN JPN']);
    expect(await eventRows("Hezbollah killed the deputy chief of Israel's militia ally in Lebanon.")).not.toContainEqual('190 LBNREB ISR');
    // aid prohibited, withheld or reduced is aid stopped (162), aimed at whom it was for
    expect(await eventRows('The United States prohibited all aid to Albanian rebels.')).toEqual(['162 USA ALBREB']);
    expect(await eventRows('Warga Papua menuntut referendum kemerdekaan dari Indonesia.', 'id')).toEqual(['104 IDNCVL IDN']);
  });

  it('an unnamed counterpart of a country is its government; speaking with someone is consulting them', async () => {
    const found = await eventRows(
      'Iranian Foreign Minister Abbas Araghchi met his Omani counterpart in Muscat on Sunday. Egyptian Foreign Minister Badr Abdelatty spoke with U.S. envoy Steve Witkoff on Friday.',
    );
    expect(found).toEqual(['040 IRNGOV OMNGOV', '040 EGYGOV USAGOV']);
  });

  it('a state\'s protest is an official complaint (114), a crowd\'s a protest (141); coast guards are forces', async () => {
    const found = await eventRows('The Philippines protested on Monday. Students protested in Manila on Monday. Philippine Coast Guard spokesperson Jay Tarriela spoke with Chinese diplomats.');
    expect(found).toEqual(['114 PHL ', '141 EDU PHL', '040 PHLMIL CHNGOV']);
  });

  it('an invitation is an intent to meet (036); what the guest is invited to do is still to come', async () => {
    const rec = await analyzeText('Prabowo Subianto invited Xi Jinping to visit Jakarta next year.', { lang: 'en', published: '2025-01-10' });
    expect(rec.events.map((e) => [e.code, e.source?.actor, e.target?.actor, e.modality].join(' '))).toEqual([
      '036 IDNGOV CHNGOV asserted',
      '042 CHNGOV IDN future',
    ]);
  });

  it('pledged aid is an intent to provide it (033), exchanging fire is fighting, a participle\'s agent is no subject', async () => {
    const found = await eventRows('Japan pledged $500 million in aid to Ukraine. Pakistan and India exchanged fire on Tuesday. Palestinian prisoners freed by Israel arrived in Ramallah.');
    expect(found).toEqual(['033 JPN UKR', '190 PAK IND']);
    // Indonesian: the agent of a passive main verb does what follows it
    const id = await eventRows('Forum itu diselenggarakan oleh Kementerian Luar Negeri Malaysia bekerja sama dengan Kementerian Luar Negeri Jepang.', 'id');
    expect(id).toEqual(['060 MYSGOV JPNGOV']);
  });

  it('find whom a demand or a refusal is addressed to: a clause, a genitive, a demonym before the proposal', async () => {
    const rec = await analyzeText(
      [
        'The United States demanded that North Korea abandon its nuclear program.',
        'Russia demanded the withdrawal of Turkish forces from Syria.',
        'Serbia flatly rejected an Australian ultimatum.',
        'Bangladesh rejected an Indian proposal for a trade agreement.',
        'Israel opposed French mediation in the talks.',
      ].join('\n\n'),
      { lang: 'en', published: '2025-01-10' },
    );
    const rows = rec.events.map((e) => [e.code, e.source?.actor, e.target?.actor].join(' '));
    expect(rows).toEqual(['100 USA PRK', '100 RUS TURMIL', '120 SRB AUS', '125 BGD IND', '120 ISR FRA']);
  });
});

describe('an English existential clause', () => {
  it('makes a participle passive: the soldiers were killed, they did not kill', async () => {
    const rec = await analyzeText('There were ten Russian soldiers killed in Ukraine today. There is no doubt that Russian troops attacked Kharkiv.', { lang: 'en', published: '2025-01-10' });
    const rows = rec.events.map((e) => [e.trigger.text, e.source?.actor, e.target?.actor].join(' '));
    expect(rows).toEqual(['attacked RUSMIL UKR']);
  });
});

describe('a name inside a trigger pattern', () => {
  it('is the target when nothing after the trigger is (menetapkan X sebagai tersangka)', async () => {
    const rec = await analyzeText('Komisi Pemberantasan Korupsi (KPK) menetapkan PT Maju Sentosa sebagai tersangka korupsi pada Senin.', { published: '2025-01-10' });
    const name = (id: string | undefined | null) => rec.entities.find((e) => e.id === id)?.name ?? null;
    expect(rec.events.map((e) => [e.code, name(e.source?.entity), name(e.target?.entity)].join(' '))).toContain('173 Komisi Pemberantasan Korupsi PT Maju Sentosa');
  });
});
