/**
 * Running the quotes stage alone on a fixture text with hand-made entities (every whole-word
 * occurrence of a name or alias is a mention), so that speaker attribution is tested apart
 * from entity recognition.
 */
import { expect } from 'vitest';
import type { EntityType, Quote } from '../../src/record/schema.js';
import { extractQuotes } from '../../src/quotes/index.js';
import { bareMeta, entitiesFromNames, stageInput } from '../../src/quotes/eval/input.js';

export interface Named {
  name: string;
  type: EntityType;
  aliases?: string[];
}

export interface Result {
  text: string;
  quotes: Quote[];
  /** the speaker's entity name, or null */
  speaker: (q: Quote) => string | null;
}

export function quotesOf(text: string, named: Named[] = [], lang: 'id' | 'en' = 'id'): Result {
  const body = { start: 0, end: text.length };
  const entities = entitiesFromNames(text, body, named);
  const quotes = extractQuotes(stageInput('t', text, lang, bareMeta(body), entities));
  for (const q of quotes) expectValid(text, q);
  return {
    text,
    quotes,
    speaker: (q) => (q.speaker === null ? null : (entities.find((e) => e.id === q.speaker)?.name ?? `?${q.speaker}`)),
  };
}

/** Every span is a slice of the text; the quoted words carry no marks at their ends. */
export function expectValid(text: string, q: Quote): void {
  expect(q.start).toBeGreaterThanOrEqual(0);
  expect(q.end).toBeGreaterThan(q.start);
  expect(q.end).toBeLessThanOrEqual(text.length);
  expect(text.slice(q.start, q.end)).toBe(q.text);
  expect(q.text).toBe(q.text.trim());
  if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
}

export const direct = (r: Result): Quote[] => r.quotes.filter((q) => q.direct);
export const reported = (r: Result): Quote[] => r.quotes.filter((q) => !q.direct);

/** The quote whose text starts with `start` (fails the test if none). */
export function find(r: Result, start: string): Quote {
  const q = r.quotes.find((x) => x.text.startsWith(start));
  if (!q) throw new Error(`no quote starting "${start}" in: ${JSON.stringify(r.quotes.map((x) => x.text))}`);
  return q;
}
