/**
 * The time lexicon of one language, built once from `lang/<code>/times.json` and the calendar
 * names (`calendar.json`, `calendar-extra.json`): every surface form maps to one `Word` that says
 * every role the form can play (`Minggu` is a weekday and a unit; `tahun` a unit and a year intro).
 *
 * Lookups are by the token's text as written (its span of the text and a hash: `table`), with no
 * allocation: each entry is stored in lower case, Capitalized and UPPER CASE. Weekday and month
 * names are stored Capitalized and UPPER only, so that lower-case `minggu` is the week and never
 * Sunday.
 */
import { langJson } from '../lang/data.js';
import { WordTable } from '../util/word-table.js';

export type Unit = 'D' | 'W' | 'M' | 'Y' | 'DE' | 'CE' | 'H' | 'MIN' | 'S' | 'Q' | 'HALF' | '8Y';
export type Part = 'MO' | 'AF' | 'EV' | 'NI';
export type Mod = 'START' | 'MID' | 'END' | 'FIRST_HALF' | 'SECOND_HALF';

export interface Direction {
  dir: -1 | 0 | 1;
  pos: 'pre' | 'post';
  /** counts from the last date the text mentioned instead of the publication date */
  from?: 'anchor';
  /** only after a date (`kemarin`), a count (`lagi`) or a part of the day (`tadi`) */
  only?: 'date' | 'count' | 'part';
  /** makes a count a duration (`tiga hari ke depan`, `the past two years`) */
  duration?: boolean;
  /**
   * a preposition too (`after`, `before`): after a date it is a direction only where no word follows
   * (`the Monday after.`), not where it governs what follows (`on Monday after prosecutors charged …`)
   */
  final?: boolean;
}

export interface Word {
  weekday?: number;
  month?: number;
  /** an abbreviated month name: a date only next to a day or a year */
  monthAbbr?: boolean;
  num?: number;
  vague?: boolean;
  numTimes?: number;
  numPlus?: number;
  unit?: Unit;
  unitOne?: Unit;
  unitMany?: Unit;
  vagueDuration?: string;
  relDay?: number;
  anchorDay?: number;
  part?: Part;
  partWord?: [number, Part];
  ref?: string;
  refAfter?: { value: string; after: Set<string> };
  post?: Direction;
  pre?: Direction;
  mod?: Mod;
  approx?: boolean;
  weekend?: boolean;
  introDate?: boolean;
  introWeekday?: boolean;
  introMonth?: boolean;
  introYear?: boolean;
  clockIntro?: boolean;
  zone?: boolean;
  ampm?: 'am' | 'pm';
  quarter?: 'Q' | 'H';
  ordinal?: number;
  century?: boolean;
  season?: string;
  /** a season word that is a date only with a year or a direction (`musim dingin 2023`, `last winter`) */
  seasonNeedsYear?: boolean;
  /** a word after which a bare part of the day is a time (`ketika malam tiba`) */
  partIntro?: boolean;
  setIntro?: boolean;
  setWord?: string;
  durIntro?: boolean;
  since?: boolean;
  futureCue?: boolean;
  pastCue?: boolean;
  functionWord?: boolean;
  nameBefore?: boolean;
  lawNumber?: boolean;
  lawYear?: boolean;
  counted?: boolean;
  /** which parsers may start at this word (computed once: see `START`) */
  starts?: number;
  /** an expression may start at this word: a parser starts here, or it is an approximator or a modifier (computed once) */
  lead?: boolean;
  /** multi-word entries that begin with this word, longest first */
  phrases?: Phrase[];
  /** an entry that only begins multi-word entries (`yang` of `yang lalu`) */
  phraseOnly?: boolean;
}

/** Parsers of detect.ts, as bits of `Word.starts`. */
export const START = {
  weekday: 1,
  dayMonth: 2,
  month: 4,
  year: 8,
  numeric: 16,
  unitRel: 32,
  count: 64,
  words: 128,
  clock: 256,
  quarter: 512,
  season: 1024,
  century: 2048,
  set: 4096,
} as const;

/** Flags of an entry that the scanner reads for every token it finds (`WordTable` tags). */
export const TAG = {
  phrases: 1,
  phraseOnly: 2,
  lead: 4,
  /** a law or name word (`markNames`) */
  names: 8,
} as const;

function tagOf(w: Word): number {
  return (
    (w.phrases ? TAG.phrases : 0) |
    (w.phraseOnly ? TAG.phraseOnly : 0) |
    (w.lead ? TAG.lead : 0) |
    (w.lawNumber || w.nameBefore ? TAG.names : 0)
  );
}

