/**
 * The actor code of each entity on the article's date:
 * - a person: a title naming its country or body (`Perdana Menteri Australia X` → AUSGOV) first, then the
 *   knowledge base's code valid on the date, then a title without a country (with the country the
 *   knowledge base last knew for the person, else the article's default country: an Indonesian
 *   article's `Menteri X` → IDNGOV), then the knowledge base's last known code, then the country of a
 *   possessive before the name (`China's Wang Yi` → CHN);
 * - an organisation: a rule's code (`kementerian luar negeri Rusia` → RUSGOV), the knowledge base's, a
 *   known body inside its name (`DPRD Jakarta` → IDNLEG), a news medium named with a country (→ …MED);
 * - a place: the knowledge base's country (a capital acting as its state keeps type LOC and that code),
 *   a known place inside its name, the place after it (`Bologna, Italia` → ITA), or the article's
 *   country for a place named with a word of its own administration (`Desa Cikeas Udik` → IDN).
 * Unknown stays null.
 */
import type { Doc, Mention } from './doc.js';
import { INTERNATIONAL, roleOnly } from './kb/codes.js';
import { countryOf } from './institutions.js';
import type { RoleContext } from './titles.js';

export interface ActorInputs {
  /** mentions inside a mention (context), by the outer mention */
  innerOf: (m: Mention) => Mention[];
  /** the role context of a person's mention */
  roleOf: (m: Mention) => RoleContext | null;
  /** the mention right after token i, skipping one comma */
  afterComma: (m: Mention) => Mention | undefined;
  /** the code of a mention that does not depend on roles (KB or rule), for qualifiers */
  plainCode: (m: Mention) => string | null;
  /** the mention before a possessive right before this one ("China" of "China's Wang Yi"), if any */
  possessor?: (m: Mention) => Mention | undefined;
  /** the country of a title or state body named without one at token t */
  defaultCountryAt: (t: number) => string | null;
}

/** The country of an actor code (USAGOV → USA), or null for none or an international body's. */
export function country(code: string | null): string | null {
  return code && /^[A-Z]{3}/.test(code) && !INTERNATIONAL.test(code) && !roleOnly(code) ? code.slice(0, 3) : null;
}

/** The code a title gives with its qualifiers; `explicit` tells whether a country or body was named. */
export function titleCode(ctx: RoleContext, plainCode: (m: Mention) => string | null, defaultCountry: string | null): { code: string | null; explicit: boolean } {
  // "Juru bicara militer Israel": the modifier's role is the title's, with the country named after it
  const title = ctx.role ? { ...ctx.title, code: null, role: ctx.role } : ctx.title;
  if (ctx.former) return { code: null, explicit: false };
  if (title.code) {
    // a title of one country's office, named with another country ("Vatican Secretary of State")
    for (const q of byCountryFirst(ctx.qualifiers)) {
      const c = q.type === 'LOC' ? country(plainCode(q)) : null;
      if (c) return { code: c + title.code.slice(3), explicit: true };
    }
    return { code: title.code, explicit: true };
  }
  if (title.inherit) {
    for (const q of ctx.qualifiers) {
      const c = plainCode(q);
      if (c && q.type === 'ORG') return { code: c, explicit: true };
    }
    for (const q of byCountryFirst(ctx.qualifiers)) {
      const c = country(plainCode(q));
      if (c && q.type === 'LOC' && title.role) return { code: c + title.role, explicit: true };
    }
    return { code: title.role && defaultCountry && !title.noDefault ? defaultCountry + title.role : null, explicit: false };
  }
  // "Presiden KSPI Said Iqbal", "Presiden Bank Dunia Ajay Banga": a state's title held in a body outside
  // the state is that body's, unless a country is named with it ("Duta Besar Indonesia untuk PBB"), or the
  // title is an envoy's ("China's U.N. ambassador": where one serves is not whom)
  if (!title.envoy && !ctx.qualifiers.some((q) => q.type === 'LOC' && country(plainCode(q)))) {
    for (const q of ctx.qualifiers) {
      const c = q.type === 'ORG' ? plainCode(q) : null;
      if (c && !isStateCode(c)) return { code: c, explicit: true };
    }
  }
  for (const q of byCountryFirst(ctx.qualifiers)) {
    const c = country(plainCode(q));
    if (c) return { code: c + title.role, explicit: true };
  }
  return { code: defaultCountry && title.role && !title.noDefault ? defaultCountry + title.role : null, explicit: false };
}

/** CAMEO's roles of the state (its government, forces, courts, parliament, intelligence). */
const STATE_ROLES = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);

/** Whether a code is a state's, or its part's: a bare country (IDN) or a country with a state role (IDNGOV). */
export function isStateCode(code: string): boolean {
  return country(code) !== null && (code.length === 3 || STATE_ROLES.has(code.slice(3, 6)));
}

/**
 * A title's qualifiers with world regions last: "Direktur Jenderal Asia Pasifik Kementerian Luar Negeri
 * Indonesia" names a field and the country; a region alone ("ekonom Eropa") still gives its code.
 */
function byCountryFirst(qualifiers: readonly Mention[]): readonly Mention[] {
  const region = (m: Mention): boolean => m.alias?.entry.kind === 'region';
  return qualifiers.some(region) ? [...qualifiers.filter((q) => !region(q)), ...qualifiers.filter(region)] : qualifiers;
}

