/**
 * Where the article body is: a known body container (schema.org `articleBody`, common CMS class
 * names from sites.json), else the block where running text is densest, else Mozilla Readability.
 * Then the body is cleaned of what sits inside it without being the article: share bars, related
 * boxes, ads, captions, embedded posts.
 */
import { Readability } from '@mozilla/readability';
import {
  contains,
  type DomDocument,
  type DomElement,
  type DomNode,
  elementsIn,
  isElement,
  linkTextLength,
  parseDocument,
  tagOf,
  TEXT,
  textOf,
} from './dom.js';
import { deeperThan, MAX_DEPTH } from './depth.js';
import { isJunkByName, JUNK_SELECTOR } from './layout.js';
import type { PageScan } from './scan.js';
import { paragraphs } from './paragraphs.js';

export type BodyMethod = 'selector' | 'density' | 'readability';

export interface BodyChoice {
  root: DomElement;
  method: BodyMethod;
}

export interface BodySearch {
  choice: BodyChoice | null;
  /** a known body container was there but held (almost) no text: a photo or video story */
  emptyContainer: DomElement | null;
}

/** Shortest body a known body container must hold (less: the container is empty, e.g. a photo story). */
const MIN_BODY = 150;
/** Shortest text block that counts as a body when found by density (photo pages have short ones). */
const MIN_DENSE = 80;

/** Characters of running text (paragraph text, not script or markup) under an element. */
export function proseLength(e: DomElement): number {
  let n = 0;
  for (const p of paragraphs(e)) n += p.text.length - p.link;
  return n;
}

function bySelector(scan: PageScan): { found: DomElement | null; empty: DomElement | null } {
  let empty: DomElement | null = null;
  for (const found of scan.bodyMatches) {
    let best: DomElement | null = null;
    let bestLen = 0;
    for (let i = 0; i < found.length; i++) {
      const len = proseLength(found[i]!);
      if (len > bestLen) (best = found[i]!), (bestLen = len);
    }
    if (best && bestLen >= MIN_BODY) return { found: best, empty: null };
    if (found.length > 0 && !empty) empty = found[0]!;
  }
  return { found: null, empty };
}

const INLINE = new Set(['a', 'b', 'i', 'em', 'strong', 'span', 'font', 'u', 'small', 'sup', 'sub', 'mark', 'abbr', 'cite', 'q', 'time', 'br']);
const PARA_LIKE = new Set(['p', 'pre', 'td', 'li', 'blockquote', 'dd']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'nav', 'footer', 'aside', 'form', 'select', 'button', 'iframe', 'svg', 'figure', 'figcaption']);

/** Text an element holds itself: its text nodes and inline children, not its blocks. */
function ownText(e: DomElement): { len: number; commas: number; link: number } {
  let len = 0;
  let commas = 0;
  let link = 0;
  const kids = e.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i]! as DomNode;
    let t = '';
    if (k.nodeType === TEXT) t = k.textContent ?? '';
    else if (isElement(k) && INLINE.has(tagOf(k))) {
      t = k.textContent ?? '';
      if (tagOf(k) === 'a') link += t.trim().length;
    } else continue;
    const s = t.replace(/\s+/g, ' ').trim();
    len += s.length;
    for (const ch of s) if (ch === ',') commas++;
  }
  return { len, commas, link };
}

const BLOCK_CHILD = new Set(['p', 'div', 'section', 'article', 'table', 'ul', 'ol', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'dl']);

function hasBlockChild(e: DomElement): boolean {
  const kids = e.children;
  for (let i = 0; i < kids.length; i++) if (BLOCK_CHILD.has(tagOf(kids[i]!))) return true;
  return false;
}

/**
 * The block where running text is densest, scored like Readability: each paragraph (a `<p>`, a
 * `<div>` of text, the loose text of a container) votes for its container, half for the one above.
 */
