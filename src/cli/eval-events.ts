/** `warta eval events` (stub until the events work lands). */
import type { Command } from 'commander';
import { UserError } from '../util/errors.js';
import type { Runner } from './eval.js';

export function registerEvalEvents(ev: Command, run: Runner): void {
  ev.command('events')
    .description('(not available yet)')
    .argument('[paths...]')
    .action(() =>
      run(async () => {
        throw new UserError('eval events is not available in this build yet');
      }),
    );
}
