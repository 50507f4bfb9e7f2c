/**
 * The store interface: what the CLI, the ingest and (later) the HTTP server call. It speaks plain
 * objects and the `warta.analysis/1` record, never SQL, so a PostgreSQL implementation can follow
 * without touching callers. Every method is async for that reason, even where SQLite is synchronous.
 */
import type { AnalysisRecord, EntityType, Modality, Quote, Time } from '../record/schema.js';

/** Days are whole days since 1970-01-01 (UTC calendar); see `days.ts`. */
export type Day = number;

/** An actor in a prepared event: how the event names it and the key that clusters compare. */
export interface PreparedActor {
  /** key of the document-level entity (`e1`), or null */
  local: string | null;
  /** key of the store-wide entity, or null when the event names no entity */
  entityKey: string | null;
  name: string | null;
  kb: string | null;
  actor: string | null;
  /** what clusters compare: `c:` actor code, else `k:` KB id, else `n:` normalized name, else `-` */
  key: string;
}

export interface PreparedEvent {
  index: number;
  code: string;
  root: string;
  quadClass: number;
  goldstein: number | null;
  plover: string | null;
  source: PreparedActor | null;
  target: PreparedActor | null;
  date: string | null;
  /** the event's date, else the document's publication day; null when neither is known */
  day: Day | null;
  dateSource: 'sentence' | 'published' | null;
  modality: Modality;
  sentence: number;
  /** true when the event's sentence is in the first paragraph of the body (GDELT's IsRootEvent) */
  lead: boolean;
  trigger: { start: number; end: number; text: string };
  evidence: { start: number; end: number };
  location: { local: string; name: string } | null;
  /** `source|target|root`: events that may be one real-world event share it (an event with no actor has its own) */
  clusterKey: string;
  /** search terms for `events --actor`: `c:PRKGOV`, `c:PRK`, `k:kim-jong-un`, `n:kim jong un` */
  terms: string[];
}

export interface PreparedEntity {
  local: string;
  key: string;
  name: string;
  type: EntityType;
  kb: string | null;
  actor: string | null;
  mentions: { start: number; end: number; text: string }[];
}

/** One analyzed document, with everything the store derives from it (computed in a worker). */
export interface PreparedDocument {
  /** identity: hash of the record id and the normalized text */
  key: string;
  /** hash of the normalized text alone: equal for exact copies */
  contentHash: string;
  record: AnalysisRecord;
  /** where it was read from (a path, `path:line`, a URL) */
  origin: string;
  published: string | null;
  day: Day | null;
  /** the site it was published on (registrable domain of its URL), or null */
  outlet: string | null;
  /** agencies the story comes from: credits (`Sumber:`) in chain order, then the dateline's */
  agencies: { name: string; role: 'credit' | 'dateline' }[];
  /** who the story originally comes from, for counting independent sources: `agency:yonhap`, `outlet:detik.com`, `doc:KEY` */
  originKey: string;
  /** the body text, for full-text search */
  body: string;
  /** MinHash signature of the body's word shingles, or null for a text too short to compare */
  signature: Uint32Array | null;
  entities: PreparedEntity[];
  events: PreparedEvent[];
}

/**
 * The record as the store writes it: its JSON and the few fields that get columns or rows of their
 * own. Ingest workers send documents in this form (`SerializedDocument`): the JSON is made next to
 * the analysis and crosses to the writing thread as one byte array instead of the record's objects.
 */
export interface RecordColumns {
  /** the record as JSON: text, or its UTF-8 bytes */
  json: string | Uint8Array;
  id: string;
  lang: string;
  title: string | null;
  url: string | null;
  /** how many entities and events the record has */
  entities: number;
  events: number;
  quotes: Quote[];
  times: Time[];
}

/** A prepared document with its record reduced to what the store writes of it. */
export interface SerializedDocument extends Omit<PreparedDocument, 'record'> {
  record: RecordColumns;
}

export type LinkKind = 'duplicate' | 'near-duplicate' | 'syndication';

export interface BatchResult {
  /** documents written */
  written: number;
  /** documents already in the store (skipped) */
  existing: number;
  links: Record<LinkKind, number>;
}

export interface Page<T> {
  items: T[];
  /** offset of the next page, or null when this is the last */
  next: number | null;
}

export interface DateRange {
  since?: Day;
  until?: Day;
}

export interface DocumentSummary {
  key: string;
  id: string;
  title: string | null;
  url: string | null;
  lang: string;
  published: string | null;
  outlet: string | null;
  entities: number;
  events: number;
}

export interface SearchHit extends DocumentSummary {
  /** a piece of the body around the matches, matches marked with [ ] */
  snippet: string;
  score: number;
}

export interface SearchQuery extends DateRange {
  query: string;
  lang?: string;
  limit?: number;
  offset?: number;
}

export interface DocumentFilter extends DateRange {
  lang?: string;
  outlet?: string;
  /** store-wide entity key */
  entity?: string;
  limit?: number;
  offset?: number;
}

export interface DocumentLink {
  kind: LinkKind;
  similarity: number;
  other: DocumentSummary;
}

export interface StoredDocument extends DocumentSummary {
  contentHash: string;
  origin: string;
  originKey: string;
  agencies: string[];
  record: AnalysisRecord;
  links: DocumentLink[];
  /** the cluster of each event, by event index */
  clusters: (ClusterSummary | null)[];
  /** how many stored documents carry the same record id (other versions of the text) */
  versions: number;
}

