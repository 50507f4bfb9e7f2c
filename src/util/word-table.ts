/**
 * A read-only map from words to values that is looked up by a span of a text (text[start, end))
 * and a hash the caller computes while it reads the span's characters anyway: no token string is
 * touched, made or hashed. Open addressing over a typed array a quarter full, so a word that is
 * not there (most words of a text) usually costs one array read.
 */

/** The hash before the first character. */
export const HASH_SEED = 0x811c9dc5 | 0;

/** The hash after one more character (FNV-1a step over UTF-16 code units). */
export function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, 16777619);
}

/** The hash of text[start, end). */
export function hashAt(text: string, start: number, end: number): number {
  let h = HASH_SEED;
  for (let k = start; k < end; k++) h = hashStep(h, text.charCodeAt(k));
  return h;
}

function slotOf(h: number, mask: number): number {
  return (h ^ (h >>> 15)) & mask;
}

export class WordTable<V> {
  private readonly keys: string[] = [];
  private readonly values: V[] = [];
  private readonly hashes: Int32Array;
  /** entry index + 1, or 0 for an empty slot */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(entries: Iterable<readonly [string, V]>) {
    const list = [...entries];
    let size = 16;
    while (size < list.length * 4) size *= 2;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.slots = new Int32Array(size);
    for (const [key, value] of list) {
      const h = hashAt(key, 0, key.length);
      let s = slotOf(h, this.mask);
      let dup = false;
      while (this.slots[s] !== 0) {
        if (this.hashes[s] === h && this.keys[this.slots[s]! - 1] === key) {
          this.values[this.slots[s]! - 1] = value;
          dup = true;
          break;
        }
        s = (s + 1) & this.mask;
      }
      if (dup) continue;
      this.keys.push(key);
      this.values.push(value);
      this.hashes[s] = h;
      this.slots[s] = this.keys.length;
    }
  }

  /** The value of text[start, end), whose hash (`hashAt`) is `h`. */
  getAt(text: string, start: number, end: number, h: number): V | undefined {
    const n = end - start;
    for (let s = slotOf(h, this.mask); ; s = (s + 1) & this.mask) {
      const e = this.slots[s]!;
      if (e === 0) return undefined;
      if (this.hashes[s] !== h) continue;
      const key = this.keys[e - 1]!;
      if (key.length !== n) continue;
      let k = 0;
      while (k < n && key.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === n) return this.values[e - 1];
    }
  }
}
