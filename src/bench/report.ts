/** `warta bench` as tables for people. */
import { SUSTAINED_RUNS, type IngestRun } from './ingest.js';
import type { BenchReport } from './run.js';

const num = (x: number, digits = 0): string => x.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd());
}

export function formatReport(r: BenchReport): string {
  const m = r.machine;
  const out: string[] = [];
  out.push(`machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node} (load average ${m.load[0].toFixed(2)} at start, ${m.load[1].toFixed(2)} at end)`);
  out.push(`corpus: ${r.corpus.name}: ${num(r.corpus.documents)} documents, ${num(r.corpus.chars)} characters, ${num(r.corpus.tokens)} tokens` + (r.corpus.unreadable ? ` (${r.corpus.unreadable} unreadable, left out)` : ''));
  out.push('');
  const rows = [
    ['throughput', 'articles/s', 'tokens/s', 'ms/article'],
    ['one core (read + analyze)', num(r.single.articlesPerSecond), num(r.single.tokensPerSecond), num(r.single.msPerDoc, 3)],
    ['  slowest–fastest stretch', `${num(r.single.slowest)}–${num(r.single.fastest)}`, '', ''],
    ['  first pass, cold process', num(r.single.firstPassArticlesPerSecond), num((r.single.firstPassArticlesPerSecond * r.corpus.tokens) / r.corpus.documents), num(1000 / r.single.firstPassArticlesPerSecond, 3)],
  ];
  if (r.parallel) rows.push([`${r.parallel.jobs} worker threads (analyze)`, num(r.parallel.articlesPerSecond), num(r.parallel.tokensPerSecond), num((1000 * r.parallel.jobs) / r.parallel.articlesPerSecond, 3)]);
  rows.push(['bare tokenization (floor)', num(1000 / r.floor.msPerDoc), num(r.floor.tokensPerSecond), num(r.floor.msPerDoc, 4)]);
  out.push(...table(rows));
  out.push(`Warta takes ${num(r.floor.multiple, 1)}× the bare tokenization pass; model load ${num(r.modelLoadMs)} ms; peak RSS ${num(r.peakRssMB)} MB`);
  out.push('');
  out.push(...table([['stage', 'ms/article', 'share'], ...r.stages.map((s) => [s.stage, num(s.msPerDoc, 3), `${num(s.share, 1)}%`])]));
  out.push('');
  const other: string[][] = [['other', 'figure']];
  if (r.coldStart) other.push([`cold start, warta analyze (median of ${r.coldStart.runs})`, `${num(r.coldStart.median)} ms (${num(r.coldStart.min)}–${num(r.coldStart.max)})`]);
  if (r.ingest) {
    const { cold, sustained } = r.ingest;
    const cpu = (x: IngestRun): string => (x.mainCpuMsPerDoc === null ? '' : `main thread ${num(x.mainCpuMsPerDoc, 2)}, `) + `all threads ${num(x.cpuMsPerDoc, 2)}`;
    other.push([`ingest, fresh store, ${r.ingest.jobs} jobs, cold start`, `${num(cold.articlesPerSecond)} articles/s (${num(cold.documents)} in ${num(cold.seconds, 2)} s, of which ${num(cold.startup, 2)} s start-up)`]);
    other.push(['  CPU an article (ms)', cpu(cold)]);
    other.push([`ingest, fresh store, sustained (workers past ${num(r.ingest.warmupArticles)} articles)`, `${num(sustained.articlesPerSecond)} articles/s (${num(sustained.documents)} in ${num(sustained.seconds, 2)} s; median of ${SUSTAINED_RUNS}, ${num(r.ingest.sustainedRange[0])}–${num(r.ingest.sustainedRange[1])})`]);
    other.push(['  CPU an article (ms)', cpu(sustained)]);
  }
  if (r.queries) {
    other.push([`queries on a synthetic store (${num(r.queries.events)} events, ${num(r.queries.documents)} documents)`, 'p50 / p95']);
    for (const l of r.queries.latencies) other.push([`  ${l.query}`, `${num(l.p50, 1)} / ${num(l.p95, 1)} ms`]);
  }
  if (other.length > 1) out.push(...table(other), '');
  const trows = [['target', 'measured', 'goal', 'met']];
  for (const t of r.targets) {
    const value = t.value === null ? '—' : `${num(t.value, t.unit === '×' ? 1 : 0)} ${t.unit}`;
    trows.push([t.name + (t.note ? ` (${t.note})` : ''), value, `${t.op} ${num(t.goal)} ${t.unit}`, t.met === null ? 'not measured' : t.met ? 'yes' : 'NO']);
  }
  out.push(...table(trows));
  for (const note of r.notes) out.push(`note: ${note}`);
  return out.join('\n') + '\n';
}
