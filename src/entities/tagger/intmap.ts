/**
 * Read-only open-addressing map from 32-bit keys to non-negative 32-bit values (-1: absent). A slot's
 * key and value sit side by side, so a lookup reads one cache line.
 */
export class IntMap {
  private readonly mask: number;
  /** Slot s: key at [2s], value at [2s + 1] (-1: empty). */
  private readonly slots: Int32Array;

  constructor(keys: ArrayLike<number>, values: ArrayLike<number>) {
    let cap = 16;
    while (cap < keys.length * 2) cap *= 2;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * 2);
    for (let s = 0; s < cap; s++) this.slots[2 * s + 1] = -1;
    for (let i = 0; i < keys.length; i++) {
      let s = keys[i] & this.mask;
      while (this.slots[2 * s + 1] !== -1 && this.slots[2 * s] !== keys[i]) s = (s + 1) & this.mask;
      this.slots[2 * s] = keys[i];
      this.slots[2 * s + 1] = values[i];
    }
  }

  get(key: number): number {
    const slots = this.slots;
    let s = key & this.mask;
    for (;;) {
      const v = slots[2 * s + 1];
      if (v === -1 || slots[2 * s] === key) return v;
      s = (s + 1) & this.mask;
    }
  }
}
