/**
 * Phoenix entries into the knowledge base.
 * - Country blocks (an entry coded with a bare country code): the country's spelling variants and
 *   demonyms become its aliases; the other names in the block (cities, regions) become places of that country.
 * - People: the head name and the `+` names that share a word with it (titles such as
 *   "PRESIDENT VLADIMIR PUTIN" are left out: the text's titles are read by rule).
 * - Organisations: `+` lines group names coded alike, not always one referent (Hamas with its leaders,
 *   an agency with its sister agencies), so names are grouped by shared words or acronym; each group is one entity.
 */
import type { ActorCodes } from '../../src/entities/kb/codes.js';
import { nameKey } from '../../src/entities/kb/normalize.js';
import type { KbBuilder, KbType } from './model.js';
import type { PhoenixEntry } from './phoenix.js';

export interface PhoenixWords {
  titles: Set<string>;
  orgs: Set<string>;
  function: Set<string>;
}

const COUNTRY_CODE = /^[A-Z]{3}$/;

function words(name: string): string[] {
  return name.split(' ').filter((w) => w !== '');
}

/** English function words written in lower case inside a name (`Council of Europe`, `Bank of England`). */
const SMALL_WORDS = new Set(['OF', 'THE', 'AND', 'FOR', 'IN', 'ON', 'TO', 'AT', 'A', 'AN']);

/**
 * `JOHN F. KENNEDY` → `John F. Kennedy`, `KIM DAE-JUNG` → `Kim Dae-jung`; short consonant-only
 * words stay capitals (`BBC`); English function words after the first word are written in lower case
 * (`COUNCIL OF EUROPE` → `Council of Europe`), so that the names match as news text writes them.
 */
export function titleCase(name: string): string {
  return words(name)
    .map((w, i) => {
      if (i > 0 && SMALL_WORDS.has(w)) return w.toLowerCase();
      if (w.length <= 4 && (!/[AEIOUY]/.test(w) || w.includes('.'))) return w;
      return w.charAt(0) + w.slice(1).toLowerCase();
    })
    .join(' ');
}

function codesOf(e: PhoenixEntry): ActorCodes {
  return { ranges: e.codes.map((c) => ({ ...c })), fallback: e.fallback };
}

function latestCode(e: PhoenixEntry): string | null {
  let best: { code: string; from: string | null; to: string | null } | null = null;
  for (const c of e.codes) if (best === null || (c.to ?? '9999') > (best.to ?? '9999')) best = c;
  return best?.code ?? e.fallback;
}

function countryOf(e: PhoenixEntry): string | null {
  const c = e.fallback && COUNTRY_CODE.test(e.fallback) ? e.fallback : latestCode(e);
  return c && COUNTRY_CODE.test(c) ? c : null;
}

const DEMONYM_END = /(AN|ANS|IAN|IANS|ESE|ISH|I|IS)$/;

function similar(a: string, names: string[]): boolean {
  const ka = nameKey(a).replace(/ /g, '');
  if (ka.length < 4) return false;
  return names.some((n) => nameKey(n).split(' ').some((w) => w.length >= 4 && ka.slice(0, 4) === w.slice(0, 4)));
}

export function addPhoenixCountries(kb: KbBuilder, entries: PhoenixEntry[], countryNames: Map<string, string[]>): Set<PhoenixEntry> {
  const used = new Set<PhoenixEntry>();
  for (const e of entries) {
    if (!e.file.includes('Countries')) continue;
    const iso3 = countryOf(e);
    if (!iso3 || !kb.entities.has(iso3.toLowerCase())) continue;
    used.add(e);
    const id = iso3.toLowerCase();
    const names = countryNames.get(iso3) ?? [];
    for (const raw of [e.head, ...e.plus]) {
      const n = raw.replace(/\s*\(.*?\)\s*/g, ' ').trim();
      if (nameKey(n).length < 3) continue;
      const display = titleCase(n);
      if (words(n).length === 1 && DEMONYM_END.test(n) && similar(n, names)) kb.alias(id, display, 'demonym');
      else if (similar(n, names)) kb.alias(id, display, 'variant');
      else {
        const pid = kb.freshId(display);
        kb.add({ id: pid, type: 'LOC', kind: 'place', name: display, codes: { ranges: [], fallback: iso3 }, source: 'phoenixCountry' });
        kb.alias(pid, display, 'name');
      }
    }
  }
  return used;
}

