/**
 * Near-duplicate detection: MinHash signatures over word 3-shingles, and LSH banding so that
 * only documents sharing a band are compared. With 42 bands of 3 rows, pairs whose shingle
 * Jaccard similarity is 0.5 become candidates with probability 0.996, pairs at 0.3 with 0.68 and
 * unrelated texts (≈0.01) almost never; candidates are then checked on the whole signature.
 */
import { fnv } from '../util/fnv.js';
import { simdMinhash, type SimdMinhash } from './minhash-simd.js';

export const ROWS = 3;
export const BANDS = 42;
export const NUM_HASHES = ROWS * BANDS;
/** below this many words a text is too short to say anything about copies */
export const MIN_WORDS = 8;

/** murmur3's finalizer: a bijective 32-bit mix */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** One fixed seed per hash function, from a fixed generator: signatures are comparable across runs. */
const SEEDS = (() => {
  const seeds = new Uint32Array(NUM_HASHES);
  let s = 0x2545f491;
  for (let i = 0; i < NUM_HASHES; i++) {
    s = (s + 0x9e3779b9) >>> 0;
    seeds[i] = fmix32(s);
  }
  return seeds;
})();

function wordHash(w: string): number {
  return fnv(w) >>> 0;
}

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

/** The same loop in WebAssembly SIMD, four hashes at a time (null where unavailable). */
const SIMD = simdMinhash(SEEDS);

/** Signature of a text, or null when it has fewer than MIN_WORDS words. */
export function minhash(text: string): Uint32Array | null {
  const words = text.normalize('NFKD').replace(MARKS, '').toLowerCase().match(WORD);
  if (!words || words.length < MIN_WORDS) return null;
  return SIMD ? minhashSimd(words, SIMD) : minhashJs(words);
}

function shingleOf(a: number, b: number, c: number): number {
  return fmix32(Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d));
}

function minhashSimd(words: string[], simd: SimdMinhash): Uint32Array {
  simd.start();
  let a = wordHash(words[0]!);
  let b = wordHash(words[1]!);
  for (let i = 2; i < words.length; i++) {
    const c = wordHash(words[i]!);
    simd.add(shingleOf(a, b, c));
    a = b;
    b = c;
  }
  return simd.finish(NUM_HASHES);
}

/** Exported for the test that holds the two loops to the same signatures. */
export function minhashJs(words: string[]): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  let a = wordHash(words[0]!);
  let b = wordHash(words[1]!);
  for (let i = 2; i < words.length; i++) {
    const c = wordHash(words[i]!);
    const shingle = shingleOf(a, b, c);
    for (let k = 0; k < NUM_HASHES; k++) {
      const v = fmix32(shingle ^ SEEDS[k]!);
      if (v < sig[k]!) sig[k] = v;
    }
    a = b;
    b = c;
  }
  return sig;
}

/** One integer per band (52 bits, safe in JavaScript and SQLite): equal bands, equal keys. */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = new Array(BANDS);
  for (let band = 0; band < BANDS; band++) {
    let h1 = fmix32(band + 0x632be5ab);
    let h2 = fmix32(band ^ 0x5bd1e995);
    for (let r = 0; r < ROWS; r++) {
      const v = sig[band * ROWS + r]!;
      h1 = fmix32(h1 ^ v);
      h2 = fmix32(Math.imul(h2, 31) + v);
    }
    keys[band] = (h2 & 0xfffff) * 0x100000000 + h1;
  }
  return keys;
}

/** Share of equal positions: an estimate of the Jaccard similarity of the two shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) same++;
  return same / NUM_HASHES;
}

export function signatureToBytes(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function signatureFromBytes(buf: Uint8Array): Uint32Array {
  const copy = new Uint8Array(buf.byteLength);
  copy.set(buf);
  return new Uint32Array(copy.buffer);
}
