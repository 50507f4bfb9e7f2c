/**
 * Group actors: a bare word for a group of people ("polisi", "ribuan mahasiswa", "para nelayan", "rebels",
 * "protesters") acting or acted on, with no name beside it. GDELT-style data codes such a group by its
 * role, with its country where the story is about one country ("Polisi menembakkan gas air mata …" in a
 * story that names only Indonesian places and bodies is IDNCOP), else the role alone (COP), as
 * PETRARCH does for an agent with no country.
 *
 * A group word right before (Indonesian) or after (English) a name is the name's group, refined there
 * (`pasukan Israel` ISRMIL, `Israeli troops`); it is no group actor of its own. The groups are stand-in
 * entities for the role reader only: they are not in the record's entities, and an event's source or
 * target read from one is `{ entity: null, actor, group }`, `group` the span of its words.
 */
import type { Entity } from '../record/schema.js';
import type { Token } from '../segment/tokens.js';
import { country } from '../entities/actors.js';
import { OPENERS } from './actors.js';
import { groupKey, isVerbLike, type Cues } from './cues.js';

/** The id prefix of a group's stand-in entity (record ids are "e1", "e2" …). */
const GROUP_ID = 'g:';

export function isGroupEntity(e: Entity): boolean {
  return e.id.startsWith(GROUP_ID);
}

/**
 * The country of the story's bare groups: the language's own (an Indonesian story's "polisi"), else the
 * dateline's, else the one country the story names ("Liberian riot police … disperse demonstrators"), and
 * only when every country-coded entity of the story's body (news media aside) is of that country.
 */
export function groupCountry(entities: readonly Entity[], c: Cues, datelineCountry: string | null, body: { start: number; end: number }): string | null {
  let home = c.defaultCountry ?? datelineCountry;
  for (const e of entities) {
    // (the agency of a dateline or a credit, or a medium the story quotes, is no party to it: "NAIROBI
    // (Reuters)", "a Reuters witness said")
    if (!e.mentions.some((m) => m.start >= body.start && m.end <= body.end) || e.actor?.slice(3, 6) === 'MED') continue;
    const k = country(e.actor);
    if (k === null) continue;
    home ??= k;
    if (k !== home) return null;
  }
  return home;
}

/**
 * Stand-in entities for the group words of every sentence; marks the sentences that have one in `named`.
 * `mark`: per token, 1 + the index in `entities` of the mention starting there, -1 on a mention's other
 * tokens, 0 elsewhere. `home`: the story's country for its groups (asked once, at the first group).
 */
