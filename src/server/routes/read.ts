/** The read side of the API: documents, search, entities, quotes, events, relations, the actor graph. */
import { isoDay, isoWeek } from '../../store/days.js';
import { entityKey } from '../../store/prepare.js';
import type { ActorView, EventRow, Store } from '../../store/types.js';
import { cameoNames } from '../cameo.js';
import { notFound } from '../errors.js';
import {
  Codes,
  DocumentPage,
  DocumentsQuery,
  EntitiesQuery,
  EntityDetail,
  EntityPage,
  EventPage,
  EventsQuery,
  Graph,
  GraphQuery,
  IdParams,
  QuotePage,
  QuotesQuery,
  Relations,
  RelationsQuery,
  SearchPage,
  SearchQuery,
  StoredDocument,
} from '../schemas.js';
import { errors, rangeOf, type Api } from './types.js';
import { weekMonday } from '../weeks.js';

export function registerReadRoutes(api: Api, store: Store): void {
  api.get(
    '/api/documents',
    { schema: { summary: 'List documents, newest first', tags: ['documents'], querystring: DocumentsQuery, response: { 200: DocumentPage, 400: errors[400] } } },
    async (req) => store.listDocuments({ ...rangeOf(req.query), lang: req.query.lang, outlet: req.query.outlet, entity: req.query.entity, limit: req.query.limit, offset: req.query.offset }),
  );

  api.get(
    '/api/documents/:id',
    {
      schema: {
        summary: 'One document: its record, copies and syndications, and the cluster of each event',
        description: 'By record id, document key or a key prefix of 8 or more characters.',
        tags: ['documents'],
        params: IdParams,
        response: { 200: StoredDocument, ...errors },
      },
    },
    async (req) => {
      const doc = await store.getDocument(req.params.id);
      if (!doc) throw notFound(`no document ${JSON.stringify(req.params.id)}`);
      const entityKeys: Record<string, string> = {};
      for (const e of doc.record.entities) entityKeys[e.id] = entityKey(e);
      return { ...doc, entityKeys };
    },
  );

  api.get(
    '/api/search',
    {
      schema: {
        summary: 'Full-text search',
        description: 'Words are ANDed; "quoted phrases", word* prefixes, -exclusions and OR work.',
        tags: ['documents'],
        querystring: SearchQuery,
        response: { 200: SearchPage, 400: errors[400] },
      },
    },
    async (req) => store.search({ query: req.query.q, lang: req.query.lang, ...rangeOf(req.query), limit: req.query.limit, offset: req.query.offset }),
  );

  api.get(
    '/api/entities',
    { schema: { summary: 'List entities, most documents first', tags: ['entities'], querystring: EntitiesQuery, response: { 200: EntityPage, 400: errors[400] } } },
    async (req) => store.listEntities({ type: req.query.type, name: req.query.name, limit: req.query.limit, offset: req.query.offset }),
  );

  api.get(
    '/api/entities/:id',
    {
      schema: {
        summary: 'One entity: mentions per week, its quotes, the events it takes part in',
        description: 'By store-wide key (kb:kim-jong-un, PER:budi santoso), KB id or name.',
        tags: ['entities'],
        params: IdParams,
        response: { 200: EntityDetail, ...errors },
      },
    },
    async (req) => {
      const entity = await store.getEntity(req.params.id);
      if (!entity) throw notFound(`no entity ${JSON.stringify(req.params.id)}`);
      const [quotes, events] = await Promise.all([store.listQuotes({ speaker: entity.key, limit: 20 }), store.listEvents({ entity: entity.key, limit: 20 })]);
      return { ...entity, quotes, events };
    },
  );

  api.get(
    '/api/quotes',
    { schema: { summary: 'List quotes, newest document first', tags: ['entities'], querystring: QuotesQuery, response: { 200: QuotePage, 400: errors[400] } } },
    async (req) => store.listQuotes({ speaker: req.query.speaker, limit: req.query.limit, offset: req.query.offset }),
  );

  api.get(
    '/api/events',
    { schema: { summary: 'List events, latest first', tags: ['events'], querystring: EventsQuery, response: { 200: EventPage, 400: errors[400] } } },
    async (req) => {
      const q = req.query;
      return store.listEvents({ actors: q.actor, entity: q.entity, root: q.root, code: q.code, modality: q.modality, ...rangeOf(q), limit: q.limit, offset: q.offset });
    },
  );

  const knownActor = async (ref: string): Promise<EventRow | null> => (await store.listEvents({ actors: [ref], limit: 1 })).items[0] ?? null;

  api.get(
    '/api/relations',
    {
      schema: {
        summary: 'Events between two actors per ISO week: counts by QuadClass and mean Goldstein',
        description: 'Either direction. An actor is a CAMEO actor code (or its first three letters), a KB id or a name.',
        tags: ['events'],
        querystring: RelationsQuery,
        response: { 200: Relations, ...errors },
      },
    },
    async (req) => {
      const { a, b } = req.query;
      for (const x of [a, b]) if (!(await knownActor(x))) throw notFound(`no events involve the actor ${JSON.stringify(x)}`);
      const weeks = await store.relations(a, b, rangeOf(req.query));
      return { a, b, weeks: fillWeeks(weeks) };
    },
  );

  api.get(
    '/api/graph',
    {
      schema: {
        summary: 'The actors most connected to one, and the events between all of them',
        tags: ['events'],
        querystring: GraphQuery,
        response: { 200: Graph, ...errors },
      },
    },
    async (req) => {
      const { actor, limit } = req.query;
      const range = rangeOf(req.query);
      const first = await knownActor(actor);
      if (!first) throw notFound(`no events involve the actor ${JSON.stringify(actor)}`);
      const around = await store.connections(actor, { ...range, limit });
      const nodes = [{ ref: actor, actor: centerView(actor, first), events: around.reduce((n, c) => n + c.events, 0) }, ...around.map((c) => ({ ref: c.ref, actor: c.actor, events: c.events }))];
      const edges = around.map((c) => ({ a: actor, b: c.ref, events: c.events, reports: c.reports, meanGoldstein: c.meanGoldstein }));
      const refs = new Set(around.map((c) => c.ref));
      for (const c of around) {
        for (const d of await store.connections(c.ref, { ...range, limit: 500 })) {
          if (refs.has(d.ref) && c.ref < d.ref) edges.push({ a: c.ref, b: d.ref, events: d.events, reports: d.reports, meanGoldstein: d.meanGoldstein });
        }
      }
      return { center: actor, nodes, edges };
    },
  );

  api.get('/api/codes', { schema: { summary: 'Names of the CAMEO event codes', tags: ['events'], response: { 200: Codes } } }, async () => ({ codes: cameoNames() }));
}

