/** Ingest arguments → the files to read: folders are walked (recursively) for article files. */
import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';

/** What a folder walk picks up: text, JSON Lines, HTML and feed files. */
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.jsonl', '.ndjson', '.html', '.htm', '.xhtml', '.xml', '.rss', '.atom']);

export interface Expanded {
  /** arguments for readSources: files, URLs, `-` */
  inputs: string[];
  /** folders that could not be read */
  failures: { origin: string; message: string }[];
}

async function walk(dir: string, out: string[], failures: Expanded['failures']): Promise<void> {
  let entries: string[] = [];
  const dirs: string[] = [];
  try {
    const handle = await opendir(dir);
    for await (const e of handle) {
      if (e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) dirs.push(p);
      else if ((e.isFile() || e.isSymbolicLink()) && ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase())) entries.push(p);
    }
  } catch (e) {
    failures.push({ origin: dir, message: (e as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (e as Error).message });
    return;
  }
  entries = entries.sort();
  out.push(...entries);
  for (const d of dirs.sort()) await walk(d, out, failures);
}

export async function expandInputs(args: string[]): Promise<Expanded> {
  const inputs: string[] = [];
  const failures: Expanded['failures'] = [];
  for (const arg of args) {
    if (arg === '-' || /^https?:\/\//i.test(arg)) {
      inputs.push(arg);
      continue;
    }
    let isDir = false;
    try {
      isDir = (await stat(arg)).isDirectory();
    } catch {
      /* readSources reports it */
    }
    if (isDir) await walk(arg, inputs, failures);
    else inputs.push(arg);
  }
  return { inputs, failures };
}

/** A guess of how many documents the inputs hold, for the progress bar: lines of JSON Lines files, else one per file. */
export async function estimateCount(inputs: string[]): Promise<number | null> {
  let total = 0;
  for (const input of inputs) {
    if (input === '-' || /^https?:\/\//i.test(input)) return null;
    const ext = extname(input).toLowerCase();
    if (ext === '.jsonl' || ext === '.ndjson') {
      try {
        let lines = 0;
        let last = 10;
        for await (const chunk of createReadStream(input) as AsyncIterable<Buffer>) {
          for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
          if (chunk.length) last = chunk[chunk.length - 1]!;
        }
        total += lines + (last === 10 ? 0 : 1);
      } catch {
        total += 1;
      }
    } else total += 1;
  }
  return total;
}
