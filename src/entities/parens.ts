/**
 * Names given twice in one place: an expansion and its short form in parentheses, either way round
 * (`Kantor Berita Pusat Korea (KCNA)`, `KPK (Komisi Pemberantasan Korupsi)`, `M Hidayat Nur Wahid (HNW)`),
 * a person's other name in parentheses (`Saifullah Yusuf (Gus Ipul)`), `X alias Y`, and a person's
 * initials after `berinisial`. When the short form's letters are the initials of the end of a longer name,
 * the short form names that end (`Dewan Keamanan Perserikatan Bangsa-Bangsa (PBB)` → `Perserikatan
 * Bangsa-Bangsa`).
 */
import type { Doc, Mention } from './doc.js';
import { country } from './actors.js';
import { countryOf } from './institutions.js';
import { pickAlias } from './spans.js';

export interface Pairings {
  /** mentions the pairings add (the short form, a nested expansion) */
  mentions: Mention[];
  /** pairs of mentions of one referent */
  links: [Mention, Mention][];
  /** short forms defined here as another body than the knowledge base's (its entry's id): no mention of them reads it */
  unread: { key: string; entry: string }[];
}

const THREE_LOWER = /\p{Ll}{3}/u;
const LETTER_START = /^\p{L}/u;
const ACRONYM = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\d][\p{L}\d.&/-]*$/u;

/** An abbreviation: one token with two capitals or more and no run of three lower-case letters. */
export function isAcronym(word: string): boolean {
  return ACRONYM.test(word) && !THREE_LOWER.test(word);
}

/** Initials of the words in tokens [a, b), hyphenated words giving one initial per part. */
function initials(doc: Doc, a: number, b: number): string {
  let s = '';
  for (let i = a; i < b; i++) {
    const w = doc.word(i);
    for (const part of w.split('-')) if (LETTER_START.test(part)) s += part[0]!.toUpperCase();
  }
  return s;
}

/** Initials of the capitalised words only ("Badan Bantuan dan Pekerjaan" → BBP). */
export function capInitials(doc: Doc, a: number, b: number): string {
  let s = '';
  for (let i = a; i < b; i++) if (doc.isCap(i)) s += doc.word(i)[0]!;
  return s;
}

function isSubsequence(short: string, long: string): boolean {
  let j = 0;
  for (const c of long) if (c === short[j]) j++;
  return j === short.length;
}

