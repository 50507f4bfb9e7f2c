/**
 * A line that is only a date, as sites print above or below an article:
 * `Kamis, 5 November 2015 14:56 WIB`, `Selasa, 21/10/2025 20:43`, `Monday, March 18, 2024`.
 */
import { anyCalendar } from '../lang/calendar.js';
import { wordAlternation } from '../util/regex.js';

export interface TextDate {
  iso: string;
}

const ZONES: Record<string, string> = { wib: '+07:00', wita: '+08:00', wit: '+09:00', utc: 'Z', gmt: 'Z' };

const pad = (n: number): string => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2100) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

let re: RegExp | null = null;

function pattern(): RegExp {
  if (re) return re;
  const cal = anyCalendar();
  const names = (m: Map<string, number>): string => wordAlternation(m.keys());
  const wd = names(cal.weekdays);
  const mo = names(cal.months);
  const time = String.raw`(?:\s*(?:[,|–-]|pukul|jam)?\s*(\d{1,2})[:.](\d{2})(?:\s*(WIB|WITA|WIT|UTC|GMT))?)?`;
  re = new RegExp(
    String.raw`^(?:(?:${wd})\.?\s*,?\s*)?(?:(\d{1,2})\s+(${mo})\.?\s+(\d{4})|(${mo})\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})/(\d{1,2})/(\d{4}))${time}\s*$`,
    'iu',
  );
  return re;
}

export function readDateLine(s: string): TextDate | null {
  if (s.length > 60) return null;
  const m = pattern().exec(s);
  if (!m) return null;
  const cal = anyCalendar();
  let y: number, mo: number, d: number;
  if (m[1]) (d = +m[1]), (mo = cal.months.get(m[2]!.toLowerCase())!), (y = +m[3]!);
  else if (m[4]) (mo = cal.months.get(m[4]!.toLowerCase())!), (d = +m[5]!), (y = +m[6]!);
  else (d = +m[7]!), (mo = +m[8]!), (y = +m[9]!);
  if (!valid(y, mo, d)) return null;
  let iso = `${y}-${pad(mo)}-${pad(d)}`;
  if (m[10] && +m[10] < 24 && +m[11]! < 60) {
    iso += `T${pad(+m[10])}:${m[11]}:00`;
    const z = m[12] ? ZONES[m[12].toLowerCase()] : undefined;
    if (z) iso += z;
  }
  return { iso };
}
