/**
 * The article's publication date: given by the caller, else written in the text, else inferred
 * from the time expressions of the body (found by the times detector):
 *
 * 1. anchored dates: a weekday with its date (`Minggu (17/3)`, `Selasa (21/10/2025)`) when the
 *    weekday agrees with the date: a missing year is the copyright year (or one the text names)
 *    that agrees; a stated year that disagrees is put right when the copyright year is the one
 *    next to it and agrees (`Selasa (7/10/2024)` © 2025), else the date is not evidence (was it
 *    the day or the year that slipped?). Without
 *    such dates, full dates (`8 Oktober 2024`) in the copyright year or the one before; never
 *    without a copyright year, as a date in the text is only a lower bound. Dates the clause
 *    puts in the future do not count;
 * 2. the publication day is on or after the latest anchored date, within the week after it;
 * 3. bare weekdays (`pada Senin`) name days of the week before publication, and a story does not
 *    name a recent day without its date when it is older than the dated ones: each bare weekday
 *    that would fall before the latest anchored date costs as much as three days of delay (one
 *    whose weekday a dated mention already named is a repeat of it, and costs nothing);
 * 4. with no anchored date, the copyright year alone (`2024`); with nothing, null.
 */
import { detectTimesIn, type Mention } from '../times/detect.js';
import { dayNumber, formatDay, fromDayNumber, isoWeekday } from '../times/dates.js';
import { UserError } from '../util/errors.js';

export interface Published {
  published: string | null;
  publishedSource: 'input' | 'text' | 'inferred' | null;
}

/** Accepts `2024-03-18`, `2024-03-18T10:00`, `2025-10-21T20:43:00+07:00`, `2024-03`, `2024`. */
export function normalizePublished(value: string, where = '--published'): string {
  const v = value.trim();
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) {
    const [y, m = 1, d = 1] = v.split('-').map(Number);
    if (dayNumber(y!, m, d) !== null) return v;
  }
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(v) && !Number.isNaN(Date.parse(v.replace(' ', 'T')))) {
    return v.replace(' ', 'T');
  }
  throw new UserError(`${where}: "${value}" is not an ISO 8601 date (use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][+07:00])`);
}

/** What a bare weekday before the latest anchored date costs, in days of delay. */
const STALE_WEEKDAY_COST = 3;
/** What a publication day outside the copyright year costs. */
const OFF_YEAR_COST = 5;

interface Evidence {
  weekdayDates: number[];
  fullDates: number[];
  bareWeekdays: { wd: number; strict: boolean }[];
}

/** the day a weekday names with a date and a stated year, if they agree (or agree in the copyright year next to it) */
function agreeing(wd: number, y: number, m: number, d: number, copyrightYear: number | null): number | null {
  const n = dayNumber(y, m, d);
  if (n !== null && isoWeekday(n) === wd) return n;
  if (copyrightYear === null || Math.abs(copyrightYear - y) !== 1) return null;
  const fix = dayNumber(copyrightYear, m, d);
  return fix !== null && isoWeekday(fix) === wd ? fix : null;
}

function gather(mentions: Mention[], copyrightYear: number | null): Evidence {
  const ev: Evidence = { weekdayDates: [], fullDates: [], bareWeekdays: [] };
  const past = mentions.filter((m) => m.sem.k === 'date' && m.sem.dir !== 1 && m.cue !== 1);
  const named = new Set<number>();
  /** weekdays counted from another date (`Jumat sebelumnya`) */
  const counted = new Set<number>();
  for (const m of past) {
    const s = m.sem;
    if (s.k !== 'date') continue;
    if (s.y !== undefined && s.wd !== undefined && s.m !== undefined && s.d !== undefined) {
      const n = agreeing(s.wd, s.y, s.m, s.d, copyrightYear);
      if (n !== null) ev.weekdayDates.push(n);
    } else if (s.y !== undefined) named.add(s.y);
  }
  // years for dated weekdays without one: the copyright year, else those of the text's own consistent dates, else the years it names
  const own = [...new Set(ev.weekdayDates.map((n) => fromDayNumber(n).y))].sort((a, b) => b - a);
  const years =
    copyrightYear !== null ? [copyrightYear, copyrightYear - 1] : own.length > 0 ? [...own, own[own.length - 1]! - 1] : [...named].sort((a, b) => b - a);
  for (const m of past) {
    const s = m.sem;
    if (s.k !== 'date') continue;
    if (s.d !== undefined && s.m !== undefined) {
      if (s.y !== undefined) {
        if (s.wd === undefined && copyrightYear !== null && s.y <= copyrightYear && s.y >= copyrightYear - 1) {
          const n = dayNumber(s.y, s.m, s.d);
          if (n !== null) ev.fullDates.push(n);
        }
      } else if (s.wd !== undefined) {
        for (const y of years) {
          const n = dayNumber(y, s.m, s.d);
          if (n !== null && isoWeekday(n) === s.wd) {
            ev.weekdayDates.push(n);
            break;
          }
        }
      }
    } else if (s.wd !== undefined && s.m === undefined && s.d === undefined) {
      if (s.anchorDir !== undefined) counted.add(s.wd);
      else ev.bareWeekdays.push({ wd: s.wd, strict: s.dir === -1 });
    }
  }
  // a bare weekday that a dated one already named (`Selasa (14/10)` … `Selasa malam`), or one
  // counted from another date (`Jumat malam sebelumnya` … `Jumat malam`), repeats it
  const dated = new Set([...ev.weekdayDates.map(isoWeekday), ...counted]);
  ev.bareWeekdays = ev.bareWeekdays.filter((b) => !dated.has(b.wd));
  return ev;
}

/** Infers the publication date from detected time expressions; null when the text gives nothing to go on. */
export function inferFromMentions(mentions: Mention[], copyrightYear: number | null): string | null {
  const ev = gather(mentions, copyrightYear);
  const anchors = ev.weekdayDates.length > 0 ? ev.weekdayDates : ev.fullDates;
  if (anchors.length === 0) return copyrightYear !== null ? String(copyrightYear) : null;
  const latest = Math.max(...anchors);
  let best = latest;
  let bestCost = Number.POSITIVE_INFINITY;
  for (let p = latest; p < latest + 7; p++) {
    let cost = p - latest;
    const pw = isoWeekday(p);
    for (const b of ev.bareWeekdays) {
      const back = (pw - b.wd + 7) % 7 || (b.strict ? 7 : 0);
      if (p - back < latest) cost += STALE_WEEKDAY_COST;
    }
    if (copyrightYear !== null && fromDayNumber(p).y !== copyrightYear) cost += OFF_YEAR_COST;
    if (cost < bestCost) {
      bestCost = cost;
      best = p;
    }
  }
  return formatDay(best);
}

/** Infers the publication date from the article body. */
export function inferPublished(body: string, copyrightYear: number | null, lang: 'id' | 'en' = 'id'): string | null {
  return inferFromMentions(detectTimesIn(body, 0, body.length, lang), copyrightYear);
}

export function decidePublished(
  given: string | null,
  inText: string | null,
  body: string,
  copyrightYear: number | null,
  lang: 'id' | 'en' = 'id',
): Published {
  if (given) return { published: given, publishedSource: 'input' };
  if (inText) return { published: inText, publishedSource: 'text' };
  const inferred = inferPublished(body, copyrightYear, lang);
  return inferred ? { published: inferred, publishedSource: 'inferred' } : { published: null, publishedSource: null };
}