export function pairings(doc: Doc, at: (i: number) => Mention | undefined, endingAt: (i: number) => Mention | undefined): Pairings {
  const mentions: Mention[] = [];
  const links: [Mention, Mention][] = [];
  const unread: Pairings['unread'] = [];
  const n = doc.tokens.length;
  for (let i = 0; i + 2 < n; i++) {
    if (doc.word(i) !== '(') continue;
    let close = i + 1;
    while (close < n && close - i <= 12 && doc.word(close) !== ')' && doc.word(close) !== '(') close++;
    if (doc.word(close) !== ')' || close === i + 1) continue;
    if (doc.sentenceOf[close] !== doc.sentenceOf[i]) continue;
    const before = endingAt(i);
    if (close <= i + 1 + MAX_ACRONYM_WORDS && acronymsUpTo(doc, i + 1, close)) {
      // "Expansion (ACRONYM)", "Badan Eksekutif Mahasiswa Seluruh Indonesia (BEM SI)"
      if (!before || doc.lex.titles.map.has(doc.keys[i + 1]!)) continue;
      const short = shortForm(doc, i + 1, close);
      const found = at(i + 1);
      const inside = found && found.t1 === close ? found : undefined;
      if (found && !inside) continue;
      // (a short form of several words must spell the name: "(BEM UI)" is no short form of "Universitas Indonesia")
      const target = expansionFor(doc, before, short, inside, close > i + 2);
      if (!target) continue;
      const acro = inside ?? doc.mention(i + 1, close, target.type, 'alias');
      if (!inside) mentions.push(acro);
      else if (otherCountry(doc, at, target, inside)) {
        unread.push({ key: doc.tokensKey(inside.t0, inside.t1), entry: inside.alias!.entry.id });
        inside.alias = null;
      }
      if (target.type === 'PER') {
        // "M Hidayat Nur Wahid (HNW)": the initials are the person's, whatever the tagger made of them.
        pinPerson(acro);
      }
      if (target !== before) mentions.push(target);
      links.push([target, acro]);
      continue;
    }
    // "Pengadilan Tindak Pidana Korupsi (Tipikor)", "Kementerian Keuangan (Kemenkeu)": a body's short form
    // made of its words' first syllables, written as a word
    // (a short form the knowledge base knows joins a name it does not know, or knows as the same body)
    // (a body's: "Polda Bangka Belitung (Babel)" names the province, not the police)
    const found = at(i + 1);
    const inKb = found?.alias?.entry;
    if (
      close === i + 2 &&
      before?.type === 'ORG' &&
      before.t1 === i &&
      SYLLABIC.test(doc.word(i + 1)) &&
      (!inKb || (inKb.type === 'ORG' && (!before.alias || before.alias.entry.id === inKb.id)))
    ) {
      if (syllabic(doc.keys[i + 1]!, doc, before.t0, before.t1)) {
        const acro = found && found.t1 === close ? found : doc.mention(i + 1, close, 'ORG', 'alias');
        if (acro !== found) mentions.push(acro);
        links.push([before, acro]);
        continue;
      }
    }
    // "Saifullah Yusuf (Gus Ipul)", "Saifullah Yusuf, (Gus Ipul)": a person's other name in parentheses
    const other = at(i + 1);
    const person = before ?? (i >= 2 && doc.word(i - 1) === ',' ? endingAt(i - 1) : undefined);
    // (not a name the knowledge base gives someone else: "UIN Maulana Malik Ibrahim (Maliki)")
    const otherKb = other?.alias?.entry.id;
    if (
      person?.type === 'PER' &&
      (person.t1 === i || (person.t1 === i - 1 && doc.word(i - 1) === ',')) &&
      other?.type === 'PER' &&
      other.t1 === close &&
      close - i <= 4 &&
      !isAcronym(doc.word(i + 1)) &&
      (otherKb === undefined || otherKb === person.alias?.entry.id)
    ) {
      links.push([person, other]);
      continue;
    }
    // "ACRONYM (Expansion words)"
    if (i === 0 || !isAcronym(doc.word(i - 1)) || close - i < 3) continue;
    if (doc.lex.titles.map.has(doc.keys[i - 1]!)) continue;
    if (!doc.isCap(i + 1) || !doc.isCap(close - 1)) continue;
    const acro = before && before.t0 === i - 1 ? before : doc.mention(i - 1, i, 'ORG', 'alias');
    const inner = at(i + 1);
    const expansion = inner && inner.t1 === close ? inner : doc.mention(i + 1, close, acro.type, 'alias');
    if (acro !== before) mentions.push(acro);
    if (expansion !== inner) mentions.push(expansion);
    links.push([acro, expansion]);
  }
  aliasMarkers(doc, at, endingAt, mentions, links);
  orAlias(doc, at, endingAt, mentions, links);
  initialsAfterCues(doc, at, mentions, links);
  return { mentions, links, unread };
}

/** Tokens a listed name may take before its short form. */
const LISTED_NAME_REACH = 16;

/**
 * "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)": a name that lists its fields with commas or
 * "dan" before its short form in parentheses, the short form's letters the initials of its capitalized
 * words, is one name (the tagger reads the commas as the name's end and finds only its pieces). Only where
 * a mention ends at the parenthesis without spelling the short form itself, and only when a comma lies
 * inside the letters: `Menteri Sugiono dan Badan Intelijen Negara (BIN)` is two names, and `Pajak Bumi dan
 * Bangunan (PBB)`, which no model or list took for a name, stays none.
 */
