/**
 * Role titles around a person's name. A title is never part of the mention (`Presiden Prabowo Subianto`
 * → `Prabowo Subianto`); it tells the person's role, and the place or body named with it the country
 * (`Perdana Menteri Jepang Shigeru Ishiba` → JPNGOV; `Ketua DPR X` → IDNLEG; `X, Duta Besar Australia` → AUSGOV).
 */
import type { Doc, Mention } from './doc.js';
import type { TitleRole } from './lexicon.js';

/** How many leading tokens of [t0, t1) are honorifics or role titles (with a "former" word). */
export function leadingTitleTokens(doc: Doc, t0: number, t1: number): number {
  let i = t0;
  for (;;) {
    if (i < t1 && doc.lex.former.has(doc.keys[i]!)) {
      i++;
      continue;
    }
    const h = doc.lex.honorifics.startingAt(i, t1, doc.lexWords);
    if (h) {
      i = h[0];
      if (doc.word(i) === '.') i++;
      continue;
    }
    const t = doc.lex.titles.startingAt(i, t1, doc.lexWords);
    if (t) {
      i = t[0];
      continue;
    }
    return i - t0;
  }
}

/** Right after an honorific (`Dr`) or a person's title with its place or body (`Wakil Ketua MPR RI`). */
export function afterPersonTitle(doc: Doc, t0: number): boolean {
  const [floor] = doc.sentenceBounds(t0);
  let j = t0;
  if (doc.word(j - 1) === '.') j--;
  if (doc.lex.honorifics.endingAt(j, floor, doc.lexWords)) return true;
  return doc.lex.titles.endingAt(t0, floor, doc.lexWords) !== null;
}

export interface RoleContext {
  title: TitleRole;
  /** the places and bodies named with the title, nearest to the title first */
  qualifiers: Mention[];
  /** "mantan Presiden": a former role gives no code */
  former: boolean;
  /** the role a modifier between the title and its country gives ("Juru bicara militer Israel": MIL) */
  role?: string;
  /** the title stands after the name, an apposition ("Kevin Rudd, Duta Besar Australia …") */
  after?: boolean;
  /** the title's first token */
  start?: number;
}

/** Words that link a name to the title it holds as a predicate ("X selaku Ketua", "X as chairman"). */
export const PREDICATE_LINKS: ReadonlySet<string> = new Set(['selaku', 'sebagai', 'as']);

/** Tokens between a title and the name it belongs to: long body names ("Dirjen Perumahan Perdesaan Kementerian Perumahan dan Kawasan Permukiman (PKP) Imran") need 12, with a list of fields in it 16. */
const MAX_GAP = 16;
/** Commas of a list of fields inside a title ("Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi"). */
const MAX_LISTED = 4;

/**
 * The title before a person's mention (`Perdana Menteri Australia Anthony Albanese`, `utusan khusus Jepang
 * untuk PBB, Kenji Sato`) or after it (`Kevin Rudd, Duta Besar Australia untuk AS`), with the
 * mentions named between. `at(i)` gives the mention starting at token i, if any.
 */
export function roleContext(doc: Doc, m: Mention, at: (i: number) => Mention | undefined, endingAt: (i: number) => Mention | undefined): RoleContext | null {
  if (m.t0 < 0) return null;
  return before(doc, m, at, endingAt) ?? after(doc, m, at);
}

/**
 * A title held for a person (`ofPerson`) ending right before mention q, or before a link word there
 * ("Pengacara RK", "spokesman for Putin"): its start and role.
 */
function ofPersonTitle(doc: Doc, q: Mention, floor: number): [number, TitleRole] | null {
  for (let e = q.t0; e > floor && e >= q.t0 - 1; e--) {
    if (e < q.t0 && !doc.lex.titleLinks.has(doc.keys[e]!)) break;
    const t = doc.lex.titles.endingAt(e, floor, doc.lexWords);
    if (t && t[1].ofPerson) return t;
  }
  return null;
}

