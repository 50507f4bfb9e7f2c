/**
 * Feeds (RSS 2.0, RSS 1.0/RDF, Atom, JSON Feed) → one document per item: its title, link, date
 * and summary as plain text, with the item's authors as a credit line. With `follow`, each
 * item's page is fetched (through the same guarded fetch as a URL on the command line) and its
 * article extracted instead; the feed's title and date fill in what the page lacks.
 */
import { parseFeed } from 'feedsmith';
import type { InputDoc, ReadItem } from './types.js';
import { idFromText } from './ids.js';
import { decodeHtml } from './html/charset.js';
import { parseDocument } from './html/dom.js';
import { paragraphs } from './html/paragraphs.js';
import { parseMachineDate, toIso } from './html/dates.js';
import { webWords } from './html/words.js';
import type { WebOptions } from './web-options.js';
import { detectLanguage, loadLanguageIdentifier } from '../langid/detect.js';

export interface FeedItem {
  title: string | null;
  link: string | null;
  published: string | null;
  summary: string | null;
  authors: string[];
  id: string | null;
}

type Obj = Record<string, unknown>;

/** A feed value that may be a string, `{value}`, `{name}` or `{href}`. */
function textValue(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (v && typeof v === 'object') {
    const o = v as Obj;
    for (const k of ['value', 'name', 'href', 'url']) if (typeof o[k] === 'string' && (o[k] as string).trim()) return (o[k] as string).trim();
  }
  return null;
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

/** Markup (or escaped markup) in a feed field → plain text, one paragraph a line. */
export function htmlToText(s: string | null): string | null {
  if (!s) return null;
  if (!/[<&]/.test(s)) return s.replace(/[ \t]+/g, ' ').trim() || null;
  const doc = parseDocument(`<html><body>${s}</body></html>`);
  if (!doc.body) return null;
  const text = paragraphs(doc.body)
    .map((p) => p.text)
    .join('\n')
    .trim();
  return text || null;
}

function dateOf(...values: unknown[]): string | null {
  for (const v of values) {
    const d = parseMachineDate(textValue(v));
    if (d) return toIso(d);
  }
  return null;
}

function atomLink(links: unknown): string | null {
  const all = list(links) as Obj[];
  const alt = all.find((l) => !l.rel || l.rel === 'alternate') ?? all[0];
  return alt ? textValue(alt.href) : null;
}

/** The items of a parsed feed, whatever its format. */
export function feedItems(text: string): { format: string; items: FeedItem[] } {
  const parsed = parseFeed(text) as { format: string; feed: Obj };
  const feed = parsed.feed;
  const out: FeedItem[] = [];
  if (parsed.format === 'atom') {
    for (const e of list(feed.entries) as Obj[]) {
      out.push({
        title: htmlToText(textValue(e.title)),
        link: atomLink(e.links),
        published: dateOf(e.published, e.updated),
        summary: htmlToText(textValue(e.summary)) ?? htmlToText(textValue(e.content)),
        authors: list(e.authors).map(textValue).filter((x): x is string => !!x),
        id: textValue(e.id),
      });
    }
  } else if (parsed.format === 'json') {
    for (const e of list(feed.items) as Obj[]) {
      out.push({
        title: htmlToText(textValue(e.title)),
        link: textValue(e.url) ?? textValue(e.external_url),
        published: dateOf(e.date_published, e.date_modified),
        summary: htmlToText(textValue(e.summary)) ?? textValue(e.content_text) ?? htmlToText(textValue(e.content_html)),
        authors: [...list(e.authors), ...list(e.author)].map(textValue).filter((x): x is string => !!x),
        id: textValue(e.id),
      });
    }
  } else {
    // RSS 2.0 and RSS 1.0 (RDF) share their item fields.
    for (const e of list(feed.items) as Obj[]) {
      const dc = (e.dc ?? {}) as Obj;
      const content = (e.content ?? {}) as Obj;
      out.push({
        title: htmlToText(textValue(e.title)),
        link: textValue(e.link) ?? (textValue(e.guid)?.startsWith('http') ? textValue(e.guid) : null),
        published: dateOf(e.pubDate, dc.date, ...list(dc.dates)),
        summary: htmlToText(textValue(e.description)) ?? htmlToText(textValue(content.encoded)),
        authors: [...list(e.authors), ...list(dc.creators), ...list(dc.creator)].map(textValue).filter((x): x is string => !!x && !/@/.test(x)),
        id: textValue(e.guid) ?? textValue(e.link),
      });
    }
  }
  return { format: parsed.format, items: out };
}

/** An item as a document of its own: the summary, then its authors as a credit line (in the item's language). */
function itemDoc(item: FeedItem, origin: string): InputDoc | null {
  const warnings: string[] = [];
  let body = item.summary;
  if (!body) {
    if (!item.title) return null;
    body = item.title;
    warnings.push('the feed item has no summary: its title is the text');
  }
  const lang = detectLanguage(body) === 'en' ? 'en' : 'id';
  const label = webWords().creditLabel[lang]!.reporter;
  const text = [body, ...(item.authors.length ? [`${label}: ${[...new Set(item.authors)].join(', ')}`] : [])].join('\n').normalize('NFC');
  return {
    id: item.id ?? item.link ?? idFromText(text),
    text,
    title: item.title,
    url: item.link,
    published: item.published,
    lang: null,
    origin,
    warnings,
  };
}

export interface FeedReadOptions extends WebOptions {
  /** fetch and extract one item's page (given by the URL reader when `follow` is on) */
  fetchPage?: (url: string) => Promise<ReadItem>;
}

export async function* readFeed(bytes: Uint8Array, origin: string, opts: FeedReadOptions = {}): AsyncGenerator<ReadItem> {
  await loadLanguageIdentifier();
  const { text } = decodeHtml(bytes);
  let parsed: { format: string; items: FeedItem[] };
  try {
    parsed = feedItems(text.replace(/^\ufeff/, ''));
  } catch (e) {
    const name = (e as Error).name;
    const message =
      name === 'DetectError' ? 'not a feed Warta can read (expected RSS, Atom or JSON Feed)' : `malformed feed (${(e as Error).message.split('\n')[0]})`;
    yield { ok: false, origin, message };
    return;
  }
  if (parsed.items.length === 0) {
    yield { ok: false, origin, message: `the ${parsed.format === 'json' ? 'JSON' : parsed.format.toUpperCase()} feed has no items` };
    return;
  }
  for (let i = 0; i < parsed.items.length; i++) {
    const item = parsed.items[i]!;
    const where = `${origin}#${i + 1}`;
    if (opts.follow && opts.fetchPage && item.link) {
      const page = await opts.fetchPage(item.link);
      if (page.ok) {
        page.doc.id = item.id ?? page.doc.id;
        page.doc.title ??= item.title;
        page.doc.published ??= item.published;
      }
      yield page;
      continue;
    }
    const doc = itemDoc(item, where);
    if (!doc) {
      yield { ok: false, origin: where, message: 'the feed item has neither a summary nor a title' };
      continue;
    }
    if (opts.follow && !item.link) doc.warnings.push('the feed item has no link to follow: its summary is the text');
    yield { ok: true, doc };
  }
}
