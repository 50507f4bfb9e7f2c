/**
 * NER tagger figures: model size, load time, tokens per second on one core (tagging the dev splits of
 * ../shared/data/ner, or the test fixtures when the shared data is absent).
 * Usage: npx tsx scripts/bench-ner.ts [model.bin]
 */
import { statSync } from 'node:fs';
import { CORPUS_NAMES, defaultNerDataDir, hasCorpus, loadCorpus } from '../src/entities/tagger/corpora.js';
import { readConllFile } from '../src/entities/tagger/conll.js';
import { defaultModelPath } from '../src/entities/tagger/index.js';
import { NerModel } from '../src/entities/tagger/model.js';
import { ModelTagger } from '../src/entities/tagger/tagger.js';
import { benchTagger } from '../src/entities/tagger/bench.js';

const path = process.argv[2] ?? defaultModelPath();
const t0 = process.hrtime.bigint();
const model = NerModel.load(path);
const tagger = new ModelTagger(model);
const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
const dir = defaultNerDataDir();
const sentences = CORPUS_NAMES.every((n) => hasCorpus(dir, n, 'dev'))
  ? CORPUS_NAMES.flatMap((n) => loadCorpus(dir, n, 'dev').sentences.map((s) => s.words))
  : readConllFile(new URL('../test/entities/tagger/fixtures/toy-idner.txt', import.meta.url).pathname, { tags: true }).sentences.map((s) => s.words);
const b = benchTagger(tagger, sentences, 3);
console.log(
  JSON.stringify({
    model: path,
    bytes: statSync(path).size,
    features: model.keys.length,
    loadMs: Math.round(loadMs),
    tokensPerSecond: Math.round(b.tokensPerSecond),
    tokens: b.tokens,
    seconds: Number(b.seconds.toFixed(2)),
    rssMB: Math.round(process.memoryUsage().rss / 1e6),
  }),
);
