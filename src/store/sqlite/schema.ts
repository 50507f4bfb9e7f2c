/**
 * The SQLite schema, as numbered migrations. A store records the versions applied in
 * `schema_version`; opening a store applies the missing ones in one transaction each.
 */
import type Database from 'better-sqlite3';
import { UserError } from '../../util/errors.js';

interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: 'documents, entities, mentions, quotes, times, events, outlets, links, clusters, full-text index',
    sql: `
CREATE TABLE outlets (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('site', 'agency')),
  documents INTEGER NOT NULL DEFAULT 0,
  UNIQUE (kind, name)
);

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  record_id TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  title TEXT,
  url TEXT,
  lang TEXT NOT NULL,
  published TEXT,
  day INTEGER,
  outlet_id INTEGER REFERENCES outlets(id),
  origin_key TEXT NOT NULL,
  n_entities INTEGER NOT NULL,
  n_events INTEGER NOT NULL,
  source TEXT NOT NULL,
  added TEXT NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX documents_record_id ON documents(record_id);
CREATE INDEX documents_content_hash ON documents(content_hash);
CREATE INDEX documents_day ON documents(day);
CREATE INDEX documents_lang_day ON documents(lang, day);

CREATE TABLE doc_agencies (
  doc_id INTEGER NOT NULL REFERENCES documents(id),
  role TEXT NOT NULL CHECK (role IN ('credit', 'dateline')),
  position INTEGER NOT NULL,
  outlet_id INTEGER NOT NULL REFERENCES outlets(id),
  day INTEGER,
  PRIMARY KEY (doc_id, role, position)
) WITHOUT ROWID;
CREATE INDEX doc_agencies_outlet_day ON doc_agencies(outlet_id, day, doc_id);

CREATE TABLE doc_signatures (
  doc_id INTEGER PRIMARY KEY REFERENCES documents(id),
  signature BLOB NOT NULL
);
CREATE TABLE lsh_bands (
  band INTEGER NOT NULL,
  doc_id INTEGER NOT NULL,
  PRIMARY KEY (band, doc_id)
) WITHOUT ROWID;

CREATE TABLE doc_links (
  a INTEGER NOT NULL REFERENCES documents(id),
  b INTEGER NOT NULL REFERENCES documents(id),
  kind TEXT NOT NULL CHECK (kind IN ('duplicate', 'near-duplicate', 'syndication')),
  similarity REAL NOT NULL,
  PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX doc_links_b ON doc_links(b, a);

CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  norm TEXT NOT NULL,
  type TEXT NOT NULL,
  kb TEXT,
  documents INTEGER NOT NULL DEFAULT 0,
  mentions INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_documents ON entities(documents DESC);
CREATE INDEX entities_type_documents ON entities(type, documents DESC);

CREATE TABLE doc_entities (
  doc_id INTEGER NOT NULL REFERENCES documents(id),
  local_id TEXT NOT NULL,
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  name TEXT NOT NULL,
  actor TEXT,
  mentions INTEGER NOT NULL,
  day INTEGER,
  PRIMARY KEY (doc_id, local_id)
) WITHOUT ROWID;
CREATE INDEX doc_entities_entity_day ON doc_entities(entity_id, day);

CREATE TABLE mentions (
  doc_id INTEGER NOT NULL REFERENCES documents(id),
  local_id TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (doc_id, start, "end", local_id)
) WITHOUT ROWID;

CREATE TABLE quotes (
  doc_id INTEGER NOT NULL REFERENCES documents(id),
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  direct INTEGER NOT NULL,
  speaker_local TEXT,
  speaker_entity_id INTEGER REFERENCES entities(id),
  cue TEXT,
  PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes(speaker_entity_id);

CREATE TABLE times (
  doc_id INTEGER NOT NULL REFERENCES documents(id),
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT NOT NULL,
  value TEXT,
  PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents(id),
  idx INTEGER NOT NULL,
  code TEXT NOT NULL,
  root TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein REAL,
  plover TEXT,
  src_entity_id INTEGER REFERENCES entities(id),
  src_actor TEXT,
  src_name TEXT,
  src_kb TEXT,
  tgt_entity_id INTEGER REFERENCES entities(id),
  tgt_actor TEXT,
  tgt_name TEXT,
  tgt_kb TEXT,
  date TEXT,
  day INTEGER,
  date_source TEXT,
  modality TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  lead INTEGER NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  trigger_text TEXT NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  location TEXT,
  cluster_key TEXT NOT NULL,
  cluster_id TEXT,
  UNIQUE (doc_id, idx)
);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_cluster_key_day ON events(cluster_key, day);
CREATE INDEX events_cluster ON events(cluster_id);
CREATE INDEX events_root_day ON events(root, day);

CREATE TABLE event_terms (
  term TEXT NOT NULL,
  day INTEGER NOT NULL,
  event_id INTEGER NOT NULL REFERENCES events(id),
  PRIMARY KEY (term, day, event_id)
) WITHOUT ROWID;

CREATE TABLE clusters (
  id TEXT PRIMARY KEY,
  cluster_key TEXT NOT NULL,
  start_day INTEGER,
  end_day INTEGER,
  root TEXT NOT NULL,
  code TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein REAL,
  src_actor TEXT, src_name TEXT, src_kb TEXT,
  tgt_actor TEXT, tgt_name TEXT, tgt_kb TEXT,
  num_events INTEGER NOT NULL,
  num_articles INTEGER NOT NULL,
  num_sources INTEGER NOT NULL,
  first_event_id INTEGER NOT NULL REFERENCES events(id)
) WITHOUT ROWID;
CREATE INDEX clusters_key_start ON clusters(cluster_key, start_day);
CREATE INDEX clusters_start ON clusters(start_day);

CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, body,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function currentVersion(db: Database.Database): number {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").get();
  if (!exists) return 0;
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null };
  return row.v ?? 0;
}

/** Applies the missing migrations; refuses a store made by a newer Warta. */
export function migrate(db: Database.Database, path: string): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied TEXT NOT NULL)');
  const have = currentVersion(db);
  if (have > SCHEMA_VERSION) {
    throw new UserError(`${path}: the store has schema version ${have}, newer than this Warta knows (${SCHEMA_VERSION}); upgrade Warta`);
  }
  for (const m of MIGRATIONS) {
    if (m.version <= have) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_version (version, description, applied) VALUES (?, ?, ?)').run(m.version, m.description, new Date().toISOString());
    })();
  }
  return SCHEMA_VERSION;
}
