/**
 * Feature extraction: for each token, a list of 32-bit feature keys (template id × hashed values).
 * Per-token hashes (word, lower case, shape, affixes, cluster) are computed once per sentence into
 * reusable typed arrays; templates then combine them without building strings.
 */
import { FNV_SEED, fnvStep } from '../../util/fnv.js';
import { isOneOf } from '../../util/one-of.js';
import { isLowerLetter, key1, key2, key3, lowerCode } from './hash.js';

/** Feature templates, by name (the model file lists the ones it was trained with). */
export const TEMPLATES = [
  'bias',
  'word', // lower-cased word at -2..+2
  'exact', // case-sensitive word at 0
  'bigram', // lower-cased word pairs (-1,0), (0,+1), (-1,+1)
  'affix', // prefixes and suffixes of length 1..4 at 0; suffix 3 and prefix 3 at ±1
  'shape', // collapsed shape at -1..+1 and their trigram; cap class pairs
  'position', // sentence start/end conjoined with cap class
  'length', // length bucket
  'cluster', // word-cluster path prefixes at -1..+1
  'lexicon', // gazetteer/word-list membership at -1..+1
  'window3', // lower-cased words at ±3
  'ngram', // character trigrams of the lower-cased word at 0 (words of 5+ characters)
  'capctx', // cap classes at -2..+2 and the cap-class window
  'wordcap', // lower-cased word at 0 with the cap class of -1 and +1
  'lexicon2', // word-list membership also at ±2
  'domain', // weights per corpus on top of the shared ones (the trainer's and model's business, no keys here)
] as const;
export type Template = (typeof TEMPLATES)[number];

/** Word-cluster table: lower-cased word hash → cluster bit path (as a hash per prefix length). */
export interface ClusterTable {
  /** Prefix lengths used (e.g. 4, 6, 10, 20). */
  readonly prefixes: readonly number[];
  /** Returns the index of the word's cluster or -1. */
  lookup(lowerHash: number): number;
  /** Hash of the cluster path prefix number `p` (index into `prefixes`) of cluster `c`. */
  prefixHash(c: number, p: number): number;
}

/** Lexicon membership: for each token, a bit set of (list id × B/I position) matches. */
export interface Lexicon {
  readonly lists: number;
  /** For each token of `lowerHashes[0..n)`, sets bit `list` of `begins[at + i]` when a match of the list starts there, of `inside[at + i]` when one continues. */
  mark(lowerHashes: Int32Array, n: number, begins: Int32Array, inside: Int32Array, at: number): void;
  /**
   * The one-token entry for a lower-case word hash: its list bits, plus `LEX_CONTINUES` when entries of
   * two or more tokens start with the word; -1 when the word starts no entry at all.
   */
  first(lowerHash: number): number;
  /**
   * `mark`'s work for the entries of two or more tokens starting at index `i` of `lowerHashes` (which
   * end before `end`), with `begins`/`inside` indexed like `lowerHashes`.
   */
  markLonger(lowerHashes: Int32Array, i: number, end: number, begins: Int32Array, inside: Int32Array): void;
}

/** Bit of `Lexicon.first`: longer entries continue past this word. */
export const LEX_CONTINUES = 1 << 30;

export interface FeatureResources {
  clusters?: ClusterTable;
  lexicon?: Lexicon;
}

/** Tokens of padding on each side of a sentence (the widest window reaches ±3). */
export const PAD = 3;
/** Hash values standing for the pads before and after the sentence. */
export const BOS = 0x1b0f5eed;
export const EOS = 0x0e0f5eed;
/** Capitalization classes of the pads. */
export const BOS_CAP = 9;
export const EOS_CAP = 10;

/** Template ids mixed into the keys (fixed: they are part of every trained model's keys). */
export const T = {
  bias: 1,
  w0: 2,
  wm1: 3,
  wp1: 4,
  wm2: 5,
  wp2: 6,
  x0: 7,
  bgm: 8,
  bgp: 9,
  bgs: 10,
  pre: 11,
  suf: 12,
  sufm1: 13,
  sufp1: 14,
  prem1: 15,
  prep1: 16,
  sh0: 17,
  shm1: 18,
  shp1: 19,
  sh3: 20,
  capm1: 21,
  capp1: 22,
  first: 23,
  last: 24,
  len: 25,
  cl0: 26,
  clm1: 27,
  clp1: 28,
  lex0: 29,
  lexm1: 30,
  lexp1: 31,
  shm1w0: 32,
  wm1sh0: 33,
  wm3: 34,
  wp3: 35,
  ng: 36,
  capm2: 37,
  capp2: 38,
  capwin: 39,
  wcapm1: 40,
  wcapp1: 41,
  lexm2: 42,
  lexp2: 43,
} as const;

