import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreEntities } from '../../src/entities/eval.js';
import type { Entity } from '../../src/record/schema.js';
import { runCli } from '../helpers/cli.js';

const ent = (id: string, name: string, type: Entity['type'], actor: string | null, mentions: string[]): Entity => ({
  id,
  name,
  type,
  kb: null,
  actor,
  mentions: mentions.map((text, i) => ({ start: i * 10, end: i * 10 + text.length, text })),
});

describe('entity scoring', () => {
  it('matches by name or alias and type, once each, and compares codes on matches', () => {
    const gold = [
      { name: 'Amerika Serikat', type: 'LOC', aliases: ['AS'], actor: 'USA' },
      { name: 'Budi Santoso', type: 'PER', aliases: ['Budi'], actor: 'IDNGOV' },
      { name: 'Komisi X', type: 'ORG', aliases: [], actor: null },
      { name: 'Bandung', type: 'LOC', aliases: [], actor: 'IDN' },
    ];
    const found = [
      ent('e1', 'AS', 'LOC', 'USA', ['AS']),
      ent('e2', 'Budi', 'PER', null, ['Budi']),
      ent('e3', 'Komisi X', 'ORG', null, ['Komisi X']),
      ent('e4', 'Bandung', 'ORG', 'IDN', ['Bandung']),
      ent('e5', 'Surabaya', 'LOC', 'IDN', ['Surabaya']),
    ];
    const { score, alignment } = scoreEntities(gold, found);
    expect(score).toEqual({ gold: 4, predicted: 5, matched: 3, actor: 2 });
    expect(alignment.map((a) => a.found?.id ?? null)).toEqual(['e1', 'e2', 'e3', null]);
  });
});

describe('warta eval entities', () => {
  it('fails with one line when the gold data is missing', () => {
    const r = runCli(['eval', 'entities', '/nonexistent/gold']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/not found/);
  });

  it('fails with one line on a file that is not gold', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gold-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"id": 3');
    const r = runCli(['eval', 'entities', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('scores a gold file against a text beside it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gold-'));
    writeFileSync(join(dir, 'contoh.txt'), 'Jakarta (ANTARA) - Presiden Prabowo Subianto bertemu delegasi Korea Selatan di Jakarta.\n\nPrabowo menyambut mereka.');
    writeFileSync(
      join(dir, 'contoh.gold.json'),
      JSON.stringify({
        id: 'contoh',
        published: '2025-02-01',
        entities: [
          { name: 'Prabowo Subianto', type: 'PER', aliases: ['Prabowo'], actor: 'IDNGOV' },
          { name: 'Korea Selatan', type: 'LOC', aliases: [], actor: 'KOR' },
          { name: 'Jakarta', type: 'LOC', aliases: [], actor: 'IDN' },
          { name: 'ANTARA', type: 'ORG', aliases: [], actor: 'IDNMED' },
        ],
      }),
    );
    const r = runCli(['eval', 'entities', '--json', join(dir, 'contoh.gold.json')]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { overall: { gold: number; matched: number; actor: number } };
    expect(out.overall).toMatchObject({ gold: 4, matched: 4, actor: 4 });
  });
});
