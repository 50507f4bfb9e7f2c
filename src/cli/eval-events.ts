/**
 * `warta eval events [PATH…]`: event precision, recall and F1 against gold files in the eval-dev
 * format (default: ../shared/eval-dev plus the seed gold), texts from the Detik corpus by id or
 * from a text file named like the gold file. --gold-entities / --gold-times feed the events stage
 * the gold entities and times instead of the pipeline's, to measure the stage on its own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { createAnalyzer } from '../pipeline.js';
import { segment } from '../segment/sentences.js';
import { dataLangFor } from '../lang/data.js';
import { createEventStage } from '../events/index.js';
import {
  addScores,
  alignEvents,
  parsePetrarch,
  scorePetrarch,
  emptyScore,
  oracleEntities,
  oracleTimes,
  prf,
  scoreEvents,
  type EventScore,
  type GoldDoc,
} from '../events/eval.js';
import { parsePloverGsr, ploverFound } from '../events/eval-plover.js';
import type { Entity, Event } from '../record/schema.js';
import { UserError } from '../util/errors.js';
import type { Runner } from './eval.js';
import { defaultCorpus, goldFiles, goldInput, readGold, sharedPath } from '../eval/gold.js';
import { writeOut } from './output.js';

interface Flags {
  corpus?: string;
  goldEntities?: boolean;
  goldTimes?: boolean;
  verbose?: boolean;
  petrarch?: string | boolean;
  plover?: string | boolean;
}


export function registerEvalEvents(ev: Command, run: Runner): void {
  ev.command('events')
    .description('event precision/recall/F1 (CAMEO root + source + target) against gold files')
    .argument('[paths...]', 'gold .json files or folders of them (default: ../shared/eval-dev and the seed gold)')
    .option('--corpus <file>', 'JSON Lines corpus holding the texts by id (default: ../shared/corpus/detik-2025/articles.jsonl)')
    .option('--gold-entities', 'give the events stage the gold entities (measures the stage alone)')
    .option('--gold-times', 'give the events stage the gold times')
    .option('-v, --verbose', 'list every gold event (hit or missed) and every spurious prediction')
    .option('--petrarch [file]', 'English check on PETRARCH validation sentences (default: ../shared/data/events/gold/PETR2_GSR_validation.xml)')
    .option('--plover [file]', 'English check on the PLOVER gold standard sentences (default: ../shared/data/events/gold/PLOVER_GSR_CAMEO.txt)')
    .action((paths: string[], flags: Flags) =>
      run(() => {
        if (flags.petrarch && flags.plover) throw new UserError('--petrarch and --plover: give one of them');
        return flags.petrarch ? evalPetrarch(flags) : flags.plover ? evalPlover(flags) : evalEvents(paths, flags);
      }),
    );
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
const ratio = (a: number, b: number): string => (b ? `${a}/${b}` : '-');

function describe(e: Event, byId: Map<string, Entity>): string {
  const name = (r: Event['source']): string => (r ? (r.entity ? (byId.get(r.entity)?.name ?? r.entity) : '?') + (r.actor ? `[${r.actor}]` : '') : 'null');
  return `${name(e.source)} ${e.code} ${name(e.target)} ${e.modality}${e.date ? ` ${e.date}` : ''} «${e.trigger.text}»`;
}

async function evalEvents(paths: string[], flags: Flags): Promise<number> {
  const files = goldFiles(paths);
  const analyzer = await createAnalyzer();
  const events = await createEventStage();
  let total: EventScore = emptyScore();
  const lines: string[] = [];
  lines.push(`${'file'.padEnd(28)} gold pred  hit     P     R    F1  code  mod  date`);
  for (const file of files) {
    const gold = readGold<GoldDoc>(file, ['entities', 'events']);
    const input = goldInput(file, gold.id, flags.corpus ?? defaultCorpus());
    if (!input.published && gold.published) input.published = gold.published;
    const record = analyzer.analyze(input);
    let predicted = record.events;
    let entities = record.entities;
    if (flags.goldEntities || flags.goldTimes) {
      const dataLang = dataLangFor(record.lang);
      const seg = segment(record.text, record.meta.body, dataLang);
      entities = flags.goldEntities ? oracleEntities(record.text, gold, record.meta.body) : record.entities;
      const times = flags.goldTimes ? oracleTimes(record.text, gold, record.meta.body) : record.times;
      predicted = events({ id: record.id, lang: record.lang, dataLang, text: record.text, meta: record.meta, seg, entities, times, quotes: record.quotes });
    }
    const s = scoreEvents(gold, predicted, entities);
    total = addScores(total, s);
    const { p, r, f } = prf(s);
    lines.push(
      `${basename(file).slice(0, 28).padEnd(28)} ${String(s.gold).padStart(4)} ${String(s.predicted).padStart(4)} ${String(s.matched).padStart(4)} ${pct(p)} ${pct(r)} ${pct(f)}  ${ratio(s.exactCode, s.matched).padStart(4)} ${ratio(s.modality, s.matched).padStart(4)} ${ratio(s.date, s.matched).padStart(4)}`,
    );
    if (flags.verbose) {
      const byId = new Map(entities.map((e) => [e.id, e]));
      const al = alignEvents(gold, predicted, entities);
      for (const a of al) {
        const g = a.gold;
        lines.push(`    ${a.predicted ? 'HIT ' : 'MISS'} ${g.source} ${g.cameo} ${g.target} ${g.modality ?? ''} ${g.date ?? ''}${a.predicted ? `  ← ${describe(a.predicted, byId)}` : `  «${(g.evidence ?? '').slice(0, 80)}»`}`);
      }
      const hit = new Set(al.map((a) => a.predicted).filter(Boolean));
      for (const e of predicted) if (!hit.has(e)) lines.push(`    XTRA ${describe(e, byId)}`);
    }
  }
  const { p, r, f } = prf(total);
  lines.push(
    `${'ALL'.padEnd(28)} ${String(total.gold).padStart(4)} ${String(total.predicted).padStart(4)} ${String(total.matched).padStart(4)} ${pct(p)} ${pct(r)} ${pct(f)}  ${ratio(total.exactCode, total.matched).padStart(4)} ${ratio(total.modality, total.matched).padStart(4)} ${ratio(total.date, total.matched).padStart(4)}`,
  );
  const mode = [flags.goldEntities ? 'gold entities' : 'pipeline entities', flags.goldTimes ? 'gold times' : 'pipeline times'].join(', ');
  lines.push(`(match = same CAMEO root, source and target by name/alias or actor code; ${mode}; code/mod/date = agreement among hits)`);
  await writeOut(lines.join('\n') + '\n');
  return 0;
}

/** English: the PETRARCH-2 validation sentences, matched by root and country-level source and target codes. */
async function evalPetrarch(flags: Flags): Promise<number> {
  const file = typeof flags.petrarch === 'string' ? flags.petrarch : sharedPath('data', 'events', 'gold', 'PETR2_GSR_validation.xml');
  if (!existsSync(file)) throw new UserError(`${file}: not found (the PETRARCH validation file lives in ../shared/data/events/gold)`);
  const records = parsePetrarch(readFileSync(file, 'utf8'));
  if (records.length === 0) throw new UserError(`${file}: no <Sentence> records with <Text> found`);
  const analyzer = await createAnalyzer({ lang: 'en' });
  let total = emptyScore();
  const lines: string[] = [];
  for (const rec of records) {
    const record = analyzer.analyze({ id: rec.id, text: rec.text, title: null, url: null, published: rec.date, lang: 'en', origin: file, warnings: [] });
    const s = scorePetrarch(rec, record.events);
    total = addScores(total, s);
    if (flags.verbose) {
      const got = record.events.map((e) => `${e.source?.actor ?? '?'} ${e.code} ${e.target?.actor ?? '-'}`).join('; ') || '(none)';
      const want = rec.codings.map((c) => `${c.source} ${c.code} ${c.target}`).join('; ') || '(none)';
      lines.push(`${s.matched === s.gold && s.predicted === s.gold ? 'OK  ' : 'DIFF'} ${rec.id}: want ${want} | got ${got}`);
    }
  }
  const { p, r, f } = prf(total);
  lines.push(`PETRARCH sentences ${records.length}: gold ${total.gold} pred ${total.predicted} hit ${total.matched}  P ${pct(p)} R ${pct(r)} F1 ${pct(f)}  exact code ${ratio(total.exactCode, total.matched)}`);
  lines.push('(match = same CAMEO root, source and target agreeing on the country code, or on the role when the gold has no country)');
  await writeOut(lines.join('\n') + '\n');
  return 0;
}

