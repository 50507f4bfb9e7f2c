/** Validation of records against the schema, plus the span invariants the schema cannot say. */
import { AnalysisRecord } from './schema.js';
import type { AnalysisRecord as Rec } from './schema.js';

export interface ValidationResult {
  ok: boolean;
  errors: string[];
}

/** Checks shape (zod) and that every range lies in `text` and every span's `text` is its slice. */
export function validateRecord(value: unknown): ValidationResult {
  const parsed = AnalysisRecord.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`),
    };
  }
  const errors = spanErrors(parsed.data);
  return { ok: errors.length === 0, errors };
}

function spanErrors(r: Rec): string[] {
  const errors: string[] = [];
  const n = r.text.length;
  const range = (where: string, x: { start: number; end: number } | null | undefined): void => {
    if (!x) return;
    if (x.start > x.end || x.end > n) errors.push(`${where}: range ${x.start}-${x.end} outside text of length ${n}`);
  };
  const span = (where: string, x: { start: number; end: number; text: string } | null | undefined): void => {
    if (!x) return;
    range(where, x);
    if (r.text.slice(x.start, x.end) !== x.text) errors.push(`${where}: text does not match its span`);
  };
  const m = r.meta;
  range('meta.body', m.body);
  range('meta.dateline', m.dateline);
  range('meta.credits.copyright', m.credits.copyright);
  for (const k of ['source', 'reporter', 'translator', 'editor'] as const) {
    m.credits[k].forEach((c, i) => range(`meta.credits.${k}[${i}]`, c));
  }
  m.related.forEach((x, i) => range(`meta.related[${i}]`, x));
  r.sentences.forEach((x, i) => range(`sentences[${i}]`, x));
  const ids = new Set(r.entities.map((e) => e.id));
  r.entities.forEach((e, i) => e.mentions.forEach((x, j) => span(`entities[${i}].mentions[${j}]`, x)));
  r.times.forEach((x, i) => span(`times[${i}]`, x));
  r.quotes.forEach((q, i) => {
    span(`quotes[${i}]`, q);
    span(`quotes[${i}].cue`, q.cue);
    if (q.speaker !== null && !ids.has(q.speaker)) errors.push(`quotes[${i}].speaker: unknown entity ${q.speaker}`);
  });
  r.events.forEach((e, i) => {
    span(`events[${i}].trigger`, e.trigger);
    range(`events[${i}].evidence`, e.evidence);
    for (const role of ['source', 'target'] as const) {
      const ent = e[role]?.entity;
      if (ent && !ids.has(ent)) errors.push(`events[${i}].${role}: unknown entity ${ent}`);
      span(`events[${i}].${role}.group`, e[role]?.group);
    }
    if (e.location !== null && !ids.has(e.location)) errors.push(`events[${i}].location: unknown entity ${e.location}`);
    if (e.sentence >= Math.max(1, r.sentences.length)) errors.push(`events[${i}].sentence: no sentence ${e.sentence}`);
  });
  return errors;
}
