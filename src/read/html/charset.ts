/**
 * Page bytes → text. The charset comes from a byte-order mark, the HTTP header, `<meta charset>` /
 * `http-equiv`, or an XML declaration; declarations are checked against the bytes, because pages
 * often lie (`iso-8859-1` on UTF-8 bytes, `utf-8` on windows-1252 bytes). What had to be guessed
 * is said in a warning.
 */

export interface Decoded {
  text: string;
  /** WHATWG name of the encoding used */
  encoding: string;
  warnings: string[];
}

/** Encodings in which a byte ≥ 0x80 is one character: valid UTF-8 under such a label is UTF-8. */
const SINGLE_BYTE = /^(?:windows-125\d|iso-8859-\d+|koi8-[ru]|macintosh|windows-874|x-mac-cyrillic|ibm866)$/;

/** The WHATWG encoding a label names, or null when TextDecoder does not know it. */
export function encodingFor(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** `text/html; charset=ISO-8859-1` → `ISO-8859-1` */
export function charsetFromContentType(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(value);
  return m ? m[1]! : null;
}

/** The charset a page declares in its first bytes (`<meta charset>`, `http-equiv`, `<?xml encoding>`). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1]!;
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta ? meta[1]! : null;
}

function bom(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/**
 * windows-1252 bytes 0x80–0x9F (WHATWG index-windows-1252); the other bytes are their Latin-1
 * code points. Written out because Node 20's TextDecoder drops these bytes instead of mapping them.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

const decode = (bytes: Uint8Array, encoding: string): string =>
  encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The bytes as UTF-8, or null when they are not valid UTF-8. */
function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes a page. `headerCharset` is the charset of an HTTP Content-Type header, which outranks
 * what the page says about itself.
 */
export function decodeHtml(bytes: Uint8Array, headerCharset: string | null = null): Decoded {
  const warnings: string[] = [];
  const b = bom(bytes);
  if (b) return { text: decode(bytes.subarray(b.skip), b.encoding), encoding: b.encoding, warnings };

  const label = headerCharset ?? declaredCharset(bytes);
  let declared = label ? encodingFor(label) : null;
  if (label && !declared) warnings.push(`unknown charset "${label}" declared; guessed from the bytes`);
  // A charset read from ASCII-compatible markup cannot be UTF-16: the page is ASCII-compatible.
  if (declared === 'utf-16le' || declared === 'utf-16be') declared = 'utf-8';

  const utf8 = tryUtf8(bytes);
  if (declared === 'utf-8' || declared === null) {
    if (utf8 !== null) return { text: utf8, encoding: 'utf-8', warnings };
    warnings.push(
      declared ? `declared charset ${label} does not match the bytes (not valid UTF-8); read as windows-1252` : 'no charset declared and the bytes are not UTF-8; read as windows-1252',
    );
    return { text: decode(bytes, 'windows-1252'), encoding: 'windows-1252', warnings };
  }
  if (SINGLE_BYTE.test(declared) && utf8 !== null && hasHighBytes(bytes)) {
    warnings.push(`declared charset ${label} does not match the bytes, which are UTF-8; read as UTF-8`);
    return { text: utf8, encoding: 'utf-8', warnings };
  }
  return { text: decode(bytes, declared), encoding: declared, warnings };
}
