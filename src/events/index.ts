/**
 * Events stage: CAMEO-coded interactions with source, target, date, place and modality.
 * For each sentence: triggers from the language's lexicon (triggers.ts), roles from the clause
 * around each (roles.ts), modality from the cues that govern it (modality.ts), the date from a
 * time expression in the sentence (never the publication date), the place from "di <LOC>", and
 * the coding (root, QuadClass, Goldstein, PLOVER) from kb/cameo. No event without a source.
 */
import type { Entity, Event } from '../record/schema.js';
import type { StageInput } from '../stage.js';
import { tokenAtOrAfter } from '../segment/tokens.js';
import { hasLangFile } from '../lang/data.js';
import { ActorIndex, OPENERS, type Mention } from './actors.js';
import { Scratch } from '../util/scratch.js';
import { cameoCode } from './coding.js';
import { cues, type Cues } from './cues.js';
import { lexicon, type Lexicon } from './lexicon.js';
import { modalityOf } from './modality.js';
import { groupWordBefore, rolesOf, type ActorRef, type RoleContext, type Scope } from './roles.js';
import { findTriggers, type TriggerMatch } from './triggers.js';
import { dateFor, leadStatementDay, placeFor, siteFor, startsAfter, statementDays, timesOnTokens } from './when-where.js';
import { startsUpper } from '../util/case.js';
import { country } from '../entities/actors.js';
import { groupCountry, groupEntities, isGroupEntity } from './groups.js';

export type EventStage = (input: StageInput) => Event[];

interface LangData {
  lex: Lexicon;
  cues: Cues;
}

function loadLang(lang: string): LangData | null {
  if (!hasLangFile(lang, 'events.tsv')) return null;
  return { lex: lexicon(lang), cues: cues(lang) };
}

export async function createEventStage(): Promise<EventStage> {
  const langs = new Map<string, LangData | null>();
  for (const l of ['id', 'en']) langs.set(l, loadLang(l));
  return (input) => {
    const data = langs.get(input.dataLang);
    return data ? extractEvents(input, data) : [];
  };
}

/**
 * A state, its forces or an armed group: a bare country code, or a country with an armed or government
 * role; a group's role alone (police, troops: COP, MIL) too.
 */
function isArmedActor(actor: string | null, c: Cues): boolean {
  if (actor === null) return false;
  // (a role alone, or an international militarized group: al-Qaeda IMGMUSALQ, the Islamic State IMGMUSISI)
  if (c.statesRoles.has(actor) || actor.startsWith('IMG')) return true;
  if (country(actor) === null) return false;
  return actor.length === 3 || c.statesRoles.has(actor.slice(3, 6));
}

/** A group word (no name) starts at token k. */
function groupAt(ix: ActorIndex, k: number): boolean {
  const m = ix.atToken[k]! === -1 ? null : ix.mentions[ix.atToken[k]!]!;
  return m !== null && m.tokStart === k && isGroupEntity(m.entity);
}

/** A bare group named by a counting word alone ("30 orang", "dozens of people"): people, no more said of them. */
function countedPeople(r: ActorRef, c: Cues): boolean {
  return isGroupEntity(r.entity) && c.groupClassifiers.has(r.entity.name.toLowerCase());
}

/**
 * A state itself (a country named by its name and acting: "The Philippines protested", PHL) or its government
 * (PHLGOV); not a person or group of it, nor its people named by a demonym ("Palestinians … to protest").
 */
function isState(ref: ActorRef, actor: string | null, text: string): boolean {
  if (actor === null || country(actor) === null) return false;
  if (actor.slice(3, 6) === 'GOV') return true;
  return actor.length === 3 && ref.entity.type === 'LOC' && ref.mention !== null && text.slice(ref.mention.start, ref.mention.end) === ref.entity.name;
}

/**
 * A speaker of a state's government or forces (IDNGOV, ISRMIL) speaks for it: what their quote says the
 * state, or that very body, does is their own act ("Indonesia mendesak Dewan Keamanan …", said the
 * foreign ministry's spokesman).
 */
