/**
 * Scoring events against gold files in the eval-dev format (see ../shared/eval-dev/README.md).
 * A predicted event matches a gold one when the CAMEO roots agree and both the source and the target
 * agree: by name or alias of the gold entity (against the predicted entity's name and mention texts)
 * or by actor code; a null gold target needs a null predicted target. Matching is one-to-one, best
 * first (exact code, then modality). Also: oracle entities and times built from a gold file, to
 * measure the events stage on its own.
 */
import type { Entity, Event, Time } from '../record/schema.js';

export interface GoldEntity {
  name: string;
  type: 'PER' | 'ORG' | 'LOC';
  aliases?: string[];
  actor?: string | null;
}

export interface GoldEvent {
  source: string | null;
  cameo: string;
  target: string | null;
  date?: string | null;
  modality?: string;
  evidence?: string;
}

export interface GoldDoc {
  id: string;
  published?: string | null;
  entities: GoldEntity[];
  times?: { text: string; value: string | null }[];
  events: GoldEvent[];
}

export interface EventScore {
  gold: number;
  predicted: number;
  matched: number;
  exactCode: number;
  modality: number;
  date: number;
}

export interface Alignment {
  gold: GoldEvent;
  predicted: Event | null;
}

const norm = (s: string): string => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

function goldForms(g: GoldEntity): Set<string> {
  return new Set([g.name, ...(g.aliases ?? [])].map(norm));
}

function predictedForms(e: Entity): Set<string> {
  return new Set([e.name, ...e.mentions.map((m) => m.text)].map(norm));
}

/** Does the predicted actor (entity id + actor code) stand for the gold entity named `name`? */
function sameActor(
  name: string | null,
  pred: { entity: string | null; actor: string | null } | null,
  gold: Map<string, GoldEntity>,
  entities: Map<string, Entity>,
): boolean {
  if (name === null || pred === null) return name === null && pred === null;
  const g = gold.get(norm(name));
  const e = pred.entity ? entities.get(pred.entity) : undefined;
  if (g && e) {
    const forms = predictedForms(e);
    for (const f of goldForms(g)) if (forms.has(f)) return true;
  } else if (e && predictedForms(e).has(norm(name))) return true;
  const goldActor = g?.actor ?? null;
  return goldActor !== null && pred.actor !== null && goldActor === pred.actor;
}

const rootOf = (code: string): string => code.slice(0, 2);

export function alignEvents(doc: GoldDoc, predicted: Event[], entities: Entity[]): Alignment[] {
  const gold = new Map<string, GoldEntity>();
  for (const g of doc.entities) for (const f of goldForms(g)) if (!gold.has(f)) gold.set(f, g);
  for (const g of doc.entities) gold.set(norm(g.name), g);
  const byId = new Map(entities.map((e) => [e.id, e]));
  // Candidate predictions per gold event, best first (exact code, then modality).
  const cands = doc.events.map((ge) =>
    predicted
      .map((pe, i) => ({ i, pe }))
      .filter(({ pe }) => pe.root === rootOf(ge.cameo) && sameActor(ge.source, pe.source, gold, byId) && sameActor(ge.target, pe.target, gold, byId))
      .sort((a, b) => score(ge, b.pe) - score(ge, a.pe))
      .map(({ i }) => i),
  );
  // Maximum one-to-one matching (augmenting paths), trying better candidates first.
  const owner = new Map<number, number>();
  const tryGold = (g: number, seen: Set<number>): boolean => {
    for (const i of cands[g]!) {
      if (seen.has(i)) continue;
      seen.add(i);
      const o = owner.get(i);
      if (o === undefined || tryGold(o, seen)) {
        owner.set(i, g);
        return true;
      }
    }
    return false;
  };
  doc.events.forEach((_, g) => tryGold(g, new Set()));
  const byGold = new Map<number, number>();
  for (const [i, g] of owner) byGold.set(g, i);
  return doc.events.map((ge, g) => ({ gold: ge, predicted: byGold.has(g) ? predicted[byGold.get(g)!]! : null }));
}

function score(ge: GoldEvent, pe: Event): number {
  return (pe.code === ge.cameo ? 2 : 0) + (pe.modality === ge.modality ? 1 : 0);
}

export function scoreEvents(doc: GoldDoc, predicted: Event[], entities: Entity[]): EventScore {
  const al = alignEvents(doc, predicted, entities);
  const hits = al.filter((a) => a.predicted);
  return {
    gold: doc.events.length,
    predicted: predicted.length,
    matched: hits.length,
    exactCode: hits.filter((a) => a.predicted!.code === a.gold.cameo).length,
    modality: hits.filter((a) => a.predicted!.modality === a.gold.modality).length,
    date: hits.filter((a) => (a.predicted!.date ?? null) === (a.gold.date ?? null)).length,
  };
}

export function addScores(a: EventScore, b: EventScore): EventScore {
  return {
    gold: a.gold + b.gold,
    predicted: a.predicted + b.predicted,
    matched: a.matched + b.matched,
    exactCode: a.exactCode + b.exactCode,
    modality: a.modality + b.modality,
    date: a.date + b.date,
  };
}

