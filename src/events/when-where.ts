/**
 * When and where an event happened, from its own clause.
 * Date: a dated time expression (from the times stage) in the trigger's clause; a time in a
 * comma-separated frame counts only when the frame is little more than the time ("Pada Februari
 * lalu, AS menjatuhkan sanksi …", "…, Senin (20/10) pagi"), not when it names another happening
 * ("Seusai pertemuan puncak Biden-Xi pada November, …"). A time after "sejak"/"hingga" is a bound,
 * not the event's date, and one still to come after a purpose clause's verb ("untuk berkunjung … pada
 * awal 2026") is that act's. None found → null (never the publication date).
 * Place: a location after a place preposition ("di Rusia"), nearest after the trigger, else before.
 */
import type { Time } from '../record/schema.js';
import { formatDay, isoWeekMonday } from '../times/dates.js';
import { partitionPoint } from '../util/search.js';
import type { ActorIndex } from './actors.js';
import type { ActorRef, Scope } from './roles.js';
import type { TriggerMatch } from './triggers.js';
import { isGroupEntity } from './groups.js';

export interface TokenTime {
  time: Time;
  first: number;
  /** inclusive */
  last: number;
}

/** Times mapped to token ranges (times that do not fall on token boundaries are kept by overlap). */
export function timesOnTokens(ix: ActorIndex, times: Time[]): TokenTime[] {
  const out: TokenTime[] = [];
  const toks = ix.tokens;
  let k = 0;
  for (const time of [...times].sort((a, b) => a.start - b.start)) {
    while (k < toks.length && toks[k]!.end <= time.start) k++;
    let last = k;
    while (last + 1 < toks.length && toks[last + 1]!.start < time.end) last++;
    if (k < toks.length && toks[k]!.start < time.end) out.push({ time, first: k, last });
  }
  return out;
}

function isBreak(ix: ActorIndex, k: number): boolean {
  const w = ix.lower(k);
  return ix.cues.clauseBreaks.has(w) && w !== '(' && w !== ')';
}

/**
 * The scope's clause segments, read in one pass: each token's segment bounds, and whether a word that
 * makes a time a bound ("sejak") stands before it in its segment. A sentence with thousands of
 * triggers and times is then read once per trigger, not once per trigger and time.
 */
interface Segments {
  from: number;
  to: number;
  start: Int32Array;
  end: Int32Array;
  bounded: Uint8Array;
}

/** Each document's last scope's segments: the triggers of one sentence share them. */
const lastSegments = new WeakMap<ActorIndex, Segments>();

function segmentsOf(ix: ActorIndex, scope: Scope): Segments {
  const last = lastSegments.get(ix);
  if (last && last.from === scope.from && last.to === scope.to) return last;
  const seg = readSegments(ix, scope);
  lastSegments.set(ix, seg);
  return seg;
}

function readSegments(ix: ActorIndex, scope: Scope): Segments {
  const n = scope.to - scope.from;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const bounded = new Uint8Array(n);
  const c = ix.cues;
  // a token's segment runs from the token after the last break before it to the one before the next break
  let lastBreak = -1;
  let bound = 0;
  for (let i = 0; i < n; i++) {
    start[i] = lastBreak + 1;
    bounded[i] = bound;
    if (isBreak(ix, scope.from + i)) {
      lastBreak = i;
      bound = 0;
    } else if (c.timeNotEventDate.has(ix.lower(scope.from + i))) bound = 1;
  }
  let nextBreak = n;
  for (let i = n - 1; i >= 0; i--) {
    end[i] = nextBreak - 1;
    if (isBreak(ix, scope.from + i)) nextBreak = i;
  }
  return { from: scope.from, to: scope.to, start, end, bounded };
}

