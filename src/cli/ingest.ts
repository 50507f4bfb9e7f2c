/** `warta ingest PATH|URL…`: analyze and store articles (idempotent, resumable). */
import type { Command } from 'commander';
import { normalizePublished } from '../article/published.js';
import { INPUT_FORMATS } from '../read/sources.js';
import { defaultJobs, ingest } from '../store/ingest/run.js';
import { lineProgress, silentProgress, terminalProgress } from '../store/ingest/progress.js';
import { openForWriting } from '../store/open.js';
import { UserError } from '../util/errors.js';
import { patientTiering } from '../util/jit.js';
import { langFlag, oneOfFlag, parseIntOption } from './options.js';
import { warn } from './output.js';
import { printJson, printLines, storeOptions, type Runner, type StoreFlags } from './store-common.js';

interface IngestFlags extends StoreFlags {
  jobs?: number;
  batch: number;
  input: string;
  lang?: string;
  published?: string;
  quiet?: boolean;
}

export function registerIngest(program: Command, run: Runner): void {
  const cmd = program
    .command('ingest')
    .description('analyze articles and keep them in the store: files, folders (recursively), JSON Lines, HTML, feeds, URLs, - for standard input')
    .argument('<inputs...>', 'files, folders, URLs, or -')
    .option('--jobs <n>', 'analysis worker threads (default: one per core but one, at least one)', parseIntOption)
    .option('--batch <n>', 'documents written per transaction', parseIntOption, 200)
    .option('--input <format>', `input format: ${INPUT_FORMATS.join(', ')}`, 'auto')
    .option('--lang <code>', 'language of the inputs instead of detecting it')
    .option('--published <date>', 'publication date for inputs that give none')
    .option('-q, --quiet', 'no progress output');
  storeOptions(cmd)
    .addHelpText(
      'after',
      '\nIngesting the same input again changes nothing; a run that was stopped (even killed) can simply be run again.\nExit status: 0 when every input was stored; 1 when some could not be read or analyzed (each is named); 2 for a usage error.',
    )
    .action((inputs: string[], flags: IngestFlags) => run(() => ingestCommand(inputs, flags)));
}

async function ingestCommand(inputs: string[], flags: IngestFlags): Promise<number> {
  const input = oneOfFlag('--input', INPUT_FORMATS, flags.input);
  langFlag(flags.lang);
  if (inputs.filter((i) => i === '-').length > 1) throw new UserError('standard input (-) can be given only once');
  const published = flags.published !== undefined ? normalizePublished(flags.published) : null;
  const store = openForWriting(flags.db);
  // This process exists to analyze a batch from a cold start: let V8 gather type feedback longer before it optimizes.
  patientTiering();
  const progress = flags.quiet || flags.json ? silentProgress() : process.stderr.isTTY ? terminalProgress() : lineProgress();
  let summary;
  try {
    summary = await ingest(inputs, {
      store,
      jobs: flags.jobs ?? defaultJobs(),
      batchSize: flags.batch,
      format: input,
      analyze: { lang: flags.lang ?? null, published },
      progress,
    });
  } finally {
    await store.close();
  }
  for (const f of summary.failed) warn(`${f.origin}: ${f.message}`);
  const rate = summary.seconds > 0 ? summary.added / summary.seconds : 0;
  if (flags.json) {
    await printJson({ store: store.path, ...summary, rate: Math.round(rate * 10) / 10 });
  } else {
    await printLines([
      `read ${summary.read}, new ${summary.added}, already stored ${summary.existing}, repeated in the input ${summary.repeated}, failed ${summary.failed.length}` +
        ` (${summary.seconds.toFixed(1)} s, ${Math.round(rate)} new documents/s)`,
      `links: ${summary.links.duplicate} exact copies, ${summary.links['near-duplicate']} near-duplicates, ${summary.links.syndication} syndicated`,
      `store: ${store.path}`,
    ]);
  }
  return summary.failed.length > 0 ? 1 : 0;
}
