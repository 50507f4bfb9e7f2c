/**
 * CoNLL-style files: one token a line (token in the first column, BIO tag in the last), blank lines
 * between sentences. Columns are split on tabs when the line has one, else on spaces; CRLF is fine.
 * Tags are read with `readTag` (PERSON/ORGANIZATION/PLACE… map to PER/ORG/LOC).
 */
import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../../util/errors.js';
import { readTag } from './labels.js';

export interface Sentence {
  words: string[];
  /** Gold label ids, one per word (absent when the file has no tag column). */
  labels?: number[];
}

export interface ConllDoc {
  sentences: Sentence[];
  tokens: number;
  /** Entity types outside PER/ORG/LOC met in the tags (read as O), with their token counts. */
  otherTypes: Map<string, number>;
}

export interface ConllOptions {
  /** Every line must carry a tag (training, evaluation); otherwise a lone token column is accepted. */
  tags: boolean;
}

/** Files larger than this are refused with a clear message rather than read into memory. */
export const MAX_CONLL_BYTES = 512 * 1024 * 1024;

export function parseConll(text: string, origin: string, opts: ConllOptions): ConllDoc {
  const sentences: Sentence[] = [];
  const otherTypes = new Map<string, number>();
  let words: string[] = [];
  let labels: number[] = [];
  let tokens = 0;
  const flush = (): void => {
    if (words.length > 0) sentences.push(opts.tags ? { words, labels } : { words });
    words = [];
    labels = [];
  };
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    let line = lines[n];
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.trim() === '') {
      flush();
      continue;
    }
    const cols = line.includes('\t') ? line.split('\t') : line.trim().split(/ +/);
    const word = cols[0].trim();
    if (word === '-DOCSTART-') {
      flush();
      continue;
    }
    if (word === '') throw new UserError(`${origin}:${n + 1}: empty token column`);
    if (opts.tags) {
      if (cols.length < 2) throw new UserError(`${origin}:${n + 1}: expected a token and a tag separated by a tab or space`);
      const tag = cols[cols.length - 1].trim();
      const r = readTag(tag);
      if (r.kind === 'invalid') throw new UserError(`${origin}:${n + 1}: "${tag.slice(0, 40)}" is not a BIO tag (O, B-TYPE or I-TYPE)`);
      if (r.kind === 'other-type') otherTypes.set(r.type, (otherTypes.get(r.type) ?? 0) + 1);
      labels.push(r.kind === 'label' ? r.label : 0);
    }
    words.push(word);
    tokens++;
  }
  flush();
  return { sentences, tokens, otherTypes };
}

/** Reads and parses a file; missing, unreadable, binary, non-UTF-8, huge or empty files are one-line errors. */
export function readConllFile(path: string, opts: ConllOptions): ConllDoc {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new UserError(`${path}: is a folder, not a CoNLL file`);
    size = st.size;
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? 'error'})`);
  }
  if (size > MAX_CONLL_BYTES) throw new UserError(`${path}: too large for a CoNLL file (${size} bytes)`);
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    throw new UserError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (buf.includes(0)) throw new UserError(`${path}: binary data, not a CoNLL text file`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new UserError(`${path}: not valid UTF-8 text`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const doc = parseConll(text, path, opts);
  if (doc.tokens === 0) throw new UserError(`${path}: no tokens (empty file)`);
  return doc;
}
