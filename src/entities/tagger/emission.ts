/**
 * Emission scores for tagging, fast. Most features of a token depend on one word at a fixed offset
 * (−3…+3): the word, its lower case, shape, affixes, clusters and its own one-word list entries. Their
 * label weights are summed once per word form and kept (a bounded cache), so a token's score is seven
 * vector additions, plus:
 * - a table lookup for each feature that joins two words (bigrams, a word with its neighbour's shape or
 *   capitalization class) and for the shape trigram;
 * - the capitalization-window features, summed once per window of five classes;
 * - word-list matches of two or more tokens, from a small dense table (rare: most words match none).
 * The features and weights are those of `FeatureExtractor` + `ScoringTable.score` (the training path,
 * kept as the reference and used for overlong sentences). Weights are float32 values added in float64:
 * with a loaded model's 16-bit weights every sum is exact, so the scores are the same bit for bit.
 * Tokens with no capitalized word within two tokens are not scored at all but tagged O (markNear);
 * about 55 % of a news text's tokens.
 */
import { NUM_LABELS, O } from './labels.js';
import { BOS, BOS_CAP, EOS, EOS_CAP, FeatureBuffer, LEX_CONTINUES, PAD, T, WordHashes, type Lexicon } from './features.js';
import { combine, keyEnd, keyStart, key1, key2, key3, lowerCode } from './hash.js';
import { WordIds, wordHash } from './wordids.js';
import { findWeights, type NerModel, type ScoringTable } from './model.js';

const L = NUM_LABELS;
/** Offsets −3…+3 a word's cached vectors cover. */
const SPAN = 2 * PAD + 1;
/**
 * A cached word's block, in float64 slots: its vectors for offsets −3…+3, eight slots apart (64 bytes,
 * one cache line each); the eighth slot of a vector holds two of the word's int32 facts (see `info`).
 */
const VS = 8;
const WB = SPAN * VS;
/** The block's int32 view: block b at [b * IB ..]; the facts at these places in it. */
const IB = 2 * WB;
const I_LOW = 2 * (VS - 1);
const I_CAP = I_LOW + 1;
const I_SHAPE = I_LOW + 2 * VS;
const I_FIRST = I_SHAPE + 1;
/**
 * The word's halves of the keys of the features that join it with a neighbour (`keyStart` of the
 * template and the word's hash), eight of them, at [id * IB + I_PRE + 2 * VS * (k >> 1) + (k & 1)].
 */
const I_PRE = I_SHAPE + 2 * VS;
/** Which: word at 0 with cap at −1 / +1; bigram (−1, 0) from −1, (0, +1) from 0, (−1, +1) from −1; shape trigram from −1; shape −1 with word 0; word −1 with shape 0. */
const P_WCAPM1 = 0;
const P_WCAPP1 = 1;
const P_BGM = 2;
const P_BGP = 3;
const P_BGS = 4;
const P_SH3 = 5;
const P_SHM1W0 = 6;
const P_WM1SH0 = 7;
const NPRE = 8;
const preAt = (k: number): number => I_PRE + 2 * VS * (k >> 1) + (k & 1);
/** 1 when the word is one of `plainFirst` (see markNear), in the spare int32 of the block's seventh vector. */
const I_PLAIN = 2 * (6 * VS + VS - 1);
/** Capitalization classes 0…10 (1–8 words, 9 and 10 the pads). */
const CAPS = 11;
/**
 * Tokens scored: those with a capitalized word within NEAR tokens (see markNear). Two, not the three
 * the word features read: the NER test sets and the Detik records are the same with 2 as with 3 (with
 * 1, each test set loses 0.1–0.4 F1), and 2 scores fewer tokens.
 */
export const NEAR = 2;
const BOS_ID = 0;
const EOS_ID = 1;

/** Word forms kept by default (about 500 bytes each with their table slots; the cache grows as words come). */
export const DEFAULT_CACHED_WORDS = 32768;

function addF32(to: Float64Array, at: number, w: Float32Array, o: number): void {
  to[at] += w[o];
  to[at + 1] += w[o + 1];
  to[at + 2] += w[o + 2];
  to[at + 3] += w[o + 3];
  to[at + 4] += w[o + 4];
  to[at + 5] += w[o + 5];
  to[at + 6] += w[o + 6];
}

