/** Events in plain words: "Kim Jong Un → praise or endorse → Vladimir Putin, 2024-03-18, asserted". */

export interface ActorLike {
  actor: string | null;
  name: string | null;
  kb?: string | null;
}

export function actorLabel(a: ActorLike | null | undefined): string {
  if (!a) return '?';
  return a.name ?? a.actor ?? a.kb ?? '?';
}

/** A CAMEO name as a verb phrase: "Praise or endorse" → "praise or endorse"; "MAKE PUBLIC STATEMENT" → "make public statement". */
export function verbPhrase(code: string, names: Record<string, string>): string {
  const name = names[code];
  if (!name) return `CAMEO ${code}`;
  return name
    .replace(/[-,]?\s*not specified below$/i, '')
    .replace(/\s*\(.*?\)\s*/g, ' ')
    .trim()
    .toLowerCase();
}

export function eventWords(source: string, code: string, target: string, date: string | null, modality: string, names: Record<string, string>): string {
  return `${source} → ${verbPhrase(code, names)} → ${target}, ${date ?? 'date unknown'}, ${modality}`;
}

export const QUAD_NAMES = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'] as const;
export const QUAD_COLORS = ['#4c9a6a', '#2f6f9f', '#d08a2e', '#c0392b'] as const;

export const ENTITY_TYPES: Record<string, string> = { PER: 'person', ORG: 'organisation', LOC: 'place' };
