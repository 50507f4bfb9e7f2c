/**
 * Settling candidate mentions that overlap: the longer span wins; for the same span a rule's reading
 * beats the knowledge base's, which beats the tagger's (a curated name's type beats the tagger's; a Phoenix
 * name whose type the tagger contradicts is not linked). Spans inside a winner are kept apart as context
 * ("Spanyol" in "Kantor Jaksa Agung Spanyol" gives the body its country); crossing spans are dropped.
 */
import { countryOf } from './institutions.js';
import type { Doc, Mention } from './doc.js';
import { pickAlias } from './spans.js';
import { afterPersonTitle, leadingTitleTokens } from './titles.js';
import { nameWord } from './titled.js';

const PRIORITY: Record<Mention['source'], number> = { rule: 0, meta: 1, kb: 2, tagger: 3, alias: 4 };

export interface Settled {
  top: Mention[];
  inner: Mention[];
}

/**
 * The tagger's spans, cleaned:
 * - leading honorifics and titles are cut off (`Presiden Prabowo Subianto` → `Prabowo Subianto`), and
 *   leading lower-case words and generic nouns (`wilayah Palestina`, `Pemerintah Indonesia` → the
 *   country); an organisation or place span cut so keeps only a known name, else it goes (a title alone,
 *   `ormas-ormas Islam`);
 * - a country named as a language (`bahasa Inggris`) is no mention, nor a country's demonym alone (`Israeli`);
 * - a person span that starts with a known organisation or place (`Apple Tim Cook` after `CEO`) keeps the person;
 * - types: a name right after a person's title or honorific is a person; one headed by an organisation
 *   word (`Pengadilan …`) an organisation;
 * then each span is looked up in the knowledge base as a whole.
 */