function addF64(to: Float64Array, at: number, v: Float64Array, o: number): void {
  to[at] += v[o];
  to[at + 1] += v[o + 1];
  to[at + 2] += v[o + 2];
  to[at + 3] += v[o + 3];
  to[at + 4] += v[o + 4];
  to[at + 5] += v[o + 5];
  to[at + 6] += v[o + 6];
}

/** Emissions that make a token O: no other label can win. */
function setO(emit: Float64Array, at: number): void {
  for (let y = 0; y < L; y++) emit[at + y] = y === O ? 0 : -Infinity;
}

export class EmissionScorer {
  private readonly on: NerModel['extractor']['on'];
  private readonly present: Int32Array;
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly w: Float32Array;
  private readonly lex: Lexicon | null;
  /** Word-list offsets used: ±1, or ±2 with the `lexicon2` template. */
  private readonly far: number;
  private readonly lists: number;
  /** Word-list feature vectors: [(((d + 2) * 2 + part) * lists + list) * CAPS + cap) * L + y]. */
  private readonly lexVec: Float64Array;
  /** Position features by capitalization class: [cap * L + y]. */
  private readonly firstVec = new Float64Array(CAPS * L);
  private readonly lastVec = new Float64Array(CAPS * L);
  private readonly capWindow: boolean;
  /**
   * Capitalization window (five classes, base CAPS) → 1 + its slot in capVec; 0: not summed yet. 16 bits
   * (315 KB, read at every token, stays in cache better than 32) are enough: with 8 word classes and pads
   * only at a sentence's ends, at most 73 × 8 × 73 = 42,632 windows occur (addCapWindow still guards).
   */
  private readonly capIndex: Uint16Array;
  private capVec = new Float64Array(64 * L);
  private capCount = 0;

  // Word cache: id → vectors for offsets −3…+3 and the word's hashes. Ids 0 and 1 are the pads.
  private readonly ids = new WordIds();
  private count = 2;
  /** The sentence number each cached word was last met in. */
  private lastUse = new Int32Array(0);
  private sentences = 0;
  private capacity = 0;
  private vec = new Float64Array(0);
  /**
   * The same memory as int32s: per word, its lower-case hash, shape hash, capitalization class and
   * `Lexicon.first` (-1: starts no entry) at [id * IB + I_LOW | I_SHAPE | I_CAP | I_FIRST].
   */
  private info = new Int32Array(0);
  private readonly hashes = new WordHashes();
  /** Lower-case hashes of the plainFirst words. */
  private readonly plainLows = new Set<number>();
  /** A word's feature keys while its vectors are summed (fillWord), and the offset each belongs to. */
  private readonly fillKeys: Int32Array;
  private readonly fillOffsets: Uint8Array;

  // Per-sentence scratch, padded by PAD on each side.
  private room = 0;
  private sid = new Int32Array(0);
  private sLow = new Int32Array(0);
  private sShape = new Int32Array(0);
  private sCap = new Int32Array(0);
  private sPre = new Int32Array(0);
  private xBegin = new Int32Array(0);
  private xInside = new Int32Array(0);
  private near = new Uint8Array(0);
  private readonly buf = new FeatureBuffer();
  /** Keys of the features joining words a token: 2 (wordcap) + 3 (bigram) + 3 (shape) when on. */
  private readonly pairCount: number;
  private pairKeys = new Int32Array(512);

