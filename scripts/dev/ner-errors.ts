/** Error listing on a dev split: trains the recipe on the training splits only, prints wrong/missed entities. Dev use only. */
import { CORPUS_NAMES, defaultNerDataDir, loadCorpus } from '../../src/entities/tagger/corpora.js';
import { RECIPE_DEFAULTS, defaultUdDir, trainRecipe } from '../../src/entities/tagger/recipe.js';
import { ModelTagger } from '../../src/entities/tagger/tagger.js';
import { spansOf } from '../../src/entities/tagger/metrics.js';
import { ENTITY_TYPES } from '../../src/entities/tagger/labels.js';
import { dataPath } from '../../src/util/paths.js';

const which = process.argv[2] ?? 'idner';
const dir = defaultNerDataDir();
const model = trainRecipe({ ...RECIPE_DEFAULTS, dataDir: dir, udDir: defaultUdDir(dir), gazetteer: dataPath('kb', 'gazetteer.tsv'), withDev: false, progress: () => {} });
if (process.argv[3]) model.save(process.argv[3]);
const tagger = new ModelTagger(model, which);
const kinds = new Map<string, number>();
const count = (k: string): void => void kinds.set(k, (kinds.get(k) ?? 0) + 1);
for (const s of loadCorpus(dir, which, 'dev').sentences) {
  const pred = Array.from(tagger.tagIds(s.words));
  const g = spansOf(s.labels!);
  const p = spansOf(pred);
  const k = (x: { start: number; end: number }): string => `${x.start}:${x.end}`;
  const gm = new Map(g.map((x) => [k(x), x]));
  const pm = new Map(p.map((x) => [k(x), x]));
  const txt = (x: { start: number; end: number }): string =>
    s.words.slice(Math.max(0, x.start - 2), x.start).join(' ') + ' [' + s.words.slice(x.start, x.end).join(' ') + '] ' + s.words.slice(x.end, x.end + 2).join(' ');
  for (const x of g) {
    const y = pm.get(k(x));
    if (!y) console.log(`MISS ${ENTITY_TYPES[x.type]}  ${txt(x)}`), count(`miss ${ENTITY_TYPES[x.type]}`);
    else if (y.type !== x.type) console.log(`TYPE ${ENTITY_TYPES[x.type]}->${ENTITY_TYPES[y.type]}  ${txt(x)}`), count('type');
  }
  for (const y of p) if (!gm.has(k(y))) console.log(`SPUR ${ENTITY_TYPES[y.type]}  ${txt(y)}`), count(`spurious ${ENTITY_TYPES[y.type]}`);
}
console.log(kinds);
void CORPUS_NAMES;
