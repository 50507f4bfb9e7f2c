/** The layout data of sites.json, compiled once: body selectors, junk blocks, site-name words. */
import sites from './sites.json' with { type: 'json' };
import { type DomElement, nameWords } from './dom.js';

interface SitesFile {
  bodySelectors: string[];
  junkWords: string[];
  junkSelectors: string[];
  siteWords: string[];
}

const data = sites as SitesFile;

export const BODY_SELECTORS: readonly string[] = data.bodySelectors;
export const JUNK_SELECTOR: string = data.junkSelectors.join(',');
export const GENERIC_SITE_WORDS: ReadonlySet<string> = new Set(data.siteWords);

const single = new Set(data.junkWords.filter((w) => !w.includes('-')));
const pairs = data.junkWords.filter((w) => w.includes('-')).map((w) => w.split('-'));

/** Does the element's class or id name a block that is not the article (share bar, related list …)? */
export function isJunkByName(e: DomElement): boolean {
  const words = nameWords(e);
  if (words.length === 0) return false;
  for (let i = 0; i < words.length; i++) {
    if (single.has(words[i]!)) return true;
    for (const p of pairs) {
      let ok = true;
      for (let k = 0; k < p.length; k++) if (words[i + k] !== p[k]) (ok = false), (k = p.length);
      if (ok) return true;
    }
  }
  return false;
}

export type MetaRef = [attribute: string, value: string];
const metas = (data as unknown as { dateMetas: { strong: MetaRef[]; weak: MetaRef[] } }).dateMetas;
/** `[property, article:published_time]` …: the page's own publication time, then weaker dates. */
export const STRONG_DATE_METAS: readonly MetaRef[] = metas.strong;
export const WEAK_DATE_METAS: readonly MetaRef[] = metas.weak;
