/**
 * The entry of a worker thread. From the bundle: `dist/<bundled>` next to the calling chunk. From
 * source (tests, tsx), a worker cannot take tsx's loader from `--import`, so a small module
 * registers tsx's ESM hooks first and then imports the TypeScript entry.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * @param here the caller's `import.meta.url`
 * @param bundled the bundle's file name in dist/ (`ingest-worker.js`)
 * @param source the TypeScript entry relative to the caller (`./worker.ts`)
 */
export function workerEntry(here: string, bundled: string, source: string): URL {
  if (!/\.ts$/.test(new URL(here).pathname)) return new URL(`./${bundled}`, here);
  const require = createRequire(here);
  const pkgPath = require.resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  const api = pathToFileURL(join(dirname(pkgPath), pkg.exports['./esm/api']!.import.default)).href;
  const entry = new URL(source, here).href;
  const code = `import { register } from ${JSON.stringify(api)}; register(); await import(${JSON.stringify(entry)});`;
  return new URL('data:text/javascript,' + encodeURIComponent(code));
}
