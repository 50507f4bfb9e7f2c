#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/cli.js, built from src/ by `npm ci` (the `prepare` script).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('warta: not built yet; run `npm ci` (or `npm run build`) in the project folder first\n');
  process.exit(2);
}
const { main } = await import(pathToFileURL(cli).href);
process.exitCode = await main(process.argv.slice(2));