function startsOf(w: Word): number {
  let s = 0;
  const pre = w.pre !== undefined;
  if (w.weekday || w.introWeekday || pre) s |= START.weekday;
  if (w.introDate || w.month) s |= START.dayMonth;
  if (w.month || w.introMonth || pre) s |= START.month;
  if (w.introYear) s |= START.year;
  if (w.unit || pre || w.weekend) s |= START.unitRel;
  if (w.num !== undefined || w.unitOne || w.unitMany || pre) s |= START.count;
  if (w.relDay !== undefined || w.anchorDay !== undefined || w.partWord || w.ref || w.refAfter || w.vagueDuration || w.part) s |= START.words;
  if (w.clockIntro) s |= START.clock;
  if (w.quarter || w.ordinal) s |= START.quarter;
  if (w.season || pre) s |= START.season;
  if (w.century) s |= START.century;
  if (w.setIntro || w.setWord) s |= START.set;
  return s;
}

export interface Phrase {
  /** the words after the first, lower case */
  rest: string[];
  word: Word;
}

export interface Lexicon {
  lang: 'id' | 'en';
  /** surface form (as written) → roles */
  words: Map<string, Word>;
  /** first word (as written, three casings) → multi-word entries, longest first */
  phrases: Map<string, Phrase[]>;
  /** the decade suffix (`-an`, `s`) */
  decadeSuffix: string;
  /** suffix cues such as `'ll` */
  futureSuffixes: string[];
  /** words (lower case) between a clock time and the date after it that is its day (`pada`, `on`) */
  dateLinks: Set<string>;
  /** words (lower case) between a bare day and a date that lend it their month (`10 hingga 12 Juni`, `10 and 12 June`) */
  dayRangeLinks: Set<string>;
  /** words after which a tense cue word is a place (`di depan`: in front of, not ahead in time) */
  cuePlaces: Set<string>;
  /** `words` again, looked up by a span of the text and its hash, without the token's string; tags are `TAG` flags */
  table: WordTable<Word>;
}

interface TimesFile {
  numbers: Record<string, number>;
  numberTimes: Record<string, number>;
  numberPlus: Record<string, number>;
  vagueNumbers: string[];
  units: Record<string, Unit>;
  unitOne: Record<string, Unit>;
  unitMany: Record<string, Unit>;
  vagueDurations: Record<string, string>;
  relativeDays: Record<string, number>;
  anchorDays: Record<string, number>;
  dayParts: Record<string, Part>;
  dayPartWords: Record<string, [number, Part]>;
  references: Record<string, string>;
  referencesAfter: Record<string, { value: string; after: string[] }>;
  directions: Record<string, Direction>;
  modifiers: Record<string, Mod>;
  approximators: string[];
  weekend: string[];
  dateIntros: string[];
  weekdayIntros: string[];
  monthIntros: string[];
  yearIntros: string[];
  clockIntros: string[];
  timeZones: string[];
  amPm: Record<string, 'am' | 'pm'>;
  quarters: Record<string, 'Q' | 'H'>;
  ordinals: Record<string, number>;
  centuries: string[];
  decadeSuffix: string;
  seasons: Record<string, string>;
  seasonsWithYear: Record<string, string>;
  dayPartIntros: string[];
  setIntros: string[];
  setWords: Record<string, string>;
  durationIntros: string[];
  sinceWords: string[];
  futureCues: string[];
  pastCues: string[];
  functionWords: string[];
  namesBeforeNumbers: string[];
  lawNumberWords: string[];
  lawYearWords: string[];
  countedNouns: string[];
  dateLinks?: string[];
  dayRangeLinks?: string[];
  cuePlaces?: string[];
}

interface CalendarFile {
  months: { wide: string; abbreviated: string }[];
  weekdays: { iso: number; wide: string; abbreviated: string }[];
}
interface CalendarExtra {
  months?: Record<string, string[]>;
  weekdays?: Record<string, string[]>;
}

const cache = new Map<string, Lexicon>();

const cap = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** The time lexicon for a data language (`id` or `en`), built once per process. */
export function timeLexicon(lang: 'id' | 'en'): Lexicon {
  const hit = cache.get(lang);
  if (hit) return hit;
  const lex = build(lang);
  cache.set(lang, lex);
  return lex;
}

