/**
 * The headline: what the page's metadata (JSON-LD, og:title, twitter:title, <title>) and its
 * visible heading agree on, without the site's name and section (` - ANTARA News`,
 * ` | Kompas.com`, `KapanLagi.com: `, ` - Health :: Okezone Lifestyle`).
 */
import { type DomElement, tagOf, textOf } from './dom.js';
import { metaOf, type PageScan } from './scan.js';
import { GENERIC_SITE_WORDS } from './layout.js';
import { articlePatterns } from '../../article/patterns.js';

export interface Headline {
  title: string | null;
  /** the element that shows it on the page, when found */
  element: DomElement | null;
}

const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const SEPARATOR = /\s+(?:[-–—|»·•~]|::|\/\/)\s+/g;

/**
 * Words that name the site: from its host name (`regional.kompas.com` → kompas), og:site_name,
 * and the news agencies and portals of the language data (for pages saved without an address).
 */
export function siteTokens(host: string | null, siteName: string | null): string[] {
  const out = new Set<string>();
  for (const a of articlePatterns().agencies) {
    const q = squash(a);
    if (q.length >= 5) out.add(q);
  }
  if (host) {
    const labels = host.toLowerCase().split('.').filter((l) => !GENERIC_SITE_WORDS.has(l));
    // The registrable name is the last label that is not a public suffix part.
    const name = labels[labels.length - 1];
    if (name && name.length >= 3) out.add(name);
  }
  if (siteName) {
    const squashed = siteName.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    if (squashed.length >= 3) out.add(squashed);
    for (const w of siteName.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w.length >= 4 && !GENERIC_SITE_WORDS.has(w)) out.add(w);
  }
  return [...out];
}

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Does this piece of text name the site (its domain, or a word of its name)? */
export function siteish(segment: string, tokens: string[]): boolean {
  const q = squash(segment);
  if (!q) return true;
  if (/\b[\w-]+\.(?:com|co\.id|co|id|net|org|tv|news)\b/i.test(segment)) return true;
  return tokens.some((t) => q.includes(t) || (q.length >= 5 && q.length >= t.length * 0.6 && t.includes(q)));
}

/** Removes the site's name (and the section next to it) from either end of a title. */
export function stripSiteAffixes(raw: string, tokens: string[]): string {
  let t = raw.replace(/\s+/g, ' ').trim();
  // `KapanLagi.com: Headline`, `Kapanlagi.com: Musik - Headline`
  const prefix = /^([^:]{2,40}):\s+(?=\S)/.exec(t);
  let prefixed = false;
  if (prefix && siteish(prefix[1]!, tokens)) (t = t.slice(prefix[0].length)), (prefixed = true);
  const segs: string[] = [];
  const seps: string[] = [];
  let last = 0;
  for (const m of t.matchAll(SEPARATOR)) {
    segs.push(t.slice(last, m.index));
    seps.push(m[0]);
    last = m.index + m[0].length;
  }
  segs.push(t.slice(last));
  if (segs.length > 1) {
    let from = 0;
    let to = segs.length;
    // Trailing: the first site-named segment after the headline, and everything after it.
    for (let k = 1; k < to; k++) {
      if (siteish(segs[k]!, tokens)) {
        to = k;
        while (to - 1 > from && words(segs[to - 1]!) <= 2) to--;
        break;
      }
    }
    // Leading: a site-named segment (and a short section) before the headline.
    if (to - from > 1 && siteish(segs[0]!, tokens)) {
      from = 1;
      while (from < to - 1 && words(segs[from]!) <= 2) from++;
    } else if (prefixed && to - from > 1 && words(segs[0]!) <= 2) from = 1;
    let out = segs[from]!;
    for (let k = from + 1; k < to; k++) out += seps[k - 1]! + segs[k]!;
    t = out;
  }
  return t.trim();
}

