/**
 * Writing one batch of prepared documents: rows for the document and its layers, the links to
 * earlier copies (exact, near-duplicate, syndicated) and the event clusters it touches. The caller
 * runs it inside one transaction, so a batch is in the store entirely or not at all.
 */
import type Database from 'better-sqlite3';
import { bandKeys, BANDS, signatureFromBytes, signatureToBytes, similarity } from '../minhash.js';
import { normalizeName } from '../normalize.js';
import { CLUSTER_WINDOW_DAYS, clusterId, countSources } from '../clusters.js';
import { isSerialized, recordColumns } from '../serialize.js';
import type { BatchResult, LinkKind, PreparedDocument, PreparedEvent, SerializedDocument } from '../types.js';
import { RowInserter } from './rows.js';

/** Estimated Jaccard similarity from which two texts are copies or rewrites of one story. */
export const NEAR_DUPLICATE = 0.5;
/** Lower bar for two documents crediting the same agency: both carry its story. */
export const SYNDICATED = 0.3;
/** Days apart within which two documents crediting one agency are compared. */
export const SYNDICATION_DAYS = 1;
/** At most this many documents of one agency are compared with a new one. */
const SYNDICATION_CANDIDATES = 2000;
/** event_terms needs a day for every row; undated events sort before every date. */
export const NO_DAY = -100_000_000;

const LINK_RANK: Record<LinkKind, number> = { duplicate: 3, syndication: 2, 'near-duplicate': 1 };

export class BatchWriter {
  private readonly s;
  private readonly rows;
  /** cluster keys touched by this batch, with the earliest day of a new event (null: undated only) */
  private touched = new Map<string, number | null>();
  private affectedClusters = new Set<string>();
  /** outlet ids looked up in this batch (only within it: a failed batch's new rows are gone) */
  private outletIds = new Map<string, number>();
  /** documents each outlet gains in this batch */
  private outletDocs = new Map<number, number>();
  /** (rowid, title, body) of the batch's full-text rows, written at its end */
  private searchRows: unknown[] = [];

