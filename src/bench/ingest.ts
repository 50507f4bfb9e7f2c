/**
 * Ingest throughput: the corpus into a fresh store in a temporary folder, through the same
 * function as `warta ingest` (reading, worker threads, batched writes, links and clusters).
 *
 * Two figures. The cold run is what `warta ingest` does from a fresh process: its workers start,
 * load the models and run the analyzer while V8 is still compiling it (a fresh thread runs at full
 * speed only after about 1,500 articles; see util/jit.ts). The sustained run is the same corpus into
 * another fresh store by the same workers once they have analyzed `warmup` articles, three times (the
 * median is the figure: one run of 2-3 s moves with the host): the rate a long ingest keeps up,
 * measured the way the one-core figure is (after warm-up, on the corpus itself).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InputDoc } from '../read/types.js';
import { WorkerPool } from '../store/ingest/pool.js';
import { ingest } from '../store/ingest/run.js';
import type { Progress } from '../store/ingest/progress.js';
import { SqliteStore } from '../store/sqlite/store.js';
import { patientTiering } from '../util/jit.js';

export interface IngestRun {
  documents: number;
  failed: number;
  /** from the start of the run (worker start-up included, in the cold run) to the last write */
  seconds: number;
  /** seconds until the first documents were analyzed (in the cold run, mostly the workers loading their models) */
  startup: number;
  articlesPerSecond: number;
  /**
   * CPU milliseconds an article of the main thread (reading, hashing, writing the store) and of the
   * whole process (workers included): unlike the rate, not lowered by other work on the machine.
   * Null where the thread's time cannot be read (it comes from /proc).
   */
  mainCpuMsPerDoc: number | null;
  cpuMsPerDoc: number;
}

export interface IngestResult {
  jobs: number;
  /** from a fresh start of the workers, as `warta ingest` runs */
  cold: IngestRun;
  /** by the same workers after `warmupArticles` articles: the median of SUSTAINED_RUNS runs by rate */
  sustained: IngestRun;
  /** the slowest and the fastest of those runs, articles/s */
  sustainedRange: [number, number];
  warmupArticles: number;
}

/** Timed sustained runs (each into its own fresh store); the median is reported. */
export const SUSTAINED_RUNS = 3;

/** CPU time of the calling thread in ms (Linux: /proc/thread-self/stat, in clock ticks of 10 ms), else null. */
function threadCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

function processCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * One ingest of `file` into a fresh store at `db` (removed afterwards). `pool` is asked for the workers
 * once the clock runs: a first run starts them inside it, as `warta ingest` does.
 */
async function timedRun(file: string, db: string, pool: () => WorkerPool): Promise<IngestRun> {
  const t0 = performance.now();
  const store = SqliteStore.open(db, { readonly: false });
  try {
    const main0 = threadCpuMs();
    const cpu0 = processCpuMs();
    let first: number | null = null;
    const progress: Progress = { start() {}, update: (done) => void (done > 0 && (first ??= performance.now())), stop() {} };
    const summary = await ingest([file], { store, pool: pool(), progress });
    const seconds = (performance.now() - t0) / 1000;
    const main1 = threadCpuMs();
    const perDoc = (ms: number): number => ms / Math.max(summary.read, 1);
    return {
      documents: summary.added,
      failed: summary.failed.length,
      seconds,
      startup: first === null ? seconds : (first - t0) / 1000,
      articlesPerSecond: summary.added / seconds,
      mainCpuMsPerDoc: main0 === null || main1 === null ? null : perDoc(main1 - main0),
      cpuMsPerDoc: perDoc(processCpuMs() - cpu0),
    };
  } finally {
    await store.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  }
}

export async function benchIngest(docs: readonly InputDoc[], tmp: string, jobs: number, warmup: number): Promise<IngestResult> {
  // The documents as read (and cut by --limit), as JSON Lines: what ingest reads is exactly the benchmark's corpus.
  const file = join(tmp, 'corpus.jsonl');
  writeFileSync(file, docs.map((d) => JSON.stringify({ id: d.id, title: d.title, url: d.url, published: d.published, lang: d.lang, text: d.text })).join('\n') + '\n');
  // As `warta ingest` does (for the rest of the process: the bench runs this part last).
  patientTiering();
  let pool: WorkerPool | null = null;
  try {
    const cold = await timedRun(file, join(tmp, 'ingest-cold.db'), () => (pool ??= new WorkerPool(jobs, {})));
    let analyzed = docs.length;
    for (let i = 0; analyzed < warmup; i++) {
      await timedRun(file, join(tmp, `ingest-warmup-${i}.db`), () => pool!);
      analyzed += docs.length;
    }
    const runs: IngestRun[] = [];
    for (let i = 0; i < SUSTAINED_RUNS; i++) runs.push(await timedRun(file, join(tmp, `ingest-sustained-${i}.db`), () => pool!));
    runs.sort((a, b) => a.articlesPerSecond - b.articlesPerSecond);
    const sustained = runs[runs.length >> 1]!;
    return { jobs, cold, sustained, sustainedRange: [runs[0]!.articlesPerSecond, runs[runs.length - 1]!.articlesPerSecond], warmupArticles: analyzed };
  } finally {
    await (pool as WorkerPool | null)?.close();
  }
}
