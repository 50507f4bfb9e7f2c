/**
 * `warta analyze https://…`: fetch the address (guarded: see net/fetch.ts), then read what came
 * back by its content type: a web page, a feed, or plain text. Anything else is refused with the
 * type it had.
 */
import type { ReadItem } from './types.js';
import type { WebOptions } from './web-options.js';
import { FetchError, fetchUrl } from './net/fetch.js';
import { readHtml } from './html/index.js';
import { readFeed } from './feed.js';
import { textDoc } from './text.js';
import { sniff } from './sources.js';
import { idFromText } from './ids.js';
import { UserError } from '../util/errors.js';

type Kind = 'html' | 'feed' | 'text' | 'sniff' | null;

/** What a Content-Type header says the body is; null for types Warta does not read. */
export function kindOfContentType(contentType: string | null): Kind {
  if (!contentType) return 'sniff';
  const t = contentType.split(';')[0]!.trim().toLowerCase();
  if (t === 'text/html' || t === 'application/xhtml+xml') return 'html';
  if (/^application\/(?:rss|atom|rdf|feed)\+(?:xml|json)$/.test(t)) return 'feed';
  if (t === 'application/xml' || t === 'text/xml' || t === 'application/json') return 'sniff';
  if (t === 'text/plain') return 'text';
  return null;
}

const isJsonFeed = (bytes: Uint8Array): boolean => /jsonfeed\.org\/version/.test(new TextDecoder().decode(bytes.subarray(0, 2048)));

/** Fetches one page and reads its article (used for URLs and for the items of a followed feed). */
export async function fetchPage(url: string, opts: WebOptions): Promise<ReadItem> {
  for await (const item of readUrl(url, { ...opts, follow: false })) return item;
  return { ok: false, origin: url, message: 'nothing could be read' };
}

export async function* readUrl(url: string, opts: WebOptions = {}): AsyncGenerator<ReadItem> {
  let fetched;
  try {
    fetched = await fetchUrl(url, { allowPrivate: opts.allowPrivate, timeoutMs: opts.timeoutMs, maxBytes: opts.maxBytes });
  } catch (e) {
    if (e instanceof FetchError) {
      yield { ok: false, origin: url, message: e.message };
      return;
    }
    throw e;
  }
  const { bytes, contentType } = fetched;
  if (bytes.length === 0) {
    yield { ok: false, origin: url, message: 'the server sent an empty response' };
    return;
  }
  let kind = kindOfContentType(contentType);
  if (kind === null) {
    yield { ok: false, origin: url, message: `unsupported content type ${contentType!.split(';')[0]!.trim()} (expected a web page, a feed or plain text)` };
    return;
  }
  if (kind === 'sniff') {
    const s = sniff(bytes);
    kind = s === 'feed' || (s === 'jsonl' && isJsonFeed(bytes)) ? 'feed' : s === 'html' ? 'html' : null;
    if (kind === null) {
      yield { ok: false, origin: url, message: `cannot tell what the response is${contentType ? ` (${contentType.split(';')[0]})` : ''}: not a web page or a feed` };
      return;
    }
  }
  if (kind === 'html') {
    for (const item of await readHtml(bytes, url, false, { url: fetched.url, contentType })) {
      if (item.ok) item.doc.url ??= fetched.url;
      yield item;
    }
    return;
  }
  if (kind === 'feed') {
    yield* readFeed(bytes, url, { ...opts, fetchPage: (link) => fetchPage(link, opts) });
    return;
  }
  try {
    const doc = textDoc(bytes, url, false);
    doc.id = idFromText(doc.text);
    doc.url = fetched.url;
    yield { ok: true, doc };
  } catch (e) {
    if (e instanceof UserError) yield { ok: false, origin: url, message: e.message.replace(`${url}: `, '') };
    else throw e;
  }
}
