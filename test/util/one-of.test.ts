import { describe, expect, it } from 'vitest';
import { isOneOf } from '../../src/util/one-of.js';

describe('isOneOf', () => {
  const KINDS = ['jsonl', 'csv'] as const;
  it('accepts exactly the list values, case and all', () => {
    expect(isOneOf(KINDS, 'csv')).toBe(true);
    expect(isOneOf(KINDS, 'CSV')).toBe(false);
    expect(isOneOf(KINDS, '')).toBe(false);
  });
});
