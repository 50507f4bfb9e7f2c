/**
 * The trigger lexicon: lang/<code>/events.tsv (format in that file's header) parsed and compiled
 * once into a map from word form to the patterns that can start there. Roots are expanded by the
 * language's affix templates (morphology.ts), so matching a token is one Map lookup.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from '../util/paths.js';
import { UserError } from '../util/errors.js';
import { WordFilter } from '../util/word-filter.js';
import { WordTable } from '../util/word-table.js';
import { cameoCode } from './coding.js';
import { morphology, type Morphology, type Voice, type WordForm } from './morphology.js';

export type Element =
  /** literal words map to null; inflected forms map to their WordForm */
  | { kind: 'word'; forms: Map<string, WordForm | null> }
  | { kind: 'gap' };

export interface TriggerEntry {
  /** line in the lexicon file, for messages and tie-breaking */
  line: number;
  /** CAMEO code, or null for a blocking phrase */
  code: string | null;
  pattern: string;
  elements: Element[];
  /** number of word (non-gap) elements */
  words: number;
  sym: boolean;
  needsTarget: boolean;
  say: boolean;
  /** the subject of a condition after it is the target when nothing else is ("threatened to … unless Israel …") */
  cond: boolean;
  /** a name inside the pattern's gap is the target before any after it ("said … China must": China) */
  gapTarget: boolean;
  /** only a name inside the pattern's gap is the target ("melaporkan Andi ke polisi": not the police after it) */
  gapOnly: boolean;
  /** only a name after one of the entry's `to` words is the target: a bare object is what the act is about ("membahas hubungan RI-Afsel bersama Prabowo") */
  prepOnly: boolean;
  /** another trigger right after this one is the event instead ("agreed to lift sanctions": the lifting, 085) */
  yields: boolean;
  /** further target-introducing words */
  to: Set<string>;
  /** prepositions that name where the act is lodged, never whom it aims at ("gugatan ke MK", "a lawsuit with the court") */
  venue: Set<string>;
  /** prepositions before the body that holds whom a passive act was done to: with no agent named, that body did it ("ditahan di Polresta Mataram") */
  custody: Set<string>;
  armed: string | null;
  /** the code instead when the source is a state itself or its government ("The Philippines protested": 114) */
  state: string | null;
  /**
   * emit only with a target of this kind: a place (target=LOC), a named person (target=PER), a bare group of
   * people (target=GROUP, groups.ts), or people of any kind (target=PEOPLE): a person, a bare group, or a
   * country's people named by a group word ("warga negara Prancis")
   */
  targetType: 'LOC' | 'PER' | 'GROUP' | 'PEOPLE' | null;
  /** emit only when source and target are of two different known countries (an arrival abroad is a visit, one at home is not) */
  abroad: boolean;
  /**
   * the code instead when two or more coordinated subjects act together, paired as a symmetric action ("Russia
   * and China held naval drills": 062, where China alone is 150)
   */
  together: string | null;
}

/** The entries whose first element a word form can be, each with the form it matched as. */
export type Candidates = { entry: TriggerEntry; form: WordForm | null }[];

export interface Lexicon {
  lang: string;
  entries: TriggerEntry[];
  /** first-element word form (lower case) → entries starting with it and the form matched */
  index: Map<string, Candidates>;
  /** the index's forms by length and first and last letter, case-folded (`fold`): most words need no lookup */
  filter: WordFilter;
  /**
   * `index` again, looked up by a token's span of the text read in lower case (ASCII); null when
   * a form of the index is not in lower case (then a capitalized token could match it as written)
   */
  table: WordTable<Candidates> | null;
}

const fold = (code: number): number => (code >= 65 && code <= 90 ? code + 32 : code > 127 ? 127 : code);

export function mayStartTrigger(lex: Lexicon, word: string): boolean {
  return mayStartTriggerAt(lex, word, 0, word.length);
}

