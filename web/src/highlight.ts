/**
 * Spans → the pieces of text between their boundaries, each with the marks that cover it, so the
 * page can draw overlapping highlights (an entity inside a quote) as flat runs of text nodes.
 * Pure and DOM-free: the article's text is never parsed as markup.
 */
export type MarkKind = 'entity' | 'quote' | 'time' | 'trigger';

export interface Mark {
  kind: MarkKind;
  /** index in its layer of the record (entities: the entity's index) */
  index: number;
  start: number;
  end: number;
}

export interface Piece {
  start: number;
  end: number;
  text: string;
  marks: Mark[];
}

export function pieces(text: string, marks: Mark[]): Piece[] {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const out: Piece[] = [];
  let open: Mark[] = [];
  let k = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    open = open.filter((m) => m.end > start);
    while (k < byStart.length && byStart[k]!.start <= start) {
      if (byStart[k]!.end > start) open.push(byStart[k]!);
      k++;
    }
    out.push({ start, end, text: text.slice(start, end), marks: [...open] });
  }
  return out;
}

export interface RecordLike {
  entities: { mentions: { start: number; end: number }[] }[];
  quotes: { start: number; end: number }[];
  times: { start: number; end: number }[];
  events: { trigger: { start: number; end: number } }[];
}

/** Every highlight of a record: entity mentions, quotes, times and event triggers. */
export function recordMarks(r: RecordLike): Mark[] {
  const marks: Mark[] = [];
  r.entities.forEach((e, index) => e.mentions.forEach((m) => marks.push({ kind: 'entity', index, start: m.start, end: m.end })));
  r.quotes.forEach((q, index) => marks.push({ kind: 'quote', index, start: q.start, end: q.end }));
  r.times.forEach((t, index) => marks.push({ kind: 'time', index, start: t.start, end: t.end }));
  r.events.forEach((e, index) => marks.push({ kind: 'trigger', index, start: e.trigger.start, end: e.trigger.end }));
  return marks;
}

/** FTS snippets mark matches with [ and ]: → plain and matched runs, to draw as text. */
export function snippetRuns(snippet: string): { text: string; match: boolean }[] {
  const out: { text: string; match: boolean }[] = [];
  const re = /\[([^\]]*)\]/g;
  let at = 0;
  for (const m of snippet.matchAll(re)) {
    if (m.index! > at) out.push({ text: snippet.slice(at, m.index), match: false });
    out.push({ text: m[1]!, match: true });
    at = m.index! + m[0].length;
  }
  if (at < snippet.length) out.push({ text: snippet.slice(at), match: false });
  return out;
}
