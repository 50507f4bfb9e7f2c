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
  it('take a demonym with a word for the forces or the government as the country in that role', async () => {
    const rec = await analyzeText('Ukrainian officials accused Moscow of shelling civilian areas. Chinese diplomats met American officials in Geneva.', { lang: 'en', published: '2025-01-10' });
    const rows = rec.events.map((e) => [e.code, e.source?.actor, e.target?.actor].join(' '));
    expect(rows).toContain('112 UKRGOV RUS');
    expect(rows).toContain('040 CHNGOV USAGOV');
  });
});
