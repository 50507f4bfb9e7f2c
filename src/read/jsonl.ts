/**
 * JSON Lines records `{id, title?, url?, published?, lang?, text}` (one article a line).
 * Streams: a broken line is reported with its number and the others go on.
 */
import type { InputDoc, ReadItem } from './types.js';
import { firstInvalidUtf8, normalizeText } from './decode.js';
import { idFromText } from './ids.js';

/** Fatal: a line that is not valid UTF-8 throws, and only then is the bad byte looked for. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Splits a byte stream into lines (without the \n), keeping the line number. */
export async function* byteLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<{ line: number; bytes: Uint8Array }> {
  let pending: Uint8Array[] = [];
  let pendingLen = 0;
  let line = 0;
  const flush = (tail: Uint8Array): Uint8Array => {
    if (pending.length === 0) return tail;
    const out = new Uint8Array(pendingLen + tail.length);
    let o = 0;
    for (const p of pending) out.set(p, o), (o += p.length);
    out.set(tail, o);
    pending = [];
    pendingLen = 0;
    return out;
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, from)) {
      line++;
      yield { line, bytes: flush(chunk.subarray(from, i)) };
      from = i + 1;
    }
    if (from < chunk.length) {
      const rest = chunk.slice(from);
      pending.push(rest);
      pendingLen += rest.length;
    }
  }
  if (pendingLen > 0) {
    line++;
    yield { line, bytes: flush(new Uint8Array(0)) };
  }
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** One JSON line → a document, or the reason it is not one. */
export function parseJsonLine(bytes: Uint8Array, origin: string): ReadItem | null {
  let raw: string;
  try {
    raw = utf8.decode(bytes);
  } catch {
    return { ok: false, origin, message: `not valid UTF-8 (byte ${firstInvalidUtf8(bytes)} of the line)` };
  }
  if (raw.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return { ok: false, origin, message: `invalid JSON (${(e as Error).message.split('\n')[0]})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, origin, message: 'expected a JSON object with a "text" field' };
  }
  const o = value as Record<string, unknown>;
  const body = typeof o.text === 'string' ? o.text : null;
  if (body === null) return { ok: false, origin, message: 'no "text" string in the record' };
  const text = normalizeText(body);
  if (text.trim() === '') return { ok: false, origin, message: 'empty "text"' };
  const id = typeof o.id === 'number' ? String(o.id) : (str(o.id) ?? idFromText(text));
  const doc: InputDoc = {
    id,
    text,
    title: str(o.title),
    url: str(o.url),
    published: str(o.published),
    lang: str(o.lang),
    origin,
    warnings: [],
  };
  return { ok: true, doc };
}

export async function* readJsonl(chunks: AsyncIterable<Uint8Array>, origin: string): AsyncGenerator<ReadItem> {
  for await (const { line, bytes } of byteLines(chunks)) {
    const item = parseJsonLine(bytes, `${origin}:${line}`);
    if (item) yield item;
  }
}
