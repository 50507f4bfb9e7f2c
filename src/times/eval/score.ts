/**
 * Scoring time expressions: spans matched by overlap (TimeML files) or texts matched with their
 * values (the eval-dev gold, which has no offsets).
 */

export interface Counts {
  gold: number;
  predicted: number;
  /** gold expressions overlapped by a prediction (one-to-one) */
  matched: number;
  /** matched pairs whose values agree */
  valueCorrect: number;
}

export const emptyCounts = (): Counts => ({ gold: 0, predicted: 0, matched: 0, valueCorrect: 0 });

export function addCounts(a: Counts, b: Counts): Counts {
  return { gold: a.gold + b.gold, predicted: a.predicted + b.predicted, matched: a.matched + b.matched, valueCorrect: a.valueCorrect + b.valueCorrect };
}

export interface SpanItem {
  start: number;
  end: number;
  value: string | null;
}

export interface SpanMatch<G, P> {
  pairs: [G, P][];
  missed: G[];
  spurious: P[];
}

/** One-to-one matching by overlap: each gold span takes the free prediction overlapping it most. */
export function matchSpans<G extends SpanItem, P extends SpanItem>(gold: G[], pred: P[]): SpanMatch<G, P> {
  const used = new Set<number>();
  const pairs: [G, P][] = [];
  const missed: G[] = [];
  for (const g of gold) {
    let best = -1;
    let bestOverlap = 0;
    pred.forEach((p, i) => {
      if (used.has(i)) return;
      const o = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (o > bestOverlap) {
        bestOverlap = o;
        best = i;
      }
    });
    if (best < 0) missed.push(g);
    else {
      used.add(best);
      pairs.push([g, pred[best]!]);
    }
  }
  return { pairs, missed, spurious: pred.filter((_, i) => !used.has(i)) };
}

export function countsOf<G extends SpanItem, P extends SpanItem>(gold: G[], pred: P[], m: SpanMatch<G, P>): Counts {
  return {
    gold: gold.length,
    predicted: pred.length,
    matched: m.pairs.length,
    valueCorrect: m.pairs.filter(([g, p]) => g.value === p.value).length,
  };
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  /** value accuracy on matched pairs */
  valueAccuracy: number;
}

export function prf(c: Counts): Prf {
  const precision = c.predicted === 0 ? 0 : c.matched / c.predicted;
  const recall = c.gold === 0 ? 0 : c.matched / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, valueAccuracy: c.matched === 0 ? 0 : c.valueCorrect / c.matched };
}

/** An expression as the eval-dev gold writes it: text and value, no offsets. */
export interface TextValue {
  text: string;
  value: string;
}

export const normText = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

export interface TextMatch {
  /** distinct (text, value) pairs on each side and how many agree */
  gold: number;
  predicted: number;
  correct: number;
  missed: TextValue[];
  spurious: TextValue[];
}

/**
 * Matches distinct (text, value) pairs. `strict`: the texts are the same (case and spacing
 * aside); relaxed: one text contains the other. The value must be the same either way.
 */
export function matchTexts(gold: TextValue[], pred: TextValue[], strict: boolean): TextMatch {
  const uniq = (xs: TextValue[]): TextValue[] => {
    const seen = new Set<string>();
    return xs.filter((x) => {
      const k = `${normText(x.text)}\u0000${x.value}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  };
  const g = uniq(gold);
  const p = uniq(pred);
  const used = new Set<number>();
  const missed: TextValue[] = [];
  let correct = 0;
  const same = (a: TextValue, b: TextValue): boolean => {
    if (a.value !== b.value) return false;
    const x = normText(a.text);
    const y = normText(b.text);
    return strict ? x === y : x.includes(y) || y.includes(x);
  };
  for (const x of g) {
    // exact texts first, so that a relaxed match does not take another's exact partner
    let i = p.findIndex((y, k) => !used.has(k) && normText(y.text) === normText(x.text) && y.value === x.value);
    if (i < 0) i = p.findIndex((y, k) => !used.has(k) && same(x, y));
    if (i < 0) missed.push(x);
    else {
      used.add(i);
      correct++;
    }
  }
  return { gold: g.length, predicted: p.length, correct, missed, spurious: p.filter((_, k) => !used.has(k)) };
}
