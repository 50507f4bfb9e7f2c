// Dev aid: runs the events stage on one gold document with gold entities/times and prints the
// triggers found per sentence and the events. Usage: npx tsx scripts/dev/events-debug.ts <gold.json> [sentence-substring] [--pipeline]
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../../src/pipeline.js';
import { parseJsonLine } from '../../src/read/jsonl.js';
import { textDoc } from '../../src/read/text.js';
import { segment } from '../../src/segment/sentences.js';
import { oracleEntities, oracleTimes, type GoldDoc } from '../../src/events/eval.js';
import { lexicon } from '../../src/events/lexicon.js';
import { cues } from '../../src/events/cues.js';
import { findTriggers } from '../../src/events/triggers.js';
import { extractEvents } from '../../src/events/index.js';

const args = process.argv.slice(2);
const pipeline = args.includes('--pipeline');
const [file, filter] = args.filter((a) => a !== '--pipeline');
const gold = JSON.parse(readFileSync(file!, 'utf8')) as GoldDoc;
let doc;
const corpus = readFileSync('../shared/corpus/detik-2025/articles.jsonl', 'utf8').split('\n');
const line = corpus.find((l) => l.includes(`"id": "${gold.id}"`) || l.includes(`"id":"${gold.id}"`));
if (line) doc = (parseJsonLine(Buffer.from(line), 'x') as { ok: true; doc: never }).doc;
else doc = textDoc(readFileSync(`examples/${gold.id}.txt`), 'x', true);
const an = await createAnalyzer();
const rec = an.analyze(doc);
const seg = segment(rec.text, rec.meta.body, 'id');
const entities = pipeline ? rec.entities : oracleEntities(rec.text, gold, rec.meta.body);
const times = pipeline ? rec.times : oracleTimes(rec.text, gold, rec.meta.body);
const lex = lexicon('id');
const c = cues('id');
for (let s = 0; s < seg.sentences.length; s++) {
  const sent = seg.sentences[s]!;
  const st = rec.text.slice(sent.start, sent.end);
  if (filter && !st.includes(filter)) continue;
  const a = seg.sentenceTokens[2 * s]!, b = seg.sentenceTokens[2 * s + 1]!;
  const ms = findTriggers(lex, seg.tokens, a, b, 4, (i) => c.clauseBreaks.has(seg.tokens[i]!.text.toLowerCase()));
  if (!ms.length) continue;
  console.log(`\n[${s}] ${st}`);
  for (const m of ms) console.log(`   trigger ${m.entry.code} «${seg.tokens.slice(m.first, m.last + 1).map((t) => t.text).join(' ')}» ${m.voice}${m.enclitic ? '+nya' : ''} line ${m.entry.line}`);
  const ments = entities.flatMap((e) => e.mentions.filter((x) => x.start >= sent.start && x.end <= sent.end).map((x) => `${x.text}(${e.type} ${e.actor})`));
  console.log(`   mentions: ${ments.join(', ')}`);
}
const evs = extractEvents({ id: rec.id, lang: 'id', dataLang: 'id', text: rec.text, meta: rec.meta, seg, entities, times, quotes: rec.quotes }, { lex, cues: c });
const name = (id: string | null | undefined) => entities.find((e) => e.id === id)?.name ?? 'null';
for (const e of evs) if (!filter || rec.text.slice(rec.sentences[e.sentence]!.start, rec.sentences[e.sentence]!.end).includes(filter)) console.log(`EVENT [${e.sentence}] ${name(e.source?.entity)} ${e.code} ${name(e.target?.entity)} ${e.modality} ${e.date} loc=${name(e.location)} «${e.trigger.text}»`);
