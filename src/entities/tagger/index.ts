/**
 * The statistical NER tagger's public face: words of one sentence in, BIO tags out
 * (`B-PER`, `I-PER`, `B-ORG`, `I-ORG`, `B-LOC`, `I-LOC`, `O`).
 * The model (models/ner/model.bin) is trained by `warta train ner`; see models/ner/MODEL_CARD.md.
 */
import { existsSync } from 'node:fs';
import { dataPath } from '../../util/paths.js';
import { UserError } from '../../util/errors.js';
import { NerModel } from './model.js';
import { ModelTagger } from './tagger.js';

export interface Tagger {
  tag(words: readonly string[]): string[];
  /** The same tags as label ids (indexes into LABELS), when the tagger has them without strings. */
  tagIds?(words: readonly string[]): ArrayLike<number>;
}

export const DEFAULT_MODEL_FILE = 'model.bin';

export function defaultModelPath(): string {
  return dataPath('models', 'ner', DEFAULT_MODEL_FILE);
}

const loaded = new Map<string, NerModel>();

/** Loads (once per process and path) the trained model. */
export function loadModel(path = defaultModelPath()): NerModel {
  let m = loaded.get(path);
  if (!m) {
    if (!existsSync(path)) throw new UserError(`NER model not found at ${path} (train one with: warta train ner)`);
    try {
      m = NerModel.load(path);
    } catch (e) {
      throw new UserError(`${path}: cannot load the NER model (${(e as Error).message})`);
    }
    loaded.set(path, m);
  }
  return m;
}

export interface TaggerOptions {
  /** Model file (default: the shipped one). */
  path?: string;
  /**
   * Annotation conventions to follow: a training corpus name (idner, nerui, nergrit), or null for the
   * shared weights (the model's default, which carry over best between corpora; see MODEL_CARD.md).
   */
  domain?: string | null;
}

export async function loadTagger(opts: TaggerOptions = {}): Promise<Tagger> {
  const model = loadModel(opts.path);
  return new ModelTagger(model, opts.domain === undefined ? model.info.defaultDomain : opts.domain);
}

export { ModelTagger } from './tagger.js';
export { NerModel } from './model.js';
