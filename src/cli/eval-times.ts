/** `warta eval times [PATH…]`: the times stage against TimeML files and the eval-dev gold (figures on stdout). */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { packageRoot } from '../util/paths.js';
import { collectFiles, evalDev, evalTimeml } from '../times/eval/run.js';
import { prf, type Counts } from '../times/eval/score.js';
import type { Runner } from './eval.js';
import { writeOut } from './output.js';

interface Flags {
  corpus?: string;
  errors?: boolean;
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

function row(name: string, c: Counts): string {
  const s = prf(c);
  return `  ${name.padEnd(10)} gold ${String(c.gold).padStart(4)}  found ${String(c.predicted).padStart(4)}  P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  value acc ${pct(s.valueAccuracy)} (${c.valueCorrect}/${c.matched})\n`;
}

function f1(gold: number, predicted: number, correct: number): string {
  const p = predicted ? correct / predicted : 0;
  const r = gold ? correct / gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `gold ${gold}  found ${predicted}  correct ${correct}  P ${pct(p)}  R ${pct(r)}  F1 ${pct(f)}`;
}

export function registerEvalTimes(ev: Command, run: Runner): void {
  ev.command('times')
    .description('time expressions: TimeML files (*.tml, e.g. IndoTimex) and eval-dev gold (*.json)')
    .argument('[paths...]', 'files or folders (default: ../shared/data/timex/indotimex and ../shared/eval-dev)')
    .option('--corpus <file>', 'JSON Lines corpus holding the eval-dev texts (default: ../shared/corpus/detik-2025/articles.jsonl)')
    .option('--errors', 'also list every miss, false alarm and wrong value')
    .action((paths: string[], flags: Flags) =>
      run(async () => {
        const shared = resolve(packageRoot(), '..', 'shared');
        const inputs = paths.length > 0 ? paths : [resolve(shared, 'data/timex/indotimex'), resolve(shared, 'eval-dev')];
        const { timeml, dev } = collectFiles(inputs);
        let out = '';
        if (timeml.length > 0) {
          const r = evalTimeml(timeml);
          out += `TimeML (${r.files} files; spans match by overlap; value accuracy on matched expressions)\n`;
          out += row('DATE', r.byType.DATE) + row('TIME', r.byType.TIME) + row('DATE+TIME', r.byType['DATE+TIME']);
          if (flags.errors) for (const e of r.errors) out += `    ${e.file}  ${e.kind.padEnd(8)} ${e.text}  gold=${e.gold ?? '-'}  found=${e.predicted ?? '-'}\n`;
        }
        if (dev.length > 0) {
          const corpus = flags.corpus ?? resolve(shared, 'corpus/detik-2025/articles.jsonl');
          const r = await evalDev(dev, corpus);
          out += `eval-dev (${r.files} files; distinct (text, value) pairs; calendar dates only)\n`;
          out += `  strict     ${f1(r.strict.gold, r.strict.predicted, r.strict.correct)}\n`;
          out += `  relaxed    ${f1(r.relaxed.gold, r.relaxed.predicted, r.relaxed.correct)}   (one text inside the other)\n`;
          if (flags.errors) for (const e of r.errors) out += `    ${e.file}  ${e.kind.padEnd(8)} ${e.text}  ${e.value}\n`;
        }
        await writeOut(out);
        return 0;
      }),
    );
}
