/**
 * Throughput with N worker threads: each loads its own analyzer and gets the corpus once (neither
 * is timed), then chunks of documents go to whichever worker is free until every document has
 * been analyzed `passes` times.
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

export async function runParallel(docs: InputDoc[], jobs: number, passes: number, warmup: number): Promise<ParallelResult> {
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
    const queue: number[][] = [];
    for (let p = 0; p < passes; p++) {
      for (let i = 0; i < docs.length; i += CHUNK) queue.push(Array.from({ length: Math.min(CHUNK, docs.length - i) }, (_, k) => i + k));
    }
    let done = 0;
    const t0 = performance.now();
    await Promise.all(
      workers.map(async (w) => {
        for (let chunk = queue.shift(); chunk; chunk = queue.shift()) {
          const reply = next(w);
          w.postMessage({ type: 'run', indices: chunk } satisfies ToWorker);
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
