/** The JSON Schema of the record, generated from the zod schema (never written by hand). */
import { z } from 'zod';
import { AnalysisRecord, SCHEMA_ID } from './schema.js';

export function recordJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(AnalysisRecord, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: `https://warta.invalid/schema/${SCHEMA_ID.replace('/', '-')}.json`,
    title: SCHEMA_ID,
    description: 'One analysed news article: structure, entities, times, quotes and events, each with its span.',
  };
}
