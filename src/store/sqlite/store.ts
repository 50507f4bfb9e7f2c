/** The default store: one SQLite file (WAL), opened by path. */
import type Database from 'better-sqlite3';
import { lazyRequire } from '../../util/lazy-require.js';
import { statSync } from 'node:fs';
import type { AnalysisRecord } from '../../record/schema.js';
import { sha256Hex } from '../normalize.js';
import type {
  BatchResult,
  ClusterExport,
  DateRange,
  DocumentFilter,
  EntityQuery,
  EventQuery,
  EventRow,
  LinkKind,
  PreparedDocument,
  QuoteQuery,
  SearchQuery,
  SerializedDocument,
  Store,
  StoreStats,
} from '../types.js';
import { clusterSummary, eventRow, Reader } from './read.js';
import { currentVersion, migrate } from './schema.js';
import { BatchWriter } from './write.js';

const sqlite = lazyRequire<typeof Database>('better-sqlite3');

/* eslint-disable @typescript-eslint/no-explicit-any */
type Row = Record<string, any>;

const PAGE = 500;

export class SqliteStore implements Store {
  private writer: BatchWriter | null = null;
  private readonly reader: Reader;

  private constructor(
    private readonly db: Database.Database,
    readonly path: string,
  ) {
    this.reader = new Reader(db);
  }

  /** Opens (and for writing, creates and migrates) the store at `path`. */
  static open(path: string, opts: { readonly: boolean }): SqliteStore {
    const db = new (sqlite())(path, { readonly: opts.readonly, fileMustExist: opts.readonly });
    try {
      db.pragma('busy_timeout = 10000');
      if (!opts.readonly) {
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
        db.pragma('foreign_keys = ON');
        // Copy the write-ahead log into the database every 10,000 pages (40 MB) instead of SQLite's
        // 1,000: a batch touches index pages all over a large store, and the same pages again in the
        // next batches, which a longer log copies once. 1,000 Detik articles into a store of 200,000
        // documents: 4.6–5.0 s instead of 4.9–5.4 s (the fresh store is too small to notice).
        db.pragma('wal_autocheckpoint = 10000');
        migrate(db, path);
      } else if (currentVersion(db) === 0) {
        db.close();
        throw new Error('not a warta store');
      }
      db.pragma('cache_size = -65536');
      db.pragma('temp_store = MEMORY');
      return new SqliteStore(db, path);
    } catch (e) {
      if (db.open) db.close();
      throw e;
    }
  }

  async existingKeys(keys: string[]): Promise<Set<string>> {
    const get = this.db.prepare('SELECT 1 FROM documents WHERE key = ?').pluck();
    return new Set(keys.filter((k) => get.get(k) !== undefined));
  }

  async writeBatch(docs: readonly (PreparedDocument | SerializedDocument)[]): Promise<BatchResult> {
    this.writer ??= new BatchWriter(this.db);
    const writer = this.writer;
    const added = new Date().toISOString();
    return this.db.transaction(() => writer.write(docs, added)).immediate();
  }

  async getDocument(ref: string) {
    return this.reader.getDocument(ref);
  }
  async listDocuments(filter: DocumentFilter) {
    return this.reader.listDocuments(filter);
  }
  async search(query: SearchQuery) {
    return this.reader.search(query);
  }
  async listEntities(query: EntityQuery) {
    return this.reader.listEntities(query);
  }
  async getEntity(ref: string) {
    return this.reader.getEntity(ref);
  }
  async listEvents(query: EventQuery) {
    return this.reader.listEvents(query);
  }
  async relations(a: string, b: string, range?: DateRange) {
    return this.reader.relations(a, b, range);
  }
  async connections(actor: string, opts?: DateRange & { limit?: number }) {
    return this.reader.connections(actor, opts);
  }
  async listQuotes(query: QuoteQuery) {
    return this.reader.listQuotes(query);
  }

