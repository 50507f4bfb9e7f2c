/**
 * Model selection for the NER tagger: trains on the training splits with the given settings and prints
 * dev F1 per corpus per epoch. Usage: npx tsx scripts/dev/ner-experiment.ts '{"epochs":10,…}'
 * Never looks at the test splits.
 */
import { resolve } from 'node:path';
import { CORPUS_NAMES, defaultNerDataDir, loadCorpus } from '../../src/entities/tagger/corpora.js';
import { train } from '../../src/entities/tagger/train.js';
import { RECIPE_TEMPLATES } from '../../src/entities/tagger/recipe.js';
import { buildResources, languageWordLists, readConlluFolder, readGazetteer } from '../../src/entities/tagger/resources.js';
import { DEFAULT_CLUSTERING } from '../../src/entities/tagger/clustering.js';

interface Cfg {
  templates?: string[];
  without?: string[];
  epochs?: number;
  seed?: number;
  corpora?: string[];
  algorithm?: 'crf' | 'perceptron';
  learningRate?: number;
  decay?: number;
  clusters?: boolean;
  clustering?: Partial<typeof DEFAULT_CLUSTERING>;
  prefixes?: number[];
  cap?: boolean;
  capMinCount?: number;
  ud?: boolean;
  gazetteer?: string;
  memory?: number;
  seeds?: number[];
  plus?: string[];
  weights?: Record<string, number>;
  langLists?: boolean;
  tokenLists?: boolean;
}
const cfg = JSON.parse(process.argv[2] ?? '{}') as Cfg;
const dir = defaultNerDataDir();
const names = cfg.corpora ?? CORPUS_NAMES;
const templates = (cfg.templates ?? [...RECIPE_TEMPLATES, ...(cfg.plus ?? [])]).filter((t) => !(cfg.without ?? []).includes(t));
const corpora = names.map((n) => loadCorpus(dir, n, 'train'));
const unlabeled = [...corpora.flatMap((c) => c.sentences.map((s) => s.words)), ...(cfg.ud === false ? [] : readConlluFolder(resolve(dir, '..', 'ud')))];
const resources = buildResources(unlabeled, {
  clusters: cfg.clusters ?? true,
  clustering: { ...DEFAULT_CLUSTERING, ...cfg.clustering },
  prefixes: cfg.prefixes,
  capitalization: cfg.cap ?? true,
  capMinCount: cfg.capMinCount,
  gazetteer: cfg.gazetteer ? readGazetteer(cfg.gazetteer) : [],
  memory: cfg.memory ? { corpora, folds: cfg.memory } : undefined,
  wordLists: cfg.langLists ? languageWordLists() : [],
  tokenLists: cfg.tokenLists,
});
const t1 = Date.now();
const dev = CORPUS_NAMES.map((n) => loadCorpus(dir, n, 'dev'));
const seeds = cfg.seeds ?? [cfg.seed ?? 1];
const epochs = cfg.epochs ?? 10;
// Per corpus: mean dev F1 over seeds and over the last three epochs (less noisy than the best epoch).
const sum = CORPUS_NAMES.map(() => 0);
const curve = new Array<number>(epochs).fill(0);
for (const seed of seeds) {
  const { reports } = train(corpora, {
    templates,
    epochs,
    seed,
    algorithm: cfg.algorithm,
    learningRate: cfg.learningRate,
    decay: cfg.decay,
    corpusWeights: cfg.weights,
    resources: resources.final,
    sentenceResources: resources.forSentence,
    dev,
    progress: (m) => process.stderr.write(m + '\n'),
  });
  reports.forEach((r, e) => (curve[e] += r.dev.reduce((a, d) => a + d.f1, 0) / r.dev.length / seeds.length));
  for (const r of reports.slice(-3)) r.dev.forEach((d, i) => (sum[i] += d.f1 / 3 / seeds.length));
}
const mean = sum.reduce((a, b) => a + b, 0) / sum.length;
console.log(
  JSON.stringify(cfg),
  '|',
  CORPUS_NAMES.map((n, i) => `${n} ${(sum[i] * 100).toFixed(2)}`).join(' '),
  `| mean ${(mean * 100).toFixed(2)} | curve ${curve.map((c) => (c * 100).toFixed(1)).join(' ')} | ${(Date.now() - t1) / 1000}s`,
);
