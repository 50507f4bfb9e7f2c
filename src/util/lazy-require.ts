/**
 * A CommonJS dependency loaded when first used rather than when the CLI starts: every command loads
 * the same bundle, and SQLite's binding, the progress bar and CLD3's WebAssembly loader are about
 * 40 files that `warta --help` or a query that never analyzes should not read.
 */
import { createRequire } from 'node:module';

const requireHere = createRequire(import.meta.url);

/** A getter for module `id`, required on its first call. */
export function lazyRequire<T>(id: string): () => T {
  let mod: T | undefined;
  return () => (mod ??= requireHere(id) as T);
}