/** mayStartTrigger for text[start, end), read in the text. */
export function mayStartTriggerAt(lex: Lexicon, text: string, start: number, end: number): boolean {
  return end > start && lex.filter.mayHaveCodes(fold(text.charCodeAt(start)), fold(text.charCodeAt(end - 1)), end - start);
}

const ELEMENT = /^([^\s[\]]+)\[([^\]]*)\]$/u;
const GAP = new Set(['…', '...']);

function fail(file: string, line: number, msg: string): never {
  throw new UserError(`${file} line ${line}: ${msg}`);
}

/** Shortest literal word after a pattern's first that also matches with an enclitic ("pasukannya"). */
const MIN_ENCLITIC_WORD = 4;

function parseElement(tok: string, morph: Morphology, file: string, line: number, first: boolean): Element {
  if (GAP.has(tok)) return { kind: 'gap' };
  const forms = new Map<string, WordForm | null>();
  const m = ELEMENT.exec(tok);
  if (m) {
    const templates = m[2]!.trim().split(/\s+/).filter(Boolean);
    if (templates.length === 0) fail(file, line, `no affix template in "${tok}"`);
    for (const t of templates) if (!morph.hasTemplate(t)) fail(file, line, `unknown affix template "${t}" in "${tok}"`);
    for (const root of m[1]!.split('|')) for (const f of morph.expand(root, templates)) if (!forms.has(f.form)) forms.set(f.form, f);
    return { kind: 'word', forms };
  }
  if (/[[\]]/.test(tok)) fail(file, line, `malformed element "${tok}" (expected root[templates])`);
  for (const w of tok.split('|')) {
    if (w === '') fail(file, line, `empty alternative in "${tok}"`);
    const low = w.toLowerCase();
    forms.set(low, null);
    // a literal word after the first may carry the language's enclitic: "menarik pasukannya", "memutus
    // hubungannya" (the first word stays as written: it says what the pattern is)
    if (!first && low.length >= MIN_ENCLITIC_WORD) for (const e of morph.enclitics) if (!low.endsWith(e) && !forms.has(low + e)) forms.set(low + e, null);
  }
  return { kind: 'word', forms };
}

