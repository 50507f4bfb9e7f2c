/**
 * A read-only map from words to values that is looked up by a span of a text (text[start, end))
 * and its hash (src/util/fnv.ts) that the caller computes while it reads the span's characters anyway: no token string is
 * touched, made or hashed. Open addressing over a typed array a quarter full, so a word that is
 * not there (most words of a text) usually costs one array read.
 */
import { fnvAt } from './fnv.js';

function slotOf(h: number, mask: number): number {
  return (h ^ (h >>> 15)) & mask;
}

export class WordTable<V> {
  private readonly keys: string[] = [];
  private readonly values: V[] = [];
  /** per entry, a small number the owner derives from its value (flags it reads often) */
  private readonly tags: Int32Array;
  /** two numbers a slot, side by side: the key's hash, and its entry index + 1 (0: an empty slot) */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `tagOf`: the number `tag(i)` gives for an entry, so that a caller need not read the value for it */
  constructor(entries: Iterable<readonly [string, V]>, tagOf: (value: V) => number = () => 0) {
    const list = [...entries];
    let size = 16;
    while (size < list.length * 4) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(2 * size);
    for (const [key, value] of list) {
      const h = fnvAt(key, 0, key.length);
      let s = slotOf(h, this.mask);
      let dup = false;
      while (this.slots[2 * s + 1] !== 0) {
        if (this.slots[2 * s] === h && this.keys[this.slots[2 * s + 1]! - 1] === key) {
          this.values[this.slots[2 * s + 1]! - 1] = value;
          dup = true;
          break;
        }
        s = (s + 1) & this.mask;
      }
      if (dup) continue;
      this.keys.push(key);
      this.values.push(value);
      this.slots[2 * s] = h;
      this.slots[2 * s + 1] = this.keys.length;
    }
    this.tags = new Int32Array(this.values.length);
    for (let i = 0; i < this.values.length; i++) this.tags[i] = tagOf(this.values[i]!);
  }

  /** The entry index of text[start, end), whose hash (`fnvAt`) is `h`, or -1. */
  find(text: string, start: number, end: number, h: number): number {
    return this.lookup(text, start, end, h, false);
  }

  /**
   * `find` for text[start, end) with its ASCII capitals read as small letters; `h` is the hash of
   * the span so read (`fnvFoldedAt`, or the same steps in a caller's own pass over the span).
   */
  findFolded(text: string, start: number, end: number, h: number): number {
    return this.lookup(text, start, end, h, true);
  }

  private lookup(text: string, start: number, end: number, h: number, fold: boolean): number {
    const n = end - start;
    const slots = this.slots;
    for (let s = slotOf(h, this.mask); ; s = (s + 1) & this.mask) {
      const e = slots[2 * s + 1]!;
      if (e === 0) return -1;
      if (slots[2 * s] !== h) continue;
      const key = this.keys[e - 1]!;
      if (key.length !== n) continue;
      let k = 0;
      for (; k < n; k++) {
        let c = text.charCodeAt(start + k);
        if (fold && c >= 65 && c <= 90) c += 32;
        if (key.charCodeAt(k) !== c) break;
      }
      if (k === n) return e - 1;
    }
  }

  /** The value of entry i (an index `find` gave). */
  value(i: number): V {
    return this.values[i]!;
  }

  /** The tag of entry i (an index `find` gave). */
  tag(i: number): number {
    return this.tags[i]!;
  }

  /** The value of text[start, end), whose hash (`fnvAt`) is `h`. */
  getAt(text: string, start: number, end: number, h: number): V | undefined {
    const i = this.find(text, start, end, h);
    return i < 0 ? undefined : this.values[i];
  }
}
