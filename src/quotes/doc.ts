/**
 * One document as the quotes stage reads it: the body's tokens with their lower-case forms,
 * sentence and paragraph of each token, and where entity mentions start and end (in tokens).
 * Built once per document; everything else indexes into these arrays.
 */
import type { Entity, EntityType } from '../record/schema.js';
import { tokenAtOrAfter, type Token } from '../segment/tokens.js';
import type { StageInput } from '../stage.js';
import { Scratch } from '../util/scratch.js';

export interface MentionRef {
  entity: string;
  type: EntityType;
  name: string;
  /** first and last token (inclusive) the mention covers */
  tokStart: number;
  tokEnd: number;
}

export interface QDoc {
  text: string;
  tokens: Token[];
  low: string[];
  /** token → 1 when it holds a letter or a digit */
  word: Uint8Array;
  /** token → sentence index */
  sentOf: Int32Array;
  /** sentence i covers tokens [sentStart[i], sentEnd[i]) */
  sentStart: Int32Array;
  sentEnd: Int32Array;
  /** token → paragraph index (paragraphs are separated by line breaks) */
  paraOf: Int32Array;
  /** token → index in `mentions` of the mention starting / ending / covering it, or -1 */
  mentionStartAt: Int32Array;
  mentionEndAt: Int32Array;
  mentionAt: Int32Array;
  mentions: MentionRef[];
  entities: Map<string, Entity>;
  /**
   * Lower-case words of persons' names → the person, when only one person has that word
   * (`Sandi` → Sandi Sultan): a name the entities stage did not mark at a cue still finds its owner.
   */
  nameWords: Map<string, string>;
  /** token → index of the speech quote (direct) whose words contain it, or -1; filled by the stage */
  inQuote: Int32Array;
}

/**
 * How far (in tokens) any reading reaches from a cue: real subjects, titles and speaker phrases
 * are much closer; the bound keeps one pathological sentence (no punctuation, thousands of cues)
 * from costing quadratic time.
 */
export const REACH = 60;

const WORD = /[\p{L}\p{N}]/u;
const UPPER = /^\p{Lu}/u;
/** between the words of a name */
const NAME_SEPARATORS = /[^\p{L}\p{N}'’-]+/u;

/*
 * A QDoc lives only during one call of the quotes stage (it is never kept), so every document's
 * per-token arrays are views into the same scratch memory.
 */
const scratch = new Scratch();

export function isWord(t: string): boolean {
  return WORD.test(t);
}

export function isCapitalized(t: string): boolean {
  return UPPER.test(t);
}


/**
 * `skip`: words that are never a name's own (titles, honorifics). `isTitle`: whether the lower-case tokens
 * [from, to) are a title whole.
 * The typed arrays of the result are reused by the next call: use a QDoc before building another.
 */
export function buildDoc(
  input: StageInput,
  skip: (word: string) => boolean = () => false,
  isTitle: (low: readonly string[], from: number, to: number) => boolean = () => false,
): QDoc {
  const { text, seg } = input;
  const tokens = seg.tokens;
  const n = tokens.length;
  const low = seg.lower;
  const nSent = seg.sentenceTokens.length / 2;
  const [sentStart, sentEnd, sentOf, paraOf, mentionStartAt, mentionEndAt, mentionAt, inQuote] = scratch.int32Views([
    nSent,
    nSent,
    n,
    n,
    n,
    n,
    n,
    n,
  ]) as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
  const word = scratch.uint8View(n);
  for (let i = 0; i < n; i++) {
    const t = low[i]!;
    const c = t.charCodeAt(0);
    // ASCII fast path: a letter or digit first makes a word, a lone ASCII mark does not.
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) word[i] = 1;
    else if (t.length === 1 && c < 128) word[i] = 0;
    else word[i] = WORD.test(t) ? 1 : 0;
  }

  sentOf.fill(-1);
  for (let s = 0; s < nSent; s++) {
    const a = seg.sentenceTokens[2 * s]!;
    const b = seg.sentenceTokens[2 * s + 1]!;
    sentStart[s] = a;
    sentEnd[s] = b;
    for (let i = a; i < b; i++) sentOf[i] = s;
  }
  // Tokens outside any sentence (should not happen) get the previous token's sentence.
  for (let i = 0; i < n; i++) if (sentOf[i] === -1) sentOf[i] = i > 0 ? sentOf[i - 1]! : 0;

  paraOf[0] = 0;
  let para = 0;
  let nl = n > 0 ? text.indexOf('\n', tokens[0]!.end) : -1;
  for (let i = 1; i < n; i++) {
    if (nl !== -1 && nl < tokens[i]!.start) {
      para++;
      nl = text.indexOf('\n', tokens[i]!.end);
    }
    paraOf[i] = para;
  }

  mentionStartAt.fill(-1);
  mentionEndAt.fill(-1);
  mentionAt.fill(-1);
  inQuote.fill(-1);
  const mentions: MentionRef[] = [];
  const entities = new Map<string, Entity>();
  const flat: { start: number; end: number; e: Entity }[] = [];
  for (const e of input.entities) {
    entities.set(e.id, e);
    for (const m of e.mentions) if (m.end > m.start) flat.push({ start: m.start, end: m.end, e });
  }
  flat.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of flat) {
    const a = tokenAtOrAfter(tokens, m.start);
    if (a >= n || tokens[a]!.start >= m.end) continue;
    let b = a;
    while (b + 1 < n && tokens[b + 1]!.start < m.end) b++;
    // A person's title written alone ("kata Presiden"): the speakers' own title reading resolves it, and it
    // is no name a pronoun goes back to
    if (m.e.type === 'PER' && isTitle(low, a, b + 1)) continue;
    // Nested or overlapping mentions: the first (longest) one keeps its tokens.
    let free = true;
    for (let i = a; i <= b && free; i++) free = mentionAt[i] === -1;
    if (!free) continue;
    const idx = mentions.length;
    mentions.push({ entity: m.e.id, type: m.e.type, name: m.e.name, tokStart: a, tokEnd: b });
    mentionStartAt[a] = idx;
    mentionEndAt[b] = idx;
    for (let i = a; i <= b; i++) mentionAt[i] = idx;
  }

  const owners = new Map<string, string | null>();
  for (const e of input.entities) {
    if (e.type !== 'PER') continue;
    for (const w of e.name.split(NAME_SEPARATORS)) {
      if (w.length < 3 || !UPPER.test(w)) continue;
      const lw = w.toLowerCase();
      if (skip(lw)) continue;
      const had = owners.get(lw);
      owners.set(lw, had === undefined || had === e.id ? e.id : null);
    }
  }
  const nameWords = new Map<string, string>();
  for (const [w, id] of owners) if (id !== null) nameWords.set(w, id);

  return {
    text,
    tokens,
    low,
    word,
    sentOf,
    sentStart,
    sentEnd,
    paraOf,
    mentionStartAt,
    mentionEndAt,
    mentionAt,
    mentions,
    entities,
    nameWords,
    inQuote,
  };
}
