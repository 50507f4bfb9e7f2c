/**
 * Linear-chain CRF marginals (forward-backward in log space) over the BIO labels, for training:
 * node marginals P(y_i = y) and edge marginals P(y_{i-1} = p, y_i = y) with BIO-illegal moves excluded.
 */
import { NUM_LABELS } from './labels.js';
import { ALLOWED } from './decode.js';

const L = NUM_LABELS;

function logSumExp(a: Float64Array, off: number, n: number): number {
  let m = -Infinity;
  for (let i = 0; i < n; i++) if (a[off + i] > m) m = a[off + i];
  if (m === -Infinity) return m;
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.exp(a[off + i] - m);
  return m + Math.log(s);
}

export class ForwardBackward {
  alpha = new Float64Array(0);
  beta = new Float64Array(0);
  /** Node marginals [i * L + y]. */
  node = new Float64Array(0);
  private tmp = new Float64Array(L);

  /** Computes log Z and node marginals; returns log Z. `trans` as in decode.ts. */
  run(emit: Float64Array, n: number, trans: Float64Array): number {
    if (this.alpha.length < n * L) {
      this.alpha = new Float64Array(n * L * 2);
      this.beta = new Float64Array(n * L * 2);
      this.node = new Float64Array(n * L * 2);
    }
    const { alpha, beta, tmp } = this;
    for (let y = 0; y < L; y++) alpha[y] = ALLOWED[L * L + y] ? trans[L * L + y] + emit[y] : -Infinity;
    for (let i = 1; i < n; i++) {
      for (let y = 0; y < L; y++) {
        for (let p = 0; p < L; p++) tmp[p] = ALLOWED[p * L + y] ? alpha[(i - 1) * L + p] + trans[p * L + y] : -Infinity;
        alpha[i * L + y] = logSumExp(tmp, 0, L) + emit[i * L + y];
      }
    }
    for (let y = 0; y < L; y++) beta[(n - 1) * L + y] = 0;
    for (let i = n - 2; i >= 0; i--) {
      for (let p = 0; p < L; p++) {
        for (let y = 0; y < L; y++) tmp[y] = ALLOWED[p * L + y] ? trans[p * L + y] + emit[(i + 1) * L + y] + beta[(i + 1) * L + y] : -Infinity;
        beta[i * L + p] = logSumExp(tmp, 0, L);
      }
    }
    const logZ = logSumExp(alpha, (n - 1) * L, L);
    for (let k = 0; k < n * L; k++) this.node[k] = Math.exp(alpha[k] + beta[k] - logZ);
    return logZ;
  }

  /** P(y_{i-1} = p, y_i = y) for i ≥ 1, after `run`. */
  edge(emit: Float64Array, trans: Float64Array, logZ: number, i: number, p: number, y: number): number {
    if (!ALLOWED[p * L + y]) return 0;
    return Math.exp(this.alpha[(i - 1) * L + p] + trans[p * L + y] + emit[i * L + y] + this.beta[i * L + y] - logZ);
  }
}
