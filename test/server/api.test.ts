/**
 * The HTTP API with fastify.inject over a store filled from hand-made records: every endpoint with
 * paging, filters, unknown ids (404) and bad parameters (400); every answer is checked against the
 * schema the OpenAPI document declares for it, and the document itself is validated.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analyzer } from '../../src/pipeline.js';
import { createAnalyzer } from '../../src/pipeline.js';
import { validateRecord } from '../../src/record/validate.js';
import { buildServer, type App } from '../../src/server/app.js';
import { fixtureStore, SCRIPT_TEXT, type FixtureStore } from './fixtures.js';

let fx: FixtureStore;
let app: App;
let openapi: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const ajv = new Ajv2020({ strict: false, allErrors: true });
let analyzerLoads = 0;

beforeAll(async () => {
  fx = await fixtureStore();
  app = await buildServer({
    store: fx.store,
    webRoot: null,
    loadAnalyzer: async (): Promise<Analyzer> => {
      analyzerLoads++;
      return createAnalyzer();
    },
    examplesDir: null,
    maxAnalyzeBytes: 64 * 1024,
  });
  openapi = JSON.parse((await app.inject({ url: '/openapi.json' })).body);
  ajv.addSchema(openapi, 'openapi.json');
});

afterAll(async () => {
  await app.close();
  await fx.cleanup();
});

const pointer = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** Requests `url`, checks the status, and validates the body against the declared response schema. */
async function call(url: string, status = 200, init: { method?: 'GET' | 'POST'; payload?: unknown; headers?: Record<string, string> } = {}) {
  const res = await app.inject({ url, method: init.method ?? 'GET', payload: init.payload as never, headers: init.headers });
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const body = JSON.parse(res.body);
  const route = url.split('?')[0]!.replace(/^\/api\/(documents|entities)\/[^/]+$/, '/api/$1/{id}');
  const op = openapi.paths[route]?.[(init.method ?? 'GET').toLowerCase()];
  expect(op, `OpenAPI documents ${route}`).toBeDefined();
  expect(op.responses[String(status)], `OpenAPI declares ${status} for ${route}`).toBeDefined();
  const ref = `openapi.json#/paths/${pointer(route)}/${(init.method ?? 'GET').toLowerCase()}/responses/${status}/content/application~1json/schema`;
  const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  return body;
}

describe('OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document naming every endpoint', async () => {
    await SwaggerParser.validate(structuredClone(openapi) as never);
    expect(openapi.openapi).toBe('3.1.0');
    for (const p of ['/api/documents', '/api/documents/{id}', '/api/search', '/api/entities', '/api/entities/{id}', '/api/events', '/api/relations', '/api/analyze']) {
      expect(openapi.paths[p], p).toBeDefined();
    }
  });

  it('describes the record with the schema of src/record/schema.ts', () => {
    const rec = openapi.components.schemas.AnalysisRecord;
    expect(rec.properties.schema.const).toBe('warta.analysis/1');
    expect(Object.keys(rec.properties)).toEqual(['schema', 'id', 'lang', 'text', 'meta', 'sentences', 'entities', 'times', 'quotes', 'events', 'warnings']);
  });
});

describe('GET /api/documents', () => {
  it('pages through the documents, newest first', async () => {
    const first = await call('/api/documents?limit=2');
    expect(first.items.map((d: { id: string }) => d.id)).toEqual(['contoh-korut-rusia-3', 'contoh-ri-australia-2']);
    expect(first.next).toBe(2);
    const rest = await call('/api/documents?limit=10&offset=2');
    expect(rest.items).toHaveLength(4);
    expect(rest.next).toBeNull();
  });

  it('filters by language, outlet, entity and dates', async () => {
    expect((await call('/api/documents?outlet=kabar-nusantara.example')).items.map((d: { id: string }) => d.id)).toEqual(['contoh-kim-putin-1-salinan']);
    expect((await call('/api/documents?entity=kb:australia')).items).toHaveLength(2);
    expect((await call('/api/documents?since=2024-04')).items).toHaveLength(2);
    expect((await call('/api/documents?until=2024-03-19')).items).toHaveLength(2);
    expect((await call('/api/documents?lang=en')).items).toHaveLength(0);
  });

  it('answers 400 for bad parameters', async () => {
    for (const q of ['limit=0', 'limit=201', 'limit=abc', 'offset=-1', 'since=March', 'until=2024-13', 'lang=Indonesian']) {
      const body = await call(`/api/documents?${q}`, 400);
      expect(body.status).toBe(400);
      expect(body.message).toMatch(/\w/);
    }
  });
});

