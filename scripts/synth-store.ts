/**
 * A synthetic store for benchmarks: made-up documents with entities and CAMEO events, written
 * through the real store path (prepare → writeBatch: links, clusters, indexes), then timed queries.
 *
 *   npx tsx scripts/synth-store.ts --db /tmp/synth.db --events 1000000 [--per-doc 5] [--bench]
 *
 * Prints the write rate and, with --bench, p50/p95 of `events --actor` and `search` queries.
 */
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { AnalysisRecord, Entity, Event } from '../src/record/schema.js';
import { contentHash, documentKey } from '../src/store/normalize.js';
import { prepareDocument } from '../src/store/prepare.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import type { PreparedDocument } from '../src/store/types.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: '/tmp/warta-synth.db' },
    events: { type: 'string', default: '1000000' },
    'per-doc': { type: 'string', default: '5' },
    batch: { type: 'string', default: '1000' },
    bench: { type: 'boolean', default: false },
    'bench-only': { type: 'boolean', default: false },
  },
});
const totalEvents = Number(values.events);
const perDoc = Number(values['per-doc']);
const nDocs = Math.ceil(totalEvents / perDoc);

let seed = 42;
const rnd = (): number => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 4294967296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const skewed = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * rnd() * xs.length)]!;

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
const ZIPF = (() => {
  const cum = new Float64Array(VOCAB.length);
  let total = 0;
  for (let i = 0; i < VOCAB.length; i++) cum[i] = total += 1 / (i + 1);
  return cum.map((c) => c / total);
})();
function word(): string {
  const r = rnd();
  let lo = 0;
  let hi = ZIPF.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ZIPF[mid]! < r) lo = mid + 1;
    else hi = mid;
  }
  return VOCAB[lo]!;
}
/** Query words: neither the commonest (in every document) nor the rarest. */
const queryWord = (): string => VOCAB[100 + Math.floor(rnd() * 5000)]!;
const DAY0 = Math.floor(Date.UTC(2022, 0, 1) / 86_400_000);

function iso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function makeDoc(i: number): PreparedDocument {
  const words: string[] = [];
  for (let k = 0; k < 200; k++) words.push(word());
  words.push(`kode${i % 100000}`);
  let text = words.join(' ') + '.';
  const day = DAY0 + Math.floor(rnd() * 1100);
  const entities: Entity[] = [];
  const events: Event[] = [];
  for (let k = 0; k < perDoc; k++) {
    const a = skewed(ACTORS);
    let b = skewed(ACTORS);
    if (b === a) b = pick(ACTORS);
    const code = pick(CODES);
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
    const dated = rnd() < 0.7;
    const trig = text.indexOf('bertemu', start);
    events.push({
      code, root, quadClass: q, goldstein: q === 1 ? 3 : q === 2 ? 6 : q === 3 ? -4 : -9, plover: null,
      source: { entity: ids[0]!, actor: a }, target: { entity: ids[1]!, actor: b },
      date: dated ? iso(day - Math.floor(rnd() * 3)) : null, dateSource: dated ? 'sentence' : 'published', location: null,
      modality: rnd() < 0.9 ? 'asserted' : 'alleged', sentence: 0, trigger: { start: trig, end: trig + 7, text: 'bertemu' },
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

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

async function main(): Promise<void> {
  if (!values['bench-only']) {
    for (const s of ['', '-wal', '-shm']) rmSync(values.db + s, { force: true });
    const store = SqliteStore.open(values.db, { readonly: false });
    const batch = Number(values.batch);
    const t0 = performance.now();
    let prepMs = 0;
    for (let i = 0; i < nDocs; i += batch) {
      const tp = performance.now();
      const docs: PreparedDocument[] = [];
      for (let k = i; k < Math.min(nDocs, i + batch); k++) docs.push(makeDoc(k));
      prepMs += performance.now() - tp;
      await store.writeBatch(docs);
      if ((i / batch) % 20 === 0) process.stderr.write(`${i + docs.length} documents, ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
    }
    const secs = (performance.now() - t0 - prepMs) / 1000;
    const stats = await store.stats();
    console.log(`wrote ${stats.documents} documents, ${stats.events} events, ${stats.clusters} clusters in ${secs.toFixed(1)} s of store time: ${Math.round(stats.documents / secs)} documents/s (${(stats.bytes / 1048576).toFixed(0)} MB)`);
    await store.close();
  }
  if (values.bench || values['bench-only']) {
    const store = SqliteStore.open(values.db, { readonly: true });
    const time = async (fn: () => Promise<unknown>): Promise<number> => {
      const t = performance.now();
      await fn();
      return performance.now() - t;
    };
    const one: number[] = [];
    const two: number[] = [];
    const ranged: number[] = [];
    const search: number[] = [];
    for (let i = 0; i < 200; i++) {
      one.push(await time(() => store.listEvents({ actors: [pick(ACTORS)], limit: 50 })));
      two.push(await time(() => store.listEvents({ actors: [pick(COUNTRIES), pick(COUNTRIES)], limit: 50 })));
      const since = DAY0 + Math.floor(rnd() * 1000);
      ranged.push(await time(() => store.listEvents({ actors: [pick(ACTORS)], since, until: since + 30, root: pick(CODES).slice(0, 2), limit: 50 })));
      search.push(await time(() => store.search({ query: `${queryWord()} ${queryWord()}`, limit: 20 })));
    }
    const line = (name: string, xs: number[]): string => `${name.padEnd(44)} p50 ${percentile(xs, 50).toFixed(1)} ms  p95 ${percentile(xs, 95).toFixed(1)} ms`;
    console.log(line('events --actor CODE', one));
    console.log(line('events --actor CTRY --actor CTRY', two));
    console.log(line('events --actor CODE --since/--until (30 d) --root', ranged));
    console.log(line('search "two words" (ranks 100–5,100)', search));
    await store.close();
  }
}

await main();
