/**
 * First-order Viterbi over the BIO labels. Transitions that break BIO (O → I-X, B-X → I-Y) are never taken.
 * Scratch arrays are kept between calls: decoding allocates only the returned labels.
 */
import { NUM_LABELS, allowedTransition } from './labels.js';

const L = NUM_LABELS;

/** Transition scores laid out as [from * L + to] for from in 0..L-1, and row L for the sentence start. */
export type Transitions = Float32Array | Float64Array;

const ALLOWED = new Uint8Array((L + 1) * L);
for (let from = -1; from < L; from++)
  for (let to = 0; to < L; to++) ALLOWED[(from < 0 ? L : from) * L + to] = allowedTransition(from, to) ? 1 : 0;

export class Viterbi {
  private delta = new Float64Array(0);
  private back = new Int8Array(0);

  /** Best label sequence for per-token label scores `emit[i * L + y]`; written into `out`. */
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
        let best = -Infinity;
        let arg = 0;
        for (let p = 0; p < L; p++) {
          if (!ALLOWED[p * L + y]) continue;
          const s = delta[prev + p] + trans[p * L + y];
          if (s > best) {
            best = s;
            arg = p;
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
