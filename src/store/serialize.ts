/** A prepared document's record → what the store writes of it (`RecordColumns`). */
import type { AnalysisRecord } from '../record/schema.js';
import type { PreparedDocument, RecordColumns, SerializedDocument } from './types.js';

const utf8 = new TextEncoder();

/** `json` as given: the record's JSON text, or its UTF-8 bytes. */
export function recordColumns(record: AnalysisRecord, json: string | Uint8Array = JSON.stringify(record)): RecordColumns {
  return {
    json,
    id: record.id,
    lang: record.lang,
    title: record.meta.title,
    url: record.meta.url,
    entities: record.entities.length,
    events: record.events.length,
    quotes: record.quotes,
    times: record.times,
  };
}

/** The form ingest workers send: the record as UTF-8 JSON in a buffer of its own (which can be transferred). */
export function serializeDocument(doc: PreparedDocument): SerializedDocument & { record: { json: Uint8Array } } {
  const json = utf8.encode(JSON.stringify(doc.record));
  return { ...doc, record: { ...recordColumns(doc.record, json), json } };
}

export function isSerialized(doc: PreparedDocument | SerializedDocument): doc is SerializedDocument {
  return 'json' in doc.record;
}
