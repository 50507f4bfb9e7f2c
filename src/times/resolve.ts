/**
 * Normalization: turns detected expressions into TimeML types and values against a reference
 * date (the publication date) and, for anaphoric ones (`hari itu`, `tiga minggu kemudian`, a
 * clock time alone), against the last date the text itself mentioned.
 *
 * How a careful reader fills in what is not written:
 * - a bare weekday is the closest such day on or before the reference date, unless the clause
 *   speaks of the future (`akan`, `depan`, `mendatang`: then the closest on or after);
 * - a day and month without a year (`10 Oktober`, `Minggu (17/3)`) take the year that agrees with
 *   the weekday when one is given, else the one that fits the tense: past by default, unless this
 *   year's is at most a month ahead and last year's long gone (NEAR_FUTURE_DAYS);
 * - a stated date beats a contradicting weekday (`Selasa (22/10/2025)` on a Wednesday is the 22nd);
 * - a month alone is the last such month (`Februari` in October), unless the clause speaks of the
 *   future or it is next month.
 */
import type { DateSem, Mention, RelSem } from './detect.js';
import {
  addMonths,
  addMonthsToDay,
  dayNumber,
  formatClock,
  formatDay,
  formatMonth,
  formatWeek,
  formatYear,
  fromDayNumber,
  isoWeekday,
} from './dates.js';

export interface RefDate {
  y: number;
  m: number | null;
  d: number | null;
  /** the time of day of publication, when known */
  time?: { h: number; m: number } | null;
}

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Resolved {
  start: number;
  end: number;
  type: TimeType;
  value: string | null;
  /** a calendar date or period (not a bare clock time, duration, set or PRESENT_REF-like reference) */
  calendar: boolean;
  /** the day it denotes, when it denotes one */
  day: number | null;
  mention: Mention;
}

interface Cal {
  value: string | null;
  /** day number when day-level */
  day?: number;
  y?: number;
  m?: number;
}

interface Context {
  ref: RefDate | null;
  refDay: number | null;
  anchorDay: number | null;
  anchor: { y: number; m?: number } | null;
  /** the year of the last full date the text gave, and where */
  narrative: { y: number; t: number } | null;
}

/**
 * How far ahead an unmarked day and month may be and still be read as to come rather than as last year's
 * (`digelar 10 hingga 12 Juni` a week before: this June, not last).
 */
const NEAR_FUTURE_DAYS = 31;
/** How far from the reference date a weekday may move a date to another year, in days. */
const WEEKDAY_YEAR_SPAN = 120;

/** How many tokens a stated year carries over to following dates without one. */
const NARRATIVE_SPAN = 40;

export function refDate(y: number, m: number | null = null, d: number | null = null, time: { h: number; m: number } | null = null): RefDate {
  return { y, m, d: m === null ? null : d, time: m === null || d === null ? null : time };
}

/** Resolves mentions in text order against a reference date (null when none is known). */
export function resolveTimes(mentions: Mention[], ref: RefDate | null): Resolved[] {
  const refDay = ref && ref.m !== null && ref.d !== null ? dayNumber(ref.y, ref.m, ref.d) : null;
  const ctx: Context = { ref, refDay, anchorDay: null, anchor: null, narrative: null };
  const out: Resolved[] = [];
  // `pukul 03.00 pada Minggu`: the clock time's day is the date after it, resolved first (the clock time
  // changes no context, so that date resolves the same) and kept for its own turn
  let next: Resolved | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const mt = mentions[i]!;
    let r: Resolved;
    if (next !== null) {
      r = next;
      next = null;
    } else if (mt.dayAfter) {
      next = resolveOne(mentions[i + 1]!, ctx);
      r = resolveOne(mt, ctx, next.day);
    } else r = resolveOne(mt, ctx);
    out.push(r);
    if (!mt.reporting && r.calendar && r.value !== null) {
      if (r.day !== null) ctx.anchorDay = r.day;
      const c = parseCal(r.value);
      if (c) ctx.anchor = c;
    }
    if (mt.sem.k === 'date' && mt.sem.y !== undefined && mt.sem.m !== undefined) ctx.narrative = { y: mt.sem.y, t: mt.t1 };
  }
  return out;
}

