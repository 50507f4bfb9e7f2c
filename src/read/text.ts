/** Plain-text documents: a file or standard input holding one article. */
import type { InputDoc } from './types.js';
import { decodeUtf8, normalizeText } from './decode.js';
import { UserError } from '../util/errors.js';
import { idFromPath, idFromText } from './ids.js';

export function textDoc(bytes: Uint8Array, origin: string, fromFile: boolean): InputDoc {
  const text = normalizeText(decodeUtf8(bytes, origin));
  if (text.trim() === '') throw new UserError(`${origin}: empty, no text to analyze`);
  return {
    id: fromFile ? idFromPath(origin) : idFromText(text),
    text,
    title: null,
    url: null,
    published: null,
    lang: null,
    origin,
    warnings: [],
  };
}