  constructor(private readonly db: Database.Database) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      docExists: p('SELECT 1 FROM documents WHERE key = ?').pluck(),
      outletGet: p('SELECT id FROM outlets WHERE kind = ? AND name = ?').pluck(),
      outletAdd: p('INSERT INTO outlets (kind, name, documents) VALUES (?, ?, 0)'),
      outletCount: p('UPDATE outlets SET documents = documents + ? WHERE id = ?'),
      docInsert: p(`INSERT INTO documents (key, record_id, content_hash, title, url, lang, published, day, outlet_id, origin_key,
        n_entities, n_events, source, added, record) VALUES (@key, @recordId, @contentHash, @title, @url, @lang, @published, @day,
        @outletId, @originKey, @nEntities, @nEvents, @source, @added, CAST(@record AS TEXT))`),
      ftsInsert: p('INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)'),
      entityUpsert: p(`INSERT INTO entities (key, name, norm, type, kb, documents, mentions) VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (key) DO UPDATE SET documents = documents + excluded.documents, mentions = mentions + excluded.mentions,
        name = CASE WHEN excluded.name < name THEN excluded.name ELSE name END,
        norm = CASE WHEN excluded.name < name THEN excluded.norm ELSE norm END
        RETURNING id`).pluck(),
      eventInsert: p(`INSERT INTO events (doc_id, idx, code, root, quad_class, goldstein, plover, src_entity_id, src_actor, src_name, src_kb,
        tgt_entity_id, tgt_actor, tgt_name, tgt_kb, date, day, date_source, modality, sentence, lead, trigger_start, trigger_end, trigger_text,
        evidence_start, evidence_end, location, cluster_key, cluster_id) VALUES (@docId, @idx, @code, @root, @quadClass, @goldstein, @plover,
        @srcEntity, @srcActor, @srcName, @srcKb, @tgtEntity, @tgtActor, @tgtName, @tgtKb, @date, @day, @dateSource, @modality, @sentence, @lead,
        @triggerStart, @triggerEnd, @triggerText, @evidenceStart, @evidenceEnd, @location, @clusterKey, @clusterId)`),
      sameText: p('SELECT id, key FROM documents WHERE content_hash = ? AND id != ?'),
      bandCandidates: p(`SELECT DISTINCT doc_id FROM lsh_bands WHERE band IN (${new Array(BANDS).fill('?').join(',')})`).pluck(),
      agencyCandidates: p(`SELECT DISTINCT doc_id FROM doc_agencies WHERE outlet_id = ? AND day BETWEEN ? AND ? LIMIT ${SYNDICATION_CANDIDATES}`).pluck(),
      docAgencies: p('SELECT outlet_id FROM doc_agencies WHERE doc_id = ?').pluck(),
      docKey: p('SELECT key FROM documents WHERE id = ?').pluck(),
      signatureGet: p('SELECT signature FROM doc_signatures WHERE doc_id = ?').pluck(),
      signatureInsert: p('INSERT INTO doc_signatures (doc_id, signature) VALUES (?, ?)'),
      linkInsert: p('INSERT OR REPLACE INTO doc_links (a, b, kind, similarity) VALUES (?, ?, ?, ?)'),
    };
    // The many small rows of a document go in as one statement per table (written before the next document is linked).
    const r = (head: string, width: number) => new RowInserter(db, head, width);
    this.rows = {
      agencies: r('INSERT INTO doc_agencies (doc_id, role, position, outlet_id, day)', 5),
      docEntities: r('INSERT OR IGNORE INTO doc_entities (doc_id, local_id, entity_id, name, actor, mentions, day)', 7),
      mentions: r('INSERT OR IGNORE INTO mentions (doc_id, local_id, start, "end", text)', 5),
      quotes: r('INSERT INTO quotes (doc_id, idx, start, "end", text, direct, speaker_local, speaker_entity_id, cue)', 9),
      times: r('INSERT INTO times (doc_id, idx, start, "end", text, type, value)', 7),
      terms: r('INSERT OR IGNORE INTO event_terms (term, day, event_id)', 3),
      bands: r('INSERT OR IGNORE INTO lsh_bands (band, doc_id)', 2),
    };
  }

  private outlet(kind: 'site' | 'agency', name: string): number {
    const k = `${kind}\u0000${name}`;
    let id = this.outletIds.get(k);
    if (id === undefined) {
      id = (this.s.outletGet.get(kind, name) as number | undefined) ?? Number(this.s.outletAdd.run(kind, name).lastInsertRowid);
      this.outletIds.set(k, id);
    }
    return id;
  }

  private countOutlet(id: number): void {
    this.outletDocs.set(id, (this.outletDocs.get(id) ?? 0) + 1);
  }

  /** Writes the documents (skipping those already stored) and updates links and clusters. */
  write(docs: readonly (PreparedDocument | SerializedDocument)[], added: string): BatchResult {
    const result: BatchResult = { written: 0, existing: 0, links: { duplicate: 0, 'near-duplicate': 0, syndication: 0 } };
    this.touched.clear();
    this.affectedClusters.clear();
    this.outletIds.clear();
    this.outletDocs.clear();
    this.searchRows = [];
    for (const rows of Object.values(this.rows)) rows.reset();
    // A fixed order inside the batch keeps row ids reproducible for one batching; nothing depends on it.
    const sorted = [...docs].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const fresh: SerializedDocument[] = [];
    const keys = new Set<string>();
    for (const doc of sorted) {
      if (keys.has(doc.key) || this.s.docExists.get(doc.key)) result.existing++;
      else {
        keys.add(doc.key);
        fresh.push(isSerialized(doc) ? doc : { ...doc, record: recordColumns(doc.record) });
      }
    }
    const entityIds = this.upsertEntities(fresh);
    for (const doc of fresh) {
      const docId = this.insertDocument(doc, added, entityIds);
      for (const kind of this.link(doc, docId)) result.links[kind]++;
      result.written++;
    }
    for (const [id, n] of this.outletDocs) this.s.outletCount.run(n, id);
    reclusterAndCount(this.db, this.touched, this.affectedClusters);
    // Full-text rows last, one after the other: FTS5 writes its pending terms out as a new segment at
    // every statement savepoint, so between other writes each document became a segment of its own
    // (and merging them cost more than indexing); here the batch's terms go out together at commit.
    const search = this.searchRows;
    this.searchRows = [];
    for (let i = 0; i < search.length; i += 3) this.s.ftsInsert.run(search[i], search[i + 1], search[i + 2]);
    return result;
  }

  /**
   * The store-wide entities of the batch's documents, each updated once with what the whole batch
   * adds (documents, mentions, the first name in SQLite's order): the same rows as one update per
   * mention of it in a document, and the same ids (new entities are numbered in first-seen order).
   */
  private upsertEntities(docs: SerializedDocument[]): Map<string, number> {
    const batch = new Map<string, { name: string; type: string; kb: string | null; docs: number; mentions: number }>();
    for (const doc of docs) {
      const counted = new Set<string>();
      for (const e of doc.entities) {
        // Two entities of one document may link to one store-wide entity: the document counts once.
        const docs = counted.has(e.key) ? 0 : 1;
        counted.add(e.key);
        const a = batch.get(e.key);
        if (!a) batch.set(e.key, { name: e.name, type: e.type, kb: e.kb, docs, mentions: e.mentions.length });
        else {
          a.docs += docs;
          a.mentions += e.mentions.length;
          if (textBefore(e.name, a.name)) a.name = e.name;
        }
      }
    }
    const ids = new Map<string, number>();
    for (const [key, a] of batch) ids.set(key, this.s.entityUpsert.get(key, a.name, normalizeName(a.name), a.type, a.kb, a.docs, a.mentions) as number);
    return ids;
  }

  private insertDocument(doc: SerializedDocument, added: string, entityIds: Map<string, number>): number {
    const r = doc.record;
    const rows = this.rows;
    const outletId = doc.outlet ? this.outlet('site', doc.outlet) : null;
    if (outletId !== null) this.countOutlet(outletId);
    const docId = Number(
      this.s.docInsert.run({
        key: doc.key,
        recordId: r.id,
        contentHash: doc.contentHash,
        title: r.title,
        url: r.url,
        lang: r.lang,
        published: doc.published,
        day: doc.day,
        outletId,
        originKey: doc.originKey,
        nEntities: r.entities,
        nEvents: r.events,
        source: doc.origin,
        added,
        // bytes are cast to text: the same UTF-8 as the string would give (JSON has no lone surrogates)
        record: r.json,
      }).lastInsertRowid,
    );
    this.searchRows.push(docId, r.title ?? '', doc.body);

    const seenAgency = new Set<number>();
    doc.agencies.forEach((a, position) => {
      const id = this.outlet('agency', a.name);
      rows.agencies.add(docId, a.role, position, id, doc.day);
      if (!seenAgency.has(id)) this.countOutlet(id);
      seenAgency.add(id);
    });

    const localIds = new Map<string, number>();
    for (const e of doc.entities) {
      const id = entityIds.get(e.key)!;
      localIds.set(e.local, id);
      rows.docEntities.add(docId, e.local, id, e.name, e.actor, e.mentions.length, doc.day);
      for (const m of e.mentions) rows.mentions.add(docId, e.local, m.start, m.end, m.text);
    }
    r.quotes.forEach((q, idx) => {
      const speaker = q.speaker ? localIds.get(q.speaker) ?? null : null;
      rows.quotes.add(docId, idx, q.start, q.end, q.text, q.direct ? 1 : 0, q.speaker, speaker, q.cue?.text ?? null);
    });
    r.times.forEach((t, idx) => rows.times.add(docId, idx, t.start, t.end, t.text, t.type, t.value));
    for (const ev of doc.events) this.insertEvent(doc, docId, ev, localIds);
    for (const inserter of Object.values(rows)) inserter.flush();
    return docId;
  }

  private insertEvent(doc: SerializedDocument, docId: number, ev: PreparedEvent, entityIds: Map<string, number>): void {
    // Without a day nothing says two reports are one event: each stands alone.
    const undatedCluster = ev.day === null ? clusterId(ev.clusterKey, null, `${doc.key}:${ev.index}`) : null;
    const id = Number(
      this.s.eventInsert.run({
        docId,
        idx: ev.index,
        code: ev.code,
        root: ev.root,
        quadClass: ev.quadClass,
        goldstein: ev.goldstein,
        plover: ev.plover,
        srcEntity: ev.source?.local ? entityIds.get(ev.source.local) ?? null : null,
        srcActor: ev.source?.actor ?? null,
        srcName: ev.source?.name ?? null,
        srcKb: ev.source?.kb ?? null,
        tgtEntity: ev.target?.local ? entityIds.get(ev.target.local) ?? null : null,
        tgtActor: ev.target?.actor ?? null,
        tgtName: ev.target?.name ?? null,
        tgtKb: ev.target?.kb ?? null,
        date: ev.date,
        day: ev.day,
        dateSource: ev.dateSource,
        modality: ev.modality,
        sentence: ev.sentence,
        lead: ev.lead ? 1 : 0,
        triggerStart: ev.trigger.start,
        triggerEnd: ev.trigger.end,
        triggerText: ev.trigger.text,
        evidenceStart: ev.evidence.start,
        evidenceEnd: ev.evidence.end,
        location: ev.location?.name ?? null,
        clusterKey: ev.clusterKey,
        clusterId: undatedCluster,
      }).lastInsertRowid,
    );
    for (const t of ev.terms) this.rows.terms.add(t, ev.day ?? NO_DAY, id);
    if (undatedCluster) this.affectedClusters.add(undatedCluster);
    else {
      const prev = this.touched.get(ev.clusterKey);
      this.touched.set(ev.clusterKey, prev === undefined || prev === null ? ev.day! : Math.min(prev, ev.day!));
    }
  }

  /** Links the new document to the stored ones it copies or shares a story with. */
  private link(doc: SerializedDocument, docId: number): LinkKind[] {
    const found = new Map<number, { kind: LinkKind; similarity: number }>();
    const offer = (other: number, kind: LinkKind, sim: number): void => {
      const prev = found.get(other);
      if (!prev || LINK_RANK[kind] > LINK_RANK[prev.kind]) found.set(other, { kind, similarity: sim });
    };
    for (const row of this.s.sameText.all(doc.contentHash, docId) as { id: number }[]) offer(row.id, 'duplicate', 1);

    const sig = doc.signature;
    if (sig) {
      const mine = new Set(this.s.docAgencies.all(docId) as number[]);
      const shares = (other: number): boolean => (this.s.docAgencies.all(other) as number[]).some((a) => mine.has(a));
      const bands = bandKeys(sig);
      const compared = new Set<number>();
      const compare = (other: number, agencyCandidate: boolean): void => {
        if (other === docId || compared.has(other)) return;
        compared.add(other);
        const bytes = this.s.signatureGet.get(other) as Buffer | undefined;
        if (!bytes) return;
        const sim = similarity(sig, signatureFromBytes(bytes));
        const sameAgency = agencyCandidate || shares(other);
        if (sim >= NEAR_DUPLICATE) offer(other, sameAgency ? 'syndication' : 'near-duplicate', sim);
        else if (sameAgency && sim >= SYNDICATED) offer(other, 'syndication', sim);
      };
      for (const other of this.s.bandCandidates.all(...bands) as number[]) compare(other, false);
      if (doc.day !== null) {
        for (const agency of mine) {
          for (const other of this.s.agencyCandidates.all(agency, doc.day - SYNDICATION_DAYS, doc.day + SYNDICATION_DAYS) as number[]) {
            compare(other, true);
          }
        }
      }
      this.s.signatureInsert.run(docId, signatureToBytes(sig));
      for (const b of bands) this.rows.bands.add(b, docId);
      this.rows.bands.flush();
    }

    const kinds: LinkKind[] = [];
    for (const [other, link] of found) {
      const otherKey = this.s.docKey.get(other) as string;
      const [a, b] = doc.key < otherKey ? [docId, other] : [other, docId];
      this.s.linkInsert.run(a, b, link.kind, Math.round(link.similarity * 1000) / 1000);
      kinds.push(link.kind);
    }
    return kinds;
  }
}