function parseCal(v: string): { y: number; m?: number } | null {
  const r = /^(\d{4})(?:-(\d{2}))?/.exec(v);
  if (!r || /^\d{4}-W/.test(v)) return r ? { y: Number(r[1]) } : null;
  return r[2] ? { y: Number(r[1]), m: Number(r[2]) } : { y: Number(r[1]) };
}

function resolveOne(mt: Mention, ctx: Context, clockDayGiven: number | null = null): Resolved {
  const sem = mt.sem;
  const make = (type: TimeType, value: string | null, calendar: boolean, day: number | null): Resolved => ({
    start: mt.start,
    end: mt.end,
    type,
    value,
    calendar,
    day,
    mention: mt,
  });
  let cal: Cal;
  switch (sem.k) {
    case 'ref':
      return make('DATE', sem.value, false, null);
    case 'dur':
      return make('DURATION', sem.value, false, null);
    case 'set':
      return make('SET', sem.value, false, null);
    case 'clock': {
      const day = clockDayGiven ?? ctx.anchorDay ?? clockDay(mt, ctx);
      return make('TIME', withTime(day, mt), false, day);
    }
    case 'date':
      cal = resolveDate(sem, mt, ctx);
      break;
    case 'rel':
      cal = resolveRel(sem, ctx);
      break;
  }
  const day = cal.day ?? null;
  if ((mt.clock || mt.part) && cal.value !== null && (day !== null || mt.clock)) {
    return make('TIME', withTime(day, mt), true, day);
  }
  return make('DATE', cal.value, true, day);
}

/**
 * The day of a clock time the text gives no date for: the publication day, except that a past
 * event at a later hour than the publication time was the day before, and a future one at an
 * earlier hour the day after.
 */
function clockDay(mt: Mention, ctx: Context): number | null {
  const r = ctx.refDay;
  const t = ctx.ref?.time;
  if (r === null || !t || !mt.clock) return r;
  const c = mt.clock.h * 60 + mt.clock.m;
  const p = t.h * 60 + t.m;
  if (mt.cue <= 0 && c > p) return r - 1;
  if (mt.cue > 0 && c < p) return r + 1;
  return r;
}

function withTime(day: number | null, mt: Mention): string {
  const d = day === null ? 'XXXX-XX-XX' : formatDay(day);
  if (mt.clock) return `${d}T${formatClock(mt.clock.h, mt.clock.m)}`;
  return `${d}T${mt.part}`;
}

/** the direction a date is read in: stated (`lalu`, `depan`, `ini`), else the clause's tense, else none */
function direction(sem: DateSem, mt: Mention): { dir: -1 | 0 | 1 | null; strict: boolean } {
  if (sem.dir !== null) return { dir: sem.dir, strict: true };
  if (mt.cue !== 0) return { dir: mt.cue, strict: false };
  return { dir: null, strict: false };
}

