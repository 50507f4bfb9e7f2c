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
  /** milliseconds the readers took (files, decoding, JSON, normalization), on a second reading */
  readMs: number;
  /** inputs that could not be read */
  failed: number;
}

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
  // Timed the second time: the first loads the readers' modules and warms them up.
  await read();
  const { docs, failed, ms: readMs } = await read();
  if (docs.length === 0) throw new UserError(`${args[0]}: no readable documents`);
  return { name: path ?? 'examples/ (bundled)', files: expanded.inputs, docs, chars: docs.reduce((n, d) => n + d.text.length, 0), readMs, failed };
}