export function cleanTagged(doc: Doc, tagged: Mention[]): Mention[] {
  const out: Mention[] = [];
  const covered = doc.coveredFlags();
  for (const m of tagged) covered.fill(1, m.t0, m.t1);
  let counts: Map<string, number> | null = null;
  const spans: Mention[] = [];
  for (const m of tagged) {
    const pair = hyphenPair(doc, m.t0, m.t1);
    if (pair === null) {
      spans.push(m);
      continue;
    }
    counts ??= capitalizedCounts(doc);
    // "pertemuan puncak Biden-Xi": two names the document also uses apart are two mentions, not one.
    if ((counts.get(doc.keys[pair]!) ?? 0) >= 1 && (counts.get(doc.keys[pair + 2]!) ?? 0) >= 1 && !doc.kb.lookupKey(doc.tokensKey(m.t0, m.t1)).length && !writtenApart(doc, pair)) {
      spans.push(doc.mention(pair, pair + 1, m.type, m.source), doc.mention(pair + 2, pair + 3, m.type, m.source));
    } else spans.push(m);
  }
  // "Law Society of Kenya", "Supreme Court of Kenya": a body's name that ends in its head goes on over the
  // placeOf word and the place after it, which the tagger read apart
  const of = doc.lex.placeOf;
  if (of !== null) {
    for (let i = 0; i + 1 < spans.length; i++) {
      const a = spans[i]!;
      const b = spans[i + 1]!;
      if (a.type !== 'ORG' || b.type !== 'LOC' || b.t0 !== a.t1 + 1 || doc.keys[a.t1] !== of) continue;
      if (doc.lex.orgHeadsLast.startingAt(a.t1 - 1, a.t1, doc.lexWords) === null) continue;
      spans.splice(i, 2, doc.mention(a.t0, b.t1, 'ORG', a.source));
    }
  }
  // "Kepala Balai … Jawa Tengah [Willy] Indra Yunani", "Ketua Bawaslu Manggarai Barat [Maria] Magdalena …": a
  // span the tagger ran on over a known place into the first word of the person's name it found right after;
  // that word opens the person's name
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1]!;
    if (a.type === 'PER' || b.type !== 'PER' || b.t0 !== a.t1) continue;
    const k = a.t1 - 1;
    if (k <= a.t0 || !plainNameWord(doc, k) || doc.lex.placeCompass.has(doc.keys[k]!) || doc.kb.lookupKey(doc.tokensKey(a.t0, a.t1)).length > 0) continue;
    let place = false;
    for (let p = a.t0; p < k && !place; p++) place = knownCountryEnd(doc, p, a.t1, true) === k;
    if (place) spans.splice(i, 2, doc.mention(a.t0, k, a.type, a.source), doc.mention(k, b.t1, 'PER', b.source));
  }
  // "Ketua KPU RI Afifuddin": the words after a known body are a person the tagger found on their own elsewhere
  let personKeys: Set<string> | null = null;
  let placesAfterCues: Map<string, number[]> | null = null;
  let personWords: Set<string> | null = null;
  const personWord = (key: string): boolean => {
    if (!personWords) {
      personWords = new Set();
      for (const x of tagged) if (x.type === 'PER' && x.t1 - x.t0 > 1) for (let p = x.t0; p < x.t1; p++) personWords.add(doc.keys[p]!);
    }
    return personWords.has(key);
  };
  const taggedPerson = (a: number, b: number): boolean => {
    personKeys ??= new Set(tagged.filter((x) => x.type === 'PER').map((x) => doc.tokensKey(x.t0, x.t1)));
    return b - a <= 4 && personKeys.has(doc.tokensKey(a, b));
  };
  for (const m of spans) {
    let t0 = m.t0;
    let t1 = m.t1;
    let cut = false;
    /** a person's title opened the span and was cut off ("Attorney General Merrick Garland") */
    let titleCut = false;
    while (t0 < t1) {
      if (doc.keys[t0] === '') {
        t0++;
        continue;
      }
      const lead = leadingTitleTokens(doc, t0, t1);
      if (lead > 0) {
        t0 += lead;
        cut = true;
        titleCut = true;
        continue;
      }
      // "Indonesian Foreign Minister Retno": a country or demonym before a title goes with the title.
      const country = knownCountryEnd(doc, t0, t1);
      if (country > t0 && country < t1 && doc.lex.titles.startingAt(country, t1, doc.lexWords)) {
        t0 = country;
        cut = true;
        continue;
      }
      // "On Sunday Russia", "Last Tuesday Iran": a weekday (after function words) opens no name
      const day = leadingWeekday(doc, t0, t1);
      if (day > t0) {
        t0 = day;
        cut = true;
        continue;
      }
      // "Two Palestinians were killed": a count opens no name of two words
      if (t1 - t0 === 2 && doc.lex.countWords.has(doc.keys[t0]!) && doc.kb.lookupKey(doc.tokensKey(t0, t1)).length === 0) {
        t0++;
        cut = true;
        continue;
      }
      // "The United States": a function word before a known name, unless the knowledge base has it with it ("The Hague")
      if (t1 - t0 > 1 && doc.lex.stopwords.has(doc.keys[t0]!) && doc.kb.lookupKey(doc.tokensKey(t0 + 1, t1)).length > 0 && doc.kb.lookupKey(doc.tokensKey(t0, t1)).length === 0) {
        t0++;
        cut = true;
        continue;
      }
      // "the Bank of England": an article before a capitalized word opens no name, and is no part of
      // one the tagger found (so no cut: what follows stands as the tagger's name)
      if (t1 - t0 > 1 && doc.lex.articles.has(doc.keys[t0]!) && doc.isCap(t0 + 1) && !doc.kb.lookupKey(doc.tokensKey(t0, t1)).length) {
        t0++;
        continue;
      }
      if (t1 - t0 > 1 && (!doc.isCap(t0) || doc.lex.genericHeads.has(doc.keys[t0]!))) {
        t0++;
        cut = true;
        continue;
      }
      break;
    }
    while (t1 > t0 && doc.keys[t1 - 1] === '' && doc.word(t1 - 1) !== '.') t1--;
    // "Myanmar 's junta": a possessive clitic after a known name closes it; it is no part of it (a name the
    // knowledge base has with it stays whole: "Saint John's")
    if (t1 - 1 > t0 && doc.isClitic(t1 - 1) && doc.kb.lookupKey(doc.tokensKey(t0, t1 - 1)).length > 0 && doc.kb.lookupKey(doc.tokensKey(t0, t1)).length === 0) t1--;
    // "Al Qaeda threatened the United States": a name does not go on over a verb in lower case
    for (let p = t0 + 1; p < t1; p++) {
      if (!doc.isCap(p) && doc.keys[p] !== '' && doc.lex.isVerb(doc.keys[p]!)) {
        t1 = p;
        cut = true;
        break;
      }
    }
    // "United Nations Secretary-General Antonio Guterres": a body's span does not go on into the title of
    // the person named after it
    if (m.type !== 'PER') {
      const ceil = doc.sentenceBounds(t0)[1];
      for (let p = t0 + 1; p < t1; p++) {
        const title = doc.lex.titles.startingAt(p, ceil, doc.lexWords);
        if (title && title[0] >= t1 && title[0] < ceil && (doc.isCap(title[0]) || doc.word(title[0]) === '-')) {
          t1 = p;
          cut = true;
          break;
        }
      }
    }
    // "Ahmad Saleh in Hebron", "Rodrigo Paz won Bolivia's …": a person's name does not go on over a preposition
    // in lower case, nor (where the language lists its name particles) over any word in lower case but those and
    // a title's ("Defense Ministry spokesman Igor Konashenkov", below)
    const particles = doc.lex.nameParticles;
    if (m.type === 'PER' && doc.lex.personNameBreaks.size > 0 && !orgHeadInside(doc, t0, t1)) {
      for (let p = t0 + 1; p < t1; p++) {
        const plain = particles !== null && doc.keys[p] !== '' && !HAS_CAPITAL.test(doc.word(p)) && !particles.has(doc.keys[p]!) && !doc.lex.titles.startingAt(p, t1, doc.lexWords);
        if ((!doc.isCap(p) && doc.lex.personNameBreaks.has(doc.keys[p]!)) || plain) {
          t1 = p;
          cut = true;
          break;
        }
      }
    }
    // "Russian Defense Ministry spokesman Igor Konashenkov": a title in lower case inside a person's span
    // ends the description; the name is what follows it
    if (m.type === 'PER') {
      for (let p = t1 - 1; p > t0; p--) {
        if (doc.keys[p] === '' || doc.isCap(p)) continue;
        const title = doc.lex.titles.startingAt(p, t1, doc.lexWords);
        if (title && title[0] < t1 && doc.isCap(title[0])) {
          t0 = title[0];
          cut = true;
          titleCut = true;
        }
        break;
      }
    }
    // "Direktur [Eksekutif Center of Economic …]": a title that began before the span and ends inside it is
    // no part of the name, unless its words there are a body's ("Kepala [Badan Pangan …]", "Gubernur [BI …]")
    if (t0 > 0 && doc.keys[t0 - 1] !== '') {
      const [floor] = doc.sentenceBounds(t0);
      for (let e = t0 + 1; e < t1 && e - t0 <= TITLE_TAIL; e++) {
        if (!doc.isCap(e)) continue;
        const title = doc.lex.titles.endingAt(e, floor, doc.lexWords);
        if (title && title[0] < t0 && plainTitleWords(doc, t0, e)) {
          t0 = e;
          break;
        }
      }
    }
    // "European Union on Russia": two known names joined by a function word are not one
    const joint = knownPair(doc, t0, t1);
    if (joint > t0) {
      t1 = joint;
      cut = true;
    }
    // "Timor Sea on Tuesday": a weekday, and the function words before it, close no name
    if (t1 - t0 > 1 && doc.lex.weekdays.has(doc.keys[t1 - 1]!)) {
      t1--;
      while (t1 - t0 > 1 && doc.lex.stopwords.has(doc.keys[t1 - 1]!)) t1--;
    }
    if (t0 >= t1 || !doc.isCap(t0)) continue;
    // "Innalillahi Wainnailaihi Rojiun", "Alhamdulillah": an exclamation opens no name
    if (doc.lex.exclamations.has(doc.keys[t0]!)) continue;
    if (t0 > 0 && doc.lex.languageMarkers.has(doc.keys[t0 - 1]!)) continue;
    if (doc.lex.degrees.has(doc.tokensKey(t0, t1)) || !balanced(doc, t0, t1)) continue;
    // (a function word alone is no name, unless it is a word of a person's full name the tagger found in the
    // document: "Wong" after "Lawrence Wong", where "Wong itu …" opening a quote is Javanese's "for")
    const stopword = doc.lex.stopwords.has(doc.keys[t0]!) && !(m.type === 'PER' && personWord(doc.keys[t0]!));
    if (t1 - t0 === 1 && (stopword || doc.lex.weekdays.has(doc.keys[t0]!) || doc.lex.notNames.has(doc.keys[t0]!))) continue;
    // "menjelang Idul Adha": a holiday of two or three words names no one either
    if (t1 - t0 > 1 && t1 - t0 <= 3 && doc.lex.notNames.has(doc.tokensKey(t0, t1))) continue;
    // "pada Juni lalu", "inflasi Juli": a month alone is a time, unless the document names a person with
    // the word ("Juli Budi Winantya" … "Juli menegaskan")
    if (t1 - t0 === 1 && doc.lex.months.has(doc.keys[t0]!) && !personWord(doc.keys[t0]!)) continue;
    let type = m.type;
    // "Konfederasi [Serikat Pekerja Indonesia]", "Dinas [PUPR OKU]": an organisation's head the tagger left
    // right before a span that has none of its own ("Kantor [Kementerian …]" is where the ministry sits); put
    // back first, so that a title's body and the person after it are told apart below ("Kepala [Dinas] PUPR Sumut
    // Topan Obaja Putra Ginting")
    let headed = false;
    if (type === 'ORG' && t0 >= 1 && !covered[t0 - 1] && doc.isCap(t0 - 1) && !doc.lex.orgHeads.startingAt(t0, t1, doc.lexWords)) {
      const head = doc.lex.orgHeads.endingAt(t0, doc.sentenceBounds(t0)[0], doc.lexWords);
      if (head && doc.isCap(head[0]) && doc.kb.lookupKey(doc.tokensKey(t0, t1)).length === 0) {
        t0 = head[0];
        headed = true;
      }
    }
    const titled = afterPersonTitle(doc, t0);
    // "Bupati Lampung Tengah Ardito Wijaya": after a title, a place named with a compass word opens the
    // span, whatever type the tagger gave it; the place is one name, the person follows it
    if (titled) {
      const p = compassPlaceEnd(doc, t0, t1);
      if (p > t0) {
        out.push(doc.mention(t0, p, 'LOC', 'tagger'));
        t0 = p;
        type = 'PER';
        cut = true;
      }
    }
    // "(CEO) Apple Tim Cook", "Kejari Jember Ichwan Efendi": a known body or place first, then the person;
    // after a title, a body named with its country too ("juru bicara Kementerian Luar Negeri China Guo Jiakun")
    const body = Math.max(knownBodyEnd(doc, t0, t1), titled ? countryBodyEnd(doc, t0, t1) : -1);
    if (body > t0 && body < t1 && doc.isCap(body) && ((type === 'PER' && t1 - body <= 4) || personName(doc, body, t1) || taggedPerson(body, t1))) {
      t0 = body;
      type = 'PER';
    }
    // "Kolonel [Inf Candra Kurniawan]": a corps word after a rank opens no name
    if (type === 'PER' && t1 - t0 >= 3 && doc.lex.rankCorps.has(doc.keys[t0]!) && rankBefore(doc, t0)) {
      while (t1 - t0 >= 3 && doc.lex.rankCorps.has(doc.keys[t0]!)) t0++;
      cut = true;
    }
    // "Karo Rena Polda Babel Kombes Yeyen Lesmana": a rank inside a person's span; the name follows the last
    if (type === 'PER') {
      const after = lastRankEnd(doc, t0 + 1, t1);
      if (after > t0 && after < t1 && doc.isCap(after)) {
        t0 = after;
        cut = true;
      }
    }
    // "Kombes Ade [Ary Syam Indradi]": one capitalized word the tagger left between a rank and a person's
    // span opens the name (a rank is followed by the name, never by a field as a title may be)
    if (type === 'PER' && !titled && t0 >= 2 && !covered[t0 - 1] && rankBefore(doc, t0 - 1) && plainNameWord(doc, t0 - 1)) t0--;
    // "Bupati Pemalang Mukti [Agung Wibowo]", "Direktur Walhi Jawa Timur Wahyu [Eka Setyawan]": the same
    // after a title (and its body) and the place it names, one the knowledge base knows that the word does
    // not continue (nor a compass word: "Lampung Tengah")
    else if (type === 'PER' && !titled && t0 >= 3 && !covered[t0 - 1] && titledPlaceBefore(doc, t0 - 1) && plainNameWord(doc, t0 - 1)) t0--;
    // "Direktur Utama ICDX Fajar Wibhiyadi": after a title, a body's acronym opens the span; the person follows it
    if (
      titled &&
      t1 - t0 >= 2 &&
      BODY_ACRONYM.test(doc.word(t0)) &&
      doc.isCap(t0 + 1) &&
      !doc.lex.orgHeads.startingAt(t0, t1, doc.lexWords) &&
      (type === 'PER' || personName(doc, t0 + 1, t1))
    ) {
      type = 'PER';
      t0++;
      cut = true;
    }
    // "Bupati Solok Jon Firman Pandu": after a title, a place the document names as one elsewhere ("Kabupaten
    // Solok", "ke Solok") opens the span; the person follows it
    if (type === 'PER' && titled && t1 - t0 >= 2) {
      placesAfterCues ??= afterPlaceCues(doc);
      const p = placeAfterTitle(doc, t0, t1, placesAfterCues);
      if (p > t0) {
        t0 = p;
        cut = true;
      }
    }
    if (type !== 'PER' && !headed && doc.lex.orgHeads.startingAt(t0, t1, doc.lexWords)) t1 = extendName(doc, t1, covered);
    const text = doc.spanText(t0, t1);
    let alias = pickAlias(doc.kb.lookupKey(doc.tokensKey(t0, t1)), text);
    if (alias && t1 - t0 === 1 && doc.definedOtherwise(t0, alias)) alias = null;
    // what a person's title opened is that person's name, whatever type the tagger gave the whole span
    if (titleCut && type !== 'PER' && !alias && personName(doc, t0, t1)) type = 'PER';
    if (cut && type !== 'PER' && !alias) continue;
    // A country's demonym is no name ("the Israeli army"): whether it stands for the country, or is
    // context for a title or an institution, is the knowledge base's finding (spans.ts).
    if (alias?.kind === 'demonym' && alias.entry.kind === 'country') continue;
    const orgHead = doc.lex.orgHeads.startingAt(t0, t1, doc.lexWords) !== null;
    // a title before a name makes it a person's, unless a place's head opens it ("warga Kota Jambi")
    const placeFirst = t1 - t0 >= 2 && doc.lex.locHeads.startingAt(t0, t1, doc.lexWords) !== null;
    // an organisation's head as the last word ("Emil Salim Institute", "IPB University") ends no person's name
    const orgLast = t1 - t0 >= 2 && doc.lex.orgHeadsLast.startingAt(t1 - 1, t1, doc.lexWords) !== null;
    // a compass word last ends a place's name, not a person's ("Bupati [Morowali Utara]")
    const compassLast = t1 - t0 >= 2 && doc.lex.placeCompass.has(doc.keys[t1 - 1]!);
    if (!alias && type !== 'PER' && titled && !orgHead && !placeFirst && !orgLast && !(type === 'LOC' && compassLast)) type = 'PER';
    // an organisation's head first makes it a body's name, after a title too where the tagger read a place
    // ("Kepala [Balai Karantina Hewan]")
    else if (!alias && type !== 'ORG' && ((orgHead && (!titled || type === 'LOC')) || orgLast)) type = 'ORG';
    // "Timor Sea", "Laut Timor", "Lake Victoria": a place's head first or last, and no organisation's; a
    // person's span only with the head first ("Masjid Istiqlal")
    else if (!alias && type === 'ORG' && !orgHead && (placeFirst || placeLast(doc, t0, t1))) type = 'LOC';
    else if (!alias && type === 'PER' && placeFirst) type = 'LOC';
    // "near Scarborough Shoal": with the head last, a person's span is a place only after a place cue
    else if (!alias && type === 'PER' && !titled && placeLast(doc, t0, t1) && afterPlaceCue(doc, t0)) type = 'LOC';
    // "fired shells at targets in Jericho": one unknown word after a place cue, no title before it and no
    // possessive after it, is a place, whatever the tagger made of it
    else if (!alias && type === 'PER' && t1 - t0 === 1 && !titled && afterPlaceCue(doc, t0) && !doc.isClitic(t1)) type = 'LOC';
    // "the border town of Mae Sot": a name after a place cue and "of" is that place
    else if (!alias && type === 'PER' && t1 - t0 <= 3 && !titled && afterPlaceOf(doc, t0) && doc.sentenceOf[t0 - 2] === doc.sentenceOf[t0] && !doc.isClitic(t1)) type = 'LOC';
    // "in El Fasher, the capital of North Darfur": a name after a place cue that a place noun describes
    else if (!alias && type === 'PER' && t1 - t0 <= 3 && !titled && afterPlaceCue(doc, t0) && placeInApposition(doc, t1)) type = 'LOC';
    // "near the disputed Ta Moan Thom temple": a place noun in lower case right after the name
    else if (!alias && type === 'PER' && !titled && t1 < doc.keys.length && !doc.isCap(t1) && doc.lex.placeNounsAfter.has(doc.keys[t1]!)) type = 'LOC';
    if (alias && alias.kind !== 'demonym' && trustType(alias.entry.source)) type = alias.entry.type;
    const linked = alias && alias.kind !== 'demonym' && alias.entry.type === type ? alias : null;
    out.push(doc.mention(t0, t1, type, 'tagger', linked));
  }
  return out;
}

