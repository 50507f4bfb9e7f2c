/**
 * The HTTP API's shapes, as zod schemas: requests are validated and responses serialized with
 * them, and the OpenAPI document is generated from them. The record itself is the one schema of
 * `src/record/schema.ts`, never a copy.
 */
import { z } from 'zod';
import { AnalysisRecord, EntityType, Modality } from '../record/schema.js';

/** Named schemas: they become `components.schemas` of the OpenAPI document. */
export const registry = z.registry<{ id?: string; [key: string]: unknown }>();
function named<T extends z.ZodType>(id: string, schema: T): T {
  registry.add(schema, { id });
  return schema;
}

named('AnalysisRecord', AnalysisRecord);

export const ErrorBody = named(
  'Error',
  z.object({
    status: z.number().int().describe('the HTTP status, repeated'),
    message: z.string().describe('what went wrong, in one line'),
  }),
);

const nullableString = z.string().nullable();
const Day = z.number().int().describe('whole days since 1970-01-01');

export const ActorView = named('Actor', z.object({ actor: nullableString.describe('CAMEO actor code'), name: nullableString, kb: nullableString }));

export const ClusterSummary = named(
  'Cluster',
  z.object({
    id: z.string(),
    root: z.string(),
    code: z.string(),
    quadClass: z.number().int(),
    goldstein: z.number().nullable(),
    source: ActorView.nullable(),
    target: ActorView.nullable(),
    startDay: Day.nullable(),
    endDay: Day.nullable(),
    numEvents: z.number().int(),
    numArticles: z.number().int(),
    numSources: z.number().int(),
  }).describe('One real-world event reported by one or more documents'),
);

export const DocumentSummary = named(
  'DocumentSummary',
  z.object({
    key: z.string(),
    id: z.string().describe('the record id'),
    title: nullableString,
    url: nullableString,
    lang: z.string(),
    published: nullableString,
    outlet: nullableString,
    entities: z.number().int(),
    events: z.number().int(),
  }),
);

export const SearchHit = named(
  'SearchHit',
  DocumentSummary.extend({
    snippet: z.string().describe('a piece of the body around the matches, matches marked with [ and ]'),
    score: z.number(),
  }),
);

const LinkKind = z.enum(['duplicate', 'near-duplicate', 'syndication']);

export const StoredDocument = named(
  'Document',
  DocumentSummary.extend({
    contentHash: z.string(),
    origin: z.string(),
    originKey: z.string(),
    agencies: z.array(z.string()),
    record: AnalysisRecord,
    links: z.array(z.object({ kind: LinkKind, similarity: z.number(), other: DocumentSummary })),
    clusters: z.array(ClusterSummary.nullable()).describe('the cluster of each event of the record, by index'),
    versions: z.number().int(),
    entityKeys: z.record(z.string(), z.string()).describe('record entity id (e1) → store-wide entity key, for /api/entities/{id}'),
  }),
);

export const EntitySummary = named(
  'EntitySummary',
  z.object({ key: z.string(), name: z.string(), type: EntityType, kb: nullableString, documents: z.number().int(), mentions: z.number().int() }),
);

const DocRef = z.object({ key: z.string(), id: z.string(), title: nullableString, url: nullableString, published: nullableString });

export const EventRow = named(
  'EventRow',
  z.object({
    doc: DocRef,
    index: z.number().int(),
    code: z.string(),
    root: z.string(),
    quadClass: z.number().int(),
    goldstein: z.number().nullable(),
    plover: nullableString,
    source: ActorView.nullable(),
    target: ActorView.nullable(),
    date: nullableString,
    day: Day.nullable(),
    modality: Modality,
    trigger: z.string(),
    cluster: ClusterSummary.nullable(),
  }),
);

export const QuoteRow = named(
  'QuoteRow',
  z.object({
    doc: DocRef,
    index: z.number().int(),
    start: z.number().int(),
    end: z.number().int(),
    text: z.string(),
    direct: z.boolean(),
    speaker: z.object({ key: z.string(), name: z.string() }).nullable(),
    cue: nullableString,
  }),
);

function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    next: z.number().int().nullable().describe('offset of the next page, or null on the last'),
  });
}

export const DocumentPage = named('DocumentPage', pageOf(DocumentSummary));
export const SearchPage = named('SearchPage', pageOf(SearchHit));
export const EntityPage = named('EntityPage', pageOf(EntitySummary));
export const EventPage = named('EventPage', pageOf(EventRow));
export const QuotePage = named('QuotePage', pageOf(QuoteRow));

export const EntityDetail = named(
  'Entity',
  EntitySummary.extend({
    actors: z.array(z.string()).describe('CAMEO actor codes it had in the documents'),
    weeks: z.array(z.object({ week: z.string(), documents: z.number().int(), mentions: z.number().int() })).describe('documents mentioning it per ISO week'),
    quotes: QuotePage.describe('its quotes, first page (more: /api/quotes?speaker=)'),
    events: EventPage.describe('events it takes part in, first page (more: /api/events?entity=)'),
  }),
);

