/** `warta eval times` (stub until the times work lands). */
import type { Command } from 'commander';
import { UserError } from '../util/errors.js';
import type { Runner } from './eval.js';

export function registerEvalTimes(ev: Command, run: Runner): void {
  ev.command('times')
    .description('(not available yet)')
    .argument('[paths...]')
    .action(() =>
      run(async () => {
        throw new UserError('eval times is not available in this build yet');
      }),
    );
}
