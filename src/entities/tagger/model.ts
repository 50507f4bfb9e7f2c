/**
 * The trained model: per feature key, label weights (shared, plus one slice per training corpus when the
 * `domain` template is on), label transitions likewise, the feature templates and resources it was
 * trained with; saving and loading. Tagging uses a `ScoringTable`: the weights for one domain folded
 * into one open-addressing table whose slots hold the key and its seven weights side by side.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { LABELS, NUM_LABELS } from './labels.js';
import { FeatureBuffer, FeatureExtractor, type FeatureResources } from './features.js';
import { readContainer, writeContainer, type SectionArray } from './sections.js';
import { HashedClusters } from './clusters.js';
import { HashedLexicon } from './lexicon.js';

const L = NUM_LABELS;
export const STRIDE = 8; // a key and its 7 weights: 32 bytes, two slots a cache line
export const MODEL_FORMAT = 'warta.ner/1';
export const TRANSITIONS = (L + 1) * L;
/** Size of ScoringTable.present: 2^21 bits (256 kB), about 7 % of them set by a model of 140,000 features. */
export const PRESENT_BITS = 21;
export const PRESENT_SHIFT = 32 - PRESENT_BITS;

export interface ModelInfo {
  /** Feature templates used (see features.ts). */
  templates: string[];
  /** Corpus names; corpus i has weight slice i + 1 when the `domain` template is on. */
  domains: string[];
  /** Domain used when tagging new text (null: shared weights only). */
  defaultDomain: string | null;
  /** Free-form training settings recorded for the model card. */
  training: Record<string, unknown>;
}

/**
 * Offset of `key`'s seven weights in a table's slots (ScoringTable.find), or -1 when the model has no
 * such feature; a free function over the arrays, for loops that keep them in locals.
 */
export function findWeights(present: Int32Array, slots: Int32Array, mask: number, key: number): number {
  const b = key >>> PRESENT_SHIFT;
  if ((present[b >>> 5]! & (1 << (b & 31))) === 0) return -1;
  let s = key & mask;
  for (;;) {
    const k = slots[s * STRIDE];
    if (k === key) return s * STRIDE + 1;
    if (k === 0) return -1;
    s = (s + 1) & mask;
  }
}

/**
 * Weights of one domain, folded into an open-addressing table whose 32-byte slots hold a key and its
 * seven weights (so a lookup that finds its key reads one cache line), at most 60 % full; in front of it,
 * a small bit set answers "absent" for nearly every key the model lacks without touching the table.
 * Absent keys score 0.
 */
export class ScoringTable {
  /** Slot count - 1 (a power of two minus one). */
  readonly mask: number;
  /** Slot s: its key at [s * STRIDE] (0 marks an empty slot). A key k is probed from slot k & mask on. */
  readonly slots: Int32Array;
  /** The same memory as floats: the seven label weights of slot s at [s * STRIDE + 1 ..]. */
  readonly w: Float32Array;
  /**
   * One bit per value of a key's top PRESENT_BITS bits, set when some key of the table has them: most
   * keys looked up are absent, and this small bit set (kept in cache) rules out nearly all of them.
   */
  readonly present: Int32Array;
  readonly transitions: Float32Array;

  /** `weightOf(row, slice, label)`: a float32 weight of the model; the domain's slice is added to the shared one. */
  constructor(keys: Int32Array, weightOf: (row: number, slice: number, label: number) => number, transitions: Float32Array, slice: number) {
    let cap = 16;
    while (cap * 0.6 < keys.length) cap *= 2;
    this.mask = cap - 1;
    const mem = new ArrayBuffer(cap * STRIDE * 4);
    this.slots = new Int32Array(mem);
    this.w = new Float32Array(mem);
    this.present = new Int32Array(1 << (PRESENT_BITS - 5));
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r];
      if (key === 0) continue; // 0 marks an empty slot
      let s = key & this.mask;
      while (this.slots[s * STRIDE] !== 0) s = (s + 1) & this.mask;
      this.slots[s * STRIDE] = key;
      const b = key >>> PRESENT_SHIFT;
      this.present[b >>> 5] |= 1 << (b & 31);
      const o = s * STRIDE + 1;
      for (let y = 0; y < L; y++) {
        let v = weightOf(r, 0, y);
        if (slice > 0) v += weightOf(r, slice, y);
        this.w[o + y] = v;
      }
    }
    this.transitions = new Float32Array(TRANSITIONS);
    for (let t = 0; t < TRANSITIONS; t++) this.transitions[t] = transitions[t] + (slice > 0 ? transitions[slice * TRANSITIONS + t] : 0);
  }

  /** Offset of the key's seven weights in `w`, or -1 when the model has no such feature. */
  find(key: number): number {
    return findWeights(this.present, this.slots, this.mask, key);
  }

  /** Sums the weights of each token's features into `emit[i * L + y]` (the reference way; see emission.ts). */
  score(buf: FeatureBuffer, emit: Float64Array): void {
    const f = this.w;
    const keys = buf.keys;
    const off = buf.offsets;
    for (let i = 0; i < buf.n; i++) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
      for (let k = off[i], end = off[i + 1]; k < end; k++) {
        const o = this.find(keys[k]);
        if (o < 0) continue;
        s0 += f[o];
        s1 += f[o + 1];
        s2 += f[o + 2];
        s3 += f[o + 3];
        s4 += f[o + 4];
        s5 += f[o + 5];
        s6 += f[o + 6];
      }
      const b = i * L;
      emit[b] = s0;
      emit[b + 1] = s1;
      emit[b + 2] = s2;
      emit[b + 3] = s3;
      emit[b + 4] = s4;
      emit[b + 5] = s5;
      emit[b + 6] = s6;
    }
  }
}

