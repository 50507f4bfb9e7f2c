/**
 * Word-list (gazetteer) membership as features. Entries are token sequences, matched case-insensitively
 * on token hashes: every token of a match gets the list's "begin" or "inside" bit.
 */
import { LEX_CONTINUES, type Lexicon } from './features.js';
import { combine, hashString } from './hash.js';
import { IntMap } from './intmap.js';
import type { SectionArray } from './sections.js';

const SEED = 0x2545f491;
/** Value bit: some entry continues past this prefix. */
const PREFIX_BIT = LEX_CONTINUES;
/** Longest entry, in tokens. */
export const MAX_ENTRY_TOKENS = 8;

export class HashedLexicon implements Lexicon {
  private readonly map: IntMap;

  constructor(
    readonly names: readonly string[],
    private readonly keys: Int32Array,
    private readonly values: Int32Array,
  ) {
    this.map = new IntMap(keys, values);
  }

  get lists(): number {
    return this.names.length;
  }

  /** Builds from (list name, tokens) entries; `names` fixes the list order (at most 30 lists). */
  static build(names: readonly string[], entries: Iterable<{ list: string; tokens: readonly string[] }>): HashedLexicon {
    if (names.length > 30) throw new Error('at most 30 word lists');
    const table = new Map<number, number>();
    for (const e of entries) {
      const li = names.indexOf(e.list);
      if (li < 0 || e.tokens.length === 0 || e.tokens.length > MAX_ENTRY_TOKENS) continue;
      let h = SEED;
      e.tokens.forEach((t, i) => {
        h = combine(h, hashString(t, true));
        const last = i === e.tokens.length - 1;
        table.set(h, (table.get(h) ?? 0) | (last ? 1 << li : PREFIX_BIT));
      });
    }
    const keys = [...table.keys()].sort((a, b) => a - b);
    return new HashedLexicon(names, Int32Array.from(keys), Int32Array.from(keys, (k) => table.get(k)!));
  }

  mark(lowerHashes: Int32Array, n: number, begins: Int32Array, inside: Int32Array, at: number): void {
    for (let i = 0; i < n; i++) {
      let h = SEED;
      for (let j = i; j < n && j < i + MAX_ENTRY_TOKENS; j++) {
        h = combine(h, lowerHashes[j]);
        const v = this.map.get(h);
        if (v < 0) break;
        let lists = v & ~PREFIX_BIT;
        while (lists !== 0) {
          const b = 31 - Math.clz32(lists);
          lists &= ~(1 << b);
          begins[at + i] |= 1 << b;
          for (let k = i + 1; k <= j; k++) inside[at + k] |= 1 << b;
        }
        if ((v & PREFIX_BIT) === 0) break;
      }
    }
  }

  first(lowerHash: number): number {
    return this.map.get(combine(SEED, lowerHash));
  }

  markLonger(lowerHashes: Int32Array, i: number, end: number, begins: Int32Array, inside: Int32Array): void {
    let h = combine(SEED, lowerHashes[i]);
    for (let j = i + 1; j < end && j < i + MAX_ENTRY_TOKENS; j++) {
      h = combine(h, lowerHashes[j]);
      const v = this.map.get(h);
      if (v < 0) break;
      let lists = v & ~PREFIX_BIT;
      while (lists !== 0) {
        const b = 31 - Math.clz32(lists);
        lists &= ~(1 << b);
        begins[i] |= 1 << b;
        for (let k = i + 1; k <= j; k++) inside[k] |= 1 << b;
      }
      if ((v & PREFIX_BIT) === 0) break;
    }
  }

  describe(): object {
    return { lists: this.names, entries: this.keys.length };
  }

  toSections(prefix: string): Record<string, SectionArray> {
    return { [`${prefix}keys`]: this.keys, [`${prefix}values`]: this.values };
  }

  static fromSections(desc: unknown, sections: Map<string, SectionArray>, prefix: string): HashedLexicon {
    const d = desc as { lists: string[] };
    const g = (n: string): Int32Array => {
      const s = sections.get(prefix + n);
      if (!(s instanceof Int32Array)) throw new Error(`model file lacks section ${prefix}${n}`);
      return s;
    };
    return new HashedLexicon(d.lists, g('keys'), g('values'));
  }
}
