/**
 * The CAMEO coding table (kb/cameo/cameo.tsv, built by scripts/build-cameo.mjs): for each event
 * code its root, QuadClass, Goldstein score, PLOVER type and name. Loaded once per process.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from '../util/paths.js';

export interface CameoCode {
  code: string;
  root: string;
  quadClass: number;
  goldstein: number | null;
  plover: string | null;
  name: string;
}

let table: Map<string, CameoCode> | null = null;

export function parseCameoTable(text: string): Map<string, CameoCode> {
  const out = new Map<string, CameoCode>();
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line === '' || line.startsWith('#') || line.startsWith('code\t')) continue;
    const [code, root, quad, goldstein, plover, name] = line.split('\t');
    if (!code || !/^\d{2,4}$/.test(code) || !root) continue;
    out.set(code, {
      code,
      root,
      quadClass: Number(quad) || 0,
      goldstein: goldstein === undefined || goldstein === '' ? null : Number(goldstein),
      plover: plover ? plover : null,
      name: name ?? '',
    });
  }
  return out;
}

export function cameoTable(): Map<string, CameoCode> {
  table ??= parseCameoTable(readFileSync(dataPath('kb', 'cameo', 'cameo.tsv'), 'utf8'));
  return table;
}

/** The coding of a CAMEO code, or null when the table does not know it. */
export function cameoCode(code: string): CameoCode | null {
  return cameoTable().get(code) ?? null;
}
