/** Read-only open-addressing map from 32-bit keys to non-negative 32-bit values (-1: absent). */
export class IntMap {
  private readonly mask: number;
  private readonly slots: Int32Array;
  private readonly vals: Int32Array;

  constructor(keys: ArrayLike<number>, values: ArrayLike<number>) {
    let cap = 16;
    while (cap < keys.length * 2) cap *= 2;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap);
    this.vals = new Int32Array(cap).fill(-1);
    for (let i = 0; i < keys.length; i++) {
      let s = keys[i] & this.mask;
      while (this.vals[s] !== -1 && this.slots[s] !== keys[i]) s = (s + 1) & this.mask;
      this.slots[s] = keys[i];
      this.vals[s] = values[i];
    }
  }

  get(key: number): number {
    let s = key & this.mask;
    for (;;) {
      const v = this.vals[s];
      if (v === -1 || this.slots[s] === key) return v;
      s = (s + 1) & this.mask;
    }
  }
}
