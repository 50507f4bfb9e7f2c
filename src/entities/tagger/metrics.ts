/**
 * Entity-level scoring (conlleval convention): an entity is a maximal B-X I-X… run (an I-X that does not
 * continue an X also starts one); a predicted entity counts only when its span and type equal a gold one.
 */
import { ENTITY_TYPES, O, isInside, typeIndex } from './labels.js';

export interface Span {
  start: number;
  /** Exclusive. */
  end: number;
  /** 0 PER, 1 ORG, 2 LOC. */
  type: number;
}

export function spansOf(labels: ArrayLike<number>): Span[] {
  const out: Span[] = [];
  let cur: Span | null = null;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (cur && (l === O || !isInside(l) || typeIndex(l) !== cur.type)) {
      cur.end = i;
      out.push(cur);
      cur = null;
    }
    if (l !== O && !cur) cur = { start: i, end: -1, type: typeIndex(l) };
  }
  if (cur) {
    cur.end = labels.length;
    out.push(cur);
  }
  return out;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** Per-type counts (PER, ORG, LOC) accumulated over sentences. */
export class EntityScorer {
  readonly byType: Counts[] = ENTITY_TYPES.map(() => ({ tp: 0, fp: 0, fn: 0 }));

  add(gold: ArrayLike<number>, predicted: ArrayLike<number>): void {
    const g = spansOf(gold);
    const p = spansOf(predicted);
    const key = (s: Span): string => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(g.map(key));
    const predKeys = new Set(p.map(key));
    for (const s of p) this.byType[s.type][goldKeys.has(key(s)) ? 'tp' : 'fp']++;
    for (const s of g) if (!predKeys.has(key(s))) this.byType[s.type].fn++;
  }

  type(t: number): Scores {
    return score(this.byType[t]);
  }

  overall(): Scores {
    const c: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const t of this.byType) {
      c.tp += t.tp;
      c.fp += t.fp;
      c.fn += t.fn;
    }
    return score(c);
  }
}

export function score(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}
