/**
 * The language data the entities stage reads (lang/<code>/roles.json, entities.json, stopwords.txt),
 * compiled once per language into lookups keyed by name key (case-insensitive, see kb/normalize.ts).
 */
import { cliticForms, langJson, langLines } from '../lang/data.js';
import { cues, isVerbLike } from '../events/cues.js';
import { nameKey } from './kb/normalize.js';
import { KeyIndex, type TokenWords, Vocabulary } from './kb/trie.js';

interface RolesFile {
  defaultCountry: string | null;
  former: string[];
  /** titles that, written alone, name no one in particular: they need their field ("Menteri", "Ketua") */
  bareNeedsField?: string[];
  /** words before a title in lower case that make it refer back to the one holder ("the president said") */
  bareDeterminers?: string[];
  titles: Record<string, string>;
  noDefault: string[];
  ofPerson?: string[];
  /** a state's envoys: a body named with the title is where they serve, not whom ("China's U.N. ambassador") */
  envoys?: string[];
  countryBeforeTitle?: boolean;
  deputyPrefix?: string;
  /**
   * Lower-case words that may stand between a title and the country or body named with it, and the role
   * they give ("Juru bicara militer Israel": MIL; "" for none: "Pejabat senior Hamas").
   */
  modifiers?: Record<string, string>;
}

interface Institution {
  head: string;
  role: string;
  headFinal?: boolean;
  /** coded only with a country named ("Departemen Kehakiman AS"), never with the article's by default ("Departemen Urologi") */
  countryOnly?: boolean;
  /**
   * a body the country is part of the name of, when it is named ("PT Freeport Indonesia", "Universitas
   * Indonesia"): no phrase is built with the country after it, and the body is of the country or place in
   * its name, else of the article's ("PT Petrokimia Gresik" → IDNBUS)
   */
  inName?: boolean;
  /** a place right after the head makes the head another body's abbreviation ("PT Jakarta": the high court) */
  notBeforePlace?: boolean;
}

