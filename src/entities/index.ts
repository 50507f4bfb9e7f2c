/**
 * Entities stage: NER tagger + knowledge-base linking + in-document aliases → record `entities`.
 * (Stub until the entities work lands: finds nothing.)
 */
import type { Entity } from '../record/schema.js';
import type { StageInput } from '../stage.js';

export type EntityStage = (input: StageInput) => Entity[];

export async function createEntityStage(): Promise<EntityStage> {
  return () => [];
}
