/**
 * Inputs that once crashed or hung the readers or the analysis (found by `npm run fuzz`, or written
 * after it found the problem), kept as fixtures in fixtures/regressions/: each must now give valid
 * records. (The fuzz run checks the time bound; a regression that comes back hangs this test.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, type Analyzer } from '../../src/pipeline.js';
import { readHtml } from '../../src/read/html/index.js';
import { validateRecord } from '../../src/record/validate.js';
import { doc } from '../helpers/analyze.js';

interface Regression {
  kind: 'text' | 'html';
  found: string;
  problem: string;
  input: string;
}

const dir = new URL('./fixtures/regressions/', import.meta.url);
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ name: f.replace(/\.json$/, ''), ...(JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Regression) }));

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = await createAnalyzer();
});

describe('regressions found by fuzzing', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThan(0));
  for (const c of cases) {
    it(`${c.name}: ${c.problem}`, async () => {
      const docs = c.kind === 'html' ? (await readHtml(new TextEncoder().encode(c.input), `${c.name}.html`, true)).flatMap((r) => (r.ok ? [r.doc] : [])) : [doc(c.input)];
      if (c.kind === 'html') expect(docs.length).toBe(1);
      // Deep pages are read in linear time, the deeper markup as plain text, and the record says so.
      if (c.name.startsWith('deep-')) expect(docs[0]!.warnings.join(' ')).toMatch(/nested more than 150 levels deep/);
      for (const d of docs) {
        const v = validateRecord(analyzer.analyze(d));
        expect(v.errors).toEqual([]);
      }
    }, 30_000);
  }
});