function speaksFor(speaker: Entity | null, source: Entity): boolean {
  const sa = speaker?.actor;
  const so = source.actor;
  if (!sa || !so || sa.length < 6) return false;
  const role = sa.slice(3, 6);
  if (role !== 'GOV' && role !== 'MIL') return false;
  return so === sa.slice(0, 3) || so === sa;
}

/** the actor index's memory, reused by each document in turn (the stage runs one document at a time) */
const scratch = new Scratch();
/** the same for the tokens that continue a name (free in a trigger pattern's gap) */
const nameScratch = new Scratch();
/** the same for the mention marks the group words read */
const markScratch = new Scratch();

/**
 * An act agreed or pledged to (`yields`) is dropped for an act named in its object that has the same source
 * ("the EU agreed to provide 5 billion euros in military aid": the aid, not the agreeing); where that act
 * gave no event of that source, the agreeing stays ("agreed to undertake joint military exercises").
 */
function dropYielded(events: Event[], yieldTo: Map<TriggerMatch, TriggerMatch[]>, emitted: Map<TriggerMatch, number[]>): void {
  const drop = new Set<number>();
  for (const [m, later] of yieldTo) {
    const mine = emitted.get(m);
    if (!mine) continue;
    const theirs = later.flatMap((o) => emitted.get(o) ?? []);
    for (const i of mine) if (theirs.some((j) => events[j]!.source?.entity === events[i]!.source?.entity)) drop.add(i);
  }
  for (const i of [...drop].sort((x, y) => y - x)) events.splice(i, 1);
}

/** Tokens a topic verb may stand before the act named in its object ("discuss a ceasefire in Gaza and the release of …"). */
const TOPIC_REACH = 10;

/**
 * Trigger m names an act as a noun (a noun's form, or any form after a determiner: "the release") in the
 * object of a verb of talk ("discuss", "membahas"), before any clause break or other verb.
 */
function inTopic(ix: ActorIndex, m: TriggerMatch, from: number, c: Cues): boolean {
  if (m.voice !== 'noun' && !(m.first - 1 >= from && c.determiners.has(ix.lower(m.first - 1)))) return false;
  for (let k = m.first - 1, n = 0; k >= from && n < TOPIC_REACH; k--, n++) {
    const w = ix.lower(k);
    if (c.topicVerbs.has(w)) return true;
    if (c.clauseBreaks.has(w) || ix.isVerb(k)) return false;
  }
  return false;
}

/** One entity, or two with one actor code (Beijing and China; not the police and protesters of one country). */
function sameSide(a: Entity, b: Entity): boolean {
  return a.id === b.id || (a.actor !== null && a.actor === b.actor);
}

/** Words of an agreed act's object that may stand before an act named in it ("agreed to provide 5 billion euros in military aid"). */
const YIELD_OBJECT_WORDS = 6;
const DATED = /^\d{4}(-(W\d{2}|\d{2}(-\d{2})?))?(T.*)?$/;

