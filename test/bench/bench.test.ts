/**
 * `warta bench` reports every figure (no timing is asserted: the figures depend on the machine),
 * and refuses bad options in one line.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBench } from '../../src/bench/run.js';
import { formatReport } from '../../src/bench/report.js';
import { bareTokens } from '../../src/bench/floor.js';
import { percentile } from '../../src/bench/stats.js';
import { STAGES } from '../../src/pipeline.js';
import { runCli } from '../helpers/cli.js';

describe('warta bench', () => {
  it('measures every part on the bundled examples', async () => {
    const r = await runBench({ corpus: null, limit: 3, jobs: 1, ingestJobs: 1, seconds: 0, warmup: 0, coldRuns: 1, storeEvents: 100, storeDb: null, skip: ['cold'], log: () => undefined });
    expect(r.corpus.documents).toBe(3);
    expect(r.corpus.tokens).toBeGreaterThan(0);
    expect(r.single.articlesPerSecond).toBeGreaterThan(0);
    expect(r.single.slowest).toBeGreaterThan(0);
    expect(r.single.slowest).toBeLessThanOrEqual(r.single.fastest);
    expect(r.parallel?.jobs).toBe(1);
    expect(r.stages.map((s) => s.stage)).toEqual([...STAGES]);
    expect(r.stages.reduce((t, s) => t + s.share, 0)).toBeCloseTo(100, 0);
    expect(r.floor.multiple).toBeGreaterThan(1);
    expect(r.peakRssMB).toBeGreaterThan(0);
    // a cold run, then the same workers again into another fresh store (the first run left them running)
    expect(r.ingest?.cold.documents).toBe(3);
    expect(r.ingest?.sustained.documents).toBe(3);
    expect(r.ingest?.sustained.startup).toBeLessThanOrEqual(r.ingest!.sustained.seconds);
    expect(r.queries?.events).toBe(100);
    expect(r.queries?.latencies.map((l) => l.query)).toContain('search "two words"');
    expect(r.coldStart).toBeNull();
    expect(r.targets.find((t) => t.name.startsWith('cold start'))?.met).toBeNull();
    expect(r.notes.join(' ')).toMatch(/100 events, not the target's 1,000,000/);
    const text = formatReport(r);
    for (const s of ['articles/s', 'slowest–fastest', 'bare tokenization', 'peak RSS', 'entities', 'cold start', 'sustained', 'search "two words"', 'goal']) expect(text).toContain(s);
  }, 120_000);

  it('the floor splits words and marks, nothing else', () => {
    expect(bareTokens('Presiden Joko Widodo, kemarin (17/3).')).toEqual(['Presiden', 'Joko', 'Widodo', ',', 'kemarin', '(', '17', '/', '3', ')', '.']);
    expect(bareTokens('')).toEqual([]);
  });

  it('percentiles by nearest rank', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([], 50)).toBeNaN();
  });

  it('bad options are one-line errors', () => {
    const missing = runCli(['bench', '--corpus', '/nonexistent/corpus.jsonl', '--quiet']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/corpus\.jsonl/);
    const dir = mkdtempSync(join(tmpdir(), 'warta-bench-test-'));
    writeFileSync(join(dir, 'junk.db'), 'not a database');
    const junk = runCli(['bench', '--limit', '1', '--seconds', '1', '--skip', 'parallel', '--skip', 'cold', '--skip', 'ingest', '--store-db', join(dir, 'junk.db'), '--quiet']);
    rmSync(dir, { recursive: true, force: true });
    expect(junk.code).not.toBe(0);
    expect(junk.stderr.trim().split('\n')).toHaveLength(1);
    expect(junk.stderr).toMatch(/--store-db .*junk\.db: not a store/);
    const skip = runCli(['bench', '--skip', 'everything']);
    expect(skip.code).toBe(2);
    expect(skip.stderr).toMatch(/--skip: expected one of/);
  });
});