export function dateFor(
  ix: ActorIndex,
  scope: Scope,
  m: TriggerMatch,
  times: TokenTime[],
  published: string | null = null,
  isTrigger: (i: number) => boolean = () => false,
): Time | null {
  const c = ix.cues;
  let best: TokenTime | null = null;
  let bestDist = Infinity;
  let seg: Segments | null = null;
  let segA = 0;
  let segB = 0;
  for (const t of times) {
    if (t.first < scope.from || t.last >= scope.to) continue;
    if (!seg) {
      seg = segmentsOf(ix, scope);
      segA = seg.start[m.first - scope.from]! + scope.from;
      segB = seg.end[m.first - scope.from]! + scope.from;
    }
    if (namesAThing(ix, t, scope.from)) continue;
    const i = t.first - scope.from;
    const a = seg.start[i]! + scope.from;
    const b = seg.end[i]! + scope.from;
    // a bound, not a date: "sejak gencatan senjata berlaku pada 10 Oktober"
    if (seg.bounded[i]) continue;
    const sameClause = (a === segA && b === segB) || (a > segB && continuesAfterApposition(ix, seg, segB, a));
    if (!sameClause) {
      // a frame that is little more than the time itself, right before or after the trigger's clause, or
      // after the places that follow it ("di Istana Bogor, Jawa Barat, Senin (10/11/2025)")
      const extra = b - a + 1 - (t.last - t.first + 1);
      const adjacent = b + 2 === segA || a - 2 === segB || (a > segB && a - 2 === placesAfter(ix, seg, segB, a));
      if (!adjacent || extra > c.timeFrameMaxExtraWords) continue;
      let content = false;
      for (let k = a; k <= b && !content; k++) if ((k < t.first || k > t.last) && (ix.atToken[k] !== -1 || ix.isVerb(k))) content = true;
      if (content) continue;
    }
    // a date still to come after a purpose clause's verb is that act's, not the trigger's: "mengundang
    // Prabowo untuk berkunjung ke Tokyo pada awal 2026" (the invitation is not dated 2026), "agreed to meet
    // next week"; a past one may be both's ("kunjungan ke Bali untuk menghadiri pernikahan pada Rabu lalu")
    if (t.first > m.last && published && t.time.value && purposeBetween(ix, m.first + 1, t.first, isTrigger) && startsAfter(t.time.value, published)) continue;
    const d = t.last < m.first ? m.first - t.last : t.first > m.last ? t.first - m.last : 0;
    if (d < bestDist) {
      best = t;
      bestDist = d;
    }
  }
  return best ? best.time : null;
}

const BARE_YEAR = /^\d{4}$/;
const WORD = /^\p{L}/u;

/** A year written alone right after a word that is no date word names a thing: "upah minimum 2026", "the 2026 budget". */
function namesAThing(ix: ActorIndex, t: TokenTime, from: number): boolean {
  if (t.first !== t.last || t.first <= from || !BARE_YEAR.test(t.time.text)) return false;
  const before = ix.lower(t.first - 1);
  return WORD.test(before) && !ix.cues.yearDateWords.has(before);
}

/**
 * The last token of the run of segments after token `end` (a segment's last token) that each name only a
 * place ("…, Jawa Barat, …"), before token `until`; `end` when there is none.
 */
function placesAfter(ix: ActorIndex, seg: Segments, end: number, until: number): number {
  let last = end;
  for (let p = end + 2; p < until; ) {
    const e = seg.end[p - seg.from]! + seg.from;
    if (e >= until) break;
    for (let k = p; k <= e; k = ix.chunkAt(k)!.tokEnd) {
      if (!locationAt(ix, k) || ix.chunkAt(k)!.tokEnd - 1 > e) return last;
    }
    last = e;
    p = e + 2;
  }
  return last;
}

/**
 * The segment starting at token `a` goes on with the clause that ends at token `end`, a person's name in
 * apposition between commas lying between: "bertemu Perdana Menteri Jepang, Shigeru Ishiba, pada Senin".
 */
function continuesAfterApposition(ix: ActorIndex, seg: Segments, end: number, a: number): boolean {
  const p = end + 2;
  if (p >= a || ix.lower(end + 1) !== ',' || ix.lower(a - 1) !== ',') return false;
  const e = seg.end[p - seg.from]! + seg.from;
  const chunk = ix.chunkAt(p);
  return e + 2 === a && chunk !== null && chunk.tokStart === p && chunk.tokEnd - 1 === e && chunk.mentions.some((x) => x.entity.type === 'PER');
}

/** A purpose word and a verb after it (`objectControl`: "untuk berkunjung", "to meet") in tokens [from, to). */
function purposeBetween(ix: ActorIndex, from: number, to: number, isTrigger: (i: number) => boolean): boolean {
  // (a trigger after the purpose word is a verb whatever its form: English "to visit")
  for (let k = from; k + 1 < to; k++) if (ix.cues.objectControl.has(ix.lower(k)) && (ix.isVerb(k + 1) || isTrigger(k + 1))) return true;
  return false;
}

