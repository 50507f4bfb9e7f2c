/**
 * Candidate mentions: the tagger's spans (per sentence, from BIO tags) and the knowledge base's names
 * found in the text (longest first, left to right, case honoured).
 */
import type { EntityType } from '../record/schema.js';
import type { Tagger } from './tagger/index.js';
import { ENTITY_TYPES, isInside, O, typeIndex } from './tagger/labels.js';
import type { Doc, Mention } from './doc.js';
import type { KbAlias } from './kb/load.js';
import { honoursCase } from './kb/normalize.js';

const TYPES = new Set<EntityType>(['PER', 'ORG', 'LOC']);

type Span = { start: number; end: number; type: EntityType };

/** `B`/`I` and the type of each BIO tag the tagger can give (other tags read as O). */
const TAG_PARTS: ReadonlyMap<string, readonly [string, EntityType]> = new Map(
  [...TYPES].flatMap((t): [string, readonly [string, EntityType]][] => [
    [`B-${t}`, ['B', t]],
    [`I-${t}`, ['I', t]],
  ]),
);

/** Spans from BIO tags (an I- tag after O or another type opens a span). */
export function bioSpans(tags: readonly string[]): Span[] {
  const out: Span[] = [];
  let cur: Span | null = null;
  for (let i = 0; i < tags.length; i++) {
    const parts = TAG_PARTS.get(tags[i]!);
    if (parts === undefined) {
      cur = null;
      continue;
    }
    const [bio, t] = parts;
    if (bio === 'B' || cur === null || cur.type !== t) {
      cur = { start: i, end: i + 1, type: t };
      out.push(cur);
    } else cur.end = i + 1;
  }
  return out;
}

/** Spans from the tagger's label ids (indexes into LABELS), by the same rule as bioSpans. */
export function labelSpans(ids: ArrayLike<number>): Span[] {
  const out: Span[] = [];
  let cur: Span | null = null;
  for (let i = 0; i < ids.length; i++) {
    const y = ids[i]!;
    if (y === O) {
      cur = null;
      continue;
    }
    const t = ENTITY_TYPES[typeIndex(y)]!;
    if (!isInside(y) || cur === null || cur.type !== t) {
      cur = { start: i, end: i + 1, type: t };
      out.push(cur);
    } else cur.end = i + 1;
  }
  return out;
}

export function taggedMentions(doc: Doc, tagger: Tagger): Mention[] {
  const out: Mention[] = [];
  for (const [a, b] of doc.sentences) {
    if (b <= a) continue;
    const words = new Array<string>(b - a);
    for (let i = a; i < b; i++) words[i - a] = doc.tokens[i]!.text;
    // a list item's number split off a word ("Pigai4." → "Pigai", "4"): the tagger reads it as the break it is
    if (doc.listNumbers) for (const i of doc.listNumbers) if (i >= a && i < b) words[i - a] = '.';
    const spans = tagger.tagIds ? labelSpans(tagger.tagIds(words)) : bioSpans(tagger.tag(words));
    for (let k = 0; k < spans.length; k++) {
      const s = spans[k]!;
      let end = s.end;
      // "Kodam IV/Diponegoro", "Korem 072/Pamungkas": a unit's number, a slash glued on both sides and
      // its name are one name, however the tagger cut it
      while (k + 1 < spans.length && spans[k + 1]!.start === end + 1 && doc.isNumberedSlash(a + end)) end = spans[++k]!.end;
      out.push(doc.mention(a + s.start, a + end, s.type, 'tagger'));
    }
  }
  return out;
}

/** The best alias among those sharing a key that the text's case honours (curated sources first). */
export function pickAlias(aliases: readonly KbAlias[], surface: string): KbAlias | null {
  let best: KbAlias | null = null;
  for (const a of aliases) {
    if (!honoursCase(surface, a.sig)) continue;
    if (best === null || rank(a) < rank(best)) best = a;
  }
  return best;
}

