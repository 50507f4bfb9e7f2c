/**
 * The training recipe behind `warta train ner`: the corpora, the resources and the settings chosen on
 * the dev splits (see models/ner/MODEL_CARD.md). Everything is deterministic for a given seed.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../../util/errors.js';
import { CORPUS_NAMES, corpusPath, hasCorpus, loadCorpus } from './corpora.js';
import { buildResources, languageWordLists, readConlluFolder, readGazetteer } from './resources.js';
import { train, type Corpus } from './train.js';
import type { NerModel } from './model.js';

/** Feature templates of the shipped model (chosen on the dev splits). */
export const RECIPE_TEMPLATES = [
  'bias',
  'word',
  'exact',
  'bigram',
  'affix',
  'shape',
  'position',
  'length',
  'lexicon',
  'domain',
  'window3',
  'ngram',
  'capctx',
  'wordcap',
  'lexicon2',
];

export interface RecipeOptions {
  /** Folder with the corpora (idner-news-2k/, nerui/, nergrit/). */
  dataDir: string;
  /** Folder of UD CoNLL-U files used as unlabeled text (capitalization profiles); skipped when missing. */
  udDir: string;
  /** `name<TAB>PER|ORG|LOC` word lists; skipped when missing. (Role titles, honorifics and name heads come from lang/id.) */
  gazetteer: string | null;
  seed: number;
  epochs: number;
  ensemble: number;
  /** Also train on the dev splits (the shipped model does, after settings were chosen on them). */
  withDev: boolean;
  /** Folds for the jackknifed entity memory. */
  memoryFolds: number;
  /** CRF step size. */
  learningRate: number;
  progress: (message: string) => void;
}

export const RECIPE_DEFAULTS = { seed: 1, epochs: 10, ensemble: 1, memoryFolds: 5, learningRate: 0.02, prune: 0.01 };

export function trainRecipe(o: RecipeOptions): NerModel {
  for (const name of CORPUS_NAMES)
    if (!hasCorpus(o.dataDir, name, 'train')) throw new UserError(`training data not found: ${corpusPath(o.dataDir, name, 'train')} (give the corpora folder with --data)`);
  const corpora: Corpus[] = CORPUS_NAMES.map((name) => {
    const c = loadCorpus(o.dataDir, name, 'train');
    if (o.withDev && hasCorpus(o.dataDir, name, 'dev')) c.sentences.push(...loadCorpus(o.dataDir, name, 'dev').sentences);
    o.progress(`${name}: ${c.sentences.length} sentences`);
    return c;
  });
  const ud = readConlluFolder(o.udDir);
  o.progress(`unlabeled text: ${ud.length} UD sentences${ud.length === 0 ? ` (none found in ${o.udDir})` : ''}`);
  const gazetteer = o.gazetteer && existsSync(o.gazetteer) ? readGazetteer(o.gazetteer) : [];
  o.progress(`gazetteer: ${gazetteer.length} names`);
  const unlabeled = [...corpora.flatMap((c) => c.sentences.map((s) => s.words)), ...ud];
  const wordLists = languageWordLists();
  const res = buildResources(unlabeled, {
    clusters: false,
    capitalization: true,
    gazetteer,
    wordLists,
    tokenLists: true,
    memory: { corpora, folds: o.memoryFolds },
  });
  const { model } = train(corpora, {
    templates: RECIPE_TEMPLATES,
    epochs: o.epochs,
    seed: o.seed,
    ensemble: o.ensemble,
    algorithm: 'crf',
    learningRate: o.learningRate,
    resources: res.final,
    sentenceResources: res.forSentence,
    // New text gets the shared weights: on the dev splits they carry over between the corpora's
    // conventions best (a corpus's own slice wins on that corpus only).
    defaultDomain: null,
    progress: o.progress,
    notes: { withDev: o.withDev, memoryFolds: o.memoryFolds, udSentences: ud.length, gazetteerNames: gazetteer.length, prune: RECIPE_DEFAULTS.prune },
  });
  // Features whose weights all stay tiny change nothing measurable on the dev splits; dropping them halves the file.
  return model.pruned(RECIPE_DEFAULTS.prune);
}

export function defaultUdDir(dataDir: string): string {
  return resolve(dataDir, '..', 'ud');
}

export function modelFile(outDir: string): string {
  return join(outDir, 'model.bin');
}