  constructor(
    private readonly model: NerModel,
    private readonly table: ScoringTable,
    /** Word forms kept at most; a sentence longer than half of it is scored the reference way. */
    private readonly maxWords = DEFAULT_CACHED_WORDS,
    /** Score every token, those far from any capital too (see markNear): the reference's emissions exactly. */
    private readonly everyToken = false,
    /**
     * Words (lower case) whose capital does not count when they begin the sentence (see markNear): the
     * languages' function words, "Menurut", "The".
     */
    plainFirst: Iterable<string> = [],
  ) {
    if (maxWords < 16) throw new Error('the word cache needs room for at least 16 words');
    for (const w of plainFirst) this.plainLows.add(this.hashes.of(w).low);
    this.on = model.extractor.on;
    this.present = table.present;
    this.slots = table.slots;
    this.mask = table.mask;
    this.w = table.w;
    const on = this.on;
    this.lex = on.lexicon && model.resources.lexicon ? model.resources.lexicon : null;
    this.far = on.lexicon2 ? 2 : 1;
    this.lists = this.lex ? this.lex.lists : 0;
    this.lexVec = new Float64Array(5 * 2 * this.lists * CAPS * L);
    if (this.lex) {
      for (let d = -this.far; d <= this.far; d++) {
        const t = d === 0 ? T.lex0 : d === -1 ? T.lexm1 : d === 1 ? T.lexp1 : d < 0 ? T.lexm2 : T.lexp2;
        for (let part = 0; part < 2; part++)
          for (let b = 0; b < this.lists; b++)
            for (let cap = 0; cap < CAPS; cap++) if (d === 0 || cap === 0) this.addKey(key2(t, 2 * b + part, cap), this.lexVec, this.lexAt(d, part, b, cap));
      }
    }
    if (on.position)
      for (let cap = 0; cap < CAPS; cap++) {
        this.addKey(key1(T.first, cap), this.firstVec, cap * L);
        this.addKey(key1(T.last, cap), this.lastVec, cap * L);
      }
    this.capWindow = on.capctx || on.shape;
    this.pairCount = (on.wordcap ? 2 : 0) + (on.bigram ? 3 : 0) + (on.shape ? 3 : 0);
    const maxKeys = 48 + 3 * (model.resources.clusters?.prefixes.length ?? 0);
    this.fillKeys = new Int32Array(maxKeys);
    this.fillOffsets = new Uint8Array(maxKeys);
    this.capIndex = new Uint16Array(this.capWindow ? CAPS ** 5 : 0);
    this.grow(Math.min(64, maxWords)); // grows as words come
    const pad = new WordHashes();
    for (const [id, h, cap] of [
      [BOS_ID, BOS, BOS_CAP],
      [EOS_ID, EOS, EOS_CAP],
    ] as const) {
      pad.exact = pad.low = pad.shape = h;
      pad.pre.fill(h);
      pad.suf.fill(h);
      pad.capc = cap;
      pad.len = 0;
      this.fillWord(id, pad, '', h);
    }
  }

