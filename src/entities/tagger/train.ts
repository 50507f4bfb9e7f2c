/**
 * Training: averaged structured perceptron (Collins 2002) or a linear-chain CRF by averaged SGD, over
 * first-order BIO label sequences. Features are hashed once per sentence; each training corpus gets its
 * own weight slice on top of the shared weights when the `domain` template is on. Several seeds can be
 * trained and their averaged weights averaged again (a cheap ensemble). The same data and seed give
 * the same model, byte for byte.
 */
import { NUM_LABELS } from './labels.js';
import { Viterbi } from './decode.js';
import { FeatureBuffer, FeatureExtractor, type FeatureResources } from './features.js';
import { NerModel, TRANSITIONS, type ModelInfo } from './model.js';
import { EntityScorer } from './metrics.js';
import { ForwardBackward } from './crf.js';
import { rng } from './random.js';
import type { Sentence } from './conll.js';

const L = NUM_LABELS;

export interface Corpus {
  name: string;
  sentences: Sentence[];
}

export interface TrainOptions {
  templates: string[];
  epochs: number;
  /** The first seed; with `ensemble` n, seeds seed … seed + n - 1 are trained and averaged. */
  seed: number;
  ensemble?: number;
  resources?: FeatureResources;
  /** Resources a given training sentence sees, when they differ from `resources` (jackknifed entity memory). */
  sentenceResources?: (corpus: number, index: number) => FeatureResources;
  /** Domain for tagging new text (one of the corpus names), when the `domain` template is on. */
  defaultDomain?: string | null;
  /** Held-out corpora scored after every epoch (for choosing settings; never the test splits). */
  dev?: Corpus[];
  progress?: (message: string) => void;
  /** 'perceptron' (averaged structured perceptron) or 'crf' (linear-chain CRF by averaged SGD). */
  algorithm?: 'perceptron' | 'crf';
  /** CRF step size (default 0.05), and its decay: step = rate / (1 + decay * (epoch - 1)). */
  learningRate?: number;
  decay?: number;
  /** Step-size multiplier per corpus name (default 1): how much each corpus's sentences count. */
  corpusWeights?: Record<string, number>;
  /** Extra settings to record in the model. */
  notes?: Record<string, unknown>;
}

export interface EpochReport {
  seed: number;
  epoch: number;
  /** Token errors (perceptron) or rounded negative log-likelihood (CRF) over the epoch. */
  loss: number;
  dev: { name: string; f1: number }[];
}

interface Encoded {
  rows: Int32Array;
  offsets: Int32Array;
  gold: Int32Array;
  /** Weight slice of the sentence's corpus (0: shared only). */
  slice: number;
  /** Step-size multiplier of the sentence's corpus. */
  weight: number;
}

function encode(ex: FeatureExtractor, buf: FeatureBuffer, s: Sentence, slice: number, rowOf: (key: number) => number): Encoded {
  ex.extract(s.words, buf);
  const n = s.words.length;
  const offsets = buf.offsets.slice(0, n + 1);
  const rows = new Int32Array(offsets[n]);
  for (let k = 0; k < rows.length; k++) rows[k] = rowOf(buf.keys[k]);
  return { rows, offsets, gold: Int32Array.from(s.labels ?? s.words.map(() => 0)), slice, weight: 1 };
}

