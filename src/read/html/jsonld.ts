/**
 * schema.org JSON-LD in a page: the article object (NewsArticle, Article, BlogPosting …) and the
 * few fields the reader uses. Broken JSON is skipped, not fatal.
 */
import type { PageScan } from './scan.js';

export interface LdArticle {
  headline: string | null;
  datePublished: string | null;
  dateCreated: string | null;
  authors: string[];
  editors: string[];
  url: string | null;
  publisher: string | null;
  body: string | null;
  description: string | null;
}

type Obj = Record<string, unknown>;
const ARTICLE_TYPE = /(?:Article|BlogPosting|Report)$/;

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

function parseLoose(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    // Common breakage: raw control characters (new lines inside strings) and trailing commas.
    try {
      return JSON.parse(s.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return null;
    }
  }
}

function flatten(v: unknown, out: Obj[], depth = 0): void {
  if (depth > 4 || v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) flatten(x, out, depth + 1);
    return;
  }
  const o = v as Obj;
  out.push(o);
  if (Array.isArray(o['@graph'])) flatten(o['@graph'], out, depth + 1);
}

function types(o: Obj): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Person names (not organisations) from `author`-like values. */
function people(v: unknown): string[] {
  const out: string[] = [];
  for (const x of Array.isArray(v) ? v : [v]) {
    if (typeof x === 'string') {
      if (x.trim() && !/^https?:/i.test(x.trim())) out.push(x.trim());
    } else if (x && typeof x === 'object') {
      const o = x as Obj;
      if (types(o).some((t) => /Organization|Organisation/.test(t))) continue;
      const name = str(o.name);
      if (name && !/^https?:/i.test(name)) out.push(name);
    }
  }
  return out;
}

function urlOf(v: unknown): string | null {
  if (typeof v === 'string') return str(v);
  if (v && typeof v === 'object') return str((v as Obj)['@id']) ?? str((v as Obj).url);
  return null;
}

export function readJsonLd(scan: PageScan): LdArticle | null {
  const objects: Obj[] = [];
  for (const block of scan.jsonLd) flatten(parseLoose(block), objects);
  const art = objects.find((o) => types(o).some((t) => ARTICLE_TYPE.test(t)));
  if (!art) return null;
  const publisher = art.publisher && typeof art.publisher === 'object' ? str((art.publisher as Obj).name) : str(art.publisher);
  return {
    headline: str(art.headline) ?? str(art.name),
    datePublished: str(art.datePublished),
    dateCreated: str(art.dateCreated),
    authors: people(art.author),
    editors: people(art.editor),
    url: str(art.url) ?? urlOf(art.mainEntityOfPage),
    publisher,
    body: str(art.articleBody),
    description: str(art.description),
  };
}
