/**
 * Names the article's structure gives: the dateline's place and agency (`Seoul (ANTARA) -`) and the
 * agencies of `Sumber:` (`Yonhap-OANA`). Reporters, translators and editors are credits, not entities.
 */
import type { EntityType, Meta } from '../record/schema.js';
import type { Mention } from './doc.js';
import type { KnowledgeBase } from './kb/load.js';
import { pickAlias } from './spans.js';

function metaMention(text: string, kb: KnowledgeBase, name: string, start: number, end: number, fallback: EntityType): Mention | null {
  if (!name.trim()) return null;
  let s = start;
  if (text.slice(s, s + name.length) !== name) {
    s = text.indexOf(name, start);
    if (s === -1 || s + name.length > Math.max(end, start + name.length)) return null;
  }
  const alias = pickAlias(kb.lookup(name), name);
  const type = alias && alias.kind !== 'demonym' ? alias.entry.type : fallback;
  return { start: s, end: s + name.length, t0: -1, t1: -1, type, alias: alias?.kind === 'demonym' ? null : alias, source: 'meta', code: null, pinned: false };
}

export function metaMentions(text: string, meta: Meta, kb: KnowledgeBase): Mention[] {
  const out: Mention[] = [];
  const d = meta.dateline;
  if (d) {
    if (d.place) {
      const m = metaMention(text, kb, d.place, d.start, d.end, 'LOC');
      if (m) out.push(m);
    }
    if (d.agency) {
      const m = metaMention(text, kb, d.agency, d.start, d.end, 'ORG');
      if (m) out.push(m);
    }
  }
  for (const s of meta.credits.source) {
    const m = metaMention(text, kb, s.name, s.start, s.end, 'ORG');
    if (m) out.push(m);
  }
  return out;
}
