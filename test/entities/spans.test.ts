import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bioSpans, labelSpans } from '../../src/entities/spans.js';
import { LABELS } from '../../src/entities/tagger/labels.js';

describe('tagger spans', () => {
  it('reads BIO tags into spans; an I- tag after O or another type opens one', () => {
    expect(bioSpans(['B-PER', 'I-PER', 'O', 'I-LOC', 'I-LOC', 'B-ORG', 'I-PER', 'X-Y', 'B-ORG'])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 5, type: 'LOC' },
      { start: 5, end: 6, type: 'ORG' },
      { start: 6, end: 7, type: 'PER' },
      { start: 8, end: 9, type: 'ORG' },
    ]);
    expect(bioSpans([])).toEqual([]);
  });

  it('gives the same spans from label ids as from the tag strings, whatever the sequence', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: LABELS.length - 1 }), { maxLength: 40 }), (ids) => {
        expect(labelSpans(Int32Array.from(ids))).toEqual(bioSpans(ids.map((y) => LABELS[y])));
      }),
    );
  });
});
