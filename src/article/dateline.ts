/**
 * The dateline that opens wire copy: `Seoul (ANTARA) -`, `Jakarta, CNN Indonesia --`,
 * `JAKARTA, KOMPAS.com -`, `WASHINGTON (Reuters) -`, `TEMPO.CO, Jakarta -`, `Jakarta -`.
 */
import { articlePatterns } from './patterns.js';

export interface FoundDateline {
  place: string | null;
  agency: string | null;
  /** offsets relative to the line */
  start: number;
  end: number;
  /** where the body text starts after the dateline and its spaces */
  bodyStart: number;
}

const PLACE = String.raw`\p{Lu}[\p{L}\p{M}'’.]*(?:[ -]\p{Lu}[\p{L}\p{M}'’.]*){0,3}`;
const DASH = String.raw`\s*(?:--|[-–—]{1,2}|:)(?=\s)`;
/** a date in a dateline: `12 Maret 2024` or, in English wires, `March 3` / `March 3, 2024` */
const DATE = String.raw`(?:\d{1,2}\s+\p{L}+\.?\s+\d{4}|\p{Lu}\p{L}+\.?\s+\d{1,2}(?:,\s*\d{4})?)`;
const WITH_PARENS = new RegExp(String.raw`^(${PLACE})(?:,\s*${PLACE})?(?:,\s*${DATE})?\s*,?\s*\(([^()\n]{2,40})\)${DASH}`, 'u');
const COMMA = new RegExp(String.raw`^([^,()\n]{2,40}),\s*([^,()\n]{2,40}?)${DASH}`, 'u');
const PLACE_ONLY = new RegExp(String.raw`^(${PLACE})${DASH}`, 'u');

function isAgency(s: string): boolean {
  const t = s.trim();
  if (articlePatterns().agencies.has(t.toLowerCase())) return true;
  return /\.(?:com|co\.id|co|id|net|org|tv)$/i.test(t) || /^detik\p{L}*$/u.test(t);
}

function isPlace(s: string): boolean {
  return new RegExp(`^${PLACE}$`, 'u').test(s.trim()) && s.trim().length <= 40;
}

/** Finds a dateline at the start of `line` (the first line of the body). */
export function findDateline(line: string): FoundDateline | null {
  const done = (place: string | null, agency: string | null, matchLen: number): FoundDateline => {
    const dash = matchLen;
    let bodyStart = dash;
    while (bodyStart < line.length && /\s/.test(line[bodyStart]!)) bodyStart++;
    return { place, agency, start: 0, end: dash, bodyStart };
  };
  let m = WITH_PARENS.exec(line);
  if (m && !/^\d/.test(m[2]!) && m[2]!.split(/\s+/).length <= 4) {
    return done(m[1]!.trim(), m[2]!.trim(), m[0].length);
  }
  m = COMMA.exec(line);
  if (m) {
    const [a, b] = [m[1]!.trim(), m[2]!.trim()];
    if (isAgency(b) && isPlace(a)) return done(a, b, m[0].length);
    if (isAgency(a) && isPlace(b)) return done(b, a, m[0].length);
    // "NAIROBI, Kenya —": a place in capitals and its country or state, as wire copy without an agency writes it
    if (isPlace(a) && isPlace(b) && a === a.toUpperCase() && /\p{Lu}{2}/u.test(a) && !m[0].endsWith(':') && /^\s+\p{Lu}/u.test(line.slice(m[0].length))) {
      return done(a, null, m[0].length);
    }
  }
  m = PLACE_ONLY.exec(line);
  if (m && m[0].trimEnd().endsWith(':') === false) {
    const p = m[1]!.trim();
    if (isAgency(p)) return done(null, p, m[0].length);
    // A bare place before a dash: short, and the text goes on with a capitalised word.
    if (p.split(/\s+/).length <= 3 && /^\s*[-–—]{1,2}\s+\p{Lu}/u.test(line.slice(m[1]!.length))) {
      return done(p, null, m[0].length);
    }
  }
  return null;
}
