/** `warta events`: coded events in the store, newest first, with their clusters' counts. */
import type { Command } from 'commander';
import { MODALITIES } from '../record/constants.js';
import { UserError } from '../util/errors.js';
import { oneOfFlag, parseIntOption } from './options.js';
import { actorText, dateRange, day, printJson, printLines, storeOptions, withStore, type Runner, type StoreFlags } from './store-common.js';

interface EventsFlags extends StoreFlags {
  actor: string[];
  root?: string;
  code?: string;
  since?: string;
  until?: string;
  modality?: string;
  limit: number;
  offset?: number;
}

export function registerEvents(program: Command, run: Runner): void {
  const cmd = program
    .command('events')
    .description('list events; several --actor: events between them')
    .option('--actor <code|name>', 'source or target: CAMEO actor code (or its country prefix), KB id or name; repeatable', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--root <cc>', 'CAMEO root code, two digits (05)')
    .option('--code <code>', 'full CAMEO code (051)')
    .option('--since <date>', 'on or after (2024, 2024-03, 2024-03-17)')
    .option('--until <date>', 'on or before')
    .option('--modality <m>', `one of ${MODALITIES.join(', ')}`)
    .option('--limit <n>', 'at most this many', parseIntOption, 50)
    .option('--offset <n>', 'skip this many first', (v) => (v === '0' ? 0 : parseIntOption(v)));
  storeOptions(cmd).action((flags: EventsFlags) => run(() => eventsCommand(flags)));
}

async function eventsCommand(flags: EventsFlags): Promise<number> {
  if (flags.root !== undefined && !/^\d{2}$/.test(flags.root)) throw new UserError(`--root: expected two digits such as 05, not "${flags.root}"`);
  if (flags.code !== undefined && !/^\d{2,4}$/.test(flags.code)) throw new UserError(`--code: expected a CAMEO code such as 051, not "${flags.code}"`);
  const modality = flags.modality !== undefined ? oneOfFlag('--modality', MODALITIES, flags.modality) : undefined;
  const actors = flags.actor.map((a) => a.trim()).filter((a) => a !== '');
  if (actors.length !== flags.actor.length) throw new UserError('--actor: give a code or a name');
  const range = dateRange(flags);
  return withStore(flags, async (store) => {
    const page = await store.listEvents({ actors, root: flags.root, code: flags.code, modality, ...range, limit: flags.limit, offset: flags.offset });
    if (flags.json) await printJson(page);
    else {
      const lines = page.items.map(
        (e) =>
          `${day(e.day)}  ${e.code.padEnd(4)} ${actorText(e.source)} → ${actorText(e.target)}  ${e.modality}  "${e.trigger}"  ${e.doc.id}` +
          (e.cluster ? `  [${e.cluster.numArticles} articles, ${e.cluster.numSources} sources]` : ''),
      );
      if (lines.length === 0) lines.push('no events');
      else if (page.next !== null) lines.push(`… more with --offset ${page.next}`);
      await printLines(lines);
    }
    return 0;
  });
}
