// Bundles the TypeScript sources into dist/ so that `npx warta` starts fast (no on-the-fly
// compilation), then builds the web UI (web/, Vite) into dist/web. Runs on `npm ci` via `prepare`.
// Code splitting keeps the HTTP server (fastify, loaded by `warta serve` only) out of the start-up
// path of the other commands, and lets every entry share one copy of each module.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts', 'ingest-worker': 'src/store/ingest/worker.ts', 'bench-worker': 'src/bench/worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'chunk-[hash]',
  platform: 'node',
  target: 'node20',
  // Node 20 has \p{…} in regular expressions; without this esbuild writes each such literal as
  // `new RegExp(…)` where it stands, so one inside a function is compiled again at every call.
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'esm',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __wartaCreateRequire } from 'node:module'; const require = __wartaCreateRequire(import.meta.url);" },
});

// The web UI. Vite is a development dependency: an install without it keeps the API and says so.
let vite = null;
try {
  vite = await import('vite');
} catch {
  process.stderr.write('build: vite is not installed, so the web UI is not built (warta serve answers the API only)\n');
}
if (vite) {
  await vite.build({ configFile: fileURLToPath(new URL('../web/vite.config.ts', import.meta.url)), logLevel: 'warn' });
}
