/**
 * The floor: a bare tokenization pass over the same texts, splitting them into words and single
 * punctuation marks with one Unicode regular expression and nothing else. Warta's time is reported
 * as a multiple of this.
 */
import type { InputDoc } from '../read/types.js';

const WORDS = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/** The tokens of one text (what the floor pass computes). */
export function bareTokens(text: string): string[] {
  return text.match(WORDS) ?? [];
}

export interface FloorResult {
  /** tokens in one pass over the corpus */
  tokens: number;
  /** milliseconds per pass */
  msPerPass: number;
}

/** Tokenizes the corpus again and again for at least `minSeconds` (after one warm-up pass). */
export function floorPass(docs: readonly InputDoc[], minSeconds: number): FloorResult {
  let tokens = 0;
  for (const d of docs) tokens += bareTokens(d.text).length;
  let passes = 0;
  let sink = 0;
  const t0 = performance.now();
  let ms = 0;
  do {
    for (const d of docs) sink += bareTokens(d.text).length;
    passes++;
    ms = performance.now() - t0;
  } while (ms < minSeconds * 1000);
  if (sink !== tokens * passes) throw new Error('floor pass: token counts differ between passes');
  return { tokens, msPerPass: ms / passes };
}
