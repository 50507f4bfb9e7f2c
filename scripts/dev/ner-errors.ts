/** Error listing on a dev split: trains on the training splits, prints wrong/missed entities. Dev use only. */
import { CORPUS_NAMES, defaultNerDataDir, loadCorpus } from '../../src/entities/tagger/corpora.js';
import { train } from '../../src/entities/tagger/train.js';
import { TEMPLATES } from '../../src/entities/tagger/features.js';
import { ModelTagger } from '../../src/entities/tagger/tagger.js';
import { spansOf } from '../../src/entities/tagger/metrics.js';
import { ENTITY_TYPES } from '../../src/entities/tagger/labels.js';

const which = process.argv[2] ?? 'idner';
const dir = defaultNerDataDir();
const { model } = train(CORPUS_NAMES.map((n) => loadCorpus(dir, n, 'train')), { templates: [...TEMPLATES], epochs: 10, seed: 1 });
const tagger = new ModelTagger(model, which);
const kinds = new Map<string, number>();
for (const s of loadCorpus(dir, which, 'dev').sentences) {
  const pred = Array.from(tagger.tagIds(s.words));
  const g = spansOf(s.labels!);
  const p = spansOf(pred);
  const k = (x: { start: number; end: number; type: number }): string => `${x.start}:${x.end}`;
  const gm = new Map(g.map((x) => [k(x), x]));
  const pm = new Map(p.map((x) => [k(x), x]));
  const txt = (x: { start: number; end: number }): string => s.words.slice(Math.max(0, x.start - 2), x.start).join(' ') + ' [' + s.words.slice(x.start, x.end).join(' ') + '] ' + s.words.slice(x.end, x.end + 2).join(' ');
  for (const x of g) {
    const y = pm.get(k(x));
    if (!y) { console.log(`MISS ${ENTITY_TYPES[x.type]}  ${txt(x)}`); kinds.set('miss-or-boundary', (kinds.get('miss-or-boundary') ?? 0) + 1); }
    else if (y.type !== x.type) { console.log(`TYPE ${ENTITY_TYPES[x.type]}->${ENTITY_TYPES[y.type]}  ${txt(x)}`); kinds.set('type', (kinds.get('type') ?? 0) + 1); }
  }
  for (const y of p) if (!gm.has(k(y))) { console.log(`SPUR ${ENTITY_TYPES[y.type]}  ${txt(y)}`); kinds.set('spurious-or-boundary', (kinds.get('spurious-or-boundary') ?? 0) + 1); }
}
console.log(kinds);
