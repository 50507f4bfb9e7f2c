/**
 * Scoring entities against gold files in the eval-dev format (`../shared/eval-dev/README.md`):
 * a gold entity and a found one match when their types agree and a name or alias of the gold entity is
 * the found entity's name or the text of one of its mentions (case and punctuation aside). Each entity
 * is matched at most once (gold entities in order; the found entity sharing the most names wins).
 * Actor codes are compared on matched pairs (null equals null).
 */
import type { Entity } from '../record/schema.js';
import { nameKey } from './kb/normalize.js';

export interface GoldEntity {
  name: string;
  type: string;
  aliases?: string[];
  actor?: string | null;
}

export interface EntityScore {
  gold: number;
  predicted: number;
  matched: number;
  /** matched pairs whose actor codes agree */
  actor: number;
}

export interface EntityAlignment {
  gold: GoldEntity;
  found: Entity | null;
}

export const emptyEntityScore = (): EntityScore => ({ gold: 0, predicted: 0, matched: 0, actor: 0 });

export function addEntityScores(a: EntityScore, b: EntityScore): EntityScore {
  return { gold: a.gold + b.gold, predicted: a.predicted + b.predicted, matched: a.matched + b.matched, actor: a.actor + b.actor };
}

export function prf(s: EntityScore): { p: number; r: number; f: number } {
  const p = s.predicted ? s.matched / s.predicted : 0;
  const r = s.gold ? s.matched / s.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

function names(e: Entity): Set<string> {
  return new Set([e.name, ...e.mentions.map((m) => m.text)].map(nameKey).filter((k) => k !== ''));
}

export function alignEntities(gold: GoldEntity[], found: Entity[]): EntityAlignment[] {
  const foundNames = found.map(names);
  const used = new Set<number>();
  return gold.map((g) => {
    const keys = [g.name, ...(g.aliases ?? [])].map(nameKey).filter((k) => k !== '');
    let best = -1;
    let bestShared = 0;
    found.forEach((f, i) => {
      if (used.has(i) || f.type !== g.type) return;
      const shared = keys.filter((k) => foundNames[i]!.has(k)).length;
      if (shared > bestShared) {
        bestShared = shared;
        best = i;
      }
    });
    if (best === -1) return { gold: g, found: null };
    used.add(best);
    return { gold: g, found: found[best]! };
  });
}

export function scoreEntities(gold: GoldEntity[], found: Entity[]): { score: EntityScore; alignment: EntityAlignment[] } {
  const alignment = alignEntities(gold, found);
  let matched = 0;
  let actor = 0;
  for (const a of alignment) {
    if (!a.found) continue;
    matched++;
    if ((a.gold.actor ?? null) === a.found.actor) actor++;
  }
  return { score: { gold: gold.length, predicted: found.length, matched, actor }, alignment };
}