export function listedExpansions(doc: Doc, endingAt: (i: number) => Mention | undefined): Mention[] {
  const out: Mention[] = [];
  const n = doc.tokens.length;
  for (let i = 1; i + 2 < n; i++) {
    if (doc.word(i) !== '(' || doc.word(i + 2) !== ')' || !isAcronym(doc.word(i + 1))) continue;
    const short = shortForm(doc, i + 1, i + 2);
    if (short.length < 3 || !doc.isCap(i - 1)) continue;
    const before = endingAt(i);
    if (!before) continue;
    if (initials(doc, before.t0, i) === short || capInitials(doc, before.t0, i) === short) continue;
    const floor = doc.sentenceBounds(i)[0];
    let letters = '';
    let listed = false;
    let lower = 0;
    let anyLower = false;
    for (let k = i - 1; k >= floor && i - k <= LISTED_NAME_REACH; k--) {
      const w = doc.word(k);
      if (isListWord(doc, k)) {
        // a list word (", dan" are two) needs a capitalized word on each side
        if (!(doc.isCap(k + 1) || (isListWord(doc, k + 1) && doc.word(k) === ',')) || k === floor) break;
        if (doc.word(k) === ',') listed = true;
        lower = 0;
        anyLower = true;
        continue;
      }
      if (!doc.isCap(k)) {
        if (++lower > 1) break;
        anyLower = true;
        continue;
      }
      lower = 0;
      letters = w[0]!.toUpperCase() + letters;
      if (letters.length < short.length) continue;
      // listed fields, or capitalized words the tagger left before the name ("Konfederasi [Serikat Pekerja
      // Indonesia] (KSPI)"), none of them a title or a function word
      // (not a place's name: "Konferensi Musik Indonesia (KMI)", "Orang Asli Papua (OAP)" are no places)
      const widened = !anyLower && k < before.t0 && before.type !== 'LOC' && !titleOrFunctionWord(doc, k, before.t0);
      if (letters === short && (listed || widened) && (k === floor || !doc.isCap(k - 1))) {
        // an organisation's head opening the name makes it one ("Ikatan Guru [Aisyiyah Bustanul Athfal]")
        const type = widened && doc.lex.orgHeads.startingAt(k, i, doc.lexWords) ? 'ORG' : before.type;
        out.push(doc.mention(k, i, type, 'rule'));
      }
      break;
    }
  }
  return out;
}

/** Whether a word of tokens [a, b) is a title or a function word ("Ketua", "Dalam"). */
function titleOrFunctionWord(doc: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (doc.lex.titles.map.has(doc.keys[k]!) || doc.lex.stopwords.has(doc.keys[k]!)) return true;
  return false;
}

const isListWord = (doc: Doc, k: number): boolean => doc.word(k) === ',' || doc.lex.listJoiners.has(doc.keys[k]!);

/**
 * "Angkatan Bersenjata Filipina (AFP)": the expansion names a country other than the one the knowledge
 * base gives the short form (Agence France-Presse, France's), so here the letters stand for the expansion
 * and the base's reading of them is not this body.
 */
function otherCountry(doc: Doc, at: (i: number) => Mention | undefined, expansion: Mention, short: Mention): boolean {
  const entry = short.alias?.entry;
  if (!entry || expansion.alias?.entry.id === entry.id) return false;
  const theirs = country(doc.kb.actorOn(entry, doc.date));
  for (let k = expansion.t0; k < expansion.t1; k++) {
    const m = at(k);
    const c = m && m !== expansion ? countryOf(m) : null;
    if (c && c !== theirs) return true;
  }
  return false;
}

/** Words of a short form in parentheses ("(BEM SI)", "(DPR RI)"). */
const MAX_ACRONYM_WORDS = 3;

/** A short form written as a word: a capital, then four or more lower-case letters ("Tipikor", "Kemenkeu"). */
const SYLLABIC = /^\p{Lu}\p{Ll}{4,}$/u;

/**
 * Whether `short` (lower case) is made of the beginnings, two letters or more, of two or more of the words
 * of tokens [a, b) in order, other words passed over ("tipikor": TIndak PIdana KORupsi). Each (position in
 * `short`, next word, parts so far up to two) is tried once, so no input takes more than a few thousand steps.
 */
function syllabic(short: string, doc: Doc, a: number, b: number): boolean {
  const words: string[] = [];
  for (let k = a; k < b; k++) if (doc.keys[k] !== '') words.push(doc.keys[k]!);
  const W = words.length + 1;
  const failed = new Set<number>();
  const go = (p: number, w: number, parts: number): boolean => {
    if (p === short.length) return parts >= 2;
    const state = (p * W + w) * 3 + Math.min(parts, 2);
    if (failed.has(state)) return false;
    for (let j = w; j < words.length; j++) {
      const word = words[j]!;
      // the longest beginning of the word that `short` goes on with at p; every one of two letters or more
      let common = 0;
      while (common < word.length && p + common < short.length && word.charCodeAt(common) === short.charCodeAt(p + common)) common++;
      for (let n = common; n >= 2; n--) if (go(p + n, j + 1, parts + 1)) return true;
    }
    failed.add(state);
    return false;
  };
  return go(0, 0, 0);
}

