import { describe, expect, it } from 'vitest';
import { EntityScorer, score, spansOf } from '../../../src/entities/tagger/metrics.js';
import { LABELS } from '../../../src/entities/tagger/labels.js';

const ids = (tags: string): number[] => tags.split(' ').map((t) => LABELS.indexOf(t as (typeof LABELS)[number]));

describe('entity-level scoring', () => {
  it('finds spans the conlleval way (an I- without its B- starts an entity)', () => {
    expect(spansOf(ids('B-PER I-PER O I-LOC I-LOC B-LOC B-ORG I-PER'))).toEqual([
      { start: 0, end: 2, type: 0 },
      { start: 3, end: 5, type: 2 },
      { start: 5, end: 6, type: 2 },
      { start: 6, end: 7, type: 1 },
      { start: 7, end: 8, type: 0 },
    ]);
  });

  it('computes P/R/F1 on a hand-made case', () => {
    const s = new EntityScorer();
    // gold: PER[0,2) ORG[3,4) LOC[5,6); predicted: PER[0,2) (right), ORG[3,5) (wrong span), LOC[5,6) as PER (wrong type)
    s.add(ids('B-PER I-PER O B-ORG O B-LOC'), ids('B-PER I-PER O B-ORG I-ORG B-PER'));
    // second sentence: gold LOC, predicted LOC (right) + a spurious ORG
    s.add(ids('B-LOC O O'), ids('B-LOC O B-ORG'));
    const all = s.overall();
    expect([all.tp, all.fp, all.fn]).toEqual([2, 3, 2]);
    expect(all.precision).toBeCloseTo(2 / 5, 12);
    expect(all.recall).toBeCloseTo(2 / 4, 12);
    expect(all.f1).toBeCloseTo((2 * 0.4 * 0.5) / 0.9, 12);
    expect(s.type(0)).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(s.type(1)).toMatchObject({ tp: 0, fp: 2, fn: 1 });
    expect(s.type(2)).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });

  it('gives 0, not NaN, when nothing is found or expected', () => {
    expect(score({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});
