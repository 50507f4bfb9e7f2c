/** `warta eval quotes` (stub until the quotes work lands). */
import type { Command } from 'commander';
import { UserError } from '../util/errors.js';
import type { Runner } from './eval.js';

export function registerEvalQuotes(ev: Command, run: Runner): void {
  ev.command('quotes')
    .description('(not available yet)')
    .argument('[paths...]')
    .action(() =>
      run(async () => {
        throw new UserError('eval quotes is not available in this build yet');
      }),
    );
}
