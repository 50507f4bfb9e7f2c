/**
 * Multi-word keys matched over tokens (the knowledge base's aliases, the language's phrases): every key
 * (`kim jong un`) is stored as a trie over its words. Each word is interned once as a number (in a
 * Vocabulary several indexes can share), and the trie's edges are (node, word) pairs in one
 * open-addressing table of typed arrays: walking from a token builds no strings, and with TokenWords
 * each token's word is looked up once per text however many walks pass over it.
 *
 * A large index (the knowledge base) is built lazily: at load only the key map and, per first word,
 * the chain of its rows; the keys starting with a word enter the trie when a walk first starts with it
 * (loading stays as fast as a plain map, and a run meets a small part of the names).
 */
import type { Scratch } from '../../util/scratch.js';
import { fnv } from '../../util/fnv.js';

/** A cheap fingerprint of a word (FNV-1a over its characters), 32 bits. */
export function fingerprint(word: string): number {
  return fnv(word) >>> 0;
}

/** A bit per fingerprint of the strings added: most strings never added are told without a map lookup. */
class Fingerprints {
  private readonly bits: Int32Array;
  private readonly mask: number;

  /** `size`: the number of bits, as a power of two */
  constructor(size: number) {
    this.bits = new Int32Array(1 << (size - 5));
    this.mask = (1 << size) - 1;
  }

  add(s: string): void {
    const f = fingerprint(s) & this.mask;
    this.bits[f >>> 5] |= 1 << (f & 31);
  }

  /** false: never added; true: perhaps */
  mayHave(s: string): boolean {
    return this.mayHavePrint(fingerprint(s));
  }

  /** mayHave, for a string whose fingerprint is known */
  mayHavePrint(print: number): boolean {
    const f = print & this.mask;
    return (this.bits[f >>> 5]! & (1 << (f & 31))) !== 0;
  }
}

/** Words as numbers. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly prints: Fingerprints;

  /** `bits`: the size of the fingerprint filter, as a power of two (20 for tens of thousands of words, 11 for a few dozen) */
  constructor(readonly bits = 11) {
    this.prints = new Fingerprints(bits);
  }

  get size(): number {
    return this.ids.size;
  }

  /** The word's number, a new one for a new word. */
  add(word: string): number {
    let w = this.ids.get(word);
    if (w === undefined) {
      w = this.ids.size;
      this.ids.set(word, w);
      this.prints.add(word);
    }
    return w;
  }

  /** The word's number, or -1 when no key has the word (yet). */
  id(word: string): number {
    if (!this.prints.mayHave(word)) return -1;
    return this.ids.get(word) ?? -1;
  }

  /** id, for a word whose fingerprint is known */
  idPrint(word: string, print: number): number {
    if (!this.prints.mayHavePrint(print)) return -1;
    return this.ids.get(word) ?? -1;
  }
}

const UNSET = -2;
/** a token whose key has several words (`jong un` for `Jong-un`) */
const SEVERAL = -3;
/** punctuation: stops every walk */
const STOP = -4;
/** a word not in the vocabulary when vocab.size was n is stored as MISS - n (a vocabulary that grew since is asked again) */
const MISS = -10;

/** The word numbers of a text's tokens, looked up on first use. */
export class TokenWords {
  private readonly ids: Int32Array;
  /** 1: the index has made ready the keys starting with this token */
  readonly ready: Uint8Array;
  /** 1 on a mark glued between two words of one name ("Al-Qaeda"), which a walk steps over; null: none */
  joiners: Uint8Array | null = null;

  constructor(
    readonly vocab: Vocabulary,
    /** each token's name key ('' for punctuation) */
    readonly keys: readonly string[],
    /** the fingerprint of each key */
    private readonly prints: Int32Array,
    /** memory to reuse for the per-token arrays (valid until its next use), instead of new arrays */
    scratch: Scratch | null = null,
  ) {
    const n = keys.length;
    this.ids = (scratch ? scratch.int32Views([n])[0]! : new Int32Array(n)).fill(UNSET);
    this.ready = scratch ? scratch.uint8View(n) : new Uint8Array(n);
  }

  /** Token i's word number: <0 for no word of the vocabulary (or punctuation, or out of range), SEVERAL for a key of several words. */
  id(i: number): number {
    const v = this.ids[i];
    if (v === undefined) return STOP;
    if (v > MISS) {
      if (v !== UNSET) return v;
    } else if (MISS - v === this.vocab.size) return -1;
    const k = this.keys[i]!;
    let w: number;
    if (k === '') w = STOP;
    else if (k.indexOf(' ') !== -1) {
      // A token of several words is walked over only when the vocabulary has each of them.
      w = SEVERAL;
      for (let a = 0; a <= k.length; ) {
        let b = k.indexOf(' ', a);
        if (b === -1) b = k.length;
        if (this.vocab.id(k.slice(a, b)) < 0) {
          w = MISS - this.vocab.size;
          break;
        }
        a = b + 1;
      }
    } else {
      w = this.vocab.idPrint(k, this.prints[i]!);
      if (w < 0) w = MISS - this.vocab.size;
    }
    this.ids[i] = w;
    return w < MISS + 1 ? -1 : w;
  }
}

