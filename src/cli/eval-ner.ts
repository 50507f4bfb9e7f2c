/** `warta eval ner` (stub until the ner work lands). */
import type { Command } from 'commander';
import { UserError } from '../util/errors.js';
import type { Runner } from './eval.js';

export function registerEvalNer(ev: Command, run: Runner): void {
  ev.command('ner')
    .description('(not available yet)')
    .argument('[paths...]')
    .action(() =>
      run(async () => {
        throw new UserError('eval ner is not available in this build yet');
      }),
    );
}
