/**
 * What a stage sees: the record built so far plus the segmentation, which stays internal
 * (tokens are not part of the record). Each stage returns its own layer; pipeline.ts merges.
 */
import type { Entity, Meta, Quote, Time } from './record/schema.js';
import type { Segmentation } from './segment/sentences.js';

export interface StageInput {
  id: string;
  lang: string;
  /** the data language: "id" or "en" */
  dataLang: 'id' | 'en';
  text: string;
  meta: Meta;
  seg: Segmentation;
  entities: Entity[];
  times: Time[];
  quotes: Quote[];
}