interface EntitiesFile {
  honorifics: string[];
  aliasMarkers: string[];
  titleLinks: string[];
  institutions: Institution[];
  phraseBreakers: string[];
  mediaWords: string[];
  orgHeads: string[];
  locHeads: string[];
  placeCues: string[];
  /** lower-case nouns right after a name that make it a place's ("the Ta Moan Thom temple"); languages that put the head last */
  placeNounsAfter?: string[];
  /**
   * Compass words that end a place's name ("Lampung Tengah", "Halmahera Selatan"): after a title, a word or
   * two and such words open no person's name; after a country, they name a region of it ("Lebanon Selatan",
   * compassPlaces in merge.ts).
   */
  placeCompass?: string[];
  /** Compass words that open a region's name before a country ("South Lebanon"; compassPlaces in merge.ts). */
  placeCompassFirst?: string[];
  /** words that name the language's own country without its name ("rupiah"): a story that uses one is about it (index.ts) */
  homeWords?: string[];
  placeOf?: string;
  genericHeads: string[];
  languageMarkers: string[];
  /** a currency's name before a country names money ("dolar AS"); read like languageMarkers */
  currencyWords?: string[];
  gluedPrefixes: string[];
  regionalBodies: { head: string; code: string }[];
  degrees: string[];
  domesticPlaceHeads: string[];
  /** nouns a country's demonym before them is the actor of ("an Indian proposal") */
  demonymNouns?: string[];
  /** what a demonym adds as a plural noun for the people ("Iraqis"), where the language does so */
  demonymPlural?: string;
  /** read capitalized words after a role title as a person's name where the tagger saw none (titled.ts) */
  namesAfterTitles?: boolean;
  /** articles, which open no name the tagger finds ("the Bank of England") unless the knowledge base has it so */
  articles?: string[];
  /** a one-word Phoenix person counts without the tagger before a verb (index.ts confirmed) */
  personsBeforeVerbs?: boolean;
  /** a one-word Phoenix person counts without the tagger standing alone inside a sentence (index.ts confirmed) */
  personsStandalone?: boolean;
  /**
   * a place's head word may also end its name ("Timor Sea"), not only open it ("Lake Victoria"): true for
   * all of locHeads, or the words that do (English heads of names quoted in another language: "Scarborough Shoal")
   */
  locHeadsLast?: boolean | string[];
  /** organisation heads that end a name ("Emil Salim Institute"): such a span is no person's name (merge.ts) */
  orgHeadsLast?: string[];
  /** lower-case words that end a person's name the tagger ran over them ("Ahmad Saleh in Hebron") (merge.ts) */
  personNameBreaks?: string[];
  /**
   * the lower-case particles a person's name may have inside it ("bin", "van", "de"): where listed, any other
   * word in lower case with no capital in it ends a person's span ("Rodrigo Paz won Bolivia's …") (merge.ts)
   */
  nameParticles?: string[];
  /** military and police ranks: inside a person's span the name follows the last one (merge.ts) */
  ranks?: string[];
  /** corps words that may follow a rank ("Kombes Pol", "Kolonel Inf") */
  rankCorps?: string[];
  /** the ranks also written as a word of titles and names ("Jenderal": "Sekretaris Jenderal"); the others stand only before a name (titled.ts) */
  ranksInTitles?: string[];
  /** words before a person's initials ("berinisial HM"): the capitals are that person, not an acronym (parens.ts) */
  initialsCues?: string[];
  /** words that join the last items of a list ("AS, BW dan RK") (parens.ts) */
  listJoiners?: string[];
  /** the word for "or" between a person's name and their other name ("Saifullah Yusuf atau Gus Ipul") (parens.ts) */
  aliasOr?: string;
  /** words that open a person's nickname ("Gus Ipul", "Cak Imin"): after aliasOr, the same person (parens.ts) */
  nicknameWords?: string[];
  /** capitalized words that are no name in the language though the knowledge base has them ("Natal", Christmas) */
  notNames?: string[];
  /** religious exclamations: no name opens with one ("Alhamdulillah", "Innalillahi …") (merge.ts) */
  exclamations?: string[];
  /** capitalized words that open a reference after a body's name ("KPU RI Nomor 731"): no part of the name (merge.ts); the weekdays are added */
  nameEnds?: string[];
}

/** What a role title gives: a fixed code, a role (country from context), or the named body's code. */
export interface TitleRole {
  /** `IDNCOP`: the title's own full code */
  code: string | null;
  /** `GOV`: the role, the country from context */
  role: string | null;
  /** take the code of the body named with the title */
  inherit: boolean;
  /** named without a country, not the article's country's (a "Raja" in Indonesian news is foreign) */
  noDefault: boolean;
  /** a role held for a person ("Pengacara X, Y": Y is X's lawyer) */
  ofPerson: boolean;
  /** a state's envoy: a body named with the title is where they serve ("U.N. ambassador"), not whom */
  envoy: boolean;
}

/** Phrases (of one or more words) looked up by the name keys of consecutive tokens. */
export class PhraseSet<V> {
  readonly map = new Map<string, V>();
  maxWords = 0;
  private readonly values: V[] = [];
  private readonly rows = new Map<string, number>();
  /** the phrases' words forward (startingAt) and last word first (endingAt) */
  private readonly forward: KeyIndex;
  private readonly backward: KeyIndex;

  /** `vocab`: the words' numbers, shared by the language's phrase sets (a text's TokenWords must use it) */
  constructor(vocab: Vocabulary) {
    this.forward = new KeyIndex(vocab);
    this.backward = new KeyIndex(vocab);
  }

  add(phrase: string, value: V): void {
    const key = nameKey(phrase);
    if (key === '') return;
    this.map.set(key, value);
    const words = key.split(' ');
    this.maxWords = Math.max(this.maxWords, words.length);
    const row = this.rows.get(key);
    if (row !== undefined) {
      this.values[row] = value;
      return;
    }
    this.rows.set(key, this.values.length);
    this.forward.insert(key, this.values.length);
    this.backward.insert(key, this.values.length, true);
    this.values.push(value);
  }