function resolveDate(sem: DateSem, mt: Mention, ctx: Context): Cal {
  if (sem.decade) return { value: sem.decade };
  if (sem.century) return { value: sem.century };
  const ref = ctx.ref;
  let y = sem.y;
  if (y === undefined && sem.yOff !== undefined) {
    if (!ref) return { value: null };
    y = ref.y + sem.yOff;
  }
  const { dir, strict } = direction(sem, mt);

  if (sem.q) {
    const yy = y ?? ref?.y;
    return yy === undefined ? { value: null } : { value: `${formatYear(yy)}-${sem.q.unit}${sem.q.n}`, y: yy };
  }
  if (sem.season) {
    let yy = y ?? ref?.y;
    if (yy !== undefined && y === undefined && sem.dir !== null && sem.dir !== 0) yy += sem.dir;
    return yy === undefined ? { value: null } : { value: `${formatYear(yy)}-${sem.season}`, y: yy };
  }

  if (sem.d !== undefined && sem.m !== undefined) {
    if (y !== undefined) {
      const n = dayNumber(y, sem.m, sem.d);
      return n === null ? { value: null } : { value: formatDay(n), day: n, y, m: sem.m };
    }
    const years = candidateYears(ctx, mt);
    if (years.length === 0) return { value: `XXXX-${pad2(sem.m)}-${pad2(sem.d)}` };
    const days = years.map((yy) => dayNumber(yy, sem.m!, sem.d!)).filter((n): n is number => n !== null);
    const narrativeY = ctx.narrative && mt.t0 - ctx.narrative.t <= NARRATIVE_SPAN ? ctx.narrative.y : null;
    let n = pickDay(days, ctx, dir, strict, narrativeY);
    if (n !== null && sem.wd && isoWeekday(n) !== sem.wd) {
      // The weekday picks the year only among plausible ones: a date days from the reference
      // with a wrong weekday is a slip of the weekday, not a date a year away.
      const agree = pickDay(
        days.filter((x) => isoWeekday(x) === sem.wd),
        ctx,
        dir,
        strict,
        narrativeY,
      );
      if (agree !== null && (ctx.refDay === null || Math.abs(agree - ctx.refDay) <= WEEKDAY_YEAR_SPAN)) n = agree;
    }
    return n === null ? { value: null } : { value: formatDay(n), day: n };
  }

  if (sem.d !== undefined) {
    // `tanggal 24`: the month around the reference date that fits
    if (!ref || ref.m === null) return { value: null };
    const days: number[] = [];
    for (const k of [-1, 0, 1]) {
      const t = addMonths(ref.y, ref.m, k);
      const n = dayNumber(t.y, t.m, sem.d);
      if (n !== null) days.push(n);
    }
    const n = pickDay(days, ctx, dir ?? -1, strict, null);
    return n === null ? { value: null } : { value: formatDay(n), day: n };
  }

  if (sem.m !== undefined) {
    if (y !== undefined) return { value: formatMonth(y, sem.m), y, m: sem.m };
    if (!ref) return { value: `XXXX-${pad2(sem.m)}` };
    if (ref.m === null) return { value: formatMonth(ref.y, sem.m), y: ref.y, m: sem.m };
    const narrativeY = ctx.narrative && mt.t0 - ctx.narrative.t <= NARRATIVE_SPAN && ctx.narrative.y !== ref.y ? ctx.narrative.y : null;
    const yy = pickMonthYear(sem.m, ref.y, ref.m, dir, narrativeY);
    return { value: formatMonth(yy, sem.m), y: yy, m: sem.m };
  }

  if (sem.wd !== undefined && sem.anchorDir !== undefined && ctx.anchorDay !== null) {
    // `Jumat sebelumnya`: the Friday before the day the text is telling about
    const a = ctx.anchorDay;
    const aw = isoWeekday(a);
    const n =
      sem.anchorDir === 1 ? a + ((sem.wd - aw + 7) % 7 || 7) : sem.anchorDir === -1 ? a - ((aw - sem.wd + 7) % 7 || 7) : a - ((aw - sem.wd + 7) % 7);
    return { value: formatDay(n), day: n };
  }

  if (sem.wd !== undefined) {
    if (ctx.refDay === null) return { value: null };
    const rw = isoWeekday(ctx.refDay);
    let n: number;
    // `Selasa pekan depan`: that weekday in the week before, of, or after the reference day's
    if (sem.wk !== undefined) n = ctx.refDay - rw + sem.wd + 7 * sem.wk;
    else if (dir === 0) n = ctx.refDay - rw + sem.wd;
    else if (dir === 1) n = ctx.refDay + ((sem.wd - rw + 7) % 7 || (strict ? 7 : 0));
    else if (dir === -1 && strict) n = ctx.refDay - ((rw - sem.wd + 7) % 7 || 7);
    else n = ctx.refDay - ((rw - sem.wd + 7) % 7);
    return { value: formatDay(n), day: n };
  }

  if (y !== undefined) return { value: formatYear(y), y };
  return { value: null };
}