export function groupEntities(
  text: string,
  tokens: readonly Token[],
  lower: readonly string[],
  sentenceTokens: readonly number[],
  named: Uint8Array,
  mark: Int32Array,
  entities: readonly Entity[],
  c: Cues,
  home: () => string | null,
): Entity[] {
  const out: Entity[] = [];
  if (c.groupActors.size === 0) return out;
  let country0: string | null | undefined;
  for (let s = 0; s < named.length; s++) {
    const a = sentenceTokens[2 * s]!;
    const b = sentenceTokens[2 * s + 1]!;
    for (let t = a; t < b; t++) {
      // "Armed men abducted …": a one-word name the tagger read in a sentence's capitalized first word may
      // open a group's phrase of several words instead
      const firstWordName = mark[t]! > 0 && (t + 1 >= b || mark[t + 1] !== -1) && (t === a || OPENERS.has(tokens[t - 1]!.text));
      if (mark[t] !== 0 && !firstWordName) continue;
      const w = lower[t]!;
      if (c.groupActorKeys[groupKey(w)] === 0 || !c.groupActorFirst.has(w)) continue;
      // lower case, or capitalized as the sentence's (or a quote's) first word
      if (w !== tokens[t]!.text && t > a && !OPENERS.has(tokens[t - 1]!.text)) continue;
      let end = t + 1;
      let role = c.groupActors.get(w);
      for (let k = Math.min(b, t + c.groupActorsMaxWords); k > t + 1; k--) {
        let phrase = w;
        let free = true;
        for (let i = t + 1; i < k; i++) {
          phrase += ` ${lower[i]}`;
          if (mark[i] !== 0) free = false;
        }
        const r = c.groupActors.get(phrase);
        if (r !== undefined && free) {
          role = r;
          end = k;
          break;
        }
      }
      if (role === undefined || (firstWordName && end === t + 1)) continue;
      if (end === t + 1 && c.groupClassifiers.has(w)) {
        // "tiga orang tersangka", "orang tua", "thousands of protesters": a counting word before a word that
        // says who is no group by itself
        if (counts(tokens, lower, mark, end, b, c)) continue;
        // "menetapkan dua orang sebagai tersangka": those counted are of the role they are made
        if (end + 1 < b && c.groupAsWords.has(lower[end]!) && mark[end + 1] === 0) role = c.groupActors.get(lower[end + 1]!) ?? role;
      }
      if (namedBeside(tokens, lower, t, end, a, b, mark, c) || describesPerson(lower, end, b, mark, entities, c) || namedAfter(lower, end, b, mark, c)) {
        t = end - 1;
        continue;
      }
      // "tiga tersangka di Poso", "warga di Gaza", "warga negara asing (WNA) asal China": a group at or from
      // a place is of the place's country (its short form in parentheses passed over)
      if (country0 === undefined) country0 = home();
      // ("mitranya": one's counterpart is of no country but the one it is from, "mitranya dari Vietnam")
      const foreign = c.groupForeign.has(w);
      let from = foreign ? null : country0;
      let p = end + 2 < b && lower[end] === '(' && lower[end + 2] === ')' ? end + 3 : end;
      // "korban gempa bumi di Myanmar": one or two plain words describing the group before the place word
      if (!foreign) {
        let q = p;
        while (q < b && q - p < MAX_MODIFIERS && describes(tokens, lower, mark, q, c)) q++;
        if (q > p && q + 1 < b && c.groupPlacePreps.has(lower[q]!) && mark[q + 1]! > 0) p = q;
      }
      if (p + 1 < b && (foreign ? c.groupOriginPreps : c.groupPlacePreps).has(lower[p]!) && mark[p + 1]! > 0) {
        const place = entities[mark[p + 1]! - 1]!;
        if (place.type === 'LOC') from = country(place.actor) ?? from;
      } else if (from === null && ((end < b && c.groupLocalAfter.has(lower[end]!)) || (t - 1 >= a && c.groupLocalBefore.has(lower[t - 1]!)))) {
        // "Warga setempat menolak …", "local police": of the place named last before them
        from = lastPlaceCountry(entities, tokens, lower, mark, t, c);
      }
      // "pengadilan itu", "kepolisian tersebut": a body's word with a demonstrative after it stands for the
      // body of that role named last before it (its code, the ICC's IGOJUD rather than a bare JUD)
      const back = end < b && c.anaphoraAfterNoun.has(lower[end]!) ? bodyNamedBefore(entities, mark, t, role) : null;
      const start = tokens[t]!.start;
      const stop = tokens[end - 1]!.end;
      const words = text.slice(start, stop);
      out.push({
        id: `${GROUP_ID}${t}`,
        name: words,
        type: 'ORG',
        kb: null,
        actor: back ?? (from ? from + role : role),
        mentions: [{ start, end: stop, text: words }],
      });
      named[s] = 1;
      t = end - 1;
    }
  }
  return out;
}

/**
 * "lembaga-lembaga penegak hukum, yakni Polri, Kejaksaan Agung dan KPK": the names a group's words are spelled
 * out as right after them (an inclusion word, a comma before it or not) are the actors, not the group.
 */
function namedAfter(lower: readonly string[], end: number, b: number, mark: Int32Array, c: Cues): boolean {
  const q = end < b && lower[end] === ',' ? end + 1 : end;
  if (!(q + 1 < b && c.inclusionWords.has(lower[q]!))) return false;
  // (a count or a describing word may come first: "12 people, including three Chinese citizens")
  for (let k = q + 1; k < b && k <= q + 1 + MAX_MODIFIERS; k++) {
    if (mark[k]! > 0) return true;
    if (mark[k] !== 0 || !/^[\p{Ll}\d]/u.test(lower[k]!) || c.preps.has(lower[k]!) || c.coordinators.has(lower[k]!)) return false;
  }
  return false;
}

/** Tokens back from a body's word with a demonstrative within which the body it names again may be named. */
const BODY_BACK = 120;

/** The actor code of the last organisation named before token t whose code ends in `role`, within BODY_BACK tokens; else null. */
function bodyNamedBefore(entities: readonly Entity[], mark: Int32Array, t: number, role: string): string | null {
  for (let k = t - 1; k >= 0 && t - k <= BODY_BACK; k--) {
    if (mark[k]! <= 0) continue;
    const e = entities[mark[k]! - 1]!;
    if (e.type === 'ORG' && e.actor !== null && e.actor.length > role.length && e.actor.endsWith(role)) return e.actor;
  }
  return null;
}

