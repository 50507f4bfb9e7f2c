/**
 * Speaker resolution: a reference read next to a cue → an entity id of StageInput.entities.
 *   names      → the entity whose mention is there (resolved when the phrase was read);
 *   titles     → the most recent person introduced with that title (`Menteri itu`, `Kapolda`);
 *   org nouns  → the most recent organisation with that head (`Kementerian tersebut`);
 *   pronouns   → the last person who spoke, if recent, else the most recent person who was a
 *                clause subject (`ia`, `dia`, `beliau`, `-nya`, `he`, `she`);
 *   elided     → the subject of the cue's clause, else the speaker just before.
 * Nothing found → null: a speaker is never guessed from nowhere.
 */
import { type QDoc, isCapitalized, isWord, REACH } from './doc.js';
import type { QuoteLexicon } from './lexicon.js';
import { clauseSubject, type SpeakerRef } from './phrases.js';

/** A pronoun refers to the last speaker when that speech was at most this many sentences back. */
const PRONOUN_WINDOW = 6;
/** How many sentences back a pronoun looks for a person who was a clause subject. */
const SUBJECT_WINDOW = 5;
/** A description pointing back (`tambah raksasa elektronik itu`) refers to a speaker at most this many sentences back. */
const ANAPHOR_WINDOW = 2;
/** How many tokens an opening phrase before a comma may have ("Sementara itu,"). */
const OPENER_REACH = 8;
/** How far (tokens) around a person's name its title may stand. */
const TITLE_REACH = 10;

interface TitleEntry {
  tok: number;
  entity: string;
  key: string;
}

export class SpeakerResolver {
  private readonly titles: TitleEntry[] = [];
  /** who spoke last (null entity: someone the text does not name), and the last person who spoke */
  private last: { entity: string | null; sent: number } | null = null;
  private lastPer: { entity: string | null; sent: number } | null = null;
  /** the sentence of the last report whose subject names no one ("para penolak imigrasi menyebut …") */
  private unnamedSent = -1;

  constructor(
    private readonly doc: QDoc,
    private readonly lex: QuoteLexicon,
  ) {
    this.indexTitles();
  }

  /**
   * Remembers who spoke last (in sentence `sent`); null when the speech was someone the text does
   * not name (`kata seorang warga`), so that a pronoun after it is not given to an earlier speaker.
   */
  note(entity: string | null, sent: number): void {
    this.last = { entity, sent };
    if (entity === null || this.doc.entities.get(entity)?.type === 'PER') this.lastPer = { entity, sent };
  }

  /** A report in sentence `sent` had a subject that names no one: an elided subject after it in that sentence is theirs. */
  noteUnnamed(sent: number): void {
    this.unnamedSent = sent;
  }

  /** The speaker a reference points to at sentence `sent`, or null. */
  resolve(ref: SpeakerRef, sent: number): string | null {
    switch (ref.kind) {
      case 'entity':
        return ref.entity;
      case 'pronoun':
        return this.pronoun(ref.tok, sent);
      case 'title':
        return this.title(ref.key, ref.tok) ?? ref.fallback ?? (ref.ofOrg ? this.org(ref.ofOrg, ref.tok) : null) ?? (ref.anaphor ? this.pronoun(ref.tok, sent) : null);
      case 'org':
        return this.org(ref.head, ref.tok);
      case 'anaphor':
        return this.last && sent - this.last.sent <= ANAPHOR_WINDOW ? this.last.entity : null;
      case 'elided': {
        const floor = this.doc.sentStart[this.doc.sentOf[ref.tok]!]!;
        const subj = clauseSubject(this.doc, this.lex, ref.tok, floor);
        if (subj.kind === 'entity') return subj.entity;
        if (subj.kind === 'pronoun') return this.pronoun(subj.tok, sent);
        // "para penolak imigrasi menyebut …, dengan menambahkan bahwa …": the same unnamed sayer
        if (this.unnamedSent === sent) return null;
        return this.last && sent - this.last.sent <= 1 ? this.last.entity : null;
      }
      default:
        return null;
    }
  }

  private pronoun(tok: number, sent: number): string | null {
    if (this.lastPer && sent - this.lastPer.sent <= PRONOUN_WINDOW) return this.subjectBetween(tok, this.lastPer.sent) ?? this.lastPer.entity;
    const { doc } = this;
    let fallback: string | null = null;
    for (let j = tok - 1; j >= 0 && j >= tok - 10 * REACH; j--) {
      const mi = doc.mentionEndAt[j]!;
      if (mi < 0) continue;
      const m = doc.mentions[mi]!;
      j = m.tokStart;
      if (m.type !== 'PER') continue;
      if (sent - doc.sentOf[j]! > SUBJECT_WINDOW) return fallback ?? m.entity;
      fallback ??= m.entity;
      if (this.isSubject(m.tokStart, m.tokEnd)) return m.entity;
    }
    return fallback;
  }