export function extractEvents(input: StageInput, data: LangData): Event[] {
  const { lex, cues: c } = data;
  const { seg, text } = input;
  const tokens = seg.tokens;
  const nSent = seg.sentences.length;
  if (tokens.length === 0 || nSent === 0) return [];

  // Sentences that name nobody hold no event (a source, or a target for a pronoun's act, is named, or a
  // group: "Polisi menangkap …"); the others are searched for triggers first, and the actor index is built
  // only when one is found.
  const named = new Uint8Array(nSent);
  // tokens that continue a name or a run of capitalized words ("Bupati Kolaka Timur Abdul Azis") cost
  // nothing in a trigger pattern's gap: the phrase is one unit there
  const inName = nameScratch.uint8View(tokens.length);
  inName.fill(0);
  // 1 + the entity's index on a mention's first token, -1 on its others, 0 elsewhere (for the group
  // words: a name beside one is its own)
  const mark = markScratch.int32Views([tokens.length])[0]!;
  mark.fill(0);
  for (let ei = 0; ei < input.entities.length; ei++) {
    const e = input.entities[ei]!;
    for (const m of e.mentions) {
      const t0 = tokenAtOrAfter(tokens, m.start);
      if (t0 < tokens.length && tokens[t0]!.start < m.end) {
        mark[t0] = ei + 1;
      }
      for (let t = t0 + 1; t < tokens.length && tokens[t]!.start < m.end; t++) {
        inName[t] = 1;
        mark[t] = -1;
      }
      let lo = 0;
      let hi = nSent - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (seg.sentences[mid]!.start <= m.start) lo = mid;
        else hi = mid - 1;
      }
      named[lo] = 1;
    }
  }
  // a time costs nothing either: "threatened today to hold a general strike", "agreed on Sunday to hold talks"
  for (const tm of input.times) {
    for (let t = tokenAtOrAfter(tokens, tm.start); t < tokens.length && tokens[t]!.start < tm.end; t++) inName[t] = 1;
  }
  const groups = groupEntities(text, tokens, seg.lower, seg.sentenceTokens, named, mark, input.entities, c, () => groupCountry(input.entities, c, datelineCountry(input), input.meta.body));
  // "Kedua negara sepakat …": a sentence whose subject stands for the two sides of an act told before
  if (c.pairSubjects.size > 0) {
    for (let s = 1; s < nSent; s++) {
      if (named[s]) continue;
      for (let t = seg.sentenceTokens[2 * s]!, b = seg.sentenceTokens[2 * s + 1]!; t < b && !named[s]; t++) if (c.pairSubjects.has(seg.lower[t]!)) named[s] = 1;
    }
  }
  const textBreak = (i: number): boolean => {
    const t = tokens[i]!.text;
    return c.clauseBreaks.has(t) || c.clauseBreaks.has(t.toLowerCase());
  };
  const found: (TriggerMatch[] | null)[] = new Array(nSent).fill(null);
  let any = false;
  for (let s = 0; s < nSent; s++) {
    if (!named[s]) continue;
    const a = seg.sentenceTokens[2 * s]!;
    const b = seg.sentenceTokens[2 * s + 1]!;
    for (let t = a + 1, up = a < b && startsUpper(tokens[a]!.text); t < b; t++) {
      const u = startsUpper(tokens[t]!.text);
      if (u && up) inName[t] = 1;
      // an article before a name is the name's too ("gave the Ivory Coast 5.1 million dollars of aid")
      else if (!u && t + 1 < b && c.determiners.has(seg.lower[t]!) && startsUpper(tokens[t + 1]!.text)) inName[t] = 1;
      up = u;
    }
    const m = findTriggers(lex, tokens, a, b, c.maxGap, textBreak, seg.lower, text, inName);
    if (m.length) {
      found[s] = m;
      any = true;
    }
  }
  if (!any) return [];

  const ix = new ActorIndex(tokens, groups.length ? [...input.entities, ...groups] : input.entities, c, seg.lower, scratch);
  const persons: Mention[] = ix.mentions.filter((m) => m.entity.type === 'PER').sort((a, b) => a.tokStart - b.tokStart);
  const sentenceStarts: number[] = [];
  for (let s = 0; s < nSent; s++) sentenceStarts.push(seg.sentenceTokens[2 * s]!);
  const byId = new Map<string, Entity>(input.entities.map((e) => [e.id, e]));
  const quotes = input.quotes
    .filter((q) => q.direct && q.end > q.start)
    .map((q) => ({ start: q.start, end: q.end, speaker: q.speaker ? (byId.get(q.speaker) ?? null) : null }));
  const cueSpeakers = new Map<number, Entity>();
  for (const q of input.quotes) {
    const speaker = q.cue && q.speaker ? byId.get(q.speaker) : undefined;
    if (speaker) cueSpeakers.set(tokenAtOrAfter(tokens, q.cue!.start), speaker);
  }
  const times = timesOnTokens(ix, input.times);
  ix.markTimes(times);
  const datedTimes = times.filter(({ time: t }) => (t.type === 'DATE' || t.type === 'TIME') && t.value !== null && DATED.test(t.value));

  const published = input.meta.published;
  const events: Event[] = [];
  /** each event's CAMEO root and source, in text order, for an act named again later ("serangan tersebut") */
  const agents: { root: string; source: ActorRef; sentence: number }[] = [];
  let lastPair: ActorRef[] | null = null;
  let lastNamedPair: ActorRef[] | null = null;
  // (each phrase stands for the pair last told before it, however many acts after it are told with that pair:
  // "Kedua menteri mengecam X dan mendesak Y" is the ministers' twice, not X's the second time)
  const pairAt = new Map<number, ActorRef[] | null>();
  const earlierPair = (named: boolean, at: number): ActorRef[] | null => {
    const key = named ? at : -1 - at;
    if (!pairAt.has(key)) pairAt.set(key, named ? lastNamedPair : lastPair);
    return pairAt.get(key)!;
  };
  const earlierAgent = (roots: readonly string[], fromSentence = 0, unlike: Entity | null = null): ActorRef | null => {
    for (let i = agents.length - 1; i >= 0 && agents[i]!.sentence >= fromSentence; i--) {
      if (unlike && sameSide(agents[i]!.source.entity, unlike)) continue;
      if (roots.length === 0 || roots.includes(agents[i]!.root)) return agents[i]!.source;
    }
    return null;
  };
  for (let s = 0; s < nSent; s++) {
    const inSentence = found[s];
    if (!inSentence) continue;
    const a = seg.sentenceTokens[2 * s]!;
    const b = seg.sentenceTokens[2 * s + 1]!;
    // A trigger word inside a name or capitalized mid-sentence is part of a name or title
    // ("Polres Serang", "Badan Bantuan …", "Bantuan Stimulan Perumahan"), not a predicate.
    // A group word may open a trigger ("protesters … rallied"): that group is its agent (roles.ts groupOpening).
    const yieldTo = new Map<TriggerMatch, TriggerMatch[]>();
    let matches = inSentence.filter(
      (m) => (ix.atToken[m.first] === -1 || groupAt(ix, m.first)) && !(m.first > a && isCapitalizedMidSentence(ix, m.first, a)),
    );
    // "met … to discuss a ceasefire and the release of hostages": an act named in a topic verb's object is a topic
    if (c.topicVerbs.size > 0) matches = matches.filter((m) => !inTopic(ix, m, a, c));
    // "agreed to lift sanctions": the act agreed to is the event, not the agreeing
    // ("agreed on Friday to restore diplomatic relations": a time between them is passed over, and the "to" after it)
    if (matches.some((m) => m.entry.yields)) {
      const next = (m: TriggerMatch): number => {
        let k = m.last + 1;
        if (k < b && ix.isTime(k)) {
          while (k < b && ix.isTime(k)) k++;
          if (k < b && c.modality.purpose.has(ix.lower(k))) k++;
        }
        return k;
      };
      // "agreed to provide 5 billion euros in military aid": an act named in the object of the verb agreed to
      // is the event too, when it has the same source (settled once the sentence's events are built)
      const inObject = (m: TriggerMatch, o: TriggerMatch): boolean => {
        const v = next(m);
        // (the infinitive's verb: right after "to"/"untuk", a word that is no name and no determiner; or a verb
        // right after the trigger, where Indonesian leaves "untuk" out: "sepakat memperkuat kerja sama")
        const bare = v === m.last + 1 && v < b && ix.isVerb(v);
        if (v >= b || !(bare || c.modality.purpose.has(ix.lower(v - 1))) || ix.atToken[v] !== -1 || ix.isCapitalizedWord(v) || c.determiners.has(ix.lower(v))) return false;
        if (o.first <= v || o.first - v > YIELD_OBJECT_WORDS) return false;
        for (let k = v + 1; k < o.first; k++) if (textBreak(k)) return false;
        return true;
      };
      matches = matches.filter((m) => !m.entry.yields || !matches.some((o) => o.first === m.last + 1 || o.first === next(m)));
      for (const m of matches) {
        if (!m.entry.yields) continue;
        const later = matches.filter((o) => inObject(m, o));
        if (later.length) yieldTo.set(m, later);
      }
    }
    if (matches.length === 0) continue;
    ix.prepare(a, b);
    const sentence = seg.sentences[s]!;
    const sentenceBounds = { from: a, to: b };
    const triggerAt = new Map<number, TriggerMatch>();
    for (const m of matches) for (let t = m.first; t <= m.last; t++) triggerAt.set(t, m);
    const sentTimes = datedTimes.filter((t) => t.first >= a && t.last < b);
    const absorbed = new Set<TriggerMatch>();
    /** each match's events, by index in events */
    const emitted = new Map<TriggerMatch, number[]>();
    for (const m of matches) {
      if (absorbed.has(m)) continue;
      const trigStart = tokens[m.first]!.start;
      const trigEnd = tokens[m.last]!.end;
      const q = quotes.find((x) => x.start <= trigStart && trigEnd <= x.end);
      let scope: Scope = { from: a, to: b, speaker: null, inQuote: false };
      if (q) {
        let from = m.first;
        while (from > a && tokens[from - 1]!.start >= q.start) from--;
        let to = m.last + 1;
        while (to < b && tokens[to]!.end <= q.end) to++;
        scope = { from, to, speaker: q.speaker, inQuote: true };
      }
      const codeOf = (r: ActorRef, asSource: boolean): string | null => actorCode(ix, r, sentenceBounds, c, asSource);
      const ctx: RoleContext = { ix, scope, triggerAt, persons, sentenceStarts, codeOf, cueSpeakers, earlierAgent, earlierPair };
      const roles = rolesOf(ctx, m);
      for (const x of roles.absorbed) absorbed.add(x);
      if (roles.pairs.length === 0) continue;
      let time = dateFor(ix, scope, m, sentTimes, published, (i) => triggerAt.has(i));
      // "mengancam akan mengenakan tarif … mulai 1 November": a threat is made now; a time after publication
      // is that of the act threatened
      if (time?.value && published && m.entry.code?.startsWith('13') && startsAfter(time.value, published)) time = null;
      let modality = modalityOf(ix, m.first, scope.from, m.voice !== 'noun', (i) => (triggerAt.get(i)?.voice ?? 'noun') !== 'noun');
      // "melakukan kunjungan kenegaraan ke Jepang pekan depan": an act dated after the article has not happened yet
      if (modality === 'asserted' && time?.value && published && startsAfter(time.value, published)) modality = 'future';
      for (const pair of roles.pairs) {
        // Inside a direct quote only the speaker's own acts are events (or their state's, when they speak
        // for it); the rest are claims.
        if (scope.inQuote && !pair.speakerSource && pair.source.entity.id !== scope.speaker?.id && !speaksFor(scope.speaker, pair.source.entity)) continue;
        if (c.requireSourceActorCode && !pair.source.entity.actor) continue;
        const sourceActor = actorCode(ix, pair.source, sentenceBounds, c, true);
        let code = m.entry.code!;
        if (roles.together && m.entry.together) code = m.entry.together;
        else if (m.entry.armed && isArmedActor(sourceActor, c)) code = m.entry.armed;
        else if (m.entry.state && isState(pair.source, sourceActor, text)) code = m.entry.state;
        const coding = cameoCode(code);
        if (!coding) continue;
        const used = new Set([pair.source.entity.id, pair.target?.entity.id]);
        const place = placeFor(ix, scope, m, used);
        let target: ActorRef | null = pair.target;
        // (bare "people" counted, "menewaskan 30 orang di Gaza", says less of whom than the place named does)
        if ((!target || countedPeople(target, c)) && c.placeAsTargetRoots.has(coding.root)) target = siteFor(ix, scope, m, used) ?? place ?? target;
        // an act with no one to aim at gives no event, but may be named again ("BNN menggerebek sebuah gudang
        // …. Tiga WN Malaysia ditangkap dalam penggerebekan itu": BNN raided)
        if (m.entry.needsTarget && !target) {
          agents.push({ root: coding.root, source: pair.source, sentence: s });
          continue;
        }
        const targetActor = target ? placedGroup(target, actorCode(ix, target, sentenceBounds, c), place, c) : null;
        if (m.entry.targetType && !(target && targetIs(m.entry.targetType, target.entity, targetActor))) continue;
        if (m.entry.abroad) {
          const from = country(sourceActor);
          const to = country(targetActor);
          if (from === null || to === null || from === to) continue;
        }
        // "Serangan Israel ke Gaza menewaskan 20 orang", "clashes between Thai and Cambodian troops killed 40
        // people": those counted as hurt by an act the sentence has already told of, with its own target
        if (target && countedPeople(target, c) && events.some((e) => e.sentence === s && e.root === coding.root && e.target !== null && (isActor(e.source, pair.source) || isActor(e.target, pair.source)))) continue;
        const spans = [{ start: trigStart, end: trigEnd }];
        for (const r of [pair.source, target]) {
          if (r?.mention && r.mention.start >= sentence.start && r.mention.end <= sentence.end) spans.push(r.mention);
        }
        agents.push({ root: coding.root, source: pair.source, sentence: s });
        if (target && target.entity.id !== pair.source.entity.id) {
          lastPair = [pair.source, target];
          if (!isGroupEntity(pair.source.entity) && !isGroupEntity(target.entity)) lastNamedPair = lastPair;
        }
        if (yieldTo.size) {
          const mine = emitted.get(m);
          if (mine) mine.push(events.length);
          else emitted.set(m, [events.length]);
        }
        events.push({
          code,
          root: coding.root,
          quadClass: coding.quadClass,
          goldstein: coding.goldstein,
          plover: coding.plover,
          source: side(pair.source, sourceActor),
          target: target ? side(target, targetActor) : null,
          date: time ? dayPart(time.value) : null,
          dateSource: time ? 'sentence' : null,
          location: place && place.entity.id !== target?.entity.id ? place.entity.id : null,
          modality,
          sentence: s,
          trigger: { start: trigStart, end: trigEnd, text: text.slice(trigStart, trigEnd) },
          evidence: { start: Math.min(...spans.map((x) => x.start)), end: Math.max(...spans.map((x) => x.end)) },
        });
      }
    }
    if (yieldTo.size) dropYielded(events, yieldTo, emitted);
  }
  // the lead's undated verbal acts, by a speaker whose statement is dated
  const days = statementDays(input.quotes, input.times, seg.sentences);
  if (days.size > 0) {
    const body = input.meta.body.start;
    let first = 0;
    while (first < nSent && seg.sentences[first]!.end <= body) first++;
    for (const e of events) {
      const day = leadStatementDay(e, days, first, published);
      if (day !== null) {
        e.date = day;
        e.dateSource = 'sentence';
      }
    }
  }
  return dedupe(events);
}

