/**
 * Sentences: paragraph breaks are hard boundaries; inside a paragraph a sentence ends at . ! ? …
 * (plus any closing quotes and brackets glued to it) when the next word starts a new sentence.
 * Titles and initials (`Dr.`, `Jl.`, `H.`) do not end one; decimals and dates are single tokens.
 */
import type { Range } from '../record/schema.js';
import { abbreviations, tokenizeInto, type Token } from './tokens.js';
import { startsUpper } from '../util/case.js';

export interface Segmentation {
  sentences: Range[];
  tokens: Token[];
  /** the tokens' texts in lower case (the same string when it already is) */
  lower: string[];
  /** for sentence i, its tokens are tokens[sentenceTokens[2i] .. sentenceTokens[2i+1]) */
  sentenceTokens: number[];
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENERS = /^["“”‘'(\[«]/u;
const ENDERS = new Set(['.', '!', '?', '…', '...', '?!', '!?']);
const UPPER_OR_DIGIT = /^[\p{Lu}\d]/u;
const ONE_UPPER = /^\p{Lu}$/u;
/** two or three initials, the last period left off: `L.P`, `J.R.R` */
const INITIALS = /^(?:\p{Lu}\.){1,2}\p{Lu}$/u;
const DIGIT_FIRST = /^\d/;

function startsSentence(t: Token | undefined): boolean {
  if (!t) return true;
  const c = t.text.charCodeAt(0);
  // ASCII: a capital, a digit, an opening quote or bracket, a dash
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40 || c === 91 || t.text === '-';
  return UPPER_OR_DIGIT.test(t.text) || OPENERS.test(t.text) || t.text === '•';
}

/** A sentence-final mark: . ! ? … and their runs (`...`, `?!`). */
function isEnder(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) return false;
  if (t.length === 1 || ENDERS.has(t)) return true;
  if (c !== 46) return false;
  for (let i = 1; i < t.length; i++) if (t.charCodeAt(i) !== 46) return false;
  return true;
}

export function segment(text: string, body: Range, lang: string): Segmentation {
  const abbr = abbreviations(lang === 'en' ? 'en' : 'id');
  const sentences: Range[] = [];
  const tokens: Token[] = [];
  const lower: string[] = [];
  const sentenceTokens: number[] = [];
  let at = text.indexOf('@', body.start);
  let pos = body.start;
  while (pos < body.end) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1 || nl > body.end) nl = body.end;
    if (at !== -1 && at < pos) at = text.indexOf('@', pos);
    // The paragraph's tokens are tokens[base, end).
    const base = tokens.length;
    tokenizeInto(text, pos, nl, abbr, at !== -1 && at < nl, tokens, lower);
    const end = tokens.length;
    let first = base;
    for (let i = base; i < end; i++) {
      const t = tokens[i]!;
      const tx = t.text;
      let isEnd = isEnder(tx);
      if (!isEnd && tx.length > 1 && tx.charCodeAt(tx.length - 1) === 46) {
        // A period glued to an abbreviation: a title or initial before a name never ends the sentence.
        const next = i + 1 < end ? tokens[i + 1]! : undefined;
        if (next !== undefined && next.start > t.end && startsUpper(next.text)) {
          const bare = tx.slice(0, -1);
          isEnd = !(abbr.titles.has(bare.toLowerCase()) || (bare.length <= 2 && ONE_UPPER.test(bare)));
          // initials after a first name: "Retno L.P. Marsudi"
          if (isEnd && INITIALS.test(bare) && i > base && startsUpper(tokens[i - 1]!.text)) isEnd = false;
        }
      }
      if (!isEnd) continue;
      let j = i;
      while (j + 1 < end && CLOSERS.has(tokens[j + 1]!.text) && tokens[j + 1]!.start === tokens[j]!.end) j++;
      const next = j + 1 < end ? tokens[j + 1]! : undefined;
      if (next && !startsSentence(next)) continue;
      if (next && tx === '.' && next.start === t.end && DIGIT_FIRST.test(next.text)) continue;
      sentenceTokens.push(first, j + 1);
      sentences.push({ start: tokens[first]!.start, end: tokens[j]!.end });
      first = j + 1;
      i = j;
    }
    if (first < end) {
      sentenceTokens.push(first, end);
      sentences.push({ start: tokens[first]!.start, end: tokens[end - 1]!.end });
    }
    pos = nl + 1;
  }
  return { sentences, tokens, lower, sentenceTokens };
}
