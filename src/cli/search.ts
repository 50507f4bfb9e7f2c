/** `warta search "query"`: full-text search over titles and bodies. */
import type { Command } from 'commander';
import { UserError } from '../util/errors.js';
import { parseIntOption } from './options.js';
import { dateRange, printJson, printLines, storeOptions, withStore, type Runner, type StoreFlags } from './store-common.js';

interface SearchFlags extends StoreFlags {
  since?: string;
  until?: string;
  lang?: string;
  limit: number;
  offset?: number;
}

export function registerSearch(program: Command, run: Runner): void {
  const cmd = program
    .command('search')
    .description('find stored articles: words (all must occur), "a phrase", prefix*, -excluded, a OR b')
    .argument('<query>', 'what to look for')
    .option('--since <date>', 'published on or after (2024, 2024-03, 2024-03-17)')
    .option('--until <date>', 'published on or before')
    .option('--lang <code>', 'only articles in this language')
    .option('--limit <n>', 'at most this many results', parseIntOption, 20)
    .option('--offset <n>', 'skip this many results first', (v) => (v === '0' ? 0 : parseIntOption(v)));
  storeOptions(cmd).action((query: string, flags: SearchFlags) => run(() => searchCommand(query, flags)));
}

async function searchCommand(query: string, flags: SearchFlags): Promise<number> {
  if (!query.trim()) throw new UserError('search: give at least one word to look for');
  const range = dateRange(flags);
  return withStore(flags, async (store) => {
    const page = await store.search({ query, ...range, lang: flags.lang, limit: flags.limit, offset: flags.offset });
    if (flags.json) await printJson(page);
    else {
      const lines: string[] = [];
      for (const h of page.items) {
        lines.push(`${h.id}  ${(h.published ?? '').slice(0, 10).padEnd(10)}  ${h.title ?? '(no title)'}`);
        lines.push(`    ${h.snippet}`);
      }
      if (page.items.length === 0) lines.push('no matches');
      else if (page.next !== null) lines.push(`… more with --offset ${page.next}`);
      await printLines(lines);
    }
    return 0;
  });
}
