/**
 * Cold start: the real command line (`bin/warta.js`, which runs the bundle in dist/) analyzing one
 * article in a new process, from spawn to exit, several times; the median is reported.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InputDoc } from '../read/types.js';
import { packageRoot } from '../util/paths.js';
import { median } from './stats.js';

export interface ColdStart {
  runs: number;
  /** median milliseconds */
  median: number;
  min: number;
  max: number;
}

/** Null when the bundle is missing (run `npm run build` first). */
export function coldStart(doc: InputDoc, tmp: string, runs: number): ColdStart | null {
  const bin = join(packageRoot(), 'bin', 'warta.js');
  if (!existsSync(join(packageRoot(), 'dist', 'cli.js'))) return null;
  const file = join(tmp, 'one-article.jsonl');
  writeFileSync(file, JSON.stringify({ id: doc.id, title: doc.title, url: doc.url, published: doc.published, text: doc.text }) + '\n');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [bin, 'analyze', file], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } });
    const ms = performance.now() - t;
    if (r.status !== 0) throw new Error(`warta analyze exited with ${r.status}: ${String(r.stderr).trim().split('\n')[0]}`);
    times.push(ms);
  }
  return { runs, median: median(times), min: Math.min(...times), max: Math.max(...times) };
}
