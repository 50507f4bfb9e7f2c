/** The texts `warta bench` runs on: a corpus file (or folder), or the bundled examples. */
import { join } from 'node:path';
import { readSources } from '../read/sources.js';
import type { InputDoc } from '../read/types.js';
import { expandInputs } from '../store/ingest/walk.js';
import { UserError } from '../util/errors.js';
import { packageRoot } from '../util/paths.js';

export interface Corpus {
  /** what was read: the files, or "examples/" */
  name: string;
  files: string[];
  docs: InputDoc[];
  chars: number;
  /**
   * milliseconds the readers take for the whole corpus (files, decoding, JSON, normalization), warmed
   * up like the analysis: the mean of at least READ_PASSES readings after READ_WARMUP untimed ones
   */
  readMs: number;
  /** milliseconds of the first reading, in a process that had not read yet (with the first-pass analysis) */
  firstReadMs: number;
  /** inputs that could not be read */
  failed: number;
}

/** Untimed readings of the corpus before the timed ones. */
const READ_WARMUP = 3;
/** Timed readings: at least this many, and for at least READ_MIN_MS in all. */
const READ_PASSES = 3;
const READ_MIN_MS = 500;
const READ_BUDGET_MS = 2000;

export async function loadCorpus(path: string | null, limit: number | null): Promise<Corpus> {
  const args = path ? [path] : [join(packageRoot(), 'examples')];
  const expanded = await expandInputs(args);
  if (expanded.failures.length > 0) throw new UserError(`${expanded.failures[0]!.origin}: ${expanded.failures[0]!.message}`);
  if (expanded.inputs.length === 0) throw new UserError(`${args[0]}: no article files (.txt, .jsonl, .html …) to read`);
  const read = async (): Promise<{ docs: InputDoc[]; failed: number; ms: number }> => {
    const docs: InputDoc[] = [];
    let failed = 0;
    const t0 = performance.now();
    for await (const item of readSources(expanded.inputs, { format: 'auto' })) {
      if (!item.ok) {
        failed++;
        continue;
      }
      docs.push(item.doc);
      if (limit !== null && docs.length >= limit) break;
    }
    return { docs, failed, ms: performance.now() - t0 };
  };
  // The analysis is timed once V8 has optimised it, and so are the readers: the first readings load
  // their modules and warm them up (the very first is the cold figure), the rest are timed. A large
  // corpus gets fewer readings: warm-up stops after READ_BUDGET_MS, timing after READ_MIN_MS once
  // READ_PASSES are done or READ_BUDGET_MS is spent.
  const firstReadMs = (await read()).ms;
  for (let i = 1, spent = firstReadMs; i < READ_WARMUP && spent < READ_BUDGET_MS; i++) spent += (await read()).ms;
  const { docs, failed, ms } = await read();
  let readMs = ms;
  let passes = 1;
  while ((passes < READ_PASSES && readMs < READ_BUDGET_MS) || readMs < READ_MIN_MS) {
    readMs += (await read()).ms;
    passes++;
  }
  readMs /= passes;
  if (docs.length === 0) throw new UserError(`${args[0]}: no readable documents`);
  return { name: path ?? 'examples/ (bundled)', files: expanded.inputs, docs, chars: docs.reduce((n, d) => n + d.text.length, 0), readMs, firstReadMs, failed };
}
