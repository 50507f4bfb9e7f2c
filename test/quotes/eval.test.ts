import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPfsa, labelSpans, goldSpeaker, annotatedEntities, scorePfsa, zeroPfsa } from '../../src/quotes/eval/pfsa.js';
import { speakerMatches, startsMatch, prf } from '../../src/quotes/eval/devset.js';
import { extractQuotes } from '../../src/quotes/index.js';
import { bareMeta, stageInput } from '../../src/quotes/eval/input.js';
import { runCli } from '../helpers/cli.js';

const mini = fileURLToPath(new URL('../fixtures/quotes/pfsa-mini.txt', import.meta.url));

describe('eval-dev scoring', () => {
  it('matches a quote by its first words, whatever the marks, case and spacing', () => {
    expect(startsMatch('Saya sangat yakin bahwa, di bawah bimbingan Anda', 'Saya sangat yakin bahwa,')).toBe(true);
    expect(startsMatch('“sudah siap dijalankan.”', 'sudah siap dijalankan.')).toBe(true);
    expect(startsMatch('harga beras  akan turun', 'Harga beras akan')).toBe(true);
    expect(startsMatch('harga beras akan turun', 'harga gula akan')).toBe(false);
    expect(startsMatch('apa saja', '')).toBe(false);
  });

  it('matches a speaker by name, alias or a mention, and null with null', () => {
    const gold = [{ name: 'M Hidayat Nur Wahid', type: 'PER' as const, aliases: ['HNW'] }];
    const e = (name: string, mentions: string[] = []) => ({
      id: 'e1',
      name,
      type: 'PER' as const,
      kb: null,
      actor: null,
      mentions: mentions.map((text) => ({ start: 0, end: text.length, text })),
    });
    expect(speakerMatches(e('Hidayat Nur Wahid'), 'M Hidayat Nur Wahid', gold)).toBe(true);
    expect(speakerMatches(e('Hidayat', ['HNW']), 'M Hidayat Nur Wahid', gold)).toBe(true);
    expect(speakerMatches(e('Erick Thohir'), 'M Hidayat Nur Wahid', gold)).toBe(false);
    expect(speakerMatches(null, null, gold)).toBe(true);
    expect(speakerMatches(null, 'M Hidayat Nur Wahid', gold)).toBe(false);
    expect(prf(0, 0, 0)).toEqual({ p: 0, r: 0, f: 0 });
  });
});

describe('PFSA-ID reading and scoring (on a file written for the tests)', () => {
  it('splits documents at datelines and rebuilds running text with marks on their words', () => {
    const docs = readPfsa(mini);
    expect(docs).toHaveLength(2);
    expect(docs[0]!.text).toContain('”Kami sudah mengirim perahu karet ke semua desa. Warga yang sakit sudah dibawa ke puskesmas,” kata Agus.');
    expect(docs[0]!.text).toContain('Senin (6/3/2023).');
    for (const d of docs) for (const t of d.tokens) expect(d.text.slice(t.start, t.end)).toBe(t.text);
    expect(labelSpans(docs[0]!, 'STATEMENT')).toHaveLength(2);
  });

  it('finds the gold speaker next to the cue, or the last person before a clitic cue', () => {
    const [d1, d2] = readPfsa(mini);
    const names = (d: typeof d1) => labelSpans(d!, 'STATEMENT').map((s) => goldSpeaker(d!, s));
    expect(names(d1)).toEqual(['Agus', 'Agus']);
    expect(names(d2)).toEqual(['Rina']);
  });

  it('scores the quotes stage: every statement found, the unannotated quote of a citizen counted as extra', () => {
    const c = zeroPfsa();
    for (const d of readPfsa(mini)) {
      const entities = annotatedEntities(d);
      const input = stageInput('t', d.text, 'id', bareMeta({ start: 0, end: d.text.length }), entities);
      scorePfsa(d, extractQuotes(input), entities, c);
    }
    expect(c.goldSpans).toBe(3);
    expect(c.exactSpans).toBe(3);
    expect(c.foundSpans).toBe(4);
    expect(c.tokenHits).toBe(c.goldTokens);
    expect(c.speakerRight).toBe(3);
    expect(c.speakerTotal).toBe(3);
  });
});

describe('warta eval quotes', () => {
  it('fails with one line when the data is missing', () => {
    const r = runCli(['eval', 'quotes', '/nonexistent/eval-dev']);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('/nonexistent/eval-dev');
  });

  it('fails with one line on a file that is not in the token/tag format', () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-q-'));
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, 'just a sentence without tags\n');
    const r = runCli(['eval', 'quotes', bad]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('prints statement and speaker figures for a PFSA-ID file', () => {
    const r = runCli(['eval', 'quotes', mini]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/statement tokens .*F1/);
    expect(r.stdout).toMatch(/all \(for a clitic cue.*100\.0 \(3\/3\)\s*$/m);
  });
});