/**
 * English: the PLOVER gold standard sentences (one event each), found when a predicted event has the
 * PLOVER type and, where the gold names them, a source and a target of the gold actors' countries.
 */
async function evalPlover(flags: Flags): Promise<number> {
  const file = typeof flags.plover === 'string' ? flags.plover : sharedPath('data', 'events', 'gold', 'PLOVER_GSR_CAMEO.txt');
  if (!existsSync(file)) throw new UserError(`${file}: not found (the PLOVER gold standard lives in ../shared/data/events/gold)`);
  let records;
  try {
    records = parsePloverGsr(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UserError(`${file}: not a PLOVER gold standard file (${(e as Error).message.split('\n')[0]})`);
  }
  if (records.length === 0) throw new UserError(`${file}: no English records with a text and an event type`);
  const analyzer = await createAnalyzer({ lang: 'en' });
  const byType = new Map<string, { gold: number; found: number; typeFound: number }>();
  let predicted = 0;
  let found = 0;
  let typeFound = 0;
  const lines: string[] = [];
  for (const rec of records) {
    const record = analyzer.analyze({ id: rec.id, text: rec.text, title: null, url: null, published: null, lang: 'en', origin: file, warnings: [] });
    const r = ploverFound(rec, record.events);
    predicted += record.events.length;
    if (r.found) found++;
    if (r.typeFound) typeFound++;
    const t = byType.get(rec.fileType) ?? { gold: 0, found: 0, typeFound: 0 };
    t.gold++;
    if (r.found) t.found++;
    if (r.typeFound) t.typeFound++;
    byType.set(rec.fileType, t);
    if (flags.verbose) {
      const got = record.events.map((e) => `${e.source?.actor ?? '?'} ${e.plover ?? e.code} ${e.target?.actor ?? '-'}`).join('; ') || '(none)';
      const want = `${rec.sources.join('/') || '?'} ${rec.type} ${rec.targets.join('/') || '-'}`;
      lines.push(`${r.found ? 'HIT ' : 'MISS'} ${rec.id}: want ${want} | got ${got}`);
    }
  }
  const n = records.length;
  const p = predicted ? found / predicted : 0;
  const r = found / n;
  const f = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  lines.push(`${'type (file)'.padEnd(14)} gold found  type right`);
  for (const [type, t] of [...byType].sort((a, b) => b[1].gold - a[1].gold)) {
    lines.push(`${type.padEnd(14)} ${String(t.gold).padStart(4)} ${String(t.found).padStart(5)} ${String(t.typeFound).padStart(11)}`);
  }
  lines.push(`PLOVER sentences ${n}: gold ${n} pred ${predicted} found ${found}  P ${pct(p)} R ${pct(r)} F1 ${pct(f)}  type right ${typeFound}/${n}`);
  lines.push('(found = an event of the PLOVER type whose source and target are of the gold actors\' countries where the gold names them;');
  lines.push(' the file\'s DEMAND is REQUEST in PLOVER 2021, DISAPPROVE and INVESTIGATE are ACCUSE, FIGHT is ASSAULT)');
  await writeOut(lines.join('\n') + '\n');
  return 0;
}
