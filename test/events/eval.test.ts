/** Scoring events against gold; oracle entities; the eval command's failures; robustness of the stage. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignEvents, oracleEntities, petrarchActorMatch, prf, scoreEvents, type GoldDoc } from '../../src/events/eval.js';
import type { Entity, Event } from '../../src/record/schema.js';
import { runCli } from '../helpers/cli.js';
import { eventsOf, stageInput, WORLD } from './helpers.js';

const ent = (id: string, name: string, actor: string | null, ...mentions: string[]): Entity => ({
  id,
  name,
  type: 'PER',
  kb: null,
  actor,
  mentions: [name, ...mentions].map((text) => ({ start: 0, end: text.length, text })),
});

const ev = (code: string, source: string, target: string | null, modality: Event['modality'] = 'asserted', actors: Record<string, string | null> = {}): Event => ({
  code,
  root: code.slice(0, 2),
  quadClass: 1,
  goldstein: null,
  plover: null,
  source: { entity: source, actor: actors[source] ?? null },
  target: target ? { entity: target, actor: actors[target] ?? null } : null,
  date: null,
  dateSource: null,
  location: null,
  modality,
  sentence: 0,
  trigger: { start: 0, end: 1, text: 'x' },
  evidence: { start: 0, end: 1 },
});

const gold: GoldDoc = {
  id: 'g',
  entities: [
    { name: 'Kim Jong Un', type: 'PER', aliases: ['Kim'], actor: 'PRKGOV' },
    { name: 'Vladimir Putin', type: 'PER', aliases: ['Putin'], actor: 'RUSGOV' },
    { name: 'Korea Utara', type: 'LOC', aliases: ['Korut'], actor: 'PRK' },
    { name: 'Rusia', type: 'LOC', actor: 'RUS' },
  ],
  events: [
    { source: 'Kim Jong Un', cameo: '051', target: 'Vladimir Putin', modality: 'asserted' },
    { source: 'Korea Utara', cameo: '072', target: 'Rusia', modality: 'alleged' },
    { source: 'Kim Jong Un', cameo: '010', target: null, modality: 'asserted' },
  ],
};

describe('scoring', () => {
  it('matches by root, source and target through names, aliases or actor codes', () => {
    const entities = [ent('e1', 'Kim', 'PRKGOV'), ent('e2', 'Putin', null), ent('e3', 'Pyongyang', 'PRK'), ent('e4', 'Moskow', 'RUS')];
    const predicted = [ev('050', 'e1', 'e2'), ev('072', 'e3', 'e4', 'asserted', { e3: 'PRK', e4: 'RUS' }), ev('010', 'e1', 'e2')];
    const s = scoreEvents(gold, predicted, entities);
    expect(s).toMatchObject({ gold: 3, predicted: 3, matched: 2, exactCode: 1, modality: 1 });
    expect(prf(s).p).toBeCloseTo(2 / 3);
  });

  it('a null gold target needs a null predicted target; matching is one-to-one', () => {
    const entities = [ent('e1', 'Kim Jong Un', 'PRKGOV')];
    const al = alignEvents(gold, [ev('010', 'e1', null), ev('010', 'e1', null)], entities);
    expect(al.filter((a) => a.predicted)).toHaveLength(1);
    expect(al[2]!.predicted).not.toBeNull();
  });

  it('prefers the assignment that matches most events', () => {
    const g: GoldDoc = {
      id: 'g',
      entities: [
        { name: 'Israel', type: 'LOC', actor: 'ISR' },
        { name: 'Gaza', type: 'LOC', actor: 'PSE' },
        { name: 'Palestina', type: 'LOC', actor: 'PSE' },
      ],
      events: [
        { source: 'Israel', cameo: '190', target: 'Gaza' },
        { source: 'Israel', cameo: '190', target: 'Palestina' },
      ],
    };
    const entities = [ent('e1', 'Israel', 'ISR'), ent('e2', 'Palestina', 'PSE'), ent('e3', 'Gaza', 'PSE')];
    const acts = { e1: 'ISR', e2: 'PSE', e3: 'PSE' };
    const s = scoreEvents(g, [ev('190', 'e1', 'e2', 'asserted', acts), ev('190', 'e1', 'e3', 'asserted', acts)], entities);
    expect(s.matched).toBe(2);
  });

  it('oracle entities find gold names and aliases as whole words, longest first', () => {
    const text = 'Kim Jong Un menemui Putin. Kim pulang. Kimchi enak.';
    const es = oracleEntities(text, gold, { start: 0, end: text.length });
    const kim = es.find((e) => e.name === 'Kim Jong Un')!;
    expect(kim.mentions.map((m) => m.text)).toEqual(['Kim Jong Un', 'Kim']);
    for (const e of es) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('a PETRARCH actor with no country ("---REB") agrees with the same role, after a country or alone', () => {
    expect(petrarchActorMatch('---REB', 'SYRREB')).toBe(true);
    expect(petrarchActorMatch('---REB', 'REB')).toBe(true);
    expect(petrarchActorMatch('---REB', 'COP')).toBe(false);
    expect(petrarchActorMatch('SYR', 'REB')).toBe(false);
    expect(petrarchActorMatch('SYR', 'SYRGOV')).toBe(true);
    expect(petrarchActorMatch('SYR', null)).toBe(false);
  });
});

describe('warta eval events', () => {
  it('fails with one line when the gold data is missing', () => {
    const r = runCli(['eval', 'events', '/nonexistent/gold-dir']);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/not found/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('fails with one line on a file that is not gold', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'warta-ev-'));
    writeFileSync(join(dir, 'bad.json'), '{"id": 3}');
    writeFileSync(join(dir, 'broken.json'), '{not json');
    for (const f of ['bad.json', 'broken.json']) {
      const r = runCli(['eval', 'events', join(dir, f)]);
      expect(r.code).not.toBe(0);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('checks English on a PLOVER gold standard file, and says in one line what is wrong with a bad one', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'warta-plover-'));
    const good = join(dir, 'gsr.txt');
    writeFileSync(good, JSON.stringify([{ id: 'X-1', event: 'AGREE', language: 'en', text: 'Freedonia and Sylvania agreed to cooperate.', source: [{ code: 'FRD' }] }]));
    const ok = runCli(['eval', 'events', '--plover', good]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/PLOVER sentences 1: gold 1 pred \d+ found [01]/);
    writeFileSync(join(dir, 'bad.txt'), '{not json');
    writeFileSync(join(dir, 'none.txt'), '[]');
    for (const args of [['--plover', join(dir, 'bad.txt')], ['--plover', join(dir, 'none.txt')], ['--plover', join(dir, 'missing.txt')], ['--plover', good, '--petrarch']]) {
      const r = runCli(['eval', 'events', ...args]);
      expect(r.code).not.toBe(0);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('robustness', () => {
  it('empty text, no entities, odd mentions: no events, no error', async () => {
    expect(await eventsOf(stageInput('', WORLD))).toEqual([]);
    expect(await eventsOf(stageInput('menyerang menyerang menyerang', []))).toEqual([]);
    const input = stageInput('Israel menyerang Gaza.', WORLD);
    input.entities.push({ id: 'x', name: 'x', type: 'LOC', kb: null, actor: null, mentions: [{ start: 500, end: 510, text: 'out of range' }] });
    expect(await eventsOf(input)).toHaveLength(1);
  });

  it('any text with any mentions gives valid events whose spans are slices of the text', async () => {
    const words = ['Israel', 'menyerang', 'Gaza', 'dan', 'diserang', 'oleh', 'kepada', 'yang', ',', '.', 'tidak', 'akan', 'serangan', 'bertemu', 'dengan', '“', '”', 'antara', 'Retno', 'mengunjungi', 'Jepang', 'nya', '(', ')', '\n', 'Ia'];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...words), { maxLength: 60 }), fc.string({ maxLength: 20 }), async (ws, noise) => {
        const text = ws.join(' ') + noise;
        const input = stageInput(text, WORLD);
        const events = await eventsOf(input);
        for (const e of events) {
          expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
          expect(e.evidence.start).toBeLessThanOrEqual(e.evidence.end);
          expect(e.evidence.end).toBeLessThanOrEqual(text.length);
          expect(e.source).not.toBeNull();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a huge text is handled', async () => {
    const text = 'Israel menyerang Gaza dan Turki mengecam Israel. '.repeat(20000);
    const events = await eventsOf(stageInput(text, WORLD));
    expect(events.map((e) => e.code)).toEqual(['190', '111']);
  });
});
