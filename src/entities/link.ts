/**
 * In-document linking: mentions of one referent become one group — the same knowledge-base entry,
 * a pairing (parentheses, `alias`), the same name, or a part of a person's fuller name (`Kim` → `Kim
 * Jong Un`, `Abu Hasna` → `Adnan Abu Hasna`). Then the text is searched once more for those short forms
 * where nothing was found (`Kim` in `kata Kim`, `KCNA` after `Kantor Berita Pusat Korea (KCNA)`).
 */
import type { Doc, Mention } from './doc.js';
import type { KbEntry } from './kb/load.js';
import type { TitleRole } from './lexicon.js';
import { KeyIndex, Vocabulary } from './kb/trie.js';
import { afterPersonTitle } from './titles.js';
import { capInitials } from './parens.js';

const UPPER_START = /^\p{Lu}/u;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;

export class Groups {
  private readonly parent: number[] = [];
  readonly mentions: Mention[] = [];

  add(m: Mention): number {
    this.mentions.push(m);
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }

  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) {
      const next = this.parent[i]!;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  /** The groups, each a list of mention indices in text order, groups in order of their first mention. */
  lists(): number[][] {
    const by = new Map<number, number[]>();
    const order = this.mentions.map((_, i) => i).sort((a, b) => this.mentions[a]!.start - this.mentions[b]!.start || a - b);
    for (const i of order) {
      const r = this.find(i);
      const list = by.get(r);
      if (list) list.push(i);
      else by.set(r, [i]);
    }
    return [...by.values()];
  }
}

/** Name words of a person's mention that can stand alone: capitalised, not an initial, not a particle. */
function nameWords(doc: Doc, m: Mention): number[] {
  const out: number[] = [];
  for (let i = m.t0; i < m.t1; i++) if (doc.keys[i] !== '') out.push(i);
  return out;
}

/** A name word that can stand alone; a function word only as a name's last word, its surname ("Lawrence Wong"). */
function standalone(doc: Doc, i: number, last: boolean): boolean {
  const w = doc.word(i);
  return UPPER_START.test(w) && w.replace(/\./g, '').length >= 2 && (last || !doc.lex.stopwords.has(doc.keys[i]!)) && !doc.lex.titles.map.has(doc.keys[i]!);
}

/**
 * Short forms of each person group: each name word and the longer runs at either end (`Kim`, `Jong`,
 * `Minh`, `Ho Chi`, `Chi Minh` for `Ho Chi Minh`, where each word can stand alone; Indonesian names are
 * often shortened to a middle word: `Rachmat` for `Muhammad Rachmat Kaimuddin`).
 */
/** The longest short form taken from either end of a name. */
const MAX_PART_WORDS = 5;

function personParts(doc: Doc, groups: Groups, lists: number[][]): Map<string, number[]> {
  const parts = new Map<string, number[]>();
  for (const list of lists) {
    const root = groups.find(list[0]!);
    for (const mi of list) {
      const m = groups.mentions[mi]!;
      if (m.type !== 'PER' || m.t0 < 0) continue;
      const words = nameWords(doc, m);
      const n = words.length;
      if (n < 2) continue;
      const alone = words.map((i, j) => standalone(doc, i, j === n - 1));
      const add = (key: string) => {
        const roots = parts.get(key);
        if (!roots) parts.set(key, [root]);
        else if (!roots.includes(root)) roots.push(root);
      };
      // Each word, then the runs at either end, shortest first (the order the parts are tried in later).
      for (let j = 0; j < n; j++) if (alone[j]) add(doc.keys[words[j]!]!);
      // Runs of at most MAX_PART_WORDS: a "name" thousands of words long (text without punctuation) would cost their square.
      const kMax = Math.min(n, MAX_PART_WORDS + 1);
      let headKey = doc.keys[words[0]!]!;
      let headAlone = alone[0]!;
      let tailKey = doc.keys[words[n - 1]!]!;
      let tailAlone = alone[n - 1]!;
      for (let k = 2; k < kMax; k++) {
        headKey = `${headKey} ${doc.keys[words[k - 1]!]!}`;
        headAlone &&= alone[k - 1]!;
        tailKey = `${doc.keys[words[n - k]!]!} ${tailKey}`;
        tailAlone &&= alone[n - k]!;
        if (headAlone) add(headKey);
        if (tailAlone) add(tailKey);
      }
    }
  }
  return parts;
}