/** The letters of a short form in tokens [a, b), in capitals, without its dots, hyphens, slashes and ampersands ("BEM SI" → BEMSI). */
function shortForm(doc: Doc, a: number, b: number): string {
  let s = '';
  for (let k = a; k < b; k++) s += doc.word(k).replace(/[.\-/&]/g, '').toUpperCase();
  return s;
}

/** Tokens [a, b) are each an abbreviation (one, or up to MAX_ACRONYM_WORDS of them). */
function acronymsUpTo(doc: Doc, a: number, b: number): boolean {
  if (b <= a) return false;
  for (let k = a; k < b; k++) if (!isAcronym(doc.word(k))) return false;
  return true;
}

const INITIALS = /^\p{Lu}{2,4}$/u;
const LISTED_INITIALS = /^\p{Lu}{1,4}$/u;

/**
 * "jurnalis berinisial HM", "Bripda AN": capitals right after an initials cue or a rank are a person's initials, not an acronym
 * the knowledge base knows (HM, BP, MA), and so is every other mention of them in the document.
 */
function initialsAfterCues(doc: Doc, at: (i: number) => Mention | undefined, mentions: Mention[], links: [Mention, Mention][]): void {
  const cues = doc.lex.initialsCues;
  if (cues.size === 0) return;
  const n = doc.tokens.length;
  // ("Bripda AN", "Kopda AG": capitals right after a rank are a person's initials too, when they end the name: not a
  // corps word, "Brigjen TNI Kristomei")
  const afterRank = (i: number): boolean => {
    const rank = doc.lex.ranks.endingAt(i, 0, doc.lexWords);
    if (rank === null || doc.lex.rankCorps.has(doc.keys[i]!) || (i + 1 < n && doc.isCap(i + 1))) return false;
    // (a rank's word inside a name or a title is none: "Konsulat Jenderal RI", "Sekretaris Jenderal AFPI")
    // (and a rank before a name is written with a capital: "sekretaris jenderal WMO" is a title)
    return doc.isCap(rank[0]) && (rank[0] === 0 || !doc.isCap(rank[0] - 1));
  };
  const cueBefore = (i: number): boolean => cues.has(doc.keys[i - 1]!) || afterRank(i);
  let found: Set<string> | null = null;
  let single: number[] | null = null;
  for (let i = 1; i < n; i++) {
    if (!doc.isCap(i) || !INITIALS.test(doc.word(i)) || !cueBefore(i)) continue;
    (found ??= new Set()).add(doc.word(i));
    // "berinisial AS, BW dan RK": the initials listed after the first are persons too
    for (let k = i + 1; k + 1 < n; ) {
      let j = k;
      if (doc.word(j) === ',') j++;
      if (doc.lex.listJoiners.has(doc.keys[j]!)) j++;
      // (in the list a single capital is an initial too, there only: "DDS, YQ, A, RAR, dan SR")
      if (j === k || j >= n || !LISTED_INITIALS.test(doc.word(j))) break;
      if (doc.word(j).length === 1) (single ??= []).push(j);
      else found.add(doc.word(j));
      k = j + 1;
    }
  }
  for (const j of single ?? []) initialAt(doc, at, mentions, j);
  if (!found) return;
  const first = new Map<string, Mention>();
  for (let i = 0; i < n; i++) {
    const w = doc.word(i);
    if (!found.has(w)) continue;
    // not inside a run of capitalized words ("PT HM Sampoerna")
    if ((i > 0 && doc.isCap(i - 1) && !cueBefore(i)) || (i + 1 < n && doc.isCap(i + 1))) continue;
    const m = initialAt(doc, at, mentions, i);
    if (!m) continue;
    const head = first.get(w);
    if (head) links.push([head, m]);
    else first.set(w, m);
  }
}

/** A mention read as a person's for good: its type pinned, a reading of the knowledge base as anything else dropped. */
function pinPerson(m: Mention): void {
  m.type = 'PER';
  m.pinned = true;
  if (m.alias && m.alias.entry.type !== 'PER') m.alias = null;
}

/**
 * Token i as a person's initials: the one-token mention there (made when none), pinned as a person with no
 * reading of the knowledge base; null when a longer mention covers the token.
 */
function initialAt(doc: Doc, at: (i: number) => Mention | undefined, mentions: Mention[], i: number): Mention | null {
  let m = at(i);
  if (m && m.t1 !== i + 1) return null;
  if (!m) {
    m = doc.mention(i, i + 1, 'PER', 'alias');
    mentions.push(m);
  }
  pinPerson(m);
  m.alias = null;
  return m;
}

