/**
 * Tagging with a loaded model: emission scores (with per-word-form caching, see emission.ts) → Viterbi.
 * Scratch buffers are reused between calls.
 */
import { LABELS, NUM_LABELS } from './labels.js';
import { Viterbi } from './decode.js';
import { EmissionScorer } from './emission.js';
import type { NerModel, ScoringTable } from './model.js';
import { langLines } from '../../lang/data.js';

/**
 * Words whose capital at the start of a sentence says nothing of names: the function words of the
 * languages Warta reads (lang/id/stopwords.txt, lang/en/stopwords.txt).
 */
export function sentenceFunctionWords(): string[] {
  return [...langLines('id', 'stopwords.txt'), ...langLines('en', 'stopwords.txt')];
}

export class ModelTagger {
  private readonly scorer: EmissionScorer;
  private readonly vit = new Viterbi();
  private emit = new Float64Array(256 * NUM_LABELS);
  private ids = new Int32Array(256);
  private readonly table: ScoringTable;

  /** `domain`: the training corpus whose conventions to follow (default: the model's choice). */
  constructor(
    readonly model: NerModel,
    domain: string | null = model.info.defaultDomain,
    /** lower-case words whose capital does not count when they begin a sentence (see EmissionScorer) */
    plainFirst: Iterable<string> = sentenceFunctionWords(),
  ) {
    this.table = model.table(model.domainId(domain));
    this.scorer = new EmissionScorer(model, this.table, undefined, false, plainFirst);
  }

  /** Label ids (indexes into LABELS) for the words of one sentence; the view is reused by the next call. */
  tagIds(words: readonly string[]): Int32Array {
    const n = words.length;
    if (this.ids.length < n) {
      this.ids = new Int32Array(n * 2);
      this.emit = new Float64Array(n * 2 * NUM_LABELS);
    }
    if (n === 0) return this.ids.subarray(0, 0);
    this.scorer.score(words, this.emit);
    this.vit.decode(this.emit, n, this.table.transitions, this.ids);
    return this.ids.subarray(0, n);
  }

  tag(words: readonly string[]): string[] {
    const ids = this.tagIds(words);
    const out = new Array<string>(ids.length);
    for (let i = 0; i < ids.length; i++) out[i] = LABELS[ids[i]];
    return out;
  }
}
