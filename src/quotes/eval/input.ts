/**
 * Stage inputs for measuring the quotes stage alone: a text, its segmentation and a list of
 * entities (from the entities stage, or built from gold annotations to measure speaker
 * attribution apart from recognition).
 */
import type { Entity, EntityType, Meta, Range } from '../../record/schema.js';
import { segment } from '../../segment/sentences.js';
import { emptyMeta } from '../../record/empty.js';
import type { StageInput } from '../../stage.js';
import { escapeRegExp } from '../../util/regex.js';

export const bareMeta = emptyMeta;

export function stageInput(id: string, text: string, lang: 'id' | 'en', meta: Meta, entities: Entity[]): StageInput {
  return { id, lang, dataLang: lang, text, meta, seg: segment(text, meta.body, lang), entities, times: [], quotes: [] };
}

export interface NamedEntity {
  name: string;
  type: EntityType;
  aliases?: string[];
}

/**
 * Entities whose mentions are every whole-word occurrence of their name or aliases in `range`
 * (longest forms first, no overlaps): an oracle for the entities stage.
 */
export function entitiesFromNames(text: string, range: Range, named: NamedEntity[]): Entity[] {
  const forms: { form: string; idx: number }[] = [];
  named.forEach((e, idx) => {
    for (const f of new Set([e.name, ...(e.aliases ?? [])])) if (f.trim().length >= 2) forms.push({ form: f.trim(), idx });
  });
  forms.sort((a, b) => b.form.length - a.form.length);
  const taken = new Uint8Array(text.length);
  const entities: Entity[] = named.map((e, i) => ({ id: `g${i + 1}`, name: e.name, type: e.type, kb: null, actor: null, mentions: [] }));
  const body = text.slice(range.start, range.end);
  for (const { form, idx } of forms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'gu');
    for (let m = re.exec(body); m !== null; m = re.exec(body)) {
      const start = range.start + m.index;
      const end = start + m[0].length;
      let free = true;
      for (let k = start; k < end && free; k++) free = taken[k] === 0;
      if (!free) continue;
      taken.fill(1, start, end);
      entities[idx]!.mentions.push({ start, end, text: m[0] });
    }
  }
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  return entities.filter((e) => e.mentions.length > 0);
}
