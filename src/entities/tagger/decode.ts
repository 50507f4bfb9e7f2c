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
  for (let p = -1; p < L; p++) {
    const allowed = p < 0 ? !INSIDE[y] : !INSIDE[y] || p === y - 1 || p === y;
    if (ALLOWED[(p < 0 ? L : p) * L + y] !== (allowed ? 1 : 0)) throw new Error('BIO transitions are not as Viterbi assumes');
  }
if (L !== 7 || INSIDE.join('') !== '0010101') throw new Error('Viterbi is written out for the labels O, B-X, I-X of three types');

export class Viterbi {
  private back = new Int8Array(0);

  /**
   * Best label sequence for per-token label scores `emit[i * L + y]`; written into `out`. Ties go to the
   * lowest previous label. An I-X label (2, 4, 6) is reached only from B-X (y - 1) or I-X (y), and not
   * from the sentence start; every other label from any label. The loop is written out for the seven
   * labels, the scores of the previous token and the allowed transitions held in locals.
   */
  decode(emit: ArrayLike<number>, n: number, trans: Transitions, out: Int32Array | number[]): void {
    if (n === 0) return;
    if (this.back.length < n * L) this.back = new Int8Array(n * L * 2);
    const back = this.back;
    // Transition scores, from p to y, as locals (only the allowed ones).
    const t00 = trans[0];
    const t10 = trans[7];
    const t20 = trans[14];
    const t30 = trans[21];
    const t40 = trans[28];
    const t50 = trans[35];
    const t60 = trans[42];
    const t01 = trans[1];
    const t11 = trans[8];
    const t21 = trans[15];
    const t31 = trans[22];
    const t41 = trans[29];
    const t51 = trans[36];
    const t61 = trans[43];
    const t12 = trans[9];
    const t22 = trans[16];
    const t03 = trans[3];
    const t13 = trans[10];
    const t23 = trans[17];
    const t33 = trans[24];
    const t43 = trans[31];
    const t53 = trans[38];
    const t63 = trans[45];
    const t34 = trans[25];
    const t44 = trans[32];
    const t05 = trans[5];
    const t15 = trans[12];
    const t25 = trans[19];
    const t35 = trans[26];
    const t45 = trans[33];
    const t55 = trans[40];
    const t65 = trans[47];
    const t56 = trans[41];
    const t66 = trans[48];
    // The best scores of the previous token, one per label.
    let d0 = emit[0] + trans[49];
    let d1 = emit[1] + trans[50];
    let d2 = -Infinity;
    let d3 = emit[3] + trans[52];
    let d4 = -Infinity;
    let d5 = emit[5] + trans[54];
    let d6 = -Infinity;
    for (let i = 1; i < n; i++) {
      const e = i * L;
      let b: number;
      let a: number;
      let s: number;
      b = d0 + t00;
      a = 0;
      s = d1 + t10;
      if (s > b) {
        b = s;
        a = 1;
      }
      s = d2 + t20;
      if (s > b) {
        b = s;
        a = 2;
      }
      s = d3 + t30;
      if (s > b) {
        b = s;
        a = 3;
      }
      s = d4 + t40;
      if (s > b) {
        b = s;
        a = 4;
      }
      s = d5 + t50;
      if (s > b) {
        b = s;
        a = 5;
      }
      s = d6 + t60;
      if (s > b) {
        b = s;
        a = 6;
      }
      const n0 = b + emit[e + 0];
      back[e + 0] = a;
      b = d0 + t01;
      a = 0;
      s = d1 + t11;
      if (s > b) {
        b = s;
        a = 1;
      }
      s = d2 + t21;
      if (s > b) {
        b = s;
        a = 2;
      }
      s = d3 + t31;
      if (s > b) {
        b = s;
        a = 3;
      }
      s = d4 + t41;
      if (s > b) {
        b = s;
        a = 4;
      }
      s = d5 + t51;
      if (s > b) {
        b = s;
        a = 5;
      }
      s = d6 + t61;
      if (s > b) {
        b = s;
        a = 6;
      }
      const n1 = b + emit[e + 1];
      back[e + 1] = a;
      b = d1 + t12;
      a = 1;
      s = d2 + t22;
      if (s > b) {
        b = s;
        a = 2;
      }
      if (b === -Infinity) a = 0;
      const n2 = b + emit[e + 2];
      back[e + 2] = a;
      b = d0 + t03;
      a = 0;
      s = d1 + t13;
      if (s > b) {
        b = s;
        a = 1;
      }
      s = d2 + t23;
      if (s > b) {
        b = s;
        a = 2;
      }
      s = d3 + t33;
      if (s > b) {
        b = s;
        a = 3;
      }
      s = d4 + t43;
      if (s > b) {
        b = s;
        a = 4;
      }
      s = d5 + t53;
      if (s > b) {
        b = s;
        a = 5;
      }
      s = d6 + t63;
      if (s > b) {
        b = s;
        a = 6;
      }
      const n3 = b + emit[e + 3];
      back[e + 3] = a;
      b = d3 + t34;
      a = 3;
      s = d4 + t44;
      if (s > b) {
        b = s;
        a = 4;
      }
      if (b === -Infinity) a = 0;
      const n4 = b + emit[e + 4];
      back[e + 4] = a;
      b = d0 + t05;
      a = 0;
      s = d1 + t15;
      if (s > b) {
        b = s;
        a = 1;
      }
      s = d2 + t25;
      if (s > b) {
        b = s;
        a = 2;
      }
      s = d3 + t35;
      if (s > b) {
        b = s;
        a = 3;
      }
      s = d4 + t45;
      if (s > b) {
        b = s;
        a = 4;
      }
      s = d5 + t55;
      if (s > b) {
        b = s;
        a = 5;
      }
      s = d6 + t65;
      if (s > b) {
        b = s;
        a = 6;
      }
      const n5 = b + emit[e + 5];
      back[e + 5] = a;
      b = d5 + t56;
      a = 5;
      s = d6 + t66;
      if (s > b) {
        b = s;
        a = 6;
      }
      if (b === -Infinity) a = 0;
      const n6 = b + emit[e + 6];
      back[e + 6] = a;
      d0 = n0;
      d1 = n1;
      d2 = n2;
      d3 = n3;
      d4 = n4;
      d5 = n5;
      d6 = n6;
    }
    let best = -Infinity;
    let arg = 0;
    if (d0 > best) {
      best = d0;
      arg = 0;
    }
    if (d1 > best) {
      best = d1;
      arg = 1;
    }
    if (d2 > best) {
      best = d2;
      arg = 2;
    }
    if (d3 > best) {
      best = d3;
      arg = 3;
    }
    if (d4 > best) {
      best = d4;
      arg = 4;
    }
    if (d5 > best) {
      best = d5;
      arg = 5;
    }
    if (d6 > best) {
      best = d6;
      arg = 6;
    }
    out[n - 1] = arg;
    for (let i = n - 1; i > 0; i--) {
      arg = back[i * L + arg];
      out[i - 1] = arg;
    }
  }
}

export { ALLOWED };