function build(lang: 'id' | 'en'): Lexicon {
  const f = langJson<TimesFile>(lang, 'times.json');
  const cal = langJson<CalendarFile>(lang, 'calendar.json');
  const extra = langJson<CalendarExtra>(lang, 'calendar-extra.json');
  const words = new Map<string, Word>();
  const phrases = new Map<string, Phrase[]>();
  const futureSuffixes: string[] = [];

  /** Adds roles to an entry; `casings` says which spellings to store. */
  const add = (entry: string, roles: Word, casings: 'any' | 'name' | 'cap' | 'exact' = 'any'): void => {
    const parts = entry.trim().split(/\s+/);
    if (parts.length === 1) {
      // `tgl.` is stored as written and without its period; a word found only without its
      // period (`WIB.` at a sentence end) does not take the period into the expression
      const spellings = parts[0]!.endsWith('.') && parts[0]!.length > 1 ? [parts[0]!, parts[0]!.slice(0, -1)] : [parts[0]!];
      const forms: string[] = [];
      for (const w of spellings) {
        if (casings === 'exact') forms.push(w);
        else if (casings === 'name') forms.push(cap(w.toLowerCase()), w.toUpperCase());
        else if (casings === 'cap') forms.push(cap(w.toLowerCase()));
        else forms.push(w.toLowerCase(), cap(w.toLowerCase()), w.toUpperCase());
      }
      for (const form of new Set(forms)) {
        const prev = words.get(form);
        words.set(form, prev ? merge(prev, roles) : { ...roles });
      }
      return;
    }
    const first = parts[0]!.toLowerCase();
    const rest = parts.slice(1).map((p) => p.toLowerCase());
    for (const form of new Set([first, cap(first), first.toUpperCase()])) {
      const list = phrases.get(form) ?? [];
      const same = list.find((p) => p.rest.join(' ') === rest.join(' '));
      if (same) same.word = merge(same.word, roles);
      else list.push({ rest, word: { ...roles } });
      list.sort((a, b) => b.rest.length - a.rest.length);
      phrases.set(form, list);
    }
  };

  // Calendar names: Capitalized or UPPER CASE only.
  const wideMonths = new Set(cal.months.map((m) => m.wide.toLowerCase()));
  cal.months.forEach((m, i) => {
    add(m.wide, { month: i + 1 }, 'name');
    // abbreviations Capitalized only: `SPT`, `DES` are acronyms
    if (m.abbreviated.toLowerCase() !== m.wide.toLowerCase()) add(m.abbreviated, { month: i + 1, monthAbbr: true }, 'cap');
  });
  for (const [k, names] of Object.entries(extra.months ?? {})) {
    for (const n of names) {
      const wide = wideMonths.has(n.toLowerCase()) || n.length >= 6;
      if (wide) add(n, { month: Number(k) }, 'name');
      else add(n, { month: Number(k), monthAbbr: true }, 'cap');
    }
  }
  for (const w of cal.weekdays) add(w.wide, { weekday: w.iso }, 'name');
  for (const [k, names] of Object.entries(extra.weekdays ?? {})) for (const n of names) add(n, { weekday: Number(k) }, 'name');

  for (const [k, v] of Object.entries(f.numbers)) add(k, { num: v });
  for (const [k, v] of Object.entries(f.numberTimes)) add(k, { numTimes: v });
  for (const [k, v] of Object.entries(f.numberPlus)) add(k, { numPlus: v });
  for (const k of f.vagueNumbers) add(k, { num: Number.NaN, vague: true });
  for (const [k, v] of Object.entries(f.units)) add(k, { unit: v });
  for (const [k, v] of Object.entries(f.unitOne)) add(k, { unitOne: v });
  for (const [k, v] of Object.entries(f.unitMany)) add(k, { unitMany: v });
  for (const [k, v] of Object.entries(f.vagueDurations)) add(k, { vagueDuration: v });
  for (const [k, v] of Object.entries(f.relativeDays)) add(k, { relDay: v });
  for (const [k, v] of Object.entries(f.anchorDays)) add(k, { anchorDay: v });
  for (const [k, v] of Object.entries(f.dayParts)) add(k, { part: v });
  for (const [k, v] of Object.entries(f.dayPartWords)) add(k, { partWord: v });
  for (const [k, v] of Object.entries(f.references)) add(k, { ref: v });
  for (const [k, v] of Object.entries(f.referencesAfter)) add(k, { refAfter: { value: v.value, after: new Set(v.after.map((a) => a.toLowerCase())) } });
  for (const [k, v] of Object.entries(f.directions)) add(k, v.pos === 'pre' ? { pre: v } : { post: v });
  for (const [k, v] of Object.entries(f.modifiers)) add(k, { mod: v });
  for (const k of f.approximators) add(k, { approx: true });
  for (const k of f.weekend) add(k, { weekend: true });
  for (const k of f.dateIntros) add(k, { introDate: true });
  for (const k of f.weekdayIntros) add(k, { introWeekday: true });
  for (const k of f.monthIntros) add(k, { introMonth: true });
  for (const k of f.yearIntros) add(k, { introYear: true });
  for (const k of f.clockIntros) add(k, { clockIntro: true });
  for (const k of f.timeZones) add(k, { zone: true }, /^[A-Z]+$/.test(k) ? 'exact' : 'any');
  for (const [k, v] of Object.entries(f.amPm)) add(k, { ampm: v });
  for (const [k, v] of Object.entries(f.quarters)) add(k, { quarter: v });
  for (const [k, v] of Object.entries(f.ordinals)) add(k, { ordinal: v });
  for (const k of f.centuries) add(k, { century: true });
  for (const [k, v] of Object.entries(f.seasons)) add(k, { season: v });
  for (const [k, v] of Object.entries(f.seasonsWithYear ?? {})) add(k, { season: v, seasonNeedsYear: true });
  for (const k of f.dayPartIntros ?? []) add(k, { partIntro: true });
  for (const k of f.setIntros) add(k, { setIntro: true });
  for (const [k, v] of Object.entries(f.setWords)) add(k, { setWord: v });
  for (const k of f.durationIntros) add(k, { durIntro: true });
  for (const k of f.sinceWords) add(k, { since: true });
  for (const k of f.futureCues) {
    if (k.startsWith("'")) futureSuffixes.push(k);
    else add(k, { futureCue: true });
  }
  for (const k of f.pastCues) add(k, { pastCue: true });
  for (const k of f.functionWords) add(k, { functionWord: true });
  for (const k of f.namesBeforeNumbers) add(k, { nameBefore: true }, 'exact');
  for (const k of f.lawNumberWords) add(k, { lawNumber: true }, 'exact');
  for (const k of f.lawYearWords) add(k, { lawYear: true }, 'exact');
  for (const k of f.countedNouns) add(k, { counted: true });

  const mark = (w: Word): void => {
    w.starts = startsOf(w);
    w.lead = w.starts !== 0 || w.approx !== undefined || w.mod !== undefined;
  };
  for (const w of words.values()) mark(w);
  for (const [first, list] of phrases) {
    for (const p of list) mark(p.word);
    // one lookup per token finds both the word and the phrases it begins
    const w = words.get(first);
    if (w) w.phrases = list;
    else words.set(first, { phrases: list, starts: 0, phraseOnly: true });
  }
  // Every entry gets the same shape: the parsers read many roles of many entries, and a read
  // that meets one shape is much cheaper than one that meets dozens.
  const shaped = new Map<Word, Word>();
  const reshape = (w: Word): Word => {
    let s = shaped.get(w);
    if (s === undefined) shaped.set(w, (s = fullWord(w)));
    return s;
  };
  for (const list of phrases.values()) for (const p of list) p.word = reshape(p.word);
  for (const [form, w] of words) words.set(form, reshape(w));
  const dateLinks = new Set((f.dateLinks ?? []).map((w) => w.toLowerCase()));
  const dayRangeLinks = new Set((f.dayRangeLinks ?? []).map((w) => w.toLowerCase()));
  const cuePlaces = new Set((f.cuePlaces ?? []).map((w) => w.toLowerCase()));
  return { lang, words, phrases, decadeSuffix: f.decadeSuffix, futureSuffixes, dateLinks, dayRangeLinks, cuePlaces, table: new WordTable(words, tagOf) };
}

