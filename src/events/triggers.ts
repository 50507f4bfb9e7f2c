/**
 * Trigger matching in one sentence: one lexicon lookup per token, then the rest of each
 * candidate pattern (literal words, inflected words, gaps that stay inside the clause).
 * Overlapping matches resolve to the longest (more words, then wider span, then earlier line);
 * blocking phrases win like any other match and are then dropped.
 */
import type { Token } from '../segment/tokens.js';
import type { Voice, WordForm } from './morphology.js';
import { mayStartTrigger, voiceOf, type Element, type Lexicon, type TriggerEntry } from './lexicon.js';

export interface TriggerMatch {
  entry: TriggerEntry;
  /** first and last token of the match (inclusive) */
  first: number;
  last: number;
  voice: Voice;
  /** the inflected word carries -nya: its owner is the agent */
  enclitic: boolean;
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
): number {
  if (k === elements.length) return i - 1;
  const el = elements[k]!;
  if (el.kind === 'gap') {
    for (let g = 0; g <= maxGap && i + g < to; g++) {
      if (g > 0 && isBreak(i + g - 1)) break;
      const r = matchRest(elements, k + 1, tokens, i + g, to, maxGap, isBreak, matched);
      if (r >= 0) return r;
    }
    return -1;
  }
  if (i >= to) return -1;
  const wf = lookup(el.forms, tokens[i]!.text);
  if (wf === undefined) return -1;
  matched.push(wf);
  const r = matchRest(elements, k + 1, tokens, i + 1, to, maxGap, isBreak, matched);
  if (r < 0) matched.pop();
  return r;
}

/** `lower`: the tokens' texts in lower case (Segmentation.lower), when at hand. */
export function findTriggers(
  lex: Lexicon,
  tokens: Token[],
  from: number,
  to: number,
  maxGap: number,
  isBreak: (i: number) => boolean,
  lower: readonly string[] | null = null,
): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  for (let i = from; i < to; i++) {
    const text = tokens[i]!.text;
    if (!mayStartTrigger(lex, text)) continue;
    let cands = lex.index.get(text);
    if (cands === undefined) {
      const low = lower ? lower[i]! : null;
      // the same text in lower case was just looked up
      if (low !== text && UPPER.test(text)) cands = lex.index.get(low ?? text.toLowerCase());
    }
    if (!cands) continue;
    for (const { entry, form } of cands) {
      const matched: (WordForm | null)[] = [form];
      const last = matchRest(entry.elements, 1, tokens, i + 1, to, maxGap, isBreak, matched);
      if (last < 0) continue;
      const { voice, enclitic } = voiceOf(matched);
      found.push({ entry, first: i, last, voice, enclitic });
    }
  }
  if (found.length === 0) return found;
  found.sort(
    (a, b) =>
      b.entry.words - a.entry.words || b.last - b.first - (a.last - a.first) || a.first - b.first || a.entry.line - b.entry.line,
  );
  const kept: TriggerMatch[] = [];
  for (const m of found) {
    if (kept.some((k) => m.first <= k.last && k.first <= m.last)) continue;
    kept.push(m);
  }
  return kept.filter((m) => m.entry.code !== null).sort((a, b) => a.first - b.first);
}