function rank(a: KbAlias): number {
  const s = a.entry.source;
  return (s === 'curated' ? 0 : s === 'cldr' ? 1 : s === 'phoenixCountry' ? 2 : 3) * 2 + (a.kind === 'demonym' ? 1 : 0);
}

/**
 * A country's demonym that stands for the country the way its name would, so events can take it as an
 * actor: followed by a word for the country's forces, government or people, or for what it proposes or
 * asks, written in lower case ("Israeli troops", "Russian officials", "an Indian proposal"; the language's
 * `demonymHeads`), but not before a capitalized word, where the words are a title ("Russian president
 * Boris Yeltsin"); or a plural noun ("three Palestinians": without its "s" it is a demonym of the same
 * country). Other demonyms stay context.
 */
function standsForCountry(doc: Doc, t0: number, t1: number, end: number, alias: KbAlias): boolean {
  if (alias.entry.kind !== 'country') return false;
  const group = groupAfter(doc, t1, end);
  if (group) {
    const after = group[0];
    // not before a capitalized word ("Russian president Boris Yeltsin"), but a weekday is no name ("Ukrainian lawmakers Tuesday endorsed")
    let lower = after < end ? !doc.isCap(after) || doc.lex.weekdays.has(doc.keys[after]!) : true;
    for (let k = t1; k < after && lower; k++) if (doc.isCap(k)) lower = false;
    if (lower) return true;
  }
  // "French and Egyptian warships": coordinated with a demonym that stands for its country, it does too
  if (t1 + 1 < end && doc.lex.listJoiners.has(doc.keys[t1]!) && doc.isCap(t1 + 1)) {
    const next = doc.kb.lookup(doc.word(t1 + 1)).find((a) => a.kind === 'demonym' && a.entry.kind === 'country');
    if (next && standsForCountry(doc, t1 + 1, t1 + 2, end, next)) return true;
  }
  if (t1 - t0 !== 1) return false;
  const singular = pluralOf(doc, t0);
  return singular !== null && doc.kb.lookup(singular).some((a) => a.kind === 'demonym' && a.entry.id === alias.entry.id);
}

/** Lower-case words that may stand between a demonym and its group word ("Russian civilian advisers", "Liberian riot police"). */
const MAX_MODIFIERS = 2;

/**
 * The group word (`demonymHeads`) right after token t1, or after one or two lower-case words that modify
 * it (no function words, no punctuation): the match's [end], or null.
 */
function groupAfter(doc: Doc, t1: number, end: number): [number, true] | null {
  for (let k = t1; k <= t1 + MAX_MODIFIERS && k < end; k++) {
    const group = doc.lex.demonymHeads.startingAt(k, end, doc.lexWords);
    if (group) return group;
    if (!isModifier(doc, k)) return null;
  }
  return null;
}

const LOWER_WORD = /^\p{Ll}+(?:-\p{Ll}+)?$/u;

/** A lower-case word of letters that is no function word: an adjective or noun modifying a group word. */
function isModifier(doc: Doc, k: number): boolean {
  const w = doc.word(k);
  if (w.length < 3 || doc.isCap(k) || doc.lex.stopwords.has(doc.keys[k]!)) return false;
  return LOWER_WORD.test(w);
}

/** The singular of token t's word when it ends in the language's demonym plural ("Iraqis" → "Iraqi"), else null. */
function pluralOf(doc: Doc, t: number): string | null {
  const suffix = doc.lex.demonymPlural;
  const w = doc.word(t);
  return suffix && w.length > suffix.length + 2 && w.endsWith(suffix) ? w.slice(0, -suffix.length) : null;
}

/**
 * A plural demonym the knowledge base does not list ("Iraqis", where it has "Iraqi"): the people of the
 * country, a mention of it like a listed plural ("Palestinians"). Null when the word is no such plural.
 */
