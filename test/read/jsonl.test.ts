import { describe, expect, it } from 'vitest';
import { readJsonl } from '../../src/read/jsonl.js';
import type { ReadItem } from '../../src/read/types.js';

async function all(chunks: Uint8Array[]): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const x of readJsonl((async function* () { yield* chunks; })(), 'f')) out.push(x);
  return out;
}

describe('JSON Lines reader', () => {
  it('joins lines split across chunks and numbers lines from 1', async () => {
    const text = Buffer.from('{"id":"a","text":"Satu dua."}\n\n{"id":"b","text":"Tiga."}');
    const items = await all([text.subarray(0, 10), text.subarray(10, 35), text.subarray(35)]);
    expect(items.map((i) => (i.ok ? i.doc.id : i.message))).toEqual(['a', 'b']);
  });
  it('reports invalid UTF-8 and non-object lines by line number', async () => {
    const bad = Buffer.concat([Buffer.from('{"text":"ok"}\n{"text":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n[1,2]\n"str"\n')]);
    const items = await all([bad]);
    expect(items.map((i) => (i.ok ? 'ok' : `${i.origin} ${i.message}`))).toEqual([
      'ok',
      'f:2 not valid UTF-8 (byte 9 of the line)',
      'f:3 expected a JSON object with a "text" field',
      'f:4 expected a JSON object with a "text" field',
    ]);
  });
  it('normalizes line breaks in the text and derives an id when none is given', async () => {
    const [item] = await all([Buffer.from('{"text":"Satu.\\r\\nDua."}\n')]);
    expect(item!.ok && item!.doc.text).toBe('Satu.\nDua.');
    expect(item!.ok && item!.doc.id).toMatch(/^sha256:/);
  });
});
