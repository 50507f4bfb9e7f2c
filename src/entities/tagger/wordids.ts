/**
 * Word form → small id, for the tagger's word cache: an open-addressing table over a hash of the word's
 * UTF-16 code units, whose 16-byte slots hold the hash, the id and where the word's code units are kept
 * (one growing Uint16Array), so that a lookup compares code units without touching the heap's strings.
 * Faster than a `Map<string, number>` for words that are fresh string objects (a new article's tokens),
 * and the words kept are copies: no view into an article's text stays alive.
 */
import { fnv } from '../../util/fnv.js';

/** FNV-1a over the code units, then a murmur3-style mix so that the low bits pick a slot well. */
export function wordHash(w: string): number {
  let h = fnv(w);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h;
}

/** Slot fields: hash, 1 + id (0: empty), offset of the code units in `chars`, their count. */
const S = 4;

export class WordIds {
  private mask: number;
  private slots: Int32Array;
  private chars = new Uint16Array(1024);
  private used = 0;
  /** Per id: its slot's fields (hash, offset, length), for compaction; length -1: no word. */
  private byId = new Int32Array(3 * 64);
  private size = 0;

  constructor(expected = 64) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * S);
    this.byId.fill(-1);
  }

  /** The id of `w` (hashed by `wordHash`), or -1. */
  get(w: string, h: number): number {
    const slots = this.slots;
    const mask = this.mask;
    const n = w.length;
    let s = h & mask;
    for (;;) {
      const at = s * S;
      const v = slots[at + 1];
      if (v === 0) return -1;
      if (slots[at] === h && slots[at + 3] === n) {
        const chars = this.chars;
        const o = slots[at + 2];
        let k = 0;
        while (k < n && chars[o + k] === w.charCodeAt(k)) k++;
        if (k === n) return v - 1;
      }
      s = (s + 1) & mask;
    }
  }

  /** Adds a word not in the table yet, under `id`. */
  add(w: string, h: number, id: number): void {
    const n = w.length;
    if (this.used + n > this.chars.length) {
      const c = new Uint16Array(Math.max(this.chars.length * 2, this.used + n));
      c.set(this.chars.subarray(0, this.used));
      this.chars = c;
    }
    const o = this.used;
    for (let k = 0; k < n; k++) this.chars[o + k] = w.charCodeAt(k);
    this.used += n;
    this.record(id, h, o, n);
  }

  /**
   * Keeps, of the ids from `first` to `end`, those for which `keep(id)` is true, renumbered `first`,
   * `first` + 1 … in their old order (ids below `first` stay); `moved(from, to)` is told each
   * renumbering. Returns the next free id.
   */
  compact(first: number, end: number, keep: (id: number) => boolean, moved: (from: number, to: number) => void): number {
    const old = this.byId;
    const oldChars = this.chars;
    this.byId = new Int32Array(old.length).fill(-1);
    this.chars = new Uint16Array(oldChars.length);
    this.used = 0;
    this.slots.fill(0);
    this.size = 0;
    let next = 0;
    for (let id = 0; id < end && 3 * id < old.length; id++) {
      const n = old[3 * id + 2];
      if (n < 0 || (id >= first && !keep(id))) continue;
      const to = id < first ? id : Math.max(next, first);
      if (to !== id) moved(id, to);
      const o = old[3 * id + 1];
      this.chars.set(oldChars.subarray(o, o + n), this.used);
      this.record(to, old[3 * id], this.used, n);
      this.used += n;
      next = to + 1;
    }
    return Math.max(next, first);
  }

  private record(id: number, h: number, o: number, n: number): void {
    if ((this.size + 1) * 2 > this.mask + 1) this.rehash((this.mask + 1) * 2);
    const slots = this.slots;
    let s = h & this.mask;
    while (slots[s * S + 1] !== 0) s = (s + 1) & this.mask;
    slots[s * S] = h;
    slots[s * S + 1] = id + 1;
    slots[s * S + 2] = o;
    slots[s * S + 3] = n;
    if (3 * id >= this.byId.length) {
      const b = new Int32Array(Math.max(this.byId.length * 2, 3 * id + 3)).fill(-1);
      b.set(this.byId);
      this.byId = b;
    }
    this.byId[3 * id] = h;
    this.byId[3 * id + 1] = o;
    this.byId[3 * id + 2] = n;
    this.size++;
  }

  private rehash(cap: number): void {
    const old = this.slots;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * S);
    for (let a = 0; a < old.length; a += S) {
      if (old[a + 1] === 0) continue;
      let s = old[a] & this.mask;
      while (this.slots[s * S + 1] !== 0) s = (s + 1) & this.mask;
      this.slots.set(old.subarray(a, a + S), s * S);
    }
  }
}