function firstWord(key: string): string {
  const sp = key.indexOf(' ');
  return sp === -1 ? key : key.slice(0, sp);
}

export class KeyIndex {
  /** key → the first row with that key; further rows with the same key chain through `more` */
  private readonly byKey = new Map<string, number>();
  private readonly keyPrints: Fingerprints;
  private readonly more = new Map<number, number[]>();
  private readonly rowLists = new Map<number, number[]>();
  /** lazy: by first word's number, the first and last row of its chain (in `nextInHead`) until the trie holds its keys, then -1 */
  private readonly headFirst: number[] = [];
  private readonly headLast: number[] = [];
  private readonly nextInHead: number[] = [];
  private readonly keyOfRow: string[] = [];
  /** trie: the first row of the key ending at each node (-1: none) */
  private readonly nodeRow: number[] = [-1];
  /** edges: slot → parent node + 1 (0: empty), word, child node */
  private edgeFrom = new Int32Array(16);
  private edgeWord = new Int32Array(16);
  private edgeTo = new Int32Array(16);
  private edgeCount = 0;

  constructor(
    readonly vocab: Vocabulary = new Vocabulary(),
    private readonly lazy = false,
  ) {
    this.keyPrints = new Fingerprints(vocab.bits);
  }

  /**
   * Stores a row under a key (words separated by one space). `reversed`: the words enter the trie last
   * first, for walkBack (an index holds keys one way only, and is not lazy).
   */
  insert(key: string, row: number, reversed = false): void {
    const first = this.byKey.get(key);
    if (first === undefined) {
      this.byKey.set(key, row);
      this.keyPrints.add(key);
      if (!this.lazy) this.addToTrie(key, row, reversed);
      else {
        const head = this.vocab.add(firstWord(key));
        const first = this.headFirst[head];
        if (first === -1) {
          this.addToTrie(key, row, false);
          return;
        }
        if (first === undefined) this.headFirst[head] = row;
        else this.nextInHead[this.headLast[head]!] = row;
        this.headLast[head] = row;
        this.nextInHead[row] = -1;
        this.keyOfRow[row] = key;
      }
    } else {
      const list = this.more.get(first);
      if (list) list.push(row);
      else this.more.set(first, [row]);
      this.rowLists.delete(first);
    }
  }

  /** The rows stored under a key (empty when none; the list is shared: do not change it). */
  get(key: string): number[] {
    if (!this.keyPrints.mayHave(key)) return [];
    const first = this.byKey.get(key);
    return first === undefined ? [] : this.rowsOf(first);
  }

  /**
   * Every key that starts at token `from` (tokens up to `to`): `found(endToken, rows)` for each
   * token end where one ends, shortest first. `keyOf(i)` is token i's name key ('' stops the walk).
   */
  walk(from: number, to: number, keyOf: (i: number) => string, found: (end: number, rows: number[]) => void): void {
    if (from >= to) return;
    const k0 = keyOf(from);
    if (k0 === '') return;
    if (this.lazy) this.ready(this.vocab.id(firstWord(k0)));
    let node = 0;
    for (let i = from; i < to; i++) {
      const k = keyOf(i);
      if (k === '') return;
      node = this.stepKey(node, k, false);
      if (node < 0) return;
      const row = this.nodeRow[node]!;
      if (row !== -1) found(i + 1, this.rowsOf(row));
    }
  }

  /** walk, with the tokens' words looked up once (`words` must use this index's vocabulary). */
  walkWords(from: number, to: number, words: TokenWords, found: (end: number, rows: number[]) => void): void {
    if (from >= to) return;
    if (this.lazy && words.ready[from] === 0) {
      words.ready[from] = 1;
      const w = words.id(from);
      if (w >= 0) this.ready(w);
      else if (w === SEVERAL) this.ready(this.vocab.id(firstWord(words.keys[from]!)));
    }
    let node = 0;
    for (let i = from; i < to; i++) {
      // a hyphen glued inside a name ("Al-Qaeda", "Guinea-Bissau": keys drop it) is stepped over
      if (words.joiners !== null && words.joiners[i] === 1) {
        if (i === from) return;
        continue;
      }
      node = this.stepToken(node, words, i, false);
      if (node < 0) return;
      const row = this.nodeRow[node]!;
      if (row !== -1) found(i + 1, this.rowsOf(row));
    }
  }

