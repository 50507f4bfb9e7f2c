import { describe, expect, it } from 'vitest';
import { validateRecord } from '../../src/record/validate.js';
import { recordJsonSchema } from '../../src/record/json-schema.js';
import { analyzeText } from '../helpers/analyze.js';

describe('record validation', () => {
  it('accepts what the analyzer produces and rejects broken spans and shapes', async () => {
    const r = await analyzeText('Jakarta - Menteri Keuangan meninjau pasar di Bogor. Harga beras stabil.');
    expect(validateRecord(r)).toEqual({ ok: true, errors: [] });
    const broken = structuredClone(r);
    broken.meta.body = { start: 5, end: r.text.length + 10 };
    expect(validateRecord(broken).errors[0]).toMatch(/meta\.body: range .* outside text/);
    const wrongText = structuredClone(r);
    wrongText.times.push({ start: 0, end: 7, text: 'Bukan', type: 'DATE', value: '2024' });
    expect(validateRecord(wrongText).errors).toContain('times[0]: text does not match its span');
    // a bare group's words are a span like any other
    const group = await analyzeText('Jakarta - Polisi menangkap tiga tersangka di Bogor.');
    expect(validateRecord(group)).toEqual({ ok: true, errors: [] });
    expect(group.events[0]!.source).toMatchObject({ entity: null, group: { text: 'Polisi' } });
    const shifted = structuredClone(group);
    shifted.events[0]!.source!.group!.start++;
    expect(validateRecord(shifted).errors).toContain('events[0].source.group: text does not match its span');
    expect(validateRecord({ schema: 'warta.analysis/2' }).ok).toBe(false);
    expect(validateRecord(null).ok).toBe(false);
  });

  it('the JSON Schema comes from the same definition', () => {
    const s = recordJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(s.properties)).toEqual(['schema', 'id', 'lang', 'text', 'meta', 'sentences', 'entities', 'times', 'quotes', 'events', 'warnings']);
    expect(s.required).toContain('meta');
  });
});
