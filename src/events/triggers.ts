/**
 * Trigger matching in one sentence: one lexicon lookup per token, then the rest of each
 * candidate pattern (literal words, inflected words, gaps that stay inside the clause).
 * Overlapping matches resolve to the longest (more words, then wider span, then earlier line);
 * blocking phrases win like any other match and are then dropped.
 */
import type { Token } from '../segment/tokens.js';
import type { Voice, WordForm } from './morphology.js';
import { FNV_SEED, fnvStep } from '../util/fnv.js';
import { mayStartTrigger, mayStartTriggerAt, voiceOf, type Candidates, type Element, type Lexicon, type TriggerEntry } from './lexicon.js';

export interface TriggerMatch {
  entry: TriggerEntry;
  /** first and last token of the match (inclusive) */
  first: number;
  last: number;
  voice: Voice;
  /** the inflected word carries -nya: its owner is the agent */
  enclitic: boolean;
  /** an active form that is also the root's noun ("attack"): a noun after a determiner (roles.ts) */
  alsoNoun: boolean;
}

const UPPER = /\p{Lu}/u;

function lookup(map: Map<string, WordForm | null>, text: string): WordForm | null | undefined {
  const hit = map.get(text);
  if (hit !== undefined || !UPPER.test(text)) return hit;
  return map.get(text.toLowerCase());
}

/**
 * Matches elements[k..] from token i; returns the last token index matched or -1.
 * `isBreak(i)` says whether token i ends a clause (a gap may not cross it).
 */
function matchRest(
  elements: Element[],
  k: number,
  tokens: Token[],
  i: number,
  to: number,
  maxGap: number,
  isBreak: (i: number) => boolean,
  matched: (WordForm | null)[],
  inName: Uint8Array | null,
): number {
  if (k === elements.length) return i - 1;
  const el = elements[k]!;
  if (el.kind === 'gap') {
    // a name's words after its first cost nothing: "menetapkan Bupati Kolaka Timur Abdul Azis sebagai tersangka"
    for (let g = 0, used = 0; used <= maxGap && i + g < to; g++) {
      // a name set off by commas is an apposition, no clause's end: "menetapkan mantan Dirut PT X, Hendra
      // Wijaya, sebagai tersangka"
      const aside = g > 0 && (apposition(tokens, i + g - 1, to, inName) || inShortForm(tokens, i + g - 1, to));
      if (g > 0 && isBreak(i + g - 1) && !aside) break;
      if (g > 0 && !aside && (inName === null || inName[i + g - 1] !== 1)) used++;
      if (used > maxGap) break;
      const r = matchRest(elements, k + 1, tokens, i + g, to, maxGap, isBreak, matched, inName);
      if (r >= 0) return r;
    }
    return -1;
  }
  if (i >= to) return -1;
  const wf = lookup(el.forms, tokens[i]!.text);
  if (wf === undefined) return -1;
  matched.push(wf);
  const r = matchRest(elements, k + 1, tokens, i + 1, to, maxGap, isBreak, matched, inName);
  if (r < 0) matched.pop();
  return r;
}

/** After a name's short form in parentheses opening at token i ("(SB)"), the token past it; else i. */
export function pastShortForm(tokens: readonly Token[], i: number, to: number): number {
  return i + 2 < to && tokens[i]!.text === '(' && tokens[i + 2]!.text === ')' && UPPER.test(tokens[i + 1]!.text) ? i + 3 : i;
}

/** Whether token j is part of a name's short form in parentheses right after it ("Siman Bahar (SB)"): no clause's end, and free in a gap. */
function inShortForm(tokens: Token[], j: number, to: number): boolean {
  for (let open = j - 2; open <= j; open++) {
    if (open >= 1 && UPPER.test(tokens[open - 1]!.text) && pastShortForm(tokens, open, to) > open) return true;
  }
  return false;
}

/**
 * Whether token c is a comma that opens a name closed by another comma (", Hendra Wijaya,"), or the comma
 * that closes one: both are part of an apposition, not the end of a clause.
 */