describe('GET /api/documents/{id}', () => {
  it('gives the record with entity keys, copies and the cluster of each event', async () => {
    const d = await call('/api/documents/contoh-kim-putin-1');
    expect(validateRecord(d.record)).toEqual({ ok: true, errors: [] });
    expect(d.entityKeys).toEqual({ e1: 'kb:kim-jong-un', e2: 'kb:vladimir-putin', e3: 'kb:russia' });
    expect(d.links).toHaveLength(1);
    expect(d.links[0].other.id).toBe('contoh-kim-putin-1-salinan');
    expect(d.clusters[0]).toMatchObject({ numArticles: 2, code: '051' });
    // by key and by key prefix too
    expect((await call(`/api/documents/${d.key}`)).id).toBe('contoh-kim-putin-1');
    expect((await call(`/api/documents/${d.key.slice(0, 10)}`)).id).toBe('contoh-kim-putin-1');
  });

  it('answers 404 for an unknown id', async () => {
    expect(await call('/api/documents/no-such-document', 404)).toEqual({ status: 404, message: 'no document "no-such-document"' });
    expect((await call('/api/documents/%3Cscript%3E', 404)).message).toContain('<script>');
  });
});

describe('GET /api/search', () => {
  it('finds documents with snippets, pages and filters', async () => {
    const hits = await call('/api/search?q=Putin');
    expect(hits.items.length).toBe(3);
    expect(hits.items[0].snippet).toContain('[Putin]');
    const page = await call('/api/search?q=Putin&limit=1&offset=1');
    expect(page.items).toHaveLength(1);
    expect(page.next).toBe(2);
    expect((await call('/api/search?q=Putin&since=2024-03-25')).items.map((h: { id: string }) => h.id)).toEqual(['contoh-kim-putin-2']);
    expect((await call('/api/search?q=Putin&lang=en')).items).toHaveLength(0);
  });

  it('answers 400 without words to search for', async () => {
    expect((await call('/api/search', 400)).message).toMatch(/q/);
    expect((await call('/api/search?q=%20%20', 400)).message).toMatch(/words/);
    expect((await call('/api/search?q=***', 400)).message).toMatch(/word/);
  });
});

describe('GET /api/entities and /api/entities/{id}', () => {
  it('lists entities by documents, with type and name filters and paging', async () => {
    const all = await call('/api/entities?limit=3');
    expect(all.items[0]).toMatchObject({ key: 'kb:kim-jong-un', documents: 3 });
    expect(all.next).toBe(3);
    expect((await call('/api/entities?type=LOC')).items.every((e: { type: string }) => e.type === 'LOC')).toBe(true);
    expect((await call('/api/entities?name=retno')).items.map((e: { key: string }) => e.key)).toEqual(['PER:retno marsudi']);
    await call('/api/entities?type=PERSON', 400);
  });

  it('gives mentions per week, quotes and events of one entity', async () => {
    const kim = await call('/api/entities/kb:kim-jong-un');
    expect(kim).toMatchObject({ name: 'Kim Jong Un', type: 'PER', actors: ['PRKGOV'] });
    expect(kim.weeks).toEqual([
      { week: '2024-W12', documents: 2, mentions: 2 },
      { week: '2024-W13', documents: 1, mentions: 1 },
    ]);
    expect(kim.quotes.items.map((q: { text: string }) => q.text)).toEqual(['Kami akan selalu bersama Rusia,', 'Kami akan selalu bersama Rusia,']);
    expect(kim.events.items.map((e: { code: string }) => e.code).sort()).toEqual(['042', '051', '051']);
    // by name, URL-encoded key with a space
    expect((await call('/api/entities/Retno%20Marsudi')).key).toBe('PER:retno marsudi');
    expect((await call('/api/entities/PER%3Aretno%20marsudi')).quotes.items).toHaveLength(2);
  });

  it('answers 404 for an unknown entity', async () => {
    expect((await call('/api/entities/kb:nobody', 404)).status).toBe(404);
  });

  it('pages through the quotes of a speaker', async () => {
    const q = await call('/api/quotes?speaker=kb:kim-jong-un&limit=1');
    expect(q.items).toHaveLength(1);
    expect(q.next).toBe(1);
    await call('/api/quotes?limit=-3', 400);
  });
});

