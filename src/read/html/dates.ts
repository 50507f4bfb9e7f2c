/**
 * Dates as pages write them: machine values (`2015-11-05T14:56:43+07:00`, `2015-11-05 T10:08:58Z`,
 * `2016-02-16T13:01:52+0700`, `2017-02-17 13:30:08`, RFC 822 in feeds) and visible text
 * (`Kamis, 5 November 2015 14:56 WIB`, `Rabu, 4 November 2015 | 21:04 WIB`, `Rabu (4/11/2015)`,
 * `on 16 Feb 2016 at 09:10 WIB`, `Selasa, 23/02/2016 15:32 WIB`). Month, weekday and time-zone
 * names come from the language data.
 */
import { anyCalendar, calendar } from '../../lang/calendar.js';
import { wordAlternation } from '../../util/regex.js';
import { webWords } from './words.js';

export interface DateValue {
  y: number;
  m: number;
  d: number;
  /** clock time when given */
  hh: number | null;
  mm: number | null;
  ss: number | null;
  /** `Z`, `+07:00`, or null when the page did not say */
  zone: string | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function valid(v: DateValue): boolean {
  if (v.m < 1 || v.m > 12 || v.d < 1 || v.y < 1900 || v.y > 2200) return false;
  if (v.d > new Date(Date.UTC(v.y, v.m, 0)).getUTCDate()) return false;
  if (v.hh !== null && (v.hh > 23 || v.mm === null || v.mm > 59 || (v.ss ?? 0) > 60)) return false;
  return true;
}

function zoneOf(s: string | undefined): string | null {
  if (!s) return null;
  const t = s.trim();
  if (/^(?:z|utc|gmt|ut)$/i.test(t)) return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(t);
  if (m) return m[2] === '00' && m[3] === '00' ? 'Z' : `${m[1]}${m[2]}:${m[3]}`;
  return webWords().zones.get(t.toLowerCase()) ?? null;
}

/** ISO 8601 as Warta writes it: `2015-11-05`, `2015-11-05T14:56:00`, `2015-11-05T14:56:00+07:00`. */
export function toIso(v: DateValue): string {
  let s = `${v.y}-${pad(v.m)}-${pad(v.d)}`;
  if (v.hh !== null && v.mm !== null) {
    s += `T${pad(v.hh)}:${pad(v.mm)}:${pad(v.ss ?? 0)}`;
    if (v.zone) s += v.zone;
  }
  return s;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:\s*[T ]\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i;

/** A machine-written date (meta tags, JSON-LD, `<time datetime>`, feeds). */
export function parseMachineDate(raw: string | null | undefined): DateValue | null {
  if (!raw) return null;
  const s = raw.trim();
  if (s.length > 60) return null;
  const m = ISO.exec(s);
  if (m) {
    const v: DateValue = {
      y: +m[1]!,
      m: +m[2]!,
      d: +m[3]!,
      hh: m[4] !== undefined ? +m[4] : null,
      mm: m[5] !== undefined ? +m[5] : null,
      ss: m[6] !== undefined ? +m[6] : null,
      zone: m[4] !== undefined ? zoneOf(m[7]) : null,
    };
    return valid(v) ? v : null;
  }
  return parseRfc822(s) ?? parseTextDate(s);
}

let rfc: RegExp | null = null;

/** `Tue, 10 Jun 2003 04:00:00 GMT`, `05 Nov 2015 14:56:43 +0700` (RSS). */
function parseRfc822(s: string): DateValue | null {
  const en = calendar('en');
  rfc ??= new RegExp(
    String.raw`^(?:[A-Za-z]{3,9},?\s*)?(\d{1,2})\s+(${wordAlternation(en.months.keys())})\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(GMT|UTC?|Z|[+-]\d{2}:?\d{2}|[A-Z]{1,4})?$`,
    'i',
  );
  const m = rfc.exec(s);
  if (!m) return null;
  let y = +m[3]!;
  if (y < 100) y += y < 50 ? 2000 : 1900;
  const v: DateValue = { y, m: en.months.get(m[2]!.toLowerCase())!, d: +m[1]!, hh: +m[4]!, mm: +m[5]!, ss: m[6] ? +m[6] : 0, zone: zoneOf(m[7]) };
  if (m[7] && v.zone === null) {
    // A zone by a name Warta does not know (EST, PDT …): let the platform convert it to UTC.
    const t = Date.parse(s);
    if (Number.isNaN(t)) return null;
    const d = new Date(t);
    return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), hh: d.getUTCHours(), mm: d.getUTCMinutes(), ss: d.getUTCSeconds(), zone: 'Z' };
  }
  return valid(v) ? v : null;
}

