/** Where the store lives and how commands open it. */
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { UserError } from '../util/errors.js';
import { SqliteStore } from './sqlite/store.js';
import type { Store } from './types.js';

/** `--db`, else `$WARTA_DB`, else `$XDG_DATA_HOME/warta/warta.db`, else `~/.local/share/warta/warta.db`. */
export function storePath(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return resolve(flag);
  if (env.WARTA_DB) return resolve(env.WARTA_DB);
  const base = env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/') ? env.XDG_DATA_HOME : join(homedir(), '.local', 'share');
  return join(base, 'warta', 'warta.db');
}

function describe(e: unknown, path: string): string {
  const err = e as NodeJS.ErrnoException & { code?: string };
  if (err instanceof UserError) return err.message;
  if (err?.code === 'SQLITE_NOTADB' || /not a (database|warta store)/i.test(err?.message ?? '')) return `${path}: not a Warta store`;
  if (err?.code === 'SQLITE_CANTOPEN') return `${path}: cannot open the store (check the folder and its permissions)`;
  if (err?.code === 'SQLITE_READONLY') return `${path}: the store is read-only`;
  if (err?.code === 'SQLITE_CORRUPT') return `${path}: the store file is damaged`;
  return `${path}: ${err?.message ?? String(e)}`;
}

/** Where a PostgreSQL implementation will plug in: callers only ever see `Store`. */
function refuseUnsupported(flag?: string): void {
  const target = flag ?? process.env.WARTA_DB ?? '';
  if (/^postgres(ql)?:\/\//i.test(target)) throw new UserError('PostgreSQL stores are not supported by this build yet; give a file path');
}

/** For commands that read: the store must exist. */
export function openForReading(flag?: string): Store {
  refuseUnsupported(flag);
  const path = storePath(flag);
  if (!existsSync(path)) throw new UserError(`no store at ${path} (run \`warta ingest\` first, or give --db PATH)`);
  try {
    return SqliteStore.open(path, { readonly: true });
  } catch (e) {
    throw new UserError(describe(e, path));
  }
}

/** For ingest: creates the folder and the store when missing. */
export function openForWriting(flag?: string): Store {
  refuseUnsupported(flag);
  const path = storePath(flag);
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (e) {
    throw new UserError(`cannot create the folder for ${path}: ${(e as Error).message}`);
  }
  try {
    return SqliteStore.open(path, { readonly: false });
  } catch (e) {
    throw new UserError(describe(e, path));
  }
}
