/**
 * Entities stage: NER tagger + knowledge-base names → mentions; dateline and `Sumber:` agencies;
 * institution phrases and parenthesised pairs; in-document linking into one entity per referent;
 * canonical name, knowledge-base id and the actor code valid on the article's date → record `entities`.
 */
import type { Entity } from '../record/schema.js';
import type { StageInput } from '../stage.js';
import { namesAfterRanks, namesAfterTitles } from './titled.js';
import { country, entityActor, mostLinked } from './actors.js';
import { Doc, DocMemory, type Mention, spanId } from './doc.js';
import { institutionMentions } from './institutions.js';
import { type KnowledgeBase, loadKnowledgeBase } from './kb/load.js';
import { nameKey } from './kb/normalize.js';
import { entityLexicon, type TitleRole } from './lexicon.js';
import { Groups, linkMentions, propagate } from './link.js';
import { afterPlaceOf, cleanTagged, compassPlaces, namesEndedByHeads, placesInLists, settle, tokenIndex } from './merge.js';
import { metaMentions } from './meta.js';
import { listedExpansions, pairings } from './parens.js';
import { kbMentions, taggedMentions } from './spans.js';
import { loadTagger, type Tagger } from './tagger/index.js';
import { PREDICATE_LINKS, roleContext, type RoleContext } from './titles.js';
import { partitionPoint } from '../util/search.js';

export type EntityStage = (input: StageInput) => Entity[];

export interface EntityStageOptions {
  /** the NER tagger (default: the trained model) */
  tagger?: Tagger;
  kb?: KnowledgeBase;
}

export async function createEntityStage(options: EntityStageOptions = {}): Promise<EntityStage> {
  const tagger = options.tagger ?? (await loadTagger());
  const kb = options.kb ?? loadKnowledgeBase();
  entityLexicon('id');
  entityLexicon('en');
  return (input) => findEntities(input, tagger, kb);
}

/** The per-token arrays of the document being read (nothing keeps a Doc past findEntities). */
const memory = new DocMemory();

