/** Case tests on a word's first character, read by character code for ASCII (most words). */
const UPPER_FIRST = /^\p{Lu}/u;

/** Whether a word starts with a capital letter (`/^\p{Lu}/u`). */
export function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(w);
}
