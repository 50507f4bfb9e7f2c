/** `warta entities`: the people, organisations and places the store knows, most written-about first. */
import type { Command } from 'commander';
import { ENTITY_TYPES } from '../record/constants.js';
import type { EntityType } from '../record/schema.js';
import { UserError } from '../util/errors.js';
import { isOneOf } from '../util/one-of.js';
import { parseIntOption } from './options.js';
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
    .option('--type <type>', 'PER, ORG or LOC')
    .option('--name <text>', 'only names containing this')
    .option('--top <n>', 'how many', parseIntOption, 20);
  storeOptions(cmd).action((flags: EntitiesFlags) => run(() => entitiesCommand(flags)));
}

async function entitiesCommand(flags: EntitiesFlags): Promise<number> {
  let type: EntityType | undefined;
  if (flags.type !== undefined) {
    const t = flags.type.toUpperCase();
    if (!isOneOf(ENTITY_TYPES, t)) throw new UserError(`--type: expected PER, ORG or LOC, not "${flags.type}"`);
    type = t;
  }
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
