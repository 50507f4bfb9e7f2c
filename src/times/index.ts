/**
 * Times stage: detect time expressions and normalize them to TimeML values against the
 * reference date (the publication date, or one inferred from the text).
 * (Stub until the times work lands: finds nothing.)
 */
import type { Time } from '../record/schema.js';
import type { StageInput } from '../stage.js';

export interface TimeLayer {
  times: Time[];
  /** a better-founded publication date, when the caller gave none and the text allows one */
  published?: { published: string | null; publishedSource: 'text' | 'inferred' | null };
}

export type TimeStage = (input: StageInput) => TimeLayer;

export async function createTimeStage(): Promise<TimeStage> {
  return () => ({ times: [] });
}