export function findEntities(input: StageInput, tagger: Tagger, kb: KnowledgeBase): Entity[] {
  const doc = new Doc(input, entityLexicon(input.dataLang), kb, memory);
  const found = kbMentions(doc);
  const fromTagger = taggedMentions(doc, tagger);
  // a person the knowledge base knows by one word still needs a title or the tagger to count
  const known = [...fromTagger, ...found.mentions.filter((m) => m.type !== 'PER')];
  const titled = [...namesAfterTitles(doc, known), ...namesAfterRanks(doc, known)];
  const tagged = cleanTagged(doc, titled.length === 0 ? fromTagger : [...fromTagger, ...titled].sort((x, y) => x.t0 - y.t0));
  const kept = confirmed(doc, found.mentions, tagged);
  let settled = settle([...tagged, ...kept, ...namedAfterPlaceOf(doc, [...tagged, ...kept])]);
  let idx = tokenIndex({ top: settled.top, inner: [...settled.inner, ...found.demonyms] });
  const rules = [
    ...institutionMentions(doc, idx.at, idx.endingAt),
    ...listedExpansions(doc, idx.endingAt),
    ...namesEndedByHeads(doc, settled.top),
    ...compassPlaces(doc, [...settled.top, ...settled.inner]),
  ];
  if (rules.length > 0) {
    const before = settled.inner;
    settled = settle([...settled.top, ...rules]);
    settled.inner.push(...before);
    idx = tokenIndex({ top: settled.top, inner: [...settled.inner, ...found.demonyms] });
  }
  placesInLists(doc, settled.top, idx.endingAt);
  const paired = pairings(doc, idx.at, idx.endingAt);

  const groups = new Groups();
  for (const m of settled.top) groups.add(m);
  const top = new Set(settled.top);
  for (const m of paired.mentions) if (!top.has(m)) groups.add(m);
  for (const m of metaMentions(doc.text, input.meta, kb)) groups.add(m);
  for (const u of paired.unread) {
    for (const m of groups.mentions) if (m.alias?.entry.id === u.entry && m.t0 >= 0 && doc.tokensKey(m.t0, m.t1) === u.key) m.alias = null;
  }
  unlinkInitials(groups.mentions);
  linkMentions(doc, groups, paired.links);
  propagate(doc, groups);

  // Context for codes: what lies inside each mention, the mention after a comma, role titles.
  const all = [...groups.mentions, ...settled.inner].filter((m) => m.t0 >= 0).sort((a, b) => a.t0 - b.t0);
  const ctxIdx = tokenIndex({ top: groups.mentions.filter((m) => m.t0 >= 0), inner: [...settled.inner, ...found.demonyms] });
  const plainCode = (m: Mention): string | null => m.code ?? (m.alias ? kb.actorOn(m.alias.entry, doc.date) : null);
  const innerOf = (m: Mention): Mention[] => {
    const out: Mention[] = [];
    if (m.t0 < 0) return out;
    for (let k = partitionPoint(all.length, (i) => all[i]!.t0 < m.t0); k < all.length && all[k]!.t0 < m.t1; k++) {
      const x = all[k]!;
      if (x !== m && x.t1 <= m.t1 && (x.t0 > m.t0 || x.t1 < m.t1)) out.push(x);
    }
    return out;
  };
  const afterComma = (m: Mention) => (m.t1 >= 0 && doc.word(m.t1) === ',' ? ctxIdx.at(m.t1 + 1) : undefined);
  const possessor = (m: Mention) => (m.t0 >= 2 && doc.isClitic(m.t0 - 1) ? ctxIdx.endingAt(m.t0 - 1) : undefined);
  // A dateline's country is the default of a story about it. Where the body never names it, the dateline
  // only says where the reporter was, and the default holds until the text names another country:
  // "BRUSSELS — … Iran's foreign ministry condemned … Foreign Minister Abbas Araghchi" is no Belgian minister.
  // The language's own country (an Indonesian story's) is the default of a story that names it; a story
  // that never does but names other countries is about elsewhere ("Presiden Jeri" in a story about Peru is
  // no Indonesian president): the one other country it names, or none when it names several.
  let home = doc.defaultCountry;
  let foreignFrom = Infinity;
  if (home !== null) {
    const bodyFrom = input.meta.dateline?.end ?? 0;
    let first = Infinity;
    let homeFirst = Infinity;
    let named = false;
    let other: string | null | undefined;
    for (const m of all) {
      const c = country(plainCode(m));
      if (c === null || doc.tokens[m.t0]!.start < bodyFrom) continue;
      if (c === home) {
        named = true;
        homeFirst = Math.min(homeFirst, m.t0);
      } else {
        first = Math.min(first, m.t0);
        other = other === undefined || other === c ? c : null;
      }
    }
    // ("Dolar AS menekan rupiah": the home country's money names it)
    if (!named && doc.lex.homeWords.size > 0) {
      for (let t = 0; t < doc.keys.length && !named; t++) named = doc.tokens[t]!.start >= bodyFrom && doc.lex.homeWords.has(doc.keys[t]!);
    }
    // (a dateline's country named only after another, "CAIRO — Sudan's military … Egypt has backed the army",
    // is where the reporter was: the default holds until that other country is named, as when it is never named)
    if ((!named || first < homeFirst) && doc.lex.defaultCountry === null) foreignFrom = first;
    else if (!named && other !== undefined) home = other;
  }
  // "In Venezuela, opposition leader X …", "Di Gaza, juru bicara …": a sentence that opens with a place
  // and a comma is set in that place's country, whatever the story's
  const frames = new Map<number, string>();
  for (const m of all) {
    if (m.type !== 'LOC' || m.t0 < 1 || m.t1 >= doc.keys.length || doc.word(m.t1) !== ',') continue;
    const s = doc.sentenceOf[m.t0]!;
    if (doc.sentenceOf[m.t0 - 1] !== s || (m.t0 >= 2 && doc.sentenceOf[m.t0 - 2] === s) || !doc.lex.placeCues.has(doc.keys[m.t0 - 1]!)) continue;
    const c = country(plainCode(m));
    if (c !== null) frames.set(s, c);
  }
  const defaultCountryAt = (t: number): string | null => frames.get(doc.sentenceOf[t]!) ?? (t < foreignFrom ? home : null);
  const roles = new Map<Mention, RoleContext | null>();
  const roleOf = (m: Mention) => {
    if (!roles.has(m)) roles.set(m, roleContext(doc, m, ctxIdx.at, ctxIdx.endingAt));
    return roles.get(m) ?? null;
  };

  const lists = groups.lists().map((list) => {
    const mentions = list.map((i) => groups.mentions[i]!);
    const type = entityType(mentions);
    for (const m of mentions) {
      m.type = type;
      if (m.alias && m.alias.entry.type !== type) m.alias = null;
    }
    return { mentions, type };
  });
  // Bodies and places first: a person's title reads the code of the body named with it, which may come from
  // the body's other mentions ("Konfederasi Serikat Pekerja Indonesia (KSPI) … Presiden KSPI Said Iqbal").
  const actors = lists.map(({ mentions, type }) =>
    type === 'PER' ? null : entityActor(doc, mentions, { innerOf, roleOf, afterComma, plainCode, possessor, defaultCountryAt }),
  );
  const bodyCode = new Map<Mention, string>();
  lists.forEach(({ mentions }, k) => {
    const code = actors[k];
    if (code) for (const m of mentions) bodyCode.set(m, code);
  });
  const qualifierCode = (m: Mention): string | null => plainCode(m) ?? bodyCode.get(m) ?? null;
  const entities: Entity[] = [];
  const people: { entity: Entity; mentions: Mention[] }[] = [];
  lists.forEach(({ mentions, type }, k) => {
    const entry = mostLinked(mentions);
    const entity: Entity = {
      id: `e${entities.length + 1}`,
      name: canonicalName(doc.text, mentions, entry?.name ?? null),
      type,
      kb: entry?.id ?? null,
      actor:
        type === 'PER'
          ? entityActor(doc, mentions, { innerOf, roleOf, afterComma, plainCode: qualifierCode, possessor, defaultCountryAt })
          : actors[k],
      mentions: uniqueSpans(doc.text, mentions),
    };
    entities.push(entity);
    if (type === 'PER') people.push({ entity, mentions });
  });
  bareTitles(doc, people, roleOf, all);
  return entities;
}

