/**
 * `npm run fuzz`: many generated inputs through the readers and the whole analysis. Every record must
 * validate (schema and spans), nothing may throw, and no input may take more than a second per 10 KB
 * (of CPU time: the machine may be shared).
 *
 *   npm run fuzz                       # 100,000 cases
 *   npm run fuzz -- --runs 5000 --seed 7 --only html,adversarial --out /tmp/warta-fuzz
 *
 * First, the scaling probe: each adversarial piece repeated to 5 KB and to 40 KB, so that a stage
 * whose time grows faster than the text (a backtracking pattern, a quadratic loop) shows at once.
 *
 * A failing input is shrunk by fast-check and written to --out (one file per failure, the exact
 * string as JSON) to become a fixture of test/property/regressions.test.ts. Exit status 1 when any
 * case failed or was too slow.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { createAnalyzer, emptyTimings, STAGES, type StageTimings } from '../src/pipeline.js';
import { readSources } from '../src/read/sources.js';
import { readHtml } from '../src/read/html/index.js';
import type { InputDoc } from '../src/read/types.js';
import { validateRecord } from '../src/record/validate.js';
import { UserError } from '../src/util/errors.js';
import { ADVERSARIAL_PIECES, adversarial, article, hugeLine, mutatedArticle, nestedHtml, newsLike, onlyPunctuation, onlyQuotes } from '../test/property/arbitraries.js';

const USAGE = 'usage: npm run fuzz -- [--runs N] [--seed N] [--only target,…] [--out DIR]';
let parsed;
try {
  parsed = parseArgs({
    options: {
      runs: { type: 'string', default: '100000' },
      seed: { type: 'string', default: String(Date.now() % 1_000_000) },
      only: { type: 'string' },
      out: { type: 'string', default: 'fuzz-failures' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (e) {
  process.stderr.write(`fuzz: ${(e as Error).message.split('\n')[0]}\n${USAGE}\n`);
  process.exit(2);
}
const { values } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const totalRuns = Number(values.runs);
const seed = Number(values.seed);
if (!Number.isInteger(totalRuns) || totalRuns < 1 || !Number.isInteger(seed)) {
  process.stderr.write(`fuzz: --runs must be a positive whole number and --seed a whole number\n${USAGE}\n`);
  process.exit(2);
}

const timings: StageTimings = emptyTimings();
const analyzer = await createAnalyzer({ timings });

/**
 * When a case started. The bound is held on CPU time (this process's, all threads): on a shared machine
 * the wall clock also counts the time other programs had the cores. Both are reported.
 */
interface Clock {
  wall: number;
  cpu: NodeJS.CpuUsage;
}
const now = (): Clock => ({ wall: performance.now(), cpu: process.cpuUsage() });
const cpuMs = (since: Clock): number => {
  const u = process.cpuUsage(since.cpu);
  return (u.user + u.system) / 1000;
};

/** Milliseconds allowed for an input: one second per started 10 KB. */
const allowed = (chars: number): number => 1000 * Math.max(1, Math.ceil(chars / 10_240));

interface Slow {
  target: string;
  chars: number;
  /** CPU milliseconds */
  ms: number;
  wall: number;
  stage: string;
  input: string;
}
const slow: Slow[] = [];
let worstRatio = 0;
let worst: Slow | null = null;

function slowestStage(before: StageTimings): string {
  let best = 'read';
  let bestMs = -1;
  for (const s of STAGES) {
    const d = timings[s] - before[s];
    if (d > bestMs) (bestMs = d), (best = s);
  }
  return best;
}

/** Targets that have run once: the first case of each loads and compiles code, so its time is not held to the bound. */
const warm = new Set<string>();

function analyzeChecked(doc: InputDoc, target: string, input: string, started: Clock): void {
  const before = { ...timings };
  const r = analyzer.analyze(doc);
  const v = validateRecord(r);
  if (!v.ok) throw new Error(`invalid record: ${v.errors.slice(0, 3).join('; ')}`);
  if (!warm.has(target)) {
    warm.add(target);
    return;
  }
  const ms = cpuMs(started);
  const wall = performance.now() - started.wall;
  const ratio = ms / allowed(input.length);
  const analysisMs = STAGES.reduce((t, k) => t + timings[k] - before[k], 0);
  const s: Slow = { target, chars: input.length, ms, wall, stage: analysisMs < ms / 2 ? 'the reader' : slowestStage(before), input };
  if (ratio > 1) slow.push(s);
  else if (ratio > worstRatio) (worstRatio = ratio), (worst = s);
}

const textDoc = (text: string): InputDoc => ({ id: 'fuzz', text, title: null, url: null, published: null, lang: null, origin: 'fuzz', warnings: [] });