function byDensity(doc: DomDocument): DomElement | null {
  if (!doc.body) return null;
  const score = new Map<DomElement, number>();
  const add = (e: DomElement | null, v: number): void => {
    if (e) score.set(e, (score.get(e) ?? 0) + v);
  };
  const stack: DomElement[] = [doc.body];
  while (stack.length) {
    const e = stack.pop()!;
    const tag = tagOf(e);
    if (SKIP.has(tag) || isJunkByName(e)) continue;
    const kids = e.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    if (INLINE.has(tag)) continue;
    const own = ownText(e);
    if (own.len < 25 || own.link > own.len * 0.5) continue;
    const v = 1 + own.commas + Math.min(Math.floor(own.len / 100), 3);
    // Loose text in a container of blocks belongs to the container itself.
    const holder = PARA_LIKE.has(tag) || !hasBlockChild(e) ? e.parentElement : e;
    add(holder, v);
    add(holder?.parentElement ?? null, v / 2);
  }
  let best: DomElement | null = null;
  let top = 0;
  for (const [e, v] of score) {
    const text = textOf(e).length || 1;
    const adjusted = v * (1 - linkTextLength(e) / text);
    if (adjusted > top) (top = adjusted), (best = e);
  }
  return best && proseLength(best) >= MIN_DENSE ? best : null;
}

function byReadability(html: string): DomElement | null {
  try {
    const doc = parseDocument(html);
    // Readability's time grows with the cube of the nesting depth: deep pages are not handed to it.
    if (doc.documentElement && deeperThan(doc.documentElement, MAX_DEPTH)) return null;
    const article = new Readability(doc as never, { charThreshold: MIN_BODY }).parse();
    if (!article?.content) return null;
    const body = parseDocument(`<html><body>${article.content}</body></html>`).body;
    return body && proseLength(body) >= 40 ? body : null;
  } catch {
    return null;
  }
}

/**
 * `headline`: the page's headline element, when known. A block found by density that is mostly
 * the headline's surroundings (kicker, byline, date) is no body.
 */
export function findBody(doc: DomDocument, scan: PageScan, useSelectors = true, headline: DomElement | null = null): BodySearch {
  const sel = useSelectors ? bySelector(scan) : { found: null, empty: null };
  if (sel.found) return { choice: { root: sel.found, method: 'selector' }, emptyContainer: null };
  const dense = byDensity(doc);
  if (dense && !(headline && contains(dense, headline) && proseLength(dense) - proseLength(headline) < 200)) {
    return { choice: { root: dense, method: 'density' }, emptyContainer: sel.empty };
  }
  return { choice: null, emptyContainer: sel.empty };
}

/** Mozilla Readability's pick, for pages where no block of running text stands out. */
export function findBodyByReadability(html: string): BodyChoice | null {
  const read = byReadability(html);
  return read ? { root: read, method: 'readability' } : null;
}

/**
 * A photo with its caption set in blocks of their own (`<div><div><img></div><div>caption</div></div>`):
 * one child holds the image and no text, the others a line or two.
 */
function isFigure(e: DomElement): boolean {
  const tag = tagOf(e);
  if (tag !== 'div' && tag !== 'span' && tag !== 'section' && tag !== 'center') return false;
  if (!e.querySelector('img')) return false;
  const kids = e.children;
  let imageChild = false;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i]!;
    if ((tagOf(k) === 'img' || k.querySelector('img')) && textOf(k) === '') imageChild = true;
  }
  if (!imageChild) return false;
  const paras = paragraphs(e);
  return paras.length <= 2 && paras.reduce((n, p) => n + p.text.length, 0) < 250;
}

/**
 * Removes from the body what is not the article. A block that holds most of the body's own
 * text is never removed, whatever its name says.
 */
export function cleanBody(root: DomElement): void {
  const total = Math.max(1, proseLength(root));
  const drop = (e: DomElement): boolean => {
    const prose = proseLength(e);
    if (prose > total * 0.5 && linkTextLength(e) < prose * 0.3) return false;
    e.remove();
    return true;
  };
  let junk: ArrayLike<DomElement> = [];
  try {
    junk = root.querySelectorAll(JUNK_SELECTOR);
  } catch {
    /* a selector the DOM does not support */
  }
  for (const e of Array.from(junk)) if (e !== root) drop(e);
  for (const e of elementsIn(root)) {
    if (e === root || !contains(root, e)) continue;
    if (isFigure(e)) {
      drop(e);
      continue;
    }
    if (isJunkByName(e)) {
      drop(e);
      continue;
    }
    // Blocks of links (lists of other stories) inside the body.
    const tag = tagOf(e);
    if (tag === 'ul' || tag === 'ol' || tag === 'table' || tag === 'div' || tag === 'section') {
      const text = textOf(e).length;
      if (text > 0 && e.querySelectorAll('a').length >= 2 && linkTextLength(e) > text * 0.7) drop(e);
    }
  }
}
