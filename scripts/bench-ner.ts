/**
 * NER tagger figures: model size, load time, tokens per second on one core. By default it tags the dev
 * splits of ../shared/data/ner over and over (or the test fixtures when the shared data is absent);
 * with `--corpus FILE.jsonl` it tags the sentences of those articles (`text` field, split by Warta's own
 * segmenter), e.g. ../shared/corpus/detik-2025/articles.jsonl: news text whose vocabulary is larger
 * than the tagger's word cache, so it also measures the cost of words met for the first time.
 * Usage: npx tsx scripts/bench-ner.ts [--corpus FILE.jsonl] [--domain none|idner|nerui|nergrit] [model.bin]
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CORPUS_NAMES, defaultNerDataDir, hasCorpus, loadCorpus } from '../src/entities/tagger/corpora.js';
import { readConllFile } from '../src/entities/tagger/conll.js';
import { defaultModelPath } from '../src/entities/tagger/index.js';
import { NerModel } from '../src/entities/tagger/model.js';
import { ModelTagger } from '../src/entities/tagger/tagger.js';
import { benchTagger } from '../src/entities/tagger/bench.js';
import { segment } from '../src/segment/sentences.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { corpus: { type: 'string' }, domain: { type: 'string' } } });
const path = positionals[0] ?? defaultModelPath();

function corpusSentences(file: string): string[][] {
  const out: string[][] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const text = (JSON.parse(line) as { text?: unknown }).text;
    if (typeof text !== 'string') continue;
    const seg = segment(text, { start: 0, end: text.length }, 'id');
    for (let s = 0; s * 2 < seg.sentenceTokens.length; s++) {
      const words = seg.tokens.slice(seg.sentenceTokens[2 * s], seg.sentenceTokens[2 * s + 1]).map((t) => t.text);
      if (words.length > 0) out.push(words);
    }
  }
  return out;
}

const dir = defaultNerDataDir();
const sentences = values.corpus
  ? corpusSentences(values.corpus)
  : CORPUS_NAMES.every((n) => hasCorpus(dir, n, 'dev'))
    ? CORPUS_NAMES.flatMap((n) => loadCorpus(dir, n, 'dev').sentences.map((s) => s.words))
    : readConllFile(new URL('../test/entities/tagger/fixtures/toy-idner.txt', import.meta.url).pathname, { tags: true }).sentences.map((s) => s.words);
const t0 = process.hrtime.bigint();
const model = NerModel.load(path);
const domain = values.domain === undefined ? model.info.defaultDomain : values.domain === 'none' ? null : values.domain;
const tagger = new ModelTagger(model, domain);
const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
const b = benchTagger(tagger, sentences, 3);
console.log(
  JSON.stringify({
    model: path,
    text: values.corpus ?? 'dev splits',
    bytes: statSync(path).size,
    features: model.keys.length,
    loadMs: Math.round(loadMs),
    tokensPerSecond: Math.round(b.tokensPerSecond),
    tokens: b.tokens,
    seconds: Number(b.seconds.toFixed(2)),
    rssMB: Math.round(process.memoryUsage().rss / 1e6),
  }),
);
