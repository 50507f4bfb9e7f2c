/**
 * One web page → the article on it: headline, canonical address, publication date, body text
 * (paragraphs, one a line) and, after the body, the related links and credit lines the article
 * stage reads (`Baca juga: …`, `Penulis: …`, `Editor: …`). Synchronous and pure: bytes in,
 * article out.
 */
import { looksBinary } from '../decode.js';
import { articlePatterns, type CreditRole } from '../../article/patterns.js';
import { charsetFromContentType, decodeHtml } from './charset.js';
import { absoluteUrl, commonAncestor, contains, type DomDocument, type DomElement, elementsIn, parseDocument, stripInert, tagOf, textOf } from './dom.js';
import { readJsonLd } from './jsonld.js';
import { metaOf, type PageScan, scanDocument } from './scan.js';
import { findHeadline, siteTokens } from './title.js';
import { type BodyMethod, cleanBody, findBody, findBodyByReadability, proseLength } from './body.js';
import { paragraphs } from './paragraphs.js';
import { flattenBeyond, MAX_DEPTH } from './depth.js';
import { filterParagraphs } from './filter.js';
import { dedupe, type FoundCredit, markupCredits, metaAuthors } from './credits.js';
import { findPublished } from './published.js';
import { toIso } from './dates.js';
import { webWords } from './words.js';

export interface PageOptions {
  /** the address the page came from (a fetched URL), for relative links and the site's name */
  url?: string | null;
  /** the HTTP Content-Type header, whose charset outranks the page's own declaration */
  contentType?: string | null;
  /** pages larger than this are cut (with a warning) before parsing */
  maxBytes?: number;
  /** the language of a text (`id`, `en` …), to write credit labels in it; Indonesian by default */
  detectLang?: (text: string) => string;
  /** false: ignore the known body selectors of sites.json (to measure the generic path) */
  useSelectors?: boolean;
}

export interface Page {
  title: string | null;
  url: string | null;
  published: string | null;
  publishedFrom: string | null;
  /** the extracted article: body paragraphs, then related links and credit lines */
  text: string;
  /** the body paragraphs alone */
  body: string[];
  credits: FoundCredit[];
  related: { title: string; url: string | null }[];
  method: BodyMethod | 'captions' | 'json-ld' | 'description' | null;
  warnings: string[];
}

/** Pages larger than this are cut before decoding (the URL reader refuses larger responses). */
export const DEFAULT_MAX_HTML_BYTES = 5 * 1024 * 1024;
/** Markup (scripts, styles and comments removed) beyond this is cut before parsing: the DOM of a bigger page costs seconds and hundreds of megabytes. */
export const MAX_MARKUP_CHARS = 2_000_000;

export class PageError extends Error {}

function canonicalUrl(scan: PageScan, ldUrl: string | null, base: string | null): string | null {
  return absoluteUrl(scan.canonical, base) ?? absoluteUrl(metaOf(scan, 'property', 'og:url'), base) ?? absoluteUrl(ldUrl, base) ?? (base ? absoluteUrl(base, null) : null);
}

/** `(REUTERS / Danny Moloshok)`, `(Foto: Vania/Okezone)` closing a caption: who took the photo. */
const PHOTO_CREDIT = /\s*\((?:[^()]*\p{L}{3,}[^()]*\/[^()]*|(?:foto|photo|dok)\b[^()]*)\)\.?\s*$/iu;

/** Captions of the photos in the article: the text of a photo story whose body is empty. */
function captions(scope: DomElement | null): string[] {
  if (!scope) return [];
  const out: string[] = [];
  const seen = new Set<string>();
  for (const e of elementsIn(scope)) {
    const tag = tagOf(e);
    let t = '';
    if (tag === 'figcaption') t = textOf(e);
    else if (tag === 'img') t = (e.getAttribute('caption') ?? '').trim();
    t = t.replace(PHOTO_CREDIT, '').trim();
    if (t.length >= 20 && !seen.has(t)) (seen.add(t), out.push(t));
  }
  return out;
}

