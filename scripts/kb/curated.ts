/** The lists written for the project (kb/curated/*.tsv) and the CLDR territory names, into the knowledge base. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCodes, type ActorCodes } from '../../src/entities/kb/codes.js';
import { type AliasKind, type KbBuilder, slug } from './model.js';

export function tsvRows(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t').map((c) => c.trim()));
}

export function wordList(path: string): Set<string> {
  return new Set(tsvRows(path).map((r) => r[0]!));
}

const fixed = (code: string): ActorCodes => ({ ranges: [], fallback: code || null });

/** Country names: CLDR (Indonesian, English) plus countries.tsv; ISO alpha-2 → alpha-3 from iso3166.tsv. */
export function addCountries(kb: KbBuilder, curatedDir: string, cldrDir: string): Map<string, string[]> {
  const alpha3 = new Map(tsvRows(join(curatedDir, 'iso3166.tsv')).map((r) => [r[0]!, r[1]!]));
  const names = new Map<string, string[]>(); // ISO3 → every name, for the Phoenix variants check
  const ensure = (iso3: string, name: string) => {
    const id = iso3.toLowerCase();
    if (!kb.entities.has(id)) kb.add({ id, type: 'LOC', kind: 'country', name, codes: fixed(iso3), source: 'curated' });
    return id;
  };
  const note = (iso3: string, n: string) => {
    const list = names.get(iso3) ?? [];
    list.push(n);
    names.set(iso3, list);
  };
  const curated = tsvRows(join(curatedDir, 'countries.tsv'));
  for (const [iso3, surface, kind] of curated) {
    if (kind !== 'primary') continue;
    ensure(iso3!, surface!);
  }
  for (const lang of ['id', 'en']) {
    const json = JSON.parse(readFileSync(join(cldrDir, `${lang}-territories.json`), 'utf8')) as {
      main: Record<string, { localeDisplayNames: { territories: Record<string, string> } }>;
    };
    const territories = json.main[lang]!.localeDisplayNames.territories;
    for (const [key, value] of Object.entries(territories)) {
      const [a2, alt] = key.split('-alt-');
      const iso3 = alpha3.get(a2!);
      if (!iso3) continue; // regions, EU, UN, pseudo-locales: curated elsewhere
      const id = ensure(iso3, value.replace(/\s*\(.*\)$/, ''));
      for (const n of cldrForms(value)) {
        kb.alias(id, n, alt === 'short' ? 'short' : 'name');
        note(iso3, n);
      }
    }
  }
  for (const [iso3, surface, kind] of curated) {
    const id = ensure(iso3!, surface!);
    kb.alias(id, surface!, (kind === 'primary' ? 'name' : kind) as AliasKind);
    note(iso3!, surface!);
  }
  return names;
}

/** `Myanmar (Burma)` → Myanmar, Burma; `Hong Kong DAK Tiongkok` is kept whole (its short form is listed apart). */
function cldrForms(value: string): string[] {
  const m = /^(.*?)\s*\((.*)\)$/.exec(value);
  if (!m) return [value];
  const inner = m[2]!;
  return /^[\p{Lu}]/u.test(inner) && !/^(RDK|Republik|Keeling|Malvinas)/.test(inner) ? [m[1]!, inner] : [m[1]!];
}

export function addRegions(kb: KbBuilder, curatedDir: string): void {
  for (const [code, name, kind] of tsvRows(join(curatedDir, 'regions.tsv'))) {
    const id = `region-${code!.toLowerCase()}`;
    if (!kb.entities.has(id)) kb.add({ id, type: 'LOC', kind: 'region', name: name!, codes: fixed(code!), source: 'curated' });
    kb.alias(id, name!, (kind || 'name') as AliasKind);
  }
}

export function addPlaces(kb: KbBuilder, curatedDir: string): void {
  for (const [name, iso3, , others] of tsvRows(join(curatedDir, 'places.tsv'))) {
    const id = kb.freshId(name!);
    kb.add({ id, type: 'LOC', kind: 'place', name: name!, codes: fixed(iso3!), source: 'curated' });
    kb.alias(id, name!, 'name');
    for (const o of (others ?? '').split('|')) if (o) kb.alias(id, o, isShort(o) ? 'short' : 'name');
  }
}

export function addOrganizations(kb: KbBuilder, curatedDir: string): void {
  for (const [key, code, name, others] of tsvRows(join(curatedDir, 'organizations.tsv'))) {
    const id = slug(key!);
    kb.add({ id, type: 'ORG', kind: 'org', name: name!, codes: fixed(code ?? ''), source: 'curated' });
    kb.alias(id, name!, isShort(name!) ? 'short' : 'name');
    for (const o of (others ?? '').split('|')) if (o) kb.alias(id, o, isShort(o) ? 'short' : 'name');
  }
}

/** The people of leaders.tsv (heads of state and government) and officials.tsv (Indonesia's officials), one format. */
export function addLeaders(kb: KbBuilder, curatedDir: string): Set<string> {
  const names = new Set<string>();
  const rows = ['leaders.tsv', 'officials.tsv'].flatMap((f) => tsvRows(join(curatedDir, f)));
  for (const [name, others, codes] of rows) {
    const spec = (codes ?? '')
      .split(';')
      .map((c) => c.trim().replace(/\s+/, '@'))
      .join(';');
    const id = kb.freshId(name!);
    kb.add({ id, type: 'PER', kind: 'person', name: name!, codes: parseCodes(spec), source: 'curated' });
    kb.alias(id, name!, 'name');
    names.add(name!);
    for (const o of (others ?? '').split('|')) if (o) kb.alias(id, o, isShort(o) ? 'short' : 'name');
  }
  return names;
}

/** An abbreviation: one word with at least two capitals and no lower-case run (`KPK`, `PDI-P`, `KemenPAN-RB` is not). */
function isShort(s: string): boolean {
  return !/\s/.test(s) && /\p{Lu}.*\p{Lu}/u.test(s) && !/\p{Ll}{3,}/u.test(s);
}