/** Words that may stand between a name and the group word after it. */
const MAX_GROUP_MODIFIERS = 2;

/**
 * The actor code of an event's source or target: its entity's, refined by a word for the country's forces,
 * government or people next to the mention ("pasukan Israel" ISRMIL, "US troops" USAMIL; the language's
 * groupRoles). Only a bare country code is refined; a pronoun's or a speaker's entity keeps its own.
 */
function actorCode(ix: ActorIndex, ref: ActorRef, sentence: { from: number; to: number }, c: Cues, asSource = false): string | null {
  const actor = ref.entity.actor;
  const m = ref.mention;
  if (isGroupEntity(ref.entity)) return actor;
  if (!actor || !m || !/^[A-Z]{3}$/.test(actor) || c.groupRoles.size === 0) return actor;
  // "Russia's army": the possessive between the name and the group word
  const after = m.tokEnd < sentence.to && c.possessiveMarkers.has(ix.lower(m.tokEnd)) ? m.tokEnd + 1 : m.tokEnd;
  // after the name, one or two words may modify the group word ("Russian civilian advisers", "Liberian riot police")
  const skips = c.groupRolesSide === 'before' ? 0 : MAX_GROUP_MODIFIERS;
  for (let skip = 0; skip <= skips; skip++) {
    if (skip > 0 && (after + skip > sentence.to || !ix.isPlainWord(after + skip - 1))) break;
    for (let k = c.groupRolesMaxWords; k >= 1; k--) {
      const from = c.groupRolesSide === 'before' ? m.tokStart - k : after + skip;
      const to = from + k;
      if (from < sentence.from || to > sentence.to) continue;
      let phrase = ix.lower(from);
      for (let i = from + 1; i < to; i++) phrase += ` ${ix.lower(i)}`;
      const role = c.groupRoles.get(phrase);
      if (role) return actor + role;
    }
  }
  // "opposition groups in Zimbabwe are demanding": the group word before the place's preposition (a
  // source only: "mobilized troops in Lebanon" are not Lebanon's)
  const g = asSource ? groupWordBefore(ix, m.tokStart, sentence.from) : -1;
  if (g >= 0) return actor + c.groupRoles.get(ix.lower(g))!;
  return actor;
}

