import { describe, expect, it } from 'vitest';
import { one, times } from './helpers.js';

// Reference: Wednesday 20 March 2024 (ISO week 12).
const REF = '2024-03-20';

type Case = [string, string, string, string];

const cases: Case[] = [
  ['The minister spoke on Monday.', 'Monday', 'DATE', '2024-03-18'],
  ['They met last Thursday in Geneva.', 'last Thursday', 'DATE', '2024-03-14'],
  ['Talks resume next Friday.', 'next Friday', 'DATE', '2024-03-22'],
  ['Talks will resume on Friday.', 'Friday', 'DATE', '2024-03-22'],
  ['Talks resume on Tuesday next week.', 'Tuesday next week', 'DATE', '2024-03-26'],
  ['They met on Friday last week.', 'Friday last week', 'DATE', '2024-03-15'],
  ['The vote took place on Sunday, March 17, 2024.', 'Sunday, March 17, 2024', 'DATE', '2024-03-17'],
  ['The treaty was signed March 18, 2024.', 'March 18, 2024', 'DATE', '2024-03-18'],
  ['The treaty was signed on 18 March 2024.', '18 March 2024', 'DATE', '2024-03-18'],
  ['The rally was held March 2.', 'March 2', 'DATE', '2024-03-02'],
  ['The envoy arrived on Tuesday (March 19).', 'Tuesday (March 19)', 'DATE', '2024-03-19'],
  ['Police arrested him yesterday.', 'yesterday', 'DATE', '2024-03-19'],
  ['The court rules today.', 'today', 'DATE', '2024-03-20'],
  ['The court rules tomorrow.', 'tomorrow', 'DATE', '2024-03-21'],
  ['Shots were heard last night.', 'last night', 'TIME', '2024-03-19TNI'],
  ['The ship sank three days ago.', 'three days ago', 'DATE', '2024-03-17'],
  ['Prices rose two weeks ago.', 'two weeks ago', 'DATE', '2024-W10'],
  ['He moved a year ago.', 'a year ago', 'DATE', '2023'],
  ['Prices rose last week.', 'last week', 'DATE', '2024-W11'],
  ['Prices rose this week.', 'this week', 'DATE', '2024-W12'],
  ['Rates change next month.', 'next month', 'DATE', '2024-04'],
  ['Harvests failed last year.', 'last year', 'DATE', '2023'],
  ['The leaders met last September.', 'last September', 'DATE', '2023-09'],
  ['The law passed in March 2023.', 'March 2023', 'DATE', '2023-03'],
  ['The law passed in May.', 'May', 'DATE', '2023-05'],
  ['Growth slowed in early 2024.', 'early 2024', 'DATE', '2024'],
  ['Growth slowed in mid-March.', 'mid-March', 'DATE', '2024-03'],
  ['Profits rose in the first quarter of 2024.', 'first quarter of 2024', 'DATE', '2024-Q1'],
  ['Music of the 1990s returned.', '1990s', 'DATE', '199'],
  ['The blast came at 10:30 a.m. local time.', '10:30 a.m. local time', 'TIME', '2024-03-20T10:30'],
  ['Voting closes at 8 p.m.', '8 p.m.', 'TIME', '2024-03-20T20:00'],
  ['He served for two years.', 'two years', 'DURATION', 'P2Y'],
  ['Prices doubled over the past two years.', 'past two years', 'DURATION', 'P2Y'],
  ['The market opens every Monday.', 'every Monday', 'SET', 'XXXX-WXX-1'],
  ['The paper appears daily.', 'daily', 'SET', 'P1D'],
  ['Now the river is clean.', 'Now', 'DATE', 'PRESENT_REF'],
];

describe('English time expressions', () => {
  for (const [sentence, expr, type, value] of cases) {
    it(`${expr} → ${type} ${value}`, () => {
      expect(one(sentence, REF, expr, 'en'), JSON.stringify(times(sentence, REF, 'en'))).toMatchObject({ type, value });
    });
  }

  it('reads a range of days as two dates of the month named once ("June 10-12, 2024", "10 to 12 June")', () => {
    const pairs = (text: string) => times(text, REF, 'en').map((x) => [x.text, x.value]);
    expect(pairs('The summit runs June 10-12, 2024.')).toEqual([
      ['June 10', '2024-06-10'],
      ['12, 2024', '2024-06-12'],
    ]);
    expect(pairs('The fair ran from 10 to 12 March.')).toEqual([
      ['10', '2024-03-10'],
      ['12 March', '2024-03-12'],
    ]);
    // a range of anything else is no date
    expect(pairs('Prices rose 10-12 percent.')).toEqual([]);
  });

  it('gives a clock time the day of the date right after it', () => {
    const t = times('The blast came at 3 a.m. local time on Sunday.', REF, 'en');
    expect(t.map((x) => [x.text, x.value])).toEqual([
      ['3 a.m. local time', '2024-03-17T03:00'],
      ['Sunday', '2024-03-17'],
    ]);
    // not across other words
    expect(times('The blast came at 3 a.m. and the talks on Sunday.', REF, 'en')[0]!.value).toBe('2024-03-20T03:00');
  });

  it('reads "after" or "before" following a weekday as a direction only where nothing follows it', () => {
    expect(times('Germany expelled two diplomats on Monday after prosecutors charged a man.', REF, 'en').map((x) => [x.text, x.value])).toEqual([['Monday', '2024-03-18']]);
    const t = times('They met on 10 January 2020 and again the Friday after.', REF, 'en');
    expect(t.map((x) => [x.text, x.value])).toEqual([
      ['10 January 2020', '2020-01-10'],
      ['Friday after', '2020-01-17'],
    ]);
  });

  it('a count before "after" or "before" and the happening it counts from is a duration: that happening\'s date is not known', () => {
    const t = times('The storm hit on 10 January 2020. Lee was sworn in a day after winning the vote. Three days later the water receded.', REF, 'en');
    expect(t.map((x) => [x.text, x.type, x.value])).toEqual([
      ['10 January 2020', 'DATE', '2020-01-10'],
      ['a day', 'DURATION', 'P1D'],
      ['Three days later', 'DATE', '2020-01-13'],
    ]);
  });

  it('does not take the modal verb may for the month', () => {
    expect(times('Officials said they may resign.', REF, 'en')).toEqual([]);
  });

  it('counts from the last date the text gave (later, the following week)', () => {
    const t = times('The storm hit on 10 January 2020. Three days later the water receded.', REF, 'en');
    expect(t.map((x) => [x.text, x.value])).toEqual([
      ['10 January 2020', '2020-01-10'],
      ['Three days later', '2020-01-13'],
    ]);
  });
});