/** The element that holds the headline and the body: where bylines and credit tables are. */
function articleScope(doc: DomDocument, headline: DomElement | null, body: DomElement | null): DomElement | null {
  const inDoc = body && doc.body && contains(doc.body, body) ? body : null;
  let scope = headline && inDoc ? commonAncestor(headline, inDoc) : (inDoc ?? headline);
  if (!scope) return null;
  if (scope === doc.body || tagOf(scope) === 'html' || tagOf(scope) === 'body') {
    // Headline and body far apart: look only near the body.
    const base = inDoc ?? headline!;
    scope = base.parentElement?.parentElement ?? base;
    if (tagOf(scope) === 'html' || tagOf(scope) === 'body') scope = base;
  } else if (!inDoc && headline) {
    // The body came from a copy (Readability): climb from the headline to a block with text.
    for (let k = 0; k < 4 && scope.parentElement && tagOf(scope.parentElement) !== 'body'; k++) {
      scope = scope.parentElement;
      if (proseLength(scope) > 500) break;
    }
  }
  return scope;
}

const nameKey = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Credit lines as the article stage reads them: the page's label when the stage knows it. */
function creditLines(credits: FoundCredit[], lang: 'id' | 'en'): string[] {
  const known = articlePatterns().labelRole;
  const canonical = webWords().creditLabel[lang]!;
  const order: CreditRole[] = ['reporter', 'translator', 'editor', 'source'];
  const lines: string[] = [];
  for (const role of order) {
    for (const c of credits) {
      if (c.role !== role) continue;
      const label = c.label && known.get(c.label.toLowerCase().replace(/\s+/g, ' ')) === role ? c.label : canonical[role];
      lines.push(`${label}: ${c.value}`);
    }
  }
  return lines;
}

