/**
 * One walk over a parsed page that collects what the reader looks up more than once: meta tags,
 * JSON-LD blocks, the canonical link, headings, and the elements matching the body selectors of
 * sites.json. (linkedom answers each querySelector with a walk of its own: on a large page twenty
 * of them cost more than the parse.)
 */
import { type DomDocument, type DomElement, elementsIn, tagOf } from './dom.js';
import { BODY_SELECTORS } from './layout.js';

export interface PageScan {
  /** every element under <html>, in document order */
  elements: DomElement[];
  /** position of an element in `elements` */
  position: Map<DomElement, number>;
  /** `name:author`, `property:og:title`, `itemprop:datepublished` … (lower case) → content */
  metas: Map<string, string>;
  canonical: string | null;
  title: string | null;
  jsonLd: string[];
  headings: DomElement[];
  /** elements with an itemprop attribute */
  itemprops: DomElement[];
  noscripts: DomElement[];
  scripts: number;
  /** per body selector (same order as sites.json), the matching elements */
  bodyMatches: DomElement[][];
}

/** An element as the matchers see it: its tag, id and class attribute read once. */
interface Seen {
  e: DomElement;
  tag: string;
  id: string | null;
  cls: string | null;
}
type Matcher = (s: Seen) => boolean;

const hasClass = (cls: string | null, name: string): boolean => {
  if (!cls) return false;
  const i = cls.indexOf(name);
  if (i === -1) return false;
  return cls.split(/\s+/).includes(name);
};

/** `#id`, `.class`, `[attr=value]`, `tag`, `tag.class`: the selector forms sites.json may use. */
export function simpleMatcher(selector: string): Matcher {
  const s = selector.trim();
  let m = /^([a-z][a-z0-9]*)?#([\w-]+)$/i.exec(s);
  if (m) {
    const tag = m[1]?.toLowerCase();
    const id = m[2]!;
    return (x) => x.id === id && (!tag || x.tag === tag);
  }
  m = /^([a-z][a-z0-9]*)?\.([\w-]+)$/i.exec(s);
  if (m) {
    const tag = m[1]?.toLowerCase();
    const cls = m[2]!;
    return (x) => (!tag || x.tag === tag) && hasClass(x.cls, cls);
  }
  m = /^([a-z][a-z0-9]*)?\[([\w:-]+)(?:=["']?([^"'\]]*)["']?)?\]$/i.exec(s);
  if (m) {
    const tag = m[1]?.toLowerCase();
    const attr = m[2]!;
    const value = m[3];
    return (x) => (!tag || x.tag === tag) && (value === undefined ? x.e.hasAttribute(attr) : x.e.getAttribute(attr) === value);
  }
  m = /^([a-z][a-z0-9]*)$/i.exec(s);
  if (m) {
    const tag = m[1]!.toLowerCase();
    return (x) => x.tag === tag;
  }
  throw new Error(`sites.json: unsupported body selector "${selector}" (use #id, .class, [attr=value] or tag)`);
}

let bodyMatchers: Matcher[] | null = null;

export function scanDocument(doc: DomDocument): PageScan {
  bodyMatchers ??= BODY_SELECTORS.map(simpleMatcher);
  const elements = doc.documentElement ? elementsIn(doc.documentElement) : [];
  const position = new Map<DomElement, number>();
  const metas = new Map<string, string>();
  let canonical: string | null = null;
  let title: string | null = null;
  const jsonLd: string[] = [];
  const headings: DomElement[] = [];
  const itemprops: DomElement[] = [];
  const noscripts: DomElement[] = [];
  let scripts = 0;
  const bodyMatches: DomElement[][] = bodyMatchers.map(() => []);
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i]!;
    position.set(e, i);
    const tag = tagOf(e);
    if (tag === 'meta') {
      const content = e.getAttribute('content');
      if (content !== null) {
        for (const attr of ['name', 'property', 'itemprop', 'http-equiv']) {
          const key = e.getAttribute(attr);
          if (key) {
            const k = `${attr}:${key.trim().toLowerCase()}`;
            if (!metas.has(k)) metas.set(k, content.trim());
          }
        }
      }
    } else if (tag === 'link') {
      if (!canonical && (e.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) canonical = e.getAttribute('href');
    } else if (tag === 'title') {
      title ??= e.textContent ?? null;
    } else if (tag === 'script') {
      scripts++;
      if ((e.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json') jsonLd.push(e.textContent ?? '');
    } else if (tag === 'noscript') {
      noscripts.push(e);
    } else if (tag === 'h1' || tag === 'h2') {
      headings.push(e);
    }
    const itemprop = e.getAttribute('itemprop');
    if (itemprop !== null) itemprops.push(e);
    const seen: Seen = { e, tag, id: e.getAttribute('id'), cls: e.getAttribute('class') };
    for (let k = 0; k < bodyMatchers.length; k++) if (bodyMatchers[k]!(seen)) bodyMatches[k]!.push(e);
  }
  return { elements, position, metas, canonical, title, jsonLd, headings, itemprops, noscripts, scripts, bodyMatches };
}

/** A meta tag's content: `meta(scan, 'property', 'og:title')`. */
export function metaOf(scan: PageScan, attr: string, key: string): string | null {
  const v = scan.metas.get(`${attr}:${key.toLowerCase()}`);
  return v ? v : null;
}