/**
 * The hashes of one word that features are made of: the word as written, lower-cased, its collapsed
 * shape (`Xx`, `d`, `X.X.`), prefixes and suffixes of length 1..4 of the lower-cased word, its
 * capitalization class (1..8; 9 and 10 are the sentence-start and end pads) and a length bucket.
 */
export class WordHashes {
  exact = 0;
  low = 0;
  shape = 0;
  capc = 0;
  len = 0;
  readonly pre = new Int32Array(4);
  readonly suf = new Int32Array(4);

  /** Computes the hashes of `w` into this object (no allocation for ASCII words). */
  of(w: string): this {
    let hx = FNV_SEED;
    let hl = FNV_SEED;
    let hs = FNV_SEED;
    let lastShape = -1;
    let upper = 0;
    let lower = 0;
    let digit = 0;
    let other = 0;
    const L = w.length;
    for (let k = 0; k < L; k++) {
      const c = w.charCodeAt(k);
      const lc = lowerCode(c);
      hx = fnvStep(hx, c);
      hl = fnvStep(hl, lc);
      if (k < 4) this.pre[k] = hl;
      let sc: number;
      if (lc !== c) {
        sc = 88; // X
        upper++;
      } else if (c >= 48 && c <= 57) {
        sc = 100; // d
        digit++;
      } else if (isLowerLetter(c)) {
        sc = 120; // x
        lower++;
      } else {
        sc = c; // punctuation and symbols stand for themselves
        other++;
      }
      if (sc !== lastShape) hs = fnvStep(hs, sc);
      lastShape = sc;
    }
    for (let k = L; k < 4; k++) this.pre[k] = hl;
    let hr = FNV_SEED;
    for (let k = 0; k < 4; k++) {
      if (k < L) hr = fnvStep(hr, lowerCode(w.charCodeAt(L - 1 - k)));
      this.suf[k] = hr;
    }
    this.exact = hx;
    this.low = hl;
    this.shape = hs;
    const firstUpper = L > 0 && lowerCode(w.charCodeAt(0)) !== w.charCodeAt(0);
    this.capc =
      upper > 0 && lower === 0 && digit === 0 ? (L === 1 ? 1 : 2) : firstUpper ? (upper === 1 ? 3 : 4) : upper > 0 ? 5 : digit > 0 ? 6 : other > 0 && lower === 0 ? 7 : 8;
    this.len = L > 12 ? 12 : L;
    return this;
  }
}

/** Keys for one sentence: token i owns keys[offsets[i] .. offsets[i+1]). */
export class FeatureBuffer {
  keys = new Int32Array(4096);
  offsets = new Int32Array(257);
  n = 0;

  ensure(tokens: number, keys: number): void {
    if (this.offsets.length < tokens + 1) this.offsets = new Int32Array(Math.max(tokens + 1, this.offsets.length * 2));
    if (this.keys.length < keys) this.keys = new Int32Array(Math.max(keys, this.keys.length * 2));
  }
}

export class FeatureExtractor {
  readonly on: Readonly<Record<Template, boolean>>;
  private cap = 0;
  private low = new Int32Array(0);
  private exact = new Int32Array(0);
  private shape = new Int32Array(0);
  private capc = new Int32Array(0);
  private pre = new Int32Array(0); // 4 per token
  private suf = new Int32Array(0); // 4 per token
  private len = new Int32Array(0);
  private clu = new Int32Array(0);
  private lex = new Int32Array(0);
  private lexIn = new Int32Array(0);
  private lowPlain = new Int32Array(0);
  private readonly hashes = new WordHashes();
  /** Upper bound of keys per token (for buffer sizing). */
  readonly maxPerToken: number;