/** The centre of the graph as the events name it: the side of its first event that the reference points at. */
function centerView(ref: string, ev: EventRow): ActorView {
  const r = ref.trim();
  const code = r.toUpperCase();
  for (const side of [ev.source, ev.target]) {
    if (!side) continue;
    if (side.actor === code) return side;
    if (side.actor?.startsWith(code) && /^[A-Z]{3,}$/.test(code)) return { actor: code, name: null, kb: null };
    if (side.kb?.toLowerCase() === r.toLowerCase() || side.name?.toLowerCase() === r.toLowerCase()) return side;
  }
  return { actor: null, name: r, kb: null };
}

/** Every week from the first to the last, the empty ones with zero counts, each with its Monday. */
function fillWeeks(weeks: { week: string; clusters: number[]; reports: number[]; meanGoldstein: number | null }[]) {
  if (weeks.length === 0) return [];
  const byWeek = new Map(weeks.map((w) => [w.week, w]));
  const first = weekMonday(weeks[0]!.week);
  const last = weekMonday(weeks[weeks.length - 1]!.week);
  const out = [];
  for (let d = first; d <= last; d += 7) {
    const week = isoWeek(d);
    const w = byWeek.get(week);
    out.push({ week, start: isoDay(d), clusters: w?.clusters ?? [0, 0, 0, 0], reports: w?.reports ?? [0, 0, 0, 0], meanGoldstein: w?.meanGoldstein ?? null });
  }
  return out;
}