/** Of several groups a short form may belong to, the one with a longer mention nearest before `pos` (else after). */
function nearest(groups: Groups, roots: number[], pos: number, longerThan: number): number {
  let best = roots[0]!;
  let bestDist = Infinity;
  const wanted = new Set(roots);
  groups.mentions.forEach((m, i) => {
    if (m.end - m.start <= longerThan) return;
    const r = groups.find(i);
    if (!wanted.has(r)) return;
    const d = m.start <= pos ? pos - m.start : 1e9 + m.start - pos;
    if (d < bestDist) {
      bestDist = d;
      best = r;
    }
  });
  return best;
}

/** The keys a mention is the same name under: its own, and for an unknown place named with a word of the
 *  country's administration, the name without it ("Kecamatan Gunung Putri" = "Gunung Putri"). */
function sameNameKeys(doc: Doc, m: Mention): string[] {
  const key = doc.spanKey(m.start, m.end);
  if (m.type !== 'LOC' || m.alias || m.t0 < 0) return [key];
  const head = doc.lex.domesticPlaceHeads.startingAt(m.t0, m.t1, doc.lexWords);
  return head && head[0] < m.t1 ? [key, doc.tokensKey(head[0], m.t1)] : [key];
}

export function linkMentions(doc: Doc, groups: Groups, links: [Mention, Mention][]): void {
  const index = new Map<Mention, number>();
  groups.mentions.forEach((m, i) => index.set(m, i));
  const n = groups.mentions.length;
  // The same knowledge-base entry, or the same name.
  const byKb = new Map<string, number>();
  const byKey = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const m = groups.mentions[i]!;
    const id = m.alias?.entry.id;
    if (id) {
      const j = byKb.get(id);
      if (j === undefined) byKb.set(id, i);
      else groups.union(j, i);
    }
    for (const key of sameNameKeys(doc, m)) {
      const j = byKey.get(key);
      if (j === undefined) byKey.set(key, i);
      else {
        const o = groups.mentions[j]!;
        const conflict = o.alias && m.alias && o.alias.entry.id !== m.alias.entry.id;
        if (!conflict) groups.union(j, i);
      }
    }
  }
  for (const [a, b] of links) {
    const ia = index.get(a);
    const ib = index.get(b);
    if (ia !== undefined && ib !== undefined) groups.union(ia, ib);
  }
  // Parts of fuller person names: a surname the knowledge base gives to someone else ("Widodo")
  // belongs to the person of this text.
  const parts = personParts(doc, groups, groups.lists());
  for (let i = 0; i < n; i++) {
    const m = groups.mentions[i]!;
    if (m.t0 < 0 || (m.type !== 'PER' && m.source !== 'tagger')) continue;
    const roots = parts.get(doc.spanKey(m.start, m.end));
    if (!roots) continue;
    const root = roots.length === 1 ? roots[0]! : nearest(groups, roots, m.start, m.end - m.start);
    if (groups.find(i) === groups.find(root)) continue;
    // a short form already with one known person does not bridge them to another
    if (knownApart(doc, groups, groups.find(i), groups.find(root))) continue;
    const full = groups.mentions[root]!;
    if (m.alias && titledOther(doc, groups, groups.find(i), m.alias.entry, groups.find(root))) continue;
    const stale = m.alias && full.alias?.entry.id !== m.alias.entry.id ? m.alias.entry.id : null;
    if (stale) for (let k = 0; k < n; k++) if (groups.find(k) === groups.find(i) && groups.mentions[k]!.alias?.entry.id === stale) groups.mentions[k]!.alias = null;
    m.type = 'PER';
    groups.union(root, i);
  }
  initialsOfNames(doc, groups);
}

/** The shortest and longest acronyms read as a name's initials. */
const MIN_INITIALS = 3;
const MAX_INITIALS = 6;

/**
 * "the paramilitary Rapid Support Forces … the RSF": an acronym the knowledge base does not know, with no
 * parentheses that define it, is the one organisation of the text whose capitalised words it spells.
 */
function initialsOfNames(doc: Doc, groups: Groups): void {
  const n = groups.mentions.length;
  let byInitials: Map<string, number[]> | null = null;
  for (let i = 0; i < n; i++) {
    const m = groups.mentions[i]!;
    if (m.type !== 'ORG' || m.alias || m.t0 < 0 || m.t1 - m.t0 !== 1) continue;
    const w = doc.word(m.t0);
    if (w.length < MIN_INITIALS || w.length > MAX_INITIALS || !ALL_CAPS.test(w)) continue;
    if (byInitials === null) {
      byInitials = new Map();
      for (let k = 0; k < n; k++) {
        const x = groups.mentions[k]!;
        if (x.type !== 'ORG' || x.t0 < 0 || x.t1 - x.t0 < MIN_INITIALS) continue;
        const key = capInitials(doc, x.t0, x.t1);
        const roots = byInitials.get(key);
        const r = groups.find(k);
        if (!roots) byInitials.set(key, [r]);
        else if (!roots.includes(r)) roots.push(r);
      }
    }
    const roots = byInitials.get(w);
    if (roots && roots.length === 1 && groups.find(i) !== roots[0]) groups.union(roots[0]!, i);
  }
}

