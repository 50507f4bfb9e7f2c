/**
 * Reads the Phoenix (PETRARCH 2) actor dictionaries: TABARI-style entries, a head line, `+` lines with
 * names coded the same way, and `[CODE dates]` codes on the head, the `+` lines or indented lines below.
 *   VLADIMIR_PUTIN_  # CountryInfo.txt
 *   +PUTIN_
 *   	[RUSGOV 991231-080507]
 *   	[RUSGOV >080508]
 *   	[RUSELI]
 * Dates are YYMMDD or YYYYMMDD; `>D` from D on, `<D` until D, `A-B` between.
 */
import { readFileSync } from 'node:fs';
import type { CodeRange } from '../../src/entities/kb/codes.js';

export interface PhoenixEntry {
  file: string;
  head: string;
  /** names on `+` lines, in order */
  plus: string[];
  codes: CodeRange[];
  fallback: string | null;
  /** the comment on the head line, if any */
  comment: string;
}

const CODE = /\[([^\]]*)\]/g;

function isoDate(raw: string, end: boolean): string | null {
  let y: string, m: string, d: string;
  if (/^\d{6}$/.test(raw)) {
    const yy = Number(raw.slice(0, 2));
    y = String(yy <= 30 ? 2000 + yy : 1900 + yy);
    m = raw.slice(2, 4);
    d = raw.slice(4, 6);
  } else if (/^\d{8}$/.test(raw)) {
    y = raw.slice(0, 4);
    m = raw.slice(4, 6);
    d = raw.slice(6, 8);
  } else return null;
  if (m === '00') m = end ? '12' : '01';
  if (d === '00') d = end ? '31' : '01';
  return `${y}-${m}-${d}`;
}

/** `RUSGOV 991231-080507` → a range; `RUSELI` → the default (range with no dates). */
function parseCode(inside: string): { code: string; from: string | null; to: string | null; dated: boolean } | null {
  const parts = inside.trim().split(/\s+/);
  const code = parts[0]?.replace(/^~/, '') ?? '';
  if (!/^[A-Z]{3,}$/.test(code)) return null;
  const when = parts.slice(1).join('');
  if (when === '') return { code, from: null, to: null, dated: false };
  if (when.startsWith('>')) return { code, from: isoDate(when.slice(1), false), to: null, dated: true };
  if (when.startsWith('<')) return { code, from: null, to: isoDate(when.slice(1), true), dated: true };
  const [a, b] = when.split('-');
  return { code, from: isoDate(a ?? '', false), to: isoDate(b ?? '', true), dated: true };
}

/** `VLADIMIR_V._PUTIN_` → `VLADIMIR V. PUTIN` (still in capitals). */
export function phoenixName(raw: string): string {
  return raw.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}

export function readPhoenix(path: string, file: string): PhoenixEntry[] {
  const entries: PhoenixEntry[] = [];
  let block: PhoenixEntry[] = [];
  let current: PhoenixEntry | null = null;
  const closeBlock = () => {
    // Entries without codes take the codes of the next coded entry in their block, else the previous one's.
    for (let i = 0; i < block.length; i++) {
      const e = block[i]!;
      if (e.codes.length > 0 || e.fallback) continue;
      const donor = block.slice(i + 1).find((x) => x.codes.length > 0 || x.fallback) ?? [...block.slice(0, i)].reverse().find((x) => x.codes.length > 0 || x.fallback);
      if (donor) {
        e.codes = donor.codes.map((c) => ({ ...c }));
        e.fallback = donor.fallback;
      }
    }
    block = [];
  };
  const addCodes = (e: PhoenixEntry, line: string) => {
    for (const m of line.matchAll(CODE)) {
      const c = parseCode(m[1]!);
      if (!c) continue;
      if (c.dated) e.codes.push({ code: c.code, from: c.from, to: c.to });
      else e.fallback ??= c.code;
    }
  };
  for (const rawLine of readFileSync(path, 'utf8').split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    if (line.trim() === '') {
      closeBlock();
      current = null;
      continue;
    }
    if (line.startsWith('#')) continue;
    const hash = line.indexOf('#');
    const body = hash === -1 ? line : line.slice(0, hash);
    const comment = hash === -1 ? '' : line.slice(hash + 1).trim();
    if (/^\s/.test(line)) {
      if (current) addCodes(current, body);
      continue;
    }
    const nameEnd = body.search(/[\s[]/);
    const rawName = (nameEnd === -1 ? body : body.slice(0, nameEnd)).trim();
    if (line.startsWith('+')) {
      if (!current) continue;
      const n = phoenixName(rawName.slice(1));
      if (n) current.plus.push(n);
      addCodes(current, body);
      continue;
    }
    if (/^[!{]/.test(line) || rawName === '') continue;
    current = { file, head: phoenixName(rawName), plus: [], codes: [], fallback: null, comment };
    addCodes(current, body);
    entries.push(current);
    block.push(current);
  }
  closeBlock();
  return entries.filter((e) => e.head !== '');
}
