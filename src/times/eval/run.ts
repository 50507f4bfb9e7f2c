/**
 * `warta eval times`: measures the times stage on
 * (a) TimeML files (IndoTimex): detection precision/recall/F1 by overlapping spans and value
 *     accuracy on the detected ones, for DATE and TIME separately and together; the reference date
 *     is the file's creation date (`<DCT>`);
 * (b) eval-dev gold files (`{id, published, times: [{text, value}]}`, texts from the corpus by id):
 *     F1 over (text, value) pairs, where the reference date is the record's publication date. That
 *     gold lists calendar dates and periods only: durations, sets, `PRESENT_REF`-like references
 *     and clock times alone are left out of the predictions too; a date with a clock time counts as
 *     its day (`Senin (20/10) pukul 10.00` → 2025-10-20).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createAnalyzer } from '../../pipeline.js';
import { readSources } from '../../read/sources.js';
import type { InputDoc } from '../../read/types.js';
import { UserError } from '../../util/errors.js';
import { timesIn } from '../index.js';
import type { Resolved } from '../resolve.js';
import { readTimeml, type GoldTimex } from './timeml.js';
import { addCounts, countsOf, emptyCounts, matchSpans, matchTexts, type Counts, type TextValue } from './score.js';

export interface TimemlReport {
  files: number;
  byType: { DATE: Counts; TIME: Counts; 'DATE+TIME': Counts };
  errors: { file: string; kind: 'missed' | 'spurious' | 'value'; text: string; gold?: string; predicted?: string }[];
}

export interface DevReport {
  files: number;
  strict: { gold: number; predicted: number; correct: number };
  relaxed: { gold: number; predicted: number; correct: number };
  errors: { file: string; kind: 'missed' | 'spurious'; text: string; value: string }[];
}

/** Files under the given paths (folders are read one level deep), split by kind. */
export function collectFiles(paths: string[]): { timeml: string[]; dev: string[] } {
  const timeml: string[] = [];
  const dev: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) throw new UserError(`${p}: no such file or folder`);
    const files = statSync(p).isDirectory()
      ? readdirSync(p)
          .sort()
          .map((f) => join(p, f))
      : [p];
    for (const f of files) {
      const ext = extname(f).toLowerCase();
      if (ext === '.tml' || ext === '.xml') timeml.push(f);
      else if (ext === '.json' && !statSync(f).isDirectory()) dev.push(f);
    }
  }
  if (timeml.length === 0 && dev.length === 0) throw new UserError(`no TimeML (.tml) or gold (.json) files in ${paths.join(', ')}`);
  return { timeml, dev };
}

const asGold = (g: GoldTimex): { start: number; end: number; value: string | null; text: string } => g;

export function evalTimeml(files: string[]): TimemlReport {
  const report: TimemlReport = { files: 0, byType: { DATE: emptyCounts(), TIME: emptyCounts(), 'DATE+TIME': emptyCounts() }, errors: [] };
  for (const f of files) {
    const doc = readTimeml(readFileSync(f, 'utf8'), basename(f));
    report.files++;
    const pred = timesIn(doc.text, 0, doc.text.length, 'id', doc.dct);
    const text = (r: { start: number; end: number }): string => doc.text.slice(r.start, r.end);
    for (const type of ['DATE', 'TIME', 'DATE+TIME'] as const) {
      const keep = (t: string): boolean => (type === 'DATE+TIME' ? t === 'DATE' || t === 'TIME' : t === type);
      const g = doc.gold.filter((x) => keep(x.type)).map(asGold);
      const p = pred.filter((x) => keep(x.type));
      const m = matchSpans(g, p);
      report.byType[type] = addCounts(report.byType[type], countsOf(g, p, m));
      if (type !== 'DATE+TIME') continue;
      for (const x of m.missed) report.errors.push({ file: doc.id, kind: 'missed', text: x.text, gold: `${x.value}` });
      for (const x of m.spurious) report.errors.push({ file: doc.id, kind: 'spurious', text: text(x), predicted: `${x.type} ${x.value}` });
      for (const [a, b] of m.pairs) {
        if (a.value !== b.value) report.errors.push({ file: doc.id, kind: 'value', text: `${a.text} | ${text(b)}`, gold: `${a.value}`, predicted: `${b.value}` });
      }
    }
  }
  return report;
}

interface DevGold {
  id: string;
  published?: string;
  times?: TextValue[];
}

/** The predictions the eval-dev gold can be compared with: calendar dates, as days when a clock time goes with them. */
export function calendarTimes(text: string, resolved: Resolved[]): TextValue[] {
  const out: TextValue[] = [];
  for (const r of resolved) {
    if (!r.calendar || r.value === null || !/^\d/.test(r.value)) continue;
    out.push({ text: text.slice(r.start, r.end), value: r.type === 'TIME' ? r.value.slice(0, 10) : r.value });
  }
  return out;
}

export async function evalDev(files: string[], corpus: string): Promise<DevReport> {
  if (!existsSync(corpus)) throw new UserError(`${corpus}: corpus not found (give it with --corpus)`);
  const golds: DevGold[] = files.map((f) => {
    let g: unknown;
    try {
      g = JSON.parse(readFileSync(f, 'utf8'));
    } catch (e) {
      throw new UserError(`${f}: not valid JSON (${(e as Error).message.split('\n')[0]})`);
    }
    if (typeof g !== 'object' || g === null || typeof (g as DevGold).id !== 'string') throw new UserError(`${f}: expected a gold record with an "id"`);
    return g as DevGold;
  });
  const wanted = new Set(golds.map((g) => g.id));
  const docs = new Map<string, InputDoc>();
  for await (const item of readSources([corpus], { format: 'jsonl' })) {
    if (item.ok && wanted.has(item.doc.id)) docs.set(item.doc.id, item.doc);
  }
  const analyzer = await createAnalyzer();
  const report: DevReport = { files: 0, strict: { gold: 0, predicted: 0, correct: 0 }, relaxed: { gold: 0, predicted: 0, correct: 0 }, errors: [] };
  for (const g of golds) {
    const doc = docs.get(g.id);
    if (!doc) throw new UserError(`${g.id}: not found in ${corpus}`);
    const published = g.published ?? doc.published;
    const record = analyzer.analyze({ ...doc, published: published ?? null });
    // the record's times, with what the detector knows about each (calendar or not)
    const resolved = timesIn(record.text, record.meta.body.start, record.meta.body.end, record.lang === 'en' ? 'en' : 'id', record.meta.published);
    const byOffset = new Map(resolved.map((r) => [`${r.start}:${r.end}`, r]));
    const kept = record.times.map((t) => byOffset.get(`${t.start}:${t.end}`)).filter((r): r is Resolved => r !== undefined);
    const pred = calendarTimes(record.text, kept);
    const gold = (g.times ?? []).filter((t) => typeof t?.text === 'string' && typeof t?.value === 'string');
    report.files++;
    for (const [mode, strict] of [['strict', true], ['relaxed', false]] as const) {
      const m = matchTexts(gold, pred, strict);
      const c = report[mode];
      c.gold += m.gold;
      c.predicted += m.predicted;
      c.correct += m.correct;
      if (strict) {
        for (const x of m.missed) report.errors.push({ file: g.id, kind: 'missed', ...x });
        for (const x of m.spurious) report.errors.push({ file: g.id, kind: 'spurious', ...x });
      }
    }
  }
  return report;
}