  /** Sums the label weights of every token's features into `emit[i * L + y]`. */
  score(words: readonly string[], emit: Float64Array): void {
    const n = words.length;
    if (n === 0) return;
    if (n > this.maxWords >> 1) {
      this.model.extractor.extract(words, this.buf);
      this.table.score(this.buf, emit);
      if (this.everyToken) return;
      // The same tokens as below are tagged O.
      if (n + 2 * PAD > this.room) this.growSentence(n + 2 * PAD);
      for (let i = 0; i < n; i++) this.sCap[i + PAD] = this.hashes.of(words[i]).capc;
      const near = this.markNear(n, this.plainLows.has(this.hashes.of(words[0]).low));
      for (let i = 0; i < n; i++) if (near[i + PAD] === 0) setO(emit, i * L);
      return;
    }
    if (this.count + n > this.maxWords) this.evict();
    const stamp = ++this.sentences;
    let lastUse = this.lastUse;
    if (n + 2 * PAD > this.room) this.growSentence(n + 2 * PAD);
    const { sid, sLow, sShape, sCap, sPre } = this;
    let info = this.info;
    let cont = 0;
    for (let p = 0; p < PAD; p++) {
      this.setPad(p, BOS_ID);
      this.setPad(n + PAD + p, EOS_ID);
    }
    for (let i = 0; i < n; i++) {
      const w = words[i];
      const hw = wordHash(w);
      let id = this.ids.get(w, hw);
      if (id < 0) {
        id = this.addWord(w, hw);
        info = this.info; // may have grown
        lastUse = this.lastUse;
      }
      lastUse[id] = stamp;
      const j = i + PAD;
      sid[j] = id;
      sLow[j] = info[id * IB + I_LOW];
      sShape[j] = info[id * IB + I_SHAPE];
      sCap[j] = info[id * IB + I_CAP];
      const f = info[id * IB + I_FIRST];
      cont |= f & ~(f >> 31) & LEX_CONTINUES;
      const pb = id * IB + I_PRE;
      const sb = j * NPRE;
      sPre[sb] = info[pb];
      sPre[sb + 1] = info[pb + 1];
      sPre[sb + 2] = info[pb + 2 * VS];
      sPre[sb + 3] = info[pb + 2 * VS + 1];
      sPre[sb + 4] = info[pb + 4 * VS];
      sPre[sb + 5] = info[pb + 4 * VS + 1];
      sPre[sb + 6] = info[pb + 6 * VS];
      sPre[sb + 7] = info[pb + 6 * VS + 1];
    }
    const longer = cont !== 0 && this.markLonger(n);
    const near = this.markNear(n, info[sid[PAD] * IB + I_PLAIN] === 1);

    const on = this.on;
    const vec = this.vec;
    const w = this.w;
    const present = this.present;
    const slots = this.slots;
    const mask = this.mask;
    const capVecOn = this.capWindow;
    const npk = this.pairCount;
    this.pairKeysOf(n);
    const keys = this.pairKeys;
    for (let i = 0; i < n; i++) {
      const j = i + PAD;
      if (near[j] === 0) {
        setO(emit, i * L);
        continue;
      }
      // The cached vectors of the words at −3…+3.
      let o = sid[j - 3] * WB;
      let s0 = vec[o], s1 = vec[o + 1], s2 = vec[o + 2], s3 = vec[o + 3], s4 = vec[o + 4], s5 = vec[o + 5], s6 = vec[o + 6];
      for (let d = 1; d < SPAN; d++) {
        o = sid[j - 3 + d] * WB + d * VS;
        s0 += vec[o];
        s1 += vec[o + 1];
        s2 += vec[o + 2];
        s3 += vec[o + 3];
        s4 += vec[o + 4];
        s5 += vec[o + 5];
        s6 += vec[o + 6];
      }
      const low = sLow[j];
      const cap = sCap[j];
      if (capVecOn) {
        const ci = (((sCap[j - 2] * CAPS + sCap[j - 1]) * CAPS + cap) * CAPS + sCap[j + 1]) * CAPS + sCap[j + 2];
        let slot = this.capIndex[ci];
        if (slot === 0) slot = this.addCapWindow(ci, sCap[j - 2], sCap[j - 1], cap, sCap[j + 1], sCap[j + 2]);
        const cv = this.capVec;
        o = (slot - 1) * L;
        s0 += cv[o];
        s1 += cv[o + 1];
        s2 += cv[o + 2];
        s3 += cv[o + 3];
        s4 += cv[o + 4];
        s5 += cv[o + 5];
        s6 += cv[o + 6];
      }
      // Features joining two or three words: their weights' offsets, found by pairKeysOf.
      for (let k = i * npk, end = k + npk; k < end; k++) {
        o = keys[k];
        if (o < 0) continue;
        s0 += w[o];
        s1 += w[o + 1];
        s2 += w[o + 2];
        s3 += w[o + 3];
        s4 += w[o + 4];
        s5 += w[o + 5];
        s6 += w[o + 6];
      }
      const e = i * L;
      emit[e] = s0;
      emit[e + 1] = s1;
      emit[e + 2] = s2;
      emit[e + 3] = s3;
      emit[e + 4] = s4;
      emit[e + 5] = s5;
      emit[e + 6] = s6;
      if (on.position) {
        if (i === 0) addF64(emit, e, this.firstVec, cap * L);
        if (i === n - 1) addF64(emit, e, this.lastVec, cap * L);
      }
      if (longer) this.addLonger(emit, e, j, cap);
    }
  }

  /**
   * The features joining two or three words, pairCount a token scored (see markNear): their keys (from
   * the words' key halves), looked up at once, as the offsets of their weights (-1: not in the model),
   * into pairKeys.
   */
  private pairKeysOf(n: number): void {
    const npk = this.pairCount;
    if (this.pairKeys.length < n * npk) this.pairKeys = new Int32Array(n * npk * 2);
    const keys = this.pairKeys;
    const { sLow, sShape, sCap, sPre, on, present, slots, mask, near } = this;
    const { wordcap, bigram, shape } = on;
    for (let i = 0; i < n; i++) {
      const j = i + PAD;
      // a token tagged O unscored (markNear) needs no keys
      if (near[j] === 0) continue;
      let k = i * npk;
      const low = sLow[j];
      const pj = j * NPRE;
      const pm = pj - NPRE;
      if (wordcap) {
        keys[k++] = findWeights(present, slots, mask, keyEnd(sPre[pj + P_WCAPM1], sCap[j - 1]));
        keys[k++] = findWeights(present, slots, mask, keyEnd(sPre[pj + P_WCAPP1], sCap[j + 1]));
      }
      if (bigram) {
        keys[k++] = findWeights(present, slots, mask, keyEnd(sPre[pm + P_BGM], low));
        keys[k++] = findWeights(present, slots, mask, keyEnd(sPre[pj + P_BGP], sLow[j + 1]));
        keys[k++] = findWeights(present, slots, mask, keyEnd(sPre[pm + P_BGS], sLow[j + 1]));
      }
      if (shape) {
        const sh = sShape[j];
        keys[k++] = findWeights(present, slots, mask, keyEnd(combine(sPre[pm + P_SH3], sh), sShape[j + 1]));
        keys[k++] = findWeights(present, slots, mask, keyEnd(sPre[pm + P_SHM1W0], low));
        keys[k++] = findWeights(present, slots, mask, keyEnd(sPre[pm + P_WM1SH0], sh));
      }
    }
  }