export function extractPage(input: Uint8Array, opts: PageOptions = {}): Page {
  const warnings: string[] = [];
  const max = opts.maxBytes ?? DEFAULT_MAX_HTML_BYTES;
  let bytes = input;
  if (bytes.length > max) {
    warnings.push(`page of ${bytes.length} bytes cut to the first ${max} bytes before reading`);
    bytes = bytes.subarray(0, max);
  }
  if (looksBinary(bytes)) throw new PageError('looks like a binary file, not a web page');
  const decoded = decodeHtml(bytes, charsetFromContentType(opts.contentType));
  warnings.push(...decoded.warnings);
  let html = stripInert(decoded.text);
  if (html.length > MAX_MARKUP_CHARS) {
    warnings.push(`page markup of ${html.length} characters (without scripts and styles) cut to the first ${MAX_MARKUP_CHARS}`);
    html = html.slice(0, MAX_MARKUP_CHARS);
  }
  const doc = parseDocument(html, true);
  if (doc.documentElement && flattenBeyond(doc.documentElement, MAX_DEPTH) > 0) {
    warnings.push(`page markup nested more than ${MAX_DEPTH} levels deep: the deeper markup was read as plain text`);
  }
  const scan = scanDocument(doc);
  const base = opts.url ?? null;

  const ld = readJsonLd(scan);
  const url = canonicalUrl(scan, ld?.url ?? null, base);
  let host: string | null = null;
  try {
    host = url ? new URL(url).hostname : null;
  } catch {
    host = null;
  }
  const tokens = siteTokens(host, metaOf(scan, 'property', 'og:site_name') ?? ld?.publisher ?? null);
  // The headline first on its own, then again knowing the body: it also appears in lists of other stories.
  const first = findHeadline(scan, ld?.headline ?? null, tokens);
  const search = findBody(doc, scan, opts.useSelectors ?? true, first.element);
  let choice = search.choice;
  const bodyInDoc = choice && doc.body && contains(doc.body, choice.root) ? choice.root : null;
  const headline = bodyInDoc ? findHeadline(scan, ld?.headline ?? null, tokens, bodyInDoc) : first;
  const scope = articleScope(doc, headline.element, bodyInDoc ?? search.emptyContainer);
  const published = findPublished(scan, ld, headline.element ?? bodyInDoc, url);

  // Credits around the body, before cleaning removes bylines from view.
  const credits: FoundCredit[] = scope ? markupCredits(scope, choice?.root ?? null, tokens) : [];
  const photoCaptions = captions(headline.element?.closest('article, main, [role="main"]') ?? scope ?? doc.body);
  // No block of running text: a photo story (its captions are the text), else Readability's pick.
  if (!choice && photoCaptions.length === 0) choice = findBodyByReadability(html);

  let body: string[] = [];
  let related: { title: string; url: string | null }[] = [];
  let signoff: string | null = null;
  let copyright: string[] = [];
  let method: Page['method'] = null;
  if (choice) {
    cleanBody(choice.root);
    const filtered = filterParagraphs(paragraphs(choice.root), { title: headline.title, tokens });
    body = filtered.paragraphs;
    related = filtered.related.map((r) => ({ title: r.title, url: absoluteUrl(r.href, url) }));
    credits.push(...filtered.credits);
    // A sign-off the article stage reads as credits stays; one it would take for body text goes.
    signoff = filtered.signoff && articlePatterns().signoffLine.test(filtered.signoff) ? filtered.signoff : null;
    copyright = filtered.copyright;
    method = choice.method;
  }
  const bodyLength = body.reduce((n, p) => n + p.length, 0);
  const captionLength = photoCaptions.reduce((n, c) => n + c.length, 0);
  if (photoCaptions.length && (bodyLength < 80 || (search.emptyContainer && captionLength > bodyLength))) {
    warnings.push('no article text on the page besides its photo captions: the captions are the text');
    body = photoCaptions;
    method = 'captions';
  } else if (bodyLength === 0 && ld?.body) {
    warnings.push('no article text in the page markup; text taken from its JSON-LD articleBody');
    body = ld.body.split(/\n+/).map((s) => s.trim()).filter(Boolean);
    method = 'json-ld';
  }
  if (body.length === 0) {
    const description = metaOf(scan, 'property', 'og:description') ?? metaOf(scan, 'name', 'description') ?? ld?.description ?? null;
    const shell = isScriptShell(doc, scan);
    if (description) {
      warnings.push(`no article text found${shell ? ' (the page needs JavaScript to show it)' : ''}; only its description could be read`);
      body = [description];
      method = 'description';
    } else {
      throw new PageError(shell ? 'no article text: the page needs JavaScript to show it' : 'no article text found in the page');
    }
  }

  // Authors from JSON-LD or <meta name=author> only when the markup names nobody.
  const names = (role: CreditRole): Set<string> => new Set(credits.filter((c) => c.role === role).map((c) => nameKey(c.value)));
  if (!credits.some((c) => c.role === 'reporter')) {
    const editors = names('editor');
    const extra = metaAuthors([...(ld?.authors ?? []), metaOf(scan, 'name', 'author'), metaOf(scan, 'property', 'article:author')], tokens);
    for (const a of extra) if (!editors.has(nameKey(a))) credits.push({ role: 'reporter', label: null, value: a });
  }
  if (!credits.some((c) => c.role === 'editor')) for (const e of ld?.editors ?? []) credits.push({ role: 'editor', label: null, value: e });
  const allCredits = dedupe(credits);

  const lang: 'id' | 'en' = opts.detectLang && opts.detectLang(body.join('\n')) === 'en' ? 'en' : 'id';
  const relLabel = webWords().relatedLabel[lang]!;
  const trailer = [
    ...(signoff ? [signoff] : []),
    ...related.map((r) => `${relLabel}: ${r.title}${r.url ? ` (${r.url})` : ''}`),
    ...creditLines(allCredits, lang),
    ...copyright,
  ];
  const text = [...body, ...trailer].join('\n').normalize('NFC');
  return {
    title: headline.title,
    url,
    published: published ? toIso(published.value) : null,
    publishedFrom: published?.from ?? null,
    text,
    body,
    credits: allCredits,
    related,
    method,
    warnings,
  };
}

/** A page whose content is drawn by scripts: little text, and a `<noscript>` asking for JavaScript or an empty app root. */
function isScriptShell(doc: DomDocument, scan: PageScan): boolean {
  for (const n of scan.noscripts) if (webWords().scriptShell.test(textOf(n))) return true;
  if (!doc.body) return true;
  return scan.scripts > 0 && proseLength(doc.body) < 200;
}
