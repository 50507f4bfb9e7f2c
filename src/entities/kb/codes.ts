/**
 * CAMEO actor codes with the dates they are valid, as the knowledge base stores them:
 * `RUSGOV@2000-05-07..2008-05-07;RUSGOV@2008-05-08..;RUSELI` (an undated code is the default).
 *
 * Which code applies on a date:
 * 1. a dated code whose range holds the date (the latest-starting one when several do);
 * 2. else, after the last known range has ended, that last range's code: a person is still coded with
 *    the country and the last role Phoenix knows (Phoenix ends in 2014; a former president stays GOV);
 * 3. else (the date is before every range, or there are no ranges) the undated default, else the earliest range's code.
 * Without a date, the most recent code (open-ended, else latest-ending) applies.
 */

export interface CodeRange {
  code: string;
  /** ISO date (YYYY-MM-DD) or null: open */
  from: string | null;
  to: string | null;
}

export interface ActorCodes {
  ranges: CodeRange[];
  /** the undated default code, if any */
  fallback: string | null;
}

export function parseCodes(spec: string): ActorCodes {
  const ranges: CodeRange[] = [];
  let fallback: string | null = null;
  for (const part of spec.split(';')) {
    const p = part.trim();
    if (p === '') continue;
    const at = p.indexOf('@');
    if (at === -1) {
      fallback ??= p;
      continue;
    }
    const [from, to] = p.slice(at + 1).split('..');
    ranges.push({ code: p.slice(0, at), from: from || null, to: to || null });
  }
  return { ranges, fallback };
}

export function formatCodes(codes: ActorCodes): string {
  const parts = codes.ranges.map((r) => `${r.code}@${r.from ?? ''}..${r.to ?? ''}`);
  if (codes.fallback) parts.push(codes.fallback);
  return parts.join(';');
}

/** The code valid on `date` (YYYY-MM-DD…; null: now, i.e. the most recent). */
export function codeOn(codes: ActorCodes, date: string | null): string | null {
  const { ranges } = codes;
  if (ranges.length === 0) return codes.fallback;
  if (date === null) {
    let best: CodeRange | null = null;
    for (const r of ranges) if (best === null || laterEnd(r, best)) best = r;
    return best!.code;
  }
  const d = date.slice(0, 10);
  let holding: CodeRange | null = null;
  let ended: CodeRange | null = null;
  for (const r of ranges) {
    const afterStart = r.from === null || r.from <= d;
    const beforeEnd = r.to === null || d <= r.to;
    if (afterStart && beforeEnd) {
      if (holding === null || (r.from ?? '') > (holding.from ?? '')) holding = r;
    } else if (afterStart && !beforeEnd) {
      if (ended === null || r.to! > ended.to!) ended = r;
    }
  }
  if (holding) return holding.code;
  if (ended) return ended.code;
  if (codes.fallback) return codes.fallback;
  let first = ranges[0]!;
  for (const r of ranges) if ((r.from ?? '') < (first.from ?? '')) first = r;
  return first.code;
}

function laterEnd(a: CodeRange, b: CodeRange): boolean {
  if (a.to === null && b.to !== null) return true;
  if (a.to !== null && b.to === null) return false;
  if (a.to === b.to) return (a.from ?? '') > (b.from ?? '');
  return a.to! > b.to!;
}

/** Codes of no country: international and non-governmental bodies, multinationals, international militarized groups. */
export const INTERNATIONAL = /^(IGO|NGO|MNC|IMG)/;
/**
 * The CAMEO actor types (kb/cameo-actor-types.txt) that never open a country's code: a code that starts with
 * one is a role of no country ("OPP", a crowd in a story of several countries), not a state.
 */
export const ROLE_TYPES = ['COP', 'GOV', 'INS', 'JUD', 'MIL', 'OPP', 'PTY', 'REB', 'SEP', 'SPY', 'UAF', 'AGR', 'BUS', 'CRM', 'CVL', 'DEV', 'EDU', 'ELI', 'ENV', 'HLH', 'HRI', 'LAB', 'LEG', 'MED', 'REF', 'MOD', 'RAD', 'REL', 'NGM', 'SET'] as const;
const ROLE_ONLY = new RegExp(`^(${ROLE_TYPES.join('|')})`);

/** A code of a role alone, no country's ("COP", "OPPMED"). */
export function roleOnly(code: string): boolean {
  return ROLE_ONLY.test(code);
}

/**
 * Codes as the record gives them: a country's code plus its first role (`AUSGOVBUS` → `AUSGOV`,
 * `PSEREBHMS` → `PSEREB`); international, non-governmental and international militarized codes keep three parts
 * (`IGOUNOJUDICJ` → `IGOUNOJUD`, `IMGMUSALQ` for al-Qaeda).
 */
export function recordCode(code: string): string {
  if (INTERNATIONAL.test(code)) return code.slice(0, 9);
  return code.slice(0, 6);
}
