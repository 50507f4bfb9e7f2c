/**
 * Names after a role title that the tagger left out: "President Putin met President Erdogan" (the
 * tagger, trained on Indonesian news, misses names in some English contexts). For languages whose
 * entities.json sets `namesAfterTitles`. After a capitalized title ("President", "Defence Minister"),
 * one to three capitalized words that are neither function words, weekdays, titles nor the heads of an
 * organisation or place are read as a person's name, unless the tagger or the knowledge base has already
 * found a name there ("General Assembly"). After a title in lower case ("Regional governor Oleh
 * Syniehubov", "spokesman Dmitry Peskov") only a full name of two such words or more. A sentence written in
 * title case (a headline: no word but function words in lower case) is left alone.
 */
import type { Doc, Mention } from './doc.js';

const MAX_NAME_WORDS = 3;

/** `found`: the tagger's and the knowledge base's mentions */
export function namesAfterTitles(doc: Doc, found: readonly Mention[]): Mention[] {
  if (!doc.lex.namesAfterTitles) return [];
  const taken = doc.coveredFlags();
  for (const m of found) taken.fill(1, m.t0, m.t1);
  const out: Mention[] = [];
  for (const [a, b] of doc.sentences) {
    if (titleCase(doc, a, b)) continue;
    for (let i = a; i < b; i++) {
      if (taken[i] === 1 || doc.keys[i] === '') continue;
      // a title in lower case ("Regional governor Oleh Syniehubov", "spokesman Dmitry Peskov") counts only
      // before a full name of two capitalized words or more
      const lower = !doc.isCap(i);
      const hit = doc.lex.titles.startingAt(i, b, doc.lexWords);
      if (!hit) continue;
      const start = hit[0];
      if (lower && !doc.isCap(start)) continue;
      let end = start;
      while (end < b && end - start < MAX_NAME_WORDS && nameWord(doc, end, b) && taken[end] === 0) end++;
      // the name must end there: a longer capitalized run is some other phrase
      if (end === start || (lower && end - start < 2) || (end < b && end - start === MAX_NAME_WORDS && doc.isCap(end))) {
        i = start - 1;
        continue;
      }
      if (end < b && taken[end] === 1) {
        i = end - 1;
        continue;
      }
      out.push(doc.mention(start, end, 'PER', 'rule'));
      i = end - 1;
    }
  }
  return out;
}

/**
 * "memeriksa Kapolsek Mallusetasi AKP Iriansyah": one to three capitalized name words after a rank written
 * short (a rank but the language's ranksInTitles, a corps word apart: "Kombes Pol Ade Ary") are a person's name where
 * neither the tagger nor the knowledge base found one. Such a rank stands before nothing else.
 */
export function namesAfterRanks(doc: Doc, found: readonly Mention[]): Mention[] {
  if (doc.lex.nameRanks.size === 0) return [];
  const taken = doc.coveredFlags();
  for (const m of found) taken.fill(1, m.t0, m.t1);
  const out: Mention[] = [];
  for (const [a, b] of doc.sentences) {
    if (titleCase(doc, a, b)) continue;
    for (let i = a; i < b - 1; i++) {
      // (a rank with its period may end the sentence: "dengan Pak Irjen. Semoga …")
      if (!doc.lex.nameRanks.has(doc.keys[i]!) || !doc.isCap(i) || doc.word(i).endsWith('.')) continue;
      let start = i + 1;
      while (start < b && doc.lex.rankCorps.has(doc.keys[start]!)) start++;
      let end = start;
      while (end < b && end - start < MAX_NAME_WORDS && nameWord(doc, end, b) && taken[end] === 0) end++;
      // (the name ends there, before a word in lower case or a mark; a name found right after is the name's own
      // end the tagger read: "AKP I Ketut Sukadi", left to merging)
      if (end > start && taken[start] === 0 && (end === b || (!doc.isCap(end) && taken[end] === 0))) out.push(doc.mention(start, end, 'PER', 'rule'));
      i = Math.max(i, end - 1);
    }
  }
  return out;
}

/** A capitalized word that may be a person's name's (before token b): no function word, weekday, generic noun, title or organisation's or place's head. */
export function nameWord(doc: Doc, k: number, b: number): boolean {
  const key = doc.keys[k]!;
  if (key === '' || !doc.isCap(k)) return false;
  const lex = doc.lex;
  if (lex.stopwords.has(key) || lex.weekdays.has(key) || lex.genericHeads.has(key)) return false;
  if (lex.titles.startingAt(k, b, doc.lexWords) || lex.orgHeads.startingAt(k, b, doc.lexWords) || lex.locHeads.startingAt(k, b, doc.lexWords)) return false;
  return true;
}

/** A sentence in title case (a headline): no word but function words in lower case. */
function titleCase(doc: Doc, a: number, b: number): boolean {
  let words = 0;
  for (let k = a; k < b; k++) {
    const key = doc.keys[k]!;
    if (key === '') continue;
    words++;
    if (!doc.isCap(k) && !doc.lex.stopwords.has(key)) return false;
  }
  return words >= 4;
}
