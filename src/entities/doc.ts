/**
 * One document as the entities stage sees it: the body's tokens (glued words split) with their name keys
 * and the sentence of each token.
 */
import type { EntityType } from '../record/schema.js';
import type { StageInput } from '../stage.js';
import { Token } from '../segment/tokens.js';
import type { KbAlias, KnowledgeBase } from './kb/load.js';
import { fingerprint, TokenWords } from './kb/trie.js';
import { nameKey } from './kb/normalize.js';
import type { EntityLexicon } from './lexicon.js';
import { startsUpper } from '../util/case.js';
import { country } from './actors.js';
import { Scratch } from '../util/scratch.js';

/** An acronym a document may define in parentheses: two to six capitals. */
const DEFINED_ACRONYM = /^\p{Lu}{2,6}$/u;

export type MentionSource = 'tagger' | 'kb' | 'rule' | 'meta' | 'alias';

export interface Mention {
  start: number;
  end: number;
  /** token range [t0, t1) in the body's tokens; -1 for spans outside the body (dateline, credits) */
  t0: number;
  t1: number;
  type: EntityType;
  /** the knowledge-base name it matched, if any */
  alias: KbAlias | null;
  source: MentionSource;
  /** a code a rule gave it (an institution phrase), if any */
  code: string | null;
  /** the type a rule settled (`X alias Y`: Y is a person), which the entity takes */
  pinned: boolean;
}

const WORDLIKE = /[\p{L}\d]/u;
const GLUED_REST = /^(?:\p{Lu}|\p{Ll}+\p{Lu})/u;
const HAS_INNER_UPPER = /^.\p{Ll}+\p{Lu}/u;
/** A capitalized word with a list item's number glued after it ("Fadli Zon6" of a scraped "… Fadli Zon6. Menteri …"). */
const NUMBERED_WORD = /^\p{Lu}\p{Ll}{2,}\d{1,2}$/u;
/** A unit's number before a slash and its name (isNumberedSlash): Arabic or Roman. */
const UNIT_NUMBER = /^(?:\d+|[IVXLC]+)$/;

/**
 * Scraped text glues a linked name to the word before it ("dilansirAFP", "daridetikNews"): a token
 * that starts with one of the language's glue words in lower case, followed by a capital (or a
 * camel-case name), is read as two tokens. So is a capitalized word with a list item's number glued
 * to it when a list lost its line breaks ("Fadli Zon6. Menteri …"); true then (`next` is the token after).
 */
function splitGlued(t: Token, prefixes: readonly string[], out: Token[], next: Token | undefined): boolean {
  const w = t.text;
  // a list's numbers glued to the words before them when the lines were joined: "Zon6." is "Zon", "6."
  const last = w.charCodeAt(w.length - 1);
  if (last >= 48 && last <= 57 && next !== undefined && next.text === '.' && next.start === t.end && NUMBERED_WORD.test(w)) {
    let d = w.length - 1;
    while (d > 0 && w.charCodeAt(d - 1) >= 48 && w.charCodeAt(d - 1) <= 57) d--;
    out.push(new Token(t.start, t.start + d, w.slice(0, d)));
    out.push(new Token(t.start + d, t.end, w.slice(d)));
    return true;
  }
  if (w.length >= 4 && hasInnerUpper(w)) {
    for (const p of prefixes) {
      if (w.length - p.length < 2) continue;
      // Capitalised at a sentence start ("DilansirAljazeera"), for the longer glue words only ("DiCaprio" stays).
      const lower = w.startsWith(p);
      if (!lower && !(p.length >= 4 && w.charCodeAt(0) === p.toUpperCase().charCodeAt(0) && w.startsWith(p.slice(1), 1))) continue;
      const rest = w.slice(p.length);
      if (!GLUED_REST.test(rest)) continue;
      out.push(new Token(t.start, t.start + p.length, w.slice(0, p.length)));
      out.push(new Token(t.start + p.length, t.end, rest));
      return false;
    }
  }
  out.push(t);
  return false;
}

/** HAS_INNER_UPPER, read by character codes for ASCII words. */
function hasInnerUpper(w: string): boolean {
  const c0 = w.charCodeAt(0);
  if (c0 >= 128 || c0 === 10 || c0 === 13) return HAS_INNER_UPPER.test(w);
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) continue;
    if (c >= 65 && c <= 90) return i >= 2;
    return c >= 128 ? HAS_INNER_UPPER.test(w) : false;
  }
  return false;
}

/** A token's name key: '' for a token with no letter or digit (WORDLIKE), read by character codes for ASCII. */
function tokenKey(w: string): string {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return WORDLIKE.test(w) ? nameKey(w) : '';
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return nameKey(w);
  }
  return '';
}

/** Texts shorter than this number their spans as start * SPAN_BASE + end (exact in a double). */
const SPAN_BASE = 2 ** 26;

