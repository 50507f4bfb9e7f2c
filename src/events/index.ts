/**
 * Events stage: CAMEO-coded interactions with source, target, date, place and modality.
 * (Stub until the events work lands: finds nothing.)
 */
import type { Event } from '../record/schema.js';
import type { StageInput } from '../stage.js';

export type EventStage = (input: StageInput) => Event[];

export async function createEventStage(): Promise<EventStage> {
  return () => [];
}
