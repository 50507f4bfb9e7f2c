/**
 * `warta eval quotes`: runs the analyzer (or the quotes stage alone) over gold data and counts.
 *   eval-dev format — whole pipeline, then the quotes stage again with the gold entities, so that
 *   speaker attribution can be read apart from entity recognition;
 *   PFSA-ID — the quotes stage on each document, with the pipeline's entities and with the
 *   annotated persons.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createAnalyzer } from '../../pipeline.js';
import { createEntityStage } from '../../entities/index.js';
import type { AnalysisRecord } from '../../record/schema.js';
import { UserError } from '../../util/errors.js';
import { packageRoot } from '../../util/paths.js';
import { extractQuotes } from '../index.js';
import { addCounts, type Counts, type DevDoc, loadDevFolder, loadGoldFile, scoreDoc, zeroCounts } from './devset.js';
import { bareMeta, entitiesFromNames, stageInput } from './input.js';
import { annotatedEntities, type PfsaCounts, readPfsa, scorePfsa, zeroPfsa } from './pfsa.js';

export interface Inputs {
  /** folders of eval-dev gold files */
  devDirs: string[];
  /** single gold files with their texts */
  goldFiles: [string, string][];
  /** PFSA-ID token files */
  pfsa: string[];
}

/** A gold file's text: `X.txt` beside `X.gold.json`, else the bundled example of that name. */
function goldWithText(p: string): [string, string] {
  const name = basename(p).replace(/(\.gold)?\.json$/, '');
  const candidates = [join(dirname(p), `${name}.txt`), join(packageRoot(), 'examples', `${name}.txt`)];
  const text = candidates.find((c) => existsSync(c));
  if (!text) throw new UserError(`no text for ${p} (looked for ${candidates.join(', ')})`);
  return [p, text];
}

/** Sorts paths into eval-dev folders, gold files (`X.gold.json` + `X.txt`) and PFSA-ID files (`*.txt`). */
export function collectInputs(paths: string[]): Inputs {
  const out: Inputs = { devDirs: [], goldFiles: [], pfsa: [] };
  for (const p of paths) {
    if (!existsSync(p)) throw new UserError(`no such file or folder: ${p}`);
    if (statSync(p).isDirectory()) {
      const files = readdirSync(p).sort();
      for (const f of files) {
        if (f.endsWith('.gold.json')) out.goldFiles.push(goldWithText(join(p, f)));
        else if (f.endsWith('.txt') && !files.includes(f.replace(/\.txt$/, '.gold.json'))) out.pfsa.push(join(p, f));
      }
      if (files.some((f) => f.endsWith('.json') && !f.endsWith('.gold.json'))) out.devDirs.push(p);
      continue;
    }
    if (p.endsWith('.json')) out.goldFiles.push(goldWithText(p));
    else out.pfsa.push(p);
  }
  return out;
}

export interface DevResult {
  files: number;
  /** speakers as the pipeline's entities give them */
  pipeline: Counts;
  /** the quotes stage again, with entities built from the gold names and aliases */
  gold: Counts;
  errors: string[];
}

function dataLang(r: AnalysisRecord): 'id' | 'en' {
  return r.lang === 'en' ? 'en' : 'id';
}

export async function evalDev(devDirs: string[], goldFiles: [string, string][], corpus: string): Promise<DevResult> {
  const docs: DevDoc[] = [];
  for (const d of devDirs) docs.push(...loadDevFolder(d, corpus));
  for (const [g, t] of goldFiles) docs.push(loadGoldFile(g, t));
  const analyzer = await createAnalyzer();
  let pipeline = zeroCounts();
  let gold = zeroCounts();
  const errors: string[] = [];
  for (const d of docs) {
    const record = analyzer.analyze({ id: d.id, text: d.text, title: d.title, url: null, published: d.published, lang: null, origin: d.id, warnings: [] });
    const s1 = scoreDoc(record, d.gold);
    pipeline = addCounts(pipeline, s1.counts);
    const entities = entitiesFromNames(record.text, record.meta.body, d.gold.entities);
    const withGold: AnalysisRecord = { ...record, entities, quotes: extractQuotes(stageInput(d.id, record.text, dataLang(record), record.meta, entities)) };
    const s2 = scoreDoc(withGold, d.gold);
    gold = addCounts(gold, s2.counts);
    for (const m of s2.missed) errors.push(`${d.id}  missed   ${m.direct ? 'direct  ' : 'reported'} ${m.speaker ?? '-'}: ${m.start}`);
    for (const x of s2.extra) errors.push(`${d.id}  extra    ${x.direct ? 'direct  ' : 'reported'} ${x.text.slice(0, 70)}`);
    for (const w of s2.wrongSpeaker) errors.push(`${d.id}  speaker  gold ${w.gold.speaker ?? '-'}, found ${w.foundName ?? '-'}: ${w.gold.start}`);
    for (const w of s1.wrongSpeaker) errors.push(`${d.id}  speaker (pipeline entities)  gold ${w.gold.speaker ?? '-'}, found ${w.foundName ?? '-'}: ${w.gold.start}`);
  }
  return { files: docs.length, pipeline, gold, errors };
}

export interface PfsaResult {
  files: number;
  docs: number;
  /** statement figures (they do not depend on entities) and speakers with the pipeline's entities */
  pipeline: PfsaCounts;
  /** speakers with the annotated persons as entities */
  annotated: PfsaCounts;
}

export async function evalPfsa(paths: string[]): Promise<PfsaResult> {
  const entityStage = await createEntityStage();
  const pipeline = zeroPfsa();
  const annotated = zeroPfsa();
  let n = 0;
  for (const path of paths) {
    const docs = readPfsa(path);
    n += docs.length;
    docs.forEach((doc, i) => {
      const meta = bareMeta({ start: 0, end: doc.text.length });
      const input = stageInput(`pfsa-${i}`, doc.text, 'id', meta, []);
      input.entities = entityStage(input);
      scorePfsa(doc, extractQuotes(input), input.entities, pipeline);
      const gold = annotatedEntities(doc);
      scorePfsa(doc, extractQuotes({ ...input, entities: gold }), gold, annotated);
    });
  }
  return { files: paths.length, docs: n, pipeline, annotated };
}