  /** Every key inserted `reversed` that ends at token `last` (tokens from `floor`): `found(startToken, rows)`, shortest first. */
  walkBack(last: number, floor: number, words: TokenWords, found: (start: number, rows: number[]) => void): void {
    let node = 0;
    for (let i = last; i >= floor; i--) {
      node = this.stepToken(node, words, i, true);
      if (node < 0) return;
      const row = this.nodeRow[node]!;
      if (row !== -1) found(i, this.rowsOf(row));
    }
  }

  /**
   * The longest key starting at token `from` (tokens before `to`; not for a lazy index): its end token,
   * or -1; its first row is then in `lastRow`.
   */
  longestFrom(from: number, to: number, words: TokenWords): number {
    let node = 0;
    let best = -1;
    for (let i = from; i < to; i++) {
      node = this.stepToken(node, words, i, false);
      if (node < 0) break;
      const row = this.nodeRow[node]!;
      if (row !== -1) {
        best = i + 1;
        this.lastRow = row;
      }
    }
    return best;
  }

  /** The longest key inserted `reversed` ending at token `last` (tokens from `floor`): its start token, or -1 (row in `lastRow`). */
  longestBack(last: number, floor: number, words: TokenWords): number {
    let node = 0;
    let best = -1;
    for (let i = last; i >= floor; i--) {
      node = this.stepToken(node, words, i, true);
      if (node < 0) break;
      const row = this.nodeRow[node]!;
      if (row !== -1) {
        best = i;
        this.lastRow = row;
      }
    }
    return best;
  }

  /** the first row of the key longestFrom or longestBack found last */
  lastRow = -1;

  /** Puts the keys starting with a word (its number) into the trie (lazy index). */
  private ready(head: number): void {
    if (head < 0) return;
    const start = this.headFirst[head];
    if (start === undefined || start === -1) return;
    this.headFirst[head] = -1;
    for (let r = start; r !== -1; r = this.nextInHead[r]!) this.addToTrie(this.keyOfRow[r]!, r, false);
  }

  private addToTrie(key: string, row: number, reversed: boolean): void {
    let node = 0;
    const parts = key.split(' ');
    if (reversed) parts.reverse();
    for (const part of parts) {
      const w = this.vocab.add(part);
      let next = this.child(node, w);
      if (next < 0) {
        next = this.nodeRow.length;
        this.nodeRow.push(-1);
        this.addEdge(node, w, next);
      }
      node = next;
    }
    this.nodeRow[node] = row;
  }

  private stepToken(node: number, words: TokenWords, i: number, reversed: boolean): number {
    const w = words.id(i);
    if (w >= 0) return this.child(node, w);
    if (w !== SEVERAL) return -1;
    return this.stepKey(node, words.keys[i]!, reversed);
  }

  /** The node after a token's key (one word or several), or -1. */
  private stepKey(node: number, k: string, reversed: boolean): number {
    if (k.indexOf(' ') === -1) {
      const w = this.vocab.id(k);
      return w < 0 ? -1 : this.child(node, w);
    }
    const parts = k.split(' ');
    if (reversed) parts.reverse();
    for (const part of parts) {
      const w = this.vocab.id(part);
      if (w < 0) return -1;
      node = this.child(node, w);
      if (node < 0) return -1;
    }
    return node;
  }

  /** The rows of a key, by its first row (the list is shared). */
  private rowsOf(first: number): number[] {
    let list = this.rowLists.get(first);
    if (list === undefined) {
      const rest = this.more.get(first);
      list = rest ? [first, ...rest] : [first];
      this.rowLists.set(first, list);
    }
    return list;
  }

  private slot(node: number, w: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(w + 1, 0x85ebca77)) >>> 0;
  }

  private child(node: number, w: number): number {
    const mask = this.edgeFrom.length - 1;
    for (let s = this.slot(node, w) & mask; ; s = (s + 1) & mask) {
      const f = this.edgeFrom[s]!;
      if (f === 0) return -1;
      if (f === node + 1 && this.edgeWord[s] === w) return this.edgeTo[s]!;
    }
  }

  private addEdge(node: number, w: number, to: number): void {
    if ((this.edgeCount + 1) * 2 > this.edgeFrom.length) this.grow();
    const mask = this.edgeFrom.length - 1;
    let s = this.slot(node, w) & mask;
    while (this.edgeFrom[s] !== 0) s = (s + 1) & mask;
    this.edgeFrom[s] = node + 1;
    this.edgeWord[s] = w;
    this.edgeTo[s] = to;
    this.edgeCount++;
  }

  private grow(): void {
    const from = this.edgeFrom;
    const word = this.edgeWord;
    const to = this.edgeTo;
    this.edgeFrom = new Int32Array(from.length * 2);
    this.edgeWord = new Int32Array(from.length * 2);
    this.edgeTo = new Int32Array(from.length * 2);
    this.edgeCount = 0;
    for (let s = 0; s < from.length; s++) if (from[s] !== 0) this.addEdge(from[s]! - 1, word[s]!, to[s]!);
  }
}
