/**
 * An ingest worker thread: loads the analyzer once, then turns chunks of input documents into
 * prepared documents (analysis + everything the store derives), or the reason one failed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer, type AnalyzeOptions } from '../../pipeline.js';
import { prepareDocument } from '../prepare.js';
import { serializeDocument } from '../serialize.js';
import type { WorkItem, WorkResult, WorkerMessage } from './messages.js';

const options = (workerData ?? {}) as AnalyzeOptions;
const analyzer = await createAnalyzer(options);
const port = parentPort!;

port.on('message', (msg: { id: number; items: WorkItem[] }) => {
  // The records go as UTF-8 JSON, each in a buffer that is handed over rather than copied.
  const transfer: ArrayBuffer[] = [];
  const results: WorkResult[] = msg.items.map((item) => {
    try {
      const record = analyzer.analyze(item.input);
      const doc = serializeDocument(prepareDocument(record, { key: item.key, contentHash: item.contentHash, origin: item.input.origin }));
      transfer.push(doc.record.json.buffer as ArrayBuffer);
      return { ok: true, doc };
    } catch (e) {
      return { ok: false, origin: item.input.origin, message: `analysis failed: ${(e as Error)?.message ?? String(e)}` };
    }
  });
  port.postMessage({ type: 'done', id: msg.id, results } satisfies WorkerMessage, transfer);
});
port.postMessage({ type: 'ready' } satisfies WorkerMessage);
