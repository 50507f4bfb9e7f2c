/**
 * Matching keys for names: the same key for the knowledge base's aliases and the text's tokens.
 * Diacritics folded, lower case, every run of characters that are not letters or digits one space:
 * `Kim Jong-un` and `KIM_JONG_UN` both become `kim jong un`.
 */

const MARKS = /\p{M}+/gu;
const NON_ALNUM = /[^\p{L}\p{N}]+/gu;
const PLAIN = /^[a-z0-9]+$/;

/** The matching key of a name or a token. */
export function nameKey(s: string): string {
  // Fast path: most tokens are plain ASCII words.
  const low = s.toLowerCase();
  if (PLAIN.test(low)) return low;
  return low.normalize('NFKD').replace(MARKS, '').replace(NON_ALNUM, ' ').trim();
}

/**
 * The case a surface form asks of the text, word by word (words split at white space):
 * `U` all capitals (an acronym: `AS`, `PBB`) must be written in capitals; `T` capitalised must start
 * with a capital; `L` lower case may be written either way (`dan`, `untuk`).
 */
export function caseSignature(surface: string): string {
  let sig = '';
  for (const word of surface.split(/\s+/)) {
    if (word === '') continue;
    const letters = word.replace(/[^\p{L}]/gu, '');
    if (letters.length === 0) sig += 'L';
    else if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) sig += 'U';
    else if (/^\P{L}*\p{Lu}/u.test(word)) sig += 'T';
    else sig += 'L';
  }
  return sig;
}

const UPPER_START = /^\P{L}*\p{Lu}/u;

/** Whether a span of text honours a case signature (word counts that differ: only the first word is checked). */
export function honoursCase(text: string, sig: string): boolean {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const n = words.length === sig.length ? words.length : Math.min(1, words.length);
  for (let i = 0; i < n; i++) {
    const c = sig[i];
    const w = words[i]!;
    if (c === 'T' && !UPPER_START.test(w)) return false;
    if (c === 'U') {
      const letters = w.replace(/[^\p{L}]/gu, '');
      if (letters !== letters.toUpperCase()) return false;
    }
  }
  return true;
}
