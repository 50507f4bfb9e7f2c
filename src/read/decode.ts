/** Bytes → text: refuse binary data and invalid UTF-8 with a message that says where. */
import { UserError } from '../util/errors.js';
import { repairMojibake } from './mojibake.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** True when the bytes look like a binary file rather than text (NUL bytes or many control bytes). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control / n > 0.1;
}

/** Position of the first byte that is not part of a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) (need = 1), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (need = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (need = 3), (min = 0x10000);
    else return i;
    if (i + need >= n) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Decodes UTF-8 text, throwing a UserError for binary data or invalid bytes. */
export function decodeUtf8(bytes: Uint8Array, where: string): string {
  if (looksBinary(bytes)) throw new UserError(`${where}: looks like a binary file, not text`);
  try {
    return utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new UserError(`${where}: not valid UTF-8 (first bad byte at offset ${at}); convert it to UTF-8 first`);
  }
}

/**
 * A character from U+0300 on (combining marks and all that follow). A text without one is already
 * in NFC: nothing below U+0300 decomposes or composes with what precedes it. For a text held in
 * one byte per character (Latin-1 only), the test answers without reading it.
 */
const MAY_CHANGE_IN_NFC = /[^\u0000-\u02ff]/;

/** Line breaks to \n, mis-decoded UTF-8 repaired, Unicode NFC, no BOM: the text every offset refers to. */
export function normalizeText(text: string): string {
  let t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (t.includes('\r')) t = t.replace(/\r\n?/g, '\n');
  t = repairMojibake(t);
  return MAY_CHANGE_IN_NFC.test(t) ? t.normalize('NFC') : t;
}
