/**
 * Actors in the token stream: entity mentions mapped to token ranges, grouped into name chunks
 * ("Presiden Amerika Serikat (AS) Donald Trump" is one chunk whose head is the person) and
 * coordinations ("Jepang dan Korsel", "Biden-Xi", "AS, Australia, dan Jepang").
 */
import type { Entity } from '../record/schema.js';
import { tokenAtOrAfter, type Token } from '../segment/tokens.js';
import { isVerbLike, type Cues } from './cues.js';
import { Scratch } from '../util/scratch.js';

export interface Mention {
  entity: Entity;
  start: number;
  end: number;
  tokStart: number;
  /** exclusive */
  tokEnd: number;
}

export interface Chunk {
  tokStart: number;
  /** exclusive */
  tokEnd: number;
  mentions: Mention[];
  head: Mention;
}


const CAPITALIZED = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const PUNCTUATION = /^\p{P}$/u;
/** a number written in digits ("100", "1,000", "2.5") */
const NUMBER = /^\d[\d.,]*$/;
const isNumber = (t: string): boolean => {
  const c = t.charCodeAt(0);
  return c >= 48 && c <= 57 && NUMBER.test(t);
};
const F_DONE = 1;
const F_PREP = 2;
const F_BREAK = 4;
const F_VERB = 8;
const F_CAP = 16;
const F_PLAIN = 32;
const BRACKET = new Set(['(', ')', '[', ']']);
/** what may stand right before a sentence's (or a quote's) first word */
const OPENING = /^[.!?…"“”'‘’([\-–—:;]+$/;
/** Marks inside a sentence after which a capitalized word opens a quote, a bracket or an aside, not a name. */
export const OPENERS: ReadonlySet<string> = new Set(['"', '“', '‘', "'", '(', '[', '-', '–', '—', ':']);


/** Capitalized words of a title that may stand between a word for a relative and the name ("istri Wakil Bupati X"). */
const KIN_TITLE_WORDS = 3;

/** A word for a relative before token t, over a title's capitalized words and a linking word ("anak dari", "wife of"). */
function kinBefore(tokens: Token[], t: number, cues: Cues, low: (k: number) => string): boolean {
  let k = t - 1;
  for (let n = 0; k >= 0 && n < KIN_TITLE_WORDS && CAPITALIZED.test(tokens[k]!.text) && !cues.kinWords.has(low(k)); n++) k--;
  if (k >= 0 && cues.kinLinks.has(low(k))) k--;
  return k >= 0 && cues.kinWords.has(low(k));
}

export class ActorIndex {
  readonly mentions: Mention[] = [];
  /** token → mention index or -1 */
  readonly atToken: Int32Array;
  private readonly chunkOf: Int32Array;
  private readonly chunks: Chunk[] = [];
  private readonly lowerCache: (string | undefined)[];
  private readonly flagCache: Uint8Array;

  /**
   * `lowerTokens`: the tokens' texts in lower case (Segmentation.lower), when at hand.
   * `scratch`: memory to reuse; the index then lives until the scratch builds the next one.
   */
  constructor(
    readonly tokens: Token[],
    entities: Entity[],
    readonly cues: Cues,
    private readonly lowerTokens: readonly string[] | null = null,
    scratch: Scratch | null = null,
  ) {
    const n = tokens.length;
    if (scratch) {
      [this.atToken, this.chunkOf] = scratch.int32Views([n, n]) as [Int32Array, Int32Array];
      this.flagCache = scratch.uint8View(n);
    } else {
      this.atToken = new Int32Array(n);
      this.chunkOf = new Int32Array(n);
      this.flagCache = new Uint8Array(n);
    }
    this.atToken.fill(-1);
    this.chunkOf.fill(-2);
    this.lowerCache = new Array(n);
    const all: Mention[] = [];
    // (the segmentation's lower-case strings when at hand: no new string per look)
    const lowAt = (k: number): string => (lowerTokens ? lowerTokens[k]! : tokens[k]!.text.toLowerCase());
    for (const entity of entities) {
      for (const m of entity.mentions) {
        const tokStart = tokenAtOrAfter(tokens, m.start);
        let tokEnd = tokStart;
        while (tokEnd < tokens.length && tokens[tokEnd]!.start < m.end) tokEnd++;
        // "menolak RUU TNI": a name right after a word for a law names the law, and is no actor
        if (tokStart > 0 && cues.lawWords.has(lowAt(tokStart - 1))) continue;
        // "dilaporkan oleh istri Bupati Morowali Utara", "the wife of President X": whose relative acts, unnamed
        if (cues.kinWords.size > 0 && kinBefore(tokens, tokStart, cues, lowAt)) continue;
        if (tokEnd > tokStart) all.push({ entity, start: m.start, end: m.end, tokStart, tokEnd });
      }
    }
    // Longest mention first, so that a name inside a longer one does not split it.
    all.sort((a, b) => b.tokEnd - b.tokStart - (a.tokEnd - a.tokStart) || a.tokStart - b.tokStart);
    for (const m of all) {
      let free = true;
      for (let t = m.tokStart; t < m.tokEnd; t++) if (this.atToken[t] !== -1) free = false;
      if (!free) continue;
      const k = this.mentions.length;
      this.mentions.push(m);
      for (let t = m.tokStart; t < m.tokEnd; t++) this.atToken[t] = k;
    }
  }

  /** 1 on the tokens of a time expression (markTimes) */
  private timeTok: Uint8Array | null = null;

  /** The time expressions' tokens: a time between a name and a preposition before it is an adjunct of its own. */
  markTimes(ranges: readonly { first: number; last: number }[]): void {
    if (ranges.length === 0) return;
    this.timeTok = new Uint8Array(this.tokens.length);
    for (const r of ranges) this.timeTok.fill(1, r.first, r.last + 1);
  }

  /** Token i belongs to a time expression (markTimes). */
  isTime(i: number): boolean {
    return this.timeTok !== null && this.timeTok[i] === 1;
  }

  lower(i: number): string {
    let s = this.lowerCache[i];
    if (s === undefined) {
      const t = this.tokens[i]!.text;
      const low = this.lowerTokens ? this.lowerTokens[i]! : null;
      s = low === t ? t : CAPITALIZED.test(t) ? (low ?? t.toLowerCase()) : t;
      this.lowerCache[i] = s;
    }
    return s;
  }

  /** Word classes of token i, computed once: a bit set of the F_* flags. */
  private flags(i: number): number {
    let f = this.flagCache[i]!;
    if (f !== 0) return f;
    const w = this.lower(i);
    const c = this.cues;
    const t = this.tokens[i]!.text;
    f = F_DONE;
    const cap = CAPITALIZED.test(t);
    if (c.preps.has(w)) f |= F_PREP;
    if (c.clauseBreaks.has(w)) f |= F_BREAK;
    // a capitalized word inside a sentence is a name or a title ("Menlu", "Menhan" look like meN- verbs)
    if (isVerbLike(c, w) && (!cap || this.opensSentence(i))) f |= F_VERB;
    if (cap && !(f & (F_PREP | F_BREAK))) f |= F_CAP;
    const closed =
      c.coordinators.has(w) ||
      c.relativizers.has(w) ||
      c.thirdPronouns.has(w) ||
      c.firstPronouns.has(w) ||
      c.pluralPronouns.has(w);
    if (LOWER_START.test(t) && !closed && !(f & (F_PREP | F_BREAK | F_VERB))) f |= F_PLAIN;
    this.flagCache[i] = f;
    return f;
  }

  /** Token i opens a sentence, a quote or a bracket (the first word, or after an end mark or an opener). */
  private opensSentence(i: number): boolean {
    if (i === 0) return true;
    return OPENING.test(this.tokens[i - 1]!.text);
  }

  isCapitalizedWord(i: number): boolean {
    return (this.flags(i) & F_CAP) !== 0;
  }

  isVerb(i: number): boolean {
    return (this.flags(i) & F_VERB) !== 0;
  }

  mentionAt(i: number): Mention | null {
    const k = this.atToken[i]!;
    return k >= 0 ? this.mentions[k]! : null;
  }

  /** The chunk covering token i, or null (chunks exist once prepare() ran for its sentence). */
  chunkAt(i: number): Chunk | null {
    const c = this.chunkOf[i]!;
    return c >= 0 ? this.chunks[c]! : null;
  }

  /** Builds the name chunks of the sentence [from, to) (once). */
  prepare(from: number, to: number): void {
    if (from >= to || this.chunkOf[from] !== -2) return;
    let i = from;
    while (i < to) {
      const k = this.atToken[i]!;
      if (k === -1) {
        this.chunkOf[i] = -1;
        i++;
        continue;
      }
      const mentions = [this.mentions[k]!];
      let end = this.mentions[k]!.tokEnd;
      // Join the next mention when only title words or brackets stand between.
      for (;;) {
        let j = end;
        let steps = 0;
        // … or a possessive after a place: "China's Wang Yi" is one chunk, headed by the person
        const last = mentions[mentions.length - 1]!;
        while (
          j < to &&
          steps <= 5 &&
          this.atToken[j] === -1 &&
          (BRACKET.has(this.tokens[j]!.text) ||
            this.isCapitalizedWord(j) ||
            (j === end && last.entity.type === 'LOC' && this.cues.possessiveMarkers.has(this.lower(j))) ||
            // "Direktur PT PPI berinisial CS": the person the title and body describe, by their initials
            (j === end && last.entity.type !== 'PER' && this.cues.initialsCues.has(this.lower(j))) ||
            // "U.S. Secretary of State Antony Blinken": a link word inside a title, between capitalized words
            (j > end && j + 1 < to && this.cues.titleLinks.has(this.lower(j)) && this.isCapitalizedWord(j - 1) && this.isCapitalizedWord(j + 1)))
        ) {
          j++;
          steps++;
        }
        if (j < to && this.atToken[j]! >= 0 && j - end <= 5) {
          const m = this.mentions[this.atToken[j]!]!;
          mentions.push(m);
          end = m.tokEnd;
          continue;
        }
        break;
      }
      // A closing bracket right after the last name belongs to the chunk: "Amerika Serikat (AS)".
      if (end < to && /^[)\]]$/.test(this.tokens[end]!.text) && end - 2 >= mentions[0]!.tokStart && /^[([]$/.test(this.tokens[mentions[mentions.length - 1]!.tokStart - 1]?.text ?? '')) end++;
      const chunk: Chunk = { tokStart: mentions[0]!.tokStart, tokEnd: end, mentions, head: headOf(mentions) };
      const id = this.chunks.length;
      this.chunks.push(chunk);
      for (let t = chunk.tokStart; t < chunk.tokEnd; t++) this.chunkOf[t] = id;
      i = end;
    }
  }

  /**
   * The preposition that governs a chunk: walking back over at most four title or modifier words,
   * the first preposition met; null when a verb, a clause break, a coordinator or another name
   * comes first (the chunk is then a bare subject or object).
   */
  governor(chunk: Chunk, from: number): string | null {
    let k = chunk.tokStart - 1;
    // A place in apposition shares its governor: "di Canberra, Australia". Not a place of another
    // country, which starts the clause after a fronted place: "Di Gaza, Israel melakukan …".
    if (k - 1 >= from && this.cues.listSeparators.has(this.lower(k)) && chunk.head.entity.type === 'LOC') {
      const prev = this.chunkAt(k - 1);
      if (prev && prev.head.entity.type === 'LOC' && sameCountry(prev.head.entity, chunk.head.entity)) return this.governor(prev, from);
    }
    // A place coordinated with a place shares its governor: "di Sumatera Barat dan Sumut", "in Gaza, the
    // West Bank and Lebanon". Not when a verb follows, where the name opens a clause ("di Gaza dan Israel
    // membalas").
    if (chunk.head.entity.type === 'LOC' && k >= from && this.cues.coordinators.has(this.lower(k)) && !(chunk.tokEnd < this.tokens.length && this.isVerb(chunk.tokEnd))) {
      const j = k - 1 >= from && this.cues.listSeparators.has(this.lower(k - 1)) ? k - 2 : k - 1;
      const prev = j >= from ? this.chunkAt(j) : null;
      if (prev && prev.head.entity.type === 'LOC') return this.governor(prev, from);
    }
    let steps = 0;
    const c = this.cues;
    while (k >= from && steps < 4) {
      const w = this.lower(k);
      // "thousands of protesters", "a group of students": the quantity and its "of" are no governor
      if (w === c.partitivePreposition && k - 1 >= from && c.partitives.has(this.lower(k - 1))) {
        k -= 2;
        continue;
      }
      // "On Sunday Russia attacked": the preposition governs the time, not the name
      if (this.isTime(k)) return null;
      // "up to 100 protesters", "more than 1,000 workers": the number's own words are no governor
      if (isNumber(this.tokens[k]!.text)) {
        k -= 1 + this.quantityPhraseBefore(k, from);
        steps++;
        continue;
      }
      // ("Menteri Dalam Negeri Malaysia": a capitalized preposition between capitalized words is part of a title)
      if (c.preps.has(w) && !(k - 1 >= from && CAPITALIZED.test(this.tokens[k]!.text) && this.isCapitalizedWord(k - 1) && this.isCapitalizedWord(k + 1))) {
        // "Dalam rangkaian kunjungan Presiden Prabowo bertemu …", "After the attack Israel said …": a frame's
        // phrase with no comma after it; the name right before the predicate opens the clause
        if (k >= chunk.tokStart - 1 || !c.frameWords.has(w) || c.placePreps.has(w) || chunk.tokEnd >= this.tokens.length || !this.isVerb(chunk.tokEnd)) return w;
        return null;
      }
      // "Dalam acara tersebut Presiden Prabowo bertemu …": a demonstrative after a noun closes the
      // preposition's phrase; the name after it opens the clause
      if (c.anaphoraAfterNoun.has(w) && k > from && !c.preps.has(this.lower(k - 1))) return null;
      if (this.cues.clauseBreaks.has(w) || this.cues.coordinators.has(w) || this.cues.relativizers.has(w)) return null;
      if (this.atToken[k] !== -1 || this.isVerb(k)) return null;
      if (PUNCTUATION.test(this.tokens[k]!.text) && !BRACKET.has(this.tokens[k]!.text)) return null;
      k--;
      steps++;
    }
    return null;
  }

  /** How many words before token k make a quantity phrase with the number at k ("up to"), 0 if none. */
  private quantityPhraseBefore(k: number, from: number): number {
    for (const q of this.cues.quantityPhrases) {
      if (k - q.length < from) continue;
      let ok = true;
      for (let i = 0; i < q.length && ok; i++) ok = this.lower(k - q.length + i) === q[i];
      if (ok) return q.length;
    }
    return 0;
  }

  /** Title words before a chunk ("Presiden", "Perdana Menteri"): where its noun phrase starts. */
  phraseStart(chunk: Chunk, from: number): number {
    let k = chunk.tokStart;
    while (k - 1 >= from && this.atToken[k - 1] === -1 && chunk.tokStart - k < 6) {
      const t = this.tokens[k - 1]!.text;
      if (this.isCapitalizedWord(k - 1)) k--;
      else if (t === ')' && k - 3 >= from && this.tokens[k - 3]!.text === '(' && this.isCapitalizedWord(k - 2)) k -= 3; // "Perdana Menteri (PM)"
      else break;
    }
    return k;
  }

  /** Chunks coordinated with this one, in text order ("Jepang dan Korsel", "AS, Australia, dan Jepang", "Biden-Xi"). */
  coordination(chunk: Chunk, from: number, to: number): Chunk[] {
    const out: Chunk[] = [chunk];
    // backwards
    let cur = chunk;
    for (;;) {
      const prev = this.coordinatedBefore(cur, from, out.length > 1);
      if (!prev) break;
      out.unshift(prev);
      cur = prev;
    }
    const between = this.afterBetween(out[0]!, from);
    cur = chunk;
    for (;;) {
      const next = this.coordinatedAfter(cur, to, between);
      if (!next) break;
      out.push(next);
      cur = next;
    }
    return out;
  }

  /**
   * The chunk's phrase (its title words with it) comes right after a preposition of two sides ("antara",
   * "between"), a word or two for the sides apart ("antara pasukan Thailand dan Kamboja", "antara Menteri Luar
   * Negeri Korsel Cho Hyun dan …").
   */
  afterBetween(chunk: Chunk, from: number): boolean {
    let k = this.phraseStart(chunk, from) - 1;
    for (let n = 0; n < 2 && k >= from && this.isPlainWord(k); n++) k--;
    return k >= from && this.cues.betweenPreps.has(this.lower(k));
  }

  private coordinatedBefore(chunk: Chunk, from: number, inList: boolean): Chunk | null {
    let k = this.phraseStart(chunk, from) - 1;
    // up to three modifier words: "Jepang dan pemerintah Korsel", "Retno and her Finnish counterpart Timo Soini"
    for (let n = 0; n < 3 && k >= from && this.atToken[k] === -1 && (this.isPlainWord(k) || this.isCapitalizedWord(k)); n++) k--;
    if (k < from) return null;
    const w = this.lower(k);
    const isCoord = this.cues.coordinators.has(w) || (inList && this.cues.listSeparators.has(w));
    if (!isCoord) return null;
    let j = k - 1;
    if (j >= from && this.cues.listSeparators.has(this.lower(j)) && this.cues.coordinators.has(w)) j--; // "X, Y, and Z"
    if (j >= from && BRACKET.has(this.tokens[j]!.text)) j--;
    if (j < from) return null;
    const prev = this.chunkAt(j);
    if (!prev) return null;
    // "… menyerang Gaza dan Turki mengecam …": a name right after a predicate is its object, not a co-subject
    // (after a verb of saying it opens what is said: "mengatakan Malaysia dan Indonesia sepakat …")
    for (let v = this.phraseStart(prev, from) - 1, n = 0; v >= from && n < 3; v--, n++) {
      if (this.isVerb(v)) {
        if (this.cues.reportingVerbs.has(this.lower(v))) break;
        return null;
      }
      if (!this.isPlainWord(v)) break;
    }
    return prev;
  }

  private coordinatedAfter(chunk: Chunk, to: number, between = false): Chunk | null {
    let k = chunk.tokEnd;
    if (k < to && BRACKET.has(this.tokens[k]!.text)) k++;
    if (k >= to) return null;
    const w = this.lower(k);
    const isList = this.cues.listSeparators.has(w);
    if (!this.cues.coordinators.has(w) && !isList) return null;
    let j = k + 1;
    if (isList && j < to && this.cues.coordinators.has(this.lower(j))) j++;
    for (let n = 0; n < 4 && j < to && this.atToken[j] === -1 && (this.isPlainWord(j) || this.isCapitalizedWord(j)); n++) j++;
    // "… dan mitranya dari Jepang Takeshi Iwaya": where the person is from, before their name
    // (the place and the name may be one chunk, "Jepang Takeshi Iwaya", headed by the person)
    if (j > k + 1 && j + 1 < to && this.cues.groupOriginPreps.has(this.lower(j))) {
      const place = this.chunkAt(j + 1);
      if (place && place.tokStart === j + 1 && place.head.entity.type === 'PER' && place.mentions[0]!.entity.type === 'LOC') j++;
      else if (place && place.head.entity.type === 'LOC' && place.tokEnd < to && this.chunkAt(place.tokEnd)?.head.entity.type === 'PER') j = place.tokEnd;
    }
    if (j >= to) return null;
    const next = this.chunkAt(j);
    if (!next) return null;
    // "… Gaza dan Turki mengecam …": a name followed by its own predicate starts a new clause
    if (!between) {
      for (let v = next.tokEnd, n = 0; v < to && n < 3; v++, n++) {
        if (this.isVerb(v)) return null;
        if (!this.isPlainWord(v)) break;
      }
    }
    if (isList) {
      // "X, Y dan Z": a comma only coordinates when a coordinator closes the list
      const after = this.coordinatedAfter(next, to, between);
      if (!after && !this.cues.coordinators.has(this.lower(k + 1))) return null;
    }
    return next;
  }

  /** A lower-case word that is no verb, preposition, break, coordinator or pronoun: a modifier or head noun. */
  isPlainWord(i: number): boolean {
    return (this.flags(i) & F_PLAIN) !== 0;
  }

  /**
   * Token i may stand among the modifiers before an act's noun ("mounted its long-threatened invasion",
   * "staged a 24-hour hunger strike", "provided 25 tons of food aid"): a plain word, a determiner, a number,
   * a hyphen inside a word or a partitive's link word; no name.
   */
  isNounModifier(i: number): boolean {
    if (this.chunkAt(i)) return false;
    const w = this.lower(i);
    // (a sum describes the act too: "a $1 billion arms sale")
    if (this.isPlainWord(i) || this.cues.nounDeterminers.has(w) || this.cues.modifierLinks.has(w) || /^[\d\p{Sc}]/u.test(w)) return true;
    const t = this.tokens;
    return t[i]!.text === '-' && i > 0 && i + 1 < t.length && t[i - 1]!.end === t[i]!.start && t[i]!.end === t[i + 1]!.start;
  }

  /** The support verb before an act's noun starting at token `first`, across its modifiers (at most 7 tokens back), else -1. */
  supportVerbBefore(first: number, from: number): number {
    for (let k = first - 1, n = 0; k >= from && n < 7; k--, n++) {
      if (this.cues.supportVerbs.has(this.lower(k))) return k;
      if (!this.isNounModifier(k)) return -1;
    }
    return -1;
  }
}

/** Whether two places' actor codes name the same country (true when either has none). */
function sameCountry(a: Entity, b: Entity): boolean {
  return a.actor === null || b.actor === null || a.actor.slice(0, 3) === b.actor.slice(0, 3);
}

function headOf(mentions: Mention[]): Mention {
  for (let i = mentions.length - 1; i >= 0; i--) if (mentions[i]!.entity.type === 'PER') return mentions[i]!;
  for (const m of mentions) if (m.entity.type === 'ORG') return m;
  return mentions[0]!;
}