const norm = (s: string): string => s.toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/[“”"'‘’`]/g, '"').trim();


/**
 * The visible element that shows `title` (exactly, or after a short kicker such as `In Picture: `):
 * among several (the headline also appears in lists of other stories), the one nearest the body.
 */
function findElement(scan: PageScan, title: string, near: DomElement | null): DomElement | null {
  const want = norm(title);
  // A heading that says it, when there is one and only one: no need to look further.
  const same = scan.headings.filter((h) => norm(textOf(h)) === want);
  if (same.length === 1 && !same[0]!.closest('a, li')) return same[0]!;
  const all = scan.elements;
  const anchor = near ? (scan.position.get(near) ?? -1) : -1;
  let best: DomElement | null = null;
  let bestCost = Infinity;
  for (let i = 0; i < all.length; i++) {
    const e = all[i]!;
    // A headline element holds a few inline children at most; bigger blocks are not looked into.
    if (e.children.length > 4) continue;
    const tag = tagOf(e);
    if (tag === 'a' || tag === 'script' || tag === 'style' || tag === 'title' || tag === 'option' || tag === 'meta' || tag === 'head') continue;
    const raw = e.textContent ?? '';
    if (raw.length > want.length * 3 + 200 || raw.length < want.length) continue;
    const n = norm(textOf(e));
    const exact = n === want;
    if (!exact && !(n.endsWith(want) && n.length <= want.length + 25 && /[:|]\s*$/.test(n.slice(0, n.length - want.length)))) continue;
    // The deepest element with that text: skip a wrapper whose only child says the same.
    if (e.children.length === 1 && norm(textOf(e.children[0]!)) === n) continue;
    if (e.closest('a')) continue;
    let cost = anchor >= 0 ? Math.abs(i - anchor) : i;
    if (e.closest('li')) cost += 10000;
    if (!exact) cost += 50;
    if (/^h[1-3]$/.test(tag)) cost -= anchor >= 0 ? 5 : 1000000;
    if (cost < bestCost) (bestCost = cost), (best = e);
  }
  return best;
}

/** `near`: the article body, when known, to tell the headline from its copies in lists of other stories. */
export function findHeadline(scan: PageScan, ldHeadline: string | null, tokens: string[], near: DomElement | null = null): Headline {
  const metas = [
    ldHeadline,
    metaOf(scan, 'property', 'og:title'),
    metaOf(scan, 'name', 'twitter:title'),
    metaOf(scan, 'property', 'twitter:title'),
    metaOf(scan, 'itemprop', 'headline'),
    metaOf(scan, 'name', 'title'),
    scan.title?.replace(/\s+/g, ' ').trim() || null,
  ]
    .filter((x): x is string => !!x)
    .map((x) => stripSiteAffixes(x, tokens))
    .filter((x) => x.length >= 3);

  const headings = scan.headings;
  // A heading that a metadata title names (exactly, or inside a longer one) is the headline.
  for (const m of metas) {
    const nm = norm(m);
    for (const h of headings) {
      const t = textOf(h);
      if (t.length < 3) continue;
      const nh = norm(t);
      if (nh === nm) return { title: t, element: findElement(scan, t, near) ?? h };
    }
  }
  for (const m of metas) {
    const nm = norm(m);
    for (const h of headings) {
      const t = textOf(h);
      const nh = norm(t);
      if (words(t) >= 3 && nh.length >= nm.length * 0.5 && nm.includes(nh)) return { title: t, element: h };
      if (nh.length > nm.length && nh.includes(nm) && words(m) >= 3) return { title: m, element: findElement(scan, m, near) ?? h };
    }
  }
  if (metas.length) {
    const title = metas[0]!;
    return { title, element: findElement(scan, title, near) };
  }
  const h1 = headings.find((h) => tagOf(h) === 'h1' && words(textOf(h)) >= 2);
  return h1 ? { title: textOf(h1), element: h1 } : { title: null, element: null };
}