  async stats(): Promise<StoreStats> {
    const one = (sql: string): number => (this.db.prepare(sql).pluck().get() as number | null) ?? 0;
    const links: Record<LinkKind, number> = { duplicate: 0, 'near-duplicate': 0, syndication: 0 };
    for (const r of this.db.prepare('SELECT kind, COUNT(*) AS n FROM doc_links GROUP BY kind').all() as Row[]) links[r.kind as LinkKind] = r.n;
    const languages: Record<string, number> = {};
    for (const r of this.db.prepare('SELECT lang, COUNT(*) AS n FROM documents GROUP BY lang ORDER BY n DESC').all() as Row[]) languages[r.lang] = r.n;
    const range = this.db.prepare('SELECT MIN(day) AS lo, MAX(day) AS hi FROM documents').get() as Row;
    let bytes = 0;
    for (const suffix of ['', '-wal']) {
      try {
        bytes += statSync(this.path + suffix).size;
      } catch {
        /* no such file */
      }
    }
    return {
      path: this.path,
      schemaVersion: currentVersion(this.db),
      documents: one('SELECT COUNT(*) FROM documents'),
      distinctTexts: one('SELECT COUNT(DISTINCT content_hash) FROM documents'),
      links,
      entities: one('SELECT COUNT(*) FROM entities'),
      mentions: one('SELECT COUNT(*) FROM mentions'),
      quotes: one('SELECT COUNT(*) FROM quotes'),
      times: one('SELECT COUNT(*) FROM times'),
      events: one('SELECT COUNT(*) FROM events'),
      clusters: one('SELECT COUNT(*) FROM clusters'),
      multiSourceClusters: one('SELECT COUNT(*) FROM clusters WHERE num_sources > 1'),
      outlets: one('SELECT COUNT(*) FROM outlets'),
      firstDay: range.lo,
      lastDay: range.hi,
      languages,
      bytes,
    };
  }

  /** Pages through a table by rowid so that no statement stays open across a yield. */
  private *pages(sql: string): Generator<Row> {
    const stmt = this.db.prepare(sql);
    let after = -Infinity;
    for (;;) {
      const rows = stmt.all(after, PAGE) as Row[];
      if (rows.length === 0) return;
      for (const r of rows) yield r;
      after = rows[rows.length - 1]!.id;
    }
  }

  async *exportRecords(): AsyncIterable<AnalysisRecord> {
    for (const r of this.pages('SELECT id, record FROM documents WHERE id > ? ORDER BY id LIMIT ?')) yield JSON.parse(r.record) as AnalysisRecord;
  }

  async *exportEvents(): AsyncIterable<{ record: AnalysisRecord; key: string; rows: EventRow[] }> {
    const events = this.db.prepare(
      `SELECT e.*, d.key AS doc_key, d.record_id, d.title, d.url, d.published, c.id AS c_id, c.root AS c_root, c.code AS c_code,
         c.quad_class AS c_quad, c.goldstein AS c_goldstein, c.src_actor AS c_src_actor, c.src_name AS c_src_name, c.src_kb AS c_src_kb,
         c.tgt_actor AS c_tgt_actor, c.tgt_name AS c_tgt_name, c.tgt_kb AS c_tgt_kb, c.start_day AS c_start, c.end_day AS c_end,
         c.num_events AS c_events, c.num_articles AS c_articles, c.num_sources AS c_sources
       FROM events e JOIN documents d ON d.id = e.doc_id LEFT JOIN clusters c ON c.id = e.cluster_id WHERE e.doc_id = ? ORDER BY e.idx`,
    );
    for (const r of this.pages('SELECT id, key, record FROM documents WHERE id > ? AND n_events > 0 ORDER BY id LIMIT ?')) {
      yield { record: JSON.parse(r.record) as AnalysisRecord, key: r.key, rows: (events.all(r.id) as Row[]).map(eventRow) };
    }
  }

  async *exportClusters(): AsyncIterable<ClusterExport> {
    const extra = this.db.prepare(
      `SELECT MAX(e.lead) AS lead, MIN(d.added) AS added,
         (SELECT e2.location FROM events e2 WHERE e2.cluster_id = ? AND e2.location IS NOT NULL GROUP BY e2.location ORDER BY COUNT(*) DESC, e2.location LIMIT 1) AS location
       FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.cluster_id = ?`,
    );
    const firstUrl = this.db.prepare('SELECT COALESCE(d.url, d.record_id) FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.id = ?').pluck();
    const list = this.db.prepare(
      `SELECT c.id AS c_id, c.root AS c_root, c.code AS c_code, c.quad_class AS c_quad, c.goldstein AS c_goldstein,
         c.src_actor AS c_src_actor, c.src_name AS c_src_name, c.src_kb AS c_src_kb, c.tgt_actor AS c_tgt_actor, c.tgt_name AS c_tgt_name,
         c.tgt_kb AS c_tgt_kb, c.start_day AS c_start, c.end_day AS c_end, c.num_events AS c_events, c.num_articles AS c_articles,
         c.num_sources AS c_sources, c.first_event_id
       FROM clusters c WHERE c.id > ? ORDER BY c.id LIMIT ?`,
    );
    let after = '';
    for (;;) {
      const rows = list.all(after, PAGE) as Row[];
      if (rows.length === 0) return;
      for (const r of rows) {
        const x = extra.get(r.c_id, r.c_id) as Row;
        yield { ...clusterSummary(r)!, isRoot: x.lead === 1, actionGeo: x.location ?? null, sourceUrl: (firstUrl.get(r.first_event_id) as string) ?? null, added: x.added ?? null };
      }
      after = rows[rows.length - 1]!.c_id;
    }
  }

