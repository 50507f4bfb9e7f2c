/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian, no time zone)
 * and the TimeML spellings of days, ISO weeks, months, quarters and years.
 */

const DAY_MS = 86_400_000;
const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

/** Day number of a calendar date, or null when the date does not exist (31 February). */
export function dayNumber(y: number, m: number, d: number): number | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = Date.UTC(y, m - 1, d);
  const dt = new Date(t);
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return Math.round(t / DAY_MS);
}

export interface YMD {
  y: number;
  m: number;
  d: number;
}

export function fromDayNumber(n: number): YMD {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** ISO weekday: 1 Monday … 7 Sunday (day 0 was a Thursday). */
export function isoWeekday(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** ISO week-numbering year and week of a day. */
export function isoWeek(n: number): { year: number; week: number } {
  const thursday = n - isoWeekday(n) + 4;
  const year = fromDayNumber(thursday).y;
  const jan1 = dayNumber(year, 1, 1)!;
  return { year, week: Math.floor((thursday - jan1) / 7) + 1 };
}

/** Day number of the Monday of ISO week `week` of ISO year `year` (week 1 holds 4 January). */
export function isoWeekMonday(year: number, week: number): number {
  const jan4 = dayNumber(year, 1, 4)!;
  return jan4 - (isoWeekday(jan4) - 1) + 7 * (week - 1);
}

export function formatDay(n: number): string {
  const { y, m, d } = fromDayNumber(n);
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

export function formatWeek(n: number): string {
  const { year, week } = isoWeek(n);
  return `${pad4(year)}-W${pad2(week)}`;
}

export function formatMonth(y: number, m: number): string {
  return `${pad4(y)}-${pad2(m)}`;
}

export function formatYear(y: number): string {
  return pad4(y);
}

/** Adds k months to (y, m). */
export function addMonths(y: number, m: number, k: number): { y: number; m: number } {
  const i = y * 12 + (m - 1) + k;
  return { y: Math.floor(i / 12), m: (((i % 12) + 12) % 12) + 1 };
}

/** The same day k months later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonthsToDay(n: number, k: number): number {
  const { y, m, d } = fromDayNumber(n);
  const t = addMonths(y, m, k);
  for (let dd = d; dd >= 28; dd--) {
    const r = dayNumber(t.y, t.m, dd);
    if (r !== null) return r;
  }
  return dayNumber(t.y, t.m, Math.min(d, 28))!;
}

export function formatClock(h: number, m: number): string {
  return `${pad2(h)}:${pad2(m)}`;
}

/**
 * Parses `2024-03-18`, `2024-03-18T10:00…`, `2024-03`, `2024` into its known parts: the local
 * date and time of day as written (the offset says where, not when, for a news reader).
 */
export function parseIsoDate(
  s: string | null | undefined,
): { y: number; m: number | null; d: number | null; time: { h: number; m: number } | null } | null {
  if (!s) return null;
  const r = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/.exec(s.trim());
  if (!r) return null;
  const y = Number(r[1]);
  const m = r[2] ? Number(r[2]) : null;
  const d = r[3] ? Number(r[3]) : null;
  if (m !== null && (m < 1 || m > 12)) return null;
  if (m !== null && d !== null && dayNumber(y, m, d) === null) return null;
  const time = r[4] && Number(r[4]) < 24 && Number(r[5]) < 60 ? { h: Number(r[4]), m: Number(r[5]) } : null;
  return { y, m, d: m === null ? null : d, time };
}
