/**
 * FNV-1a over UTF-16 code units, 32 bits as a signed integer: the one word hash of Warta's tables
 * (knowledge-base fingerprints, the tagger's word ids and feature keys, the times and trigger
 * lexicons, MinHash shingles). Callers that read a word's characters anyway hash them as they go
 * with `fnvStep`, so no substring is made.
 */

/** The hash before the first code unit. */
export const FNV_SEED = 0x811c9dc5 | 0;

/** The hash after one more code unit. */
export function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

/** The hash of text[start, end). */
export function fnvAt(text: string, start: number, end: number): number {
  let h = FNV_SEED;
  for (let k = start; k < end; k++) h = fnvStep(h, text.charCodeAt(k));
  return h;
}

/** The hash of text[start, end) with its ASCII capitals read as small letters (what `WordTable.findFolded` asks for). */
export function fnvFoldedAt(text: string, start: number, end: number): number {
  let h = FNV_SEED;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    h = fnvStep(h, c >= 65 && c <= 90 ? c + 32 : c);
  }
  return h;
}

/** The hash of a whole string. */
export function fnv(s: string): number {
  return fnvAt(s, 0, s.length);
}
