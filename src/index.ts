/** Warta as a library: the same functions the CLI and the server call. */
export { createAnalyzer, type Analyzer, type AnalyzeOptions } from './pipeline.js';
export * from './record/schema.js';
export { validateRecord } from './record/validate.js';
export { recordJsonSchema } from './record/json-schema.js';
export type { InputDoc, ReadItem } from './read/types.js';
