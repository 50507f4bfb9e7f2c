/**
 * When and where an event happened, from its own clause.
 * Date: a dated time expression (from the times stage) in the trigger's clause; a time in a
 * comma-separated frame counts only when the frame is little more than the time ("Pada Februari
 * lalu, AS menjatuhkan sanksi …", "…, Senin (20/10) pagi"), not when it names another happening
 * ("Pascapertemuan puncak Kim-Putin pada September, …"). A time after "sejak"/"hingga" is a bound,
 * not the event's date. None found → null (never the publication date).
 * Place: a location after a place preposition ("di Rusia"), nearest after the trigger, else before.
 */
import type { Time } from '../record/schema.js';
import type { ActorIndex } from './actors.js';
import type { ActorRef, Scope } from './roles.js';
import type { TriggerMatch } from './triggers.js';

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

/** The segment [from, to] around token k bounded by clause breaks inside the scope. */
function segmentAround(ix: ActorIndex, k: number, scope: Scope): [number, number] {
  let a = k;
  while (a - 1 >= scope.from && !isBreak(ix, a - 1)) a--;
  let b = k;
  while (b + 1 < scope.to && !isBreak(ix, b + 1)) b++;
  return [a, b];
}

export function dateFor(ix: ActorIndex, scope: Scope, m: TriggerMatch, times: TokenTime[]): Time | null {
  const c = ix.cues;
  let best: TokenTime | null = null;
  let bestDist = Infinity;
  const [segA, segB] = segmentAround(ix, m.first, scope);
  for (const t of times) {
    if (t.first < scope.from || t.last >= scope.to) continue;
    const [a, b] = segmentAround(ix, t.first, scope);
    // a bound, not a date: "sejak gencatan senjata berlaku pada 10 Oktober"
    let bound = false;
    for (let k = a; k < t.first; k++) if (c.timeNotEventDate.has(ix.lower(k))) bound = true;
    if (bound) continue;
    const sameClause = a === segA && b === segB;
    if (!sameClause) {
      // a frame that is little more than the time itself, right before or after the trigger's clause
      const extra = b - a + 1 - (t.last - t.first + 1);
      let content = false;
      for (let k = a; k <= b; k++) if ((k < t.first || k > t.last) && (ix.atToken[k] !== -1 || ix.isVerb(k))) content = true;
      const adjacent = b + 2 === segA || a - 2 === segB;
      if (!adjacent || content || extra > c.timeFrameMaxExtraWords) continue;
    }
    const d = t.last < m.first ? m.first - t.last : t.first > m.last ? t.first - m.last : 0;
    if (d < bestDist) {
      best = t;
      bestDist = d;
    }
  }
  return best ? best.time : null;
}

/** A place's name starts at token k. */
function locationAt(ix: ActorIndex, k: number): boolean {
  const chunk = ix.chunkAt(k);
  return chunk !== null && chunk.tokStart === k && chunk.mentions.some((x) => x.entity.type === 'LOC');
}

export function placeFor(ix: ActorIndex, scope: Scope, m: TriggerMatch, used: Set<string | undefined>): ActorRef | null {
  const c = ix.cues;
  const pick = (k: number): ActorRef | null => {
    const chunk = ix.chunkAt(k);
    if (!chunk) return null;
    const loc = chunk.mentions.find((x) => x.entity.type === 'LOC' && !used.has(x.entity.id));
    if (!loc) return null;
    const gov = ix.governor(chunk, scope.from);
    return gov !== null && c.placePreps.has(gov) ? { entity: loc.entity, mention: loc } : null;
  };
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
  for (let k = m.last + 1; k < scope.to && !ends(k, true); k++) {
    const r = pick(k);
    if (r) return r;
  }
  for (let k = m.first - 1; k >= scope.from && !ends(k, false); k--) {
    const r = pick(k);
    if (r) return r;
  }
  return null;
}
