/** Tagging speed, for `scripts/bench-ner.ts` and `warta bench`: tokens per second on one core. */
import type { ModelTagger } from './tagger.js';

export interface TaggerBench {
  sentences: number;
  tokens: number;
  seconds: number;
  tokensPerSecond: number;
}

/** Tags the sentences over and over (after one warm-up pass) for at least `minSeconds`. */
export function benchTagger(tagger: ModelTagger, sentences: readonly (readonly string[])[], minSeconds = 2): TaggerBench {
  if (sentences.length === 0) throw new Error('benchTagger needs sentences');
  for (const s of sentences) tagger.tagIds(s);
  let tokens = 0;
  let n = 0;
  const start = process.hrtime.bigint();
  let seconds = 0;
  do {
    for (const s of sentences) {
      tagger.tagIds(s);
      tokens += s.length;
    }
    n += sentences.length;
    seconds = Number(process.hrtime.bigint() - start) / 1e9;
  } while (seconds < minSeconds);
  return { sentences: n, tokens, seconds, tokensPerSecond: tokens / seconds };
}
