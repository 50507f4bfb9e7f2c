/**
 * Measuring quotes against gold files in the eval-dev format (see ../shared/eval-dev/README.md):
 * a gold quote is its first 4–6 words (`start`), whether it is direct, and its speaker's name;
 * a found quote matches when its text begins with those words, and its speaker is right when
 * the entity's name or one of its mentions is the gold speaker's name or one of its aliases.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { AnalysisRecord, Entity, EntityType, Quote } from '../../record/schema.js';
import { UserError } from '../../util/errors.js';

export interface GoldEntity {
  name: string;
  type: EntityType;
  aliases?: string[];
}

export interface GoldQuote {
  speaker: string | null;
  start: string;
  direct: boolean;
}

export interface GoldFile {
  id: string;
  published?: string | null;
  entities: GoldEntity[];
  quotes: GoldQuote[];
}

export interface DevDoc {
  id: string;
  text: string;
  title: string | null;
  published: string | null;
  gold: GoldFile;
}

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (e) {
    throw new UserError(`cannot read ${path}: ${(e as Error).message}`);
  }
}

/** Gold files (`*.json` in `evalDir`) with their texts, found by id in the JSON Lines corpus. */
export function loadDevFolder(evalDir: string, corpusPath: string): DevDoc[] {
  if (!existsSync(evalDir)) throw new UserError(`no gold folder at ${evalDir} (the eval-dev data is in ../shared/eval-dev)`);
  const golds = readdirSync(evalDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readJson<GoldFile>(join(evalDir, f)));
  if (golds.length === 0) throw new UserError(`no gold files found in ${evalDir}`);
  if (!existsSync(corpusPath)) throw new UserError(`no corpus at ${corpusPath} (the texts of the gold files)`);
  const want = new Map(golds.map((g) => [g.id, g]));
  const docs: DevDoc[] = [];
  for (const line of readFileSync(corpusPath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    let rec: { id?: string; text?: string; title?: string; published?: string };
    try {
      rec = JSON.parse(line);
    } catch {
      continue;
    }
    const g = rec.id !== undefined ? want.get(rec.id) : undefined;
    if (!g || typeof rec.text !== 'string') continue;
    want.delete(g.id);
    docs.push({ id: g.id, text: rec.text, title: rec.title ?? null, published: g.published ?? rec.published ?? null, gold: g });
  }
  if (want.size > 0) throw new UserError(`texts missing from ${corpusPath}: ${[...want.keys()].join(', ')}`);
  return docs.sort((x, y) => x.id.localeCompare(y.id));
}

/** One gold file whose text lies in its own file (the seed article). */
export function loadGoldFile(goldPath: string, textPath: string): DevDoc {
  const g = readJson<GoldFile>(goldPath);
  if (!Array.isArray(g.quotes) || !Array.isArray(g.entities)) throw new UserError(`${goldPath}: not a gold file (no quotes or entities)`);
  let text: string;
  try {
    text = readFileSync(textPath, 'utf8');
  } catch (e) {
    throw new UserError(`cannot read ${textPath}: ${(e as Error).message}`);
  }
  return { id: g.id ?? basename(goldPath), text, title: null, published: g.published ?? null, gold: g };
}

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/["“”„«»'‘’]/gu, '')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s,.;:!?()-]+/u, '')
    .trim();

/** True when the found quote's text begins with the gold quote's first words. */
export function startsMatch(found: string, goldStart: string): boolean {
  const g = norm(goldStart).replace(/[\s,.;:!?]+$/u, '');
  return g.length > 0 && norm(found).startsWith(g);
}

function nameForms(e: { name: string; aliases?: string[] }): string[] {
  return [e.name, ...(e.aliases ?? [])].map((s) => s.toLowerCase().replace(/\s+/gu, ' ').trim()).filter(Boolean);
}

function containsWords(hay: string, needle: string): boolean {
  return needle.length >= 4 && ` ${hay} `.includes(` ${needle} `);
}

/** Whether the found speaker (an entity of the record, or null) is the gold speaker. */
export function speakerMatches(found: Entity | null, goldName: string | null, goldEntities: GoldEntity[]): boolean {
  if (goldName === null) return found === null;
  if (found === null) return false;
  const gold = goldEntities.find((e) => e.name === goldName) ?? { name: goldName };
  const want = nameForms(gold);
  const have = [found.name, ...found.mentions.map((m) => m.text)].map((s) => s.toLowerCase().replace(/\s+/gu, ' ').trim());
  return have.some((h) => want.some((w) => h === w || containsWords(h, w) || containsWords(w, h)));
}

export interface Counts {
  goldDirect: number;
  foundDirect: number;
  /** direct quotes found with the right first words */
  direct: number;
  /** … and the right speaker */
  directSpeaker: number;
  goldReported: number;
  foundReported: number;
  reported: number;
  /** found quotes (direct or reported) matched to a gold quote, and how many of them have the right speaker */
  matched: number;
  matchedSpeaker: number;
}

export const zeroCounts = (): Counts => ({
  goldDirect: 0,
  foundDirect: 0,
  direct: 0,
  directSpeaker: 0,
  goldReported: 0,
  foundReported: 0,
  reported: 0,
  matched: 0,
  matchedSpeaker: 0,
});

export function addCounts(a: Counts, b: Counts): Counts {
  const out = zeroCounts();
  for (const k of Object.keys(out) as (keyof Counts)[]) out[k] = a[k] + b[k];
  return out;
}

export interface DocScore {
  counts: Counts;
  /** gold quotes not found, found quotes not in the gold, and wrong speakers: for reading */
  missed: GoldQuote[];
  extra: Quote[];
  wrongSpeaker: { gold: GoldQuote; found: Quote; foundName: string | null }[];
}

export function scoreDoc(record: AnalysisRecord, gold: GoldFile): DocScore {
  const counts = zeroCounts();
  const byId = new Map(record.entities.map((e) => [e.id, e]));
  const used = new Set<Quote>();
  const missed: GoldQuote[] = [];
  const wrongSpeaker: DocScore['wrongSpeaker'] = [];
  for (const q of record.quotes) {
    if (q.direct) counts.foundDirect++;
    else counts.foundReported++;
  }
  for (const g of gold.quotes) {
    if (g.direct) counts.goldDirect++;
    else counts.goldReported++;
    const cands = record.quotes.filter((q) => !used.has(q) && startsMatch(q.text, g.start));
    const found = cands.find((q) => q.direct === g.direct) ?? cands[0];
    if (!found) {
      missed.push(g);
      continue;
    }
    used.add(found);
    const entity = found.speaker !== null ? (byId.get(found.speaker) ?? null) : null;
    const right = speakerMatches(entity, g.speaker, gold.entities);
    counts.matched++;
    if (right) counts.matchedSpeaker++;
    else wrongSpeaker.push({ gold: g, found, foundName: entity?.name ?? null });
    if (found.direct === g.direct) {
      if (g.direct) {
        counts.direct++;
        if (right) counts.directSpeaker++;
      } else counts.reported++;
    }
  }
  return { counts, missed, extra: record.quotes.filter((q) => !used.has(q)), wrongSpeaker };
}

export function prf(tp: number, found: number, gold: number): { p: number; r: number; f: number } {
  const p = found > 0 ? tp / found : 0;
  const r = gold > 0 ? tp / gold : 0;
  return { p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}