function candidateYears(ctx: Context, mt: Mention): number[] {
  const ref = ctx.ref;
  const ys = new Set<number>();
  if (ctx.narrative && mt.t0 - ctx.narrative.t <= NARRATIVE_SPAN) ys.add(ctx.narrative.y);
  if (ref) for (const k of [-1, 0, 1]) ys.add(ref.y + k);
  return [...ys];
}

/** Picks among candidate days the one that fits the direction, relative to the reference day. */
function pickDay(days: number[], ctx: Context, dir: -1 | 0 | 1 | null, strict: boolean, narrativeY: number | null): number | null {
  if (days.length === 0) return null;
  if (days.length === 1) return days[0]!;
  const r = ctx.refDay;
  if (narrativeY !== null) {
    const inNarrative = days.filter((n) => fromDayNumber(n).y === narrativeY);
    if (inNarrative.length === 1 && (r === null || narrativeY !== ctx.ref?.y)) return inNarrative[0]!;
  }
  if (r === null) {
    const y = ctx.ref?.y;
    return days.find((n) => fromDayNumber(n).y === y) ?? days[0]!;
  }
  const sorted = [...days].sort((a, b) => a - b);
  if (dir === 0) return sorted.find((n) => fromDayNumber(n).y === ctx.ref!.y) ?? closest(sorted, r);
  if (dir === 1) return sorted.find((n) => (strict ? n > r : n >= r)) ?? sorted[sorted.length - 1]!;
  const past = sorted.filter((n) => n <= r);
  if (dir === -1) return past.length > 0 ? past[past.length - 1]! : sorted[0]!;
  // unmarked: the last one, unless the next one is only days away
  const last = past.length > 0 ? past[past.length - 1]! : null;
  const nextOne = sorted.find((n) => n > r) ?? null;
  if (last === null) return nextOne;
  if (nextOne !== null && nextOne - r <= NEAR_FUTURE_DAYS && r - last > 60) return nextOne;
  return last;
}

function closest(days: number[], r: number): number {
  let best = days[0]!;
  for (const n of days) if (Math.abs(n - r) < Math.abs(best - r)) best = n;
  return best;
}

/** The year of a month named without one. */
function pickMonthYear(m: number, ry: number, rm: number, dir: -1 | 0 | 1 | null, narrativeY: number | null): number {
  if (narrativeY !== null) return narrativeY;
  if (dir === 0) return ry;
  if (dir === 1) return m >= rm ? ry : ry + 1;
  if (dir === -1) return m <= rm ? ry : ry - 1;
  if (m === rm) return ry;
  // unmarked: the last such month, unless it is next month
  const next = m > rm ? ry : ry + 1;
  if ((next - ry) * 12 + m - rm === 1) return next;
  return m < rm ? ry : ry - 1;
}

