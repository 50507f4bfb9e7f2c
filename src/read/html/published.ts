/**
 * The publication date of a page, from what states it most reliably: JSON-LD `datePublished`
 * and `article:published_time`, then the date shown next to the headline, then weaker meta
 * tags, then a date in the address. A machine value without a time zone (or with a `Z` on a
 * wall-clock time) takes the zone the page shows for the same minute (`13:30 WIB`).
 */
import { type DomElement, tagOf, textOf } from './dom.js';
import { type DateValue, dateFromUrl, parseMachineDate, parseTextDate } from './dates.js';
import { type MetaRef, STRONG_DATE_METAS, WEAK_DATE_METAS } from './layout.js';
import { metaOf, type PageScan } from './scan.js';
import type { LdArticle } from './jsonld.js';

export interface FoundDate {
  value: DateValue;
  from: 'structured' | 'visible' | 'meta' | 'url';
}

function fromMetas(scan: PageScan, refs: readonly MetaRef[]): DateValue | null {
  for (const [attr, key] of refs) {
    const v = parseMachineDate(metaOf(scan, attr, key));
    if (v) return v;
  }
  return null;
}

/** `<time itemprop="datePublished" datetime="…">` and the like, outside meta tags. */
function fromItemprop(scan: PageScan): DateValue | null {
  const e = scan.itemprops.find((x) => tagOf(x) !== 'meta' && /\bdatePublished\b/.test(x.getAttribute('itemprop') ?? ''));
  if (!e) return null;
  return parseMachineDate(e.getAttribute('datetime') ?? e.getAttribute('content')) ?? dateInText(textOf(e));
}

/** A date written in a short piece of text, at its start or after a separator (`Name | Jum'at, 17 …`). */
function dateInText(text: string): DateValue | null {
  if (text.length > 120) return null;
  const at = parseTextDate(text);
  if (at) return at;
  for (const m of text.matchAll(/\s[|•·]\s|\s[-–—]\s/g)) {
    const v = parseTextDate(text.slice(m.index + m[0].length));
    if (v) return v;
  }
  return null;
}

/** The date shown nearest to the headline (or to the body, when the headline was not found). */
function visibleDate(scan: PageScan, anchor: DomElement | null): DateValue | null {
  const all = scan.elements;
  const at = anchor ? (scan.position.get(anchor) ?? -1) : -1;
  if (at < 0) return null;
  let best: DateValue | null = null;
  let bestCost = Infinity;
  for (let i = Math.max(0, at - 80); i < Math.min(all.length, at + 160); i++) {
    const e = all[i]!;
    const tag = tagOf(e);
    if (tag === 'a' || tag === 'script' || tag === 'style' || tag === 'option' || tag === 'li') continue;
    if (e.children.length > 4) continue;
    const cost = i >= at ? i - at : (at - i) * 1.5;
    if (cost >= bestCost) continue;
    let v: DateValue | null = null;
    if (tag === 'time') v = parseMachineDate(e.getAttribute('datetime')) ?? dateInText(textOf(e));
    else {
      const text = textOf(e);
      if (text.length < 6 || text.length > 120) continue;
      if (e.closest('a, li')) continue;
      v = dateInText(text);
    }
    if (v) (best = v), (bestCost = cost);
  }
  return best;
}

const minutes = (v: DateValue): number => Date.UTC(v.y, v.m - 1, v.d, v.hh ?? 0, v.mm ?? 0) / 60000;
const offsetMinutes = (zone: string): number => {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(zone);
  return m ? (m[1] === '-' ? -1 : 1) * (+m[2]! * 60 + +m[3]!) : 0;
};

/**
 * Gives a machine value the zone the visible date shows: when it has none, or when its `Z` is
 * a local time mislabelled (read as local time it is within two hours of the shown time, read as
 * UTC it is not).
 */
function repairZone(v: DateValue, shown: DateValue | null): DateValue {
  if (!shown || v.hh === null || shown.hh === null || shown.zone === null) return v;
  const asLocal = Math.abs(minutes(v) - minutes(shown));
  if (v.zone === null) return asLocal === 0 ? { ...v, zone: shown.zone } : v;
  if (v.zone !== 'Z' || shown.zone === 'Z') return v;
  const asUtc = Math.abs(minutes(v) + offsetMinutes(shown.zone) - minutes(shown));
  return asLocal <= 120 && asUtc > 120 ? { ...v, zone: shown.zone } : v;
}

export function findPublished(scan: PageScan, ld: LdArticle | null, anchor: DomElement | null, url: string | null): FoundDate | null {
  const shown = visibleDate(scan, anchor);
  const structured = parseMachineDate(ld?.datePublished) ?? fromMetas(scan, STRONG_DATE_METAS) ?? fromItemprop(scan);
  if (structured) return { value: repairZone(structured, shown), from: 'structured' };
  if (shown) return { value: shown, from: 'visible' };
  const weak = parseMachineDate(ld?.dateCreated) ?? fromMetas(scan, WEAK_DATE_METAS);
  if (weak) return { value: repairZone(weak, shown), from: 'meta' };
  const u = dateFromUrl(url);
  return u ? { value: u, from: 'url' } : null;
}
