/**
 * Word clusters from unlabeled text, for features: each word with enough occurrences gets a bit path
 * from bisecting k-means over its context profile (PPMI of left and right neighbours among the
 * most frequent words, L2-normalized). Paths share prefixes the way Brown-cluster paths do, so
 * prefix lengths give coarse and fine classes. Deterministic: same sentences and seed, same paths.
 */
import { rng } from './random.js';

export interface ClusteringOptions {
  /** Words seen fewer times get no cluster. */
  minCount: number;
  /** Context vocabulary: this many most frequent words (plus start/end markers). */
  contexts: number;
  /** Depth of the bit paths (up to 2^depth clusters). */
  depth: number;
  /** Clusters smaller than this are not split further. */
  minSize: number;
  iterations: number;
  seed: number;
}

export const DEFAULT_CLUSTERING: ClusteringOptions = { minCount: 3, contexts: 600, depth: 12, minSize: 4, iterations: 8, seed: 7 };

interface SparseVec {
  idx: Int32Array;
  val: Float64Array;
}

/** Lower-cased word → bit path. */
export function clusterWords(sentences: Iterable<readonly string[]>, o: ClusteringOptions = DEFAULT_CLUSTERING): Map<string, string> {
  const count = new Map<string, number>();
  const sents: string[][] = [];
  for (const s of sentences) {
    const low = s.map((w) => w.toLowerCase());
    sents.push(low);
    for (const w of low) count.set(w, (count.get(w) ?? 0) + 1);
  }
  const byFreq = [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const ctxId = new Map<string, number>();
  for (const [w] of byFreq.slice(0, o.contexts)) ctxId.set(w, ctxId.size);
  const BOS = ctxId.size;
  const EOS = BOS + 1;
  const C = EOS + 1; // per side
  const words = byFreq.filter(([, n]) => n >= o.minCount).map(([w]) => w);
  const wid = new Map(words.map((w, i) => [w, i]));
  const co = words.map(() => new Map<number, number>());
  const ctxTotal = new Float64Array(2 * C);
  let total = 0;
  for (const s of sents) {
    for (let i = 0; i < s.length; i++) {
      const id = wid.get(s[i]);
      if (id === undefined) continue;
      const left = i === 0 ? BOS : ctxId.get(s[i - 1]);
      const right = i === s.length - 1 ? EOS : ctxId.get(s[i + 1]);
      const m = co[id];
      if (left !== undefined) {
        m.set(left, (m.get(left) ?? 0) + 1);
        ctxTotal[left]++;
        total++;
      }
      if (right !== undefined) {
        m.set(C + right, (m.get(C + right) ?? 0) + 1);
        ctxTotal[C + right]++;
        total++;
      }
    }
  }
  // PPMI vectors, normalized.
  const vecs: SparseVec[] = co.map((m) => {
    let rowTotal = 0;
    for (const v of m.values()) rowTotal += v;
    const entries = [...m].sort((a, b) => a[0] - b[0]);
    const idx: number[] = [];
    const val: number[] = [];
    for (const [c, n] of entries) {
      const pmi = Math.log((n * total) / (rowTotal * ctxTotal[c]));
      if (pmi > 0) {
        idx.push(c);
        val.push(pmi);
      }
    }
    let norm = 0;
    for (const v of val) norm += v * v;
    norm = Math.sqrt(norm) || 1;
    return { idx: Int32Array.from(idx), val: Float64Array.from(val, (v) => v / norm) };
  });
  const paths = new Array<string>(words.length).fill('');
  const random = rng(o.seed);
  const dim = 2 * C;
  const split = (members: number[], depth: number): void => {
    if (depth >= o.depth || members.length < o.minSize) return;
    const [a, b] = bisect(members, vecs, dim, o.iterations, random);
    if (a.length === 0 || b.length === 0) return;
    for (const m of a) paths[m] += '0';
    for (const m of b) paths[m] += '1';
    split(a, depth + 1);
    split(b, depth + 1);
  };
  split(
    words.map((_, i) => i),
    0,
  );
  const out = new Map<string, string>();
  words.forEach((w, i) => out.set(w, paths[i] || '0'));
  return out;
}

/** Spherical 2-means: centroids seeded from two members, then alternate assignment and update. */
function bisect(members: number[], vecs: SparseVec[], dim: number, iterations: number, random: () => number): [number[], number[]] {
  const c0 = new Float64Array(dim);
  const c1 = new Float64Array(dim);
  const first = members[Math.floor(random() * members.length)];
  // Second seed: the member least similar to the first.
  let far = members[0];
  let farSim = Infinity;
  const setFrom = (c: Float64Array, v: SparseVec): void => {
    c.fill(0);
    for (let k = 0; k < v.idx.length; k++) c[v.idx[k]] = v.val[k];
  };
  setFrom(c0, vecs[first]);
  for (const m of members) {
    const s = dot(c0, vecs[m]);
    if (s < farSim) {
      farSim = s;
      far = m;
    }
  }
  setFrom(c1, vecs[far]);
  let assign = new Uint8Array(members.length);
  for (let it = 0; it < iterations; it++) {
    const next = new Uint8Array(members.length);
    members.forEach((m, i) => (next[i] = dot(c1, vecs[m]) > dot(c0, vecs[m]) ? 1 : 0));
    const changed = it === 0 || next.some((v, i) => v !== assign[i]);
    assign = next;
    if (!changed) break;
    c0.fill(0);
    c1.fill(0);
    members.forEach((m, i) => {
      const c = assign[i] ? c1 : c0;
      const v = vecs[m];
      for (let k = 0; k < v.idx.length; k++) c[v.idx[k]] += v.val[k];
    });
    normalize(c0);
    normalize(c1);
  }
  const a: number[] = [];
  const b: number[] = [];
  members.forEach((m, i) => (assign[i] ? b : a).push(m));
  return [a, b];
}

function dot(c: Float64Array, v: SparseVec): number {
  let s = 0;
  for (let k = 0; k < v.idx.length; k++) s += c[v.idx[k]] * v.val[k];
  return s;
}

function normalize(c: Float64Array): void {
  let n = 0;
  for (let i = 0; i < c.length; i++) n += c[i] * c[i];
  n = Math.sqrt(n) || 1;
  for (let i = 0; i < c.length; i++) c[i] /= n;
}