const ALL_CAPS = /^\p{Lu}+$/u;

/**
 * "Presiden Prabowo" in a text that also names "Listyo Sigit Prabowo": the short form's group has a title
 * that fits the person the knowledge base gives the short form (a president's role) and not the known
 * person of the fuller name's group (a police chief), so the two stay apart.
 */
function titledOther(doc: Doc, groups: Groups, a: number, mine: KbEntry, b: number): boolean {
  let theirs: KbEntry | null = null;
  for (let k = 0; k < groups.mentions.length && !theirs; k++) {
    const x = groups.mentions[k]!;
    if (x.alias && x.alias.entry.id !== mine.id && x.alias.entry.type === 'PER' && groups.find(k) === b) theirs = x.alias.entry;
  }
  if (!theirs) return false;
  for (let k = 0; k < groups.mentions.length; k++) {
    const x = groups.mentions[k]!;
    if (x.t0 < 0 || groups.find(k) !== a) continue;
    const [floor] = doc.sentenceBounds(x.t0);
    const t = doc.lex.titles.endingAt(x.t0, floor, doc.lexWords);
    if (t && fits(t[1], mine) && !fits(t[1], theirs)) return true;
  }
  return false;
}

/** A title's code or role is among a person's codes in the knowledge base. */
function fits(title: TitleRole, entry: KbEntry): boolean {
  const codes = entry.codes.ranges.map((r) => r.code);
  if (entry.codes.fallback) codes.push(entry.codes.fallback);
  return codes.some((c) => (title.code !== null && c === title.code) || (title.role !== null && c.endsWith(title.role)));
}

/**
 * Whether group `a` holds a full name (two or more words) the knowledge base knows that is neither
 * inside nor around a full name of group `b`: a short form already with "Prabowo Subianto" does not
 * join "Listyo Sigit Prabowo". Names the knowledge base does not know may still join by a shared word
 * (spelling variants: "Rahman Akil", "Rahman Aqil"), and "Sri Mulyani" is inside "Sri Mulyani Indrawati".
 */
function knownApart(doc: Doc, groups: Groups, a: number, b: number): boolean {
  const names = (r: number, known: boolean): string[] => {
    const out: string[] = [];
    for (let k = 0; k < groups.mentions.length; k++) {
      const x = groups.mentions[k]!;
      if (x.type !== 'PER' || x.t0 < 0 || (known && !x.alias) || groups.find(k) !== r || nameWords(doc, x).length < 2) continue;
      out.push(` ${doc.spanKey(x.start, x.end)} `);
    }
    return out;
  };
  const mine = names(a, true);
  if (mine.length === 0) return false;
  const theirs = names(b, false);
  return theirs.length > 0 && mine.some((x) => !theirs.some((y) => y.includes(x) || x.includes(y)));
}

/**
 * Finds the groups' short forms again where no mention is (a person's name parts, acronyms from
 * pairings, any multi-word name the tagger found once), and adds them to their groups.
 */
