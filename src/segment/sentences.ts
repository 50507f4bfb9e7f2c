/**
 * Sentences: paragraph breaks are hard boundaries; inside a paragraph a sentence ends at . ! ? …
 * (plus any closing quotes and brackets glued to it) when the next word starts a new sentence.
 * Titles and initials (`Dr.`, `Jl.`, `H.`) do not end one; decimals and dates are single tokens.
 */
import type { Range } from '../record/schema.js';
import { abbreviations, tokenize, type Token } from './tokens.js';

export interface Segmentation {
  sentences: Range[];
  tokens: Token[];
  /** for sentence i, its tokens are tokens[sentenceTokens[2i] .. sentenceTokens[2i+1]) */
  sentenceTokens: number[];
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENERS = /^["“”‘'(\[«]/u;
const ENDERS = new Set(['.', '!', '?', '…', '...', '?!', '!?']);

function startsSentence(t: Token | undefined): boolean {
  if (!t) return true;
  return /^[\p{Lu}\d]/u.test(t.text) || OPENERS.test(t.text) || t.text === '-' || t.text === '•';
}

export function segment(text: string, body: Range, lang: string): Segmentation {
  const abbr = abbreviations(lang === 'en' ? 'en' : 'id');
  const sentences: Range[] = [];
  const tokens: Token[] = [];
  const sentenceTokens: number[] = [];
  let pos = body.start;
  while (pos < body.end) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1 || nl > body.end) nl = body.end;
    const para = tokenize(text, pos, nl, lang);
    let first = 0;
    for (let i = 0; i < para.length; i++) {
      const t = para[i]!;
      let isEnd = ENDERS.has(t.text) || /^\.{2,}$/.test(t.text);
      if (!isEnd && t.text.endsWith('.') && t.text.length > 1) {
        // A period glued to an abbreviation: a title or initial before a name never ends the sentence.
        const low = t.text.slice(0, -1).toLowerCase();
        const next = para[i + 1];
        const isTitle = abbr.titles.has(low) || /^\p{Lu}$/u.test(t.text.slice(0, -1));
        isEnd = !isTitle && next !== undefined && /^\p{Lu}/u.test(next.text) && next.start > t.end;
      }
      if (!isEnd) continue;
      let j = i;
      while (j + 1 < para.length && CLOSERS.has(para[j + 1]!.text) && para[j + 1]!.start === para[j]!.end) j++;
      const next = para[j + 1];
      if (next && !startsSentence(next)) continue;
      if (next && t.text === '.' && /^\d/.test(next.text) && next.start === t.end) continue;
      sentenceTokens.push(tokens.length + first, tokens.length + j + 1);
      sentences.push({ start: para[first]!.start, end: para[j]!.end });
      first = j + 1;
      i = j;
    }
    if (first < para.length) {
      sentenceTokens.push(tokens.length + first, tokens.length + para.length);
      sentences.push({ start: para[first]!.start, end: para[para.length - 1]!.end });
    }
    for (const t of para) tokens.push(t);
    pos = nl + 1;
  }
  return { sentences, tokens, sentenceTokens };
}
