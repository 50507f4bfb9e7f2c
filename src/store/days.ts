/** Calendar days as integers (days since 1970-01-01), and the user's date bounds. */
import { UserError } from '../util/errors.js';
import type { Day } from './types.js';

const DAY_MS = 86_400_000;
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function validDay(y: number, m: number, d: number): Day | null {
  const t = Date.UTC(y, m - 1, d);
  const dt = new Date(t);
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return Math.floor(t / DAY_MS);
}

/**
 * The calendar day a date or date-time names, as written (`2025-10-21T20:43:00+07:00` is the 21st:
 * the local day of the newsroom, not UTC). Only full dates count; `2023-09` or `2024-W11` give null.
 */
export function dayOf(value: string | null | undefined): Day | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value);
  if (!m) return null;
  return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function isoDay(day: Day): string {
  const d = new Date(day * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** ISO week of a day: `2024-W11`. */
export function isoWeek(day: Day): string {
  const d = new Date(day * DAY_MS);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date((day - weekday + 3) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const jan1 = Math.floor(Date.UTC(year, 0, 1) / DAY_MS);
  const week = Math.floor((day - weekday + 3 - jan1) / 7) + 1;
  return `${year}-W${pad(week)}`;
}

/** Monday of the ISO week that holds the day. */
export function weekStart(day: Day): Day {
  const weekday = (new Date(day * DAY_MS).getUTCDay() + 6) % 7;
  return day - weekday;
}

/**
 * `--since`/`--until` values: `2024`, `2024-03`, `2024-03-17`. A since bound is the first day of
 * what it names, an until bound the last (so `--until 2024-03` keeps all of March).
 */
export function parseDayBound(value: string, bound: 'since' | 'until', flag = `--${bound}`): Day {
  const v = value.trim();
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  const bad = (): never => {
    throw new UserError(`${flag}: expected a date such as 2024-03-17, 2024-03 or 2024, not "${value}"`);
  };
  if (!m) return bad();
  const y = Number(m[1]);
  if (m[3] !== undefined) return validDay(y, Number(m[2]), Number(m[3])) ?? bad();
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    const first = validDay(y, month, 1) ?? bad();
    if (bound === 'since') return first;
    return (month === 12 ? validDay(y + 1, 1, 1)! : validDay(y, month + 1, 1)!) - 1;
  }
  return bound === 'since' ? validDay(y, 1, 1)! : validDay(y, 12, 31)!;
}

/** GDELT's date forms: SQLDATE 20240317, MonthYear 202403, Year 2024, FractionDate 2024.2082. */
export function gdeltDates(day: Day): { sqlDate: string; monthYear: string; year: string; fraction: string } {
  const iso = isoDay(day);
  const y = Number(iso.slice(0, 4));
  const dayOfYear = day - Math.floor(Date.UTC(y, 0, 1) / DAY_MS) + 1;
  return {
    sqlDate: iso.replace(/-/g, ''),
    monthYear: iso.slice(0, 7).replace('-', ''),
    year: iso.slice(0, 4),
    fraction: (y + dayOfYear / 365).toFixed(4),
  };
}