describe('GET /api/events', () => {
  it('filters by actors, root, code, modality, dates and entity, with paging', async () => {
    expect((await call('/api/events')).items).toHaveLength(6);
    const pair = await call('/api/events?actor=PRK&actor=RUS');
    expect(pair.items.map((e: { code: string }) => e.code).sort()).toEqual(['042', '051', '051', '112']);
    expect((await call('/api/events?actor=kim-jong-un&root=04')).items.map((e: { code: string }) => e.code)).toEqual(['042']);
    expect((await call('/api/events?code=111')).items[0].source).toEqual({ actor: 'IDN', name: 'Indonesia', kb: 'indonesia' });
    expect((await call('/api/events?modality=alleged')).items.map((e: { code: string }) => e.code)).toEqual(['112']);
    expect((await call('/api/events?since=2024-04-01&until=2024-04-30')).items).toHaveLength(2);
    expect((await call('/api/events?entity=PER:retno%20marsudi')).items.map((e: { code: string }) => e.code)).toEqual(['040']);
    expect((await call('/api/events?actor=NOBODY')).items).toEqual([]);
    const p1 = await call('/api/events?limit=4');
    expect(p1.next).toBe(4);
    expect((await call('/api/events?limit=4&offset=4')).items).toHaveLength(2);
  });

  it('answers 400 for bad filters', async () => {
    for (const q of ['root=5', 'code=abc', 'modality=maybe', 'since=yesterday', 'actor=a&actor=b&actor=c&actor=d&actor=e']) {
      expect((await call(`/api/events?${q}`, 400)).status).toBe(400);
    }
  });
});

describe('GET /api/relations and /api/graph', () => {
  it('counts events per week by QuadClass with the mean Goldstein, empty weeks included', async () => {
    const rel = await call('/api/relations?a=PRK&b=RUS');
    expect(rel.weeks.map((w: { week: string }) => w.week)).toEqual(['2024-W11', '2024-W12', '2024-W13', '2024-W14', '2024-W15']);
    expect(rel.weeks[0]).toEqual({ week: '2024-W11', start: '2024-03-11', clusters: [1, 0, 0, 0], reports: [2, 0, 0, 0], meanGoldstein: 3.4 });
    expect(rel.weeks[1]).toMatchObject({ reports: [0, 0, 0, 0], meanGoldstein: null });
    expect(rel.weeks[4]).toMatchObject({ reports: [0, 0, 1, 0], meanGoldstein: -2 });
    // either direction, and a date range
    expect((await call('/api/relations?a=RUS&b=PRK')).weeks).toEqual(rel.weeks);
    expect((await call('/api/relations?a=PRK&b=RUS&since=2024-04')).weeks.map((w: { week: string }) => w.week)).toEqual(['2024-W15']);
    expect((await call('/api/relations?a=IDN&b=PRK')).weeks).toEqual([]);
  });

  it('answers 404 for an actor no event names, 400 for a missing one', async () => {
    expect((await call('/api/relations?a=PRK&b=ZZZ', 404)).message).toContain('ZZZ');
    await call('/api/relations?a=PRK', 400);
    await call('/api/relations?a=PRK&b=RUS&since=soon', 400);
  });

  it('builds the graph of the most connected actors', async () => {
    const g = await call('/api/graph?actor=PRK');
    expect(g.nodes[0]).toMatchObject({ ref: 'PRK', actor: { actor: 'PRK' } });
    expect(g.nodes.map((n: { ref: string }) => n.ref)).toEqual(['PRK', 'RUSGOV', 'RUS']);
    expect(g.edges.find((e: { b: string }) => e.b === 'RUSGOV')).toMatchObject({ a: 'PRK', events: 3 });
    expect((await call('/api/graph?actor=PRK&limit=1')).nodes).toHaveLength(2);
    await call('/api/graph?actor=NOBODY', 404);
    await call('/api/graph?actor=PRK&limit=100', 400);
  });
});

