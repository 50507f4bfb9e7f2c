/** The toy corpora written for these tests, and a quickly trained model on them. */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConllFile } from '../../../src/entities/tagger/conll.js';
import { train, type Corpus } from '../../../src/entities/tagger/train.js';
import { buildResources } from '../../../src/entities/tagger/resources.js';
import { RECIPE_TEMPLATES } from '../../../src/entities/tagger/recipe.js';
import type { NerModel } from '../../../src/entities/tagger/model.js';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const fixture = (name: string): string => join(FIXTURES, name);

export function toyCorpora(): Corpus[] {
  return [
    { name: 'idner', sentences: readConllFile(fixture('toy-idner.txt'), { tags: true }).sentences },
    { name: 'nerui', sentences: readConllFile(fixture('toy-nerui.tsv'), { tags: true }).sentences },
    { name: 'nergrit', sentences: readConllFile(fixture('toy-nergrit.txt'), { tags: true }).sentences },
  ];
}

export function trainToy(seed = 1, ensemble = 1): NerModel {
  const corpora = toyCorpora();
  const res = buildResources(
    corpora.flatMap((c) => c.sentences.map((s) => s.words)),
    { clusters: false, capitalization: true, memory: { corpora, folds: 3 } },
  );
  return train(corpora, {
    templates: RECIPE_TEMPLATES,
    epochs: 4,
    seed,
    ensemble,
    resources: res.final,
    sentenceResources: res.forSentence,
    defaultDomain: 'idner',
  }).model;
}

/** Lays the toy corpora out as `warta train ner --data` expects them. */
export function toyDataDir(dir: string): string {
  for (const [sub, file, src] of [
    ['idner-news-2k', 'train.txt', 'toy-idner.txt'],
    ['nerui', 'train.tsv', 'toy-nerui.tsv'],
    ['nergrit', 'train.txt', 'toy-nergrit.txt'],
  ]) {
    mkdirSync(join(dir, sub), { recursive: true });
    copyFileSync(fixture(src), join(dir, sub, file));
  }
  return dir;
}