/** Weights as stored in a model file: 16-bit integers times a scale, slice-major ([slice][row][label]). */
export interface QuantizedWeights {
  q: Int16Array;
  scale: number;
}

export class NerModel {
  readonly extractor: FeatureExtractor;
  /** Weight slices per row: 1 (shared) + number of domains. */
  readonly slices: number;
  private readonly tables = new Map<number, ScoringTable>();
  private full: Float32Array | null;
  private readonly quantized: QuantizedWeights | null;

  constructor(
    readonly info: ModelInfo,
    readonly keys: Int32Array,
    /**
     * [row * slices * L + slice * L + label], or a loaded file's 16-bit weights (turned into floats only
     * when `weights` is asked for: tagging reads them straight into its tables).
     */
    weights: Float32Array | QuantizedWeights,
    /** [slice * TRANSITIONS + (from | L for start) * L + to] */
    readonly transitions: Float32Array,
    readonly resources: FeatureResources,
  ) {
    this.slices = 1 + info.domains.length;
    this.full = weights instanceof Float32Array ? weights : null;
    this.quantized = weights instanceof Float32Array ? null : weights;
    const n = weights instanceof Float32Array ? weights.length : weights.q.length;
    if (n !== keys.length * this.slices * L) throw new Error('model weights do not match its features');
    if (transitions.length !== this.slices * TRANSITIONS) throw new Error('model transitions do not match its domains');
    this.extractor = new FeatureExtractor(info.templates, resources);
  }

  /** Weight slice of a domain name (0: shared weights only, for unknown or null names). */
  domainId(name: string | null): number {
    if (name === null) return 0;
    const i = this.info.domains.indexOf(name);
    return i < 0 ? 0 : i + 1;
  }

  /** [row * slices * L + slice * L + label] */
  get weights(): Float32Array {
    if (!this.full) {
      const { q, scale } = this.quantized!;
      const F = this.keys.length;
      const w = new Float32Array(q.length);
      for (let sl = 0; sl < this.slices; sl++)
        for (let i = 0; i < F; i++) for (let y = 0; y < L; y++) w[(i * this.slices + sl) * L + y] = q[sl * F * L + i * L + y] * scale;
      this.full = w;
    }
    return this.full;
  }

  /** The folded table for a domain slice, built once. */
  table(slice: number): ScoringTable {
    let t = this.tables.get(slice);
    if (!t) {
      const F = this.keys.length;
      const S = this.slices;
      const weightOf = ((): ((r: number, sl: number, y: number) => number) => {
        if (this.full) {
          const w = this.full;
          return (r, sl, y) => w[(r * S + sl) * L + y];
        }
        // The same float32 values `weights` would hold.
        const { q, scale } = this.quantized!;
        return (r, sl, y) => Math.fround(q[sl * F * L + r * L + y] * scale);
      })();
      t = new ScoringTable(this.keys, weightOf, this.transitions, slice);
      this.tables.set(slice, t);
    }
    return t;
  }