export const RelationWeek = z.object({
  week: z.string().describe('ISO week, 2024-W11'),
  start: z.string().describe('its Monday'),
  clusters: z.array(z.number().int()).length(4).describe('real-world events per QuadClass 1–4'),
  reports: z.array(z.number().int()).length(4).describe('reports (events in documents) per QuadClass 1–4'),
  meanGoldstein: z.number().nullable(),
});

export const Relations = named(
  'Relations',
  z.object({
    a: z.string(),
    b: z.string(),
    weeks: z.array(RelationWeek).describe('every week from the first to the last with events, empty weeks included'),
  }),
);

const GraphNode = z.object({ ref: z.string(), actor: ActorView, events: z.number().int().describe('events shared with the centre') });
export const Graph = named(
  'Graph',
  z.object({
    center: z.string(),
    nodes: z.array(GraphNode).describe('the centre first, then the most connected actors'),
    edges: z.array(
      z.object({
        a: z.string(),
        b: z.string(),
        events: z.number().int(),
        reports: z.array(z.number().int()).length(4),
        meanGoldstein: z.number().nullable(),
      }),
    ),
  }),
);

export const Codes = named(
  'Codes',
  z.object({ codes: z.record(z.string(), z.string()).describe('CAMEO event code → its name (empty when the coding table is not installed)') }),
);

export const Status = named(
  'Status',
  z.object({
    documents: z.number().int(),
    entities: z.number().int(),
    events: z.number().int(),
    examples: z.boolean().describe('bundled example articles can be ingested'),
    ingesting: z.boolean(),
    firstDay: nullableString,
    lastDay: nullableString,
  }),
);

export const IngestResult = named(
  'IngestResult',
  z.object({ read: z.number().int(), added: z.number().int(), existing: z.number().int(), failed: z.array(z.object({ origin: z.string(), message: z.string() })) }),
);

/* ---- requests ---- */

const limit = z.coerce.number().int().min(1).max(200).default(20).describe('items per page (1–200)');
const offset = z.coerce.number().int().min(0).max(1_000_000).default(0).describe('items to skip');
const dateBound = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date such as 2024-03-17, 2024-03 or 2024');
const range = { since: dateBound.optional().describe('first day (2024, 2024-03 or 2024-03-17)'), until: dateBound.optional().describe('last day, inclusive') };
const lang = z.string().regex(/^[a-z]{2,3}$/, 'expected a language code such as id or en');

export const DocumentsQuery = z.object({
  lang: lang.optional(),
  outlet: z.string().min(1).optional(),
  entity: z.string().min(1).optional().describe('store-wide entity key'),
  ...range,
  limit,
  offset,
});

export const SearchQuery = z.object({ q: z.string().trim().min(1, 'give some words to search for').max(500), lang: lang.optional(), ...range, limit, offset });

export const EntitiesQuery = z.object({ type: EntityType.optional(), name: z.string().min(1).optional().describe('name contains'), limit, offset });

/** One or more values: `?actor=PRK&actor=RUS`. */
const many = z.union([z.string().min(1), z.array(z.string().min(1)).max(4)]).transform((v) => (Array.isArray(v) ? v : [v]));

export const EventsQuery = z.object({
  actor: many.optional().describe('each must be the source or the target: an actor code (or its first three letters), a KB id or a name'),
  entity: z.string().min(1).optional().describe('store-wide entity key that must take part'),
  root: z.string().regex(/^\d{2}$/, 'expected a two-digit CAMEO root such as 05').optional(),
  code: z.string().regex(/^\d{2,4}$/, 'expected a CAMEO code such as 051').optional(),
  modality: Modality.optional(),
  ...range,
  limit,
  offset,
});

export const QuotesQuery = z.object({ speaker: z.string().min(1).optional().describe('store-wide entity key'), limit, offset });

export const RelationsQuery = z.object({ a: z.string().trim().min(1), b: z.string().trim().min(1), ...range });

export const GraphQuery = z.object({
  actor: z.string().trim().min(1),
  limit: z.coerce.number().int().min(1).max(50).default(12).describe('most connected actors to show'),
  ...range,
});

export const IdParams = z.object({ id: z.string().min(1).max(1000) });

export const AnalyzeBody = z
  .object({
    text: z.string().optional().describe('the article as plain text'),
    html: z.string().optional().describe('the article as a web page'),
    title: z.string().optional(),
    url: z.string().optional(),
    published: z.string().optional().describe('ISO 8601 date, when the text gives none'),
    lang: lang.optional(),
  })
  .refine((b) => (b.text === undefined) !== (b.html === undefined), { message: 'give either text or html' });