  /**
   * Which tokens are scored (1 in near[j]): those with a word written with a capital letter (capitalization
   * classes 1–5) within NEAR tokens, inside the window of PAD tokens the token's word features read. The
   * model's names are written with capitals, and a token with none that near is tagged O without scoring
   * (emission O = 0, every other label −∞): on the 1,000 Detik articles not one record changes, even
   * with a window of one token, and such tokens are about 55 % of all (47 % within PAD). A sentence's first word counts
   * only when it is no function word (`plainFirst`: "Menurut", "The" are capitalized for the sentence's
   * sake). A sentence with no capital at all (text written in lower case) is scored in full, so the
   * model's knowledge of words still applies there.
   */
  private markNear(n: number, plainFirst: boolean): Uint8Array {
    const { near, sCap } = this;
    if (this.everyToken) {
      near.fill(1, PAD, n + PAD);
      return near;
    }
    const from = plainFirst ? PAD + 1 : PAD;
    let last = -1e9;
    for (let j = PAD; j < n + PAD; j++) {
      const c = sCap[j];
      if (c >= 1 && c <= 5 && j >= from) last = j;
      near[j] = j - last <= NEAR ? 1 : 0;
    }
    if (last < 0) {
      // No capital at all (the first word's aside): lower-case text, scored in full.
      const c = sCap[PAD];
      if (from === PAD || !(c >= 1 && c <= 5)) {
        near.fill(1, PAD, n + PAD);
        return near;
      }
      return near; // only the function word that opens the sentence: nothing near a name
    }
    last = 1e9;
    for (let j = n + PAD - 1; j >= from; j--) {
      const c = sCap[j];
      if (c >= 1 && c <= 5) last = j;
      if (last - j <= NEAR) near[j] = 1;
    }
    if (from > PAD && last - PAD <= NEAR) near[PAD] = 1;
    return near;
  }

  /** Word-list matches of two or more tokens into xBegin/xInside (bits a word's own entries already give left out); true if any. */
  private markLonger(n: number): boolean {
    const lex = this.lex!;
    const { sid, sLow, xBegin, xInside, info } = this;
    let any = false;
    for (let i = 0; i < n; i++) {
      const v = info[sid[i + PAD] * IB + I_FIRST];
      if (v >= 0 && (v & LEX_CONTINUES) !== 0) {
        if (!any) {
          xBegin.fill(0, 0, n + 2 * PAD);
          xInside.fill(0, 0, n + 2 * PAD);
          any = true;
        }
        lex.markLonger(sLow, i + PAD, n + PAD, xBegin, xInside);
      }
    }
    if (!any) return false;
    any = false;
    for (let j = PAD; j < n + PAD; j++) {
      const own = info[sid[j] * IB + I_FIRST];
      if (own >= 0) xBegin[j] &= ~own;
      if ((xBegin[j] | xInside[j]) !== 0) any = true;
    }
    return any;
  }

  private addLonger(emit: Float64Array, e: number, j: number, cap: number): void {
    for (let d = -this.far; d <= this.far; d++) {
      const c = d === 0 ? cap : 0;
      for (let part = 0; part < 2; part++) {
        let m = part === 0 ? this.xBegin[j + d] : this.xInside[j + d];
        while (m !== 0) {
          const b = 31 - Math.clz32(m);
          m &= ~(1 << b);
          addF64(emit, e, this.lexVec, this.lexAt(d, part, b, c));
        }
      }
    }
  }

  private lexAt(d: number, part: number, list: number, cap: number): number {
    return ((((d + 2) * 2 + part) * this.lists + list) * CAPS + cap) * L;
  }

