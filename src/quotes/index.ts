/**
 * Quotes stage: direct quotes, reported speech, cues and speakers.
 * (Stub until the quotes work lands: finds nothing.)
 */
import type { Quote } from '../record/schema.js';
import type { StageInput } from '../stage.js';

export type QuoteStage = (input: StageInput) => Quote[];

export async function createQuoteStage(): Promise<QuoteStage> {
  return () => [];
}