/**
 * After a name ending at token t: a comma, perhaps a function word, and a place noun of the place cues followed by
 * the language's placeOf word or a place cue (", the capital of …", ", a town in …").
 */
function placeInApposition(doc: Doc, t: number): boolean {
  const n = doc.keys.length;
  if (t + 2 >= n || doc.word(t) !== ',' || doc.sentenceOf[t + 2] !== doc.sentenceOf[t]) return false;
  let k = t + 1;
  if (doc.lex.stopwords.has(doc.keys[k]!)) k++;
  if (k + 1 >= n || !doc.lex.placeCues.has(doc.keys[k]!) || doc.isCap(k)) return false;
  const next = doc.keys[k + 1]!;
  return next === doc.lex.placeOf || doc.lex.placeCues.has(next);
}

/** Places listed before a one-word name for it to be one of them. */
const LISTED_PLACES = 2;

/**
 * "investasi di Batam, Bintan, dan Karimun": a one-word name the tagger read as a person, last in a list
 * of places (two or more before it, joined by commas and a list word), is a place too. Types are set in
 * place on the mentions given.
 */
export function placesInLists(doc: Doc, top: readonly Mention[], endingAt: (i: number) => Mention | undefined): void {
  for (const m of top) {
    if (m.type !== 'PER' || m.t1 - m.t0 !== 1 || m.alias || m.pinned || m.source !== 'tagger') continue;
    let k = m.t0;
    let places = 0;
    for (;;) {
      const joined = k - 1 >= 0 && doc.lex.listJoiners.has(doc.keys[k - 1]!);
      if (joined) k--;
      const comma = k - 1 >= 0 && doc.word(k - 1) === ',';
      if (comma) k--;
      if (!joined && !comma) break;
      const before = endingAt(k);
      if (!before || before.type !== 'LOC' || doc.sentenceOf[before.t0] !== doc.sentenceOf[m.t0]) break;
      places++;
      k = before.t0;
    }
    if (places >= LISTED_PLACES) m.type = 'LOC';
  }
}