export function train(corpora: Corpus[], opts: TrainOptions): { model: NerModel; reports: EpochReport[] } {
  const log = opts.progress ?? (() => {});
  const resources = opts.resources ?? {};
  const ex = new FeatureExtractor(opts.templates, resources);
  const buf = new FeatureBuffer();
  const useDomain = opts.templates.includes('domain');
  const domains = corpora.map((c) => c.name);
  const keyRow = new Map<number, number>();
  const keys: number[] = [];
  const addRow = (k: number): number => {
    let r = keyRow.get(k);
    if (r === undefined) {
      r = keys.length;
      keyRow.set(k, r);
      keys.push(k);
    }
    return r;
  };
  const extractors = new Map<FeatureResources, FeatureExtractor>([[resources, ex]]);
  const extractorFor = (r: FeatureResources): FeatureExtractor => {
    let e = extractors.get(r);
    if (!e) extractors.set(r, (e = new FeatureExtractor(opts.templates, r)));
    return e;
  };
  const data: Encoded[] = [];
  corpora.forEach((c, ci) => {
    c.sentences.forEach((s, si) => {
      const e = opts.sentenceResources ? extractorFor(opts.sentenceResources(ci, si)) : ex;
      if (s.words.length === 0) return;
      const enc = encode(e, buf, s, useDomain ? ci + 1 : 0, addRow);
      enc.weight = opts.corpusWeights?.[c.name] ?? 1;
      data.push(enc);
    });
  });
  const F = keys.length;
  log(`${data.length} sentences, ${F} features`);
  const dev = (opts.dev ?? []).map((c) => ({
    name: c.name,
    data: c.sentences
      .filter((s) => s.words.length > 0)
      .map((s) => encode(ex, buf, s, useDomain ? Math.max(0, domains.indexOf(c.name) + 1) : 0, (k) => keyRow.get(k) ?? -1)),
  }));

  const S = useDomain ? 1 + domains.length : 1;
  const RS = S * L;
  const crf = opts.algorithm === 'crf';
  const rate = opts.learningRate ?? 0.05;
  const seeds = Array.from({ length: Math.max(1, opts.ensemble ?? 1) }, (_, i) => opts.seed + i);
  const sumW = new Float64Array(F * RS);
  const sumT = new Float64Array(S * TRANSITIONS);
  const reports: EpochReport[] = [];
  const vit = new Viterbi();
  const fb = new ForwardBackward();
  let emit = new Float64Array(256 * L);
  let pred = new Int32Array(256);
  const foldedTrans = new Float64Array(TRANSITIONS);

  /** Emission scores into `emit` and folded transitions into `foldedTrans`, for the sentence's slice. */
  const scoreInto = (e: Encoded, wt: Float64Array, tt: Float64Array): void => {
    const n = e.gold.length;
    if (emit.length < n * L) {
      emit = new Float64Array(n * L * 2);
      pred = new Int32Array(n * 2);
    }
    emit.fill(0, 0, n * L);
    const so = e.slice * L;
    for (let i = 0; i < n; i++) {
      for (let k = e.offsets[i]; k < e.offsets[i + 1]; k++) {
        const r = e.rows[k];
        if (r < 0) continue;
        const o = r * RS;
        for (let y = 0; y < L; y++) emit[i * L + y] += wt[o + y];
        if (so > 0) for (let y = 0; y < L; y++) emit[i * L + y] += wt[o + so + y];
      }
    }
    for (let t = 0; t < TRANSITIONS; t++) foldedTrans[t] = tt[t] + (e.slice > 0 ? tt[e.slice * TRANSITIONS + t] : 0);
  };

  for (const seed of seeds) {
    const w = new Float64Array(F * RS);
    const acc = new Float64Array(F * RS);
    const tw = new Float64Array(S * TRANSITIONS);
    const tacc = new Float64Array(S * TRANSITIONS);
    let c = 1;
    const bump = (wt: Float64Array, ac: Float64Array, idx: number, by: number): void => {
      wt[idx] += by;
      ac[idx] += by * c;
    };
    /** Adds `by` to label y of every feature of token i (shared slice and the sentence's own). */
    const bumpToken = (e: Encoded, i: number, y: number, by: number): void => {
      const so = e.slice * L;
      for (let k = e.offsets[i]; k < e.offsets[i + 1]; k++) {
        const o = e.rows[k] * RS;
        bump(w, acc, o + y, by);
        if (so > 0) bump(w, acc, o + so + y, by);
      }
    };
    const bumpTrans = (e: Encoded, from: number, to: number, by: number): void => {
      bump(tw, tacc, from * L + to, by);
      if (e.slice > 0) bump(tw, tacc, e.slice * TRANSITIONS + from * L + to, by);
    };
    const perceptronStep = (e: Encoded): number => {
      const n = e.gold.length;
      const u = e.weight;
      vit.decode(emit, n, foldedTrans, pred);
      let errors = 0;
      for (let i = 0; i < n; i++) {
        const g = e.gold[i];
        const p = pred[i];
        if (g !== p) {
          errors++;
          bumpToken(e, i, g, u);
          bumpToken(e, i, p, -u);
        }
        const pg = i === 0 ? L : e.gold[i - 1];
        const pp = i === 0 ? L : pred[i - 1];
        if (pg !== pp || g !== p) {
          bumpTrans(e, pg, g, u);
          bumpTrans(e, pp, p, -u);
        }
      }
      return errors;
    };
    const crfStep = (e: Encoded, lr: number): number => {
      const n = e.gold.length;
      const logZ = fb.run(emit, n, foldedTrans);
      let gold = 0;
      for (let i = 0; i < n; i++) {
        const g = e.gold[i];
        const prev = i === 0 ? L : e.gold[i - 1];
        gold += emit[i * L + g] + foldedTrans[prev * L + g];
        for (let y = 0; y < L; y++) {
          const d = lr * ((g === y ? 1 : 0) - fb.node[i * L + y]);
          if (d > -1e-7 && d < 1e-7) continue;
          bumpToken(e, i, y, d);
        }
        if (i === 0) {
          for (let y = 0; y < L; y++) bumpTrans(e, L, y, lr * ((g === y ? 1 : 0) - fb.node[y]));
        } else {
          for (let p = 0; p < L; p++)
            for (let y = 0; y < L; y++) {
              const d = lr * ((prev === p && g === y ? 1 : 0) - fb.edge(emit, foldedTrans, logZ, i, p, y));
              if (d !== 0) bumpTrans(e, p, y, d);
            }
        }
      }
      return logZ - gold;
    };

    const random = rng(seed);
    const order = data.map((_, i) => i);
    for (let epoch = 1; epoch <= opts.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        const t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      let loss = 0;
      const lr = rate / (1 + (opts.decay ?? 0) * (epoch - 1));
      for (const idx of order) {
        const e = data[idx];
        scoreInto(e, w, tw);
        loss += crf ? crfStep(e, lr * e.weight) : perceptronStep(e);
        c++;
      }
      const report: EpochReport = { seed, epoch, loss: Math.round(loss), dev: [] };
      if (dev.length > 0) {
        const avgW = averaged(w, acc, c);
        const avgT = averaged(tw, tacc, c);
        for (const d of dev) {
          const scorer = new EntityScorer();
          for (const e of d.data) {
            scoreInto(e, avgW, avgT);
            vit.decode(emit, e.gold.length, foldedTrans, pred);
            scorer.add(e.gold, pred.subarray(0, e.gold.length));
          }
          report.dev.push({ name: d.name, f1: scorer.overall().f1 });
        }
      }
      reports.push(report);
      log(
        `seed ${seed} epoch ${epoch}/${opts.epochs}: ${report.loss} ${crf ? 'loss' : 'token errors'}` +
          report.dev.map((d) => `, ${d.name} dev F1 ${(d.f1 * 100).toFixed(2)}`).join(''),
      );
    }
    const avgW = averaged(w, acc, c);
    const avgT = averaged(tw, tacc, c);
    for (let i = 0; i < sumW.length; i++) sumW[i] += avgW[i] / seeds.length;
    for (let i = 0; i < sumT.length; i++) sumT[i] += avgT[i] / seeds.length;
  }

  const info: ModelInfo = {
    templates: [...opts.templates],
    domains: useDomain ? domains : [],
    defaultDomain: useDomain ? (opts.defaultDomain ?? null) : null,
    training: {
      algorithm: crf ? 'crf-averaged-sgd' : 'averaged-perceptron',
      ...(crf ? { learningRate: rate, decay: opts.decay ?? 0 } : {}),
      epochs: opts.epochs,
      seeds,
      corpora: corpora.map((c) => ({ name: c.name, sentences: c.sentences.length })),
      ...opts.notes,
    },
  };
  const model = new NerModel(info, Int32Array.from(keys), Float32Array.from(sumW), Float32Array.from(sumT), resources);
  return { model, reports };
}

function averaged(w: Float64Array, acc: Float64Array, c: number): Float64Array {
  const out = new Float64Array(w.length);
  for (let i = 0; i < w.length; i++) out[i] = w[i] - acc[i] / c;
  return out;
}
