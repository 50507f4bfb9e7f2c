/**
 * English check on the PLOVER gold standard records (openeventdata/PLOVER `PLOVER_GSR_CAMEO.txt`: one
 * sentence from the CAMEO manual each, with the PLOVER event type and the source and target actors'
 * codes). A sentence's gold event is found when one predicted event has its type and, where the gold
 * names them, a source and a target of one of the gold actors' countries.
 */
import type { Event } from '../record/schema.js';

export interface PloverRecord {
  id: string;
  text: string;
  /** the PLOVER type as Warta's CAMEO table names it (see TYPE_2021) */
  type: string;
  /** the gold type as the file writes it */
  fileType: string;
  /** three-letter country (or IGO…) codes of the actors; empty: the gold names none */
  sources: string[];
  targets: string[];
}

/**
 * The file predates PLOVER's 2021 ontology, whose CAMEO mapping (CAMEO2PLOVER-2021) Warta's table uses:
 * there DEMAND became REQUEST, DISAPPROVE and INVESTIGATE fall under ACCUSE, and FIGHT under ASSAULT.
 */
const TYPE_2021: Record<string, string> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };

/** Country codes of CAMEO's own list the file uses where ISO 3166 (as Warta codes) has another. */
const ISO_OF_CAMEO: Record<string, string> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM' };

interface FileActor {
  code?: unknown;
}

function codesOf(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const out = new Set<string>();
  for (const a of v as FileActor[]) {
    const code = typeof a?.code === 'string' ? a.code.trim().toUpperCase() : '';
    if (/^[A-Z]{3}/.test(code)) out.add(ISO_OF_CAMEO[code.slice(0, 3)] ?? code.slice(0, 3));
  }
  return [...out];
}

/** Reads the records of a PLOVER gold standard file (a JSON array); the documentation record is skipped. */
export function parsePloverGsr(json: string): PloverRecord[] {
  const data: unknown = JSON.parse(json);
  if (!Array.isArray(data)) throw new Error('expected a JSON array of records');
  const out: PloverRecord[] = [];
  for (const r of data as Record<string, unknown>[]) {
    const text = typeof r?.text === 'string' ? r.text.replace(/\s+/g, ' ').trim() : '';
    const fileType = typeof r?.event === 'string' ? r.event.trim().toUpperCase() : '';
    if (!text || !fileType || fileType === 'DOCUMENT') continue;
    if (r.language !== undefined && r.language !== 'en') continue;
    out.push({
      id: typeof r.id === 'string' ? r.id : String(out.length),
      text,
      type: TYPE_2021[fileType] ?? fileType,
      fileType,
      sources: codesOf(r.source),
      targets: codesOf(r.target),
    });
  }
  return out;
}

const country = (actor: string | null | undefined): string | null => (actor ? actor.slice(0, 3) : null);

/** Is the gold event among the predicted ones (type, and the gold's actors where it names them)? */
export function ploverFound(rec: PloverRecord, predicted: readonly Event[]): { found: boolean; typeFound: boolean } {
  let typeFound = false;
  for (const e of predicted) {
    if (e.plover !== rec.type) continue;
    typeFound = true;
    const s = country(e.source?.actor);
    const t = country(e.target?.actor);
    if (rec.sources.length > 0 && (s === null || !rec.sources.includes(s))) continue;
    if (rec.targets.length > 0 && (t === null || !rec.targets.includes(t))) continue;
    return { found: true, typeFound };
  }
  return { found: false, typeFound };
}
