import { readFileSync } from 'node:fs';
import { createAnalyzer, type Analyzer } from '../../src/pipeline.js';
import type { InputDoc } from '../../src/read/types.js';
import type { AnalysisRecord } from '../../src/record/schema.js';

let analyzer: Analyzer | null = null;

export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
}

export function doc(text: string, extra: Partial<InputDoc> = {}): InputDoc {
  return { id: 't', text, title: null, url: null, published: null, lang: null, origin: 'test', warnings: [], ...extra };
}

export async function analyzeText(text: string, extra: Partial<InputDoc> = {}): Promise<AnalysisRecord> {
  analyzer ??= await createAnalyzer();
  return analyzer.analyze(doc(text, extra));
}

/** text of a range */
export const slice = (r: AnalysisRecord, x: { start: number; end: number }): string => r.text.slice(x.start, x.end);