function resolveRel(sem: RelSem, ctx: Context): Cal {
  if (sem.vague) return { value: sem.n < 0 ? 'PAST_REF' : sem.n > 0 ? 'FUTURE_REF' : 'PRESENT_REF' };
  const n = sem.n;
  if (sem.from === 'anchor') return fromAnchor(sem, ctx);
  const ref = ctx.ref;
  if (!ref) return { value: null };
  switch (sem.unit) {
    case 'D':
    case 'H':
    case 'MIN':
    case 'S': {
      if (ctx.refDay === null) return { value: null };
      const day = sem.unit === 'D' ? ctx.refDay + n : ctx.refDay;
      return { value: formatDay(day), day };
    }
    case 'W': {
      if (ctx.refDay === null) return { value: null };
      return { value: formatWeek(ctx.refDay + 7 * n) + (sem.weekend ? '-WE' : '') };
    }
    case 'M': {
      if (ref.m === null) return { value: null };
      const t = addMonths(ref.y, ref.m, n);
      return { value: formatMonth(t.y, t.m), y: t.y, m: t.m };
    }
    case 'Q': {
      if (ref.m === null) return { value: null };
      const i = ref.y * 4 + Math.floor((ref.m - 1) / 3) + n;
      return { value: `${formatYear(Math.floor(i / 4))}-Q${(((i % 4) + 4) % 4) + 1}` };
    }
    case 'HALF': {
      if (ref.m === null) return { value: null };
      const i = ref.y * 2 + (ref.m <= 6 ? 0 : 1) + n;
      return { value: `${formatYear(Math.floor(i / 2))}-H${(((i % 2) + 2) % 2) + 1}` };
    }
    case 'Y':
      return { value: formatYear(ref.y + n), y: ref.y + n };
    case '8Y':
      return { value: formatYear(ref.y + 8 * n), y: ref.y + 8 * n };
    case 'DE':
      return { value: String(Math.floor(ref.y / 10) + n) };
    case 'CE':
      return { value: String(Math.floor((ref.y - 1) / 100) + n).padStart(2, '0') };
  }
}

/** `hari itu`, `sehari kemudian`, `tiga minggu kemudian`, `tahun tersebut`: counted from the last date mentioned */
function fromAnchor(sem: RelSem, ctx: Context): Cal {
  const n = sem.n;
  const day = ctx.anchorDay ?? (ctx.anchor ? null : ctx.refDay);
  const a = ctx.anchor;
  if (!sem.counted && n !== 0 && sem.unit !== 'D') {
    // `tahun sebelumnya`, `bulan berikutnya`, `the following week`: a period of the unit's own grain
    const base = day !== null ? fromDayNumber(day) : a;
    if (!base) return { value: null };
    if (sem.unit === 'Y') return { value: formatYear(base.y + n), y: base.y + n };
    if (sem.unit === 'M' && base.m !== undefined) {
      const t = addMonths(base.y, base.m, n);
      return { value: formatMonth(t.y, t.m), y: t.y, m: t.m };
    }
    if (sem.unit === 'W' && day !== null) return { value: formatWeek(day + 7 * n) };
  }
  switch (sem.unit) {
    case 'D':
    case 'H':
    case 'MIN':
    case 'S': {
      if (day === null) return { value: null };
      const d = sem.unit === 'D' ? day + n : day;
      return { value: formatDay(d), day: d };
    }
    case 'W':
      if (day === null) return { value: null };
      if (n === 0) return { value: formatWeek(day) + (sem.weekend ? '-WE' : '') };
      return { value: formatDay(day + 7 * n), day: day + 7 * n };
    case 'M':
      if (day !== null && (n !== 0 || !a || a.m !== undefined)) {
        if (n === 0) {
          const t = fromDayNumber(day);
          return { value: formatMonth(t.y, t.m) };
        }
        const d = addMonthsToDay(day, n);
        return { value: formatDay(d), day: d };
      }
      if (a?.m !== undefined) {
        const t = addMonths(a.y, a.m, n);
        return { value: formatMonth(t.y, t.m) };
      }
      return { value: null };
    case 'Y':
      if (n === 0) {
        const y = a?.y ?? (day !== null ? fromDayNumber(day).y : null);
        return y === null ? { value: null } : { value: formatYear(y), y };
      }
      if (day !== null) {
        const d = addMonthsToDay(day, 12 * n);
        return { value: formatDay(d), day: d };
      }
      return a ? { value: formatYear(a.y + n) } : { value: null };
    default:
      return resolveRel({ ...sem, from: 'ref' }, ctx);
  }
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