/**
 * "Presiden Prabowo Subianto melantik … PKS mengkritik keputusan Presiden": a title written alone, with a
 * capital (or in lower case after a determiner: "the president said") and nothing named after it, refers
 * back to the one person the text introduced with that title before; it becomes a mention of them. A title
 * two people hold in the text, a former one ("mantan Presiden"), or one inside a longer title ("Wakil
 * Presiden") refers to no one.
 */
function bareTitles(doc: Doc, people: { entity: Entity; mentions: Mention[] }[], roleOf: (m: Mention) => RoleContext | null, all: readonly Mention[]): void {
  const holder = new Map<TitleRole, { entity: Entity; first: number } | null>();
  for (const p of people) {
    for (const m of p.mentions) {
      const ctx = m.t0 >= 0 ? roleOf(m) : null;
      // (a bare title after a name, "Fatimah, JPU mendakwa", may be the next clause's subject: only one with
      // its place or body introduces; nor does a role noun in lower case: "Menurut jaksa, Sri …" is about
      // Sri, not a prosecutor named Sri)
      if (!ctx || ctx.former || (ctx.after && ctx.qualifiers.length === 0) || ctx.start === undefined || !doc.isCap(ctx.start)) continue;
      const prev = holder.get(ctx.title);
      if (prev === undefined) holder.set(ctx.title, { entity: p.entity, first: m.t0 });
      else if (prev && prev.entity !== p.entity) holder.set(ctx.title, null);
      else if (prev) prev.first = Math.min(prev.first, m.t0);
    }
  }
  if (![...holder.values()].some((h) => h !== null)) return;
  const covered = doc.coveredFlags();
  for (const m of all) covered.fill(1, m.t0, m.t1);
  const n = doc.keys.length;
  const grown = new Set<Entity>();
  for (let t = 0; t < n; t++) {
    // (capitalized, or in lower case after a determiner: "the president said")
    if (covered[t] === 1 || (!doc.isCap(t) && !(t > 0 && doc.lex.bareDeterminers.has(doc.keys[t - 1]!)))) continue;
    const [floor, ceil] = doc.sentenceBounds(t);
    const hit = doc.lex.titles.startingAt(t, ceil, doc.lexWords);
    if (!hit) continue;
    const [e, title] = hit;
    const h = doc.lex.bareNeedsField.has(doc.tokensKey(t, e)) ? undefined : holder.get(title);
    // (a name, a place or a bracket after it qualifies it; so does a noun: "Kepala keluarga" is a household's
    // head; a verb, a function word or punctuation after it leaves it bare)
    const next = e < ceil ? doc.keys[e]! : '';
    const named = e < ceil && (covered[e] === 1 || doc.isCap(e) || doc.word(e) === '(' || (next !== '' && !doc.lex.stopwords.has(next) && !doc.lex.isVerb(next)));
    const former = t > floor && doc.lex.former.has(doc.keys[t - 1]!);
    // (after a comma or "selaku"/"sebagai" it describes the name before it: "Purbaya, Menteri Keuangan, …")
    const described = t > floor && (doc.word(t - 1) === ',' || PREDICATE_LINKS.has(doc.keys[t - 1]!));
    if (h && t > h.first && !named && !former && !described && !covered.subarray(t, e).includes(1)) {
      const start = doc.tokens[t]!.start;
      const end = doc.tokens[e - 1]!.end;
      h.entity.mentions.push({ start, end, text: doc.text.slice(start, end) });
      grown.add(h.entity);
    }
    t = e - 1;
  }
  for (const e of grown) e.mentions.sort((a, b) => a.start - b.start);
}

