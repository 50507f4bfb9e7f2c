import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../../src/pipeline.js';
import { validateRecord } from '../../src/record/validate.js';

const text = readFileSync(new URL('../../examples/antara-2024-kim-putin.txt', import.meta.url), 'utf8');

describe('the bundled example article', () => {
  it('comes out with its dateline, credits, related links and an inferred date', async () => {
    const a = await createAnalyzer();
    const r = a.analyze({ id: 'example', text, title: null, url: null, published: null, lang: null, origin: 'x', warnings: [] });
    expect(validateRecord(r)).toEqual({ ok: true, errors: [] });
    const m = r.meta;
    expect(m.dateline).toMatchObject({ place: 'Seoul', agency: 'ANTARA' });
    expect(m.credits.source.map((s) => s.name)).toEqual(['Yonhap', 'OANA']);
    expect(m.credits.translator.map((s) => s.name)).toHaveLength(1);
    expect(m.credits.editor.map((s) => s.name)).toHaveLength(1);
    expect(m.credits.copyright).toMatchObject({ holder: 'ANTARA', year: 2024 });
    expect(m.related).toHaveLength(3);
    expect(m.publishedSource).toBe('inferred');
    expect(m.published! >= '2024-03-17').toBe(true);
    const body = r.text.slice(m.body.start, m.body.end);
    for (const x of [...m.related.map((x) => x.title), 'Sumber:', 'Penerjemah', 'Copyright', '(ANTARA)']) {
      expect(body).not.toContain(x);
    }
    expect(r.lang).toBe('id');
  });
});
