/**
 * A synthetic store for benchmarks: made-up documents with entities and CAMEO events, written
 * through the real store path (prepare → writeBatch: links, clusters, indexes), and the timed
 * queries run on it. `scripts/synth-store.ts` and `warta bench` both use this module, so the
 * figures they print come from the same store and the same queries.
 */
import { rmSync } from 'node:fs';
import type { AnalysisRecord, Entity, Event } from '../record/schema.js';
import { contentHash, documentKey } from '../store/normalize.js';
import { prepareDocument } from '../store/prepare.js';
import { SqliteStore } from '../store/sqlite/store.js';
import type { PreparedDocument } from '../store/types.js';
import { percentile } from './stats.js';

/** A small deterministic generator: the same seed gives the same store. */
class Rand {
  constructor(private seed: number) {}
  next(): number {
    this.seed = (Math.imul(this.seed, 1103515245) + 12345) >>> 0;
    return this.seed / 4294967296;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  /** Early items far more often than late ones (a few actors dominate the news). */
  skewed<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * this.next() * xs.length)]!;
  }
}

const COUNTRIES = ['IDN', 'MYS', 'SGP', 'THA', 'PHL', 'VNM', 'CHN', 'JPN', 'KOR', 'PRK', 'USA', 'RUS', 'AUS', 'IND', 'PAK', 'GBR', 'FRA', 'DEU', 'SAU', 'IRN',
  'TUR', 'EGY', 'ISR', 'PSE', 'UKR', 'BRA', 'ZAF', 'NGA', 'KEN', 'MMR', 'KHM', 'LAO', 'BRN', 'TLS', 'PNG', 'NZL', 'CAN', 'MEX', 'ARG', 'ITA'];
