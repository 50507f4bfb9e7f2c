/**
 * Command-line inputs → documents: files (plain text, JSON Lines, HTML, feeds), `-` for standard
 * input. A failure to read one input is reported as an item and the others go on.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ReadItem } from './types.js';
import { readJsonl } from './jsonl.js';
import { textDoc } from './text.js';
import type { WebOptions } from './web-options.js';
import { webReaders } from './web.js';
import { UserError } from '../util/errors.js';

export type InputFormat = 'auto' | 'text' | 'jsonl' | 'html' | 'feed';
export const INPUT_FORMATS: InputFormat[] = ['auto', 'text', 'jsonl', 'html', 'feed'];

export interface SourceOptions {
  format: InputFormat;
  /** standard input, for `-` (tests pass their own) */
  stdin?: AsyncIterable<Uint8Array>;
  /** fetching URLs and following feeds */
  web?: WebOptions;
}

/** Readers for formats that other modules provide (HTML pages, feeds, URLs). */
export interface ExtraReaders {
  html?: (bytes: Uint8Array, origin: string, fromFile: boolean, opts: WebOptions) => Promise<ReadItem[]> | ReadItem[];
  feed?: (bytes: Uint8Array, origin: string, opts: WebOptions) => AsyncIterable<ReadItem> | Promise<ReadItem[]> | ReadItem[];
  url?: (url: string, opts: WebOptions) => AsyncIterable<ReadItem>;
}
const extra: ExtraReaders = { ...webReaders };

export function registerReaders(r: ExtraReaders): void {
  Object.assign(extra, r);
}

export function formatFromName(path: string): InputFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.xml' || ext === '.rss' || ext === '.atom' || ext === '.feed') return 'feed';
  return 'auto';
}

/** Looks at the first bytes: `{` starts JSON Lines, `<` markup, else plain text. */
export function sniff(bytes: Uint8Array): InputFormat {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  if (bytes[i] === 0x7b) {
    // A JSON Feed is one JSON object over many lines, not JSON Lines.
    const head = new TextDecoder().decode(bytes.subarray(i, i + 4096));
    return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version/.test(head) ? 'feed' : 'jsonl';
  }
  if (bytes[i] === 0x3c) {
    const head = new TextDecoder().decode(bytes.subarray(i, i + 1024)).toLowerCase();
    if (/<(rss|feed|rdf:rdf)[\s>]/.test(head) || (head.startsWith('<?xml') && /<(rss|feed|rdf:rdf)[\s>]/.test(new TextDecoder().decode(bytes.subarray(i, i + 4096)).toLowerCase()))) return 'feed';
    return 'html';
  }
  return 'text';
}

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const c of chunks) parts.push(c);
  return Buffer.concat(parts);
}

async function* fromBytes(bytes: Uint8Array, origin: string, format: InputFormat, fromFile: boolean, web: WebOptions = {}): AsyncGenerator<ReadItem> {
  const f = format === 'auto' ? sniff(bytes) : format;
  if (f === 'jsonl') {
    yield* readJsonl((async function* () { yield bytes; })(), origin);
    return;
  }
  if (f === 'html' || f === 'feed') {
    const reader = f === 'html' ? extra.html : extra.feed;
    if (!reader) {
      yield { ok: false, origin, message: `${f === 'html' ? 'HTML pages' : 'feeds'} cannot be read by this build` };
      return;
    }
    if (f === 'html') yield* await extra.html!(bytes, origin, fromFile, web);
    else yield* await extra.feed!(bytes, origin, web);
    return;
  }
  try {
    yield { ok: true, doc: textDoc(bytes, origin, fromFile) };
  } catch (e) {
    if (e instanceof UserError) yield { ok: false, origin, message: e.message.replace(`${origin}: `, '') };
    else throw e;
  }
}

function describeFsError(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENAMETOOLONG':
      return 'file name too long';
    default:
      return e.message;
  }
}

export async function* readSources(args: string[], opts: SourceOptions): AsyncGenerator<ReadItem> {
  for (const arg of args) {
    if (arg === '-') {
      const stdin = opts.stdin ?? (process.stdin as AsyncIterable<Uint8Array>);
      const format = opts.format;
      if (format === 'jsonl' || format === 'auto') {
        // Stream JSON Lines from stdin rather than holding all of it; sniff on the first chunk.
        const it = stdin[Symbol.asyncIterator]();
        const first = await it.next();
        if (first.done) {
          yield { ok: false, origin: '-', message: 'empty, no text to analyze' };
          continue;
        }
        const rest = { [Symbol.asyncIterator]: () => it } as AsyncIterable<Uint8Array>;
        const f = format === 'auto' ? sniff(first.value) : format;
        if (f === 'jsonl') {
          yield* readJsonl((async function* () { yield first.value; yield* rest; })(), '-');
        } else {
          const all = Buffer.concat([first.value, await collect(rest)]);
          yield* fromBytes(all, '-', f, false, opts.web);
        }
      } else {
        yield* fromBytes(await collect(stdin), '-', format, false, opts.web);
      }
      continue;
    }
    if (/^https?:\/\//i.test(arg)) {
      if (!extra.url) yield { ok: false, origin: arg, message: 'URLs cannot be fetched by this build' };
      else yield* extra.url(arg, opts.web ?? {});
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch (e) {
      yield { ok: false, origin: arg, message: describeFsError(e as NodeJS.ErrnoException) };
      continue;
    }
    if (info.isDirectory()) {
      yield { ok: false, origin: arg, message: 'is a directory (give the files in it, or use `warta ingest` for a folder)' };
      continue;
    }
    const format = opts.format === 'auto' ? formatFromName(arg) : opts.format;
    if (format === 'jsonl') {
      try {
        yield* readJsonl(createReadStream(arg) as AsyncIterable<Uint8Array>, arg);
      } catch (e) {
        yield { ok: false, origin: arg, message: describeFsError(e as NodeJS.ErrnoException) };
      }
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readFile(arg);
    } catch (e) {
      yield { ok: false, origin: arg, message: describeFsError(e as NodeJS.ErrnoException) };
      continue;
    }
    if (bytes.length === 0) {
      yield { ok: false, origin: arg, message: 'empty file, no text to analyze' };
      continue;
    }
    yield* fromBytes(bytes, arg, format, true, opts.web);
  }
}