export interface EntitySummary {
  key: string;
  name: string;
  type: EntityType;
  kb: string | null;
  documents: number;
  mentions: number;
}

export interface EntityQuery {
  type?: EntityType;
  /** name or key contains (case- and accent-insensitive) */
  name?: string;
  limit?: number;
  offset?: number;
}

export interface EntityDetail extends EntitySummary {
  actors: string[];
  /** documents mentioning it per ISO week (`2024-W11`) */
  weeks: { week: string; documents: number; mentions: number }[];
}

export interface EventQuery extends DateRange {
  /** each must be the source or the target: an actor code (or its prefix), a KB id or a name */
  actors?: string[];
  /** store-wide entity key: the entity must be the source or the target */
  entity?: string;
  root?: string;
  code?: string;
  modality?: Modality;
  limit?: number;
  offset?: number;
}

export interface ActorView {
  actor: string | null;
  name: string | null;
  kb: string | null;
}

export interface EventRow {
  doc: { key: string; id: string; title: string | null; url: string | null; published: string | null };
  index: number;
  code: string;
  root: string;
  quadClass: number;
  goldstein: number | null;
  plover: string | null;
  source: ActorView | null;
  target: ActorView | null;
  date: string | null;
  day: Day | null;
  modality: Modality;
  trigger: string;
  cluster: ClusterSummary | null;
}

export interface ClusterSummary {
  id: string;
  root: string;
  code: string;
  quadClass: number;
  goldstein: number | null;
  source: ActorView | null;
  target: ActorView | null;
  startDay: Day | null;
  endDay: Day | null;
  numEvents: number;
  numArticles: number;
  numSources: number;
}

export interface RelationWeek {
  week: string;
  /** real-world events (clusters) and reports (events) per QuadClass 1–4 */
  clusters: [number, number, number, number];
  reports: [number, number, number, number];
  meanGoldstein: number | null;
}

export interface QuoteQuery {
  /** store-wide entity key of the speaker */
  speaker?: string;
  limit?: number;
  offset?: number;
}

export interface QuoteRow {
  doc: { key: string; id: string; title: string | null; url: string | null; published: string | null };
  /** the quote's index in its record */
  index: number;
  start: number;
  end: number;
  text: string;
  direct: boolean;
  /** the speaker: store-wide entity key and the document's name for it, or null */
  speaker: { key: string; name: string } | null;
  cue: string | null;
}

/** An actor that shares events with a given one, for the relation graph. */
export interface Connection {
  /** what to pass back as an actor argument: the actor code, else the KB id, else the name */
  ref: string;
  actor: ActorView;
  /** events between the two (either direction) and their count per QuadClass 1–4 */
  events: number;
  reports: [number, number, number, number];
  meanGoldstein: number | null;
}

export interface StoreStats {
  path: string;
  schemaVersion: number;
  documents: number;
  distinctTexts: number;
  links: Record<LinkKind, number>;
  entities: number;
  mentions: number;
  quotes: number;
  times: number;
  events: number;
  clusters: number;
  multiSourceClusters: number;
  outlets: number;
  firstDay: Day | null;
  lastDay: Day | null;
  languages: Record<string, number>;
  bytes: number;
}

/** One row per real-world event for `export --format gdelt`. */
export interface ClusterExport extends ClusterSummary {
  isRoot: boolean;
  actionGeo: string | null;
  sourceUrl: string | null;
  /** earliest time a document of the cluster was added to the store (ISO) */
  added: string | null;
}

export interface Store {
  readonly path: string;

  /** Which of these document keys are already stored. */
  existingKeys(keys: string[]): Promise<Set<string>>;
  /** Writes documents and everything derived from them (links, clusters) in one transaction. */
  writeBatch(docs: readonly (PreparedDocument | SerializedDocument)[]): Promise<BatchResult>;

  /** A document by record id, key or key prefix (at least 8 characters); null when none. */
  getDocument(ref: string): Promise<StoredDocument | null>;
  listDocuments(filter: DocumentFilter): Promise<Page<DocumentSummary>>;
  search(query: SearchQuery): Promise<Page<SearchHit>>;

  listEntities(query: EntityQuery): Promise<Page<EntitySummary>>;
  getEntity(ref: string): Promise<EntityDetail | null>;

  listEvents(query: EventQuery): Promise<Page<EventRow>>;
  relations(a: string, b: string, range?: DateRange): Promise<RelationWeek[]>;
  /** The actors that share the most events with `actor` (most first, at most `limit`, default 20). */
  connections(actor: string, opts?: DateRange & { limit?: number }): Promise<Connection[]>;
  /** Quotes, newest document first; by one speaker when asked. */
  listQuotes(query: QuoteQuery): Promise<Page<QuoteRow>>;

  stats(): Promise<StoreStats>;
  exportRecords(): AsyncIterable<AnalysisRecord>;
  exportEvents(): AsyncIterable<{ record: AnalysisRecord; key: string; rows: EventRow[] }>;
  exportClusters(): AsyncIterable<ClusterExport>;
  /** Every fact in a canonical order without internal ids or times: equal stores dump equal. */
  dump(): AsyncIterable<string>;

  close(): Promise<void>;
}