const ROLES = ['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'BUS', 'MED', 'CVL', 'OPP', 'EDU'];
const ACTORS = COUNTRIES.flatMap((c) => ROLES.map((r) => c + r));
const CODES = ['010', '020', '036', '040', '042', '043', '051', '057', '061', '071', '090', '111', '112', '120', '130', '141', '150', '172', '173', '190', '193'];
/** A made-up vocabulary of 20,000 words, drawn with Zipf frequencies like real text. */
const SYLLABLES = ['ba', 'ka', 'ta', 'da', 'ma', 'na', 'la', 'ra', 'sa', 'pa', 'ga', 'ja', 'wa', 'ya', 'ha', 'ri', 'ku', 'se', 'to', 'ne', 'pi', 'lu', 'me', 'di', 'ngan', 'kan', 'lah', 'nya'];
const VOCAB = Array.from({ length: 20_000 }, (_, i) => {
  let w = '';
  for (let n = i + 7; w.length < 4 || n > 0; n = Math.floor(n / SYLLABLES.length)) w += SYLLABLES[n % SYLLABLES.length];
  return w;
});
let zipf: Float64Array | null = null;
function zipfTable(): Float64Array {
  if (zipf) return zipf;
  const cum = new Float64Array(VOCAB.length);
  let total = 0;
  for (let i = 0; i < VOCAB.length; i++) cum[i] = total += 1 / (i + 1);
  zipf = cum.map((c) => c / total);
  return zipf;
}
function word(r: Rand): string {
  const z = zipfTable();
  const x = r.next();
  let lo = 0;
  let hi = z.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (z[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return VOCAB[lo]!;
}
/** Query words: neither the commonest (in every document) nor the rarest. */
const queryWord = (r: Rand): string => VOCAB[100 + Math.floor(r.next() * 5000)]!;
const DAY0 = Math.floor(Date.UTC(2022, 0, 1) / 86_400_000);

const iso = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

function makeDoc(i: number, perDoc: number, r: Rand): PreparedDocument {
  const words: string[] = [];
  for (let k = 0; k < 200; k++) words.push(word(r));
  words.push(`kode${i % 100000}`);
  let text = words.join(' ') + '.';
  const day = DAY0 + Math.floor(r.next() * 1100);
  const entities: Entity[] = [];
  const events: Event[] = [];
  for (let k = 0; k < perDoc; k++) {
    const a = r.skewed(ACTORS);
    let b = r.skewed(ACTORS);
    if (b === a) b = r.pick(ACTORS);
    const code = r.pick(CODES);
    const trigger = ` ${a.toLowerCase()} bertemu ${b.toLowerCase()}.`;
    const start = text.length + 1;
    text += trigger;
    const ids = [a, b].map((code3) => {
      const id = `e${entities.length + 1}`;
      const at = text.indexOf(code3.toLowerCase(), start);
      entities.push({ id, name: `Pejabat ${code3}`, type: 'ORG', kb: null, actor: code3, mentions: [{ start: at, end: at + code3.length, text: code3.toLowerCase() }] });
      return id;
    });
    const root = code.slice(0, 2);
    const q = Number(root) <= 5 ? 1 : Number(root) <= 9 ? 2 : Number(root) <= 14 ? 3 : 4;
    const dated = r.next() < 0.7;
    const trig = text.indexOf('bertemu', start);
    events.push({
      code, root, quadClass: q, goldstein: q === 1 ? 3 : q === 2 ? 6 : q === 3 ? -4 : -9, plover: null,
      source: { entity: ids[0]!, actor: a }, target: { entity: ids[1]!, actor: b },
      date: dated ? iso(day - Math.floor(r.next() * 3)) : null, dateSource: dated ? 'sentence' : 'published', location: null,
      modality: r.next() < 0.9 ? 'asserted' : 'alleged', sentence: 0, trigger: { start: trig, end: trig + 7, text: 'bertemu' },
      evidence: { start, end: text.length },
    });
  }
  const record: AnalysisRecord = {
    schema: 'warta.analysis/1', id: `synth-${i}`, lang: 'id', text,
    meta: { title: `Berita ${i}`, url: `https://site${i % 50}.example.com/${i}`, published: iso(day), publishedSource: 'input', dateline: null,
      credits: { source: [], reporter: [], translator: [], editor: [], copyright: null }, related: [], body: { start: 0, end: text.length } },
    sentences: [{ start: 0, end: text.length }], entities, times: [], quotes: [], events, warnings: [],
  };
  const hash = contentHash(text);
  return prepareDocument(record, { key: documentKey(record.id, hash), contentHash: hash, origin: 'synth' });
}

export interface SynthOptions {
  events: number;
  /** events per document (documents = events / perDoc) */
  perDoc?: number;
  /** documents per transaction */
  batch?: number;
  /** called now and then with the documents written so far */
  onProgress?: (documents: number, seconds: number) => void;
}

export interface SynthSummary {
  documents: number;
  events: number;
  clusters: number;
  /** seconds spent in the store (generation excluded) */
  seconds: number;
  bytes: number;
}

/** Writes a fresh synthetic store at `path` (an existing file there is replaced). */
export async function writeSyntheticStore(path: string, opts: SynthOptions): Promise<SynthSummary> {
  const perDoc = opts.perDoc ?? 5;
  const batch = opts.batch ?? 1000;
  const nDocs = Math.ceil(opts.events / perDoc);
  const r = new Rand(42);
  for (const s of ['', '-wal', '-shm']) rmSync(path + s, { force: true });
  const store = SqliteStore.open(path, { readonly: false });
  const t0 = performance.now();
  let prepMs = 0;
  try {
    for (let i = 0; i < nDocs; i += batch) {
      const tp = performance.now();
      const docs: PreparedDocument[] = [];
      for (let k = i; k < Math.min(nDocs, i + batch); k++) docs.push(makeDoc(k, perDoc, r));
      prepMs += performance.now() - tp;
      await store.writeBatch(docs);
      if ((i / batch) % 20 === 0) opts.onProgress?.(i + docs.length, (performance.now() - t0) / 1000);
    }
    const stats = await store.stats();
    return { documents: stats.documents, events: stats.events, clusters: stats.clusters, seconds: (performance.now() - t0 - prepMs) / 1000, bytes: stats.bytes };
  } finally {
    await store.close();
  }
}

export interface Latency {
  query: string;
  runs: number;
  p50: number;
  p95: number;
}

/**
 * Times the queries behind `warta events --actor` and `warta search` on a synthetic store, through
 * the same Store calls the commands make (the command's process start is not included).
 */
export async function timeQueries(path: string, runs = 200): Promise<{ events: number; documents: number; latencies: Latency[] }> {
  const store = SqliteStore.open(path, { readonly: true });
  const r = new Rand(7);
  try {
    const stats = await store.stats();
    const time = async (fn: () => Promise<unknown>): Promise<number> => {
      const t = performance.now();
      await fn();
      return performance.now() - t;
    };
    const one: number[] = [];
    const two: number[] = [];
    const ranged: number[] = [];
    const search: number[] = [];
    for (let i = 0; i < runs; i++) {
      one.push(await time(() => store.listEvents({ actors: [r.pick(ACTORS)], limit: 50 })));
      two.push(await time(() => store.listEvents({ actors: [r.pick(COUNTRIES), r.pick(COUNTRIES)], limit: 50 })));
      const since = DAY0 + Math.floor(r.next() * 1000);
      ranged.push(await time(() => store.listEvents({ actors: [r.pick(ACTORS)], since, until: since + 30, root: r.pick(CODES).slice(0, 2), limit: 50 })));
      search.push(await time(() => store.search({ query: `${queryWord(r)} ${queryWord(r)}`, limit: 20 })));
    }
    const lat = (query: string, xs: number[]): Latency => ({ query, runs: xs.length, p50: percentile(xs, 50), p95: percentile(xs, 95) });
    return {
      events: stats.events,
      documents: stats.documents,
      latencies: [
        lat('events --actor CODE', one),
        lat('events --actor CTRY --actor CTRY', two),
        lat('events --actor CODE --since/--until (30 d) --root', ranged),
        lat('search "two words"', search),
      ],
    };
  } finally {
    await store.close();
  }
}