/** A place's name starts at token k. */
function locationAt(ix: ActorIndex, k: number): boolean {
  const chunk = ix.chunkAt(k);
  return chunk !== null && chunk.tokStart === k && chunk.mentions.some((x) => x.entity.type === 'LOC');
}

/** Tokens from the trigger beyond which no place is its place (and a sentence of thousands of tokens is not read whole for every trigger). */
const MAX_PLACE_DISTANCE = 40;

export function placeFor(ix: ActorIndex, scope: Scope, m: TriggerMatch, used: Set<string | undefined>): ActorRef | null {
  const c = ix.cues;
  return nearestInClause(ix, scope, m, (k) => {
    const chunk = ix.chunkAt(k);
    if (!chunk) return null;
    const loc = chunk.mentions.find((x) => x.entity.type === 'LOC' && !used.has(x.entity.id));
    if (!loc) return null;
    const gov = ix.governor(chunk, scope.from);
    return gov !== null && c.placePreps.has(gov) ? { entity: loc.entity, mention: loc } : null;
  });
}

/**
 * The body at whose premises an act takes place, in its clause: an organisation with an actor code named
 * after a place preposition or a site word (`siteWords`: "di depan kantor KPU", "outside the US embassy"). A protest
 * there is a protest against that body.
 */
export function siteFor(ix: ActorIndex, scope: Scope, m: TriggerMatch, used: Set<string | undefined>): ActorRef | null {
  const c = ix.cues;
  return nearestInClause(ix, scope, m, (k) => {
    const chunk = ix.chunkAt(k);
    if (!chunk || chunk.tokStart !== k) return null;
    // (a body with an actor code: a name of no known body may be a place the tagger took for one, "in Genoa")
    const body = chunk.mentions.find((x) => x.entity.type === 'ORG' && x.entity.actor !== null && !isGroupEntity(x.entity) && !used.has(x.entity.id));
    if (!body) return null;
    // a site word within the few words before the name ("depan kantor", "outside the")
    for (let j = k - 1, steps = 0; j >= scope.from && steps < SITE_WORDS_BEFORE; j--, steps++) {
      if (c.siteWords.has(ix.lower(j))) return { entity: body.entity, mention: body };
      if (ix.isVerb(j) || ix.chunkAt(j)) break;
    }
    const gov = ix.governor(chunk, scope.from);
    return gov !== null && c.placePreps.has(gov) ? { entity: body.entity, mention: body } : null;
  });
}

/** Words before a body's name a site word may stand ("in front of the"). */
const SITE_WORDS_BEFORE = 3;

/** The first `pick` answers in the trigger's clause: forward from the trigger, then back from it. */
function nearestInClause(ix: ActorIndex, scope: Scope, m: TriggerMatch, pick: (k: number) => ActorRef | null): ActorRef | null {
  const c = ix.cues;
  // within the trigger's own clause: up to a clause break, a relative clause or a purpose clause
  // (a relative clause right after a noun trigger describes that very event: "perang yang dilancarkan Rusia di Ukraina")
  const ends = (k: number, forward: boolean): boolean => {
    const w = ix.lower(k);
    if (c.relativizers.has(w)) return k !== m.last + 1;
    // after the trigger a comma goes on only into a place in apposition ("di Canberra, Australia"), not
    // into another clause ("…, officials in Nairobi said"); before it, every comma is crossed
    if (forward && c.listSeparators.has(w)) return !locationAt(ix, k + 1);
    return (isBreak(ix, k) && !c.listSeparators.has(w)) || c.objectControl.has(w);
  };
  const to = Math.min(scope.to, m.last + 1 + MAX_PLACE_DISTANCE);
  for (let k = m.last + 1; k < to && !ends(k, true); k++) {
    const r = pick(k);
    if (r) return r;
  }
  const from = Math.max(scope.from, m.first - MAX_PLACE_DISTANCE);
  // before the trigger, another verb opens another clause ("X, yang tumbuh besar di Italia, mengatakan ia
  // melakukan demo"): its places are not this event's; a support verb of the trigger's is its own clause
  const otherVerb = (k: number): boolean => ix.isVerb(k) && !c.supportVerbs.has(ix.lower(k));
  // ("Geng dari Venezuela, yang beroperasi di Amerika Latin, menyandera …": a place inside a relative clause
  // between commas describes the subject, not where the act was)
  const inAside = (k: number): boolean => {
    for (let j = k - 1; j >= from && j >= k - ASIDE_WORDS; j--) {
      const w = ix.lower(j);
      if (c.relativizers.has(w)) return true;
      if (c.listSeparators.has(w) || isBreak(ix, j)) return false;
    }
    return false;
  };
  let comma = false;
  for (let k = m.first - 1; k >= from && !ends(k, false) && !otherVerb(k); k--) {
    if (c.listSeparators.has(ix.lower(k))) comma = true;
    const r = pick(k);
    if (r) return comma && inAside(k) ? null : r;
  }
  return null;
}

