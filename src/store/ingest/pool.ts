/**
 * A pool of analysis worker threads. Each worker loads the analyzer once; chunks of documents go
 * to the least busy one. From source (tests, `tsx`) the worker runs its TypeScript entry through
 * tsx; from the bundle it runs `dist/ingest-worker.js`.
 */
import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions } from '../../pipeline.js';
import { workerEntry } from '../../util/worker-entry.js';
import type { WorkItem, WorkResult, WorkerMessage } from './messages.js';

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  pending: Map<number, { items: WorkItem[]; resolve: (r: WorkResult[]) => void }>;
}

export class WorkerPool {
  private slots: Slot[] = [];
  private nextId = 1;

  constructor(
    readonly size: number,
    private readonly options: AnalyzeOptions,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(workerEntry(import.meta.url, 'ingest-worker.js', './worker.ts'), { workerData: this.options });
    const slot: Slot = { worker, ready: Promise.resolve(), pending: new Map() };
    slot.ready = new Promise<void>((resolve, reject) => {
      const onMessage = (m: WorkerMessage): void => {
        if (m.type === 'ready') resolve();
        else {
          const p = slot.pending.get(m.id);
          if (p) {
            slot.pending.delete(m.id);
            p.resolve(m.results);
          }
        }
      };
      worker.on('message', onMessage);
      worker.once('error', (e) => {
        reject(e);
        this.fail(slot, `analysis worker failed: ${e.message}`);
      });
      worker.once('exit', (code) => {
        if (slot.pending.size > 0) this.fail(slot, `analysis worker stopped (exit code ${code})`);
      });
    });
    slot.ready.catch(() => undefined);
    return slot;
  }

  /** A crashed worker's documents are reported as failed, and a new worker takes its place. */
  private fail(slot: Slot, message: string): void {
    for (const [, p] of slot.pending) p.resolve(p.items.map((it) => ({ ok: false as const, origin: it.input.origin, message })));
    slot.pending.clear();
    const i = this.slots.indexOf(slot);
    if (i !== -1 && !this.closed) this.slots[i] = this.spawn();
  }

  private closed = false;

  /** Waits until every worker has loaded the analyzer (throws if one cannot start). */
  async ready(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.ready));
  }

  /** Chunks in flight across the pool. */
  get inFlight(): number {
    return this.slots.reduce((n, s) => n + s.pending.size, 0);
  }

  run(items: WorkItem[]): Promise<WorkResult[]> {
    const slot = this.slots.reduce((best, s) => (s.pending.size < best.pending.size ? s : best), this.slots[0]!);
    const id = this.nextId++;
    return new Promise<WorkResult[]>((resolve) => {
      slot.pending.set(id, { items, resolve });
      slot.worker.postMessage({ id, items });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
