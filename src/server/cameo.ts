/**
 * Names of CAMEO event codes, for saying events in plain words ("praise or endorse"). Read from the
 * coding table kb/cameo/cameo.tsv (built by scripts/build-cameo.mjs) when it is installed; by its
 * header, so added columns do not matter. Without the table the UI shows the codes alone.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from '../util/paths.js';

let names: Record<string, string> | null = null;

export function parseCameoNames(tsv: string): Record<string, string> {
  const out: Record<string, string> = {};
  let code = -1;
  let name = -1;
  for (const line of tsv.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const cols = line.replace(/\r$/, '').split('\t');
    if (code < 0) {
      code = cols.indexOf('code');
      name = cols.indexOf('name');
      if (code < 0 || name < 0) return out;
      continue;
    }
    const c = cols[code]?.trim();
    const n = cols[name]?.trim();
    if (c && n && /^\d{2,4}$/.test(c)) out[c] = n;
  }
  return out;
}

export function cameoNames(): Record<string, string> {
  if (names) return names;
  try {
    names = parseCameoNames(readFileSync(dataPath('kb', 'cameo', 'cameo.tsv'), 'utf8'));
  } catch {
    names = {};
  }
  return names;
}