/**
 * The country of the last place named as where something is, before token t: after a place preposition, a
 * plain word or two apart ("di Kandal, Kamboja", "di pesisir Kabupaten Pidie", "in Kisumu"), not a people's
 * name ("empat WNI"); null when none.
 */
function lastPlaceCountry(entities: readonly Entity[], tokens: readonly Token[], lower: readonly string[], mark: Int32Array, t: number, c: Cues): string | null {
  const placed = (k: number): boolean => {
    for (let j = k - 1, n = 0; j >= 0 && n <= MAX_MODIFIERS; j--, n++) {
      if (c.placePreps.has(lower[j]!)) return true;
      if (!describes(tokens, lower, mark, j, c)) return false;
    }
    return false;
  };
  for (let k = t - 1; k >= 1; k--) {
    if (mark[k]! <= 0 || !placed(k)) continue;
    const e = entities[mark[k]! - 1]!;
    const home = e.type === 'LOC' ? country(e.actor) : null;
    if (home !== null) return home;
  }
  return null;
}

/** Token k, right after a counting group word, says whom it counts: a describing word ("orang tersangka"), or a link and a plain word ("thousands of protesters"). */
function counts(tokens: readonly Token[], lower: readonly string[], mark: Int32Array, k: number, b: number, c: Cues): boolean {
  if (k >= b || mark[k] !== 0) return false;
  if (c.groupClassifierLinks.has(lower[k]!)) return k + 1 < b && mark[k + 1] === 0 && /^\p{Ll}/u.test(tokens[k + 1]!.text);
  return isModifier(lower[k]!, tokens[k]!.text, c) && !c.victimPredicates.has(lower[k]!);
}

/** Modifier words that may stand between a name and its group word ("Russian civilian advisers"). */
const MAX_MODIFIERS = 2;

/** Token k is a plain lower-case word that may describe a group ("korban gempa bumi"): a modifier, no name or place word. */
function describes(tokens: readonly Token[], lower: readonly string[], mark: Int32Array, k: number, c: Cues): boolean {
  return mark[k] === 0 && isModifier(lower[k]!, tokens[k]!.text, c) && !c.groupPlacePreps.has(lower[k]!);
}

/**
 * A name next to the group word makes it that name's group: after it in Indonesian ("polisi Malaysia",
 * "warga negara Indonesia"), before it in English ("Kenyan police", "Russia's army", "Israeli riot police");
 * so does an owner's pronoun ("its troops", "pasukan mereka").
 */
function namedBeside(tokens: readonly Token[], lower: readonly string[], t: number, end: number, a: number, b: number, mark: Int32Array, c: Cues): boolean {
  if (end < b && mark[end]! > 0) return true;
  // "Russia ordered its troops", "pasukan mereka": an owner's pronoun makes the group someone's named before
  if (c.groupRolesSide === 'after' ? t - 1 >= a && c.groupOwners.has(lower[t - 1]!) : end < b && c.groupOwners.has(lower[end]!)) return true;
  if (c.groupRolesSide === 'after') {
    let j = t - 1;
    if (j >= a && c.possessiveMarkers.has(lower[j]!)) j--;
    for (let n = 0; n < MAX_MODIFIERS && j >= a && mark[j] === 0 && isModifier(lower[j]!, tokens[j]!.text, c); n++) j--;
    if (j >= a && mark[j] !== 0) return true;
  }
  return false;
}

/**
 * "mitranya dari Jepang Takeshi Iwaya", "counterpart from Japan …": a group word, where it is from, and a
 * person's name right after the place describe that person; the group is no actor of its own.
 */
function describesPerson(lower: readonly string[], end: number, b: number, mark: Int32Array, entities: readonly Entity[], c: Cues): boolean {
  if (end + 1 >= b || !(c.groupPlacePreps.has(lower[end]!) || c.groupOriginPreps.has(lower[end]!)) || mark[end + 1]! <= 0) return false;
  if (entities[mark[end + 1]! - 1]!.type !== 'LOC') return false;
  let q = end + 2;
  while (q < b && mark[q] === -1) q++;
  return q < b && mark[q]! > 0 && entities[mark[q]! - 1]!.type === 'PER';
}

/** A lower-case word that may modify a group word: no verb, preposition, determiner, coordinator or break. */
function isModifier(w: string, text: string, c: Cues): boolean {
  if (w !== text || !/^\p{Ll}+$/u.test(w)) return false;
  return !(c.preps.has(w) || c.coordinators.has(w) || c.nounDeterminers.has(w) || c.relativizers.has(w) || c.clauseBreaks.has(w) || isVerbLike(c, w));
}
