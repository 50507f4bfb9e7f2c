/**
 * A synthetic store for benchmarks: made-up documents with entities and CAMEO events, written
 * through the real store path (prepare → writeBatch: links, clusters, indexes), then timed queries.
 *
 *   npx tsx scripts/synth-store.ts --db /tmp/synth.db --events 1000000 [--per-doc 5] [--bench]
 *   npx tsx scripts/synth-store.ts --db /tmp/synth.db --bench-only
 *
 * Prints the write rate and, with --bench, p50/p95 of `events --actor` and `search` queries.
 * `warta bench --store-events N` builds the same store (src/bench/synth-store.ts) and runs the same queries.
 */
import { parseArgs } from 'node:util';
import { timeQueries, writeSyntheticStore } from '../src/bench/synth-store.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: '/tmp/warta-synth.db' },
    events: { type: 'string', default: '1000000' },
    'per-doc': { type: 'string', default: '5' },
    batch: { type: 'string', default: '1000' },
    bench: { type: 'boolean', default: false },
    'bench-only': { type: 'boolean', default: false },
  },
});

if (!values['bench-only']) {
  const s = await writeSyntheticStore(values.db, {
    events: Number(values.events),
    perDoc: Number(values['per-doc']),
    batch: Number(values.batch),
    onProgress: (docs, secs) => process.stderr.write(`${docs} documents, ${secs.toFixed(0)} s\n`),
  });
  console.log(
    `wrote ${s.documents} documents, ${s.events} events, ${s.clusters} clusters in ${s.seconds.toFixed(1)} s of store time: ` +
      `${Math.round(s.documents / s.seconds)} documents/s (${(s.bytes / 1048576).toFixed(0)} MB)`,
  );
}
if (values.bench || values['bench-only']) {
  const q = await timeQueries(values.db);
  console.log(`${q.events} events in ${q.documents} documents`);
  for (const l of q.latencies) console.log(`${l.query.padEnd(50)} p50 ${l.p50.toFixed(1)} ms  p95 ${l.p95.toFixed(1)} ms`);
}
