/** Month and weekday names per language (CLDR plus curated variants) as lookups. */
import { langJson } from './data.js';

interface CalendarFile {
  months: { wide: string; abbreviated: string }[];
  weekdays: { iso: number; wide: string; abbreviated: string }[];
  relative: Record<string, Record<string, string>>;
}
interface ExtraFile {
  months?: Record<string, string[]>;
  weekdays?: Record<string, string[]>;
}

export interface Calendar {
  /** lower-case name → month 1–12 */
  months: Map<string, number>;
  /** lower-case name → ISO weekday 1 (Monday) – 7 (Sunday) */
  weekdays: Map<string, number>;
  /** full weekday names in ISO order, as written */
  weekdayNames: string[];
  monthNames: string[];
}

const cache = new Map<string, Calendar>();

export function calendar(lang: string): Calendar {
  const hit = cache.get(lang);
  if (hit) return hit;
  const base = langJson<CalendarFile>(lang, 'calendar.json');
  const extra = langJson<ExtraFile>(lang, 'calendar-extra.json');
  const months = new Map<string, number>();
  const weekdays = new Map<string, number>();
  base.months.forEach((m, i) => {
    months.set(m.wide.toLowerCase(), i + 1);
    months.set(m.abbreviated.toLowerCase(), i + 1);
  });
  for (const w of base.weekdays) {
    weekdays.set(w.wide.toLowerCase(), w.iso);
  }
  for (const [k, names] of Object.entries(extra.months ?? {})) for (const n of names) months.set(n.toLowerCase(), Number(k));
  for (const [k, names] of Object.entries(extra.weekdays ?? {})) for (const n of names) weekdays.set(n.toLowerCase(), Number(k));
  const cal: Calendar = {
    months,
    weekdays,
    weekdayNames: base.weekdays.map((w) => w.wide),
    monthNames: base.months.map((m) => m.wide),
  };
  cache.set(lang, cal);
  return cal;
}

/** Indonesian and English names together: news in one language quotes dates in the other. */
export function anyCalendar(): Calendar {
  const hit = cache.get('*');
  if (hit) return hit;
  const id = calendar('id');
  const en = calendar('en');
  const merged: Calendar = {
    months: new Map([...en.months, ...id.months]),
    weekdays: new Map([...en.weekdays, ...id.weekdays]),
    weekdayNames: id.weekdayNames,
    monthNames: id.monthNames,
  };
  cache.set('*', merged);
  return merged;
}
