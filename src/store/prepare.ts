/**
 * A record → everything the store keeps about it: identity, origin, signature, store-wide entity
 * keys, events with their cluster keys and search terms. Pure and CPU-bound: it runs in the
 * ingest workers, next to the analysis.
 */
import type { AnalysisRecord, Entity, EventActor } from '../record/schema.js';
import { dayOf } from './days.js';
import { minhash } from './minhash.js';
import { normalizeName } from './normalize.js';
import { agenciesOf, originKeyOf, outletOfUrl } from './outlets.js';
import type { PreparedActor, PreparedDocument, PreparedEntity, PreparedEvent } from './types.js';

/** The store-wide identity of an entity: its KB id, else its type and normalized name. */
export function entityKey(e: { type: string; kb: string | null; name: string }): string {
  return e.kb ? `kb:${e.kb}` : `${e.type}:${normalizeName(e.name)}`;
}

/** Terms under which `events --actor X` finds an actor. */
export function actorTerms(a: { actor: string | null; kb: string | null; name: string | null }): string[] {
  const terms: string[] = [];
  if (a.actor) {
    const code = a.actor.toUpperCase();
    terms.push(`c:${code}`);
    if (code.length > 3) terms.push(`c:${code.slice(0, 3)}`);
  }
  if (a.kb) terms.push(`k:${a.kb.toLowerCase()}`);
  if (a.name) {
    const n = normalizeName(a.name);
    if (n) terms.push(`n:${n}`);
  }
  return terms;
}

function actorOf(ref: EventActor | null, byId: Map<string, Entity>): PreparedActor | null {
  if (!ref || (ref.entity === null && ref.actor === null)) return null;
  const e = ref.entity ? byId.get(ref.entity) ?? null : null;
  // a bare group is named by its words ("polisi"), its code saying whose
  const name = e?.name ?? ref.group?.text ?? null;
  const kb = e?.kb ?? null;
  const actor = ref.actor ?? e?.actor ?? null;
  const normName = name ? normalizeName(name) : '';
  // Reports of one event cluster by the entity's own code: an event's code may add the role a word
  // beside the name gave it ("pasukan Israel" ISRMIL), and "Israel" doing the same thing is the same event.
  const keyActor = e?.actor ?? actor;
  const key = keyActor ? `c:${keyActor.toUpperCase()}` : kb ? `k:${kb}` : normName ? `n:${normName}` : '-';
  return { local: e ? e.id : null, entityKey: e ? entityKey(e) : null, name, kb, actor, key };
}

/** End of the body's first paragraph: events before it are the story's lead (GDELT's root events). */
function leadEnd(record: AnalysisRecord): number {
  const { start, end } = record.meta.body;
  const text = record.text;
  let i = start;
  while (i < end && /\s/.test(text[i]!)) i++;
  const nl = text.indexOf('\n', i);
  return nl === -1 || nl > end ? end : nl;
}

export function prepareDocument(record: AnalysisRecord, opts: { key: string; contentHash: string; origin: string }): PreparedDocument {
  const { body: range } = record.meta;
  const body = range.end > range.start ? record.text.slice(range.start, range.end) : record.text;
  const outlet = outletOfUrl(record.meta.url);
  const published = record.meta.published;
  const docDay = dayOf(published);
  const byId = new Map(record.entities.map((e) => [e.id, e]));
  const lead = leadEnd(record);

  const entities: PreparedEntity[] = record.entities.map((e) => ({
    local: e.id,
    key: entityKey(e),
    name: e.name,
    type: e.type,
    kb: e.kb,
    actor: e.actor,
    mentions: e.mentions,
  }));

  const events: PreparedEvent[] = record.events.map((ev, index) => {
    const source = actorOf(ev.source, byId);
    const target = actorOf(ev.target, byId);
    const day = dayOf(ev.date) ?? docDay;
    const loc = ev.location ? byId.get(ev.location) : undefined;
    const terms = new Set<string>();
    for (const a of [source, target]) if (a) for (const t of actorTerms(a)) terms.add(t);
    const sentence = record.sentences[ev.sentence];
    return {
      index,
      code: ev.code,
      root: ev.root,
      quadClass: ev.quadClass,
      goldstein: ev.goldstein,
      plover: ev.plover,
      source,
      target,
      date: ev.date,
      day,
      dateSource: ev.dateSource,
      modality: ev.modality,
      sentence: ev.sentence,
      lead: (sentence ? sentence.start : ev.evidence.start) < lead,
      trigger: ev.trigger,
      evidence: ev.evidence,
      location: loc ? { local: loc.id, name: loc.name } : null,
      // Without any actor nothing says two reports are one event: the key is the event's own.
      clusterKey: source || target ? `${source?.key ?? '-'}|${target?.key ?? '-'}|${ev.root}` : `event:${opts.key}:${index}|${ev.root}`,
      terms: [...terms],
    };
  });

  return {
    key: opts.key,
    contentHash: opts.contentHash,
    record,
    origin: opts.origin,
    published,
    day: docDay,
    outlet,
    agencies: agenciesOf(record),
    originKey: originKeyOf(record, outlet, opts.contentHash),
    body,
    signature: minhash(body),
    entities,
    events,
  };
}
