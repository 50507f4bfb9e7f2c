/**
 * The tagger's label set (BIO over PER/ORG/LOC) and the mapping from the corpora's tag names.
 * Label ids are fixed: they index weight rows in the model file.
 */
import { ENTITY_TYPES } from '../../record/constants.js';

/** The record's entity types, in the order of the label ids below. */
export { ENTITY_TYPES };
export type EntityType = (typeof ENTITY_TYPES)[number];

export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export type Label = (typeof LABELS)[number];
export const NUM_LABELS = LABELS.length;
export const O = 0;

/** Names used by the corpora for our three types (NER-UI: PERSON…; NERGrit: PLACE, ORGANISATION). */
const TYPE_NAMES: Readonly<Record<string, EntityType>> = {
  PER: 'PER',
  PERSON: 'PER',
  ORG: 'ORG',
  ORGANIZATION: 'ORG',
  ORGANISATION: 'ORG',
  LOC: 'LOC',
  LOCATION: 'LOC',
  PLACE: 'LOC',
  GPE: 'LOC',
};

export function labelId(prefix: 'B' | 'I', type: EntityType): number {
  return 1 + ENTITY_TYPES.indexOf(type) * 2 + (prefix === 'I' ? 1 : 0);
}

export function isInside(label: number): boolean {
  return label !== O && label % 2 === 0;
}

/** Entity type index (0 PER, 1 ORG, 2 LOC) of a non-O label. */
export function typeIndex(label: number): number {
  return (label - 1) >> 1;
}

export type TagReading =
  | { kind: 'label'; label: number }
  | { kind: 'other-type'; type: string }
  | { kind: 'invalid' };

/**
 * Reads one tag: `O`, `B-X`/`I-X` (also `X-B` order, and BIOES/BILOU `S-`/`U-` as B, `E-`/`L-` as I).
 * Types outside PER/ORG/LOC (MISC, DATE…) are reported as `other-type` so the caller can count them as O.
 */
export function readTag(tag: string): TagReading {
  if (tag === 'O') return { kind: 'label', label: O };
  let prefix: string | undefined;
  let name: string | undefined;
  const direct = /^([BIESLU])[-_](.+)$/.exec(tag);
  if (direct) {
    prefix = direct[1];
    name = direct[2];
  } else {
    const rev = /^(.+)[-_]([BIESLU])$/.exec(tag);
    if (rev) {
      prefix = rev[2];
      name = rev[1];
    }
  }
  if (prefix === undefined || name === undefined) return { kind: 'invalid' };
  const type = TYPE_NAMES[name.toUpperCase()];
  if (!type) return { kind: 'other-type', type: name };
  return { kind: 'label', label: labelId(prefix === 'B' || prefix === 'S' || prefix === 'U' ? 'B' : 'I', type) };
}

/**
 * May label `to` follow label `from` (or the sentence start, from = -1)? I-X only after B-X or I-X.
 */
export function allowedTransition(from: number, to: number): boolean {
  if (!isInside(to)) return true;
  if (from < 0 || from === O) return false;
  return typeIndex(from) === typeIndex(to);
}