function apposition(tokens: Token[], c: number, to: number, inName: Uint8Array | null): boolean {
  if (inName === null || tokens[c]!.text !== ',') return false;
  const opens = (k: number): boolean => {
    if (k >= to || !UPPER.test(tokens[k]!.text)) return false;
    let e = k + 1;
    while (e < to && inName[e] === 1) e++;
    // its short form in parentheses may follow ("Siman Bahar (SB),")
    e = pastShortForm(tokens, e, to);
    return e < to && tokens[e]!.text === ',';
  };
  if (opens(c + 1)) return true;
  // the closing comma: a name ends right before it (or its short form in parentheses), opened right after a comma
  let k = c - 1;
  if (k >= 3 && pastShortForm(tokens, k - 2, c) === c) k -= 3;
  while (k > 0 && inName[k] === 1) k--;
  return k > 0 && tokens[k - 1]!.text === ',' && UPPER.test(tokens[k]!.text);
}

/** The entries that may start at a token: its text as written, else in lower case when it has a capital. */
function candidatesOf(lex: Lexicon, text: string, low: string | null): Candidates | undefined {
  if (!mayStartTrigger(lex, text)) return undefined;
  let cands = lex.index.get(text);
  // the same text in lower case was just looked up
  if (cands === undefined && low !== text && UPPER.test(text)) cands = lex.index.get(low ?? text.toLowerCase());
  return cands;
}

/**
 * `lower`: the tokens' texts in lower case (Segmentation.lower), when at hand; `source`: the text
 * the tokens' offsets point into, when at hand (then an ASCII token is looked up by its span,
 * read in lower case, without touching or hashing its string).
 */
export function findTriggers(
  lex: Lexicon,
  tokens: Token[],
  from: number,
  to: number,
  maxGap: number,
  isBreak: (i: number) => boolean,
  lower: readonly string[] | null = null,
  source: string | null = null,
  /** 1 on a token that continues a name (not its first): free in a pattern's gap */
  inName: Uint8Array | null = null,
): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  const table = source === null ? null : lex.table;
  for (let i = from; i < to; i++) {
    let cands: Candidates | undefined;
    if (table !== null) {
      // All forms are in lower case, so a token with an ASCII capital matches only in lower case,
      // and an ASCII capital is \p{Lu}: one lookup of the span read in lower case says it all.
      const tok = tokens[i]!;
      const s = tok.start;
      const e = tok.end;
      // most tokens are ruled out by their length and first and last letters
      if (!mayStartTriggerAt(lex, source!, s, e)) continue;
      let h = FNV_SEED;
      let wide = false;
      for (let k = s; k < e; k++) {
        let c = source!.charCodeAt(k);
        if (c >= 65 && c <= 90) c += 32;
        else if (c > 127) wide = true;
        h = fnvStep(h, c);
      }
      if (wide) cands = candidatesOf(lex, tok.text, lower ? lower[i]! : null);
      else {
        const x = table.findFolded(source!, s, e, h);
        if (x >= 0) cands = table.value(x);
      }
    } else cands = candidatesOf(lex, tokens[i]!.text, lower ? lower[i]! : null);
    if (!cands) continue;
    for (const { entry, form } of cands) {
      const matched: (WordForm | null)[] = [form];
      const last = matchRest(entry.elements, 1, tokens, i + 1, to, maxGap, isBreak, matched, inName);
      if (last < 0) continue;
      const { voice, enclitic, alsoNoun } = voiceOf(matched);
      found.push({ entry, first: i, last, voice, enclitic, alsoNoun });
    }
  }
  if (found.length === 0) return found;
  found.sort(
    (a, b) =>
      b.entry.words - a.entry.words || b.last - b.first - (a.last - a.first) || a.first - b.first || a.entry.line - b.entry.line,
  );
  const kept: TriggerMatch[] = [];
  for (const m of found) {
    // a phrase that is no event still shields its words when a longer trigger overlaps it:
    // 'pertukaran tawanan perang' is one exchange, and no war
    if (kept.some((k) => m.first <= k.last && k.first <= m.last) && m.entry.code !== null) continue;
    kept.push(m);
  }
  return kept.filter((m) => m.entry.code !== null).sort((a, b) => a.first - b.first);
}
