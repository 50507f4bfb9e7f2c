/**
 * The NER training corpora under a data folder (default ../shared/data/ner): where each split lives.
 * idner-news-2k (MIT), NER-UI fold 1 (CC BY 4.0), NERGrit (MIT / Apache-2.0).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageRoot } from '../../util/paths.js';
import { readConllFile } from './conll.js';
import type { Corpus } from './train.js';

export type Split = 'train' | 'dev' | 'test';

export const CORPORA: Readonly<Record<string, Readonly<Record<Split, string>>>> = {
  idner: { train: 'idner-news-2k/train.txt', dev: 'idner-news-2k/dev.txt', test: 'idner-news-2k/test.txt' },
  nerui: { train: 'nerui/train.tsv', dev: 'nerui/dev.tsv', test: 'nerui/test.tsv' },
  nergrit: { train: 'nergrit/train.txt', dev: 'nergrit/valid.txt', test: 'nergrit/test.txt' },
};

export const CORPUS_NAMES = Object.keys(CORPORA);

export function defaultNerDataDir(): string {
  return resolve(packageRoot(), '..', 'shared', 'data', 'ner');
}

export function corpusPath(dir: string, name: string, split: Split): string {
  return join(dir, CORPORA[name][split]);
}

export function hasCorpus(dir: string, name: string, split: Split): boolean {
  return existsSync(corpusPath(dir, name, split));
}

export function loadCorpus(dir: string, name: string, split: Split): Corpus {
  return { name, sentences: readConllFile(corpusPath(dir, name, split), { tags: true }).sentences };
}

/** The corpus a CoNLL file path belongs to, when it is one of ours (used to pick the domain). */
export function corpusOfPath(path: string): string | null {
  const p = resolve(path).replace(/\\/g, '/');
  for (const [name, splits] of Object.entries(CORPORA)) for (const rel of Object.values(splits)) if (p.endsWith('/' + rel)) return name;
  return null;
}
