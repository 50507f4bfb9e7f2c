/** `warta ner --conll FILE`: the tagger's BIO tag for every token of a CoNLL-style file, in input order. */
import type { Command } from 'commander';
import { readConllFile } from '../entities/tagger/conll.js';
import { loadModel, ModelTagger } from '../entities/tagger/index.js';
import { UserError } from '../util/errors.js';
import { writeOut } from './output.js';
import { domainFor } from './ner-domain.js';

interface NerFlags {
  conll?: string;
  model?: string;
  domain: string;
}

export function registerNer(program: Command, run: (fn: () => Promise<number>) => void): void {
  program
    .command('ner')
    .description('tag the tokens of a CoNLL-style file (token in the first column) with PER/ORG/LOC BIO tags')
    .requiredOption('--conll <file>', 'CoNLL-style input: one token a line, blank lines between sentences')
    .option('--model <file>', 'model file (default: the shipped models/ner/model.bin)')
    .option('--domain <name>', 'annotation conventions to follow: auto, none, or a training corpus (idner, nerui, nergrit)', 'auto')
    .addHelpText('after', '\nPrints token<TAB>tag per input token, a blank line after each sentence.')
    .action((flags: NerFlags) =>
      run(async () => {
        if (!flags.conll) throw new UserError('--conll: a file is required');
        const doc = readConllFile(flags.conll, { tags: false });
        const model = loadModel(flags.model);
        const tagger = new ModelTagger(model, domainFor(model, flags.domain, flags.conll));
        const lines: string[] = [];
        let size = 0;
        for (const s of doc.sentences) {
          const tags = tagger.tag(s.words);
          for (let i = 0; i < s.words.length; i++) lines.push(`${s.words[i]}\t${tags[i]}\n`);
          lines.push('\n');
          size += s.words.length;
          if (size > 50_000) {
            await writeOut(lines.join(''));
            lines.length = 0;
            size = 0;
          }
        }
        await writeOut(lines.join(''));
        return 0;
      }),
    );
}
