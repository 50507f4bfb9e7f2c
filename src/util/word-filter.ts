/**
 * A quick "certainly not in the list" test for words: one bit per cheap key of a word (its first and
 * last code units and its length). A clear bit means the word was never added, so most words of a
 * text are ruled out without making or hashing their string; a set bit means "look it up".
 */
const BITS = 1 << 16;

function key(first: number, last: number, length: number): number {
  return ((first * 31 + last) * 31 + length) & (BITS - 1);
}

export class WordFilter {
  private readonly bits = new Uint32Array(BITS / 32);

  add(word: string): void {
    if (word !== '') this.addCodes(word.charCodeAt(0), word.charCodeAt(word.length - 1), word.length);
  }

  /** Adds a word by its first and last code units and its length (for callers that fold them first). */
  addCodes(first: number, last: number, length: number): void {
    const k = key(first, last, length);
    this.bits[k >>> 5]! |= 1 << (k & 31);
  }

  /** False when `word` was certainly never added. */
  mayHave(word: string): boolean {
    return word !== '' && this.mayHaveCodes(word.charCodeAt(0), word.charCodeAt(word.length - 1), word.length);
  }

  /** False when text[start, end) was certainly never added. */
  mayHaveAt(text: string, start: number, end: number): boolean {
    return end > start && this.mayHaveCodes(text.charCodeAt(start), text.charCodeAt(end - 1), end - start);
  }

  /** The same test from a word's first and last code units and its length. */
  mayHaveCodes(first: number, last: number, length: number): boolean {
    const k = key(first, last, length);
    return (this.bits[k >>> 5]! & (1 << (k & 31))) !== 0;
  }
}