/** One key for a span of a text of `length` characters: a number, or for a huge text a string. */
export function spanId(start: number, end: number, length: number): number | string {
  return length < SPAN_BASE ? start * SPAN_BASE + end : `${start}:${end}`;
}

/** Token h is a hyphen glued to the tokens on both sides of it. */
function isGluedHyphen(tokens: readonly Token[], h: number): boolean {
  const t = tokens[h]!;
  return t.text === '-' && tokens[h - 1]!.end === t.start && tokens[h + 1]!.start === t.end;
}

/** Memory for one document's per-token arrays, reused by the next document. */
export class DocMemory {
  readonly doc = new Scratch();
  readonly kbWords = new Scratch();
  readonly lexWords = new Scratch();
  /** the covered-token flags of the steps that ask for them (`Doc.coveredFlags`), one after the other */
  readonly covered = new Scratch();
}

export class Doc {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** tokens that are a list item's number split off the word before it (splitGlued), or null */
  listNumbers: number[] | null = null;
  /** name key of each token ('' for punctuation) */
  readonly keys: string[];
  /** sentence index of each token */
  readonly sentenceOf: Int32Array;
  /** the fingerprint of each key (kb/trie.ts) */
  readonly prints: Int32Array;
  /** 1 where the token starts with a capital letter */
  private readonly caps: Uint8Array;
  /** token ranges [a, b) of the sentences */
  readonly sentences: [number, number][];
  readonly date: string | null;
  /** the dateline's place (`NAIROBI, Kenya —`), or null */
  private readonly datelinePlace: string | null;
  private homeCountry: string | null | undefined = undefined;
  /** the tokens as words of the knowledge base (for its walks) */
  readonly kbWords: TokenWords;
  /** the tokens as words of the language's phrase sets (titles, heads …) */
  readonly lexWords: TokenWords;
  readonly keyOf = (i: number): string => this.keys[i] ?? '';

  constructor(
    input: StageInput,
    readonly lex: EntityLexicon,
    readonly kb: KnowledgeBase,
    /** where the per-token arrays live: a Doc is valid until the next Doc made with the same memory */
    private readonly memory: DocMemory = new DocMemory(),
  ) {
    this.text = input.text;
    const tokens: Token[] = [];
    this.sentences = [];
    const st = input.seg.sentenceTokens;
    for (let s = 0; s * 2 < st.length; s++) {
      const a = tokens.length;
      for (let i = st[2 * s]!; i < st[2 * s + 1]!; i++) {
        if (splitGlued(input.seg.tokens[i]!, lex.gluedPrefixes, tokens, input.seg.tokens[i + 1])) (this.listNumbers ??= []).push(tokens.length - 1);
      }
      this.sentences.push([a, tokens.length]);
    }
    this.tokens = tokens;
    const n = tokens.length;
    this.keys = new Array<string>(n);
    // The per-token arrays live as long as the document is being read: their memory is reused (see
    // util/scratch.ts), which is cheaper than new typed arrays for every document.
    [this.prints, this.sentenceOf] = memory.doc.int32Views([n, n]);
    this.prints.fill(0);
    this.caps = memory.doc.uint8View(n);
    // "Al-Qaeda", "Guinea-Bissau", "Soekarno-Hatta": a hyphen glued between two words joins one name
    let joiners: Uint8Array | null = null;
    for (let i = 0; i < tokens.length; i++) {
      const w = tokens[i]!.text;
      const k = tokenKey(w);
      this.keys[i] = k;
      if (k !== '') this.prints[i] = fingerprint(k);
      if (startsUpper(w)) this.caps[i] = 1;
      if (k !== '' && i >= 2 && this.keys[i - 2] !== '' && isGluedHyphen(tokens, i - 1)) (joiners ??= new Uint8Array(n))[i - 1] = 1;
    }
    this.sentences.forEach(([a, b], s) => this.sentenceOf.fill(s, a, b));
    this.date = input.meta.published;
    this.datelinePlace = input.meta.dateline?.place ?? null;
    this.kbWords = kb.tokenWords(this.keys, this.prints, memory.kbWords);
    if (joiners !== null) this.kbWords.joiners = joiners;
    this.lexWords = new TokenWords(lex.vocab, this.keys, this.prints, memory.lexWords);
  }

  /**
   * The country of a title or a state body named without one: the language's (an Indonesian article's
   * "Menteri" is Indonesian), else, where the language has none (English wires cover the world), the
   * country of the dateline's place ("NAIROBI, Kenya — President William Ruto"), else null.
   */
  get defaultCountry(): string | null {
    if (this.homeCountry === undefined) this.homeCountry = this.lex.defaultCountry ?? this.placeCountry(this.datelinePlace);
    return this.homeCountry;
  }