/** Bytes through the readers (format sniffed as the CLI does), then every document read through the analysis. */
async function throughReaders(bytes: Uint8Array, target: string, input: string): Promise<void> {
  const started = now();
  try {
    for await (const item of readSources(['-'], { format: 'auto', stdin: (async function* () { yield bytes; })() })) {
      if (item.ok) analyzeChecked(item.doc, target, input, started);
      else if (typeof item.message !== 'string' || item.message.includes('\n')) throw new Error(`reader failure without a one-line message: ${String(item.message)}`);
    }
  } catch (e) {
    if (e instanceof UserError && !e.message.includes('\n')) return; // a clear one-line refusal is fine
    throw e;
  }
}

interface FuzzTarget {
  name: string;
  share: number;
  run: () => fc.IAsyncProperty<[string]> | fc.IProperty<[string]>;
}

const sync = (arb: fc.Arbitrary<string>, name: string): fc.IProperty<[string]> =>
  fc.property(arb, (text) => analyzeChecked(textDoc(text), name, text, now()));

const TARGETS: FuzzTarget[] = [
  { name: 'unicode', share: 0.14, run: () => sync(fc.string({ unit: 'grapheme', maxLength: 2000 }), 'unicode') },
  { name: 'binary-string', share: 0.04, run: () => sync(fc.string({ unit: 'binary', maxLength: 2000 }), 'binary-string') },
  { name: 'news-like', share: 0.14, run: () => sync(newsLike(), 'news-like') },
  { name: 'article', share: 0.14, run: () => sync(article, 'article') },
  { name: 'mutated', share: 0.2, run: () => sync(mutatedArticle, 'mutated') },
  { name: 'punctuation', share: 0.06, run: () => sync(onlyPunctuation(4000), 'punctuation') },
  { name: 'quotes', share: 0.06, run: () => sync(onlyQuotes(4000), 'quotes') },
  { name: 'adversarial', share: 0.1, run: () => sync(adversarial(2_000), 'adversarial') },
  { name: 'huge-line', share: 0.003, run: () => sync(hugeLine(20_000, 400_000), 'huge-line') },
  {
    name: 'html',
    share: 0.05,
    run: () =>
      fc.asyncProperty(nestedHtml(4000), async (html) => {
        const started = now();
        for (const item of await readHtml(new TextEncoder().encode(html), 'fuzz.html', true)) {
          if (item.ok) analyzeChecked(item.doc, 'html', html, started);
        }
      }),
  },
  {
    name: 'bytes',
    share: 0.027,
    run: () =>
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 3000 }).map((b) => Buffer.from(b).toString('latin1')),
          fc.array(fc.oneof(article, newsLike()).map((t) => JSON.stringify({ id: 'x', text: t })), { maxLength: 5 }).map((ls) => ls.join('\n')),
          fc.constantFrom('{', '{"text": 1}', '<', '<rss><channel><item><title>a</title></item></channel></rss>', '\ufeff{"text":"x"}\n{bad'),
        ),
        (s) => throughReaders(Buffer.from(s, 'latin1'), 'bytes', s),
      ),
  },
];

const only = values.only ? new Set(values.only.split(',')) : null;
const chosen = TARGETS.filter((t) => !only || only.has(t.name));
if (chosen.length === 0 && !only?.has('scaling')) {
  process.stderr.write(`fuzz: --only: no such target; targets: ${TARGETS.map((t) => t.name).join(', ')}\n`);
  process.exit(2);
}
const shareSum = chosen.reduce((s, t) => s + t.share, 0);
mkdirSync(values.out, { recursive: true });

// Every reader once before timing anything: the HTML and feed readers load their modules on first use.
for (const sample of ['Teks.', '{"text": "Teks."}', '<html><body><p>Teks berita yang cukup panjang untuk dibaca sebagai isi halaman.</p></body></html>', '<rss><channel><item><title>Judul</title><description>Teks.</description></item></channel></rss>']) {
  await throughReaders(Buffer.from(sample), 'warm-up', sample);
}
slow.length = 0;
worstRatio = 0;
worst = null;

let cases = 0;
let failures = 0;
const t0 = performance.now();