export function entityActor(doc: Doc, mentions: Mention[], inputs: ActorInputs): string | null {
  const type = mentions[0]!.type;
  const entry = mostLinked(mentions);
  if (type === 'PER') {
    let implicit: string | null = null;
    for (const m of mentions) {
      const ctx = inputs.roleOf(m);
      if (!ctx) continue;
      const { code, explicit } = titleCode(ctx, inputs.plainCode, inputs.defaultCountryAt(m.t0));
      if (code && explicit) return code;
      implicit ??= code;
    }
    if (entry && doc.kb.holdsOn(entry, doc.date)) return doc.kb.actorOn(entry, doc.date);
    const known = entry ? doc.kb.actorOn(entry, doc.date) : null;
    // A title without a country, for someone the knowledge base knows: their country, the title's role.
    const knownCountry = country(known);
    if (implicit && knownCountry) return knownCountry + implicit.slice(3);
    if (implicit ?? known) return implicit ?? known;
    // "China's Wang Yi": someone of that country, in no role the text names
    for (const m of mentions) {
      const p = inputs.possessor?.(m);
      const c = p && p.type === 'LOC' ? country(inputs.plainCode(p)) : null;
      if (c) return c;
    }
    return null;
  }
  for (const m of mentions) if (m.code) return m.code;
  if (entry) {
    const c = doc.kb.actorOn(entry, doc.date);
    if (c) return c;
  }
  for (const m of mentions) {
    const inner = inputs.innerOf(m);
    if (type === 'ORG' && m.t0 >= 0) {
      // A regional body named alone ("Kejari"), or a state body named without a country ("Kementerian PPN").
      const regional = doc.lex.regionalBodies.startingAt(m.t0, m.t1, doc.lexWords);
      if (regional && regional[0] === m.t1) return regional[1];
      const inst = doc.lex.institutions.startingAt(m.t0, m.t1, doc.lexWords);
      const [head, body] = inst ?? [0, null];
      // a unit of a body named inside ("Satgas Pangan Polda Sumut", "Kejaksaan TNI") is that body's, below,
      // unless the head says what kind of body it is ("Universitas Muhammadiyah Malang" teaches)
      const unit = body && !body.inName && inner.some((x) => x.type === 'ORG' && x.t0 > m.t0 && inputs.plainCode(x));
      if (body && !unit && doc.isCap(m.t0) && (body.inName || !inner.some((x) => countryOf(x))) && !(body.notBeforePlace && inner.some((x) => x.type === 'LOC' && x.t0 === head))) {
        // "Kementerian Kesehatan Gaza": a state body of a place is of the place's country
        const placed = firstOf(inner, (x) => (x.type === 'LOC' ? country(inputs.plainCode(x)) : null));
        if (placed) return placed + body.role;
        const home = inputs.defaultCountryAt(m.t0);
        if (!body.countryOnly && home) return home + body.role;
      }
    }
    if (type === 'ORG') {
      // (the body named after the head is the one it is part of: "DPD Golkar Jawa Barat" is Golkar's, not the
      // DPD's, the legislature's short name)
      const body = inner.find((x) => x.type === 'ORG' && x.t0 > m.t0 && inputs.plainCode(x)) ?? inner.find((x) => x.type === 'ORG' && inputs.plainCode(x));
      if (body) return inputs.plainCode(body);
      const c = firstOf(inner, countryOf);
      if (c && hasMediaWord(doc, m)) return c + 'MED';
    } else if (type === 'LOC') {
      const place = firstOf(inner, (x) => country(inputs.plainCode(x)));
      if (place) return place;
      // "Springfield, Illinois": the place after the comma, when it ends the phrase ("di Venice, Berlin Film
      // Festival" names no Venice in Germany)
      const next = inputs.afterComma(m);
      const ends = next !== undefined && !(next.t1 < doc.keys.length && doc.isCap(next.t1) && doc.sentenceOf[next.t1] === doc.sentenceOf[next.t0]);
      const c = next && ends && next.type === 'LOC' ? country(inputs.plainCode(next)) : null;
      if (c) return c;
      if (m.t0 >= 0 && doc.defaultCountry && doc.lex.domesticPlaceHeads.startingAt(m.t0, m.t1, doc.lexWords)) return doc.defaultCountry;
    }
  }
  return null;
}

/** The first non-empty value of `f` over the mentions, else null. */
function firstOf(mentions: Mention[], f: (m: Mention) => string | null): string | null {
  for (const m of mentions) {
    const v = f(m);
    if (v) return v;
  }
  return null;
}

function hasMediaWord(doc: Doc, m: Mention): boolean {
  for (let i = m.t0; i < m.t1; i++) if (doc.lex.mediaWords.has(doc.keys[i]!)) return true;
  return false;
}

/** The knowledge-base entry most of the mentions are linked to (the first one on a tie). */
export function mostLinked(mentions: Mention[]) {
  const count = new Map<string, number>();
  let best: Mention['alias'] = null;
  let bestN = 0;
  for (const m of mentions) {
    if (!m.alias) continue;
    const n = (count.get(m.alias.entry.id) ?? 0) + 1;
    count.set(m.alias.entry.id, n);
    if (n > bestN) {
      bestN = n;
      best = m.alias;
    }
  }
  return best?.entry ?? null;
}
