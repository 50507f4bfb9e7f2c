/**
 * Ingest throughput: the corpus into a fresh store in a temporary folder, through the same
 * function as `warta ingest` (reading, worker threads, batched writes, links and clusters).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InputDoc } from '../read/types.js';
import { ingest } from '../store/ingest/run.js';
import type { Progress } from '../store/ingest/progress.js';
import { SqliteStore } from '../store/sqlite/store.js';
import { patientTiering } from '../util/jit.js';

export interface IngestResult {
  jobs: number;
  documents: number;
  failed: number;
  /** from the start of the run (worker start-up included) to the last write */
  seconds: number;
  /** seconds until the first documents were analyzed (mostly the workers loading their models) */
  startup: number;
  /**
   * CPU milliseconds an article of the main thread (reading, hashing, writing the store) and of the
   * whole process (workers included): unlike the rate, not lowered by other work on the machine.
   * Null where the thread's time cannot be read (it comes from /proc).
   */
  mainCpuMsPerDoc: number | null;
  cpuMsPerDoc: number;
}

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

export async function benchIngest(docs: readonly InputDoc[], tmp: string, jobs: number): Promise<IngestResult> {
  // The documents as read (and cut by --limit), as JSON Lines: what ingest reads is exactly the benchmark's corpus.
  const file = join(tmp, 'corpus.jsonl');
  writeFileSync(file, docs.map((d) => JSON.stringify({ id: d.id, title: d.title, url: d.url, published: d.published, lang: d.lang, text: d.text })).join('\n') + '\n');
  const store = SqliteStore.open(join(tmp, 'ingest.db'), { readonly: false });
  // As `warta ingest` does (for the rest of the process: the bench runs this part last).
  patientTiering();
  try {
    const t0 = performance.now();
    const main0 = threadCpuMs();
    const cpu0 = processCpuMs();
    let first: number | null = null;
    const progress: Progress = { start() {}, update: (done) => void (done > 0 && (first ??= performance.now())), stop() {} };
    const summary = await ingest([file], { store, jobs, progress });
    const main1 = threadCpuMs();
    const perDoc = (ms: number): number => ms / Math.max(summary.read, 1);
    const startup = first === null ? summary.seconds : (first - t0) / 1000;
    return {
      jobs,
      documents: summary.added,
      failed: summary.failed.length,
      seconds: summary.seconds,
      startup,
      mainCpuMsPerDoc: main0 === null || main1 === null ? null : perDoc(main1 - main0),
      cpuMsPerDoc: perDoc(processCpuMs() - cpu0),
    };
  } finally {
    await store.close();
  }
}