export const emptyScore = (): EventScore => ({ gold: 0, predicted: 0, matched: 0, exactCode: 0, modality: 0, date: 0 });

export function prf(s: EventScore): { p: number; r: number; f: number } {
  const p = s.predicted ? s.matched / s.predicted : 0;
  const r = s.gold ? s.matched / s.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

const WORD = /[\p{L}\p{N}]/u;

/** Every occurrence of `needle` in text[from, to) that stands as whole words. */
function occurrences(text: string, needle: string, from: number, to: number): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle, from); i !== -1 && i + needle.length <= to; i = text.indexOf(needle, i + 1)) {
    const before = i > 0 ? text[i - 1]! : ' ';
    const after = text[i + needle.length] ?? ' ';
    if (!WORD.test(before) && !WORD.test(after)) out.push(i);
  }
  return out;
}

/** Entities with mentions found by the gold names and aliases (longest names first, no overlaps). */
export function oracleEntities(text: string, doc: GoldDoc, body: { start: number; end: number }): Entity[] {
  const taken: { start: number; end: number }[] = [];
  const forms: { ent: number; form: string }[] = [];
  doc.entities.forEach((g, ent) => {
    for (const form of new Set([g.name, ...(g.aliases ?? [])])) forms.push({ ent, form });
  });
  forms.sort((a, b) => b.form.length - a.form.length);
  const mentions = doc.entities.map(() => [] as { start: number; end: number; text: string }[]);
  for (const { ent, form } of forms) {
    for (const i of occurrences(text, form, body.start, body.end)) {
      const end = i + form.length;
      if (taken.some((t) => i < t.end && t.start < end)) continue;
      taken.push({ start: i, end });
      mentions[ent]!.push({ start: i, end, text: form });
    }
  }
  return doc.entities
    .map((g, i) => ({
      id: `e${i + 1}`,
      name: g.name,
      type: g.type,
      kb: null,
      actor: g.actor ?? null,
      mentions: mentions[i]!.sort((a, b) => a.start - b.start),
    }))
    .filter((e) => e.mentions.length > 0);
}

/** Times at every occurrence of the gold expressions, with the gold values. */
export function oracleTimes(text: string, doc: GoldDoc, body: { start: number; end: number }): Time[] {
  const out: Time[] = [];
  for (const t of doc.times ?? []) {
    for (const i of occurrences(text, t.text, body.start, body.end)) {
      if (out.some((x) => i < x.end && x.start < i + t.text.length)) continue;
      out.push({ start: i, end: i + t.text.length, text: t.text, type: 'DATE', value: t.value });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** One sentence of a PETRARCH validation file: its text, date and expected codings. */
export interface PetrarchRecord {
  id: string;
  date: string | null;
  text: string;
  codings: { code: string; source: string; target: string }[];
}

/** Reads the <Sentence>/<EventCoding>/<Text> records of a PETRARCH validation XML file. */
export function parsePetrarch(xml: string): PetrarchRecord[] {
  const out: PetrarchRecord[] = [];
  const re = /<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const attrs = m[1]!;
    const body = m[2]!;
    const id = /\bid="([^"]*)"/.exec(attrs)?.[1] ?? String(out.length);
    const d = /\bdate="(\d{4})(\d{2})(\d{2})"/.exec(attrs);
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(body)?.[1]?.replace(/\s+/g, ' ').replace(/``|''/g, '"').trim();
    if (!text) continue;
    const codings: PetrarchRecord['codings'] = [];
    for (const c of body.matchAll(/<EventCoding\s+eventcode="(\d+)"\s+sourcecode="([^"]*)"\s+targetcode="([^"]*)"/g)) {
      codings.push({ code: c[1]!, source: c[2]!, target: c[3]! });
    }
    out.push({ id, date: d ? `${d[1]}-${d[2]}-${d[3]}` : null, text, codings });
  }
  return out;
}

/**
 * Does a predicted actor code agree with a PETRARCH one? Country-level: the same country (or
 * IGO…) prefix; a gold code without a country ("---REB") needs the same role, which Warta writes
 * after a country or alone, as GDELT does ("REB").
 */
export function petrarchActorMatch(gold: string, predicted: string | null): boolean {
  if (!predicted) return false;
  if (gold.startsWith('---')) return predicted.slice(3, 6) === gold.slice(3, 6) || predicted === gold.slice(3, 6);
  return predicted.slice(0, 3) === gold.slice(0, 3);
}

/** Scores the events of one PETRARCH sentence (one-to-one, by root and country-level actors). */
export function scorePetrarch(rec: PetrarchRecord, predicted: Event[]): EventScore {
  const used = new Set<number>();
  let matched = 0;
  let exact = 0;
  for (const g of rec.codings) {
    const i = predicted.findIndex(
      (p, k) =>
        !used.has(k) &&
        p.root === g.code.slice(0, 2) &&
        petrarchActorMatch(g.source, p.source?.actor ?? null) &&
        petrarchActorMatch(g.target, p.target?.actor ?? null),
    );
    if (i < 0) continue;
    used.add(i);
    matched++;
    if (predicted[i]!.code === g.code) exact++;
  }
  return { gold: rec.codings.length, predicted: predicted.length, matched, exactCode: exact, modality: 0, date: 0 };
}