  /**
   * "Musyoka said …. Interior Minister Kipchumba Murkomen defended the police. He warned …": a pronoun
   * that opens its sentence, after a sentence that a person opens as its active subject (only title words
   * before the name, or an opening phrase and a comma: "Sementara itu, Menteri X menolak …") and that came
   * after the last speech, goes on about that person; null otherwise (a clitic cue after a quote still
   * goes to the last speaker: a paraphrase about someone is often the speaker's own view of them).
   */
  private subjectBetween(tok: number, speechSent: number): string | null {
    const { doc, lex } = this;
    const sent = doc.sentOf[tok]!;
    const prev = sent - 1;
    if (tok !== doc.sentStart[sent] || prev <= speechSent) return null;
    const end = doc.sentEnd[prev]!;
    let k = doc.sentStart[prev]!;
    // an opening phrase up to a comma ("Sementara itu,", "Terkait kondisi Mansur,"): the subject follows it
    for (let j = k; j < end && j - k < OPENER_REACH; j++) {
      if (doc.low[j] === ',') {
        k = j + 1;
        break;
      }
      if (lex.isVerb(doc.low[j]!)) break;
    }
    for (; k < end; k++) {
      if (doc.inQuote[k]! >= 0) return null;
      const mi = doc.mentionStartAt[k]!;
      if (mi < 0) {
        if (!isCapitalized(doc.tokens[k]!.text)) return null;
        continue;
      }
      const m = doc.mentions[mi]!;
      if (m.type !== 'PER' || m.tokEnd + 1 >= end || !this.isSubject(m.tokStart, m.tokEnd)) return null;
      let v = m.tokEnd + 1;
      while (v < end && lex.adverbs.has(doc.low[v]!)) v++;
      return lex.isPassive(doc.low[v]!) ? null : m.entity;
    }
    return null;
  }

  /** A mention that opens its sentence or is followed by a verb-like word. */
  private isSubject(a: number, b: number): boolean {
    const { doc, lex } = this;
    if (a === doc.sentStart[doc.sentOf[a]!]) return true;
    let k = b + 1;
    if (doc.low[k] === '(') while (k < doc.low.length && doc.low[k] !== ')' && k < b + 8) k++;
    if (doc.low[k] === ')') k++;
    while (k < doc.low.length && lex.adverbs.has(doc.low[k]!)) k++;
    const t = doc.low[k];
    return t !== undefined && isWord(t) && !isCapitalized(doc.tokens[k]!.text) && !lex.functionWords.has(t) && !lex.phraseStop.has(t);
  }

  private title(key: string, tok: number): string | null {
    let partial: string | null = null;
    // Entries are in text order: start at the last one before `tok`, look back a bounded way.
    let lo = 0;
    let hi = this.titles.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.titles[mid]!.tok < tok) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && i >= lo - 10 * REACH; i--) {
      const e = this.titles[i]!;
      if (e.key === key) return e.entity;
      if (partial === null && (` ${e.key} `.includes(` ${key} `) || ` ${key} `.includes(` ${e.key} `))) partial = e.entity;
    }
    return partial;
  }

  private org(head: string, tok: number): string | null {
    const { doc, lex } = this;
    const generic = lex.genericOrgHeads.has(head);
    for (let j = tok - 1; j >= 0 && j >= tok - 50 * REACH; j--) {
      const mi = doc.mentionEndAt[j]!;
      if (mi < 0) continue;
      const m = doc.mentions[mi]!;
      j = m.tokStart;
      if (m.type !== 'ORG') continue;
      if (generic || m.name.toLowerCase().includes(head)) return m.entity;
    }
    return null;
  }

  /** Titles written around each person's name: `Perdana Menteri Australia Anthony Albanese`, `X, Penasihat Media UNRWA`. */
  private indexTitles(): void {
    const { doc, lex } = this;
    const { low } = doc;
    for (const m of doc.mentions) {
      if (m.type !== 'PER') continue;
      const floor = doc.sentStart[doc.sentOf[m.tokStart]!]!;
      const add = (key: string): void => {
        this.titles.push({ tok: m.tokStart, entity: m.entity, key });
      };
      for (let j = m.tokStart - 1; j >= floor && m.tokStart - j <= TITLE_REACH; ) {
        const mi = doc.mentionEndAt[j]!;
        if (mi >= 0) {
          if (doc.mentions[mi]!.type === 'PER') break;
          j = doc.mentions[mi]!.tokStart - 1;
          continue;
        }
        const tl = lex.titles.matchEndingAt(low, j, floor);
        if (tl > 0) {
          add(low.slice(j - tl + 1, j + 1).join(' '));
          j -= tl;
          continue;
        }
        if (low[j] === ')' || low[j] === '(' || lex.honorifics.has(low[j]!) || (isCapitalized(doc.tokens[j]!.text) && isWord(low[j]!))) {
          j--;
          continue;
        }
        break;
      }
      let k = m.tokEnd + 1;
      if (low[k] === '(') while (k < low.length && low[k] !== ')' && k <= m.tokEnd + 8) k++;
      if (low[k] === ')') k++;
      if (low[k] !== ',') continue;
      const sent = doc.sentOf[m.tokStart];
      for (k++; k < low.length && k <= m.tokEnd + TITLE_REACH && doc.sentOf[k] === sent; ) {
        const tl = lex.titles.matchAt(low, k);
        if (tl > 0) {
          add(low.slice(k, k + tl).join(' '));
          k += tl;
          continue;
        }
        const mi = doc.mentionStartAt[k]!;
        if (mi >= 0 && doc.mentions[mi]!.type !== 'PER') {
          k = doc.mentions[mi]!.tokEnd + 1;
          continue;
        }
        if (lex.honorifics.has(low[k]!) || (isCapitalized(doc.tokens[k]!.text) && isWord(low[k]!))) {
          k++;
          continue;
        }
        break;
      }
    }
    this.titles.sort((a, b) => a.tok - b.tok);
  }
}