  /** The longest phrase ending at token `end - 1` (tokens from `floor`), as [start, value], or null. */
  endingAt(end: number, floor: number, words: TokenWords): [number, V] | null {
    if (end <= floor) return null;
    const s = this.backward.longestBack(end - 1, floor, words);
    return s === -1 ? null : [s, this.values[this.backward.lastRow]!];
  }

  /** The longest phrase starting at token `start` (tokens before `ceil`), as [end, value], or null. */
  startingAt(start: number, ceil: number, words: TokenWords): [number, V] | null {
    if (start >= ceil) return null;
    const e = this.forward.longestFrom(start, ceil, words);
    return e === -1 ? null : [e, this.values[this.forward.lastRow]!];
  }
}

export interface EntityLexicon {
  /** the words of the phrase sets, as numbers */
  vocab: Vocabulary;
  defaultCountry: string | null;
  /** the country is named before the title ("Russian President …") */
  countryBeforeTitle: boolean;
  titles: PhraseSet<TitleRole>;
  /** see RolesFile.modifiers (by key; null: no role of its own) */
  titleModifiers: Map<string, string | null>;
  former: Set<string>;
  /** see RolesFile.bareNeedsField (by key) */
  bareNeedsField: Set<string>;
  /** see RolesFile.bareDeterminers */
  bareDeterminers: Set<string>;
  honorifics: PhraseSet<true>;
  aliasMarkers: PhraseSet<true>;
  titleLinks: Set<string>;
  institutions: PhraseSet<Institution>;
  breakers: Set<string>;
  mediaWords: Set<string>;
  orgHeads: PhraseSet<true>;
  locHeads: PhraseSet<true>;
  /** see EntitiesFile.placeCues: words right before a one-word Phoenix place that confirm it */
  placeCues: Set<string>;
  /** see EntitiesFile.placeNounsAfter */
  placeNounsAfter: Set<string>;
  /** see EntitiesFile.placeCompass */
  placeCompass: Set<string>;
  /** see EntitiesFile.placeCompassFirst */
  placeCompassFirst: Set<string>;
  /** see EntitiesFile.homeWords */
  homeWords: Set<string>;
  /** the word between a place cue and the place ("the town of Juba"), or null */
  placeOf: string | null;
  stopwords: Set<string>;
  /** the weekdays' names (calendar.json): never the edge of a name ("On Sunday Russia", "Iran Sunday") */
  weekdays: Set<string>;
  /** the months' names (calendar.json): one alone is a time, not a name ("pada Juni lalu", "inflasi Juli") */
  months: Set<string>;
  /** see EntitiesFile.namesAfterTitles */
  namesAfterTitles: boolean;
  /** see EntitiesFile.articles */
  articles: Set<string>;
  /** number words of two or more (lang/<code>/times.json numbers): "Two Palestinians" is no name of two words */
  countWords: Set<string>;
  /** see EntitiesFile.personsBeforeVerbs */
  personsBeforeVerbs: boolean;
  /** see EntitiesFile.personsStandalone */
  personsStandalone: boolean;
  /** see EntitiesFile.locHeadsLast: the head words that may end a place's name, or null */
  locHeadsLast: PhraseSet<true> | null;
  /** see EntitiesFile.orgHeadsLast */
  orgHeadsLast: PhraseSet<true>;
  /** see EntitiesFile.personNameBreaks */
  personNameBreaks: Set<string>;
  /** see EntitiesFile.nameParticles (null: not listed, no such rule) */
  nameParticles: Set<string> | null;
  /** see EntitiesFile.ranks */
  ranks: PhraseSet<true>;
  rankCorps: Set<string>;
  /** the ranks but ranksInTitles: ranks that stand only before a person's name ("AKP", "Bripka") */
  nameRanks: Set<string>;
  /** see EntitiesFile.initialsCues */
  initialsCues: Set<string>;
  /** see EntitiesFile.listJoiners */
  listJoiners: Set<string>;
  /** see EntitiesFile.aliasOr */
  aliasOr: string | null;
  /** see EntitiesFile.nicknameWords */
  nicknameWords: Set<string>;
  /** see EntitiesFile.notNames */
  notNames: Set<string>;
  /** see EntitiesFile.exclamations */
  exclamations: Set<string>;
  /** see EntitiesFile.nameEnds; with the weekdays ("Kejaksaan Negeri Sidoarjo Senin (20/10)") */
  nameEnds: Set<string>;
  /** whether a lower-case word is a verb's form (the events stage's test): no name goes on over one */
  isVerb: (key: string) => boolean;
  /** the tokenizer's clitics (lang/<code>/clitics.txt), lower case, with either apostrophe: "Niger 's ambassador" */
  clitics: Set<string>;
  genericHeads: Set<string>;
  languageMarkers: Set<string>;
  /** longest first */
  gluedPrefixes: string[];
  /** head → code */
  regionalBodies: PhraseSet<string>;
  /** name keys of academic degrees */
  degrees: Set<string>;
  domesticPlaceHeads: PhraseSet<true>;
  /**
   * Words after a demonym that make it stand for its country (spans.ts standsForCountry): the events
   * stage's groupRoles (lang/<code>/event-roles.json: "Israeli troops") where the language puts them after
   * the country (none where it puts them before: "pasukan Israel" names the country itself), and the
   * language's demonymNouns ("an Indian proposal").
   */
  demonymHeads: PhraseSet<true>;
  /** the plural ending of a demonym used as a noun ("Iraqi" → "Iraqis"); null where the language has none */
  demonymPlural: string | null;
}

