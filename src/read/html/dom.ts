/**
 * The small part of the DOM the HTML reader uses, typed here (the project compiles without the
 * DOM library), and parsing with linkedom. Walks are iterative: a page nested ten thousand
 * levels deep must not overflow the stack.
 */
import { parseHTML } from 'linkedom';

export interface DomNode {
  nodeType: number;
  nodeName: string;
  parentNode: DomNode | null;
  parentElement: DomElement | null;
  childNodes: ArrayLike<DomNode>;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  textContent: string | null;
}

export interface DomElement extends DomNode {
  tagName: string;
  localName: string;
  id: string;
  className: string;
  children: ArrayLike<DomElement>;
  firstElementChild: DomElement | null;
  nextElementSibling: DomElement | null;
  previousElementSibling: DomElement | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  remove(): void;
  cloneNode(deep: boolean): DomElement;
}

export interface DomDocument {
  documentElement: DomElement | null;
  head: DomElement | null;
  body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT = 1;
export const TEXT = 3;

export const isElement = (n: DomNode): n is DomElement => n.nodeType === ELEMENT;
export const tagOf = (e: DomElement): string => e.localName?.toLowerCase() ?? e.tagName.toLowerCase();

/**
 * Browsers merge repeated `<html>`, `<head>` and `<body>` start tags (pages written for old IE
 * repeat `<html>` in conditional comments); linkedom nests them instead. Keep the first of each.
 */
function dropRepeatedRoots(html: string): string {
  const seen = new Set<string>();
  return html.replace(/<(html|head|body)\b[^>]*>/gi, (tag, name: string) => {
    const n = name.toLowerCase();
    if (seen.has(n)) return '';
    seen.add(n);
    return tag;
  });
}

/**
 * Markup that never shows as text, removed before parsing (it is most of a modern page's bytes):
 * scripts (but JSON-LD, which the reader reads), styles, SVG drawings and comments. The patterns
 * end where a browser ends these elements: at the first closing tag.
 */
export function stripInert(html: string): string {
  return html
    .replace(/<script\b([^>]*)>[\s\S]*?(?:<\/script\s*>|$)/gi, (all, attrs: string) => (/application\/ld\+json/i.test(attrs) ? all : '<script></script>'))
    .replace(/<style\b[^>]*>[\s\S]*?(?:<\/style\s*>|$)/gi, '')
    .replace(/<svg\b[^>]*>[\s\S]*?(?:<\/svg\s*>|$)/gi, '')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '');
}

/**
 * Parses a page; markup without an `<html>` root (fragments, `<head>` first) is wrapped first.
 * `stripped`: the caller has already removed the inert markup.
 */
export function parseDocument(source: string, stripped = false): DomDocument {
  const html = dropRepeatedRoots(stripped ? source : stripInert(source));
  let doc = parseHTML(html).document as unknown as DomDocument;
  if (doc.documentElement && tagOf(doc.documentElement) === 'html' && doc.body) return doc;
  const inner = html.replace(/^\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype[^>]*>\s*)?/i, '');
  const wrapped = /^\s*<head[\s>]/i.test(inner) ? `<html>${inner}</html>` : `<html><head></head><body>${inner}</body></html>`;
  doc = parseHTML(wrapped).document as unknown as DomDocument;
  return doc;
}

/** Every element under `root` (root included) in document order, without recursion. */
export function elementsIn(root: DomElement): DomElement[] {
  const out: DomElement[] = [];
  let e: DomElement | null = root;
  while (e) {
    out.push(e);
    const first: DomElement | null = e.firstElementChild;
    if (first) {
      e = first;
      continue;
    }
    while (e && e !== root && !e.nextElementSibling) e = e.parentElement;
    if (!e || e === root) break;
    e = e.nextElementSibling;
  }
  return out;
}

/** An element's text with white space collapsed (no layout: blocks simply run together with a space). */
export function textOf(node: DomNode | null): string {
  if (!node) return '';
  return (node.textContent ?? '').replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** Text of the links under an element, collapsed. */
export function linkTextLength(root: DomElement): number {
  let n = 0;
  const links = root.querySelectorAll('a');
  for (let i = 0; i < links.length; i++) n += textOf(links[i]!).length;
  return n;
}

/** Is `a` an ancestor of (or the same as) `b`? */
export function contains(a: DomElement, b: DomNode): boolean {
  for (let n: DomNode | null = b; n; n = n.parentNode) if (n === a) return true;
  return false;
}

/** The nearest element that holds both. */
export function commonAncestor(a: DomElement, b: DomElement): DomElement | null {
  const seen = new Set<DomNode>();
  for (let n: DomNode | null = a; n; n = n.parentNode) seen.add(n);
  for (let n: DomElement | null = b; n; n = n.parentElement) if (seen.has(n)) return n;
  return null;
}

/** Class and id words: `read-page__content-body text-detail` → read, page, content, body, text, detail. */
export function nameWords(e: DomElement): string[] {
  const s = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`.toLowerCase();
  return s.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}

/** Resolves a link against the page address; only http(s) results are kept. */
export function absoluteUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  const h = href.trim();
  if (!h || h.startsWith('#') || /^(?:javascript|mailto|data):/i.test(h)) return null;
  try {
    const u = base ? new URL(h, base) : new URL(h);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
