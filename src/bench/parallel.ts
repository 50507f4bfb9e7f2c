/**
 * Throughput with N worker threads: each loads its own analyzer, gets the corpus once and warms
 * up (none of it timed), then chunks of documents go to whichever worker is free, round the
 * corpus again and again, for at least `minSeconds`.
 *
 * The warm-up must be long (`--warmup`, 3,000 articles by default): for the first ~2,000 V8 spends about as much CPU again
 * compiling (on its own threads) as the analysis itself. On one thread that compiling runs on a
 * spare core; with one worker per core it competes with the workers, so a short warm-up measured
 * the compiler, not the analysis (2 workers on 2 cores looked no faster than one thread).
 */
import { Worker } from 'node:worker_threads';
import type { InputDoc } from '../read/types.js';
import { workerEntry } from '../util/worker-entry.js';
import type { FromWorker, ToWorker } from './worker-messages.js';

const CHUNK = 8;

export interface ParallelResult {
  jobs: number;
  documents: number;
  seconds: number;
}

function next(worker: Worker): Promise<FromWorker> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: FromWorker): void => {
      worker.off('error', onError);
      resolve(m);
    };
    const onError = (e: Error): void => {
      worker.off('message', onMessage);
      reject(e);
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
  });
}

export async function runParallel(docs: InputDoc[], jobs: number, minSeconds: number, warmup: number): Promise<ParallelResult> {
  const workers = Array.from({ length: jobs }, () => new Worker(workerEntry(import.meta.url, 'bench-worker.js', './worker.ts')));
  try {
    await Promise.all(workers.map((w) => next(w)));
    await Promise.all(
      workers.map((w) => {
        const ready = next(w);
        w.postMessage({ type: 'corpus', docs, warmup } satisfies ToWorker);
        return ready;
      }),
    );
    let nextDoc = 0;
    const chunk = (): number[] => {
      const start = nextDoc;
      const size = Math.min(CHUNK, docs.length - start);
      nextDoc = (start + size) % docs.length;
      return Array.from({ length: size }, (_, k) => start + k);
    };
    let done = 0;
    const t0 = performance.now();
    await Promise.all(
      workers.map(async (w) => {
        while (performance.now() - t0 < minSeconds * 1000) {
          const reply = next(w);
          w.postMessage({ type: 'run', indices: chunk() } satisfies ToWorker);
          const m = await reply;
          if (m.type === 'done') done += m.count;
        }
      }),
    );
    return { jobs, documents: done, seconds: (performance.now() - t0) / 1000 };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
