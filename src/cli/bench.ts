/** `warta bench`: the speed, memory and latency figures, as tables or JSON. */
import { Option, type Command } from 'commander';
import type { BenchPart } from '../bench/run.js';
import { defaultJobs } from '../store/ingest/run.js';
import { coreCount } from '../util/cores.js';
import { oneOfFlag, parseIntOption } from './options.js';
import { writeOut } from './output.js';

interface BenchFlags {
  corpus?: string;
  jobs?: number;
  json?: boolean;
  limit?: number;
  seconds: number;
  warmup: number;
  coldRuns: number;
  storeEvents: number;
  storeDb?: string;
  skip: string[];
  quiet?: boolean;
}

export function registerBench(program: Command, run: (fn: () => Promise<number>) => void): void {
  program
    .command('bench')
    .description('measure analysis speed (one core and N threads, per stage, against a bare tokenizer), memory, cold start, ingest and query latency')
    .option('--corpus <file>', 'articles to analyze: a JSON Lines file, a text or HTML file, or a folder (default: the bundled examples)')
    .option('--jobs <n>', 'worker threads for the parallel figure and ingest (default: one per core for the parallel figure, ingest\'s own default for ingest)', parseIntOption)
    .option('--limit <n>', 'only the first N documents of the corpus', parseIntOption)
    .option('--seconds <n>', 'each timed loop runs at least this long', parseIntOption, 3)
    .option('--warmup <n>', 'articles each analyzer runs through before it is timed (at least one pass of the corpus)', parseIntOption, 3000)
    .option('--cold-runs <n>', 'runs of `warta analyze` for the cold start median', parseIntOption, 5)
    .option('--store-events <n>', 'events in the synthetic store the queries are timed on', parseIntOption, 100_000)
    .option('--store-db <path>', 'keep the synthetic store here; if the file exists it is reused as it is')
    .addOption(
      new Option('--skip <part>', 'leave out a part: parallel, cold, ingest or queries (repeatable)')
        .argParser((v: string, acc: string[]) => [...acc, v])
        .default([], 'nothing'),
    )
    .option('--json', 'print the report as JSON')
    .option('-q, --quiet', 'no progress lines on stderr')
    .addHelpText(
      'after',
      '\nThe targets (one core of a 2-core machine): ≥ 1,000 articles/s, within 25× a bare tokenization pass, peak RSS ≤ 300 MB,\n' +
        'cold start ≤ 1 s, ingest ≥ 500 articles/s, query p95 ≤ 50 ms at 1,000,000 events (--store-events 1000000).\n' +
        'The real figure: warta bench --corpus ../shared/corpus/detik-2025/articles.jsonl --store-events 1000000',
    )
    .action((flags: BenchFlags) => run(() => benchCommand(flags)));
}

async function benchCommand(flags: BenchFlags): Promise<number> {
  // Loaded here, not at start-up: the other commands do not pay for the benchmark's modules.
  const { BENCH_PARTS, runBench } = await import('../bench/run.js');
  const { formatReport } = await import('../bench/report.js');
  const skip: BenchPart[] = flags.skip.map((s) => oneOfFlag('--skip', BENCH_PARTS, s));
  const report = await runBench({
    corpus: flags.corpus ?? null,
    limit: flags.limit ?? null,
    jobs: flags.jobs ?? coreCount(),
    ingestJobs: flags.jobs ?? defaultJobs(),
    seconds: flags.seconds,
    warmup: flags.warmup,
    coldRuns: flags.coldRuns,
    storeEvents: flags.storeEvents,
    storeDb: flags.storeDb ?? null,
    skip,
    log: flags.quiet || flags.json ? () => undefined : (line) => process.stderr.write(`bench: ${line}\n`),
  });
  await writeOut(flags.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
  return 0;
}
