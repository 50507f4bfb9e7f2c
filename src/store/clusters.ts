/**
 * Event clusters: reports of one real-world event. Events share a cluster when they have the same
 * cluster key (source, target, CAMEO root) and their days fall in one window. The segmentation is
 * a function of the set of events alone (never of the order they arrived in), so ingesting in any
 * order, in any batches, or after a crash gives the same clusters.
 */
import { sha256Hex } from './normalize.js';

/** Days an event's date (or, undated, its article's publication day) may lie after the cluster's first. */
export const CLUSTER_WINDOW_DAYS = 2;

/**
 * Greedy from the earliest: a cluster starts at the earliest day not yet covered and takes every
 * event up to `window` days later. `days` must be sorted ascending; returns the start day of each.
 */
export function segmentDays(days: readonly number[], window = CLUSTER_WINDOW_DAYS): number[] {
  const starts: number[] = new Array(days.length);
  let start = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < days.length; i++) {
    const d = days[i]!;
    if (d > start + window) start = d;
    starts[i] = start;
  }
  return starts;
}

/** A cluster's id: 13 hex digits (an integer below 2^52, which GDELT's GLOBALEVENTID can carry). */
export function clusterId(clusterKey: string, startDay: number | null, eventKey: string): string {
  return sha256Hex(startDay === null ? `${clusterKey}\u0000event:${eventKey}` : `${clusterKey}\u0000${startDay}`, 13);
}

/**
 * Independent sources among documents: documents with the same origin (the agency they credit,
 * else their site) count once, and so do documents linked as copies of each other.
 */
export function countSources(docs: readonly { id: number; origin: string }[], links: readonly [number, number][]): number {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    let c = x;
    while (c !== r) {
      const n = parent.get(c)!;
      parent.set(c, r);
      c = n;
    }
    return r;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  const originOf = new Map<number, string>();
  for (const d of docs) {
    originOf.set(d.id, d.origin);
    if (!parent.has(d.origin)) parent.set(d.origin, d.origin);
  }
  for (const [a, b] of links) {
    const oa = originOf.get(a);
    const ob = originOf.get(b);
    if (oa !== undefined && ob !== undefined) union(oa, ob);
  }
  const roots = new Set<string>();
  for (const o of parent.keys()) roots.add(find(o));
  return roots.size;
}
