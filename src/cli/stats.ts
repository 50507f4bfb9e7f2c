/** `warta stats`: what the store holds. */
import type { Command } from 'commander';
import { day, printJson, printLines, storeOptions, withStore, type Runner, type StoreFlags } from './store-common.js';

export function registerStats(program: Command, run: Runner): void {
  const cmd = program.command('stats').description('count what the store holds');
  storeOptions(cmd).action((flags: StoreFlags) => run(() => statsCommand(flags)));
}

async function statsCommand(flags: StoreFlags): Promise<number> {
  return withStore(flags, async (store) => {
    const s = await store.stats();
    if (flags.json) {
      await printJson(s);
      return 0;
    }
    await printLines([
      `store        ${s.path} (schema ${s.schemaVersion}, ${(s.bytes / 1048576).toFixed(1)} MB)`,
      `documents    ${s.documents} (${s.distinctTexts} distinct texts; ${Object.entries(s.languages).map(([l, n]) => `${l} ${n}`).join(', ') || 'none'})`,
      `published    ${s.firstDay === null ? 'unknown' : `${day(s.firstDay)} … ${day(s.lastDay)}`}`,
      `links        ${s.links.duplicate} exact copies, ${s.links['near-duplicate']} near-duplicates, ${s.links.syndication} syndicated`,
      `outlets      ${s.outlets}`,
      `entities     ${s.entities} (${s.mentions} mentions)`,
      `quotes       ${s.quotes}`,
      `times        ${s.times}`,
      `events       ${s.events} in ${s.clusters} clusters (${s.multiSourceClusters} reported by more than one source)`,
    ]);
    return 0;
  });
}
