/**
 * Gold files in the eval-dev format (`../shared/eval-dev/*.json`, `../shared/seed/*.gold.json`) and
 * the texts they annotate: shared by the `warta eval` commands that read that format.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseJsonLine } from '../read/jsonl.js';
import { textDoc } from '../read/text.js';
import type { InputDoc } from '../read/types.js';
import { UserError } from '../util/errors.js';
import { packageRoot } from '../util/paths.js';

/** A path in the shared evaluation data beside the project (`../shared/…`). */
export const sharedPath = (...parts: string[]): string => resolve(packageRoot(), '..', 'shared', ...parts);

/** The default gold: the eval-dev folder and the seed article's gold. */
export const defaultGold = (): string[] => [sharedPath('eval-dev'), sharedPath('seed', 'antara-2024-kim-putin.gold.json')];

export const defaultCorpus = (): string => sharedPath('corpus', 'detik-2025', 'articles.jsonl');

/** Gold `.json` files named, or found in the folders named (sorted); a clear error when there are none. */
export function goldFiles(paths: string[]): string[] {
  const inputs = paths.length ? paths : defaultGold();
  const out: string[] = [];
  for (const p of inputs) {
    if (!existsSync(p)) throw new UserError(`${p}: not found (the evaluation data lives in ../shared; give gold files or folders)`);
    if (statSync(p).isDirectory()) {
      for (const f of readdirSync(p).sort()) if (f.endsWith('.json')) out.push(join(p, f));
    } else out.push(p);
  }
  if (out.length === 0) throw new UserError('no gold .json files found');
  return out;
}

/** Reads a gold file and checks that it has an `id` and the array fields named. */
export function readGold<T extends { id: string }>(file: string, arrays: string[]): T {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UserError(`${file}: not a JSON gold file (${(e as Error).message.split('\n')[0]})`);
  }
  const o = doc as Record<string, unknown> | null;
  if (!o || typeof o.id !== 'string' || arrays.some((k) => !Array.isArray(o[k]))) {
    throw new UserError(`${file}: not in the gold format (needs id, ${arrays.join(' and ')})`);
  }
  return doc as T;
}

const corpora = new Map<string, Map<string, Uint8Array>>();

function corpusLine(corpus: string, id: string): Uint8Array | null {
  let index = corpora.get(corpus);
  if (!index) {
    index = new Map();
    corpora.set(corpus, index);
    if (!existsSync(corpus)) return null;
    const buf = readFileSync(corpus);
    for (let from = 0; from < buf.length; ) {
      let nl = buf.indexOf(10, from);
      if (nl === -1) nl = buf.length;
      const line = buf.subarray(from, nl);
      const m = /"id"\s*:\s*"([^"]+)"/.exec(line.subarray(0, 200).toString('utf8'));
      if (m) index.set(m[1]!, line);
      from = nl + 1;
    }
  }
  return index.get(id) ?? null;
}

/** The text a gold file annotates: from the corpus by id, else a .txt beside the gold file or in examples/. */
export function goldInput(file: string, id: string, corpus: string): InputDoc {
  const line = corpusLine(corpus, id);
  if (line) {
    const item = parseJsonLine(line, `${corpus}:${id}`);
    if (item?.ok) return item.doc;
  }
  const stem = basename(file).replace(/(\.gold)?\.json$/, '');
  for (const txt of [join(dirname(file), `${stem}.txt`), join(packageRoot(), 'examples', `${id}.txt`)]) {
    if (existsSync(txt)) return textDoc(readFileSync(txt), txt, true);
  }
  throw new UserError(`${file}: no text for "${id}" (not in ${corpus}, no ${stem}.txt beside it)`);
}