/** Words of a title the tagger may have put inside the span after it ("Direktur [Eksekutif …]"). */
const TITLE_TAIL = 2;

/** Tokens [a, b) are plain words of a title: no body's head or acronym, nothing the knowledge base names. */
function plainTitleWords(doc: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    if (BODY_ACRONYM.test(doc.word(k)) || doc.lex.orgHeads.startingAt(k, b, doc.lexWords) || doc.lex.locHeads.startingAt(k, b, doc.lexWords)) return false;
    if (doc.kb.lookupKey(doc.tokensKey(k, k + 1)).length > 0) return false;
  }
  return true;
}

/** Token t follows a place cue in its sentence ("in", "di", "kota"). */
function afterPlaceCue(doc: Doc, t: number): boolean {
  return t > 0 && doc.sentenceOf[t - 1] === doc.sentenceOf[t] && doc.lex.placeCues.has(doc.keys[t - 1]!);
}

/** A place noun and the language's placeOf word stand right before token t ("the town of", "city of"). */
export function afterPlaceOf(doc: Doc, t: number): boolean {
  const of = doc.lex.placeOf;
  return of !== null && t >= 2 && doc.keyOf(t - 1) === of && doc.lex.placeCues.has(doc.keyOf(t - 2));
}

/** The tokens right after a place cue (`placeCues`), by their key: where the document names places. */
function afterPlaceCues(doc: Doc): Map<string, number[]> {
  const at = new Map<string, number[]>();
  for (let i = 1; i < doc.keys.length; i++) {
    if (!doc.lex.placeCues.has(doc.keys[i - 1]!) || doc.keys[i] === '') continue;
    const list = at.get(doc.keys[i]!);
    if (list) list.push(i);
    else at.set(doc.keys[i]!, [i]);
  }
  return at;
}