describe('POST /api/analyze', () => {
  it('analyzes text without storing it', async () => {
    const before = await call('/api/status');
    const rec = await call('/api/analyze', 200, { method: 'POST', payload: { text: SCRIPT_TEXT, published: '2024-04-03' } });
    expect(validateRecord(rec)).toEqual({ ok: true, errors: [] });
    expect(rec.text).toContain('<script>window.__pwned = true</script>');
    expect(rec.meta.published).toBe('2024-04-03');
    const plain = await call('/api/analyze', 200, { method: 'POST', payload: 'Jakarta (ANTARA) - Presiden bertemu menteri pada Senin.', headers: { 'content-type': 'text/plain' } });
    expect(plain.schema).toBe('warta.analysis/1');
    expect((await call('/api/status')).documents).toBe(before.documents);
    expect(analyzerLoads).toBe(1);
  });

  it('analyzes a web page, as JSON or as text/html', async () => {
    const html =
      '<html><head><title>Indonesia kecam Australia</title></head><body><article><h1>Indonesia kecam Australia</h1>' +
      '<p>Jakarta (WARTA) - Indonesia mengecam Australia pada Senin (4/3) karena sebuah kapal patroli masuk tanpa izin ke perairan Indonesia.</p>' +
      '<p>"Kami meminta penjelasan," kata seorang juru bicara.</p><script>window.__pwned = true</script></article></body></html>';
    const viaJson = await call('/api/analyze', 200, { method: 'POST', payload: { html, published: '2024-03-05' } });
    expect(viaJson.meta.title).toBe('Indonesia kecam Australia');
    expect(viaJson.text).toContain('Indonesia mengecam Australia');
    expect(viaJson.text).not.toContain('__pwned');
    const raw = await call('/api/analyze', 200, { method: 'POST', payload: html, headers: { 'content-type': 'text/html; charset=utf-8' } });
    expect(raw.text).toBe(viaJson.text);
  });

  it('answers 400 for bad bodies and 413 for a body over the limit', async () => {
    expect((await call('/api/analyze', 400, { method: 'POST', payload: {} })).message).toMatch(/text or html/);
    expect((await call('/api/analyze', 400, { method: 'POST', payload: { text: 'a', html: '<p>b</p>' } })).message).toMatch(/text or html/);
    expect((await call('/api/analyze', 400, { method: 'POST', payload: { text: '   ' } })).message).toMatch(/empty/);
    expect((await call('/api/analyze', 400, { method: 'POST', payload: { text: 'Berita.', published: 'kemarin' } })).message).toMatch(/published/);
    await call('/api/analyze', 400, { method: 'POST', payload: '{"text": ', headers: { 'content-type': 'application/json' } });
    const big = await call('/api/analyze', 413, { method: 'POST', payload: { text: 'kata '.repeat(20_000) } });
    expect(big).toEqual({ status: 413, message: expect.stringMatching(/too large/) });
  });
});

describe('errors and other routes', () => {
  it('answers unknown API paths with a JSON 404', async () => {
    const res = await app.inject({ url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(JSON.parse(res.body)).toEqual({ status: 404, message: 'no such resource: GET /api/nothing-here' });
  });

  it('reports the store and refuses examples when none are bundled', async () => {
    expect(await call('/api/status')).toMatchObject({ documents: 6, examples: false, ingesting: false, firstDay: '2024-03-18', lastDay: '2024-04-10' });
    expect((await call('/api/examples', 404, { method: 'POST' })).message).toMatch(/no bundled examples/);
  });

  it('names CAMEO codes when the coding table is installed', async () => {
    const { codes } = await call('/api/codes');
    expect(typeof codes).toBe('object');
  });

  it('says how to build the UI when it is not built', async () => {
    const res = await app.inject({ url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('npm run build');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });
});