export function addPhoenixActors(kb: KbBuilder, entries: PhoenixEntry[], w: PhoenixWords, skipPeople: Set<string>): void {
  const has = (name: string, set: Set<string>) => words(name).some((x) => set.has(x));
  for (const e of entries) {
    const head = e.head.replace(/\s*\(.*?\)\s*/g, ' ').trim();
    if (head === '' || has(head, w.titles)) continue;
    const codes = codesOf(e);
    if (codes.ranges.length === 0 && !codes.fallback) continue;
    const type = classify(e, head, w);
    if (type === 'PER') {
      if (skipPeople.has(nameKey(head))) continue;
      const display = titleCase(head);
      const id = kb.freshId(display);
      kb.add({ id, type, kind: 'person', name: display, codes, source: 'phoenix' });
      kb.alias(id, display, 'name');
      const headWords = new Set(words(head).filter((x) => !w.function.has(x) && x.length > 2));
      for (const p of e.plus) {
        const n = p.replace(/\s*\(.*?\)\s*/g, ' ').trim();
        if (has(n, w.titles) || has(n, w.orgs)) continue;
        if (!words(n).some((x) => headWords.has(x))) continue;
        if (words(n).length === 1 && n.length < 4) continue;
        kb.alias(id, titleCase(n), words(n).length === 1 ? 'short' : 'name');
      }
      continue;
    }
    // Organisations: group the names into referents.
    const names = [e.head, ...e.plus].map((n) => ({ raw: n, clean: n.replace(/\s*\(.*?\)\s*/g, ' ').trim(), acro: /\(([A-Z.\-/]{2,})\)/.exec(n)?.[1] }));
    const groups: { names: string[]; words: Set<string> }[] = [];
    for (const n of names) {
      if (n.clean === '' || has(n.clean, w.titles)) continue;
      const sig = new Set(words(n.clean).filter((x) => !w.function.has(x) && x.length > 2));
      const personLike = !has(n.clean, w.orgs) && /^[A-Z' .-]+$/.test(n.clean) && words(n.clean).length >= 2 && words(n.clean).length <= 3 && words(n.clean).every((x) => x.length >= 3) && n !== names[0];
      if (personLike && e.file.includes('MilNonState')) {
        const display = titleCase(n.clean);
        if (skipPeople.has(nameKey(n.clean))) continue;
        const id = kb.freshId(display);
        kb.add({ id, type: 'PER', kind: 'person', name: display, codes, source: 'phoenix' });
        kb.alias(id, display, 'name');
        continue;
      }
      const g = groups.find((x) => [...sig].some((s) => x.words.has(s)) || x.names.some((m) => isAcronymOf(n.clean, m) || isAcronymOf(m, n.clean)));
      const forms = [n.clean, ...(n.acro ? [n.acro] : [])];
      if (g) {
        g.names.push(...forms);
        for (const s of sig) g.words.add(s);
      } else groups.push({ names: forms, words: sig });
    }
    for (const g of groups) {
      const display = titleCase(g.names[0]!);
      const id = kb.freshId(display);
      kb.add({ id, type: 'ORG', kind: 'org', name: display, codes, source: 'phoenix' });
      for (const n of g.names) kb.alias(id, titleCase(n), isAbbreviation(n) ? 'short' : 'name');
    }
  }
}

/** `ICJ`, `U.N.`, `FTC`: no vowels, dots, or three letters at most (`HAMAS` is a name). */
function isAbbreviation(n: string): boolean {
  if (/\s/.test(n) || !/^[A-Z.\-/]+$/.test(n)) return false;
  const letters = n.replace(/[^A-Z]/g, '');
  return n.includes('.') || letters.length <= 3 || !/[AEIOU]/.test(letters);
}

function classify(e: PhoenixEntry, head: string, w: PhoenixWords): KbType {
  const ws = words(head);
  if (ws.some((x) => w.orgs.has(x))) return 'ORG';
  if (e.file.includes('MilNonState')) return 'ORG';
  if (/CountryInfo|IGOrulers/.test(e.comment)) return 'PER';
  const dated = e.codes.length > 0;
  if (ws.length >= 2 && ws.length <= 5 && dated) return 'PER';
  if (e.file.includes('Countries') && ws.length >= 2 && ws.length <= 4 && /^[A-Z]{3}[A-Z]{3}/.test(e.fallback ?? '')) return 'PER';
  return 'ORG';
}

/** `ICJ` is an acronym of `INTERNATIONAL COURT OF JUSTICE` (initials of the significant words, or of all). */
function isAcronymOf(short: string, long: string): boolean {
  const s = short.replace(/[.\-/]/g, '');
  if (!/^[A-Z]{2,6}$/.test(s) || /\s/.test(short)) return false;
  const ws = words(long);
  if (ws.length < 2) return false;
  const all = ws.map((x) => x[0]).join('');
  const sig = ws.filter((x) => !['OF', 'THE', 'AND', 'FOR'].includes(x)).map((x) => x[0]).join('');
  return s === all || s === sig;
}
