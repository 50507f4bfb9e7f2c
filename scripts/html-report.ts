/**
 * What the HTML reader makes of a folder of saved pages, for a person to check at a glance:
 * per page the headline, publication date, credits, the first and last sentence of the body
 * (as the article stage delimits it) and the body's length.
 *
 *   npx tsx scripts/html-report.ts [DIR] [--generic] [--full]
 *
 * DIR defaults to ../shared/corpus/html. --generic ignores the known body selectors of
 * src/read/html/sites.json, to see the generic path alone; --full prints every body paragraph.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractPage, PageError } from '../src/read/html/page.js';
import { readStructure } from '../src/article/structure.js';
import { segment } from '../src/segment/sentences.js';
import { packageRoot } from '../src/util/paths.js';

const args = process.argv.slice(2);
const generic = args.includes('--generic');
const full = args.includes('--full');
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? join(packageRoot(), '..', 'shared', 'corpus', 'html'));
if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  process.stderr.write(`html-report: no folder of pages at ${dir}\n`);
  process.exit(2);
}
const files = readdirSync(dir).filter((f) => /\.x?html?$/i.test(f)).sort();
if (files.length === 0) {
  process.stderr.write(`html-report: no .html files in ${dir}\n`);
  process.exit(2);
}

const clip = (s: string, n = 160): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
let totalMs = 0;
for (const f of files) {
  const bytes = readFileSync(join(dir, f));
  const t0 = performance.now();
  let page;
  try {
    page = extractPage(bytes, { useSelectors: !generic });
  } catch (e) {
    if (e instanceof PageError) {
      console.log(`== ${f}\n   ERROR ${e.message}\n`);
      continue;
    }
    throw e;
  }
  const ms = performance.now() - t0;
  totalMs += ms;
  const st = readStructure(page.text, { title: page.title });
  const bodyText = st.text.slice(st.body.start, st.body.end);
  const seg = segment(st.text, st.body, 'id');
  const sents = seg.sentences.map((s) => st.text.slice(s.start, s.end));
  const credits = page.credits.map((c) => `${c.role}=${c.value}`).join('; ');
  console.log(`== ${f}  [${page.method}, ${Math.round(ms)} ms]`);
  console.log(`   title     ${page.title ?? '—'}`);
  console.log(`   date      ${page.published ?? '—'}  (${page.publishedFrom ?? '—'})`);
  console.log(`   url       ${page.url ?? '—'}`);
  console.log(`   credits   ${credits || '—'}`);
  if (page.related.length) console.log(`   related   ${page.related.length}: ${clip(page.related.map((r) => r.title).join(' | '), 140)}`);
  if (st.dateline) console.log(`   dateline  ${st.text.slice(st.dateline.start, st.dateline.end)}`);
  console.log(`   first     ${clip(sents[0] ?? '—')}`);
  console.log(`   last      ${clip(sents[sents.length - 1] ?? '—')}`);
  console.log(`   body      ${bodyText.length} chars, ${page.body.length} paragraphs, ${sents.length} sentences`);
  if (page.warnings.length) console.log(`   warnings  ${page.warnings.join(' / ')}`);
  if (full) for (const p of page.body) console.log(`   | ${p}`);
  console.log('');
}
console.log(`${files.length} pages, ${Math.round(totalMs)} ms in all`);