/**
 * Which name a parenthesised acronym stands for: the end of the mention before it whose initials spell it
 * (a nested name), else the whole mention when it has several words and, for a person, the letters
 * follow its initials; never a one-word name the letters do not spell ("Indonesia (WNI)").
 */
function expansionFor(doc: Doc, before: Mention, short: string, inside: Mention | undefined, strict = false): Mention | null {
  if (before.t0 < 0) return null;
  const ka = before.alias?.entry.id;
  const kb = inside?.alias?.entry.id;
  if (ka && kb && ka === kb) return before;
  const spells = (a: number, b: number) => initials(doc, a, b) === short || capInitials(doc, a, b) === short;
  if (before.type === 'PER') {
    if (kb || strict) return null;
    return before.t1 - before.t0 >= 2 && isSubsequence(short, initials(doc, before.t0, before.t1)) ? before : null;
  }
  if (spells(before.t0, before.t1) && !(ka && kb)) return before;
  // A nested name only where the knowledge base knows it ("Perserikatan Bangsa-Bangsa" in "Dewan Keamanan
  // Perserikatan Bangsa-Bangsa (PBB)"); "Kementerian Pekerjaan Umum (PU)" is the ministry's short form.
  for (let s = before.t0 + 1; s < before.t1; s++) {
    if (!doc.isCap(s)) continue;
    const text = doc.spanText(s, before.t1);
    const alias = pickAlias(doc.kb.lookupKey(doc.tokensKey(s, before.t1)), text);
    if (alias && alias.kind !== 'demonym' && (kb ? alias.entry.id === kb : spells(s, before.t1))) return doc.mention(s, before.t1, alias.entry.type, 'alias', alias);
  }
  if ((ka && kb) || strict) return null;
  return before.t1 - before.t0 >= 2 ? before : null;
}

/**
 * "Saifullah Yusuf atau Gus Ipul", "M Hidayat Nur Wahid atau HNW": a person's name, the word for "or" and
 * a nickname (opened by a nickname word) or the name's initials are one person; other names after "or"
 * are another ("Prabowo atau Gibran").
 */
function orAlias(doc: Doc, at: (i: number) => Mention | undefined, endingAt: (i: number) => Mention | undefined, mentions: Mention[], links: [Mention, Mention][]): void {
  const or = doc.lex.aliasOr;
  if (or === null) return;
  const n = doc.tokens.length;
  for (let i = 1; i + 1 < n; i++) {
    if (doc.keys[i] !== or) continue;
    const left = endingAt(i);
    if (!left || left.type !== 'PER') continue;
    const word = doc.word(i + 1);
    const initialsOf = isAcronym(word) && word.length >= 2 && isSubsequence(word.toUpperCase(), initials(doc, left.t0, left.t1));
    let right = at(i + 1);
    if (!right && initialsOf) {
      right = doc.mention(i + 1, i + 2, 'PER', 'alias');
      mentions.push(right);
    }
    if (!right || right.t1 - right.t0 > 3) continue;
    const nickname = doc.lex.nicknameWords.has(doc.keys[right.t0]!) && right.t1 - right.t0 >= 2;
    if (!nickname && !(initialsOf && right.t1 - right.t0 === 1)) continue;
    pinPerson(right);
    links.push([left, right]);
  }
}

/** "Encep Nurjaman alias Hambali": the name after the marker is the same person. */
function aliasMarkers(doc: Doc, at: (i: number) => Mention | undefined, endingAt: (i: number) => Mention | undefined, mentions: Mention[], links: [Mention, Mention][]): void {
  const n = doc.tokens.length;
  for (let i = 1; i < n; i++) {
    const hit = doc.lex.aliasMarkers.startingAt(i, doc.sentenceBounds(i)[1], doc.lexWords);
    if (!hit) continue;
    const left = endingAt(i);
    if (!left || left.type !== 'PER') continue;
    const [e] = hit;
    let right = at(e);
    if (!right) {
      let k = e;
      while (k < n && doc.isCap(k) && doc.sentenceOf[k] === doc.sentenceOf[e]) k++;
      if (k === e) continue;
      right = doc.mention(e, k, 'PER', 'alias');
      mentions.push(right);
    }
    if (right.t1 - right.t0 > 3) continue;
    pinPerson(right);
    links.push([left, right]);
  }
}
