/** Normalized forms that the store compares: document text (for its hash), names, agencies. */
import { createHash } from 'node:crypto';

/**
 * White space runs that are not already one plain space: a run starting with another white-space
 * character, or a space with more after it. Replacing only these gives what replacing every run
 * gives, with far fewer pieces to join (most runs in prose are one space).
 */
const SPACE_RUN = /[^\S ]\s*| \s+/g;

/** NFC, one space for every run of white space, no space at the ends. */
export function normalizeForHash(text: string): string {
  return text.normalize('NFC').replace(SPACE_RUN, ' ').trim();
}

export function sha256Hex(s: string, length = 32): string {
  return createHash('sha256').update(s).digest('hex').slice(0, length);
}

/** Hash of the normalized text: equal for two exact copies whatever their ids. */
export function contentHash(text: string): string {
  return sha256Hex(normalizeForHash(text));
}

/** The document's identity in the store: its record id together with the hash of its text. */
export function documentKey(recordId: string, hash: string): string {
  return sha256Hex(`${recordId}\u0000${hash}`);
}

const MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** Lower case, no accents, words separated by one space: `Kantor Berita  Pusat Korea` → `kantor berita pusat korea`. */
export function normalizeName(name: string): string {
  return name.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(NOT_WORD, ' ').trim();
}
