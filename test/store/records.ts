/**
 * Hand-made `warta.analysis/1` records for the store tests: entities and events are placed by
 * searching their words in the text, so every span is a real slice of it.
 */
import type { AnalysisRecord, Entity, Event } from '../../src/record/schema.js';
import { prepareDocument } from '../../src/store/prepare.js';
import { contentHash, documentKey } from '../../src/store/normalize.js';
import type { PreparedDocument } from '../../src/store/types.js';

export interface EntitySpec {
  name: string;
  type: 'PER' | 'ORG' | 'LOC';
  kb?: string;
  actor?: string;
  /** the words in the text that mention it (default: the name) */
  mention?: string;
}

export interface EventSpec {
  trigger: string;
  code: string;
  source?: number;
  target?: number;
  date?: string | null;
  modality?: Event['modality'];
  goldstein?: number;
  location?: number;
}

export interface RecordSpec {
  id: string;
  text: string;
  title?: string;
  url?: string | null;
  published?: string | null;
  credits?: string[];
  datelineAgency?: string | null;
  entities?: EntitySpec[];
  events?: EventSpec[];
  lang?: string;
}

function span(text: string, words: string): { start: number; end: number; text: string } {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return { start, end: start + words.length, text: words };
}

export function makeRecord(spec: RecordSpec): AnalysisRecord {
  const text = spec.text;
  const entities: Entity[] = (spec.entities ?? []).map((e, i) => ({
    id: `e${i + 1}`,
    name: e.name,
    type: e.type,
    kb: e.kb ?? null,
    actor: e.actor ?? null,
    mentions: [span(text, e.mention ?? e.name)],
  }));
  const sentences: { start: number; end: number }[] = [];
  let from = 0;
  for (const m of text.matchAll(/[^.!?\n]+[.!?]?/g)) {
    if (m[0].trim()) sentences.push({ start: m.index!, end: m.index! + m[0].length });
    from = m.index! + m[0].length;
  }
  void from;
  const events: Event[] = (spec.events ?? []).map((ev) => {
    const trigger = span(text, ev.trigger);
    const sentence = Math.max(0, sentences.findIndex((s) => s.start <= trigger.start && trigger.end <= s.end));
    const root = ev.code.slice(0, 2);
    const quad = Number(root) <= 5 ? 1 : Number(root) <= 9 ? 2 : Number(root) <= 14 ? 3 : 4;
    const actor = (i: number | undefined) => (i === undefined ? null : { entity: entities[i]!.id, actor: entities[i]!.actor });
    return {
      code: ev.code,
      root,
      quadClass: quad,
      goldstein: ev.goldstein ?? 3.4,
      plover: null,
      source: actor(ev.source),
      target: actor(ev.target),
      date: ev.date ?? null,
      dateSource: ev.date ? 'sentence' : spec.published ? 'published' : null,
      location: ev.location === undefined ? null : entities[ev.location]!.id,
      modality: ev.modality ?? 'asserted',
      sentence,
      trigger,
      evidence: sentences[sentence] ?? { start: 0, end: text.length },
    };
  });
  return {
    schema: 'warta.analysis/1',
    id: spec.id,
    lang: spec.lang ?? 'id',
    text,
    meta: {
      title: spec.title ?? null,
      url: spec.url ?? null,
      published: spec.published ?? null,
      publishedSource: spec.published ? 'input' : null,
      dateline: spec.datelineAgency ? { place: null, agency: spec.datelineAgency, start: 0, end: 0 } : null,
      credits: {
        source: (spec.credits ?? []).map((name) => ({ name, start: 0, end: 0 })),
        reporter: [],
        translator: [],
        editor: [],
        copyright: null,
      },
      related: [],
      body: { start: 0, end: text.length },
    },
    sentences,
    entities,
    times: [],
    quotes: [],
    events,
    warnings: [],
  };
}

export function prepared(spec: RecordSpec): PreparedDocument {
  const record = makeRecord(spec);
  const hash = contentHash(record.text);
  return prepareDocument(record, { key: documentKey(record.id, hash), contentHash: hash, origin: `test:${spec.id}` });
}

/** A made-up news story of about 120 words, different for every seed. */
export function story(seed: number, lead = ''): string {
  const words = ['pemerintah', 'daerah', 'warga', 'pasar', 'harga', 'beras', 'jalan', 'jembatan', 'sekolah', 'rumah', 'sakit', 'banjir',
    'musim', 'hujan', 'petani', 'nelayan', 'pelabuhan', 'kapal', 'bandara', 'kereta', 'listrik', 'air', 'bersih', 'anggaran', 'dana',
    'desa', 'kota', 'provinsi', 'menteri', 'gubernur', 'bupati', 'polisi', 'pengadilan', 'sidang', 'rapat', 'kantor', 'program', 'bantuan'];
  let s = seed * 7919 + 17;
  const next = (): number => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s;
  };
  const out: string[] = [];
  for (let i = 0; i < 12; i++) {
    const n = 8 + (next() % 5);
    const w: string[] = [];
    for (let k = 0; k < n; k++) w.push(words[next() % words.length]!);
    const sentence = w.join(' ');
    out.push(sentence[0]!.toUpperCase() + sentence.slice(1) + '.');
  }
  return (lead ? lead + ' ' : '') + out.join(' ');
}
