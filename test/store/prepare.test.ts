import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../src/store/prepare.js';
import { makeRecord } from './records.js';

describe('prepared events', () => {
  const attack = (id: string, text: string, mention: string) =>
    makeRecord({
      id,
      text,
      entities: [
        { name: 'Israel', type: 'LOC', actor: 'ISR', mention },
        { name: 'Gaza', type: 'LOC', actor: 'PSE' },
      ],
      events: [{ trigger: 'menyerang', code: '190', source: 0, target: 1 }],
    });

  it("cluster by the entities' own codes, and are found by the event's refined code too", () => {
    const plain = attack('a', 'Israel menyerang Gaza.', 'Israel');
    const forces = attack('b', 'Pasukan Israel menyerang Gaza.', 'Israel');
    forces.events[0]!.source!.actor = 'ISRMIL'; // what the events stage writes for "pasukan Israel"
    const [p, f] = [plain, forces].map((r) => prepareDocument(r, { key: r.id, contentHash: r.id, origin: r.id }).events[0]!);
    expect(f.clusterKey).toBe(p.clusterKey);
    expect(f.source?.actor).toBe('ISRMIL');
    expect(f.terms).toEqual(expect.arrayContaining(['c:ISRMIL', 'c:ISR']));
  });
});
