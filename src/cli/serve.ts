/** `warta serve`: the JSON API and the web UI over a store, on localhost by default. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { InvalidArgumentError, type Command } from 'commander';
import { createAnalyzer } from '../pipeline.js';
import type { App } from '../server/app.js';
import { examplesDir, ingestExamples } from '../server/examples.js';
import type { IngestSummary } from '../store/ingest/run.js';
import { openForWriting, storePath } from '../store/open.js';
import type { Store } from '../store/types.js';
import { UserError } from '../util/errors.js';
import { dataPath } from '../util/paths.js';
import type { Runner } from './store-common.js';

interface ServeFlags {
  db?: string;
  port: number;
  host: string;
  demo?: boolean;
}

function parsePort(value: string): number {
  const v = value.trim();
  if (!/^\d+$/.test(v) || Number(v) > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535 (0: any free port).');
  return Number(v);
}

export function registerServe(program: Command, run: Runner): void {
  program
    .command('serve')
    .description('the web UI and the JSON API over the store, on http://127.0.0.1:8080/ by default')
    .option('--db <path>', 'the store file (default: $WARTA_DB, else $XDG_DATA_HOME/warta/warta.db or ~/.local/share/warta/warta.db; with --demo: a temporary store)')
    .option('--port <n>', 'port to listen on (0: any free port)', parsePort, 8080)
    .option('--host <address>', 'address to listen on (127.0.0.1: this computer only)', '127.0.0.1')
    .option('--demo', 'ingest the bundled example articles first, into --db if given, else into a temporary store removed on exit')
    .addHelpText(
      'after',
      '\nAn empty store gets an offer to ingest the bundled examples (in the page, and here when the terminal can answer).\nThe API is described at /openapi.json. Stop with Ctrl-C.',
    )
    .action((flags: ServeFlags) => run(() => serveCommand(flags)));
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

function printLine(s: string): void {
  process.stderr.write(`${s}\n`);
}

function describeIngest(s: IngestSummary): string {
  return `examples: ${s.added} added, ${s.existing} already stored${s.failed.length ? `, ${s.failed.length} failed (${s.failed.map((f) => `${f.origin}: ${f.message}`).join('; ')})` : ''}`;
}

async function offerExamples(store: Store, dir: string): Promise<void> {
  printLine(`The store is empty. Load the bundled examples from the page, or start with \`warta serve --demo\`, or run \`warta ingest ${dir}\`.`);
  if (!process.stdin.isTTY || !process.stderr.isTTY) return;
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question('Ingest the bundled examples into this store now? [y/N] ');
    if (!/^y(es)?$/i.test(answer.trim())) return;
  } finally {
    rl.close();
  }
  printLine(describeIngest(await ingestExamples(store, dir)));
}

async function serveCommand(flags: ServeFlags): Promise<number> {
  let tempDir: string | null = null;
  let path: string;
  if (flags.demo && !flags.db) {
    tempDir = mkdtempSync(join(tmpdir(), 'warta-demo-'));
    path = join(tempDir, 'demo.db');
  } else {
    path = storePath(flags.db);
  }
  const cleanup = (): void => {
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  };
  let store: Store;
  try {
    store = openForWriting(path);
  } catch (e) {
    cleanup();
    throw e;
  }
  let app: App | null = null;
  try {
    const examples = examplesDir();
    if (flags.demo) {
      if (!examples) throw new UserError('no bundled examples in this installation (the examples/ folder is missing)');
      printLine(`ingesting the bundled examples into ${tempDir ? 'a temporary store' : path} …`);
      printLine(describeIngest(await ingestExamples(store, examples)));
    }
    const web = dataPath('dist', 'web');
    const loopback = LOOPBACK.has(flags.host);
    // fastify and the API load only here: the other commands start without them.
    const { buildServer } = await import('../server/app.js');
    app = await buildServer({
      store,
      webRoot: existsSync(join(web, 'index.html')) ? web : null,
      loadAnalyzer: () => createAnalyzer(),
      examplesDir: examples,
      allowedHosts: loopback ? [...LOOPBACK, flags.host] : [],
      version: (JSON.parse(readFileSync(dataPath('package.json'), 'utf8')) as { version: string }).version,
    });
    try {
      await app.listen({ port: flags.port, host: flags.host });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new UserError(`port ${flags.port} on ${flags.host} is in use: give another with --port`);
      if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UserError(`--host: cannot listen on ${flags.host} (not an address of this computer)`);
      if (code === 'EACCES') throw new UserError(`port ${flags.port}: permission denied (use a port above 1023)`);
      throw e;
    }
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : flags.port;
    const shown = flags.host.includes(':') ? `[${flags.host}]` : flags.host;
    const stats = await store.stats();
    printLine(`Warta is serving http://${shown}:${port}/ (store: ${tempDir ? `${path}, temporary` : path}; ${stats.documents} documents). Stop with Ctrl-C.`);
    if (!webRootBuilt(web)) printLine('The web UI is not built (run `npm run build`); the API answers at /api and /openapi.json.');
    if (stats.documents === 0 && examples && !flags.demo) await offerExamples(store, examples);
    await new Promise<void>((resolve) => {
      const stop = (): void => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    return 0;
  } finally {
    await app?.close();
    await store.close();
    cleanup();
  }
}

function webRootBuilt(web: string): boolean {
  return existsSync(join(web, 'index.html'));
}
