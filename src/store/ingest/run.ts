/**
 * `warta ingest`: read inputs, skip what the store already holds, analyze the rest in worker
 * threads, write in batched transactions. Every batch is one transaction and everything derived
 * (links, clusters) depends on the set of documents, not on their order, so a run killed at any
 * moment leaves a consistent store and running again completes it to the same result.
 */
import type { AnalyzeOptions } from '../../pipeline.js';
import { readSources, type InputFormat } from '../../read/sources.js';
import { coreCount } from '../../util/cores.js';
import { contentHash, documentKey } from '../normalize.js';
import type { LinkKind, SerializedDocument, Store } from '../types.js';
import type { WorkItem, WorkResult } from './messages.js';
import { WorkerPool } from './pool.js';
import { silentProgress, type Progress } from './progress.js';
import { estimateCount, expandInputs } from './walk.js';

export interface IngestOptions {
  store: Store;
  /** worker threads; default: defaultJobs() */
  jobs?: number;
  /** documents per transaction */
  batchSize?: number;
  format?: InputFormat;
  analyze?: AnalyzeOptions;
  progress?: Progress;
  stdin?: AsyncIterable<Uint8Array>;
  /**
   * Analysis workers already running (the bench reuses warmed-up ones): used instead of starting new
   * ones, and left running. `jobs` and `analyze` are then the pool's own.
   */
  pool?: WorkerPool;
}

export interface IngestSummary {
  /** documents read from the inputs */
  read: number;
  /** new documents written */
  added: number;
  /** already in the store before this run */
  existing: number;
  /** given more than once in this run */
  repeated: number;
  failed: { origin: string; message: string }[];
  links: Record<LinkKind, number>;
  seconds: number;
}

const CHUNK = 16;

/**
 * Analysis workers by default: one per core but one. The ingesting thread has work of its own (reading,
 * hashing, every SQLite write: about 1 ms an article), and each worker's V8 compiles the analyzer on
 * background threads for its first few thousand articles. On 2 cores (Detik, 1,000 articles) one
 * worker ingests in 2.6–3.5 s against 3.5–4.1 s for two (3.3–3.7 s against 4.3–4.7 s before the
 * `ingest` command's patient tiering, util/jit.ts), and 5,000 articles in 14.1–14.5 s against
 * 14.4–15.9 s: two workers only fight the writer and the compiler for the cores.
 */
export function defaultJobs(): number {
  return Math.max(1, coreCount() - 1);
}

export async function ingest(args: string[], opts: IngestOptions): Promise<IngestSummary> {
  const t0 = performance.now();
  const { store } = opts;
  const progress = opts.progress ?? silentProgress();
  const batchSize = opts.batchSize ?? 200;
  const summary: IngestSummary = { read: 0, added: 0, existing: 0, repeated: 0, failed: [], links: { duplicate: 0, 'near-duplicate': 0, syndication: 0 }, seconds: 0 };

  const expanded = await expandInputs(args);
  summary.failed.push(...expanded.failures);
  progress.start(await estimateCount(expanded.inputs));

  // Workers start when the first new document needs them: re-running a finished ingest costs no analyzer load.
  // Reading goes on while they load their models (the first chunks wait in their queues); a worker
  // that cannot start at all stops the ingest with its error.
  let pool: WorkerPool | null = null;
  let started: Promise<void> | null = null;
  let startFailure: { error: unknown } | null = null;
  const getPool = (): WorkerPool => {
    if (!pool) {
      pool = opts.pool ?? new WorkerPool(opts.jobs ?? defaultJobs(), opts.analyze ?? {});
      started = pool.ready();
      started.catch((error: unknown) => void (startFailure ??= { error }));
    }
    return pool;
  };
  const checkStart = (): void => {
    if (startFailure) throw startFailure.error;
  };
  let readingDone = false;
  let done = summary.failed.length;
  const tick = (n: number): void => {
    done += n;
    progress.update(done);
  };
  const seen = new Set<string>();
  let toCheck: WorkItem[] = [];
  let toWrite: SerializedDocument[] = [];
  const inFlight = new Set<Promise<void>>();

  const write = async (): Promise<void> => {
    if (toWrite.length === 0) return;
    const batch = toWrite;
    toWrite = [];
    const r = await store.writeBatch(batch);
    summary.added += r.written;
    summary.existing += r.existing;
    for (const k of Object.keys(r.links) as LinkKind[]) summary.links[k] += r.links[k];
  };
  // Once everything is read, results are written as they come, while the workers finish the rest:
  // after the results already received (their messages are handled before immediates run), so one
  // transaction takes everything that arrived while the last one was written.
  let soon: Promise<void> | null = null;
  const writeSoon = (): Promise<void> =>
    (soon ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      soon = null;
      return write();
    }));
  const collect = async (results: WorkResult[]): Promise<void> => {
    for (const r of results) {
      if (r.ok) toWrite.push(r.doc);
      else summary.failed.push({ origin: r.origin, message: r.message });
    }
    tick(results.length);
    if (toWrite.length >= batchSize) await write();
    else if (readingDone) await writeSoon();
  };
  const dispatch = async (): Promise<void> => {
    if (toCheck.length === 0) return;
    const items = toCheck;
    toCheck = [];
    const existing = await store.existingKeys(items.map((i) => i.key));
    const fresh = items.filter((i) => !existing.has(i.key));
    summary.existing += items.length - fresh.length;
    tick(items.length - fresh.length);
    if (fresh.length === 0) return;
    const workers = getPool();
    // Two chunks per worker in flight, and enough more to keep them busy while a batch is written
    // (the thread is taken by the transaction then); reading waits for analysis, memory stays flat.
    const limit = workers.size * 2 + Math.ceil(batchSize / CHUNK);
    for (let i = 0; i < fresh.length; i += CHUNK) {
      while (workers.inFlight >= limit) {
        await Promise.race(inFlight);
        checkStart();
      }
      const p = workers.run(fresh.slice(i, i + CHUNK)).then(collect);
      inFlight.add(p);
      p.finally(() => inFlight.delete(p)).catch(() => undefined); // failures surface where the pool is awaited
    }
  };

  try {
    for await (const item of readSources(expanded.inputs, { format: opts.format ?? 'auto', stdin: opts.stdin })) {
      if (!item.ok) {
        summary.failed.push({ origin: item.origin, message: item.message });
        tick(1);
        continue;
      }
      summary.read++;
      const hash = contentHash(item.doc.text);
      const key = documentKey(item.doc.id, hash);
      if (seen.has(key)) {
        summary.repeated++;
        tick(1);
        continue;
      }
      seen.add(key);
      toCheck.push({ input: item.doc, key, contentHash: hash });
      if (toCheck.length >= CHUNK * 4) await dispatch();
    }
    await dispatch();
    readingDone = true;
    await write();
    while (inFlight.size > 0) await Promise.all([...inFlight]);
    await write();
    await started;
  } finally {
    progress.stop();
    if (!opts.pool) await (pool as WorkerPool | null)?.close();
  }
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}
