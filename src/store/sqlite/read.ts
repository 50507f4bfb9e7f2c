/** The read side of the SQLite store: search, documents, entities, events, relations, stats. */
import type Database from 'better-sqlite3';
import type { AnalysisRecord, EntityType, Modality } from '../../record/schema.js';
import { isoWeek } from '../days.js';
import { toFtsQuery } from '../fts-query.js';
import { normalizeName } from '../normalize.js';
import type {
  ActorView,
  ClusterSummary,
  Connection,
  DateRange,
  DocumentFilter,
  DocumentLink,
  DocumentSummary,
  EntityDetail,
  EntityQuery,
  EntitySummary,
  EventQuery,
  EventRow,
  LinkKind,
  Page,
  QuoteQuery,
  QuoteRow,
  RelationWeek,
  SearchHit,
  SearchQuery,
  StoredDocument,
} from '../types.js';
import { actorTerms } from '../prepare.js';
import { NO_DAY } from './write.js';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 10_000;

/* eslint-disable @typescript-eslint/no-explicit-any */
type Row = Record<string, any>;

const DOC_COLUMNS = `d.key, d.record_id, d.title, d.url, d.lang, d.published, o.name AS outlet, d.n_entities, d.n_events`;

function docSummary(r: Row): DocumentSummary {
  return {
    key: r.key,
    id: r.record_id,
    title: r.title,
    url: r.url,
    lang: r.lang,
    published: r.published,
    outlet: r.outlet ?? null,
    entities: r.n_entities,
    events: r.n_events,
  };
}

function actorView(actor: string | null, name: string | null, kb: string | null): ActorView | null {
  return actor === null && name === null && kb === null ? null : { actor, name, kb };
}

const CLUSTER_COLUMNS = `c.id AS c_id, c.root AS c_root, c.code AS c_code, c.quad_class AS c_quad, c.goldstein AS c_goldstein,
  c.src_actor AS c_src_actor, c.src_name AS c_src_name, c.src_kb AS c_src_kb, c.tgt_actor AS c_tgt_actor, c.tgt_name AS c_tgt_name,
  c.tgt_kb AS c_tgt_kb, c.start_day AS c_start, c.end_day AS c_end, c.num_events AS c_events, c.num_articles AS c_articles,
  c.num_sources AS c_sources`;

export function clusterSummary(r: Row): ClusterSummary | null {
  if (r.c_id === null || r.c_id === undefined) return null;
  return {
    id: r.c_id,
    root: r.c_root,
    code: r.c_code,
    quadClass: r.c_quad,
    goldstein: r.c_goldstein,
    source: actorView(r.c_src_actor, r.c_src_name, r.c_src_kb),
    target: actorView(r.c_tgt_actor, r.c_tgt_name, r.c_tgt_kb),
    startDay: r.c_start,
    endDay: r.c_end,
    numEvents: r.c_events,
    numArticles: r.c_articles,
    numSources: r.c_sources,
  };
}

function page<T>(rows: T[], limit: number, offset: number): Page<T> {
  return rows.length > limit ? { items: rows.slice(0, limit), next: offset + limit } : { items: rows, next: null };
}

