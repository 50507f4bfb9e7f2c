/**
 * Memory for per-token typed arrays, reused from one document to the next: a stage that builds a few
 * typed arrays per document and drops them before the next spends more on allocating them than on
 * filling them. The views a call returns are valid until the next call on the same Scratch. A very
 * long document gets arrays of its own, so one outlier does not keep a huge buffer alive.
 */
const POOL_MAX = 1 << 20;

export class Scratch {
  private i32 = new Int32Array(0);
  private u8 = new Uint8Array(0);

  /** One Int32Array view per size, side by side in one buffer (contents left as they were). */
  int32Views(sizes: readonly number[]): Int32Array[] {
    const need = sizes.reduce((a, b) => a + b, 0);
    let buf = this.i32;
    if (need > POOL_MAX) buf = new Int32Array(need);
    else if (need > buf.length) buf = this.i32 = new Int32Array(Math.min(POOL_MAX, Math.max(need, 2 * buf.length)));
    const out: Int32Array[] = [];
    let off = 0;
    for (const n of sizes) {
      out.push(buf.subarray(off, off + n));
      off += n;
    }
    return out;
  }

  /** A Uint8Array view of n zeros. */
  uint8View(n: number): Uint8Array {
    if (n > POOL_MAX) return new Uint8Array(n);
    if (n > this.u8.length) this.u8 = new Uint8Array(Math.min(POOL_MAX, Math.max(n, 2 * this.u8.length)));
    const v = this.u8.subarray(0, n);
    v.fill(0);
    return v;
  }
}
