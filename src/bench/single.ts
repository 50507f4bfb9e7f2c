/**
 * Throughput on one core: the analyzer on this thread, the corpus analyzed again and again for at
 * least `minSeconds` after a warm-up, with the per-stage clock of the pipeline on. The warm-up's
 * first pass over the corpus is timed on its own: the rate of a process that has just started,
 * before V8 has optimised the analysis (a short `warta analyze` or `ingest` runs mostly at that rate).
 */
import { createAnalyzer, emptyTimings, type StageTimings } from '../pipeline.js';
import type { InputDoc } from '../read/types.js';

export interface SingleResult {
  /** milliseconds to load models and language data (createAnalyzer) */
  loadMs: number;
  /** milliseconds an article over the first pass of the warm-up (a cold process) */
  firstPassMsPerDoc: number;
  passes: number;
  documents: number;
  seconds: number;
  /** milliseconds per stage over the timed passes (the readers' own time is added by the caller) */
  stages: StageTimings;
  /**
   * The timed passes in blocks of at least BLOCK_MS (one pass of a large corpus, several of a small
   * one): each block's milliseconds an article, to show how steady the rate was.
   */
  blockMsPerDoc: number[];
}

const BLOCK_MS = 250;

export async function runSingle(docs: readonly InputDoc[], minSeconds: number, warmup: number): Promise<SingleResult> {
  const t0 = performance.now();
  const stages = emptyTimings();
  const analyzer = await createAnalyzer({ timings: stages });
  const loadMs = performance.now() - t0;
  const t1 = performance.now();
  for (const d of docs) analyzer.analyze(d);
  const firstPassMsPerDoc = (performance.now() - t1) / docs.length;
  for (let i = docs.length; i < warmup; i++) analyzer.analyze(docs[i % docs.length]!);
  for (const k of Object.keys(stages) as (keyof StageTimings)[]) stages[k] = 0;
  let passes = 0;
  const t2 = performance.now();
  let ms = 0;
  const blockMsPerDoc: number[] = [];
  let blockStart = t2;
  let blockDocs = 0;
  do {
    for (const d of docs) analyzer.analyze(d);
    passes++;
    blockDocs += docs.length;
    const now = performance.now();
    ms = now - t2;
    if (now - blockStart >= BLOCK_MS) {
      blockMsPerDoc.push((now - blockStart) / blockDocs);
      blockStart = now;
      blockDocs = 0;
    }
  } while (ms < minSeconds * 1000);
  // a last, short block counts only when it is the only one
  if (blockDocs > 0 && blockMsPerDoc.length === 0) blockMsPerDoc.push((t2 + ms - blockStart) / blockDocs);
  return { loadMs, firstPassMsPerDoc, passes, documents: passes * docs.length, seconds: ms / 1000, stages, blockMsPerDoc };
}