/** A capitalized word that does not open the sentence, a quote or a bracket. */
function isCapitalizedMidSentence(ix: ActorIndex, i: number, sentenceStart: number): boolean {
  const t = ix.tokens[i]!.text;
  if (!startsUpper(t)) return false;
  if (i === sentenceStart) return false;
  const prev = ix.tokens[i - 1]!.text;
  return !OPENERS.has(prev);
}

/**
 * One event per (root, source, target, modality) in a document: the first report of it. An event
 * without a target is dropped when the same source does the same thing to a named target.
 */
function dedupe(events: Event[]): Event[] {
  const seen = new Set<string>();
  const withTarget = new Set<string>();
  // a group has no entity: its code stands for it
  const who = (a: Event['source']): string => (a ? (a.entity ?? `=${a.actor}`) : '');
  for (const e of events) if (e.target) withTarget.add(`${e.root}|${who(e.source)}|${e.modality}`);
  const out: Event[] = [];
  for (const e of events) {
    const key = `${e.root}|${who(e.source)}|${who(e.target)}|${e.modality}`;
    if (seen.has(key)) continue;
    if (!e.target && withTarget.has(`${e.root}|${who(e.source)}|${e.modality}`)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

/** An event's side is this actor: its entity, or a bare group of the same words. */
function isActor(x: Event['source'], r: ActorRef): boolean {
  if (x === null) return false;
  if (!isGroupEntity(r.entity)) return x.entity === r.entity.id;
  return x.entity === null && x.group?.text.toLowerCase() === r.entity.name.toLowerCase();
}

/** An event's source or target: its entity's id, or for a bare group none, with the words that name it. */
function side(r: ActorRef, actor: string | null): NonNullable<Event['source']> {
  if (!isGroupEntity(r.entity)) return { entity: r.entity.id, actor };
  const m = r.entity.mentions[0]!;
  return { entity: null, actor, group: { start: m.start, end: m.end, text: m.text } };
}

/** The country of the dateline's place: the code of the place entity named there. */
function datelineCountry(input: StageInput): string | null {
  const d = input.meta.dateline;
  if (!d) return null;
  for (const e of input.entities) {
    if (e.type !== 'LOC') continue;
    if (e.mentions.some((m) => m.start >= d.start && m.end <= d.end)) return country(e.actor);
  }
  return null;
}

/** An event's date is a day at most: the time of day a time expression adds ("Senin (20/10) pagi", 2025-10-20TMO) stays with the time. */
function dayPart(value: string | null): string | null {
  const d = value === null ? null : /^(\d{4}-\d{2}-\d{2})T/.exec(value);
  return d ? d[1]! : value;
}

/** The target is of the kind a trigger asks for (target=LOC, target=PER, target=GROUP, target=PEOPLE in the lexicon). */
function targetIs(kind: 'LOC' | 'PER' | 'GROUP' | 'PEOPLE', e: Entity, code: string | null): boolean {
  if (kind === 'LOC' || kind === 'PER') return e.type === kind && !isGroupEntity(e);
  if (isGroupEntity(e)) return true;
  if (kind === 'GROUP') return false;
  // a person, or a place's people named by a group word before it ("warga negara Prancis": FRACVL, not FRA)
  return e.type === 'PER' || (e.type === 'LOC' && code !== null && code !== e.actor);
}

/**
 * "Children died in Israeli shelling in the Gaza Strip": a bare group of no country that an act was done to is of
 * the place it was done at (PSECVL); not one's counterpart ("mitranya"), nor those who act, who may have come from
 * elsewhere (so only for targets).
 */
function placedGroup(r: ActorRef, code: string | null, place: ActorRef | null, c: Cues): string | null {
  if (code === null || code.length !== 3 || !isGroupEntity(r.entity) || c.groupForeign.has(r.entity.name.toLowerCase())) return code;
  const at = place && place.entity.id !== r.entity.id ? country(place.entity.actor) : null;
  return at !== null ? at + code : code;
}