  async *dump(): AsyncIterable<string> {
    const lines: string[] = [];
    const q = (sql: string): Row[] => this.db.prepare(sql).all() as Row[];
    const j = (...v: unknown[]): string => JSON.stringify(v);
    for (const r of q(`SELECT d.key, d.record_id, d.content_hash, d.title, d.url, d.lang, d.published, d.day, o.name AS outlet, d.origin_key,
        d.n_entities, d.n_events, d.record FROM documents d LEFT JOIN outlets o ON o.id = d.outlet_id`)) {
      lines.push(j('document', r.key, r.record_id, r.content_hash, r.title, r.url, r.lang, r.published, r.day, r.outlet, r.origin_key, r.n_entities, r.n_events, sha256Hex(r.record)));
    }
    for (const r of q('SELECT d.key, f.title, f.body FROM documents_fts f JOIN documents d ON d.id = f.rowid')) lines.push(j('fts', r.key, sha256Hex(`${r.title}\u0000${r.body}`)));
    for (const r of q('SELECT d.key, s.signature FROM doc_signatures s JOIN documents d ON d.id = s.doc_id')) lines.push(j('signature', r.key, sha256Hex((r.signature as Buffer).toString('hex'))));
    for (const r of q('SELECT d.key, COUNT(*) AS n FROM lsh_bands b JOIN documents d ON d.id = b.doc_id GROUP BY d.key')) lines.push(j('bands', r.key, r.n));
    for (const r of q('SELECT kind, name, documents FROM outlets')) lines.push(j('outlet', r.kind, r.name, r.documents));
    for (const r of q('SELECT d.key, a.role, a.position, o.name, a.day FROM doc_agencies a JOIN documents d ON d.id = a.doc_id JOIN outlets o ON o.id = a.outlet_id')) {
      lines.push(j('agency', r.key, r.role, r.position, r.name, r.day));
    }
    for (const r of q('SELECT da.key AS a, db.key AS b, l.kind, l.similarity FROM doc_links l JOIN documents da ON da.id = l.a JOIN documents db ON db.id = l.b')) {
      lines.push(j('link', r.a, r.b, r.kind, r.similarity));
    }
    for (const r of q('SELECT key, name, norm, type, kb, documents, mentions FROM entities')) lines.push(j('entity', r.key, r.name, r.norm, r.type, r.kb, r.documents, r.mentions));
    for (const r of q('SELECT d.key, de.local_id, en.key AS entity, de.name, de.actor, de.mentions, de.day FROM doc_entities de JOIN documents d ON d.id = de.doc_id JOIN entities en ON en.id = de.entity_id')) {
      lines.push(j('doc-entity', r.key, r.local_id, r.entity, r.name, r.actor, r.mentions, r.day));
    }
    for (const r of q('SELECT d.key, m.local_id, m.start, m."end" AS e, m.text FROM mentions m JOIN documents d ON d.id = m.doc_id')) lines.push(j('mention', r.key, r.local_id, r.start, r.e, r.text));
    for (const r of q('SELECT d.key, x.idx, x.start, x."end" AS e, x.text, x.direct, x.speaker_local, en.key AS speaker, x.cue FROM quotes x JOIN documents d ON d.id = x.doc_id LEFT JOIN entities en ON en.id = x.speaker_entity_id')) {
      lines.push(j('quote', r.key, r.idx, r.start, r.e, r.text, r.direct, r.speaker_local, r.speaker, r.cue));
    }
    for (const r of q('SELECT d.key, x.idx, x.start, x."end" AS e, x.text, x.type, x.value FROM times x JOIN documents d ON d.id = x.doc_id')) lines.push(j('time', r.key, r.idx, r.start, r.e, r.text, r.type, r.value));
    for (const r of q(`SELECT d.key, e.*, se.key AS src_entity, te.key AS tgt_entity FROM events e JOIN documents d ON d.id = e.doc_id
        LEFT JOIN entities se ON se.id = e.src_entity_id LEFT JOIN entities te ON te.id = e.tgt_entity_id`)) {
      const { id: _id, doc_id: _doc, src_entity_id: _s, tgt_entity_id: _t, key, ...rest } = r;
      lines.push(j('event', key, rest));
    }
    for (const r of q('SELECT t.term, t.day, d.key, e.idx FROM event_terms t JOIN events e ON e.id = t.event_id JOIN documents d ON d.id = e.doc_id')) lines.push(j('term', r.term, r.day, r.key, r.idx));
    for (const r of q('SELECT c.*, d.key AS first_doc, e.idx AS first_idx FROM clusters c JOIN events e ON e.id = c.first_event_id JOIN documents d ON d.id = e.doc_id')) {
      const { first_event_id: _f, ...rest } = r;
      lines.push(j('cluster', rest));
    }
    lines.sort();
    yield* lines;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
