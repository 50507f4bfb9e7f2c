/**
 * Matching keys for names: the same key for the knowledge base's aliases and the text's tokens.
 * Diacritics folded, lower case, every run of characters that are not letters or digits one space:
 * `Moon Jae-in` and `MOON_JAE_IN` both become `moon jae in`.
 */

const MARKS = /\p{M}+/gu;
const NON_ALNUM = /[^\p{L}\p{N}]+/gu;
const PLAIN = /^[a-z0-9]+$/;

const ASCII_NON_ALNUM = /[^a-z0-9]+/g;

/** The matching key of a name or a token. */
export function nameKey(s: string): string {
  // Fast paths: most tokens are plain ASCII words, and most of the rest ASCII words with a hyphen or a dot
  // (for ASCII text, folding and the Unicode classes reduce to these character ranges).
  let upper = false;
  let other = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return foldedKey(s);
    if (c >= 65 && c <= 90) upper = true;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) other = true;
  }
  const low = upper ? s.toLowerCase() : s;
  return other ? low.replace(ASCII_NON_ALNUM, ' ').trim() : low;
}

function foldedKey(s: string): string {
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
    else if (UPPER_START.test(word)) sig += 'T';
    else sig += 'L';
  }
  return sig;
}

const UPPER_START = /^\P{L}*\p{Lu}/u;

/** ASCII white space, as `\s` matches it. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** Whether a span of text honours a case signature (word counts that differ: only the first word is checked). */
export function honoursCase(text: string, sig: string): boolean {
  // ASCII text is read without splitting it; other text takes the general way.
  let words = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return honoursCaseUnicode(text, sig);
    if (!isSpace(c) && (i === 0 || isSpace(text.charCodeAt(i - 1)))) words++;
  }
  const n = words === sig.length ? words : Math.min(1, words);
  let i = 0;
  for (let w = 0; w < n; w++) {
    while (isSpace(text.charCodeAt(i))) i++;
    const need = sig[w];
    let letter = false;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) break;
      const lower = c >= 97 && c <= 122;
      if (need === 'U' && lower) return false;
      if (need === 'T' && !letter && (lower || (c >= 65 && c <= 90))) {
        if (lower) return false;
        letter = true;
      }
    }
    if (need === 'T' && !letter) return false;
  }
  return true;
}

function honoursCaseUnicode(text: string, sig: string): boolean {
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
