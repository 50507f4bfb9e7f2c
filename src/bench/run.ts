/**
 * `warta bench`: every figure of the speed targets in one run over one corpus — analysis on one
 * core and on N worker threads, the time share of each stage, peak memory, model load time, a bare
 * tokenization pass as the floor, cold start of the real command, ingest into a fresh store, and
 * query latency on a synthetic store.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { STAGES, type StageName } from '../pipeline.js';
import { UserError } from '../util/errors.js';
import { coldStart, type ColdStart } from './cold-start.js';
import { loadCorpus } from './corpus.js';
import { floorPass } from './floor.js';
import { benchIngest, type IngestResult, type IngestRun } from './ingest.js';
import { machine, type Machine } from './machine.js';
import { runParallel } from './parallel.js';
import { runSingle } from './single.js';
import { timeQueries, writeSyntheticStore, type Latency } from './synth-store.js';
import { GOALS, met, type Target } from './targets.js';

export type BenchPart = 'parallel' | 'cold' | 'ingest' | 'queries';
export const BENCH_PARTS: BenchPart[] = ['parallel', 'cold', 'ingest', 'queries'];

export interface BenchOptions {
  corpus: string | null;
  limit: number | null;
  /** worker threads for the parallel figure */
  jobs: number;
  /** worker threads for ingest */
  ingestJobs: number;
  /** seconds each timed loop runs at least */
  seconds: number;
  /** articles each analyzer runs through before it is timed (at least one whole pass of the corpus) */
  warmup: number;
  coldRuns: number;
  /** events in the synthetic store for the query timings */
  storeEvents: number;
  /** keep (or reuse) the synthetic store at this path instead of a temporary one */
  storeDb: string | null;
  skip: BenchPart[];
  /** progress lines (stderr) */
  log: (line: string) => void;
}

export interface StageShare {
  stage: StageName;
  msPerDoc: number;
  share: number;
}

export interface BenchReport {
  machine: Machine;
  corpus: { name: string; documents: number; chars: number; tokens: number; unreadable: number };
  modelLoadMs: number;
  single: {
    articlesPerSecond: number;
    tokensPerSecond: number;
    msPerDoc: number;
    passes: number;
    seconds: number;
    firstPassArticlesPerSecond: number;
    /** the slowest and the fastest stretch of the timed passes (read included), articles/s */
    slowest: number;
    fastest: number;
  };
  parallel: { jobs: number; articlesPerSecond: number; tokensPerSecond: number; seconds: number } | null;
  stages: StageShare[];
  floor: { msPerDoc: number; tokensPerSecond: number; multiple: number };
  peakRssMB: number;
  coldStart: ColdStart | null;
  ingest: IngestResult | null;
  queries: { events: number; documents: number; generated: boolean; seconds: number | null; latencies: Latency[] } | null;
  targets: (Target & { met: boolean | null })[];
  notes: string[];
}

const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