interface EventRolesFile {
  groupRoles?: Record<string, string>;
  groupRolesSide?: 'before' | 'after';
}

function parseRole(v: string, noDefault: boolean, ofPerson: boolean, envoy: boolean): TitleRole {
  if (v.startsWith('*')) return { code: null, role: v.slice(1) || null, inherit: true, noDefault, ofPerson, envoy };
  if (v.length > 3) return { code: v, role: null, inherit: false, noDefault, ofPerson, envoy };
  return { code: null, role: v, inherit: false, noDefault, ofPerson, envoy };
}

/** A minister's one-word short title ("Menaker", "Mensos"). */
const MINISTER_SHORT = /^Men\p{Ll}+$/u;

const cache = new Map<string, EntityLexicon>();

/** The events stage's test for a verb form, on a lower-case word. */
function verbTest(lang: 'id' | 'en'): (key: string) => boolean {
  const c = cues(lang);
  return (key) => isVerbLike(c, key);
}

function groupWordsAfter(f: EventRolesFile): string[] {
  return f.groupRolesSide === 'after' ? Object.keys(f.groupRoles ?? {}) : [];
}

export function entityLexicon(lang: 'id' | 'en'): EntityLexicon {
  const hit = cache.get(lang);
  if (hit) return hit;
  const roles = langJson<RolesFile>(lang, 'roles.json');
  const data = langJson<EntitiesFile>(lang, 'entities.json');
  const keys = (words: string[]) => new Set(words.map(nameKey).filter((k) => k !== ''));
  const vocab = new Vocabulary(16);
  const phrases = (words: string[]) => {
    const set = new PhraseSet<true>(vocab);
    for (const w of words) set.add(w, true);
    return set;
  };
  const titles = new PhraseSet<TitleRole>(vocab);
  const noDefault = keys(roles.noDefault ?? []);
  const ofPerson = keys(roles.ofPerson ?? []);
  const envoys = keys(roles.envoys ?? []);
  for (const [t, v] of Object.entries(roles.titles)) titles.add(t, parseRole(v, noDefault.has(nameKey(t)), ofPerson.has(nameKey(t)), envoys.has(nameKey(t))));
  // "Menaker" → "Wamenaker": a deputy's short title, where the list has none
  const deputy = roles.deputyPrefix;
  if (deputy) {
    const listed = new Set(Object.keys(roles.titles).map((x) => x.toLowerCase()));
    for (const [t, v] of Object.entries(roles.titles)) {
      const d = deputy + t.toLowerCase();
      if (MINISTER_SHORT.test(t) && t !== 'Menteri' && !listed.has(d)) titles.add(d, parseRole(v, false, false, false));
    }
  }
  const institutions = new PhraseSet<Institution>(vocab);
  for (const inst of data.institutions) institutions.add(inst.head, inst);
  const weekdayNames = langJson<{ weekdays: { wide: string }[] }>(lang, 'calendar.json').weekdays.map((d) => d.wide);
  const lex: EntityLexicon = {
    vocab,
    defaultCountry: roles.defaultCountry,
    countryBeforeTitle: roles.countryBeforeTitle ?? false,
    titles,
    titleModifiers: new Map(Object.entries(roles.modifiers ?? {}).map(([w, r]) => [nameKey(w), r || null])),
    former: keys(roles.former),
    bareNeedsField: new Set((roles.bareNeedsField ?? []).map(nameKey)),
    bareDeterminers: keys(roles.bareDeterminers ?? []),
    honorifics: phrases(data.honorifics),
    aliasMarkers: phrases(data.aliasMarkers),
    titleLinks: keys(data.titleLinks),
    institutions,
    breakers: keys(data.phraseBreakers),
    mediaWords: keys(data.mediaWords),
    orgHeads: phrases(data.orgHeads),
    locHeads: phrases(data.locHeads),
    placeCues: keys(data.placeCues),
    placeNounsAfter: keys(data.placeNounsAfter ?? []),
    placeCompass: keys(data.placeCompass ?? []),
    placeCompassFirst: keys(data.placeCompassFirst ?? []),
    homeWords: keys(data.homeWords ?? []),
    placeOf: data.placeOf ? nameKey(data.placeOf) : null,
    stopwords: keys(langLines(lang, 'stopwords.txt')),
    namesAfterTitles: data.namesAfterTitles ?? false,
    personsBeforeVerbs: data.personsBeforeVerbs ?? false,
    personsStandalone: data.personsStandalone ?? false,
    locHeadsLast: data.locHeadsLast === true ? phrases(data.locHeads) : data.locHeadsLast ? phrases(data.locHeadsLast) : null,
    orgHeadsLast: phrases(data.orgHeadsLast ?? []),
    personNameBreaks: keys(data.personNameBreaks ?? []),
    nameParticles: data.nameParticles ? keys(data.nameParticles) : null,
    ranks: phrases(data.ranks ?? []),
    rankCorps: keys(data.rankCorps ?? []),
    nameRanks: keys((data.ranks ?? []).filter((r) => !(data.ranksInTitles ?? []).includes(r))),
    initialsCues: keys(data.initialsCues ?? []),
    listJoiners: keys(data.listJoiners ?? []),
    aliasOr: data.aliasOr ? nameKey(data.aliasOr) : null,
    nicknameWords: keys(data.nicknameWords ?? []),
    notNames: keys(data.notNames ?? []),
    exclamations: keys(data.exclamations ?? []),
    nameEnds: keys([...(data.nameEnds ?? []), ...weekdayNames]),
    isVerb: verbTest(lang),
    articles: keys(data.articles ?? []),
    countWords: keys(
      Object.entries(langJson<{ numbers: Record<string, number> }>(lang, 'times.json').numbers)
        .filter(([w, v]) => v >= 2 && Number.isInteger(v) && !w.includes(' '))
        .map(([w]) => w),
    ),
    clitics: cliticForms(lang),
    weekdays: keys(weekdayNames),
    months: keys(langJson<{ months: { wide: string }[] }>(lang, 'calendar.json').months.map((d) => d.wide)),
    genericHeads: keys(data.genericHeads),
    languageMarkers: keys([...data.languageMarkers, ...(data.currencyWords ?? [])]),
    gluedPrefixes: [...data.gluedPrefixes].sort((a, b) => b.length - a.length),
    regionalBodies: new PhraseSet<string>(vocab),
    degrees: keys(data.degrees),
    domesticPlaceHeads: phrases(data.domesticPlaceHeads),
    demonymHeads: phrases([...groupWordsAfter(langJson<EventRolesFile>(lang, 'event-roles.json')), ...(data.demonymNouns ?? [])]),
    demonymPlural: data.demonymPlural || null,
  };
  for (const r of data.regionalBodies) lex.regionalBodies.add(r.head, r.code);
  cache.set(lang, lex);
  return lex;
}
