/**
 * The GDELT 2.0 event table: its 61 columns, in order, and one row per Warta event cluster
 * (a real-world event with its count of reports, articles and sources). Columns Warta cannot
 * know (tone, geocoding, ethnic and religious codes) stay empty.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from '../util/paths.js';
import { gdeltDates } from './days.js';
import type { ActorView, ClusterExport } from './types.js';

const ACTOR = ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'];
const GEO = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'];

export const GDELT_COLUMNS: readonly string[] = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  ...ACTOR.map((c) => `Actor1${c}`),
  ...ACTOR.map((c) => `Actor2${c}`),
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  ...GEO.map((c) => `Actor1Geo_${c}`),
  ...GEO.map((c) => `Actor2Geo_${c}`),
  ...GEO.map((c) => `ActionGeo_${c}`),
  'DATEADDED',
  'SOURCEURL',
];

let types: Set<string> | null = null;
function actorTypes(): Set<string> {
  types ??= new Set(
    readFileSync(dataPath('kb', 'cameo-actor-types.txt'), 'utf8')
      .split('\n')
      .map((l) => l.split('\t')[0]!.trim())
      .filter((c) => /^[A-Z]{3}$/.test(c)),
  );
  return types;
}

/** `IDNGOVMIL` → country IDN, types GOV, MIL; `NGOHRI` → no country, types NGO, HRI. */
export function splitActorCode(code: string | null): { country: string; types: string[] } {
  if (!code || !/^[A-Z]{3,}$/.test(code) || code.length % 3 !== 0) return { country: '', types: [] };
  const segments = code.match(/.{3}/g)!;
  const known = actorTypes();
  const country = known.has(segments[0]!) ? '' : segments[0]!;
  const rest = (country ? segments.slice(1) : segments).filter((s) => known.has(s)).slice(0, 3);
  return { country, types: rest };
}

const clean = (s: string | null | undefined): string => (s ?? '').replace(/[\t\r\n]+/g, ' ').trim();

function actorColumns(a: ActorView | null): string[] {
  const { country, types: t } = splitActorCode(a?.actor ?? null);
  return [clean(a?.actor), clean(a?.name), country, '', '', '', '', t[0] ?? '', t[1] ?? '', t[2] ?? ''];
}

/** `2025-10-21T13:43:00.000Z` → `20251021134300` (UTC, as GDELT's DATEADDED). */
function dateAdded(iso: string | null): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  return new Date(t).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

export function gdeltRow(c: ClusterExport): string[] {
  const dates = c.startDay !== null ? gdeltDates(c.startDay) : null;
  const row = [
    String(parseInt(c.id, 16)),
    dates?.sqlDate ?? '',
    dates?.monthYear ?? '',
    dates?.year ?? '',
    dates?.fraction ?? '',
    ...actorColumns(c.source),
    ...actorColumns(c.target),
    c.isRoot ? '1' : '0',
    c.code,
    c.code.slice(0, 3),
    c.root,
    String(c.quadClass),
    c.goldstein === null ? '' : String(c.goldstein),
    String(c.numEvents),
    String(c.numSources),
    String(c.numArticles),
    '',
    ...GEO.map(() => ''),
    ...GEO.map(() => ''),
    ...GEO.map((g) => (g === 'FullName' ? clean(c.actionGeo) : '')),
    dateAdded(c.added),
    clean(c.sourceUrl),
  ];
  return row;
}