  constructor(
    templates: readonly string[],
    private readonly res: FeatureResources = {},
  ) {
    const on = {} as Record<Template, boolean>;
    for (const t of TEMPLATES) on[t] = templates.includes(t);
    for (const t of templates) if (!isOneOf(TEMPLATES, t)) throw new Error(`unknown feature template "${t}"`);
    this.on = on;
    const clusterKeys = (res.clusters?.prefixes.length ?? 0) * 3;
    const lexKeys = (res.lexicon?.lists ?? 0) * 2 * 5;
    this.maxPerToken = 64 + clusterKeys + lexKeys;
  }

  private grow(n: number): void {
    if (n + 2 * PAD <= this.cap) return;
    const c = Math.max(n + 2 * PAD, this.cap * 2, 64);
    this.cap = c;
    this.low = new Int32Array(c);
    this.exact = new Int32Array(c);
    this.shape = new Int32Array(c);
    this.capc = new Int32Array(c);
    this.pre = new Int32Array(c * 4);
    this.suf = new Int32Array(c * 4);
    this.len = new Int32Array(c);
    this.clu = new Int32Array(c);
    this.lex = new Int32Array(c);
    this.lexIn = new Int32Array(c);
    this.lowPlain = new Int32Array(c);
  }

  /** Per-token hashes for positions PAD..PAD+n; padding positions hold BOS/EOS markers. */
  private prepare(words: readonly string[]): void {
    const n = words.length;
    this.grow(n);
    for (let p = 0; p < PAD; p++) {
      this.setPad(p, BOS);
      this.setPad(n + PAD + p, EOS);
    }
    const h = this.hashes;
    for (let i = 0; i < n; i++) {
      const j = i + PAD;
      h.of(words[i]);
      for (let k = 0; k < 4; k++) {
        this.pre[j * 4 + k] = h.pre[k];
        this.suf[j * 4 + k] = h.suf[k];
      }
      this.exact[j] = h.exact;
      this.low[j] = h.low;
      this.lowPlain[i] = h.low;
      this.shape[j] = h.shape;
      this.capc[j] = h.capc;
      this.len[j] = h.len;
      this.clu[j] = this.res.clusters ? this.res.clusters.lookup(h.low) : -1;
    }
    this.lex.fill(0, 0, n + 2 * PAD);
    this.lexIn.fill(0, 0, n + 2 * PAD);
    if (this.res.lexicon && this.on.lexicon) this.res.lexicon.mark(this.lowPlain, n, this.lex, this.lexIn, PAD);
  }

  private setPad(j: number, v: number): void {
    this.low[j] = v;
    this.exact[j] = v;
    this.shape[j] = v;
    this.capc[j] = v === BOS ? BOS_CAP : EOS_CAP;
    for (let k = 0; k < 4; k++) {
      this.pre[j * 4 + k] = v;
      this.suf[j * 4 + k] = v;
    }
    this.len[j] = 0;
    this.clu[j] = -1;
    this.lex[j] = 0;
    this.lexIn[j] = 0;
  }

