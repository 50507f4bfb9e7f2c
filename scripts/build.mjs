// Bundles the TypeScript sources into dist/ so that `npx warta` starts fast
// (one file to load, no on-the-fly compilation). Runs on `npm ci` via `prepare`.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts', 'ingest-worker': 'src/store/ingest/worker.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __wartaCreateRequire } from 'node:module'; const require = __wartaCreateRequire(import.meta.url);" },
});
