/**
 * The MinHash inner loop in WebAssembly SIMD: for every shingle, its 126 seeded murmur3 mixes and
 * their running minimum, four lanes at a time (the same arithmetic as the JavaScript loop, so the
 * same signature). The module is a few hundred bytes, assembled here by hand:
 *
 *   memory: seeds (128 × u32) at 0, the signature at 512, the shingles from 1024
 *   run(n): for i < n: s = splat(shingle[i]); for k in 0..512 step 16:
 *             h = s ^ seeds[k]; h ^= h >>> 16; h *= 0x85ebca6b; h ^= h >>> 13; h *= 0xc2b2ae35; h ^= h >>> 16
 *             sig[k] = min_u(sig[k], h)
 *
 * `null` where WebAssembly SIMD is unavailable: the caller keeps its JavaScript loop.
 */

const SEEDS_AT = 0;
const SIG_AT = 512 / 4;
const SHINGLES_AT = 1024 / 4;
const LANES = 128;
const PAGE = 65536;
/** shingles per call that fit in the one page of memory */
const MAX_SHINGLES = (PAGE - 1024) / 4;

const simd = (op: number[]): number[] => [0xfd, ...op];
const v128Const = (u32: number): number[] => {
  const b: number[] = [];
  for (let lane = 0; lane < 4; lane++) for (let i = 0; i < 4; i++) b.push((u32 >>> (8 * i)) & 0xff);
  return simd([0x0c, ...b]);
};
// locals: 0 n, 1 i, 2 k (i32); 3 s, 4 h (v128)
const XOR = simd([0x51]);
const SHR_U = simd([0xad, 0x01]);
const MUL = simd([0xb5, 0x01]);
const MIN_U = simd([0xb7, 0x01]);
const get = (i: number): number[] => [0x20, i];
const set = (i: number): number[] => [0x21, i];
const tee = (i: number): number[] => [0x22, i];
const i32 = (v: number): number[] => (v < 64 ? [0x41, v] : [0x41, (v & 0x7f) | 0x80, v >> 7]); // signed LEB128, v < 8192
const xorShift = (bits: number): number[] => [...tee(4), ...get(4), ...i32(bits), ...SHR_U, ...XOR];

const BODY = [
  0x02, 0x02, 0x7f, 0x02, 0x7b, // locals: 2 × i32, 2 × v128
  0x02, 0x40, // block
  0x03, 0x40, // loop (shingles)
  ...get(1), ...get(0), 0x4f, 0x0d, 0x01, // if i >= n: break
  ...get(1), ...i32(2), 0x74, 0x28, 0x02, 0x80, 0x08, // i32.load offset=1024 (i << 2)
  ...simd([0x11]), ...set(3), // s = splat
  ...i32(0), ...set(2), // k = 0
  0x03, 0x40, // loop (lanes)
  ...get(3), ...get(2), ...simd([0x00, 0x04, 0x00]), ...XOR, // s ^ seeds[k]
  ...xorShift(16), ...tee(4), ...v128Const(0x85ebca6b), ...MUL,
  ...xorShift(13), ...tee(4), ...v128Const(0xc2b2ae35), ...MUL,
  ...xorShift(16), ...set(4),
  ...get(2), ...get(2), ...simd([0x00, 0x04, 0x80, 0x04]), ...get(4), ...MIN_U, ...simd([0x0b, 0x04, 0x80, 0x04]), // sig[k] = min_u(sig[k], h)
  ...get(2), ...i32(16), 0x6a, ...tee(2), ...i32(512), 0x49, 0x0d, 0x00, // k += 16; continue while k < 512
  0x0b, // end loop (lanes)
  ...get(1), ...i32(1), 0x6a, ...set(1), 0x0c, 0x00, // i++; continue
  0x0b, // end loop (shingles)
  0x0b, // end block
  0x0b, // end function
];

const uleb = (v: number): number[] => {
  const out: number[] = [];
  do {
    let byte = v & 0x7f;
    v >>>= 7;
    if (v) byte |= 0x80;
    out.push(byte);
  } while (v);
  return out;
};
const section = (id: number, content: number[]): number[] => [id, ...uleb(content.length), ...content];
const name = (s: string): number[] => [s.length, ...[...s].map((c) => c.charCodeAt(0))];

const MODULE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, [0x01, 0x60, 0x01, 0x7f, 0x00]), // type: (i32) -> ()
  ...section(3, [0x01, 0x00]), // one function of that type
  ...section(5, [0x01, 0x00, 0x01]), // one memory of one page
  ...section(7, [0x02, ...name('mem'), 0x02, 0x00, ...name('run'), 0x00, 0x00]),
  ...section(10, [0x01, ...uleb(BODY.length), ...BODY]),
]);

/** The little of the WebAssembly API used here (the project's TypeScript libraries do not declare it). */
interface Wasm {
  Module: new (bytes: Uint8Array) => unknown;
  Instance: new (module: unknown) => { exports: { run: (n: number) => void; mem: { buffer: ArrayBuffer } } };
}

export interface SimdMinhash {
  /** signature (`hashes` values) of the shingle hashes pushed with `add` since `start` */
  start(): void;
  add(shingle: number): void;
  finish(hashes: number): Uint32Array;
}

export function simdMinhash(seeds: Uint32Array): SimdMinhash | null {
  if (seeds.length > LANES) return null;
  let run: (n: number) => void;
  let mem: Uint32Array;
  try {
    const wasm = (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly;
    const instance = new wasm.Instance(new wasm.Module(MODULE));
    run = instance.exports.run;
    mem = new Uint32Array(instance.exports.mem.buffer);
  } catch {
    return null;
  }
  mem.set(seeds, SEEDS_AT);
  let n = 0;
  return {
    start() {
      mem.fill(0xffffffff, SIG_AT, SIG_AT + LANES);
      n = 0;
    },
    add(shingle) {
      mem[SHINGLES_AT + n++] = shingle;
      if (n === MAX_SHINGLES) {
        run(n);
        n = 0;
      }
    },
    finish(hashes) {
      if (n > 0) run(n);
      n = 0;
      return mem.slice(SIG_AT, SIG_AT + hashes);
    },
  };
}