/**
 * Two capitals alone are as often a person's initials ("HM sebelumnya dilaporkan …", crime news writes people
 * so) as a Phoenix group's short name: that reading only where the document also names the group otherwise.
 */
function unlinkInitials(mentions: readonly Mention[]): void {
  for (const m of mentions) {
    const a = m.alias;
    if (!a || m.t1 - m.t0 !== 1 || m.end - m.start !== 2 || a.sig !== 'U' || a.entry.source !== 'phoenix') continue;
    if (!mentions.some((x) => x.alias?.entry === a.entry && x.end - x.start > 2)) m.alias = null;
  }
}

const SPACE = /\s/;
const LOWER = /\p{Ll}/u;
/** a word of two to four capitals: an acronym ("NGO"), written so whatever the knowledge base writes */
const ACRONYM = /^\p{Lu}{2,4}$/u;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
const TWO_LOWER = /\p{Ll}{2}/u;

/**
 * Knowledge-base names, but a one-word Phoenix name ("Surat", "Hope") only where the tagger also saw a
 * name, or, for a place that stands alone, where the words before it say a place follows ("in Juba",
 * "the town of Juba", "kota Juba": the language's placeCues), or, for a person, where a verb follows
 * (English: "Erdogan criticized").
 */
function confirmed(doc: Doc, found: Mention[], tagged: Mention[]): Mention[] {
  const spans = new Set(tagged.map((m) => spanId(m.start, m.end, doc.text.length)));
  return found.filter((m) => {
    const a = m.alias;
    if (m.t1 - m.t0 > 1 || !a || a.sig === 'U' || a.entry.source === 'curated' || a.entry.source === 'cldr') return true;
    if (spans.has(spanId(m.start, m.end, doc.text.length))) return true;
    if (a.entry.kind === 'place') return placeCued(doc, m.t0);
    return a.entry.kind === 'person' && (beforeVerb(doc, m.t1) || aloneInSentence(doc, m.t0));
  });
}

/**
 * One capitalized word inside a sentence with no capitalized word on either side ("a spokesman for
 * Putin, Dmitry Peskov"), where the language allows it: not the sentence's first word, not in a headline.
 */
function aloneInSentence(doc: Doc, t: number): boolean {
  if (!doc.lex.personsStandalone || doc.sentenceStart(t)) return false;
  const [, end] = doc.sentenceBounds(t);
  if (doc.isCap(t - 1) || (t + 1 < end && doc.isCap(t + 1))) return false;
  return doc.keys[t - 1] !== '' || doc.word(t - 1) === ',';
}

/** A verb right after token t1 - 1 ("Erdogan criticized"), where the language allows it; not in a headline. */
function beforeVerb(doc: Doc, t1: number): boolean {
  if (!doc.lex.personsBeforeVerbs || t1 >= doc.keys.length || doc.isCap(t1) || !doc.lex.isVerb(doc.keyOf(t1))) return false;
  return doc.sentenceOf[t1] === doc.sentenceOf[t1 - 1];
}

/**
 * The words before token t say a place follows: a place cue, or one before the placeOf word ("the town
 * of"); and the name stands alone ("di Bursa Berjangka" is no Bursa in Turkey).
 */
function placeCued(doc: Doc, t: number): boolean {
  const cues = doc.lex.placeCues;
  if (t < 1 || (t + 1 < doc.keys.length && doc.isCap(t + 1))) return false;
  return cues.has(doc.keyOf(t - 1)) || afterPlaceOf(doc, t);
}

/** Most words of a name read after "the town of" that no other step found. */
const PLACE_OF_WORDS = 3;

