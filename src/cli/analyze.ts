/** `warta analyze [FILE…|-]`: records as JSON Lines (or indented JSON with --pretty). */
import type { Command } from 'commander';
import { createAnalyzer } from '../pipeline.js';
import { INPUT_FORMATS, readSources } from '../read/sources.js';
import { normalizePublished } from '../article/published.js';
import { UserError } from '../util/errors.js';
import { warn, writeOut } from './output.js';
import { langFlag, oneOfFlag, parseIntOption } from './options.js';

interface AnalyzeFlags {
  format: string;
  pretty?: boolean;
  lang?: string;
  published?: string;
  input: string;
  maxChars: number;
  follow?: boolean;
  allowPrivate?: boolean;
}

export function registerAnalyze(program: Command, run: (fn: () => Promise<number>) => void): void {
  program
    .command('analyze')
    .description('analyze articles and print one warta.analysis/1 record per document')
    .argument('[inputs...]', 'text, JSON Lines (.jsonl), HTML or feed files, URLs, or - for standard input', ['-'])
    .option('--format <format>', 'output: jsonl (one record a line) or pretty (indented JSON)', 'jsonl')
    .option('--pretty', 'same as --format pretty')
    .option('--lang <code>', 'language of the input instead of detecting it (id, en, ms …)')
    .option('--published <date>', 'publication date for inputs that give none (YYYY-MM-DD or ISO date-time)')
    .option('--input <format>', `input format: ${INPUT_FORMATS.join(', ')}`, 'auto')
    .option('--max-chars <n>', 'longer documents are cut to this many characters, with a warning', parseIntOption, 1_000_000)
    .option('--follow', "feeds: fetch each item's page and analyze its article instead of the item's summary")
    .option('--allow-private', 'let URLs reach loopback, private and link-local addresses (refused by default)')
    .addHelpText(
      'after',
      '\nExit status: 0 when every input was analyzed; 1 when some could not be read (each is named on stderr,\nthe others are still printed); 2 for a usage error.',
    )
    .action((inputs: string[], flags: AnalyzeFlags) => run(() => analyzeCommand(inputs, flags)));
}

async function analyzeCommand(inputs: string[], flags: AnalyzeFlags): Promise<number> {
  const format = flags.pretty ? 'pretty' : flags.format;
  if (format !== 'jsonl' && format !== 'pretty') throw new UserError(`--format: expected jsonl or pretty, not "${format}"`);
  const input = oneOfFlag('--input', INPUT_FORMATS, flags.input);
  langFlag(flags.lang);
  const published = flags.published !== undefined ? normalizePublished(flags.published) : null;
  if (inputs.includes('-') && inputs.filter((i) => i === '-').length > 1) throw new UserError('standard input (-) can be given only once');
  const analyzer = await createAnalyzer({ lang: flags.lang ?? null, published, maxChars: flags.maxChars });
  let failures = 0;
  const web = { follow: flags.follow ?? false, allowPrivate: flags.allowPrivate ?? false };
  for await (const item of readSources(inputs, { format: input, web })) {
    if (!item.ok) {
      failures++;
      warn(`${item.origin}: ${item.message}`);
      continue;
    }
    const record = analyzer.analyze(item.doc);
    for (const w of record.warnings) {
      warn(`${item.doc.origin}: ${w}`);
      if (w.includes('maximum document size')) failures++;
    }
    await writeOut(format === 'pretty' ? JSON.stringify(record, null, 2) + '\n' : JSON.stringify(record) + '\n');
  }
  return failures > 0 ? 1 : 0;
}
