/**
 * Property tests of the HTML reader: any page (deeply nested, unclosed, with scripts and comments)
 * is read into a document or refused in one line, and the document's analysis validates.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createAnalyzer, type Analyzer } from '../../src/pipeline.js';
import { readHtml } from '../../src/read/html/index.js';
import { validateRecord } from '../../src/record/validate.js';
import { nestedHtml } from './arbitraries.js';

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = await createAnalyzer();
});

async function check(html: string): Promise<void> {
  for (const item of await readHtml(new TextEncoder().encode(html), 'page.html', true)) {
    if (!item.ok) {
      expect(item.message).not.toMatch(/\n/);
      continue;
    }
    const v = validateRecord(analyzer.analyze(item.doc));
    if (!v.ok) throw new Error(`${v.errors.slice(0, 3).join('; ')} for ${JSON.stringify(html.slice(0, 200))}`);
  }
}

describe('the HTML reader on arbitrary pages', () => {
  it('pages nested up to 300 levels, some tags left open', async () => {
    await fc.assert(fc.asyncProperty(nestedHtml(300), check), { numRuns: 25, seed: 1 });
  });
  it('a page nested ten thousand levels deep is read, not a stack overflow', async () => {
    const deep = '<html><body>' + '<div><span>'.repeat(5000) + '<p>Presiden Rama Sutan bertemu Menteri Wira Darma di Jakarta pada Senin (4/3) untuk membahas kerja sama kedua negara.</p>' + '</span></div>'.repeat(5000) + '</body></html>';
    await check(deep);
  });
  it('markup without text, tags only, and broken tags', async () => {
    for (const html of ['<html></html>', '<', '<<<<>>>>', '<p'.repeat(2000), '<a href="'.repeat(500), '<!--'.repeat(1000), '<script>'.repeat(1000)]) await check(html);
  });
});
