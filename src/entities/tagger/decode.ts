/**
 * First-order Viterbi over the BIO labels. Transitions that break BIO (O → I-X, B-X → I-Y) are never taken.
 * Scratch arrays are kept between calls: decoding allocates only the returned labels.
 */
import { NUM_LABELS, allowedTransition, isInside } from './labels.js';

const L = NUM_LABELS;

/** Transition scores laid out as [from * L + to] for from in 0..L-1, and row L for the sentence start. */
export type Transitions = Float32Array | Float64Array;

const ALLOWED = new Uint8Array((L + 1) * L);
for (let from = -1; from < L; from++)
  for (let to = 0; to < L; to++) ALLOWED[(from < 0 ? L : from) * L + to] = allowedTransition(from, to) ? 1 : 0;

/** Labels that only B-X or I-X of the same type may precede (I-X). */
const INSIDE = Uint8Array.from({ length: L }, (_, y) => (isInside(y) ? 1 : 0));
for (let y = 0; y < L; y++)
  for (let p = 0; p < L; p++) if (ALLOWED[p * L + y] !== (!INSIDE[y] || p === y - 1 || p === y ? 1 : 0)) throw new Error('BIO transitions are not as Viterbi assumes');

export class Viterbi {
  private delta = new Float64Array(0);
  private back = new Int8Array(0);

  /**
   * Best label sequence for per-token label scores `emit[i * L + y]`; written into `out`. Ties go to the
   * lowest previous label. An I-X label is reached only from B-X (y - 1) or I-X (y); every other label
   * from any label, so those two cases are written out instead of testing ALLOWED for all 49 pairs.
   */
  decode(emit: ArrayLike<number>, n: number, trans: Transitions, out: Int32Array | number[]): void {
    if (n === 0) return;
    if (this.delta.length < n * L) {
      this.delta = new Float64Array(n * L * 2);
      this.back = new Int8Array(n * L * 2);
    }
    const delta = this.delta;
    const back = this.back;
    for (let y = 0; y < L; y++) delta[y] = ALLOWED[L * L + y] ? emit[y] + trans[L * L + y] : -Infinity;
    for (let i = 1; i < n; i++) {
      const base = i * L;
      const prev = base - L;
      for (let y = 0; y < L; y++) {
        let best: number;
        let arg: number;
        if (INSIDE[y]) {
          best = delta[prev + y - 1] + trans[(y - 1) * L + y];
          arg = y - 1;
          const s = delta[prev + y] + trans[y * L + y];
          if (s > best) {
            best = s;
            arg = y;
          }
          // -Infinity from both: the first allowed label, as the general loop below would leave it.
          if (best === -Infinity) arg = 0;
        } else {
          best = delta[prev] + trans[y];
          arg = 0;
          for (let p = 1; p < L; p++) {
            const s = delta[prev + p] + trans[p * L + y];
            if (s > best) {
              best = s;
              arg = p;
            }
          }
        }
        delta[base + y] = best + emit[base + y];
        back[base + y] = arg;
      }
    }
    let best = -Infinity;
    let arg = 0;
    const last = (n - 1) * L;
    for (let y = 0; y < L; y++) {
      if (delta[last + y] > best) {
        best = delta[last + y];
        arg = y;
      }
    }
    out[n - 1] = arg;
    for (let i = n - 1; i > 0; i--) {
      arg = back[i * L + arg];
      out[i - 1] = arg;
    }
  }
}

export { ALLOWED };
