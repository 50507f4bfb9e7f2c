/**
 * Times stage: detect time expressions and normalize them to TimeML values against the
 * reference date (the publication date, or one inferred from the text: see
 * `src/article/published.ts`).
 */
import type { Time } from '../record/schema.js';
import type { StageInput } from '../stage.js';
import { detectTimes, detectTimesIn } from './detect.js';
import { parseIsoDate } from './dates.js';
import { timeLexicon } from './lexicon.js';
import { refDate, resolveTimes, type RefDate, type Resolved } from './resolve.js';

export interface TimeLayer {
  times: Time[];
  /** a better-founded publication date, when the caller gave none and the text allows one */
  published?: { published: string | null; publishedSource: 'text' | 'inferred' | null };
}

export type TimeStage = (input: StageInput) => TimeLayer;

/** The reference date of a publication date string (`2024-03-18`, `2025-10-21T15:46:00+07:00`, `2024`). */
export function referenceDate(published: string | null | undefined): RefDate | null {
  const p = parseIsoDate(published);
  return p ? refDate(p.y, p.m, p.d, p.time) : null;
}

/** Time expressions of text[from, to), normalized against a publication date. */
export function timesIn(text: string, from: number, to: number, lang: 'id' | 'en', published: string | null): Resolved[] {
  return resolveTimes(detectTimesIn(text, from, to, lang), referenceDate(published));
}

export function toTime(text: string, r: Resolved): Time {
  return { start: r.start, end: r.end, text: text.slice(r.start, r.end), type: r.type, value: r.value };
}

export async function createTimeStage(): Promise<TimeStage> {
  timeLexicon('id');
  timeLexicon('en');
  return (input) => {
    const mentions = detectTimes(input.text, input.seg.tokens, input.dataLang);
    const resolved = resolveTimes(mentions, referenceDate(input.meta.published));
    return { times: resolved.map((r) => toTime(input.text, r)) };
  };
}
