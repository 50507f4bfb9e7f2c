/** `warta train ner`: trains the NER tagger from the corpora (fixed seed, reproducible) and writes the model. */
import { InvalidArgumentError, type Command } from 'commander';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../util/errors.js';
import { defaultNerDataDir } from '../entities/tagger/corpora.js';
import { RECIPE_DEFAULTS, defaultUdDir, modelFile, trainRecipe } from '../entities/tagger/recipe.js';
import { dataPath } from '../util/paths.js';
import { parseIntOption } from './options.js';

interface TrainNerFlags {
  data?: string;
  ud?: string;
  gazetteer?: string;
  out?: string;
  seed: number;
  epochs: number;
  ensemble: number;
  dev: boolean;
  quiet?: boolean;
}

function parseSeed(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) > 0xffffffff) throw new InvalidArgumentError('expected a whole number from 0 to 4294967295.');
  return Number(value);
}

export function registerTrain(program: Command, run: (fn: () => Promise<number>) => void): void {
  const tr = program.command('train').description('train models from annotated data');
  tr.command('ner')
    .description('train the PER/ORG/LOC tagger from idner-news-2k, NER-UI and NERGrit (same data and seed: same model, byte for byte)')
    .option('--data <dir>', 'folder with idner-news-2k/, nerui/, nergrit/ (default: ../shared/data/ner)')
    .option('--ud <dir>', 'folder of UD CoNLL-U files used as unlabeled text (default: ud/ beside the data folder)')
    .option('--gazetteer <file>', 'name<TAB>PER|ORG|LOC word lists (default: kb/gazetteer.tsv when present)')
    .option('--out <dir>', 'folder to write model.bin into (default: models/ner of this installation)')
    .option('--seed <n>', 'random seed', parseSeed, RECIPE_DEFAULTS.seed)
    .option('--epochs <n>', 'passes over the data', parseIntOption, RECIPE_DEFAULTS.epochs)
    .option('--ensemble <n>', 'models (seeds seed … seed+n-1) whose weights are averaged', parseIntOption, RECIPE_DEFAULTS.ensemble)
    .option('--no-dev', 'train on the training splits only (the shipped model also uses the dev splits)')
    .option('--quiet', 'no progress messages')
    .action((flags: TrainNerFlags) =>
      run(async () => {
        const dataDir = resolve(flags.data ?? defaultNerDataDir());
        if (flags.gazetteer !== undefined && !existsSync(flags.gazetteer)) throw new UserError(`--gazetteer: ${flags.gazetteer}: no such file`);
        if (flags.data !== undefined && !existsSync(dataDir)) throw new UserError(`--data: ${flags.data}: no such folder`);
        const started = Date.now();
        const progress = (m: string): void => {
          if (!flags.quiet) process.stderr.write(`warta train ner: ${m}\n`);
        };
        const model = trainRecipe({
          dataDir,
          udDir: resolve(flags.ud ?? defaultUdDir(dataDir)),
          gazetteer: flags.gazetteer ? resolve(flags.gazetteer) : dataPath('kb', 'gazetteer.tsv'),
          seed: flags.seed,
          epochs: flags.epochs,
          ensemble: flags.ensemble,
          withDev: flags.dev,
          memoryFolds: RECIPE_DEFAULTS.memoryFolds,
          learningRate: RECIPE_DEFAULTS.learningRate,
          progress,
        });
        const out = modelFile(resolve(flags.out ?? dataPath('models', 'ner')));
        model.save(out);
        progress(`wrote ${out} (${model.keys.length} features) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        return 0;
      }),
    );
}