/** "Pengacara RK, Muslim Jaya": the person named after the comma holds the title, not the one before it. */
function heldForNext(doc: Doc, m: Mention, at: (i: number) => Mention | undefined): boolean {
  if (doc.word(m.t1) !== ',') return false;
  const next = at(m.t1 + 1);
  return next !== undefined && next.type === 'PER' && next.t0 === m.t1 + 1;
}

function isLink(doc: Doc, i: number): boolean {
  const k = doc.keys[i]!;
  return doc.lex.titleLinks.has(k) || k === 'dan' || k === 'and';
}

/** `start`: where the reading back begins (the mention's first token, or an inner title's, see below) */
function before(doc: Doc, m: Mention, at: (i: number) => Mention | undefined, endingAt: (i: number) => Mention | undefined, start = m.t0): RoleContext | null {
  const [floor] = doc.sentenceBounds(m.t0);
  const qualifiers: Mention[] = [];
  let j = start; // exclusive end of what is left to read
  let commas = 0;
  let listed = 0;
  let role: string | undefined;
  while (j > floor && m.t0 - j < MAX_GAP) {
    const t = doc.lex.titles.endingAt(j, floor, doc.lexWords);
    if (t) {
      const [s, title] = t;
      // "Li Lecheng, pimpinan Kementerian X, Cook …": that title is the other person's apposition.
      if (commas > 0 && doc.word(s - 1) === ',' && endingAt(s - 1)?.type === 'PER') return null;
      // "Kuasa hukum terdakwa, Agus": a title held for a person right before names whom it serves; it is the
      // person's own title ("terdakwa" is the client's)
      const held = s > floor && !title.ofPerson ? doc.lex.titles.endingAt(s, floor, doc.lexWords) : undefined;
      if (held && held[1].ofPerson) return { title: held[1], qualifiers: [], former: held[0] > floor && doc.lex.former.has(doc.keys[held[0] - 1]!), start: held[0] };
      if (title.ofPerson && j === m.t0 && heldForNext(doc, m, at)) return null;
      const former = s > floor && doc.lex.former.has(doc.keys[s - 1]!);
      // English puts the country first: "Indonesian Foreign Minister Retno", "Russian President Putin",
      // "Niger's ambassador Brah Mohamane".
      const possessive = s - 1 > floor && doc.isClitic(s - 1);
      const first = doc.lex.countryBeforeTitle ? (endingAt(s) ?? (possessive ? endingAt(s - 1) : undefined) ?? bodyBeforeWords(doc, s, floor, endingAt)) : undefined;
      if (first && first.type !== 'PER' && first.t0 >= floor) qualifiers.push(first);
      // "… Divisi Humas Polri Brigjen Trunoyudo": a rank the army and the police share, right after the body
      // that ends a longer title, is that body's (a title that takes its body's code, with nothing between)
      else if (!doc.lex.countryBeforeTitle && title.inherit && qualifiers.length === 0 && j === m.t0) {
        const body = endingAt(s);
        if (body && body.type === 'ORG' && body.t0 >= floor) qualifiers.push(body);
      }
      const found: RoleContext = role ? { title, qualifiers: qualifiers.reverse(), former, role, start: s } : { title, qualifiers: qualifiers.reverse(), former, start: s };
      // "Menteri Luar Negeri Arab Saudi Pangeran Faisal": a style that names no country of its own, right
      // before the name, leaves the office before it the person's (a foreign prince is nobody's by default)
      if (title.noDefault && !title.code && found.qualifiers.length === 0 && j === m.t0 && start === m.t0 && s > floor) return before(doc, m, at, endingAt, s) ?? found;
      return found;
    }
    const h = doc.lex.honorifics.endingAt(j, floor, doc.lexWords);
    if (h) {
      j = h[0];
      continue;
    }
    const w = doc.word(j - 1);
    const q = endingAt(j);
    if (q && q !== m) {
      if (q.type === 'PER') {
        const held = commas === 1 && q.t1 === m.t0 - 1 && doc.word(q.t1) === ',' ? ofPersonTitle(doc, q, floor) : null;
        if (!held) return null;
        return { title: held[1], qualifiers: [], former: held[0] > floor && doc.lex.former.has(doc.keys[held[0] - 1]!), start: held[0] };
      }
      qualifiers.push(q);
      j = q.t0;
      continue;
    }
    if (w === ')') {
      // skip a parenthesis: "(AS)", "(Menpora)"
      let k = j - 1;
      while (k > floor && doc.word(k - 1) !== '(') k--;
      if (k <= floor) return null;
      j = k - 1;
      continue;
    }
    // a list of fields inside the title, between capitalized words ("Menteri Pendidikan, Kebudayaan, Riset,
    // dan Teknologi Nadiem Makarim"), is no apposition
    if (w === ',' && j < m.t0 && listed < MAX_LISTED && (doc.isCap(j) || doc.lex.listJoiners.has(doc.keys[j]!)) && j - 2 > floor && doc.keys[j - 2] !== '' && doc.isCap(j - 2)) {
      listed++;
      j--;
      continue;
    }
    if (w === ',' && commas === 0) {
      commas++;
      j--;
      continue;
    }
    if (w === '.' && j - 1 > floor) {
      j--; // "Dr." split from its period
      continue;
    }
    if (doc.keys[j - 1] !== '' && (doc.isCap(j - 1) || isLink(doc, j - 1))) {
      j--;
      continue;
    }
    // "Juru bicara militer Israel", "Pejabat senior Hamas": a modifier of the title before its country or body
    const mod = doc.lex.titleModifiers.get(doc.keys[j - 1]!);
    if (mod !== undefined && qualifiers.length > 0) {
      role ??= mod ?? undefined;
      j--;
      continue;
    }
    return null;
  }
  return null;
}