export function propagate(doc: Doc, groups: Groups): void {
  const lists = groups.lists();
  const covered = doc.coveredFlags();
  for (const m of groups.mentions) if (m.t0 >= 0) for (let i = m.t0; i < m.t1; i++) covered[i] = 1;
  // A document's short forms are a few dozen keys: a 512-bit filter (16 words, kept on V8's heap) is enough.
  const index = new KeyIndex(new Vocabulary(9), true);
  const roots: number[] = [];
  const person: boolean[] = [];
  const exact: string[] = [];
  const titledOnly: boolean[] = [];
  /** a one-word name the tagger found */
  const oneWord: boolean[] = [];
  const add = (key: string, root: number, isPerson: boolean, surface: string, single = false, afterTitle = false) => {
    roots.push(root);
    person.push(isPerson);
    exact.push(surface);
    oneWord.push(single);
    titledOnly.push(afterTitle);
    index.insert(key, roots.length - 1);
  };
  const seen = new Set<string>();
  const parts = personParts(doc, groups, lists);
  for (const [key, rs] of parts) if (rs.length === 1) add(key, rs[0]!, true, '');
  // A one-word name the tagger found ("Sugiono juga mengundang …") names the person again right after a
  // title, where the tagger may miss it ("Menteri Luar Negeri Sugiono bertemu …"); anywhere, when the word
  // is never written in lower case in the text (no common word capitalized: "Memet menyebut …" as well as
  // "Hasilnya, Memet mengungkapkan …")
  const single = new Map<string, { root: number; surface: string }>();
  for (const list of lists) {
    const root = groups.find(list[0]!);
    for (const mi of list) {
      const m = groups.mentions[mi]!;
      if (m.type !== 'PER' || m.t0 < 0 || m.t1 - m.t0 !== 1 || m.source !== 'tagger') continue;
      const key = doc.keys[m.t0]!;
      if (key === '' || parts.has(key) || single.has(key)) continue;
      single.set(key, { root, surface: doc.text.slice(m.start, m.end) });
    }
  }
  if (single.size > 0) {
    const common = writtenInLowerCase(doc, single);
    for (const [key, { root, surface }] of single) add(key, root, true, surface, true, common.has(key));
  }
  seen.clear();
  for (const list of lists) {
    const root = groups.find(list[0]!);
    for (const mi of list) {
      const m = groups.mentions[mi]!;
      if (m.t0 < 0) continue;
      const surface = doc.text.slice(m.start, m.end);
      const key = doc.spanKey(m.start, m.end);
      // (a single letter, a listed initial, names no other place in the text: "Nilai A")
      if (seen.has(key) || key === '' || surface.length < 2) continue;
      seen.add(key);
      const acronym = m.t1 - m.t0 === 1 && TWO_CAPITALS.test(surface);
      if (acronym || m.t1 - m.t0 >= 2 || m.source === 'alias') add(key, root, false, acronym ? surface : '');
    }
  }
  for (const [a, b] of doc.sentences) {
    let i = a;
    while (i < b) {
      if (covered[i] || !doc.isCap(i)) {
        i++;
        continue;
      }
      let end = -1;
      let row = -1;
      index.walk(i, b, doc.keyOf, (e, rows) => {
        for (let k = e - 1; k >= i; k--) if (covered[k]) return;
        for (const r of rows) {
          const text = doc.spanText(i, e);
          if (exact[r] !== '' ? text !== exact[r] : !UPPER_START.test(text)) continue;
          if (person[r] && !runEdge(doc, i, e)) continue;
          // ("CEO Rekosistem, Ernest C. Layman": the title is the name's after the comma)
          if (oneWord[r] && afterPersonTitle(doc, i) && doc.word(e) === ',' && e + 1 < b && doc.isCap(e + 1)) continue;
          if (titledOnly[r] && !afterPersonTitle(doc, i)) continue;
          // ("Badan Anggaran (Banggar)": a word in parentheses right after a name is its short form)
          if (oneWord[r] && i >= 2 && doc.word(i - 1) === '(' && doc.isCap(i - 2)) continue;
          end = e;
          row = r;
        }
      });
      if (row === -1) {
        i++;
        continue;
      }
      const root = roots[row]!;
      const type = groups.mentions[root]!.type;
      const mi = groups.add(doc.mention(i, end, type, 'alias'));
      groups.union(root, mi);
      for (let k = i; k < end; k++) covered[k] = 1;
      i = end;
    }
  }
}

/** A person's short form must be a whole name, not part of a longer capitalised run ("Albanese" in "Francesca Albanese"). */
function runEdge(doc: Doc, t0: number, t1: number): boolean {
  const prev = t0 - 1;
  if (prev >= 0 && doc.sentenceOf[prev] === doc.sentenceOf[t0] && doc.isCap(prev) && !doc.sentenceStart(prev)) {
    const k = doc.keys[prev]!;
    if (!doc.lex.titles.map.has(k) && !doc.lex.honorifics.map.has(k) && !afterPersonTitle(doc, t0)) return false;
  }
  const next = t1;
  if (next < doc.tokens.length && doc.sentenceOf[next] === doc.sentenceOf[t0] && doc.isCap(next) && doc.keys[next] !== '') return false;
  return true;
}

/** Those of `keys` the text also writes in lower case somewhere. */
function writtenInLowerCase(doc: Doc, keys: ReadonlyMap<string, unknown>): Set<string> {
  const out = new Set<string>();
  for (let t = 0; t < doc.keys.length; t++) if (keys.has(doc.keys[t]!) && !doc.isCap(t)) out.add(doc.keys[t]!);
  return out;
}
