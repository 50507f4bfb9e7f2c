/**
 * The knowledge base at run time: kb/kb.json (built by scripts/build-kb.ts beside the readable
 * kb/entities.tsv and kb/aliases.tsv), loaded once per process. Only the key index is built at load;
 * entries and aliases become objects when a text first needs them.
 */
import type { Scratch } from '../../util/scratch.js';
import { readFileSync } from 'node:fs';
import type { EntityType } from '../../record/schema.js';
import { dataPath } from '../../util/paths.js';
import { codeOn, parseCodes, recordCode, type ActorCodes } from './codes.js';
import { nameKey } from './normalize.js';
import { KeyIndex, TokenWords, Vocabulary } from './trie.js';

export type EntryKind = 'country' | 'region' | 'place' | 'org' | 'person';
export type AliasKind = 'name' | 'short' | 'nick' | 'variant' | 'demonym';
export type EntrySource = 'curated' | 'cldr' | 'phoenixCountry' | 'phoenix';

export interface KbEntry {
  id: string;
  type: EntityType;
  kind: EntryKind;
  name: string;
  source: EntrySource;
  codes: ActorCodes;
}

export interface KbAlias {
  entry: KbEntry;
  kind: AliasKind;
  /** case signature (see normalize.ts) */
  sig: string;
}

/** The compact index scripts/build-kb.ts writes: name keys and case signatures precomputed. */
export interface KbIndexFile {
  /** [id, type, kind, name, codes, source] */
  entities: [string, string, string, string, string, string][];
  /** [name key, case signature, alias kind, entity index] */
  aliases: [string, string, string, number][];
}

export class KnowledgeBase {
  private readonly index = new KeyIndex(new Vocabulary(20), true);
  // Made on first use, by row number: arrays of the file's length (a Map lookup of a number cost as
  // much as the rest of a walk step).
  private readonly entryCache: (KbEntry | null)[];
  private readonly aliasCache: (KbAlias | null)[];
  /** the aliases of a key, by its first row */
  private readonly listCache: (KbAlias[] | null)[];
  private readonly byId = new Map<string, number>();

  /** first words of the few names that may start in lower case ("detikcom", "tvOne") */
  private readonly lowerFirst = new Vocabulary();

  constructor(private readonly file: KbIndexFile) {
    const { aliases } = file;
    this.entryCache = new Array<KbEntry | null>(file.entities.length).fill(null);
    this.aliasCache = new Array<KbAlias | null>(aliases.length).fill(null);
    this.listCache = new Array<KbAlias[] | null>(aliases.length).fill(null);
    for (let i = 0; i < aliases.length; i++) {
      const [key, sig] = aliases[i]!;
      if (key === '') continue;
      this.index.insert(key, i);
      if (sig.startsWith('L')) this.lowerFirst.add(key.split(' ')[0]!);
    }
  }

  /** Whether a name may start with this token: capitalised, or the first word of a lower-case name. */
  mayStart(word: string, key: string, print: number): boolean {
    const c = word.charCodeAt(0);
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
    const sp = key.indexOf(' ');
    if ((sp === -1 ? this.lowerFirst.idPrint(key, print) : this.lowerFirst.id(key.slice(0, sp))) >= 0) return true;
    return c > 127 && UPPER_START.test(word);
  }

  /** The word numbers of a text's tokens (by their name keys and those keys' fingerprints), for walk. */
  tokenWords(keys: readonly string[], prints: Int32Array, scratch: Scratch | null = null): TokenWords {
    return new TokenWords(this.index.vocab, keys, prints, scratch);
  }

  entry(i: number): KbEntry {
    let e = this.entryCache[i];
    if (!e) {
      const [id, type, kind, name, spec, source] = this.file.entities[i]!;
      e = { id, type: type as EntityType, kind: kind as EntryKind, name, source: source as EntrySource, codes: parseCodes(spec) };
      this.entryCache[i] = e;
    }
    return e;
  }

  /** An entry by its id (null when unknown). */
  entryById(id: string): KbEntry | null {
    if (this.byId.size === 0) this.file.entities.forEach((row, i) => this.byId.set(row[0], i));
    const i = this.byId.get(id);
    return i === undefined ? null : this.entry(i);
  }

  alias(row: number): KbAlias {
    let a = this.aliasCache[row];
    if (!a) {
      const [, sig, kind, ei] = this.file.aliases[row]!;
      a = { entry: this.entry(ei), kind: kind as AliasKind, sig };
      this.aliasCache[row] = a;
    }
    return a;
  }

  /** Aliases starting at token `from`, as in KeyIndex.walk (the lists are shared: do not change them). */
  walk(from: number, to: number, words: TokenWords, found: (end: number, aliases: readonly KbAlias[]) => void): void {
    this.index.walkWords(from, to, words, (end, rows) => found(end, this.aliases(rows)));
  }

  /** The aliases a whole surface form matches (case honoured by the caller; the list is shared: do not change it). */
  lookup(surface: string): readonly KbAlias[] {
    return this.lookupKey(nameKey(surface));
  }

  /** The aliases under a name key (the list is shared: do not change it). */
  lookupKey(key: string): readonly KbAlias[] {
    const rows = this.index.get(key);
    return rows.length === 0 ? [] : this.aliases(rows);
  }

  private aliases(rows: readonly number[]): KbAlias[] {
    let list = this.listCache[rows[0]!];
    if (!list) {
      list = rows.map((r) => this.alias(r));
      this.listCache[rows[0]!] = list;
    }
    return list;
  }

  /** The record's actor code for an entry on a date (null date: the most recent code). */
  actorOn(entry: KbEntry, date: string | null): string | null {
    const c = codeOn(entry.codes, date);
    return c ? recordCode(c) : null;
  }

  /** Whether a dated range of the entry holds the date, or the entry's code is not dated at all. */
  holdsOn(entry: KbEntry, date: string | null): boolean {
    const { ranges, fallback } = entry.codes;
    if (ranges.length === 0) return fallback !== null;
    if (date === null) return ranges.some((r) => r.to === null);
    const d = date.slice(0, 10);
    return ranges.some((r) => (r.from === null || r.from <= d) && (r.to === null || d <= r.to));
  }
}

const UPPER_START = /^\p{Lu}/u;

let loaded: KnowledgeBase | null = null;

/** The package's knowledge base, loaded on first use and kept for the process. */
export function loadKnowledgeBase(): KnowledgeBase {
  loaded ??= new KnowledgeBase(JSON.parse(readFileSync(dataPath('kb', 'kb.json'), 'utf8')) as KbIndexFile);
  return loaded;
}