  private setPad(j: number, id: number): void {
    this.sid[j] = id;
    this.sLow[j] = this.info[id * IB + I_LOW];
    this.sShape[j] = this.info[id * IB + I_SHAPE];
    this.sCap[j] = this.info[id * IB + I_CAP];
    for (let k = 0; k < NPRE; k++) this.sPre[j * NPRE + k] = this.info[id * IB + preAt(k)];
  }

  /** Adds the weights of one feature key (if the model has it) to `to[at ..]`. */
  private addKey(key: number, to: Float64Array, at: number): void {
    const o = findWeights(this.present, this.slots, this.mask, key);
    if (o >= 0) addF32(to, at, this.w, o);
  }

  private addWord(w: string, hw: number): number {
    const id = this.count++;
    if (id >= this.capacity) this.grow(Math.min(this.capacity * 2, this.maxWords));
    this.ids.add(w, hw, id);
    this.fillWord(id, this.hashes.of(w), w, 0);
    return id;
  }

  /** The cached vectors of word `id` at offsets −3…+3; `pad` is BOS or EOS for the pads, else 0. */
  private fillWord(id: number, h: WordHashes, w: string, pad: number): void {
    const on = this.on;
    const low = h.low;
    const v = this.vec;
    const base = id * WB;
    v.fill(0, base, base + WB);
    this.info[id * IB + I_LOW] = low;
    this.info[id * IB + I_SHAPE] = h.shape;
    this.info[id * IB + I_CAP] = h.capc;
    const pre = id * IB;
    this.info[pre + preAt(P_WCAPM1)] = keyStart(T.wcapm1, low);
    this.info[pre + preAt(P_WCAPP1)] = keyStart(T.wcapp1, low);
    this.info[pre + preAt(P_BGM)] = keyStart(T.bgm, low);
    this.info[pre + preAt(P_BGP)] = keyStart(T.bgp, low);
    this.info[pre + preAt(P_BGS)] = keyStart(T.bgs, low);
    this.info[pre + preAt(P_SH3)] = keyStart(T.sh3, h.shape);
    this.info[pre + preAt(P_SHM1W0)] = keyStart(T.shm1w0, h.shape);
    this.info[pre + preAt(P_WM1SH0)] = keyStart(T.wm1sh0, low);
    // The word's feature keys, each with the offset (+ PAD) of the token it is a feature of.
    const K = this.fillKeys;
    const D = this.fillOffsets;
    let q = 0;
    if (on.bias) (K[q] = key1(T.bias, 0)), (D[q++] = PAD);
    if (on.word) {
      (K[q] = key1(T.w0, low)), (D[q++] = PAD);
      (K[q] = key1(T.wm1, low)), (D[q++] = PAD - 1);
      (K[q] = key1(T.wp1, low)), (D[q++] = PAD + 1);
      (K[q] = key1(T.wm2, low)), (D[q++] = PAD - 2);
      (K[q] = key1(T.wp2, low)), (D[q++] = PAD + 2);
    }
    if (on.exact) (K[q] = key1(T.x0, h.exact)), (D[q++] = PAD);
    if (on.window3) {
      (K[q] = key1(T.wm3, low)), (D[q++] = PAD - 3);
      (K[q] = key1(T.wp3, low)), (D[q++] = PAD + 3);
    }
    if (on.ngram && w.length >= 5) {
      let a = lowerCode(w.charCodeAt(0));
      let b = lowerCode(w.charCodeAt(1));
      for (let k = 2; k < w.length && k < 16; k++) {
        const c = lowerCode(w.charCodeAt(k));
        (K[q] = key3(T.ng, a, b, c)), (D[q++] = PAD);
        a = b;
        b = c;
      }
    }
    if (on.affix) {
      for (let k = 0; k < 4; k++) {
        (K[q] = key2(T.pre, k, h.pre[k])), (D[q++] = PAD);
        (K[q] = key2(T.suf, k, h.suf[k])), (D[q++] = PAD);
      }
      (K[q] = key1(T.sufm1, h.suf[2])), (D[q++] = PAD - 1);
      (K[q] = key1(T.sufp1, h.suf[2])), (D[q++] = PAD + 1);
      (K[q] = key1(T.prem1, h.pre[2])), (D[q++] = PAD - 1);
      (K[q] = key1(T.prep1, h.pre[2])), (D[q++] = PAD + 1);
    }
    if (on.shape) {
      (K[q] = key1(T.sh0, h.shape)), (D[q++] = PAD);
      (K[q] = key1(T.shm1, h.shape)), (D[q++] = PAD - 1);
      (K[q] = key1(T.shp1, h.shape)), (D[q++] = PAD + 1);
    }
    if (on.length) (K[q] = key2(T.len, h.len, h.capc)), (D[q++] = PAD);
    const cl = this.model.resources.clusters;
    if (on.cluster && cl) {
      const c = pad !== 0 ? -1 : cl.lookup(low);
      for (let p = 0; p < cl.prefixes.length; p++) {
        const x = c < 0 ? (pad !== 0 ? pad : -1) : cl.prefixHash(c, p);
        (K[q] = key2(T.cl0, p, x)), (D[q++] = PAD);
        (K[q] = key2(T.clm1, p, x)), (D[q++] = PAD - 1);
        (K[q] = key2(T.clp1, p, x)), (D[q++] = PAD + 1);
      }
    }
    // Their weights, summed per offset.
    const { present, slots, mask } = this;
    const wt = this.w;
    for (let k = 0; k < q; k++) {
      const o = findWeights(present, slots, mask, K[k]);
      if (o >= 0) addF32(v, base + D[k] * VS, wt, o);
    }
    this.info[id * IB + I_PLAIN] = pad === 0 && this.plainLows.has(low) ? 1 : 0;
    const first = this.lex && pad === 0 ? this.lex.first(low) : -1;
    this.info[id * IB + I_FIRST] = first;
    if (first >= 0) {
      const own = first & ~LEX_CONTINUES;
      for (let d = -this.far; d <= this.far; d++) {
        let m = own;
        while (m !== 0) {
          const b = 31 - Math.clz32(m);
          m &= ~(1 << b);
          addF64(v, base + (d + PAD) * VS, this.lexVec, this.lexAt(d, 0, b, d === 0 ? h.capc : 0));
        }
      }
    }
  }