if (!only || only.has('scaling')) {
  const ts = performance.now();
  let grows = 0;
  for (const piece of ADVERSARIAL_PIECES) {
    const sizes = [5_000, 40_000].map((n) => piece.repeat(Math.ceil(n / piece.length)));
    const time = () =>
      sizes.map((text) => {
        const started = now();
        analyzeChecked(textDoc(text), 'scaling', text, started);
        return cpuMs(started);
      });
    // Eight times the text: a linear stage takes about eight times as long, a quadratic one 64.
    const superlinear = (ms: number[]) => ms[1]! > 200 && ms[1]! > 24 * Math.max(ms[0]!, 1);
    let ms = time();
    cases += 2;
    // A first long text can pay for compilation or a collector pause: a flagged piece is timed once more.
    if (superlinear(ms)) ms = time();
    if (superlinear(ms)) {
      grows++;
      console.log(`scaling: ${JSON.stringify(piece)} × 5 KB → 40 KB: ${ms[0]!.toFixed(0)} → ${ms[1]!.toFixed(0)} ms (faster than linear)`);
    }
  }
  console.log(`${'scaling'.padEnd(14)} ${String(ADVERSARIAL_PIECES.length * 2).padStart(6)} cases, ${grows === 0 ? 'all near linear' : `${grows} growing faster than linear`} (${((performance.now() - ts) / 1000).toFixed(1)} s)`);
}
for (const [k, t] of chosen.entries()) {
  const numRuns = Math.max(1, Math.round((totalRuns * t.share) / shareSum));
  const ts = performance.now();
  const result = await fc.check(t.run() as fc.IAsyncProperty<[string]>, { numRuns, seed: seed + k, endOnFailure: false });
  cases += result.numRuns;
  const secs = (performance.now() - ts) / 1000;
  if (result.failed) {
    failures++;
    const input = result.counterexample?.[0] ?? '';
    const file = join(values.out, `${t.name}-seed${seed + k}.json`);
    writeFileSync(file, JSON.stringify({ target: t.name, seed: seed + k, error: String((result.errorInstance as Error)?.message ?? result.errorInstance), input }) + '\n');
    console.log(`${t.name.padEnd(14)} FAILED after ${result.numRuns} cases: ${String((result.errorInstance as Error)?.message ?? '').split('\n')[0]} — input (${input.length} chars) in ${file}`);
  } else {
    console.log(`${t.name.padEnd(14)} ${String(result.numRuns).padStart(6)} cases clean (${secs.toFixed(1)} s)`);
  }
}
// A case over its bound is timed again after a full garbage collection: the collector's pauses for the
// garbage of earlier cases (hundreds of megabytes after many pages) land on whichever case triggers them.
const gc = (() => {
  v8.setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();
async function retime(s: Slow): Promise<number> {
  gc();
  const started = now();
  if (s.target === 'html') {
    for (const item of await readHtml(new TextEncoder().encode(s.input), 'fuzz.html', true)) if (item.ok) analyzer.analyze(item.doc);
  } else if (s.target === 'bytes') {
    for await (const item of readSources(['-'], { format: 'auto', stdin: (async function* () { yield Buffer.from(s.input, 'latin1'); })() })) if (item.ok) analyzer.analyze(item.doc);
  } else analyzer.analyze(textDoc(s.input));
  return cpuMs(started);
}
const confirmed: Slow[] = [];
for (const s of slow) {
  const again = await retime(s);
  const ratio = again / allowed(s.chars);
  if (ratio > worstRatio) (worstRatio = ratio), (worst = { ...s, ms: again, wall: NaN });
  if (ratio > 1) confirmed.push({ ...s, ms: again });
  else console.log(`${s.target}: a case of ${s.chars} characters took ${s.ms.toFixed(0)} ms of CPU, ${again.toFixed(0)} ms again after a full GC: the collector's pause, not the input`);
}
for (const s of confirmed) {
  failures++;
  const file = join(values.out, `slow-${s.target}-${s.chars}.json`);
  writeFileSync(file, JSON.stringify({ target: s.target, ms: s.ms, wall: s.wall, stage: s.stage, input: s.input }) + '\n');
  console.log(`too slow: ${s.target} input of ${s.chars} characters took ${s.ms.toFixed(0)} ms of CPU (${s.wall.toFixed(0)} ms wall; most in ${s.stage}) — ${file}`);
}
const w = worst as Slow | null;
// The slowest case within its bound, when it came near it, is timed again after a full garbage collection
// too (a collector's pause can fall on it without pushing it over), and kept in --out to be looked at.
let again = '';
if (w && !Number.isNaN(w.wall) && worstRatio > 0.5) {
  again = `, ${(await retime(w)).toFixed(0)} ms again after a full GC`;
  writeFileSync(join(values.out, `slowest-${w.target}-${w.chars}.json`), JSON.stringify({ target: w.target, ms: w.ms, wall: w.wall, stage: w.stage, input: w.input }) + '\n');
}
console.log(
  `${cases} cases in ${((performance.now() - t0) / 1000).toFixed(0)} s (seed ${seed}); ${failures === 0 ? 'all clean' : `${failures} failing`}; ` +
    (w ? `slowest: ${w.target} (${w.chars} characters in ${w.ms.toFixed(0)} ms of CPU${Number.isNaN(w.wall) ? ' after a full GC' : `, ${w.wall.toFixed(0)} ms wall${again}`}; ${(100 * worstRatio).toFixed(1)}% of its time bound, most in ${w.stage})` : ''),
);
process.exitCode = failures === 0 ? 0 : 1;