/**
 * "the West Bank city of Jenin", "the village of Umm Al Kheir": capitalized words after a place noun and the
 * language's placeOf word are a place, where neither the tagger nor the knowledge base saw a name.
 */
function namedAfterPlaceOf(doc: Doc, found: readonly Mention[]): Mention[] {
  if (doc.lex.placeOf === null) return [];
  const taken = doc.coveredFlags();
  for (const m of found) taken.fill(1, m.t0, m.t1);
  const out: Mention[] = [];
  const n = doc.keys.length;
  for (let t = 2; t < n; t++) {
    if (!afterPlaceOf(doc, t) || !doc.isCap(t) || taken[t] === 1) continue;
    if (doc.sentenceOf[t] !== doc.sentenceOf[t - 2]) continue;
    let e = t;
    while (e < n && e - t < PLACE_OF_WORDS && doc.isCap(e) && taken[e] === 0 && doc.keys[e] !== '' && !doc.lex.stopwords.has(doc.keys[e]!) && doc.sentenceOf[e] === doc.sentenceOf[t]) e++;
    // a longer run of capitals is some other phrase
    if (e === t || (e < n && doc.isCap(e) && doc.keys[e] !== '' && doc.sentenceOf[e] === doc.sentenceOf[t])) continue;
    out.push(doc.mention(t, e, 'LOC', 'rule'));
    t = e;
  }
  return out;
}

/** A rule's type wins, then a curated or CLDR entry's; else the type most mentions have (the first on a tie). */
function entityType(mentions: Mention[]): Entity['type'] {
  for (const m of mentions) if (m.pinned) return m.type;
  for (const m of mentions) if (m.alias && (m.alias.entry.source === 'curated' || m.alias.entry.source === 'cldr')) return m.alias.entry.type;
  const count = { PER: 0, ORG: 0, LOC: 0 };
  for (const m of mentions) count[m.type] += m.source === 'alias' ? 0.5 : 1;
  let best = mentions[0]!.type;
  for (const t of ['PER', 'ORG', 'LOC'] as const) if (count[t] > count[best]) best = t;
  return best;
}

/**
 * The knowledge base's name when the text uses it; else the fullest form in the text: the longest
 * mention that is a name, else the longest abbreviation, else the longest nickname or spelling variant.
 */
function canonicalName(text: string, mentions: Mention[], kbName: string | null): string {
  const surfaces = mentions.map((m) => text.slice(m.start, m.end));
  /** a place named in the dateline */
  const dateline = mentions.some((m) => m.source === 'meta' && m.type === 'LOC');
  if (kbName) {
    // as the knowledge base writes it, else as the text does, but not in a dateline's capitals ("JAKARTA",
    // "POLDA METRO JAYA": then as the knowledge base writes it; an acronym stays as written)
    const k = nameKey(kbName);
    const hits = surfaces.filter((s) => nameKey(s) === k);
    // (a dateline's short word in capitals the knowledge base writes as a word, "KYIV" for "Kyiv", is no acronym)
    const notAcronym = hits.some((s) => !ACRONYM.test(s)) || (dateline && hits.length > 0 && LOWER.test(kbName));
    const hit = hits.find((s) => s === kbName) ?? hits.find((s) => LOWER.test(s)) ?? (notAcronym ? kbName : hits[0]);
    if (hit) return hit;
  }
  let best = '';
  let bestScore = -1;
  mentions.forEach((m, i) => {
    const s = surfaces[i]!;
    const kind = m.alias?.kind;
    const short = kind === 'short' || (!SPACE.test(s) && TWO_CAPITALS.test(s) && !TWO_LOWER.test(s));
    const score = (kind === 'nick' || kind === 'variant' ? 0 : short ? 10000 : 20000) + s.length;
    if (score > bestScore) {
      bestScore = score;
      best = s;
    }
  });
  // a place named only in a dateline's capitals ("JERUSALEM, March 3 (AP)"), with no name of the knowledge
  // base's spelling in the text: written as a name is ("Jerusalem"), not shouted
  if (!LOWER.test(best) && !ACRONYM.test(best) && dateline && surfaces.every((x) => !LOWER.test(x))) {
    return best.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  }
  return best;
}

function uniqueSpans(text: string, mentions: Mention[]): Entity['mentions'] {
  const seen = new Set<number | string>();
  const out: Entity['mentions'] = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const k = spanId(m.start, m.end, text.length);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end) });
  }
  return out;
}