  /** Fills `buf` with the feature keys of every token of the sentence. */
  extract(words: readonly string[], buf: FeatureBuffer): void {
    const n = words.length;
    this.prepare(words);
    buf.ensure(n, n * this.maxPerToken + 16);
    buf.n = n;
    const on = this.on;
    const keys = buf.keys;
    let q = 0;
    for (let i = 0; i < n; i++) {
      buf.offsets[i] = q;
      const j = i + PAD;
      if (on.bias) keys[q++] = key1(T.bias, 0);
      if (on.word) {
        keys[q++] = key1(T.w0, this.low[j]);
        keys[q++] = key1(T.wm1, this.low[j - 1]);
        keys[q++] = key1(T.wp1, this.low[j + 1]);
        keys[q++] = key1(T.wm2, this.low[j - 2]);
        keys[q++] = key1(T.wp2, this.low[j + 2]);
      }
      if (on.exact) keys[q++] = key1(T.x0, this.exact[j]);
      if (on.window3) {
        keys[q++] = key1(T.wm3, this.low[j - 3]);
        keys[q++] = key1(T.wp3, this.low[j + 3]);
      }
      if (on.ngram) {
        const w = words[i];
        if (w.length >= 5) {
          let a = lowerCode(w.charCodeAt(0));
          let b = lowerCode(w.charCodeAt(1));
          for (let k = 2; k < w.length && k < 16; k++) {
            const c = lowerCode(w.charCodeAt(k));
            keys[q++] = key3(T.ng, a, b, c);
            a = b;
            b = c;
          }
        }
      }
      if (on.capctx) {
        keys[q++] = key2(T.capm2, this.capc[j - 2], this.capc[j]);
        keys[q++] = key2(T.capp2, this.capc[j], this.capc[j + 2]);
        keys[q++] = key3(T.capwin, this.capc[j - 1] * 16 + this.capc[j - 2], this.capc[j], this.capc[j + 1] * 16 + this.capc[j + 2]);
      }
      if (on.wordcap) {
        keys[q++] = key2(T.wcapm1, this.low[j], this.capc[j - 1]);
        keys[q++] = key2(T.wcapp1, this.low[j], this.capc[j + 1]);
      }
      if (on.bigram) {
        keys[q++] = key2(T.bgm, this.low[j - 1], this.low[j]);
        keys[q++] = key2(T.bgp, this.low[j], this.low[j + 1]);
        keys[q++] = key2(T.bgs, this.low[j - 1], this.low[j + 1]);
      }
      if (on.affix) {
        for (let k = 0; k < 4; k++) {
          keys[q++] = key2(T.pre, k, this.pre[j * 4 + k]);
          keys[q++] = key2(T.suf, k, this.suf[j * 4 + k]);
        }
        keys[q++] = key1(T.sufm1, this.suf[(j - 1) * 4 + 2]);
        keys[q++] = key1(T.sufp1, this.suf[(j + 1) * 4 + 2]);
        keys[q++] = key1(T.prem1, this.pre[(j - 1) * 4 + 2]);
        keys[q++] = key1(T.prep1, this.pre[(j + 1) * 4 + 2]);
      }
      if (on.shape) {
        keys[q++] = key1(T.sh0, this.shape[j]);
        keys[q++] = key1(T.shm1, this.shape[j - 1]);
        keys[q++] = key1(T.shp1, this.shape[j + 1]);
        keys[q++] = key3(T.sh3, this.shape[j - 1], this.shape[j], this.shape[j + 1]);
        keys[q++] = key2(T.capm1, this.capc[j - 1], this.capc[j]);
        keys[q++] = key2(T.capp1, this.capc[j], this.capc[j + 1]);
        keys[q++] = key2(T.shm1w0, this.shape[j - 1], this.low[j]);
        keys[q++] = key2(T.wm1sh0, this.low[j - 1], this.shape[j]);
      }
      if (on.position) {
        if (i === 0) keys[q++] = key1(T.first, this.capc[j]);
        if (i === n - 1) keys[q++] = key1(T.last, this.capc[j]);
      }
      if (on.length) keys[q++] = key2(T.len, this.len[j], this.capc[j]);
      const cl = this.res.clusters;
      if (on.cluster && cl) {
        for (let p = 0; p < cl.prefixes.length; p++) {
          for (let d = -1; d <= 1; d++) {
            const c = this.clu[j + d];
            const t = d === 0 ? T.cl0 : d < 0 ? T.clm1 : T.clp1;
            keys[q++] = key2(t, p, c < 0 ? (j + d < PAD ? BOS : j + d >= n + PAD ? EOS : -1) : cl.prefixHash(c, p));
          }
        }
      }
      if (on.lexicon && this.res.lexicon) {
        const far = on.lexicon2 ? 2 : 1;
        for (let d = -far; d <= far; d++) {
          const t = d === 0 ? T.lex0 : d === -1 ? T.lexm1 : d === 1 ? T.lexp1 : d < 0 ? T.lexm2 : T.lexp2;
          const cap = d === 0 ? this.capc[j] : 0;
          for (let part = 0; part < 2; part++) {
            let m = part === 0 ? this.lex[j + d] : this.lexIn[j + d];
            while (m !== 0) {
              const b = 31 - Math.clz32(m);
              m &= ~(1 << b);
              keys[q++] = key2(t, 2 * b + part, cap);
            }
          }
        }
      }
    }
    buf.offsets[n] = q;
  }
}

