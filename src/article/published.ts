/**
 * The article's publication date: given by the caller, else written in the text, else inferred
 * from what the text anchors (full dates, `Hari (dd/mm)` checked against the copyright year) and
 * from bare weekdays, which a news story uses for the days just before it was published.
 */
import { anyCalendar } from '../lang/calendar.js';
import { UserError } from '../util/errors.js';
import { wordAlternation } from '../util/regex.js';

export interface Published {
  published: string | null;
  publishedSource: 'input' | 'text' | 'inferred' | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const DAY = 86400000;

function utc(y: number, m: number, d: number): number | null {
  const t = Date.UTC(y, m - 1, d);
  const dt = new Date(t);
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d ? t : null;
}
const isoDay = (t: number): string => {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
/** ISO weekday 1 (Mon) … 7 (Sun) */
const isoWeekday = (t: number): number => ((new Date(t).getUTCDay() + 6) % 7) + 1;

/** Accepts `2024-03-18`, `2024-03-18T10:00`, `2025-10-21T20:43:00+07:00`, `2024-03`, `2024`. */
export function normalizePublished(value: string, where = '--published'): string {
  const v = value.trim();
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) {
    const [y, m = 1, d = 1] = v.split('-').map(Number);
    if (utc(y!, m, d) !== null) return v;
  }
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(v) && !Number.isNaN(Date.parse(v.replace(' ', 'T')))) {
    return v.replace(' ', 'T');
  }
  throw new UserError(`${where}: "${value}" is not an ISO 8601 date (use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][+07:00])`);
}

interface Anchors {
  /** exact dates the text states */
  dates: number[];
  /** bare past weekdays (ISO numbers) */
  bareWeekdays: number[];
}

let patterns: { anchored: RegExp; full: RegExp; weekday: RegExp } | null = null;

function compile(): NonNullable<typeof patterns> {
  if (patterns) return patterns;
  const cal = anyCalendar();
  const alt = (m: Map<string, number>): string => wordAlternation(m.keys());
  const wd = alt(cal.weekdays);
  patterns = {
    anchored: new RegExp(String.raw`\b(${wd})\s*\(\s*(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{2,4}))?\s*\)`, 'giu'),
    full: new RegExp(String.raw`\b(\d{1,2})\s+(${alt(cal.months)})\s+((?:19|20)\d{2})\b`, 'giu'),
    weekday: new RegExp(String.raw`(?<![\p{L}\d])(${wd})(?![\p{L}\d])(?!\s*\()(?!\s+(?:lalu|ini|depan|mendatang|ke|pertama|kedua|terakhir))`, 'giu'),
  };
  return patterns;
}

function findAnchors(body: string, copyrightYear: number | null): Anchors {
  const cal = anyCalendar();
  const p = compile();
  const dates: number[] = [];
  for (const m of body.matchAll(p.anchored)) {
    const wd = cal.weekdays.get(m[1]!.toLowerCase())!;
    const d = +m[2]!;
    const mo = +m[3]!;
    let y = m[4] ? +m[4] : null;
    if (y !== null && y < 100) y += 2000;
    if (y === null) {
      // A year is needed: the copyright year when the weekday agrees with it.
      if (copyrightYear === null) continue;
      const t = utc(copyrightYear, mo, d);
      if (t !== null && isoWeekday(t) === wd) y = copyrightYear;
      else continue;
    }
    const t = utc(y, mo, d);
    if (t !== null) dates.push(t);
  }
  for (const m of body.matchAll(p.full)) {
    const t = utc(+m[3]!, cal.months.get(m[2]!.toLowerCase())!, +m[1]!);
    if (t !== null) dates.push(t);
  }
  const bareWeekdays: number[] = [];
  for (const m of body.matchAll(p.weekday)) {
    const word = m[1]!;
    if (word[0] !== word[0]!.toUpperCase()) continue; // "minggu" in lower case is "week"
    const before = body.slice(Math.max(0, m.index - 40), m.index).toLowerCase();
    if (/\b(?:akan|nanti|besok|hingga|sampai)\b[^.]*$/u.test(before) || /\d\s*$/.test(before)) continue;
    const after = body.slice(m.index + word.length, m.index + word.length + 20).toLowerCase();
    if (/^\s*(?:depan|mendatang|next)/u.test(after)) continue;
    bareWeekdays.push(cal.weekdays.get(word.toLowerCase())!);
  }
  return { dates, bareWeekdays };
}

/** Infers the publication date from the body; null when the text gives nothing to go on. */
export function inferPublished(body: string, copyrightYear: number | null): string | null {
  const { dates, bareWeekdays } = findAnchors(body, copyrightYear);
  if (dates.length === 0) return copyrightYear !== null ? String(copyrightYear) : null;
  const latest = Math.max(...dates);
  if (copyrightYear !== null && new Date(latest).getUTCFullYear() > copyrightYear) return isoDay(latest);
  // The earliest day on or after the latest anchored date from which every bare weekday,
  // read as the closest such day before, falls on or after that anchored date.
  for (let k = 0; k < 7; k++) {
    const p = latest + k * DAY;
    const ok = bareWeekdays.every((wd) => {
      const back = (isoWeekday(p) - wd + 7) % 7;
      return p - back * DAY >= latest;
    });
    if (ok) return isoDay(p);
  }
  return isoDay(latest);
}

export function decidePublished(
  given: string | null,
  inText: string | null,
  body: string,
  copyrightYear: number | null,
): Published {
  if (given) return { published: given, publishedSource: 'input' };
  if (inText) return { published: inText, publishedSource: 'text' };
  const inferred = inferPublished(body, copyrightYear);
  return inferred ? { published: inferred, publishedSource: 'inferred' } : { published: null, publishedSource: null };
}
