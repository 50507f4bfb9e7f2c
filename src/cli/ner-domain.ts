/** The `--domain` flag of the NER commands: which training corpus's annotation conventions to follow. */
import { corpusOfPath } from '../entities/tagger/corpora.js';
import type { NerModel } from '../entities/tagger/model.js';
import { UserError } from '../util/errors.js';

/**
 * `auto`: the corpus a file belongs to when it is one of the training corpora's files, else the model's
 * default (news); `none`: shared weights only; otherwise a corpus name the model was trained with.
 */
export function domainFor(model: NerModel, flag: string, path: string | null): string | null {
  if (flag === 'none') return null;
  if (flag === 'auto') {
    const c = path ? corpusOfPath(path) : null;
    return c && model.info.domains.includes(c) ? c : model.info.defaultDomain;
  }
  if (!model.info.domains.includes(flag))
    throw new UserError(`--domain: expected auto, none${model.info.domains.map((d) => ', ' + d).join('')}, not "${flag}"`);
  return flag;
}
