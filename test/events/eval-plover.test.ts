import { describe, expect, it } from 'vitest';
import { parsePloverGsr, ploverFound } from '../../src/events/eval-plover.js';
import type { Event } from '../../src/record/schema.js';

/** Records in the gold standard's shape, invented for the test. */
const FILE = JSON.stringify([
  { id: 'DOC-0001', event: 'DOCUMENT', eventText: 'documentation' },
  { id: 'X-DEMAND-1', event: 'DEMAND', language: 'en', text: 'Freedonia  demanded\nthat Sylvania withdraw.', source: [{ actorText: 'Freedonia', code: 'FRD' }], target: [{ actorText: 'Sylvania', code: 'SYLGOV', sector: 'GOV' }] },
  { id: 'X-AGREE-1', event: 'AGREE', language: 'en', text: 'Freedonian and Sylvanian officials agreed to talk.', source: [{ code: 'FRD' }, { code: 'SYL' }], target: '' },
  { id: 'X-SANCTION-1', event: 'SANCTION', language: 'en', text: 'Japan halted aid to Sylvania.', source: [{ code: 'JAP' }], target: [{ code: 'SYL' }] },
  { id: 'X-FR-1', event: 'PROTEST', language: 'fr', text: 'Une manifestation.', source: [] },
  { id: 'X-EMPTY', event: 'PROTEST', language: 'en', text: '   ', source: [] },
]);

function event(plover: string | null, source: string | null, target: string | null): Event {
  return {
    code: '100', root: '10', quadClass: 3, goldstein: -5, plover,
    source: source ? { entity: 'e1', actor: source } : null,
    target: target ? { entity: 'e2', actor: target } : null,
    date: null, dateSource: null, location: null, modality: 'asserted', sentence: 0,
    trigger: { start: 0, end: 1, text: 'x' }, evidence: { start: 0, end: 1 },
  };
}

describe('the PLOVER gold standard check', () => {
  const records = parsePloverGsr(FILE);

  it('reads the English records with a text, maps the old types to PLOVER 2021 and keeps country codes', () => {
    expect(records.map((r) => r.id)).toEqual(['X-DEMAND-1', 'X-AGREE-1', 'X-SANCTION-1']);
    // the file's CAMEO-era country codes read as ISO 3166, as Warta codes them
    expect(records[2]!.sources).toEqual(['JPN']);
    expect(records[0]).toMatchObject({ type: 'REQUEST', fileType: 'DEMAND', text: 'Freedonia demanded that Sylvania withdraw.', sources: ['FRD'], targets: ['SYL'] });
    expect(records[1]).toMatchObject({ type: 'AGREE', sources: ['FRD', 'SYL'], targets: [] });
  });

  it('finds the gold event by type and the gold actors’ countries, where the gold names them', () => {
    const [demand, agree] = records as [(typeof records)[0], (typeof records)[0]];
    expect(ploverFound(demand, [event('REQUEST', 'FRDGOV', 'SYL')])).toEqual({ found: true, typeFound: true });
    expect(ploverFound(demand, [event('REQUEST', 'SYL', 'FRD')])).toEqual({ found: false, typeFound: true });
    expect(ploverFound(demand, [event('REQUEST', 'FRD', null)])).toEqual({ found: false, typeFound: true });
    expect(ploverFound(demand, [event('ACCUSE', 'FRD', 'SYL')])).toEqual({ found: false, typeFound: false });
    // No gold target: any target will do; either of a compound source.
    expect(ploverFound(agree, [event('AGREE', 'SYLGOV', null)])).toEqual({ found: true, typeFound: true });
    expect(ploverFound(agree, [])).toEqual({ found: false, typeFound: false });
  });

  it('refuses what is not a JSON array', () => {
    expect(() => parsePloverGsr('{"id": 1}')).toThrow(/JSON array/);
    expect(() => parsePloverGsr('not json')).toThrow();
  });
});
