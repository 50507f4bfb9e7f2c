/** `warta schema`: the JSON Schema of the record, generated from the zod schema. */
import type { Command } from 'commander';
import { writeOut } from './output.js';

export function registerSchema(program: Command, run: (fn: () => Promise<number>) => void): void {
  program
    .command('schema')
    .description('print the JSON Schema of the warta.analysis/1 record')
    .action(() =>
      run(async () => {
        // zod is loaded by this command only (about 50 ms that the others need not pay at start)
        const { recordJsonSchema } = await import('../record/json-schema.js');
        await writeOut(JSON.stringify(recordJsonSchema(), null, 2) + '\n');
        return 0;
      }),
    );
}
