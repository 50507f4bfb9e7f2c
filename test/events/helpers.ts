/** Hand-made stage inputs for the events stage: text + named entities (+ times, quotes) written in the test. */
import { emptyMeta } from '../../src/record/empty.js';
import { segment } from '../../src/segment/sentences.js';
import type { Entity, Quote, Time } from '../../src/record/schema.js';
import type { StageInput } from '../../src/stage.js';
import { createEventStage, type EventStage } from '../../src/events/index.js';

export interface EntitySpec {
  name: string;
  type: 'PER' | 'ORG' | 'LOC';
  actor?: string | null;
  /** other surface forms that refer to it */
  aliases?: string[];
  /** its knowledge-base id (a country's is its code in lower case) */
  kb?: string;
}

/** Entities with a mention at every whole-word occurrence of the name or an alias (longest first). */
export function entitiesIn(text: string, specs: EntitySpec[]): Entity[] {
  const taken = new Uint8Array(text.length + 1);
  const forms = specs.flatMap((s, i) => [s.name, ...(s.aliases ?? [])].map((f) => ({ i, f }))).sort((a, b) => b.f.length - a.f.length);
  const mentions = specs.map(() => [] as { start: number; end: number; text: string }[]);
  for (const { i, f } of forms) {
    for (let k = text.indexOf(f); k !== -1; k = text.indexOf(f, k + 1)) {
      const end = k + f.length;
      if (/[\p{L}\d]/u.test(text[k - 1] ?? ' ') || /[\p{L}\d]/u.test(text[end] ?? ' ')) continue;
      if (taken.subarray(k, end).some((x) => x === 1)) continue;
      taken.fill(1, k, end);
      mentions[i]!.push({ start: k, end, text: f });
    }
  }
  return specs.map((s, i) => ({
    id: `e${i + 1}`,
    name: s.name,
    type: s.type,
    kb: s.kb ?? null,
    actor: s.actor ?? null,
    mentions: mentions[i]!.sort((a, b) => a.start - b.start),
  }));
}

export function timeAt(text: string, expr: string, value: string): Time {
  const start = text.indexOf(expr);
  if (start < 0) throw new Error(`no "${expr}" in the text`);
  return { start, end: start + expr.length, text: expr, type: 'DATE', value };
}

export function stageInput(
  text: string,
  specs: EntitySpec[],
  opts: { lang?: 'id' | 'en'; times?: Time[]; quotes?: Quote[] } = {},
): StageInput {
  const lang = opts.lang ?? 'id';
  const body = { start: 0, end: text.length };
  return {
    id: 't',
    lang,
    dataLang: lang,
    text,
    meta: emptyMeta(body),
    seg: segment(text, body, lang),
    entities: entitiesIn(text, specs),
    times: opts.times ?? [],
    quotes: opts.quotes ?? [],
  };
}

let stage: EventStage | null = null;

export async function eventsOf(input: StageInput) {
  stage ??= await createEventStage();
  return stage(input);
}

/** "source code target modality" lines, by entity name, for compact assertions. */
export function brief(input: StageInput, events: Awaited<ReturnType<typeof eventsOf>>): string[] {
  const name = (id: string | null | undefined): string => input.entities.find((e) => e.id === id)?.name ?? 'null';
  return events.map((e) => `${name(e.source?.entity)} ${e.code} ${name(e.target?.entity)} ${e.modality}`);
}

/** The events of texts written about `specs`, in brief (see brief); each call may name another language. */
export function briefOf(specs: EntitySpec[], lang: 'id' | 'en' = 'en'): (text: string, textLang?: 'id' | 'en') => Promise<string[]> {
  return async (text, textLang = lang) => {
    const input = stageInput(text, specs, { lang: textLang });
    return brief(input, await eventsOf(input));
  };
}

/** Each event's source actor code, event code and target actor code: "IDNCOP 173 IDNEDU". */
export async function actorCodes(text: string, specs: EntitySpec[], lang: 'id' | 'en'): Promise<string[]> {
  return (await eventsOf(stageInput(text, specs, { lang }))).map((e) => `${e.source?.actor} ${e.code} ${e.target?.actor}`);
}

/** Places and states, by name → CAMEO code: `places({ Serbia: 'SRB' })`. */
export function places(codes: Record<string, string>): EntitySpec[] {
  return Object.entries(codes).map(([name, actor]) => ({ name, type: 'LOC' as const, actor }));
}

// Entities used across the tests (general world knowledge, written for these tests).
export const WORLD: EntitySpec[] = [
  { name: 'Vladimir Putin', type: 'PER', actor: 'RUSGOV', aliases: ['Putin'] },
  { name: 'Rusia', type: 'LOC', actor: 'RUS' },
  { name: 'Ukraina', type: 'LOC', actor: 'UKR' },
  { name: 'Moldova', type: 'LOC', actor: 'MDA' },
  { name: 'Filipina', type: 'LOC', actor: 'PHL' },
  { name: 'Beijing', type: 'LOC', actor: 'CHN' },
  { name: 'Israel', type: 'LOC', actor: 'ISR' },
  { name: 'Gaza', type: 'LOC', actor: 'PSE' },
  { name: 'Turki', type: 'LOC', actor: 'TUR' },
  { name: 'Polda Metro Jaya', type: 'ORG', actor: 'IDNCOP' },
  { name: 'Budi Santoso', type: 'PER', actor: null },
  { name: 'Retno Marsudi', type: 'PER', actor: 'IDNGOV', aliases: ['Retno'] },
  { name: 'Jepang', type: 'LOC', actor: 'JPN' },
  { name: 'Indonesia', type: 'LOC', actor: 'IDN' },
  { name: 'Malaysia', type: 'LOC', actor: 'MYS' },
  { name: 'Amerika Serikat', type: 'LOC', actor: 'USA', aliases: ['AS'] },
  { name: 'Inggris', type: 'LOC', actor: 'GBR' },
  { name: 'Iran', type: 'LOC', actor: 'IRN' },
  { name: 'Armenia', type: 'LOC', actor: 'ARM' },
  { name: 'Azerbaijan', type: 'LOC', actor: 'AZE' },
  { name: 'Washington', type: 'LOC', actor: 'USA' },
  { name: 'Korea Utara', type: 'LOC', actor: 'PRK', aliases: ['Korut'] },
  { name: 'Pyongyang', type: 'LOC', actor: 'PRK' },
  { name: 'Moskow', type: 'LOC', actor: 'RUS' },
  { name: 'Prabowo Subianto', type: 'PER', actor: 'IDNGOV', aliases: ['Prabowo'] },
  { name: 'Kanada', type: 'LOC', actor: 'CAN' },
  { name: 'Anwar Ibrahim', type: 'PER', actor: 'MYSGOV', aliases: ['Anwar'] },
  { name: 'Kuala Lumpur', type: 'LOC', actor: 'MYS' },
  { name: 'Komisi Pemberantasan Korupsi', type: 'ORG', actor: 'IDNJUD', aliases: ['KPK'] },
  { name: 'Hamas', type: 'ORG', actor: 'PSEREB' },
  { name: 'Dewan Keamanan PBB', type: 'ORG', actor: 'IGOUNO' },
];
