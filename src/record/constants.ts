/**
 * The record's fixed names, without the zod schema (record/schema.ts builds on these): the analyzer and
 * the command line need them, and loading zod costs every process that does about 50 ms at start.
 */
export const SCHEMA_ID = 'warta.analysis/1';

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC'] as const;

export const MODALITIES = ['asserted', 'alleged', 'negated', 'future'] as const;