export async function runBench(o: BenchOptions): Promise<BenchReport> {
  const loadAtStart = os.loadavg()[0]!;
  const notes: string[] = [];
  const tmp = mkdtempSync(join(os.tmpdir(), 'warta-bench-'));
  try {
    o.log(`reading ${o.corpus ?? 'the bundled examples'}`);
    const corpus = await loadCorpus(o.corpus, o.limit);
    const n = corpus.docs.length;
    // Both throughput figures are of a warmed-up process: V8 settles its optimised code over the first
    // 2,000–3,000 articles (measured on the Detik corpus), hence the default --warmup 3000. The first
    // pass of the warm-up (always the whole corpus) is reported on its own.
    const warmup = Math.max(n, o.warmup);

    o.log(`analyzing ${n} documents on one core (at least ${o.seconds} s)`);
    const single = await runSingle(corpus.docs, o.seconds, warmup);
    const readMsPerDoc = corpus.readMs / n;
    const analyzeMsPerDoc = (single.seconds * 1000) / single.documents;
    const msPerDoc = readMsPerDoc + analyzeMsPerDoc;
    const stageMs: Record<StageName, number> = { ...single.stages };
    for (const s of STAGES) stageMs[s] /= single.documents;
    stageMs.read += readMsPerDoc;
    const stageTotal = STAGES.reduce((t, s) => t + stageMs[s], 0);
    const stages = STAGES.map((stage) => ({ stage, msPerDoc: round(stageMs[stage], 4), share: round((100 * stageMs[stage]) / stageTotal, 1) }));
    const peakRssMB = process.resourceUsage().maxRSS / 1024;

    o.log('bare tokenization pass (the floor)');
    const floor = floorPass(corpus.docs, Math.min(o.seconds, 2));
    const tokens = floor.tokens;
    const floorMsPerDoc = floor.msPerPass / n;

    let parallel: BenchReport['parallel'] = null;
    if (!o.skip.includes('parallel')) {
      o.log(`analyzing with ${o.jobs} worker threads`);
      const p = await runParallel(corpus.docs, o.jobs, o.seconds, warmup);
      parallel = { jobs: o.jobs, articlesPerSecond: round(p.documents / p.seconds), tokensPerSecond: Math.round((tokens * p.documents) / n / p.seconds), seconds: round(p.seconds, 2) };
    }

    let cold: ColdStart | null = null;
    if (!o.skip.includes('cold')) {
      o.log(`cold start of warta analyze on one article (${o.coldRuns} runs)`);
      cold = coldStart(corpus.docs[0]!, tmp, o.coldRuns);
      if (!cold) notes.push('cold start not measured: dist/ is missing (run `npm run build`)');
    }

    let queries: BenchReport['queries'] = null;
    if (!o.skip.includes('queries')) {
      const path = o.storeDb ?? join(tmp, 'synthetic.db');
      let generated = false;
      let seconds: number | null = null;
      if (!o.storeDb || !existsSync(path)) {
        o.log(`writing a synthetic store of ${o.storeEvents.toLocaleString('en')} events (${path})`);
        const s = await writeSyntheticStore(path, { events: o.storeEvents, onProgress: (d, t) => o.log(`  ${d} documents, ${t.toFixed(0)} s`) });
        generated = true;
        seconds = round(s.seconds, 1);
      } else o.log(`timing queries on the existing store ${path}`);
      let q: Awaited<ReturnType<typeof timeQueries>>;
      try {
        q = await timeQueries(path);
      } catch (e) {
        throw new UserError(`--store-db ${path}: not a store the benchmark can query (${(e as Error).message.split('\n')[0]})`);
      }
      queries = { events: q.events, documents: q.documents, generated, seconds, latencies: q.latencies.map((l) => ({ ...l, p50: round(l.p50, 2), p95: round(l.p95, 2) })) };
      if (q.events < GOALS.queryEvents) notes.push(`query latency measured on ${q.events.toLocaleString('en')} events, not the target's ${GOALS.queryEvents.toLocaleString('en')} (use --store-events ${GOALS.queryEvents})`);
    }

    // Last: like `warta ingest`, it raises V8's tier-up budget for the rest of the process (util/jit.ts).
    let ingest: BenchReport['ingest'] = null;
    if (!o.skip.includes('ingest')) {
      o.log(`ingesting ${n} documents into a fresh store (${o.ingestJobs} jobs), from a cold start and sustained (after ${warmup} articles)`);
      const r = await benchIngest(corpus.docs, tmp, o.ingestJobs, warmup);
      const rounded = (x: IngestRun): IngestRun => ({ ...x, articlesPerSecond: round(x.articlesPerSecond), seconds: round(x.seconds, 2), startup: round(x.startup, 2) });
      ingest = { ...r, cold: rounded(r.cold), sustained: rounded(r.sustained), sustainedRange: [round(r.sustainedRange[0]), round(r.sustainedRange[1])] };
      if (r.cold.documents < n) notes.push(`ingest stored ${r.cold.documents} of ${n} documents (exact repeats are stored once; ${r.cold.failed} failed)`);
    }

    const articlesPerSecond = 1000 / msPerDoc;
    const q95 = (name: string): number | null => queries?.latencies.find((l) => l.query === name)?.p95 ?? null;
    const atSize = queries && queries.events < GOALS.queryEvents ? `at ${queries.events.toLocaleString('en')} events` : undefined;
    const targets: Target[] = [
      { name: 'analysis, one core', value: round(articlesPerSecond), unit: 'articles/s', op: '≥', goal: GOALS.articlesPerSecond },
      { name: 'analysis ÷ bare tokenization', value: round(msPerDoc / floorMsPerDoc), unit: '×', op: '≤', goal: GOALS.floorMultiple },
      { name: 'peak RSS, all models loaded', value: round(peakRssMB), unit: 'MB', op: '≤', goal: GOALS.peakRssMB },
      { name: 'cold start, warta analyze (1 article)', value: cold ? round(cold.median, 0) : null, unit: 'ms', op: '≤', goal: GOALS.coldStartMs },
      { name: 'ingest, sustained', value: ingest?.sustained.articlesPerSecond ?? null, unit: 'articles/s', op: '≥', goal: GOALS.ingestPerSecond },
      { name: 'events --actor p95', value: q95('events --actor CODE'), unit: 'ms', op: '≤', goal: GOALS.queryP95Ms, note: atSize },
      { name: 'search p95', value: q95('search "two words"'), unit: 'ms', op: '≤', goal: GOALS.queryP95Ms, note: atSize },
    ];
    return {
      machine: machine(loadAtStart),
      corpus: { name: corpus.name, documents: n, chars: corpus.chars, tokens, unreadable: corpus.failed },
      modelLoadMs: round(single.loadMs, 0),
      single: {
        articlesPerSecond: round(articlesPerSecond),
        tokensPerSecond: Math.round((tokens * 1000) / msPerDoc / n),
        msPerDoc: round(msPerDoc, 3),
        passes: single.passes,
        seconds: round(single.seconds, 2),
        firstPassArticlesPerSecond: round(1000 / (corpus.firstReadMs / n + single.firstPassMsPerDoc)),
        slowest: round(1000 / (readMsPerDoc + Math.max(...single.blockMsPerDoc))),
        fastest: round(1000 / (readMsPerDoc + Math.min(...single.blockMsPerDoc))),
      },
      parallel,
      stages,
      floor: { msPerDoc: round(floorMsPerDoc, 4), tokensPerSecond: Math.round((tokens * 1000) / floor.msPerPass), multiple: round(msPerDoc / floorMsPerDoc) },
      peakRssMB: round(peakRssMB),
      coldStart: cold ? { ...cold, median: round(cold.median, 0), min: round(cold.min, 0), max: round(cold.max, 0) } : null,
      ingest,
      queries,
      targets: targets.map((t) => ({ ...t, met: met(t) })),
      notes,
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
