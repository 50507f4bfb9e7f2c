/** What the store commands share: --db and --json, opening the store, printing days and actors. */
import type { Command } from 'commander';
import { openForReading } from '../store/open.js';
import { isoDay, parseDayBound } from '../store/days.js';
import type { ActorView, DateRange, Day, Store } from '../store/types.js';
import { writeOut } from './output.js';

export type Runner = (fn: () => Promise<number>) => void;

export interface StoreFlags {
  db?: string;
  json?: boolean;
}

export function storeOptions(cmd: Command, json = true): Command {
  cmd.option('--db <path>', 'the store file (default: $WARTA_DB, else $XDG_DATA_HOME/warta/warta.db or ~/.local/share/warta/warta.db)');
  if (json) cmd.option('--json', 'print JSON for scripts instead of text for people');
  return cmd;
}

export async function withStore(flags: StoreFlags, fn: (store: Store) => Promise<number>): Promise<number> {
  const store = openForReading(flags.db);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export function dateRange(flags: { since?: string; until?: string }): DateRange {
  const range: DateRange = {};
  if (flags.since !== undefined) range.since = parseDayBound(flags.since, 'since');
  if (flags.until !== undefined) range.until = parseDayBound(flags.until, 'until');
  return range;
}

export const day = (d: Day | null): string => (d === null ? '----------' : isoDay(d));

export function actorText(a: ActorView | null): string {
  if (!a) return '?';
  if (a.actor && a.name) return `${a.actor} ${a.name}`;
  return a.actor ?? a.name ?? a.kb ?? '?';
}

export async function printJson(value: unknown): Promise<void> {
  await writeOut(JSON.stringify(value, null, 2) + '\n');
}

export async function printLines(lines: string[]): Promise<void> {
  if (lines.length) await writeOut(lines.join('\n') + '\n');
}