/**
 * The first token of the person in span [t0, t1) after a title, when one to three capitalized words open
 * it that the document writes elsewhere after a place cue (`placeCues`: "Kabupaten Solok", "di Solok"),
 * else t0.
 */
function placeAfterTitle(doc: Doc, t0: number, t1: number, afterCues: Map<string, number[]>): number {
  const starts = afterCues.get(doc.keys[t0]!);
  if (!starts) return t0;
  for (let p = t0 + 1; p < t1 && p - t0 <= 3; p++) {
    if (!doc.isCap(p)) return t0;
    if (starts.some((i) => i !== t0 && placeAt(doc, i, t0, p))) return p;
  }
  return t0;
}

/**
 * "Bupati Lampung Tengah Ardito Wijaya": the end of a place's name that opens span [t0, t1) after a title,
 * one or two plain capitalized words and then compass words (`placeCompass`), when a capitalized word is
 * left for the person; else t0.
 */
function compassPlaceEnd(doc: Doc, t0: number, t1: number): number {
  const compass = doc.lex.placeCompass;
  if (compass.size === 0 || compass.has(doc.keys[t0]!)) return t0;
  for (let p = t0 + 1; p < t1 - 1 && p - t0 <= 2; p++) {
    // plain words before it: no body's acronym or head ("DPRD Jawa Tengah" is a body, see knownBodyEnd)
    const w = p - 1;
    if (!doc.isCap(p) || BODY_ACRONYM.test(doc.word(w)) || doc.lex.orgHeads.startingAt(w, t1, doc.lexWords)) return t0;
    if (!compass.has(doc.keys[p]!)) continue;
    let e = p + 1;
    while (e < t1 - 1 && compass.has(doc.keys[e]!)) e++;
    return doc.isCap(e) ? e : t0;
  }
  return t0;
}

/** Whether the words from token i repeat [a, b) as a whole name (not followed by a capitalized word). */
function placeAt(doc: Doc, i: number, a: number, b: number): boolean {
  const keys = doc.keys;
  const n = b - a;
  if (i + n > keys.length) return false;
  for (let k = 1; k < n; k++) if (keys[i + k] !== keys[a + k]) return false;
  return !(i + n < keys.length && doc.isCap(i + n) && keys[i + n] !== '');
}

/** Whether span [t0, t1) of two words or more ends with a place's head word, where the language puts it last (`locHeadsLast`). */
function placeLast(doc: Doc, t0: number, t1: number): boolean {
  const last = doc.lex.locHeadsLast;
  return last !== null && t1 - t0 >= 2 && last.startingAt(t1 - 1, t1, doc.lexWords) !== null;
}

