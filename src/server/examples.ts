/** The example articles bundled in examples/: what `warta serve` offers to ingest into an empty store. */
import { existsSync, readdirSync } from 'node:fs';
import { defaultJobs, ingest, type IngestSummary } from '../store/ingest/run.js';
import type { Progress } from '../store/ingest/progress.js';
import { ARTICLE_EXTENSIONS } from '../store/ingest/walk.js';
import type { Store } from '../store/types.js';
import { dataPath } from '../util/paths.js';
import { extname } from 'node:path';

export function examplesDir(): string | null {
  const dir = dataPath('examples');
  if (!existsSync(dir)) return null;
  const articles = readdirSync(dir).filter((f) => ARTICLE_EXTENSIONS.has(extname(f).toLowerCase()));
  return articles.length > 0 ? dir : null;
}

export async function ingestExamples(store: Store, dir: string, progress?: Progress): Promise<IngestSummary> {
  return ingest([dir], { store, jobs: Math.min(2, defaultJobs()), progress });
}