function pluralDemonym(doc: Doc, t: number): Mention | null {
  const singular = pluralOf(doc, t);
  if (singular === null) return null;
  const alias = pickAlias(doc.kb.lookup(singular), singular);
  if (!alias || alias.kind !== 'demonym' || alias.entry.kind !== 'country') return null;
  return doc.mention(t, t + 1, alias.entry.type, 'kb', { ...alias, kind: 'variant' });
}

export interface KbFinds {
  mentions: Mention[];
  /** demonyms that do not stand for their country (context for roles and institutions) */
  demonyms: Mention[];
}

/** Knowledge-base names in the body: at each token the longest name the text's case honours. */
export function kbMentions(doc: Doc): KbFinds {
  const mentions: Mention[] = [];
  const demonyms: Mention[] = [];
  let from = 0;
  let bestEnd = -1;
  let bestAlias: KbAlias | null = null;
  const found = (end: number, aliases: readonly KbAlias[]): void => {
    const alias = pickAlias(aliases, doc.spanText(from, end));
    if (alias) {
      bestEnd = end;
      bestAlias = alias;
    }
  };
  /** The longest name starting at token i (before b) the text's case honours: its end and alias, or null. */
  const longestAt = (i: number, b: number): { end: number; alias: KbAlias } | null => {
    from = i;
    bestEnd = -1;
    bestAlias = null;
    doc.kb.walk(i, b, doc.kbWords, found);
    const alias = bestAlias as KbAlias | null;
    return alias ? { end: bestEnd, alias } : null;
  };
  for (const [a, b] of doc.sentences) {
    let i = a;
    while (i < b) {
      if (!doc.kb.mayStart(doc.word(i), doc.keys[i]!, doc.prints[i]!)) {
        i++;
        continue;
      }
      let best = longestAt(i, b);
      // "The UN General Assembly", "The United States": a name that starts with a function word yields to
      // a longer one after it, or to one as long when it is only a spelling of it ("The Hague" is a name)
      if (best && best.end - i > 1 && doc.lex.stopwords.has(doc.keys[i]!)) {
        const next = longestAt(i + 1, b);
        if (next && (next.end > best.end || (next.end === best.end && best.alias.kind === 'variant'))) {
          i++;
          best = next;
        }
      }
      if (best === null) {
        const plural = pluralDemonym(doc, i);
        if (plural) mentions.push(plural);
        i++;
        continue;
      }
      const { end, alias } = best;
      if (!plausible(doc, i, end, alias) || (end - i === 1 && doc.definedOtherwise(i, alias))) {
        i++;
        continue;
      }
      if (alias.kind !== 'demonym') mentions.push(doc.mention(i, end, alias.entry.type, 'kb', alias));
      // A demonym standing for its country is a mention of it, linked like a spelling variant (other steps keep demonyms apart).
      else if (standsForCountry(doc, i, end, b, alias)) mentions.push(doc.mention(i, end, alias.entry.type, 'kb', { ...alias, kind: 'variant' }));
      else demonyms.push(doc.mention(i, end, alias.entry.type, 'kb', alias));
      i = end;
    }
  }
  return { mentions, demonyms };
}

/**
 * A one-word name that is also a common word ("Antara", "Bersama") or a title is not a name; a country
 * named as a language or a currency ("bahasa Inggris", "dolar AS") is no mention.
 */
function plausible(doc: Doc, t0: number, t1: number, alias: KbAlias): boolean {
  if (t0 > 0 && alias.entry.kind === 'country' && doc.lex.languageMarkers.has(doc.keys[t0 - 1]!)) return false;
  if (t1 - t0 > 1) return true;
  if (alias.sig === 'U') return true;
  const key = doc.keys[t0]!;
  if (doc.lex.stopwords.has(key)) return false;
  if (doc.lex.titles.map.has(key) || doc.lex.honorifics.map.has(key) || doc.lex.notNames.has(key)) return false;
  // "Komisi XI", "Kodam IV": a Roman numeral in capitals is a number, not a name written otherwise ("Xi")
  if (ROMAN.test(doc.word(t0))) return false;
  return true;
}

const ROMAN = /^[IVXLC]{2,}$/;
