import { describe, expect, it } from 'vitest';
import { direct, quotesOf, reported } from './helpers.js';

const SMITH = { name: 'Anna Smith', type: 'PER' as const, aliases: ['Smith'] };
const JONES = { name: 'Mark Jones', type: 'PER' as const, aliases: ['Jones'] };
const MINISTRY = { name: 'Ministry of Transport', type: 'ORG' as const };

describe('English quotes', () => {
  it('"…," said X / "…," X said / "…," he said', () => {
    const text = [
      '"We will not back down on this," said Smith.',
      '"The bridge opens next month," Jones told reporters on Monday.',
      '"Nobody expected the river to rise so fast," he said.',
    ].join('\n');
    const r = quotesOf(text, [SMITH, JONES], 'en');
    expect(direct(r).map((q) => [q.text, r.speaker(q), q.cue?.text])).toEqual([
      ['We will not back down on this', 'Anna Smith', 'said'],
      ['The bridge opens next month', 'Mark Jones', 'told'],
      ['Nobody expected the river to rise so fast', 'Mark Jones', 'said'],
    ]);
  });

  it('a phrase of time or place after "said" is no content: what was said came before the subject, or follows the phrase', () => {
    const after = quotesOf('The two countries agreed to settle their border disputes, Anna Smith said after meeting Mark Jones in Jakarta.', [SMITH, JONES], 'en');
    expect(reported(after).map((q) => [q.text, after.speaker(q)])).toEqual([['The two countries agreed to settle their border disputes', 'Anna Smith']]);
    const on = quotesOf('Anna Smith said on Monday the talks went well.', [SMITH], 'en');
    expect(reported(on).map((q) => q.text)).toEqual(['the talks went well']);
    // an opening phrase before the subject is no content ("Meanwhile, X said, in Jakarta, …")
    const opener = quotesOf('Meanwhile, Anna Smith said, in a statement on Monday, that the talks went well.', [SMITH], 'en');
    expect(reported(opener).map((q) => q.text)).toEqual(['the talks went well']);
    // a clause of its own after the cue's comma ("…, X said, as …") is no content either
    const as = quotesOf('Air strikes killed at least 30 people on Monday, Anna Smith said, as negotiators failed to agree on a truce.', [SMITH], 'en');
    expect(reported(as).map((q) => [q.text, as.speaker(q)])).toEqual([['Air strikes killed at least 30 people on Monday', 'Anna Smith']]);
    const nobody = quotesOf('Air strikes killed at least 30 people on Monday, health officials said, as negotiators failed to agree.', [SMITH], 'en');
    expect(reported(nobody).map((q) => q.text)).toEqual([]);
  });

  it('…, X said: a subject of up to six words, or a longer one that is one name ("South Korea\'s Joint Chiefs of Staff")', () => {
    const JCS = { name: "South Korea's Joint Chiefs of Staff", type: 'ORG' as const };
    const long = quotesOf("North Korea fired a ballistic missile into the sea on Wednesday, South Korea's Joint Chiefs of Staff said.", [JCS], 'en');
    expect(reported(long).map((q) => [q.text, long.speaker(q)])).toEqual([['North Korea fired a ballistic missile into the sea on Wednesday', JCS.name]]);
    // seven words that are no one name before a sentence-final verb are no subject
    const words = quotesOf('The council approved the budget, Anna Smith and the board members who came late said.', [SMITH], 'en');
    expect(reported(words)).toEqual([]);
  });

  it('lower-case words that describe a body before its name leave the body the speaker ("Sudan\'s paramilitary RSF said")', () => {
    const SUDAN = { name: 'Sudan', type: 'LOC' as const };
    const RSF = { name: 'Rapid Support Forces', type: 'ORG' as const };
    const r = quotesOf("Sudan's paramilitary Rapid Support Forces said it had seized the town.", [SUDAN, RSF], 'en');
    expect(reported(r).map((q) => r.speaker(q))).toEqual(['Rapid Support Forces']);
  });

  it('"…," said the spokesman, First Admiral X: the named officer speaks', () => {
    const r = quotesOf('"The patrol shows we can work together," said the spokesman, First Admiral Mark Jones.', [JONES], 'en');
    expect(r.speaker(direct(r)[0]!)).toBe('Mark Jones');
  });

  it('X said (that) … / according to X, … / …, X said.', () => {
    const text = [
      'Smith said that the talks would resume in March.',
      'According to the Ministry of Transport, three roads remain closed.',
      'The repairs will take a week, Jones said.',
    ].join('\n');
    const r = quotesOf(text, [SMITH, JONES, MINISTRY], 'en');
    expect(reported(r).map((q) => [q.text, r.speaker(q)])).toEqual([
      ['the talks would resume in March', 'Anna Smith'],
      ['three roads remain closed', 'Ministry of Transport'],
      ['The repairs will take a week', 'Mark Jones'],
    ]);
  });

  it('a short phrase with no verb after the cue is where it was said, not what ("Smith said in a statement.")', () => {
    const r = quotesOf('"We will not be intimidated," Smith said in a statement. Jones said that the talks had failed.', [SMITH, JONES], 'en');
    expect(reported(r).map((q) => [q.text, r.speaker(q)])).toEqual([['the talks had failed', 'Mark Jones']]);
    const id = quotesOf('"Ayo dukung partai baru," ia memposting pada hari Sabtu.', [SMITH], 'id');
    expect(reported(id)).toEqual([]);
  });

  it('reads past a time phrase to the content, and does not take a name for a cue', () => {
    const r = quotesOf('Smith said on Tuesday that the dam was safe. Smith stated on Tuesday. Minister Sudirman Said will visit Helsinki.', [
      SMITH,
      { name: 'Sudirman Said', type: 'PER' },
    ], 'en');
    expect(reported(r).map((q) => [q.text, r.speaker(q)])).toEqual([['the dam was safe', 'Anna Smith']]);
  });

  it('X said: "…"; a new sentence after the quotation is not its cue; an unnamed speaker is not guessed', () => {
    const text = 'Smith said: "We are ready for the vote." The minister told reporters that the budget was final. "It will pass," she added.';
    const r = quotesOf(text, [SMITH], 'en');
    expect(direct(r).map((q) => [q.text, r.speaker(q), q.cue?.text])).toEqual([
      ['We are ready for the vote.', 'Anna Smith', 'said'],
      ['It will pass', null, 'added'],
    ]);
  });

  it('"…," one official said: a sayer the text does not name speaks the quote, not the last speaker', () => {
    const text = [
      '"We will keep the pressure on," Smith told reporters.',
      'Talks went on for hours.',
      '"It is a matter of time," one official said, speaking on condition of anonymity.',
      '"We are close," a senior diplomat told Reuters.',
    ].join('\n');
    const r = quotesOf(text, [SMITH], 'en');
    expect(direct(r).map((q) => [q.text, r.speaker(q), q.cue?.text ?? null])).toEqual([
      ['We will keep the pressure on', 'Anna Smith', 'told'],
      ['It is a matter of time', null, 'said'],
      ['We are close', null, 'told'],
    ]);
  });

  it('apostrophes and titles are not quotations', () => {
    const r = quotesOf("The ministers' plan, titled \"A New Deal for Rivers\", won't pass, O'Brien's aides admit.", [], 'en');
    expect(direct(r)).toEqual([]);
    const s = quotesOf('"It\'s the workers\' money," Smith said.', [SMITH], 'en');
    expect(direct(s).map((q) => q.text)).toEqual(["It's the workers' money"]);
  });
});
