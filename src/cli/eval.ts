/** `warta eval ner|times|quotes|events|entities|html`: measurements against ../shared data, printed as figures. */
import type { Command } from 'commander';
import { registerEvalNer } from './eval-ner.js';
import { registerEvalTimes } from './eval-times.js';
import { registerEvalQuotes } from './eval-quotes.js';
import { registerEvalEvents } from './eval-events.js';
import { registerEvalEntities } from './eval-entities.js';

export type Runner = (fn: () => Promise<number>) => void;

export function registerEval(program: Command, run: Runner): void {
  const ev = program.command('eval').description('measure Warta against annotated data (prints figures)');
  registerEvalNer(ev, run);
  registerEvalTimes(ev, run);
  registerEvalQuotes(ev, run);
  registerEvalEvents(ev, run);
  registerEvalEntities(ev, run);
}