/** Lower-case words a title's field may take between the body and the title ("EU foreign policy chief"). */
const FIELD_WORDS = 3;

/**
 * "EU foreign policy chief Kaja Kallas", "U.N. human rights chief": the body or country before one to
 * three lower-case words of the title's field (no function words), ending before token s.
 */
function bodyBeforeWords(doc: Doc, s: number, floor: number, endingAt: (i: number) => Mention | undefined): Mention | undefined {
  for (let j = s, n = 0; j - 1 > floor && n < FIELD_WORDS; j--, n++) {
    const k = j - 1;
    if (doc.keys[k] === '' || doc.isCap(k) || doc.lex.stopwords.has(doc.keys[k]!)) return undefined;
    const q = endingAt(k);
    if (q) return q.type === 'PER' ? undefined : q;
  }
  return undefined;
}

function after(doc: Doc, m: Mention, at: (i: number) => Mention | undefined): RoleContext | null {
  const [, ceil] = doc.sentenceBounds(m.t0);
  let i = m.t1;
  // "Pak Teddy (Seskab)": the title in parentheses right after the name
  const paren = doc.word(i) === '(';
  if (doc.word(i) === ',' || paren) i++;
  else if (!PREDICATE_LINKS.has(doc.keys[i] ?? '')) return null;
  else i++;
  let former = false;
  while (i < ceil && doc.lex.former.has(doc.keys[i]!)) {
    former = true;
    i++;
  }
  const t = doc.lex.titles.startingAt(i, ceil, doc.lexWords);
  if (!t) return null;
  const [e, title] = t;
  const qualifiers: Mention[] = [];
  let j = e;
  while (j < ceil && j - e < MAX_GAP) {
    const q = at(j);
    if (q) {
      if (q.type === 'PER') break;
      qualifiers.push(q);
      j = q.t1;
      continue;
    }
    if (doc.keys[j] !== '' && (doc.isCap(j) || isLink(doc, j))) {
      j++;
      continue;
    }
    break;
  }
  if (paren && doc.word(j) !== ')') return null;
  return { title, qualifiers, former, after: true, start: i };
}
