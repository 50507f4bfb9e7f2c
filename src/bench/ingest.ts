/**
 * Ingest throughput: the corpus into a fresh store in a temporary folder, through the same
 * function as `warta ingest` (reading, worker threads, batched writes, links and clusters).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InputDoc } from '../read/types.js';
import { ingest } from '../store/ingest/run.js';
import type { Progress } from '../store/ingest/progress.js';
import { SqliteStore } from '../store/sqlite/store.js';

export interface IngestResult {
  jobs: number;
  documents: number;
  failed: number;
  /** from the start of the run (worker start-up included) to the last write */
  seconds: number;
  /** seconds until the first documents were analyzed (mostly the workers loading their models) */
  startup: number;
}

export async function benchIngest(docs: readonly InputDoc[], tmp: string, jobs: number): Promise<IngestResult> {
  // The documents as read (and cut by --limit), as JSON Lines: what ingest reads is exactly the benchmark's corpus.
  const file = join(tmp, 'corpus.jsonl');
  writeFileSync(file, docs.map((d) => JSON.stringify({ id: d.id, title: d.title, url: d.url, published: d.published, lang: d.lang, text: d.text })).join('\n') + '\n');
  const store = SqliteStore.open(join(tmp, 'ingest.db'), { readonly: false });
  try {
    const t0 = performance.now();
    let first: number | null = null;
    const progress: Progress = { start() {}, update: (done) => void (done > 0 && (first ??= performance.now())), stop() {} };
    const summary = await ingest([file], { store, jobs, progress });
    const startup = first === null ? summary.seconds : (first - t0) / 1000;
    return { jobs, documents: summary.added, failed: summary.failed.length, seconds: summary.seconds, startup };
  } finally {
    await store.close();
  }
}