interface MemberRow {
  id: number;
  doc_id: number;
  doc_key: string;
  idx: number;
  code: string;
  root: string;
  quad_class: number;
  goldstein: number | null;
  day: number | null;
  origin_key: string;
  src_actor: string | null;
  src_name: string | null;
  src_kb: string | null;
  tgt_actor: string | null;
  tgt_name: string | null;
  tgt_kb: string | null;
  cluster_key: string;
  url: string | null;
}

/**
 * Re-segments the touched cluster keys from the last cluster that starts at or before the
 * earliest new day (clusters before it cannot change), then recounts every cluster whose
 * members changed.
 */
export function reclusterAndCount(db: Database.Database, touched: Map<string, number | null>, affected: Set<string>): void {
  const s = statementsFor(db);
  const keys = [...touched.keys()].sort();
  for (const key of keys) {
    const dmin = touched.get(key);
    if (dmin === null || dmin === undefined) continue;
    const s0 = (s.lastStart.get(key, dmin) as number | null) ?? dmin;
    const rows = s.from.all(key, s0) as { id: number; day: number; cluster_id: string | null }[];
    let start = Number.NEGATIVE_INFINITY;
    for (const row of rows) {
      if (row.day > start + CLUSTER_WINDOW_DAYS) start = row.day;
      const id = clusterId(key, start, '');
      if (row.cluster_id !== id) {
        if (row.cluster_id) affected.add(row.cluster_id);
        affected.add(id);
        s.setCluster.run(id, row.id);
      }
    }
  }
  for (const id of [...affected].sort()) {
    const rows = s.members.all(id) as MemberRow[];
    if (rows.length === 0) {
      s.del.run(id);
      continue;
    }
    rows.sort((a, b) => (a.day ?? 0) - (b.day ?? 0) || (a.doc_key < b.doc_key ? -1 : a.doc_key > b.doc_key ? 1 : 0) || a.idx - b.idx);
    const first = rows[0]!;
    const docs = new Map<number, string>();
    for (const r of rows) docs.set(r.doc_id, r.origin_key);
    const links: [number, number][] = [];
    if (docs.size > 1) for (const d of docs.keys()) for (const o of s.linksOf.all(d, d) as number[]) if (docs.has(o)) links.push([d, o]);
    let code = first.code;
    if (rows.length > 1) {
      const codes = new Map<string, number>();
      for (const r of rows) codes.set(r.code, (codes.get(r.code) ?? 0) + 1);
      code = [...codes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    }
    const gs = rows.map((r) => r.goldstein).filter((g): g is number => g !== null);
    const days = rows.map((r) => r.day).filter((d): d is number => d !== null);
    s.upsert.run({
      id,
      clusterKey: first.cluster_key,
      startDay: days.length ? Math.min(...days) : null,
      endDay: days.length ? Math.max(...days) : null,
      root: first.root,
      code,
      quadClass: rows.find((r) => r.code === code)!.quad_class,
      goldstein: gs.length ? Math.round((gs.reduce((sum, g) => sum + g, 0) / gs.length) * 1000) / 1000 : null,
      srcActor: first.src_actor,
      srcName: first.src_name,
      srcKb: first.src_kb,
      tgtActor: first.tgt_actor,
      tgtName: first.tgt_name,
      tgtKb: first.tgt_kb,
      numEvents: rows.length,
      // one article per URL: the same page stored twice (re-filed under another id) is one article
      numArticles: docs.size > 1 ? new Set(rows.map((r) => r.url ?? r.doc_key)).size : 1,
      numSources: docs.size > 1 ? countSourcesOf(docs, links) : 1,
      firstEvent: first.id,
    });
  }
}

const cache = new WeakMap<Database.Database, ReturnType<typeof prepareClusterStatements>>();
function statementsFor(db: Database.Database): ReturnType<typeof prepareClusterStatements> {
  let s = cache.get(db);
  if (!s) cache.set(db, (s = prepareClusterStatements(db)));
  return s;
}

function prepareClusterStatements(db: Database.Database) {
  return {
    lastStart: db.prepare('SELECT MAX(start_day) FROM clusters WHERE cluster_key = ? AND start_day <= ?').pluck(),
    from: db.prepare('SELECT id, day, cluster_id FROM events WHERE cluster_key = ? AND day >= ? ORDER BY day'),
    setCluster: db.prepare('UPDATE events SET cluster_id = ? WHERE id = ?'),
    members: db.prepare(`SELECT e.id, e.doc_id, d.key AS doc_key, e.idx, e.code, e.root, e.quad_class, e.goldstein, e.day, d.origin_key,
        e.src_actor, e.src_name, e.src_kb, e.tgt_actor, e.tgt_name, e.tgt_kb, e.cluster_key, d.url
      FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.cluster_id = ?`),
    linksOf: db.prepare('SELECT b AS other FROM doc_links WHERE a = ? UNION SELECT a FROM doc_links WHERE b = ?').pluck(),
    del: db.prepare('DELETE FROM clusters WHERE id = ?'),
    upsert: db.prepare(`INSERT OR REPLACE INTO clusters (id, cluster_key, start_day, end_day, root, code, quad_class, goldstein,
        src_actor, src_name, src_kb, tgt_actor, tgt_name, tgt_kb, num_events, num_articles, num_sources, first_event_id)
      VALUES (@id, @clusterKey, @startDay, @endDay, @root, @code, @quadClass, @goldstein, @srcActor, @srcName, @srcKb,
        @tgtActor, @tgtName, @tgtKb, @numEvents, @numArticles, @numSources, @firstEvent)`),
  };
}

function countSourcesOf(docs: Map<number, string>, links: [number, number][]): number {
  return countSources([...docs].map(([id, origin]) => ({ id, origin })), links);
}


/**
 * `a < b` as SQLite compares text (BINARY: UTF-8 bytes). JavaScript compares UTF-16 code units,
 * which orders the same except where a surrogate (a character beyond U+FFFF) meets a unit from
 * U+E000 on; there the bytes decide.
 */
export function textBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length < b.length;
  const ca = a.charCodeAt(i);
  const cb = b.charCodeAt(i);
  if (ca < 0xd800 && cb < 0xd800) return ca < cb;
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')) < 0;
}
