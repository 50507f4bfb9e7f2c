/**
 * The language data of lang/<code>/quotes.json, compiled once per language into sets and
 * phrase tables. Algorithms ask this module whether a token is a cue, a pronoun, a title…;
 * they hold no words themselves.
 */
import { cliticForms, langJson } from '../lang/data.js';
import { cues, isVerbLike } from '../events/cues.js';
import { WordFilter } from '../util/word-filter.js';

interface QuotesFile {
  marks: { double: string[]; single: string[]; openingShapes: string[]; closingShapes: string[] };
  afterCues: { words: string[]; passive: string[]; nouns: string[]; nounLead: string[] };
  reportingVerbs: {
    words: string[];
    commaOnly: string[];
    stanceCues?: string[];
    personObjectCues?: string[];
    personObjectTo?: string[];
    complementizers: string[];
    chainWords: string[];
    recipients: string[];
    addresseeVerbs: string[];
    objectNouns: string[];
  };
  speechActs: { words: string[] };
  according: { words: string[] };
  pronouns: { person: string[]; clitic: string[] };
  unnamedSpeakers?: { openers: string[] };
  titles: { words: string[]; honorifics: string[] };
  anaphora: { determiners: string[]; orgHeads: string[]; genericOrgHeads: string[]; government: string[] };
  speakerPhrase: { skip: string[]; stop: string[] };
  subject: { adverbs: string[]; prepositions: string[]; clauseOpeners?: string[]; modifiersBeforeName?: number; nonFinite: string[]; negations: string[]; elidedMarkers: string[]; functionWords: string[] };
  terms: { before: string[]; titleCaseFunctionWords: string[] };
  fragments: { minWords: number; verbMinWords: number; verbPrefixes: string[] };
}

/**
 * Multiword entries (`perdana menteri`, `according to`) indexed by their first word; each
 * candidate is a list of lower-case words, longest first.
 */
export class PhraseTable {
  private readonly byFirst = new Map<string, string[][]>();
  private readonly byLast = new Map<string, string[][]>();

  constructor(entries: Iterable<string>) {
    for (const e of entries) {
      const words = e.toLowerCase().split(/\s+/).filter(Boolean);
      if (words.length === 0) continue;
      for (const [map, key] of [
        [this.byFirst, words[0]!],
        [this.byLast, words[words.length - 1]!],
      ] as const) {
        const list = map.get(key) ?? [];
        list.push(words);
        list.sort((a, b) => b.length - a.length);
        map.set(key, list);
      }
    }
  }

  /** True when a one-word entry is `word`. */
  hasWord(word: string): boolean {
    return this.byFirst.get(word)?.some((w) => w.length === 1) ?? false;
  }

  /** First words of all entries. */
  firstWords(): string[] {
    return [...this.byFirst.keys()];
  }

  /** Length (in tokens) of the longest entry starting at low[i], 0 if none. */
  matchAt(low: readonly string[], i: number, limit = low.length): number {
    const cands = this.byFirst.get(low[i]!);
    if (!cands) return 0;
    for (const words of cands) {
      if (i + words.length > limit) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = low[i + k] === words[k];
      if (ok) return words.length;
    }
    return 0;
  }

  /** Length of the longest entry ending at low[j] (inclusive), not starting before `floor`. */
  matchEndingAt(low: readonly string[], j: number, floor = 0): number {
    const cands = this.byLast.get(low[j]!);
    if (!cands) return 0;
    for (const words of cands) {
      const s = j - words.length + 1;
      if (s < floor) continue;
      let ok = true;
      for (let k = 0; k < words.length - 1 && ok; k++) ok = low[s + k] === words[k];
      if (ok) return words.length;
    }
    return 0;
  }
}

export interface QuoteLexicon {
  lang: string;
  doubleMarks: Set<string>;
  singleMarks: Set<string>;
  openingShapes: Set<string>;
  closingShapes: Set<string>;
  afterCues: Set<string>;
  passiveCues: Set<string>;
  nounCues: Set<string>;
  nounLead: Set<string>;
  reportingVerbs: Set<string>;
  commaOnly: Set<string>;
  /** see reportingVerbs._stanceNote in lang/id/quotes.json */
  stanceCues: Set<string>;
  /** see reportingVerbs._personObjectNote in lang/id/quotes.json */
  personObjectCues: Set<string>;
  personObjectTo: Set<string>;
  /** whether a lower-case word is a verb's form (the events stage's test) */
  isVerb: (word: string) => boolean;
  /** a passive verb or auxiliary ("disebut", "was"): its subject is not who acts (the event cues' passive prefixes and auxiliaries) */
  isPassive: (word: string) => boolean;
  /** the words that open a relative clause (the events' cues: "yang", "who") */
  relativizers: Set<string>;
  /** words that open a clause standing for a noun (the events' cues: "what") */
  freeRelatives: Set<string>;
  /** copulas (the events' cues: "adalah", "merupakan", "is") */
  copulas: Set<string>;
  complementizers: Set<string>;
  chainWords: Set<string>;
  recipients: Set<string>;
  addresseeVerbs: Set<string>;
  objectNouns: Set<string>;
  speechActs: Set<string>;
  according: PhraseTable;
  personPronouns: Set<string>;
  /** words opening a sayer the text does not name ("one official said"): see quotes.json unnamedSpeakers */
  unnamedOpeners: Set<string>;
  clitics: string[];
  titles: PhraseTable;
  honorifics: Set<string>;
  determiners: Set<string>;
  orgHeads: Set<string>;
  genericOrgHeads: Set<string>;
  government: Set<string>;
  phraseSkip: Set<string>;
  phraseStop: Set<string>;
  adverbs: Set<string>;
  prepositions: Set<string>;
  /** words that, after a cue and its comma, open a clause of their own: what was said came before ("…, officials said, as talks stalled") */
  clauseOpeners: Set<string>;
  /** lower-case words that may describe a name before it in a subject (English: "Sudan's paramilitary RSF said"); 0 where heads come first */
  modifiersBeforeName: number;
  /** the possessive clitics the tokenizer splits off ("'s", "’s": the language's clitics.txt) */
  possessives: Set<string>;
  nonFinite: Set<string>;
  negations: Set<string>;
  elidedMarkers: Set<string>;
  functionWords: Set<string>;
  termsBefore: Set<string>;
  titleCaseFunctionWords: Set<string>;
  fragmentMinWords: number;
  fragmentVerbMinWords: number;
  verbPrefixes: string[];
  /** every word that can start a cue inside a sentence, in any form (a quick filter for the scanners) */
  cueWords: Set<string>;
  /** the cueWords: most tokens are ruled out without hashing them */
  cueFilter: WordFilter;
}

