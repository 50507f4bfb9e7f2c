/** The web UI's pure helpers: spans → flat pieces of text with their marks; events in plain words. */
import { describe, expect, it } from 'vitest';
import { pieces, recordMarks, snippetRuns } from '../../web/src/highlight.js';
import { eventWords, verbPhrase } from '../../web/src/words.js';

describe('pieces', () => {
  it('cuts the text at every boundary and keeps overlapping marks on each piece', () => {
    const text = 'Kata Kim: "Kim datang Senin."';
    const quote = { kind: 'quote' as const, index: 0, start: 11, end: 28 };
    const kim = { kind: 'entity' as const, index: 0, start: 11, end: 14 };
    const monday = { kind: 'time' as const, index: 0, start: 22, end: 27 };
    const out = pieces(text, [quote, kim, monday]);
    expect(out.map((p) => p.text).join('')).toBe(text);
    expect(out.map((p) => [p.text, p.marks.map((m) => m.kind).sort()])).toEqual([
      ['Kata Kim: "', []],
      ['Kim', ['entity', 'quote']],
      [' datang ', ['quote']],
      ['Senin', ['quote', 'time']],
      ['.', ['quote']],
      ['"', []],
    ]);
  });

  it('ignores spans outside the text or empty, and gives one piece for a text without marks', () => {
    expect(pieces('abc', [{ kind: 'time', index: 0, start: 2, end: 9 }, { kind: 'time', index: 1, start: 1, end: 1 }])).toEqual([{ start: 0, end: 3, text: 'abc', marks: [] }]);
    expect(pieces('', [])).toEqual([]);
  });

  it('keeps markup as characters of the text', () => {
    const text = 'a <script>x()</script> b';
    const out = pieces(text, [{ kind: 'entity', index: 0, start: 2, end: 10 }]);
    expect(out[1]!.text).toBe('<script>');
  });

  it('collects the marks of every layer of a record', () => {
    const marks = recordMarks({
      entities: [{ mentions: [{ start: 0, end: 3 }, { start: 10, end: 13 }] }],
      quotes: [{ start: 5, end: 9 }],
      times: [],
      events: [{ trigger: { start: 4, end: 5 } }],
    });
    expect(marks.map((m) => m.kind)).toEqual(['entity', 'entity', 'quote', 'trigger']);
  });
});

describe('snippet runs', () => {
  it('turns [match] marks into matched runs', () => {
    expect(snippetRuns('… kata [Putin] dan [Kim] …')).toEqual([
      { text: '… kata ', match: false },
      { text: 'Putin', match: true },
      { text: ' dan ', match: false },
      { text: 'Kim', match: true },
      { text: ' …', match: false },
    ]);
  });
});

describe('events in plain words', () => {
  const names = { '051': 'Praise or endorse', '010': 'Make statement- not specified below', '022': 'Appeal for diplomatic cooperation (such as policy support)' };
  it('says source → what → target, date, modality', () => {
    expect(eventWords('Kim Jong Un', '051', 'Vladimir Putin', '2024-03-18', 'asserted', names)).toBe('Kim Jong Un → praise or endorse → Vladimir Putin, 2024-03-18, asserted');
    expect(eventWords('A', '999', 'B', null, 'future', names)).toBe('A → CAMEO 999 → B, date unknown, future');
  });
  it('trims the codebook’s qualifiers', () => {
    expect(verbPhrase('010', names)).toBe('make statement');
    expect(verbPhrase('022', names)).toBe('appeal for diplomatic cooperation');
  });
});
