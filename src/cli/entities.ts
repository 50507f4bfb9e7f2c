/** `warta entities`: the people, organisations and places the store knows, most written-about first. */
import type { Command } from 'commander';
import { ENTITY_TYPES } from '../record/constants.js';
import { oneOfFlag, parseIntOption } from './options.js';
import { printJson, printLines, storeOptions, withStore, type Runner, type StoreFlags } from './store-common.js';

interface EntitiesFlags extends StoreFlags {
  type?: string;
  top: number;
  name?: string;
}

export function registerEntities(program: Command, run: Runner): void {
  const cmd = program
    .command('entities')
    .description('list entities by the number of articles that mention them')
    .option('--type <type>', `one of ${ENTITY_TYPES.join(', ')}`)
    .option('--name <text>', 'only names containing this')
    .option('--top <n>', 'how many', parseIntOption, 20);
  storeOptions(cmd).action((flags: EntitiesFlags) => run(() => entitiesCommand(flags)));
}

async function entitiesCommand(flags: EntitiesFlags): Promise<number> {
  const type = flags.type !== undefined ? oneOfFlag('--type', ENTITY_TYPES, flags.type.toUpperCase(), flags.type) : undefined;
  return withStore(flags, async (store) => {
    const page = await store.listEntities({ type, name: flags.name, limit: flags.top });
    if (flags.json) await printJson(page.items);
    else {
      const lines = page.items.map((e) => `${String(e.documents).padStart(6)} docs ${String(e.mentions).padStart(7)} mentions  ${e.type}  ${e.name}${e.kb ? ` (${e.kb})` : ''}`);
      await printLines(lines.length ? lines : ['no entities']);
    }
    return 0;
  });
}
