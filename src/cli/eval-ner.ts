/**
 * `warta eval ner [FILE…]`: entity-level precision, recall and F1 (exact span and type) per type and
 * overall, for CoNLL-style files (token first, BIO tag last). Without files: the three test splits.
 */
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { readConllFile } from '../entities/tagger/conll.js';
import { CORPUS_NAMES, corpusPath, defaultNerDataDir } from '../entities/tagger/corpora.js';
import { loadModel, ModelTagger } from '../entities/tagger/index.js';
import { ENTITY_TYPES } from '../entities/tagger/labels.js';
import { EntityScorer, type Scores } from '../entities/tagger/metrics.js';
import { UserError } from '../util/errors.js';
import type { Runner } from './eval.js';
import { warn, writeOut } from './output.js';
import { domainFor } from './ner-domain.js';

interface EvalNerFlags {
  model?: string;
  domain: string;
  json?: boolean;
}

const pct = (x: number): string => (x * 100).toFixed(2).padStart(6);
const row = (name: string, s: Scores): string =>
  `  ${name.padEnd(8)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   ${String(s.tp + s.fn).padStart(5)} ${String(s.tp + s.fp).padStart(5)}\n`;

export function registerEvalNer(ev: Command, run: Runner): void {
  ev.command('ner')
    .description('entity-level P/R/F1 of the NER tagger on CoNLL-style files (default: the three test splits)')
    .argument('[files...]', 'CoNLL-style files: token in the first column, BIO tag in the last')
    .option('--model <file>', 'model file (default: the shipped models/ner/model.bin)')
    .option('--domain <name>', 'annotation conventions: auto (by corpus file), none, or idner, nerui, nergrit', 'auto')
    .option('--json', 'print the figures as JSON')
    .action((files: string[], flags: EvalNerFlags) =>
      run(async () => {
        let paths = files;
        if (paths.length === 0) {
          const dir = defaultNerDataDir();
          paths = CORPUS_NAMES.map((n) => corpusPath(dir, n, 'test'));
          const missing = paths.filter((p) => !existsSync(p));
          if (missing.length > 0) throw new UserError(`evaluation data not found: ${missing[0]} (give CoNLL files as arguments)`);
        }
        const docs = paths.map((p) => ({ path: p, doc: readConllFile(p, { tags: true }) }));
        const model = loadModel(flags.model);
        const results: Record<string, unknown>[] = [];
        let out = '';
        for (const { path, doc } of docs) {
          const domain = domainFor(model, flags.domain, path);
          const tagger = new ModelTagger(model, domain);
          const scorer = new EntityScorer();
          for (const s of doc.sentences) scorer.add(s.labels!, tagger.tagIds(s.words));
          for (const [type, n] of doc.otherTypes) warn(`${path}: ${n} tokens tagged ${type} were read as O (only PER, ORG, LOC are scored)`);
          const overall = scorer.overall();
          results.push({
            file: path,
            domain,
            sentences: doc.sentences.length,
            tokens: doc.tokens,
            overall,
            byType: Object.fromEntries(ENTITY_TYPES.map((t, i) => [t, scorer.type(i)])),
          });
          out += `${path} (${doc.sentences.length} sentences, ${doc.tokens} tokens, domain ${domain ?? 'none'})\n`;
          out += `  ${'type'.padEnd(8)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}    gold  pred\n`;
          ENTITY_TYPES.forEach((t, i) => (out += row(t, scorer.type(i))));
          out += row('overall', overall);
        }
        await writeOut(flags.json ? JSON.stringify(results, null, 2) + '\n' : out);
        return 0;
      }),
    );
}