/** Splits a pattern into elements; templates in brackets may contain spaces. */
function splitPattern(pattern: string): string[] {
  const out: string[] = [];
  let cur = '';
  let depth = 0;
  for (const ch of pattern.trim()) {
    if (ch === '[') depth++;
    if (ch === ']') depth--;
    if (/\s/.test(ch) && depth === 0) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

export function parseLexicon(text: string, lang: string, file = `lang/${lang}/events.tsv`): Lexicon {
  const morph = morphology(lang);
  const entries: TriggerEntry[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const cols = line.split('\t');
    const code = cols[0]!.trim();
    const pattern = (cols[1] ?? '').trim();
    if (!pattern) fail(file, lineNo, 'missing pattern (columns are TAB-separated: code, pattern, options, note)');
    if (code !== '-' && !/^\d{2,4}$/.test(code)) fail(file, lineNo, `bad CAMEO code "${code}"`);
    if (code !== '-' && !cameoCode(code)) fail(file, lineNo, `CAMEO code ${code} is not in kb/cameo/cameo.tsv`);
    const elements = splitPattern(pattern).map((t, k) => parseElement(t, morph, file, lineNo, k === 0));
    if (elements[0]?.kind !== 'word' || elements[elements.length - 1]?.kind !== 'word') {
      fail(file, lineNo, 'a pattern must start and end with a word');
    }
    const entry: TriggerEntry = {
      line: lineNo,
      code: code === '-' ? null : code,
      pattern,
      elements,
      words: elements.filter((e) => e.kind === 'word').length,
      sym: false,
      needsTarget: false,
      say: false,
      yields: false,
      cond: false,
      gapTarget: false,
      gapOnly: false,
      prepOnly: false,
      to: new Set(),
      venue: new Set(),
      custody: new Set(),
      armed: null,
      state: null,
      targetType: null,
      abroad: false,
      together: null,
    };
    let untargeted = false;
    for (const opt of (cols[2] ?? '').trim().split(/\s+/).filter(Boolean)) {
      if (opt === 'sym') entry.sym = entry.needsTarget = true;
      else if (opt === 'needs-target') entry.needsTarget = true;
      else if (opt === 'untargeted') untargeted = true;
      else if (opt === 'yields') entry.yields = true;
      else if (opt === 'cond') entry.cond = true;
      else if (opt === 'gap-target') entry.gapTarget = true;
      else if (opt === 'gap-only') entry.gapTarget = entry.gapOnly = true;
      else if (opt === 'prep-only') entry.prepOnly = true;
      else if (opt === 'say') entry.say = true;
      else if (opt.startsWith('to=')) for (const w of opt.slice(3).split(',')) entry.to.add(w.toLowerCase());
      else if (opt.startsWith('venue=')) for (const w of opt.slice(6).split(',')) entry.venue.add(w.toLowerCase());
      else if (opt.startsWith('custody=')) for (const w of opt.slice(8).split(',')) entry.custody.add(w.toLowerCase());
      else if (opt.startsWith('armed=')) {
        const c = opt.slice(6);
        if (!cameoCode(c)) fail(file, lineNo, `armed= code ${c} is not in kb/cameo/cameo.tsv`);
        entry.armed = c;
      } else if (opt.startsWith('state=')) {
        const c = opt.slice(6);
        if (!cameoCode(c)) fail(file, lineNo, `state= code ${c} is not in kb/cameo/cameo.tsv`);
        entry.state = c;
      } else if (opt.startsWith('together=')) {
        const c = opt.slice(9);
        if (!cameoCode(c)) fail(file, lineNo, `together= code ${c} is not in kb/cameo/cameo.tsv`);
        entry.together = c;
      } else if (opt === 'target=LOC') entry.targetType = 'LOC';
      else if (opt === 'target=PER') entry.targetType = 'PER';
      else if (opt === 'target=GROUP') entry.targetType = 'GROUP';
      else if (opt === 'target=PEOPLE') entry.targetType = 'PEOPLE';
      else if (opt === 'abroad') entry.abroad = true;
      else fail(file, lineNo, `unknown option "${opt}"`);
    }
    if (untargeted) {
      if (entry.needsTarget && !entry.sym) fail(file, lineNo, 'untargeted contradicts needs-target');
      entry.needsTarget = false;
    }
    entries.push(entry);
  });
  const index = new Map<string, Candidates>();
  for (const entry of entries) {
    const first = entry.elements[0] as Extract<Element, { kind: 'word' }>;
    for (const [form, wf] of first.forms) {
      let list = index.get(form);
      if (!list) index.set(form, (list = []));
      list.push({ entry, form: wf });
    }
  }
  const filter = new WordFilter();
  for (const form of index.keys()) {
    if (form !== '') filter.addCodes(fold(form.charCodeAt(0)), fold(form.charCodeAt(form.length - 1)), form.length);
  }
  const lowerKeys = [...index.keys()].every((k) => k === k.toLowerCase());
  return { lang, entries, index, filter, table: lowerKeys ? new WordTable(index) : null };
}

const cache = new Map<string, Lexicon>();

/** The lexicon of a data language, loaded once. */
export function lexicon(lang: string): Lexicon {
  let lex = cache.get(lang);
  if (!lex) {
    lex = parseLexicon(readFileSync(dataPath('lang', lang, 'events.tsv'), 'utf8'), lang);
    cache.set(lang, lex);
  }
  return lex;
}

/** The voice of a match: from its first inflected element, else a noun. */
export function voiceOf(matched: (WordForm | null)[]): { voice: Voice; enclitic: boolean; alsoNoun: boolean } {
  for (const wf of matched) if (wf) return { voice: wf.voice, enclitic: wf.enclitic, alsoNoun: wf.alsoNoun === true };
  return { voice: 'noun', enclitic: false, alsoNoun: false };
}