/** Words a place a title names may have (`Bupati Seram Bagian Barat`). */
const TITLED_PLACE_WORDS = 3;

/**
 * A place the knowledge base knows ends right before token t, right after a person's title ("Bupati
 * Pemalang"), and token t continues neither it (no compass word, no longer known name) nor a title.
 */
function titledPlaceBefore(doc: Doc, t: number): boolean {
  const [floor] = doc.sentenceBounds(t);
  const k = doc.keys[t]!;
  if (doc.lex.placeCompass.has(k) || doc.lex.locHeads.startingAt(t, t + 1, doc.lexWords)) return false;
  for (let p = t - 1; p > floor && t - p <= TITLED_PLACE_WORDS; p--) {
    if (!doc.isCap(p)) return false;
    if (!afterPersonTitle(doc, p) && !titledBodyBefore(doc, p, floor)) continue;
    const place = doc.kb.lookupKey(doc.tokensKey(p, t));
    if (!place.some((a) => a.entry.type === 'LOC')) return false;
    return doc.kb.lookupKey(doc.tokensKey(p, t + 1)).length === 0;
  }
  return false;
}

/** A body the knowledge base knows, of a word or two, ends right before token p, right after a person's title ("Direktur Walhi"). */
function titledBodyBefore(doc: Doc, p: number, floor: number): boolean {
  for (let q = p - 1; q > floor && p - q <= 2; q--) {
    if (!doc.isCap(q)) return false;
    if (afterPersonTitle(doc, q) && doc.kb.lookupKey(doc.tokensKey(q, p)).some((a) => a.entry.type === 'ORG')) return true;
  }
  return false;
}

/** A rank (with its corps words: "Kombes Pol") ends right before token t, in its sentence. */
function rankBefore(doc: Doc, t: number): boolean {
  const [floor] = doc.sentenceBounds(t);
  let j = t;
  while (j > floor && doc.lex.rankCorps.has(doc.keys[j - 1]!)) j--;
  const rank = doc.lex.ranks.endingAt(j, floor, doc.lexWords);
  if (!rank) return false;
  // the last word of a longer title is no rank there ("Direktur Jenderal Pajak Bimo")
  const title = doc.lex.titles.endingAt(j, floor, doc.lexWords);
  return !title || title[0] >= rank[0];
}

/**
 * A capitalized word that could open a person's name after a rank: a name's word after a title (titled.ts),
 * and no month, rank, corps word or honorific, nor a body or place the knowledge base knows ("Kolonel
 * Marinir Freddy").
 */
function plainNameWord(doc: Doc, t: number): boolean {
  const [, ceil] = doc.sentenceBounds(t);
  if (!nameWord(doc, t, ceil)) return false;
  const lex = doc.lex;
  const k = doc.keys[t]!;
  if (lex.months.has(k) || lex.rankCorps.has(k) || lex.ranks.startingAt(t, ceil, doc.lexWords) || lex.honorifics.startingAt(t, ceil, doc.lexWords)) return false;
  return !doc.kb.lookupKey(doc.tokensKey(t, t + 1)).some((a) => a.entry.type !== 'PER');
}

/** The token after the last rank (and its corps words) that starts in [from, t1), or -1. */
function lastRankEnd(doc: Doc, from: number, t1: number): number {
  let after = -1;
  for (let p = from; p < t1; p++) {
    const hit = doc.lex.ranks.startingAt(p, t1, doc.lexWords);
    if (!hit) continue;
    let e = hit[0];
    while (e < t1 && doc.lex.rankCorps.has(doc.keys[e]!)) e++;
    after = e;
    p = e - 1;
  }
  return after;
}

/**
 * Where a function word written in lower case splits span [t0, t1) into two names the knowledge base
 * has, when it has no name for the whole ("European Union on Russia"): that word's token; else t0.
 */
function knownPair(doc: Doc, t0: number, t1: number): number {
  const known = (a: number, b: number): boolean => doc.kb.lookupKey(doc.tokensKey(a, b)).length > 0;
  // both halves must be names the knowledge base has, none longer than KB_NAME_TOKENS (a run of
  // thousands of tokens is not keyed again for every word in it)
  for (let p = Math.max(t0 + 1, t1 - 1 - KB_NAME_TOKENS); p < t1 - 1 && p - t0 <= KB_NAME_TOKENS; p++) {
    if (doc.isCap(p) || !doc.lex.stopwords.has(doc.keys[p]!)) continue;
    if (known(t0, p) && known(p + 1, t1) && !known(t0, t1)) return p;
  }
  return t0;
}

/** After function words and a weekday that open span [t0, t1) with more after them, the token after the weekday; else t0. */
function leadingWeekday(doc: Doc, t0: number, t1: number): number {
  for (let k = t0; k < t1 - 1; k++) {
    const key = doc.keys[k]!;
    if (doc.lex.weekdays.has(key)) return k + 1;
    if (!doc.lex.stopwords.has(key)) return t0;
  }
  return t0;
}

/** The first token of a span that is exactly `Name-Name` written without spaces, else null. */
function hyphenPair(doc: Doc, t0: number, t1: number): number | null {
  if (t1 - t0 !== 3 || doc.word(t0 + 1) !== '-' || !doc.isCap(t0) || !doc.isCap(t0 + 2)) return null;
  const [a, h, b] = [doc.tokens[t0]!, doc.tokens[t0 + 1]!, doc.tokens[t0 + 2]!];
  return a.end === h.start && h.end === b.start ? t0 : null;
}

