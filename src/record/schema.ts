/**
 * The `warta.analysis/1` record: the one contract between the analyzer, the store,
 * the API, the UI and the evaluation scripts (see README, "The record").
 * Types, JSON Schema and validation all come from the zod schema defined here.
 */
import { z } from 'zod';
import { ENTITY_TYPES, MODALITIES, SCHEMA_ID } from './constants.js';

export { SCHEMA_ID };

const offset = z.number().int().nonnegative();

export const Range = z
  .object({ start: offset, end: offset })
  .describe('A half-open range of UTF-16 offsets into `text`.');

export const Span = Range.extend({ text: z.string() }).describe(
  'A range plus the characters it covers: text.slice(start, end) === text.',
);

export const NamedSpan = Range.extend({ name: z.string() });

export const Dateline = Range.extend({
  place: z.string().nullable(),
  agency: z.string().nullable(),
});

export const Copyright = Range.extend({
  holder: z.string().nullable(),
  year: z.number().int().nullable(),
});

export const Credits = z.object({
  source: z.array(NamedSpan).describe('"Sumber:", "Source:" — agencies the story comes from, in chain order.'),
  reporter: z.array(NamedSpan).describe('"Pewarta:", "Reporter:", "Penulis:", "Oleh"'),
  translator: z.array(NamedSpan).describe('"Penerjemah:", "Translator:"'),
  editor: z.array(NamedSpan).describe('"Editor:", "Redaktur:", sign-off initials'),
  copyright: Copyright.nullable(),
});

export const Related = Range.extend({ title: z.string(), url: z.string().nullable() });

export const PublishedSource = z.enum(['input', 'text', 'inferred']);

export const Meta = z.object({
  title: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable().describe('ISO 8601 date or date-time'),
  publishedSource: PublishedSource.nullable(),
  dateline: Dateline.nullable(),
  credits: Credits,
  related: z.array(Related),
  body: Range.describe('The news body proper: no dateline, credits, related links or boilerplate.'),
});

export const EntityType = z.enum(ENTITY_TYPES);

export const Entity = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityType,
  kb: z.string().nullable(),
  actor: z.string().nullable(),
  mentions: z.array(Span),
});

export const TimeType = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);

export const Time = Span.extend({
  type: TimeType,
  value: z.string().nullable().describe('TimeML value: 2024-03-17, 2023-09, 2024-W11, 2024, P6Y, 2024-03-18T10:00'),
});

export const Quote = Span.extend({
  direct: z.boolean(),
  speaker: z.string().nullable().describe('entity id'),
  cue: Span.nullable(),
});

export const Modality = z.enum(MODALITIES);

export const EventActor = z.object({
  entity: z.string().nullable().describe('entity id; null for a bare group ("polisi", "protesters"), which the actor code alone names'),
  actor: z.string().nullable().describe('CAMEO actor code: country and role (IDNCOP), a role alone for a group of no known country (COP), or null'),
  group: Span.optional().describe('for a bare group (entity null): the words that name it'),
});

export const Event = z.object({
  code: z.string().regex(/^\d{2,4}$/),
  root: z.string().regex(/^\d{2}$/),
  quadClass: z.number().int().min(0).max(4),
  goldstein: z.number().nullable(),
  plover: z.string().nullable(),
  source: EventActor.nullable(),
  target: EventActor.nullable(),
  date: z.string().nullable().describe('when it happened: a day (YYYY-MM-DD), or a week, month or year (2024-W11, 2023-09, 2024), from the time expression of its clause'),
  dateSource: z.enum(['sentence', 'published']).nullable(),
  location: z.string().nullable().describe('entity id of the place'),
  modality: Modality,
  sentence: z.number().int().nonnegative(),
  trigger: Span,
  evidence: Range,
});

export const AnalysisRecord = z.object({
  schema: z.literal(SCHEMA_ID),
  id: z.string().min(1),
  lang: z.string().describe('ISO 639-1 code, or "und" when undetermined'),
  text: z.string(),
  meta: Meta,
  sentences: z.array(Range),
  entities: z.array(Entity),
  times: z.array(Time),
  quotes: z.array(Quote),
  events: z.array(Event),
  warnings: z
    .array(z.string())
    .describe('What could not be read as expected (truncation, charset, missing body); empty when all went well.'),
});

export type Range = z.infer<typeof Range>;
export type Span = z.infer<typeof Span>;
export type NamedSpan = z.infer<typeof NamedSpan>;
export type Dateline = z.infer<typeof Dateline>;
export type Copyright = z.infer<typeof Copyright>;
export type Credits = z.infer<typeof Credits>;
export type Related = z.infer<typeof Related>;
export type Meta = z.infer<typeof Meta>;
export type EntityType = z.infer<typeof EntityType>;
export type Entity = z.infer<typeof Entity>;
export type TimeType = z.infer<typeof TimeType>;
export type Time = z.infer<typeof Time>;
export type Quote = z.infer<typeof Quote>;
export type Modality = z.infer<typeof Modality>;
export type EventActor = z.infer<typeof EventActor>;
export type Event = z.infer<typeof Event>;
export type AnalysisRecord = z.infer<typeof AnalysisRecord>;