  private addCapWindow(ci: number, cm2: number, cm1: number, c0: number, cp1: number, cp2: number): number {
    if (this.capCount === 0xffff) {
      this.capIndex.fill(0);
      this.capCount = 0;
    }
    if ((this.capCount + 1) * L > this.capVec.length) {
      const v = new Float64Array(this.capVec.length * 2);
      v.set(this.capVec);
      this.capVec = v;
    }
    const at = this.capCount * L;
    this.capVec.fill(0, at, at + L);
    if (this.on.capctx) {
      this.addKey(key2(T.capm2, cm2, c0), this.capVec, at);
      this.addKey(key2(T.capp2, c0, cp2), this.capVec, at);
      this.addKey(key3(T.capwin, cm1 * 16 + cm2, c0, cp1 * 16 + cp2), this.capVec, at);
    }
    if (this.on.shape) {
      this.addKey(key2(T.capm1, cm1, c0), this.capVec, at);
      this.addKey(key2(T.capp1, c0, cp1), this.capVec, at);
    }
    this.capIndex[ci] = ++this.capCount;
    return this.capCount;
  }

  /**
   * Makes room: keeps the half of the cached words met most recently (their blocks moved down to
   * ids 2, 3 …, in the order they were added, which is the map's order) and forgets the others.
   */
  private evict(): void {
    const used = this.lastUse.slice(2, this.count).sort();
    const cut = used[used.length >> 1];
    const half = this.maxWords >> 1;
    let kept = 2;
    this.count = this.ids.compact(
      2,
      this.count,
      (id) => this.lastUse[id] >= cut && ++kept <= half,
      (from, to) => {
        this.vec.copyWithin(to * WB, from * WB, (from + 1) * WB);
        this.lastUse[to] = this.lastUse[from];
      },
    );
  }

  private grow(capacity: number): void {
    const vec = new Float64Array(capacity * WB);
    vec.set(this.vec);
    this.vec = vec;
    this.info = new Int32Array(vec.buffer);
    const lastUse = new Int32Array(capacity);
    lastUse.set(this.lastUse);
    this.lastUse = lastUse;
    this.capacity = capacity;
  }

  private growSentence(size: number): void {
    const r = Math.max(size, this.room * 2, 64);
    this.room = r;
    this.sid = new Int32Array(r);
    this.sLow = new Int32Array(r);
    this.sShape = new Int32Array(r);
    this.sCap = new Int32Array(r);
    this.sPre = new Int32Array(r * NPRE);
    this.xBegin = new Int32Array(r);
    this.xInside = new Int32Array(r);
    this.near = new Uint8Array(r);
  }
}