const lower = (xs: string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));

const cache = new Map<string, QuoteLexicon>();

export function quoteLexicon(lang: 'id' | 'en'): QuoteLexicon {
  const hit = cache.get(lang);
  if (hit) return hit;
  const f = langJson<QuotesFile>(lang, 'quotes.json');
  const eventCues = cues(lang);
  const lex: QuoteLexicon = {
    lang,
    doubleMarks: new Set(f.marks.double),
    singleMarks: new Set(f.marks.single),
    openingShapes: new Set(f.marks.openingShapes),
    closingShapes: new Set(f.marks.closingShapes),
    afterCues: lower(f.afterCues.words),
    passiveCues: lower(f.afterCues.passive),
    nounCues: lower(f.afterCues.nouns),
    nounLead: lower(f.afterCues.nounLead),
    reportingVerbs: lower(f.reportingVerbs.words),
    commaOnly: lower(f.reportingVerbs.commaOnly),
    stanceCues: lower(f.reportingVerbs.stanceCues ?? []),
    personObjectCues: lower(f.reportingVerbs.personObjectCues ?? []),
    personObjectTo: lower(f.reportingVerbs.personObjectTo ?? []),
    isVerb: (word) => isVerbLike(cues(lang), word),
    isPassive: (word) => {
      const c = cues(lang);
      return c.passiveAux.has(word) || (c.relativePassivePrefixes.some((p) => word.startsWith(p)) && isVerbLike(c, word));
    },
    relativizers: eventCues.relativizers,
    freeRelatives: eventCues.freeRelatives,
    copulas: eventCues.copulas,
    complementizers: lower(f.reportingVerbs.complementizers),
    chainWords: lower(f.reportingVerbs.chainWords),
    recipients: lower(f.reportingVerbs.recipients),
    addresseeVerbs: lower(f.reportingVerbs.addresseeVerbs),
    objectNouns: lower(f.reportingVerbs.objectNouns),
    speechActs: lower(f.speechActs.words),
    according: new PhraseTable(f.according.words),
    personPronouns: lower(f.pronouns.person),
    unnamedOpeners: lower(f.unnamedSpeakers?.openers ?? []),
    clitics: f.pronouns.clitic.map((c) => c.toLowerCase()),
    titles: new PhraseTable(f.titles.words),
    honorifics: lower(f.titles.honorifics),
    determiners: lower(f.anaphora.determiners),
    orgHeads: lower(f.anaphora.orgHeads),
    genericOrgHeads: lower(f.anaphora.genericOrgHeads),
    government: lower(f.anaphora.government),
    phraseSkip: lower(f.speakerPhrase.skip),
    phraseStop: lower(f.speakerPhrase.stop),
    adverbs: lower(f.subject.adverbs),
    negations: lower(f.subject.negations),
    prepositions: lower(f.subject.prepositions),
    clauseOpeners: lower(f.subject.clauseOpeners ?? []),
    modifiersBeforeName: f.subject.modifiersBeforeName ?? 0,
    possessives: cliticForms(lang),
    nonFinite: lower(f.subject.nonFinite),
    elidedMarkers: lower(f.subject.elidedMarkers),
    functionWords: lower(f.subject.functionWords),
    termsBefore: lower(f.terms.before),
    titleCaseFunctionWords: lower(f.terms.titleCaseFunctionWords),
    fragmentMinWords: f.fragments.minWords,
    fragmentVerbMinWords: f.fragments.verbMinWords,
    verbPrefixes: f.fragments.verbPrefixes.map((p) => p.toLowerCase()),
    cueWords: new Set(),
    cueFilter: new WordFilter(),
  };
  const clitics = lex.clitics;
  const accordingFirst = lex.according.firstWords();
  for (const w of [...lex.reportingVerbs, ...lex.speechActs, ...lex.passiveCues, ...lex.afterCues, ...accordingFirst]) lex.cueWords.add(w);
  for (const w of [...lex.afterCues, ...accordingFirst]) for (const c of clitics) lex.cueWords.add(w + c);
  for (const w of lex.cueWords) lex.cueFilter.add(w);
  cache.set(lang, lex);
  return lex;
}

/** The stem of a word carrying one of the language's clitics (`ujarnya` → `ujar`), or null. */
export function stripClitic(lex: QuoteLexicon, low: string): string | null {
  for (const c of lex.clitics) {
    if (low.length > c.length + 1 && low.endsWith(c)) return low.slice(0, -c.length);
  }
  return null;
}
