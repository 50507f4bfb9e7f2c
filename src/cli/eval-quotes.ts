/** `warta eval quotes [PATH…]`: the quotes stage against eval-dev gold files and PFSA-ID (figures on stdout). */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { packageRoot } from '../util/paths.js';
import { collectInputs, evalDev, evalPfsa } from '../quotes/eval/run.js';
import { type Counts, prf } from '../quotes/eval/devset.js';
import type { PfsaCounts } from '../quotes/eval/pfsa.js';
import type { Runner } from './eval.js';
import { writeOut } from './output.js';

interface Flags {
  corpus?: string;
  errors?: boolean;
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

function line(name: string, tp: number, found: number, gold: number): string {
  const s = prf(tp, found, gold);
  return `    ${name.padEnd(17)} gold ${String(gold).padStart(4)}  found ${String(found).padStart(4)}  right ${String(tp).padStart(4)}  P ${pct(s.p)}  R ${pct(s.r)}  F1 ${pct(s.f)}\n`;
}

function ratio(a: number, b: number): string {
  return `${pct(b ? a / b : 0)} (${a}/${b})`;
}

function devBlock(title: string, c: Counts): string {
  return (
    `  ${title}\n` +
    line('direct', c.direct, c.foundDirect, c.goldDirect) +
    line('direct+speaker', c.directSpeaker, c.foundDirect, c.goldDirect) +
    line('reported', c.reported, c.foundReported, c.goldReported) +
    `    speaker accuracy on found quotes (direct and reported) ${ratio(c.matchedSpeaker, c.matched)}\n`
  );
}

function pfsaBlock(c: PfsaCounts, a: PfsaCounts): string {
  return (
    line('statement tokens', c.tokenHits, c.foundTokens, c.goldTokens) +
    line('statement spans', c.exactSpans, c.foundSpans, c.goldSpans) +
    '    speaker accuracy on found statements      pipeline entities    annotated persons\n' +
    `      cue names the speaker (kata Roland)     ${ratio(c.namedRight, c.namedTotal).padEnd(20)} ${ratio(a.namedRight, a.namedTotal)}\n` +
    `      all (for a clitic cue, gold = the last  ${ratio(c.speakerRight, c.speakerTotal).padEnd(20)} ${ratio(a.speakerRight, a.speakerTotal)}\n` +
    '           annotated person before it)\n'
  );
}

export function registerEvalQuotes(ev: Command, run: Runner): void {
  ev.command('quotes')
    .description('quotes and speakers: eval-dev gold files (*.json) and PFSA-ID token files (*.txt)')
    .argument(
      '[paths...]',
      'folders or files (default: ../shared/eval-dev, ../shared/seed/antara-2024-kim-putin.gold.json, ../shared/data/quotes/pfsa-id/test.txt)',
    )
    .option('--corpus <file>', 'JSON Lines corpus holding the eval-dev texts (default: ../shared/corpus/detik-2025/articles.jsonl)')
    .option('--errors', 'also list every missed quote, extra quote and wrong speaker (eval-dev)')
    .action((paths: string[], flags: Flags) =>
      run(async () => {
        const shared = resolve(packageRoot(), '..', 'shared');
        const inputs = collectInputs(
          paths.length > 0
            ? paths
            : [resolve(shared, 'eval-dev'), resolve(shared, 'seed/antara-2024-kim-putin.gold.json'), resolve(shared, 'data/quotes/pfsa-id/test.txt')],
        );
        let out = '';
        if (inputs.devDirs.length > 0 || inputs.goldFiles.length > 0) {
          const r = await evalDev(inputs.devDirs, inputs.goldFiles, flags.corpus ?? resolve(shared, 'corpus/detik-2025/articles.jsonl'));
          out += `eval-dev (${r.files} articles; a quote matches by its first words, a speaker by name or alias)\n`;
          out += devBlock("with the pipeline's entities", r.pipeline);
          out += devBlock('with the gold entities (speaker attribution alone)', r.gold);
          if (flags.errors) for (const e of r.errors) out += `    ${e}\n`;
        }
        if (inputs.pfsa.length > 0) {
          const r = await evalPfsa(inputs.pfsa);
          out += `PFSA-ID (${r.docs} documents; STATEMENT = direct quotations of public figures; tokens include the marks, spans do not)\n`;
          out += pfsaBlock(r.pipeline, r.annotated);
        }
        await writeOut(out);
        return 0;
      }),
    );
}