/** A copy of `w` with every field of `Word`, in one order (absent roles stay undefined). */
function fullWord(w: Word): Word {
  const full = {
    weekday: w.weekday,
    month: w.month,
    monthAbbr: w.monthAbbr,
    num: w.num,
    vague: w.vague,
    numTimes: w.numTimes,
    numPlus: w.numPlus,
    unit: w.unit,
    unitOne: w.unitOne,
    unitMany: w.unitMany,
    vagueDuration: w.vagueDuration,
    relDay: w.relDay,
    anchorDay: w.anchorDay,
    part: w.part,
    partWord: w.partWord,
    ref: w.ref,
    refAfter: w.refAfter,
    post: w.post,
    pre: w.pre,
    mod: w.mod,
    approx: w.approx,
    weekend: w.weekend,
    introDate: w.introDate,
    introWeekday: w.introWeekday,
    introMonth: w.introMonth,
    introYear: w.introYear,
    clockIntro: w.clockIntro,
    zone: w.zone,
    ampm: w.ampm,
    quarter: w.quarter,
    ordinal: w.ordinal,
    century: w.century,
    season: w.season,
    seasonNeedsYear: w.seasonNeedsYear,
    partIntro: w.partIntro,
    setIntro: w.setIntro,
    setWord: w.setWord,
    durIntro: w.durIntro,
    since: w.since,
    futureCue: w.futureCue,
    pastCue: w.pastCue,
    functionWord: w.functionWord,
    nameBefore: w.nameBefore,
    lawNumber: w.lawNumber,
    lawYear: w.lawYear,
    counted: w.counted,
    starts: w.starts,
    lead: w.lead,
    phrases: w.phrases,
    phraseOnly: w.phraseOnly,
  } satisfies Record<keyof Word, unknown>;
  return full;
}

function merge(a: Word, b: Word): Word {
  return { ...a, ...b };
}