  private placeCountry(place: string | null): string | null {
    if (!place) return null;
    for (const a of this.kb.lookup(place)) {
      if (a.entry.type !== 'LOC' || a.kind === 'demonym') continue;
      const code = country(this.kb.actorOn(a.entry, this.date));
      if (code) return code;
    }
    return null;
  }

  /** One flag a token, all 0, for a step to mark the tokens it has covered; valid until the next call. */
  coveredFlags(): Uint8Array {
    return this.memory.covered.uint8View(this.tokens.length);
  }

  word(i: number): string {
    return this.tokens[i]?.text ?? '';
  }

  /** Token i is one of the language's clitics, a possessive "'s" in English ("Russia 's army"). */
  isClitic(i: number): boolean {
    return this.lex.clitics.has(this.word(i).toLowerCase());
  }

  /**
   * Token t is a slash glued between a number (Arabic or Roman) and a capitalized word: a military or
   * police unit's number and its name, one name ("Kodam IV/Diponegoro", "Korem 072/Pamungkas").
   */
  isNumberedSlash(t: number): boolean {
    const tok = this.tokens;
    if (t < 1 || t + 1 >= tok.length || tok[t]!.text !== '/') return false;
    return tok[t - 1]!.end === tok[t]!.start && tok[t]!.end === tok[t + 1]!.start && UNIT_NUMBER.test(tok[t - 1]!.text) && this.isCap(t + 1);
  }

  /** Starts with a capital letter. */
  isCap(i: number): boolean {
    return this.caps[i] === 1;
  }

  sentenceStart(i: number): boolean {
    const s = this.sentenceOf[i]!;
    return this.sentences[s]?.[0] === i;
  }

  /** The first token of token i's sentence, and the end of it. */
  sentenceBounds(i: number): [number, number] {
    return this.sentences[this.sentenceOf[i]!] ?? [i, i + 1];
  }

  private defined: Map<string, string> | null | undefined;

  /**
   * Acronyms the document spells out itself, `Ogan Komering Ilir (OKI)`: the acronym → the name key of
   * the capitalized words before the parenthesis whose initials it is (read once per document).
   */
  private definedAcronyms(): Map<string, string> | null {
    if (this.defined !== undefined) return this.defined;
    let out: Map<string, string> | null = null;
    const n = this.tokens.length;
    for (let p = 1; p + 2 < n; p++) {
      if (this.word(p) !== '(' || this.word(p + 2) !== ')') continue;
      const acro = this.word(p + 1);
      if (!DEFINED_ACRONYM.test(acro)) continue;
      let letters = '';
      for (let s = p - 1, k = 0; s >= 0 && k < 12 && letters.length < acro.length; s--, k++) {
        if (!this.isCap(s)) {
          if (this.keys[s] === '' || !this.lex.titleLinks.has(this.keys[s]!)) break;
          continue;
        }
        letters = this.word(s)[0]! + letters;
        if (letters === acro) (out ??= new Map()).set(acro, this.tokensKey(s, p));
      }
    }
    return (this.defined = out);
  }

  /** Token i is an acronym the document spells out as a name the knowledge base knows, other than `alias` ("Ogan Komering Ilir (OKI)" is no OIC). */
  definedOtherwise(i: number, alias: KbAlias): boolean {
    const key = this.definedAcronyms()?.get(this.word(i));
    if (key === undefined) return false;
    // only where the knowledge base knows the spelled-out name, as someone else ("Badan Pusat Statistika
    // (BPS)", misspelt, is still BPS)
    const named = this.kb.lookupKey(key);
    return named.length > 0 && !named.some((a) => a.entry.id === alias.entry.id);
  }

  private readonly spanKeys = new Map<number | string, string>();

  /** The name key of the text from `start` to `end` (kept: the same spans are keyed again and again). */
  spanKey(start: number, end: number): string {
    // Short spans early in a text get a small integer (cheaper to hash); the others a negative number or a string.
    let id: number | string;
    if (end - start < 1024 && start < 1048576) id = start * 1024 + end - start;
    else {
      const other = spanId(start, end, this.text.length);
      id = typeof other === 'number' ? -1 - other : other;
    }
    let k = this.spanKeys.get(id);
    if (k === undefined) {
      k = nameKey(this.text.slice(start, end));
      this.spanKeys.set(id, k);
    }
    return k;
  }

  /** The name key of tokens [t0, t1) with what lies between them. */
  tokensKey(t0: number, t1: number): string {
    return this.spanKey(this.tokens[t0]!.start, this.tokens[t1 - 1]!.end);
  }

  spanText(t0: number, t1: number): string {
    return this.text.slice(this.tokens[t0]!.start, this.tokens[t1 - 1]!.end);
  }

  mention(t0: number, t1: number, type: EntityType, source: MentionSource, alias: KbAlias | null = null, code: string | null = null): Mention {
    return { start: this.tokens[t0]!.start, end: this.tokens[t1 - 1]!.end, t0, t1, type, alias, source, code, pinned: false };
  }
}
