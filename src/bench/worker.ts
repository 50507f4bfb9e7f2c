/**
 * A `warta bench` worker thread: loads the analyzer, receives the corpus once, warms up, then
 * analyzes the documents it is told to (by index) and says how many it did. Records stay here:
 * only the analysis is measured, not copying results between threads.
 */
import { parentPort } from 'node:worker_threads';
import { createAnalyzer } from '../pipeline.js';
import type { InputDoc } from '../read/types.js';
import type { ToWorker, FromWorker } from './worker-messages.js';

const port = parentPort!;
const analyzer = await createAnalyzer();
let docs: InputDoc[] = [];

port.on('message', (m: ToWorker) => {
  if (m.type === 'corpus') {
    docs = m.docs;
    for (let i = 0; i < m.warmup; i++) analyzer.analyze(docs[i % docs.length]!);
    port.postMessage({ type: 'ready' } satisfies FromWorker);
  } else {
    for (const i of m.indices) analyzer.analyze(docs[i]!);
    port.postMessage({ type: 'done', count: m.indices.length } satisfies FromWorker);
  }
});
port.postMessage({ type: 'loaded' } satisfies FromWorker);