/** `Marie-Louise` where the text also writes `Marie Louise`: one name spelled two ways. */
function writtenApart(doc: Doc, pair: number): boolean {
  const a = doc.keys[pair]!;
  const b = doc.keys[pair + 2]!;
  for (let i = 0; i + 1 < doc.keys.length; i++) if (doc.keys[i] === a && doc.keys[i + 1] === b) return true;
  return false;
}

/** How often each name key occurs as a capitalized word of its own (not glued to a hyphen) in the document. */
function capitalizedCounts(doc: Doc): Map<string, number> {
  const counts = new Map<string, number>();
  const t = doc.tokens;
  const glued = (i: number, j: number) => j >= 0 && j < t.length && t[j]!.text === '-' && (j < i ? t[j]!.end === t[i]!.start : t[i]!.end === t[j]!.start);
  for (let i = 0; i < doc.keys.length; i++) {
    if (doc.keys[i] === '' || !doc.isCap(i) || glued(i, i - 1) || glued(i, i + 1)) continue;
    counts.set(doc.keys[i]!, (counts.get(doc.keys[i]!) ?? 0) + 1);
  }
  return counts;
}

/** Parentheses inside a span close within it ("Persero) Tbk" is no name). */
function balanced(doc: Doc, t0: number, t1: number): boolean {
  let depth = 0;
  for (let i = t0; i < t1; i++) {
    const w = doc.word(i);
    if (w === '(') depth++;
    else if (w === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/** The end of a country's name or demonym (or, with `places`, a region's or a place's) at the start of [t0, t1), else -1. */
function knownCountryEnd(doc: Doc, t0: number, t1: number, places = false): number {
  let end = -1;
  doc.kb.walk(t0, t1, doc.kbWords, (e, aliases) => {
    const a = pickAlias(aliases, doc.spanText(t0, e));
    if (a && (a.entry.kind === 'country' || (places && a.kind !== 'demonym' && a.entry.type === 'LOC' && trustType(a.entry.source)))) end = e;
  });
  return end;
}

/**
 * The end of a body named by an organisation's head, its field and a country or a known region or place at the
 * start of [t0, t1) ("Kementerian Luar Negeri China", "Dinas PUPR Sumut"), where a person's name of two to four
 * words follows; else -1.
 */
function countryBodyEnd(doc: Doc, t0: number, t1: number): number {
  if (t1 - t0 < 4 || !doc.lex.orgHeads.startingAt(t0, t1, doc.lexWords)) return -1;
  for (let p = t0 + 1; p < t1 - 2; p++) {
    if (!doc.isCap(p)) return -1;
    const e = knownCountryEnd(doc, p, t1, true);
    if (e > p) return personName(doc, e, t1) ? e : -1;
  }
  return -1;
}

/** The end of a known organisation or place at the start of [t0, t1) (a regional body with its place counts), else -1. */
function knownBodyEnd(doc: Doc, t0: number, t1: number): number {
  let end = -1;
  doc.kb.walk(t0, t1, doc.kbWords, (e, aliases) => {
    const a = pickAlias(aliases, doc.spanText(t0, e));
    if (a && a.kind !== 'demonym' && a.entry.type !== 'PER' && trustType(a.entry.source)) end = e;
  });
  const regional = doc.lex.regionalBodies.startingAt(t0, t1, doc.lexWords);
  if (regional) {
    let placeEnd = -1;
    doc.kb.walk(regional[0], t1, doc.kbWords, (e, aliases) => {
      const a = pickAlias(aliases, doc.spanText(regional[0], e));
      if (a && a.entry.type === 'LOC') placeEnd = e;
    });
    end = Math.max(end, placeEnd);
  }
  return end;
}

const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** A capital anywhere in a word ("al-Assad", "McDonald"). */
const HAS_CAPITAL = /\p{Lu}/u;

/** Two to four capitalised words that are no known name but a person's and no organisation or place word: a person's name. */
function personName(doc: Doc, t0: number, t1: number): boolean {
  if (t1 - t0 < 2 || t1 - t0 > 4) return false;
  if (doc.lex.locHeads.startingAt(t0, t1, doc.lexWords)) return false;
  for (let i = t0; i < t1; i++) {
    // an organisation's head anywhere: first in Indonesian, last in English ("National Liberation Army")
    if (doc.lex.orgHeads.startingAt(i, t1, doc.lexWords)) return false;
    const w = doc.word(i);
    if (!CAPITALISED.test(w) || doc.lex.stopwords.has(doc.keys[i]!)) return false;
    // (a person the knowledge base knows is a person: "Gubernur BI Perry Warjiyo")
    let known = false;
    doc.kb.walk(i, t1, doc.kbWords, (_e, aliases) => {
      if (aliases.some((a) => a.entry.type !== 'PER')) known = true;
    });
    if (known) return false;
  }
  return true;
}

/**
 * An organisation's name goes on over the capitalised words right after it ("Pengadilan Arbitrase |
 * Olahraga"), three at most, none the tagger gave to another name.
 */
function extendName(doc: Doc, t1: number, covered: Uint8Array): number {
  const [, ceil] = doc.sentenceBounds(t1 - 1);
  let e = t1;
  while (e < ceil && e - t1 < 3 && !covered[e] && doc.keys[e] !== '' && doc.isCap(e) && !doc.lex.stopwords.has(doc.keys[e]!)) {
    // a rank or a title opens what follows ("Polrestabes Medan AKBP I Made Parwita")
    if (doc.lex.ranks.startingAt(e, ceil, doc.lexWords) || doc.lex.titles.startingAt(e, ceil, doc.lexWords)) break;
    // "Keputusan KPU RI Nomor 731": a reference's word ends the name; so does a weekday ("Kejaksaan Negeri
    // Sidoarjo Senin (20/10)"; nameEnds holds them)
    if (doc.lex.nameEnds.has(doc.keys[e]!)) break;
    e++;
  }
  // "Departemen Komunikasi Bank Indonesia Ramdan Denny Prakoso": words right before another name are its own
  return e > t1 && e < ceil && covered[e] ? t1 : e;
}

/** More tokens than any name of the knowledge base has (its longest has 14 words). */
const KB_NAME_TOKENS = 24;

/** A body's acronym of three capitals or more (two are often a person's initials: "HM Prasetyo"). */
const BODY_ACRONYM = /^\p{Lu}{3,}$/u;


function trustType(source: string): boolean {
  return source === 'curated' || source === 'cldr';
}

/** Merges what two readings of the same span know. */
function absorb(winner: Mention, other: Mention): void {
  if (!winner.alias && other.alias && other.alias.entry.type === winner.type) winner.alias = other.alias;
  winner.code ??= other.code;
  if (winner.source === 'kb' && other.source === 'tagger' && winner.alias && !trustType(winner.alias.entry.source) && other.type !== winner.type) {
    winner.type = other.type;
    winner.alias = null;
  }
}

export function settle(cands: Mention[]): Settled {
  const sorted = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[a.source] - PRIORITY[b.source] || a.start - b.start);
  const top: Mention[] = [];
  const inner: Mention[] = [];
  for (const m of sorted) {
    let placed = false;
    for (const t of top) {
      if (m.end <= t.start || m.start >= t.end) continue;
      placed = true;
      if (m.start === t.start && m.end === t.end) absorb(t, m);
      else if (m.start >= t.start && m.end <= t.end) inner.push(m);
      break;
    }
    if (!placed) top.push(m);
  }
  top.sort((a, b) => a.start - b.start);
  inner.sort((a, b) => a.start - b.start);
  return { top, inner };
}

/** Lookups by token: the mention starting at / ending at a token (top-level first, then inner). */
export function tokenIndex(settled: Settled): { at: (i: number) => Mention | undefined; endingAt: (i: number) => Mention | undefined } {
  const starts = new Map<number, Mention>();
  const ends = new Map<number, Mention>();
  for (const list of [settled.top, settled.inner])
    for (const m of list) {
      if (m.t0 < 0) continue;
      if (!starts.has(m.t0)) starts.set(m.t0, m);
      if (!ends.has(m.t1)) ends.set(m.t1, m);
    }
  return { at: (i) => starts.get(i), endingAt: (i) => ends.get(i) };
}

/** Does an organisation's head open or end any word of [t0, t1) ("Institute for Development Economics")? */
function orgHeadInside(doc: Doc, t0: number, t1: number): boolean {
  for (let p = t0; p < t1; p++) {
    if (doc.lex.orgHeads.startingAt(p, t1, doc.lexWords) !== null || doc.lex.orgHeadsLast.startingAt(p, p + 1, doc.lexWords) !== null) return true;
  }
  return false;
}

/**
 * "Saudi Gazette", "Bill Gates Foundation": a name that ends right before a word that ends a paper's or an
 * organisation's name (`mediaWords`, `orgHeadsLast`; two such words at most: "Saudi Press Agency") goes
 * on over it as an organisation; not where another name begins after that word ("… Bank Mandiri").
 */
export function namesEndedByHeads(doc: Doc, top: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const n = doc.keys.length;
  for (const m of top) {
    if (m.t0 < 0 || m.type === 'ORG') continue;
    const sentence = doc.sentenceOf[m.t0]!;
    let e = m.t1;
    while (e - m.t1 < 2 && orgNameEnd(doc, e, sentence)) e++;
    if (e === m.t1) continue;
    if (e < n && doc.isCap(e) && doc.keys[e] !== '' && doc.sentenceOf[e] === sentence) continue;
    out.push(doc.mention(m.t0, e, 'ORG', 'rule'));
  }
  return out;
}

/** Token t, in sentence `sentence`, is a capitalized word that ends a paper's or an organisation's name. */
function orgNameEnd(doc: Doc, t: number, sentence: number): boolean {
  if (t >= doc.keys.length || !doc.isCap(t) || doc.sentenceOf[t] !== sentence) return false;
  return doc.lex.mediaWords.has(doc.keys[t]!) || doc.lex.orgHeadsLast.startingAt(t, t + 1, doc.lexWords) !== null;
}

/**
 * "South Lebanon", "Lebanon Selatan": a compass word written as a name before a country (English,
 * `placeCompassFirst`) or after it (Indonesian, `placeCompass`) names a region of that country: a place
 * with the country's code, not the country itself (nor an unknown organisation, as the tagger may read
 * "South Lebanon"); unless the knowledge base has the whole name ("South Korea", "Korea Selatan").
 */
export function compassPlaces(doc: Doc, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.t0 < 0) continue;
    const code = countryOf(m);
    if (code === null) continue;
    const s = doc.sentenceOf[m.t0]!;
    let a = m.t0;
    let b = m.t1;
    if (compassAt(doc, a - 1, s, doc.lex.placeCompassFirst)) a--;
    else if (compassAt(doc, b, s, doc.lex.placeCompass)) b++;
    if ((a === m.t0 && b === m.t1) || doc.kb.lookupKey(doc.tokensKey(a, b)).length > 0) continue;
    out.push(doc.mention(a, b, 'LOC', 'rule', null, code));
  }
  return out;
}

/** Token t, in sentence `sentence`, is a capitalized compass word of `words`. */
function compassAt(doc: Doc, t: number, sentence: number, words: ReadonlySet<string>): boolean {
  return t >= 0 && t < doc.keys.length && doc.sentenceOf[t] === sentence && doc.isCap(t) && words.has(doc.keys[t]!);
}