let textRe: RegExp | null = null;

function textPattern(): RegExp {
  if (textRe) return textRe;
  const cal = anyCalendar();
  const w = webWords();
  const wd = wordAlternation(cal.weekdays.keys());
  const mo = wordAlternation(cal.months.keys());
  const zones = wordAlternation([...w.zones.keys()].map((z) => z.toUpperCase()));
  const pre = w.datePrefixes.length ? `(?:(?:${wordAlternation(w.datePrefixes)})\\s*:?\\s+)?` : '';
  const at = wordAlternation(w.timeWords);
  textRe = new RegExp(
    String.raw`^${pre}(?:(?:${wd})\.?\s*,?\s*)?\(?\s*` +
      String.raw`(?:(\d{1,2})\s+(${mo})\.?,?\s+(\d{4})|(${mo})\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})|(\d{4})-(\d{2})-(\d{2}))\s*\)?` +
      String.raw`(?:\s*(?:[,|–—-]\s*)?(?:(?:${at})\.?\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\s*(${zones}|[+-]\d{2}:?\d{2})\b)?)?`,
    'iu',
  );
  return textRe;
}

/** A date written for people, at the start of `s` (what follows it is ignored). */
export function parseTextDate(s: string): DateValue | null {
  const t = s.trim().replace(/\s+/g, ' ');
  if (t.length < 6) return null;
  const m = textPattern().exec(t.slice(0, 120));
  if (!m) return null;
  const cal = anyCalendar();
  let y: number, mo: number, d: number;
  if (m[1]) (d = +m[1]), (mo = cal.months.get(m[2]!.toLowerCase())!), (y = +m[3]!);
  else if (m[4]) (mo = cal.months.get(m[4]!.toLowerCase())!), (d = +m[5]!), (y = +m[6]!);
  else if (m[7]) (d = +m[7]), (mo = +m[8]!), (y = +m[9]!);
  else (y = +m[10]!), (mo = +m[11]!), (d = +m[12]!);
  const v: DateValue = {
    y,
    m: mo,
    d,
    hh: m[13] !== undefined ? +m[13] : null,
    mm: m[14] !== undefined ? +m[14] : null,
    ss: m[15] !== undefined ? +m[15] : null,
    zone: m[13] !== undefined ? zoneOf(m[16]) : null,
  };
  if (!valid(v)) {
    if (v.hh === null) return null;
    const dateOnly = { ...v, hh: null, mm: null, ss: null, zone: null };
    return valid(dateOnly) ? dateOnly : null;
  }
  return v;
}

/** How much of `s` the date at its start takes (0 when there is none). */
export function textDateLength(s: string): number {
  const m = textPattern().exec(s.trim().replace(/\s+/g, ' ').slice(0, 120));
  return m ? m[0].length : 0;
}

/** `/read/2015/11/05/…`, `/2016/02/23/…`, `/16/02/15/…` (two-digit year) in an address. */
export function dateFromUrl(url: string | null): DateValue | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/.exec(path);
  if (!m) return null;
  const v: DateValue = { y: +m[1]!, m: +m[2]!, d: +m[3]!, hh: null, mm: null, ss: null, zone: null };
  return valid(v) ? v : null;
}

/** Same calendar day and, when both have one, the same wall-clock minute. */
export function sameLocalTime(a: DateValue, b: DateValue): boolean {
  return a.y === b.y && a.m === b.m && a.d === b.d && a.hh === b.hh && a.mm === b.mm;
}