/** Words back from a place to the relativizer of the clause it is in ("yang beroperasi di …"). */
const ASIDE_WORDS = 6;

/**
 * Whether a TimeML date value (a day, an ISO week, a month or a year, with any time of day after it)
 * begins after the publication day (YYYY-MM-DD…): "pekan depan" in an article of 2025-10-22 is 2025-W44.
 */
export function startsAfter(value: string, published: string): boolean {
  const day = published.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const d = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (d) return `${d[1]}-${d[2]}-${d[3]}` > day;
  const w = /^(\d{4})-W(\d{2})$/.exec(value);
  if (w) return formatDay(isoWeekMonday(Number(w[1]), Number(w[2]))) > day;
  if (/^\d{4}-\d{2}$/.test(value)) return value > day.slice(0, 7);
  if (/^\d{4}$/.test(value)) return value > day.slice(0, 4);
  return false;
}

/** Sentences from the body's start whose undated verbal acts a speaker's dated statement may date. */
const LEAD_SENTENCES = 2;

/**
 * The day each speaker made their statement, where the article dates it: a cue and, in the cue's sentence
 * after it, a time naming a single day ("…," kata Hidayat dalam keterangannya, Rabu (15/10/2025)). A speaker
 * with statements of two different days has none. Keyed by entity id.
 */
export function statementDays(
  quotes: readonly { speaker: string | null; cue: { start: number; end: number } | null }[],
  times: readonly Time[],
  sentences: readonly { start: number; end: number }[],
): Map<string, string | null> {
  const days = new Map<string, string | null>();
  if (!quotes.some((q) => q.speaker && q.cue)) return days;
  // (the cue's sentence and the first time after it are found by binary searches, not scans)
  const byStart = [...times].sort((a, b) => a.start - b.start);
  for (const q of quotes) {
    if (!q.speaker || !q.cue) continue;
    const cue = q.cue;
    const s = sentences[partitionPoint(sentences.length, (i) => sentences[i]!.start <= cue.start) - 1];
    if (!s || cue.end > s.end) continue;
    let t: Time | undefined;
    for (let i = partitionPoint(byStart.length, (k) => byStart[k]!.start < cue.end); i < byStart.length && byStart[i]!.start < s.end; i++) {
      const x = byStart[i]!;
      if (x.type === 'DATE' && x.end <= s.end && x.value !== null && /^\d{4}-\d{2}-\d{2}$/.test(x.value)) {
        t = x;
        break;
      }
    }
    if (!t) continue;
    const known = days.get(q.speaker);
    days.set(q.speaker, known === undefined || known === t.value ? t.value : null);
  }
  return days;
}

/**
 * CAMEO roots of acts done by saying: statements, appeals, intents, praise and support, demands,
 * disapproval, rejection, threats. Meetings and visits (04), signing (057) and protests (14) happen on a
 * day of their own.
 */
const SPOKEN_ROOTS = new Set(['01', '02', '03', '05', '10', '11', '12', '13']);

/**
 * The date of an undated spoken act (SPOKEN_ROOTS) told in the lead by one whose statement the article
 * dates: the lead sums up what they said that day ("Wakil Ketua MPR Hidayat Nur Wahid mendukung langkah
 * Menpora …" … "kata Hidayat …, Rabu (15/10/2025)"). Only for a statement on or before the publication day.
 */
export function leadStatementDay(
  e: { date: string | null; code: string; root: string; sentence: number; modality: string; source: { entity: string | null } | null },
  days: ReadonlyMap<string, string | null>,
  firstBodySentence: number,
  published: string | null,
): string | null {
  if (e.date !== null || e.modality !== 'asserted' || !SPOKEN_ROOTS.has(e.root) || e.code === '057' || !e.source?.entity) return null;
  if (e.sentence < firstBodySentence || e.sentence >= firstBodySentence + LEAD_SENTENCES) return null;
  const day = days.get(e.source.entity) ?? null;
  return day !== null && !(published && startsAfter(day, published)) ? day : null;
}