function limits(q: { limit?: number; offset?: number }): { limit: number; offset: number } {
  const limit = Math.min(Math.max(1, Math.floor(q.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
  const offset = Math.max(0, Math.floor(q.offset ?? 0));
  return { limit, offset };
}

function dayClause(column: string, range: DateRange, params: unknown[]): string {
  let sql = '';
  if (range.since !== undefined) {
    sql += ` AND ${column} >= ?`;
    params.push(range.since);
  }
  if (range.until !== undefined) {
    sql += ` AND ${column} <= ?`;
    params.push(range.until);
  }
  return sql;
}

export class Reader {
  constructor(private readonly db: Database.Database) {}

  search(q: SearchQuery): Page<SearchHit> {
    const { limit, offset } = limits(q);
    const params: unknown[] = [toFtsQuery(q.query)];
    let where = 'documents_fts MATCH ?';
    where += dayClause('d.day', q, params);
    if (q.lang) {
      where += ' AND d.lang = ?';
      params.push(q.lang);
    }
    const rows = this.db
      .prepare(
        `SELECT ${DOC_COLUMNS}, snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet, bm25(documents_fts, 4.0, 1.0) AS score
         FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid LEFT JOIN outlets o ON o.id = d.outlet_id
         WHERE ${where} ORDER BY score, d.key LIMIT ? OFFSET ?`,
      )
      .all(...params, limit + 1, offset) as Row[];
    return page(
      rows.map((r) => ({ ...docSummary(r), snippet: String(r.snippet).replace(/\s+/g, ' ').trim(), score: -r.score })),
      limit,
      offset,
    );
  }

  listDocuments(f: DocumentFilter): Page<DocumentSummary> {
    const { limit, offset } = limits(f);
    const params: unknown[] = [];
    let from = 'documents d LEFT JOIN outlets o ON o.id = d.outlet_id';
    let where = '1 = 1';
    if (f.entity) {
      from = 'doc_entities de JOIN entities en ON en.id = de.entity_id AND en.key = ? JOIN documents d ON d.id = de.doc_id LEFT JOIN outlets o ON o.id = d.outlet_id';
      params.push(f.entity);
    }
    where += dayClause('d.day', f, params);
    if (f.lang) {
      where += ' AND d.lang = ?';
      params.push(f.lang);
    }
    if (f.outlet) {
      where += ' AND o.name = ?';
      params.push(f.outlet);
    }
    const rows = this.db
      .prepare(`SELECT DISTINCT ${DOC_COLUMNS}, d.day, d.id FROM ${from} WHERE ${where} ORDER BY d.day DESC, d.id DESC LIMIT ? OFFSET ?`)
      .all(...params, limit + 1, offset) as Row[];
    return page(rows.map(docSummary), limit, offset);
  }

  /** A document by record id (the latest stored version), key, or key prefix of 8+ characters. */
  getDocument(ref: string): StoredDocument | null {
    const r = ref.trim();
    if (!r) return null;
    let row = this.db
      .prepare(`SELECT ${DOC_COLUMNS}, d.id, d.content_hash, d.source, d.origin_key, d.record FROM documents d LEFT JOIN outlets o ON o.id = d.outlet_id
        WHERE d.record_id = ? ORDER BY d.id DESC LIMIT 1`)
      .get(r) as Row | undefined;
    if (!row && /^[0-9a-f]{8,32}$/i.test(r)) {
      const rows = this.db
        .prepare(`SELECT ${DOC_COLUMNS}, d.id, d.content_hash, d.source, d.origin_key, d.record FROM documents d LEFT JOIN outlets o ON o.id = d.outlet_id
          WHERE d.key >= ? AND d.key < ? LIMIT 2`)
        .all(r.toLowerCase(), r.toLowerCase() + 'g') as Row[];
      if (rows.length === 1) row = rows[0];
    }
    if (!row) return null;
    const versions = this.db.prepare('SELECT COUNT(*) FROM documents WHERE record_id = ?').pluck().get(row.record_id) as number;
    const links = this.db
      .prepare(
        `SELECT l.kind, l.similarity, ${DOC_COLUMNS} FROM (
           SELECT b AS other, kind, similarity FROM doc_links WHERE a = ? UNION ALL SELECT a, kind, similarity FROM doc_links WHERE b = ?
         ) l JOIN documents d ON d.id = l.other LEFT JOIN outlets o ON o.id = d.outlet_id ORDER BY l.similarity DESC, d.key`,
      )
      .all(row.id, row.id) as Row[];
    const clusterRows = this.db
      .prepare(`SELECT e.idx, ${CLUSTER_COLUMNS} FROM events e LEFT JOIN clusters c ON c.id = e.cluster_id WHERE e.doc_id = ? ORDER BY e.idx`)
      .all(row.id) as Row[];
    const record = JSON.parse(row.record) as AnalysisRecord;
    const clusters: (ClusterSummary | null)[] = record.events.map(() => null);
    for (const c of clusterRows) clusters[c.idx] = clusterSummary(c);
    const agencies = this.db
      .prepare('SELECT o.name FROM doc_agencies a JOIN outlets o ON o.id = a.outlet_id WHERE a.doc_id = ? ORDER BY a.role, a.position')
      .pluck()
      .all(row.id) as string[];
    return {
      ...docSummary(row),
      contentHash: row.content_hash,
      origin: row.source,
      originKey: row.origin_key,
      agencies: [...new Set(agencies)],
      record,
      links: links.map((l): DocumentLink => ({ kind: l.kind as LinkKind, similarity: l.similarity, other: docSummary(l) })),
      clusters,
      versions,
    };
  }

  listEntities(q: EntityQuery): Page<EntitySummary> {
    const { limit, offset } = limits(q);
    const params: unknown[] = [];
    let where = '1 = 1';
    if (q.type) {
      where += ' AND type = ?';
      params.push(q.type);
    }
    if (q.name) {
      where += " AND norm LIKE ? ESCAPE '\\'";
      params.push(`%${normalizeName(q.name).replace(/[%_\\]/g, '\\$&')}%`);
    }
    const rows = this.db
      .prepare(`SELECT key, name, type, kb, documents, mentions FROM entities WHERE ${where} ORDER BY documents DESC, mentions DESC, key LIMIT ? OFFSET ?`)
      .all(...params, limit + 1, offset) as Row[];
    return page(rows.map((r) => ({ key: r.key, name: r.name, type: r.type as EntityType, kb: r.kb, documents: r.documents, mentions: r.mentions })), limit, offset);
  }

  getEntity(ref: string): EntityDetail | null {
    const norm = normalizeName(ref);
    const row = (this.db.prepare('SELECT * FROM entities WHERE key = ?').get(ref) ??
      this.db.prepare('SELECT * FROM entities WHERE kb = ? ORDER BY documents DESC LIMIT 1').get(ref) ??
      this.db.prepare('SELECT * FROM entities WHERE norm = ? ORDER BY documents DESC, key LIMIT 1').get(norm)) as Row | undefined;
    if (!row) return null;
    const perDoc = this.db.prepare('SELECT day, mentions, actor FROM doc_entities WHERE entity_id = ? ORDER BY day').all(row.id) as Row[];
    const weeks = new Map<string, { week: string; documents: number; mentions: number }>();
    const actors = new Set<string>();
    for (const d of perDoc) {
      if (d.actor) actors.add(d.actor);
      if (d.day === null) continue;
      const w = isoWeek(d.day);
      const cur = weeks.get(w) ?? { week: w, documents: 0, mentions: 0 };
      cur.documents++;
      cur.mentions += d.mentions;
      weeks.set(w, cur);
    }
    return {
      key: row.key,
      name: row.name,
      type: row.type,
      kb: row.kb,
      documents: row.documents,
      mentions: row.mentions,
      actors: [...actors].sort(),
      weeks: [...weeks.values()],
    };
  }

  /** The stored terms an actor argument stands for: an actor code or its prefix, a KB id, a name. */
  actorTerms(arg: string): string[] {
    const a = arg.trim();
    const candidates = new Set<string>();
    if (/^[A-Za-z]{3}(?:[A-Za-z]{3})*$/.test(a)) candidates.add(`c:${a.toUpperCase()}`);
    candidates.add(`k:${a.toLowerCase()}`);
    const n = normalizeName(a);
    if (n) candidates.add(`n:${n}`);
    const exists = this.db.prepare('SELECT 1 FROM event_terms WHERE term = ? LIMIT 1').pluck();
    return [...candidates].filter((t) => exists.get(t) !== undefined);
  }

  listEvents(q: EventQuery): Page<EventRow> {
    const { limit, offset } = limits(q);
    const params: unknown[] = [];
    let from: string;
    let order: string;
    let where = '1 = 1';
    const actors = (q.actors ?? []).map((a) => this.actorTerms(a));
    if (actors.some((t) => t.length === 0)) return { items: [], next: null };
    if (actors.length > 0) {
      const lo = q.since ?? NO_DAY;
      const hi = q.until ?? Number.MAX_SAFE_INTEGER;
      const first = actors[0]!;
      const sub = first.map(() => 'SELECT event_id, day FROM event_terms WHERE term = ? AND day BETWEEN ? AND ?');
      for (const t of first) params.push(t, lo, hi);
      from = `(${sub.join(' UNION ')}) t JOIN events e ON e.id = t.event_id`;
      order = 't.day DESC, t.event_id DESC';
      for (const terms of actors.slice(1)) {
        where += ` AND EXISTS (SELECT 1 FROM event_terms t2 WHERE t2.term IN (${terms.map(() => '?').join(',')}) AND t2.day = t.day AND t2.event_id = t.event_id)`;
        params.push(...terms);
      }
    } else {
      from = 'events e';
      order = 'e.day DESC, e.id DESC';
      where += dayClause('e.day', q, params);
    }
    if (q.entity !== undefined) {
      const id = this.db.prepare('SELECT id FROM entities WHERE key = ?').pluck().get(q.entity) as number | undefined;
      if (id === undefined) return { items: [], next: null };
      where += ' AND (e.src_entity_id = ? OR e.tgt_entity_id = ?)';
      params.push(id, id);
    }
    if (q.root) {
      where += ' AND e.root = ?';
      params.push(q.root);
    }
    if (q.code) {
      where += ' AND e.code = ?';
      params.push(q.code);
    }
    if (q.modality) {
      where += ' AND e.modality = ?';
      params.push(q.modality);
    }
    const rows = this.db
      .prepare(
        `SELECT e.*, d.key AS doc_key, d.record_id, d.title, d.url, d.published, ${CLUSTER_COLUMNS}
         FROM ${from} JOIN documents d ON d.id = e.doc_id LEFT JOIN clusters c ON c.id = e.cluster_id
         WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`,
      )
      .all(...params, limit + 1, offset) as Row[];
    return page(rows.map(eventRow), limit, offset);
  }

  /** Actors sharing the most events with `actor`, in either direction. */
  connections(actor: string, opts: DateRange & { limit?: number } = {}): Connection[] {
    const terms = this.actorTerms(actor);
    if (terms.length === 0) return [];
    const own = new Set(terms);
    const limit = Math.min(Math.max(1, Math.floor(opts.limit ?? 20)), 500);
    const lo = opts.since ?? NO_DAY + 1;
    const hi = opts.until ?? Number.MAX_SAFE_INTEGER;
    const params: unknown[] = [];
    const sub = terms.map(() => 'SELECT event_id FROM event_terms WHERE term = ? AND day BETWEEN ? AND ?');
    for (const t of terms) params.push(t, lo, hi);
    const rows = this.db
      .prepare(
        `SELECT e.quad_class, e.goldstein, e.src_actor, e.src_name, e.src_kb, e.tgt_actor, e.tgt_name, e.tgt_kb
         FROM (${sub.join(' UNION ')}) t JOIN events e ON e.id = t.event_id`,
      )
      .all(...params) as Row[];
    const byRef = new Map<string, { c: Connection; gs: number[] }>();
    const mentions = (a: ActorView): boolean => actorTerms(a).some((t) => own.has(t));
    for (const r of rows) {
      const src = actorView(r.src_actor, r.src_name, r.src_kb);
      const tgt = actorView(r.tgt_actor, r.tgt_name, r.tgt_kb);
      // The other side: the one that is not the actor asked about (an event of the actor with itself counts for neither).
      const other = src && !mentions(src) ? src : tgt && !mentions(tgt) ? tgt : null;
      if (!other) continue;
      const ref = other.actor ?? other.kb ?? other.name!;
      let cur = byRef.get(ref);
      if (!cur) {
        cur = { c: { ref, actor: other, events: 0, reports: [0, 0, 0, 0], meanGoldstein: null }, gs: [] };
        byRef.set(ref, cur);
      } else if (!cur.c.actor.name && other.name) cur.c.actor = other;
      cur.c.events++;
      const q = (r.quad_class as number) - 1;
      if (q >= 0 && q < 4) cur.c.reports[q]!++;
      if (r.goldstein !== null) cur.gs.push(r.goldstein);
    }
    return [...byRef.values()]
      .map(({ c, gs }) => ({ ...c, meanGoldstein: gs.length ? Math.round((gs.reduce((s, g) => s + g, 0) / gs.length) * 100) / 100 : null }))
      .sort((a, b) => b.events - a.events || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0))
      .slice(0, limit);
  }

  listQuotes(q: QuoteQuery): Page<QuoteRow> {
    const { limit, offset } = limits(q);
    const params: unknown[] = [];
    let where = '1 = 1';
    if (q.speaker !== undefined) {
      const id = this.db.prepare('SELECT id FROM entities WHERE key = ?').pluck().get(q.speaker) as number | undefined;
      if (id === undefined) return { items: [], next: null };
      where += ' AND x.speaker_entity_id = ?';
      params.push(id);
    }
    const rows = this.db
      .prepare(
        `SELECT x.idx, x.start, x."end" AS x_end, x.text, x.direct, x.cue, en.key AS speaker_key, de.name AS speaker_name,
           d.key AS doc_key, d.record_id, d.title, d.url, d.published
         FROM quotes x JOIN documents d ON d.id = x.doc_id
           LEFT JOIN entities en ON en.id = x.speaker_entity_id
           LEFT JOIN doc_entities de ON de.doc_id = x.doc_id AND de.local_id = x.speaker_local
         WHERE ${where} ORDER BY d.day DESC, d.id DESC, x.idx LIMIT ? OFFSET ?`,
      )
      .all(...params, limit + 1, offset) as Row[];
    return page(
      rows.map(
        (r): QuoteRow => ({
          doc: { key: r.doc_key, id: r.record_id, title: r.title, url: r.url, published: r.published },
          index: r.idx,
          start: r.start,
          end: r.x_end,
          text: r.text,
          direct: r.direct === 1,
          speaker: r.speaker_key ? { key: r.speaker_key, name: r.speaker_name ?? r.speaker_key } : null,
          cue: r.cue,
        }),
      ),
      limit,
      offset,
    );
  }

  /** Events between two actors (either direction) per ISO week. */
  relations(a: string, b: string, range: DateRange = {}): RelationWeek[] {
    const ta = this.actorTerms(a);
    const tb = this.actorTerms(b);
    if (ta.length === 0 || tb.length === 0) return [];
    const lo = range.since ?? NO_DAY + 1;
    const hi = range.until ?? Number.MAX_SAFE_INTEGER;
    const params: unknown[] = [];
    const sub = ta.map(() => 'SELECT event_id, day FROM event_terms WHERE term = ? AND day BETWEEN ? AND ?');
    for (const t of ta) params.push(t, lo, hi);
    params.push(...tb);
    const rows = this.db
      .prepare(
        `SELECT t.day, e.quad_class, e.goldstein, e.cluster_id FROM (${sub.join(' UNION ')}) t JOIN events e ON e.id = t.event_id
         WHERE EXISTS (SELECT 1 FROM event_terms t2 WHERE t2.term IN (${tb.map(() => '?').join(',')}) AND t2.day = t.day AND t2.event_id = t.event_id)
         ORDER BY t.day`,
      )
      .all(...params) as Row[];
    const weeks = new Map<string, { w: RelationWeek; clusters: Set<string>[]; gs: number[] }>();
    for (const r of rows) {
      const week = isoWeek(r.day);
      let cur = weeks.get(week);
      if (!cur) {
        cur = { w: { week, clusters: [0, 0, 0, 0], reports: [0, 0, 0, 0], meanGoldstein: null }, clusters: [new Set(), new Set(), new Set(), new Set()], gs: [] };
        weeks.set(week, cur);
      }
      const q = (r.quad_class as number) - 1;
      if (q >= 0 && q < 4) {
        cur.w.reports[q]!++;
        cur.clusters[q]!.add(r.cluster_id ?? `e${r.day}`);
      }
      if (r.goldstein !== null) cur.gs.push(r.goldstein);
    }
    return [...weeks.values()].map(({ w, clusters, gs }) => ({
      ...w,
      clusters: clusters.map((s) => s.size) as RelationWeek['clusters'],
      meanGoldstein: gs.length ? Math.round((gs.reduce((s, g) => s + g, 0) / gs.length) * 100) / 100 : null,
    }));
  }
}

export function eventRow(r: Row): EventRow {
  return {
    doc: { key: r.doc_key, id: r.record_id, title: r.title, url: r.url, published: r.published },
    index: r.idx,
    code: r.code,
    root: r.root,
    quadClass: r.quad_class,
    goldstein: r.goldstein,
    plover: r.plover,
    source: actorView(r.src_actor, r.src_name, r.src_kb),
    target: actorView(r.tgt_actor, r.tgt_name, r.tgt_kb),
    date: r.date,
    day: r.day,
    modality: r.modality as Modality,
    trigger: r.trigger_text,
    cluster: clusterSummary(r),
  };
}
