/**
 * `warta eval entities [PATH…]`: entity precision, recall and F1 (matched by name or alias and type)
 * and actor-code accuracy on the matched entities, per gold file and overall. Gold files in the eval-dev
 * format (default: ../shared/eval-dev plus the seed gold); texts from the Detik corpus by id, else a
 * .txt named like the gold file beside it.
 */
import { basename } from 'node:path';
import type { Command } from 'commander';
import { createAnalyzer } from '../pipeline.js';
import { addEntityScores, emptyEntityScore, prf, scoreEntities, type EntityScore, type GoldEntity } from '../entities/eval.js';
import type { Runner } from './eval.js';
import { defaultCorpus, goldFiles, goldInput, readGold } from '../eval/gold.js';
import { writeOut } from './output.js';

interface Flags {
  corpus?: string;
  verbose?: boolean;
  json?: boolean;
}

interface GoldDoc {
  id: string;
  published?: string | null;
  entities: GoldEntity[];
}


export function registerEvalEntities(ev: Command, run: Runner): void {
  ev.command('entities')
    .description('entity P/R/F1 (by name or alias and type) and actor-code accuracy against gold files')
    .argument('[paths...]', 'gold .json files or folders of them (default: ../shared/eval-dev and the seed gold)')
    .option('--corpus <file>', 'JSON Lines corpus holding the texts by id (default: ../shared/corpus/detik-2025/articles.jsonl)')
    .option('-v, --verbose', 'list missed gold entities, spurious ones and actor disagreements')
    .option('--json', 'print the figures as JSON')
    .action((paths: string[], flags: Flags) => run(() => evalEntities(paths, flags)));
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

async function evalEntities(paths: string[], flags: Flags): Promise<number> {
  const files = goldFiles(paths);
  const analyzer = await createAnalyzer();
  let total: EntityScore = emptyEntityScore();
  const lines: string[] = [`${'file'.padEnd(30)} gold pred  hit     P     R    F1  actor`];
  const json: Record<string, unknown>[] = [];
  for (const file of files) {
    const gold = readGold<GoldDoc>(file, ['entities']);
    const input = goldInput(file, gold.id, flags.corpus ?? defaultCorpus());
    if (!input.published && gold.published) input.published = gold.published;
    const record = analyzer.analyze(input);
    const { score, alignment } = scoreEntities(gold.entities, record.entities);
    total = addEntityScores(total, score);
    const { p, r, f } = prf(score);
    json.push({ file, ...score, precision: p, recall: r, f1: f, actorAccuracy: score.matched ? score.actor / score.matched : null });
    lines.push(
      `${basename(file).slice(0, 30).padEnd(30)} ${String(score.gold).padStart(4)} ${String(score.predicted).padStart(4)} ${String(score.matched).padStart(4)} ${pct(p)} ${pct(r)} ${pct(f)}  ${`${score.actor}/${score.matched}`.padStart(5)}`,
    );
    if (flags.verbose) {
      for (const a of alignment) {
        if (!a.found) lines.push(`    MISS ${a.gold.type} ${a.gold.name} [${a.gold.actor ?? 'null'}]`);
        else if ((a.gold.actor ?? null) !== a.found.actor) lines.push(`    CODE ${a.gold.type} ${a.gold.name}: gold ${a.gold.actor ?? 'null'}, found ${a.found.actor ?? 'null'}`);
      }
      const hit = new Set(alignment.map((a) => a.found).filter(Boolean));
      for (const e of record.entities)
        if (!hit.has(e)) lines.push(`    XTRA ${e.type} ${e.name} [${e.actor ?? 'null'}] «${[...new Set(e.mentions.map((m) => m.text))].join(' | ')}»`);
    }
  }
  const { p, r, f } = prf(total);
  lines.push(
    `${'ALL'.padEnd(30)} ${String(total.gold).padStart(4)} ${String(total.predicted).padStart(4)} ${String(total.matched).padStart(4)} ${pct(p)} ${pct(r)} ${pct(f)}  ${`${total.actor}/${total.matched}`.padStart(5)}`,
  );
  lines.push('(match = same type and a shared name or alias; actor = identical code on matched entities, null = null)');
  if (flags.json) {
    await writeOut(JSON.stringify({ files: json, overall: { ...total, precision: p, recall: r, f1: f, actorAccuracy: total.matched ? total.actor / total.matched : null } }, null, 2) + '\n');
  } else await writeOut(lines.join('\n') + '\n');
  return 0;
}
