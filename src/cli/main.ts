/**
 * The `warta` command line: one thin file per command in this folder; this file wires them,
 * turns usage errors into one line on stderr and keeps stack traces for real bugs only.
 */
import { Command, CommanderError } from 'commander';
import { UserError } from '../util/errors.js';
import { ClosedOutput, warn } from './output.js';
import { registerAnalyze } from './analyze.js';
import { registerSchema } from './schema.js';
import { registerEval } from './eval.js';
import { registerTrain } from './train.js';
import { registerNer } from './ner.js';
import { registerIngest } from './ingest.js';
import { registerSearch } from './search.js';
import { registerShow } from './show.js';
import { registerEntities } from './entities.js';
import { registerEvents } from './events.js';
import { registerExport } from './export.js';
import { registerStats } from './stats.js';
import { registerServe } from './serve.js';
import { registerBench } from './bench.js';

export const VERSION = '0.1.0';

function report(e: unknown): number {
  if (e instanceof ClosedOutput) return 0;
  if (e instanceof UserError) {
    warn(e.message);
    return e.exitCode;
  }
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'EPIPE') return 0;
  if (process.env.WARTA_DEBUG) process.stderr.write(`${err?.stack ?? String(e)}\n`);
  warn(`internal error: ${err?.message ?? String(e)} (set WARTA_DEBUG=1 for details; please report it)`);
  return 70;
}

export async function main(argv: string[]): Promise<number> {
  let pending: Promise<number> | null = null;
  const run = (fn: () => Promise<number>): void => {
    pending = fn().catch(report);
  };
  const program = new Command('warta')
    .description('Who did what to whom, when, where, and according to whom: event data from news, with evidence.')
    .version(VERSION, '-V, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, write) => write(`warta: ${s.replace(/^error:\s*/i, '').replace(/\s*\n\s*/g, ' ').trim()}\n`),
    });
  program.configureHelp({ sortSubcommands: false });
  registerAnalyze(program, run);
  registerSchema(program, run);
  registerIngest(program, run);
  registerSearch(program, run);
  registerShow(program, run);
  registerEntities(program, run);
  registerEvents(program, run);
  registerExport(program, run);
  registerStats(program, run);
  registerServe(program, run);
  registerEval(program, run);
  registerBench(program, run);
  registerTrain(program, run);
  registerNer(program, run);
  const propagate = (c: Command): void => {
    c.exitOverride().configureOutput(program.configureOutput());
    c.commands.forEach(propagate);
  };
  program.commands.forEach(propagate);

  if (argv.length === 0) {
    program.outputHelp();
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    return report(e);
  }
  return pending ? await pending : 0;
}
