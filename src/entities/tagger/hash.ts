/**
 * 32-bit hashing for feature keys: strings are hashed (FNV-1a, util/fnv.ts) straight from their characters (no substrings,
 * no lower-cased copies), then combined with template ids by a murmur3-style mixer.
 */

import { FNV_SEED, fnvStep } from '../../util/fnv.js';

/** Lower case of one UTF-16 code unit, without allocating for ASCII (the common case). */
export function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  const s = String.fromCharCode(c).toLowerCase();
  return s.length === 1 ? s.charCodeAt(0) : c;
}

/** Is this code unit a lower-case letter (has an upper-case form)? No allocation for ASCII. */
export function isLowerLetter(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  const s = String.fromCharCode(c).toUpperCase();
  return s.length === 1 && s.charCodeAt(0) !== c;
}

/** Hash of the whole string, optionally case-folded. */
export function hashString(s: string, fold: boolean): number {
  let h = FNV_SEED;
  for (let i = 0; i < s.length; i++) h = fnvStep(h, fold ? lowerCode(s.charCodeAt(i)) : s.charCodeAt(i));
  return h;
}

/** murmur3 finalizer: spreads the bits of a combined key. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Combines a running key with one more 32-bit value (order matters). */
export function combine(a: number, b: number): number {
  let k = Math.imul(b, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  let h = a ^ k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** combine(seed, template) for every template id below 256, computed once. */
const SEEDS = new Int32Array(256);
for (let t = 0; t < 256; t++) SEEDS[t] = combine(0x5bd1e995, t);

export function key1(template: number, a: number): number {
  return fmix(combine(SEEDS[template], a));
}

export function key2(template: number, a: number, b: number): number {
  return fmix(combine(combine(SEEDS[template], a), b));
}

export function key3(template: number, a: number, b: number, c: number): number {
  return fmix(combine(combine(combine(SEEDS[template], a), b), c));
}

/** The first half of `key2(template, a, b)` (and of `key3`): `key2(t, a, b) === keyEnd(keyStart(t, a), b)`. */
export function keyStart(template: number, a: number): number {
  return combine(SEEDS[template], a);
}

/** The rest of a key begun by `keyStart`: one more value, then the finalizer. */
export function keyEnd(h: number, b: number): number {
  return fmix(combine(h, b));
}