  /** A copy without the features whose weights all stay below `threshold` in absolute value. */
  pruned(threshold: number): NerModel {
    const S = this.slices * L;
    const keep: number[] = [];
    for (let r = 0; r < this.keys.length; r++) {
      let mx = 0;
      for (let y = 0; y < S; y++) mx = Math.max(mx, Math.abs(this.weights[r * S + y]));
      if (mx >= threshold) keep.push(r);
    }
    const weights = new Float32Array(keep.length * S);
    keep.forEach((r, i) => weights.set(this.weights.subarray(r * S, r * S + S), i * S));
    return new NerModel(this.info, Int32Array.from(keep, (r) => this.keys[r]), weights, this.transitions, this.resources);
  }

  /** Serializes with weights quantized to 16 bits (features whose weights all round to 0 are dropped). */
  toBuffer(): Buffer {
    const S = this.slices * L;
    let max = 0;
    for (let i = 0; i < this.weights.length; i++) max = Math.max(max, Math.abs(this.weights[i]));
    const scale = max > 0 ? max / 32767 : 1;
    const keep: number[] = [];
    for (let r = 0; r < this.keys.length; r++) {
      let nz = false;
      for (let y = 0; y < S && !nz; y++) if (Math.round(this.weights[r * S + y] / scale) !== 0) nz = true;
      if (nz && this.keys[r] !== 0) keep.push(r);
    }
    keep.sort((a, b) => this.keys[a] - this.keys[b]);
    const outKeys = new Int32Array(keep.length);
    // Stored slice-major (all rows' shared weights, then each domain's) so that zeros run together.
    const outW = new Int16Array(keep.length * S);
    keep.forEach((r, i) => {
      outKeys[i] = this.keys[r];
      for (let sl = 0; sl < this.slices; sl++)
        for (let y = 0; y < L; y++) outW[sl * keep.length * L + i * L + y] = Math.round(this.weights[r * S + sl * L + y] / scale);
    });
    // Keys as deltas: sorted, so they are small and compress well.
    const deltas = new Int32Array(outKeys.length);
    for (let i = 0; i < outKeys.length; i++) deltas[i] = i === 0 ? outKeys[0] : (outKeys[i] - outKeys[i - 1]) | 0;
    const sections: Record<string, SectionArray> = { keys: deltas, weights: outW, transitions: this.transitions };
    const res: Record<string, unknown> = {};
    if (this.resources.clusters instanceof HashedClusters) {
      Object.assign(sections, this.resources.clusters.toSections('clusters.'));
      res.clusters = this.resources.clusters.describe();
    }
    if (this.resources.lexicon instanceof HashedLexicon) {
      Object.assign(sections, this.resources.lexicon.toSections('lexicon.'));
      res.lexicon = this.resources.lexicon.describe();
    }
    const header = { format: MODEL_FORMAT, labels: LABELS, scale, features: keep.length, ...this.info, resources: res };
    return writeContainer(header, sections);
  }

  save(path: string): void {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, this.toBuffer());
  }

  static fromBuffer(data: Buffer): NerModel {
    const { header, sections } = readContainer(data);
    if (header.format !== MODEL_FORMAT) throw new Error(`model format ${String(header.format)} is not ${MODEL_FORMAT}`);
    if (JSON.stringify(header.labels) !== JSON.stringify(LABELS)) throw new Error('model labels differ from this build');
    const get = <A extends SectionArray>(name: string): A => {
      const s = sections.get(name);
      if (!s) throw new Error(`model file lacks section ${name}`);
      return s as A;
    };
    const info: ModelInfo = {
      templates: header.templates as string[],
      domains: header.domains as string[],
      defaultDomain: header.defaultDomain as string | null,
      training: header.training as Record<string, unknown>,
    };
    const slices = 1 + info.domains.length;
    const scale = header.scale as number;
    const deltas = get<Int32Array>('keys');
    const F = deltas.length;
    const keys = new Int32Array(F);
    for (let i = 0; i < F; i++) keys[i] = i === 0 ? deltas[0] : (keys[i - 1] + deltas[i]) | 0;
    const q = get<Int16Array>('weights');
    if (q.length !== F * slices * L) throw new Error('model weights do not match its features');
    const res = (header.resources ?? {}) as Record<string, unknown>;
    const resources: FeatureResources = {};
    if (res.clusters) resources.clusters = HashedClusters.fromSections(res.clusters, sections, 'clusters.');
    if (res.lexicon) resources.lexicon = HashedLexicon.fromSections(res.lexicon, sections, 'lexicon.');
    return new NerModel(info, keys, { q, scale }, new Float32Array(get<Float32Array>('transitions')), resources);
  }

  static load(path: string): NerModel {
    return NerModel.fromBuffer(readFileSync(path));
  }
}
