/**
 * Article structure: title, dateline, credits, related links, site boilerplate and the body.
 *
 * The record's `text` is the article as Warta reads it: site boilerplate lines (`SCROLL TO
 * CONTINUE WITH CONTENT`, video promos, ads) are dropped, and related-link lines found inside the
 * body are moved after it, so that `meta.body` is one clean range. Nothing else changes: a text
 * without such lines comes out character for character as it came in.
 */
import type { Copyright, Credits, Dateline, NamedSpan, Range, Related } from '../record/schema.js';
import { findDateline } from './dateline.js';
import { parseCopyright, splitNames } from './credits.js';
import { type Line, looksLikeHeadline, splitLines } from './lines.js';
import { articlePatterns, type CreditRole } from './patterns.js';
import { readDateLine, type TextDate } from './date-line.js';

type Kind = 'blank' | 'boilerplate' | 'note' | 'related' | 'credit' | 'copyright' | 'signoff' | 'dateLine' | 'text';

interface CreditPart {
  role: CreditRole;
  /** offsets relative to the trimmed line */
  names: { name: string; start: number; end: number }[];
}

interface Classified {
  kind: Kind;
  credits?: CreditPart[];
  relatedTitle?: { title: string; url: string | null; start: number; end: number };
  copyright?: { holder: string | null; year: number | null };
  date?: TextDate;
}

export interface Structure {
  text: string;
  title: string | null;
  dateline: Dateline | null;
  credits: Credits;
  related: Related[];
  body: Range;
  /** a publication date written in the header or trailer (`Kamis, 5 November 2015 14:56 WIB`) */
  publishedInText: string | null;
  /** how many boilerplate lines were dropped */
  dropped: number;
}

function classify(line: Line): Classified {
  const s = line.trimmed;
  if (s === '') return { kind: 'blank' };
  const p = articlePatterns();
  if (p.boilerplate.test(s)) return { kind: 'boilerplate' };
  if (p.notes.test(s)) return { kind: 'note' };
  const rel = p.related.exec(s);
  if (rel) {
    const valueStart = s.length - rel[1]!.length;
    return { kind: 'related', relatedTitle: relatedTitle(rel[1]!, valueStart) };
  }
  if (p.signoffLine.test(s)) return { kind: 'signoff' };
  const cr = p.copyright.exec(s);
  if (cr && (/^(?:©|\(c\)|copyright|hak cipta)/iu.test(s)) && /\b(?:19|20)\d{2}\b|\p{L}/u.test(cr[1]!) && s.length <= 120) {
    return { kind: 'copyright', copyright: parseCopyright(cr[1]!) };
  }
  const credits = creditParts(s);
  if (credits) return { kind: 'credit', credits };
  const date = readDateLine(s);
  if (date) return { kind: 'dateLine', date };
  return { kind: 'text' };
}

function relatedTitle(value: string, offset: number): { title: string; url: string | null; start: number; end: number } {
  let url: string | null = null;
  let v = value;
  const u = /\s*\(?(https?:\/\/\S+?)\)?\s*$/u.exec(v);
  if (u && u.index > 0) {
    url = u[1]!;
    v = v.slice(0, u.index);
  }
  let a = 0;
  let b = v.length;
  while (a < b && /["“'‘\s]/.test(v[a]!)) a++;
  while (b > a && /["”'’\s]/.test(v[b - 1]!)) b--;
  return { title: v.slice(a, b), url, start: offset + a, end: offset + b };
}

/** Between two credits (kept in the split, for the offsets). */
const CREDIT_SEPARATOR = /(\s*[;|]\s*)/u;

/** `Pewarta: A`, `Reporting by A; Editing by B`, `Penerjemah: X | Editor: Y` → parts, or null. */
function creditParts(s: string): CreditPart[] | null {
  const p = articlePatterns();
  const parts: CreditPart[] = [];
  let offset = 0;
  // Splitting by a regular expression tries it at every position: only lines with a separator need it.
  const segs = s.includes(';') || s.includes('|') ? s.split(CREDIT_SEPARATOR) : [s];
  for (const seg of segs) {
    if (/^\s*[;|]\s*$/u.test(seg) || seg === '') {
      offset += seg.length;
      continue;
    }
    const m = p.credit.exec(seg);
    if (!m) return null;
    const label = (m[1] ?? m[2]!).toLowerCase().replace(/\s+/g, ' ');
    const role = p.labelRole.get(label);
    const value = m[3]!;
    if (!role || value.length > 120) return null;
    const valueStart = offset + seg.length - value.length;
    const names = splitNames(value, role === 'source');
    // Credits name people and agencies: short, capitalised, no sentence inside.
    if (names.length === 0 || names.some((n) => n.name.split(/\s+/).length > 6 || /[.!?]\s+\p{Lu}/u.test(n.name))) return null;
    // Names are capitalised; a lower-case value is accepted only as a short code (`Pewarta: prw`).
    if (!/^[\p{Lu}\d]/u.test(names[0]!.name) && role !== 'source' && !(names.length === 1 && /^\p{Ll}{2,10}$/u.test(names[0]!.name))) return null;
    parts.push({ role, names: names.map((n) => ({ name: n.name, start: valueStart + n.start, end: valueStart + n.end })) });
    offset += seg.length;
  }
  return parts.length ? parts : null;
}

const HEADER_KINDS = new Set<Kind>(['blank', 'boilerplate', 'credit', 'dateLine', 'copyright']);
const TRAILER_KINDS = new Set<Kind>(['blank', 'boilerplate', 'note', 'related', 'credit', 'copyright', 'signoff', 'dateLine']);
const TRAILER_ANCHORS = new Set<Kind>(['related', 'credit', 'copyright', 'signoff', 'note']);

export function readStructure(input: string, given: { title: string | null }): Structure {
  const lines = splitLines(input);
  const n = lines.length;
  const cls = lines.map(classify);

  // Header: credit and date lines above the article, then possibly its headline.
  let h = 0;
  while (h < n && HEADER_KINDS.has(cls[h]!.kind)) h++;
  let title: string | null = null;
  if (h < n && cls[h]!.kind === 'text') {
    const first = lines[h]!.trimmed;
    const hasMore = lines.slice(h + 1).some((l, i) => cls[h + 1 + i]!.kind === 'text' && l.trimmed.length > first.length);
    if (given.title && first === given.title.trim()) h++;
    else if (!given.title && hasMore && looksLikeHeadline(first) && !findDateline(first)) {
      title = first;
      h++;
      while (h < n && HEADER_KINDS.has(cls[h]!.kind)) h++;
    }
  }

  // Trailer: the run of credit/related/boilerplate lines (and bare headlines among them) at the end.
  let t = n;
  while (t > h && (TRAILER_KINDS.has(cls[t - 1]!.kind) || (cls[t - 1]!.kind === 'text' && looksLikeHeadline(lines[t - 1]!.trimmed)))) t--;
  let anchor = t;
  while (anchor < n && !TRAILER_ANCHORS.has(cls[anchor]!.kind)) anchor++;
  // Prose-like lines before the first credit or related line are the end of the body, not the trailer.
  for (let i = anchor - 1; i >= t; i--) {
    if (cls[i]!.kind === 'text') {
      t = i + 1;
      break;
    }
  }
  if (anchor >= n) {
    // No credit or related line at the end: only boilerplate and blanks can be cut off.
    t = n;
    while (t > h && (cls[t - 1]!.kind === 'blank' || cls[t - 1]!.kind === 'boilerplate')) t--;
  }
  const trailerHasRelated = cls.slice(t).some((c) => c.kind === 'related');

  // Decide each line's fate and rebuild the text.
  type Fate = 'keep' | 'drop' | 'move';
  const fate: Fate[] = cls.map((c, i) => {
    if (c.kind === 'boilerplate') return 'drop';
    if (i >= h && i < t && c.kind === 'related') return 'move';
    return 'keep';
  });
  const order: number[] = [];
  for (let i = 0; i < t; i++) if (fate[i] === 'keep') order.push(i);
  let bodyLast = -1;
  for (let i = t - 1; i >= h; i--) {
    if (fate[i] === 'keep' && cls[i]!.kind !== 'blank') {
      bodyLast = i;
      break;
    }
  }
  const moved = cls.map((_, i) => i).filter((i) => fate[i] === 'move');
  const newStart = new Map<number, number>();
  const pieces: string[] = [];
  let pos = 0;
  const emit = (s: string, lineIndex: number | null): void => {
    if (pieces.length > 0) {
      pieces.push('\n');
      pos += 1;
    }
    if (lineIndex !== null) newStart.set(lineIndex, pos);
    pieces.push(s);
    pos += s.length;
  };
  const raw = (i: number): string => input.slice(lines[i]!.start, lines[i]!.end);
  for (const i of order) emit(raw(i), i);
  if (moved.length) {
    emit('', null);
    for (const i of moved) emit(raw(i), i);
    if (t < n && cls[t]!.kind !== 'blank') emit('', null);
  }
  for (let i = t; i < n; i++) if (fate[i] === 'keep') emit(raw(i), i);
  const dropped = fate.filter((f) => f === 'drop').length;
  const text = dropped === 0 && moved.length === 0 ? input : pieces.join('');

  /** offset in the new text of a position `rel` within line i's trimmed part */
  const at = (i: number, rel: number): number => newStart.get(i)! + (lines[i]!.tStart - lines[i]!.start) + rel;

  // Body range, dateline and an inline sign-off.
  const credits: Credits = { source: [], reporter: [], translator: [], editor: [], copyright: null };
  let dateline: Dateline | null = null;
  let body: Range = { start: 0, end: 0 };
  let bodyFirst = -1;
  for (let i = h; i < t; i++) {
    if (fate[i] === 'keep' && cls[i]!.kind !== 'blank') {
      bodyFirst = i;
      break;
    }
  }
  const signoff = (i: number, initials: string, absStart: number): void => {
    const parts = initials.split('/').map((x) => x.trim());
    let rel = absStart;
    parts.forEach((p, k) => {
      const s = text.indexOf(p, rel);
      const span: NamedSpan = { name: p, start: s, end: s + p.length };
      rel = s + p.length;
      (k === parts.length - 1 && parts.length > 1 ? credits.editor : credits.reporter).push(span);
    });
    void i;
  };
  if (bodyFirst !== -1 && bodyLast !== -1) {
    let start = at(bodyFirst, 0);
    const dl = findDateline(lines[bodyFirst]!.trimmed);
    if (dl) {
      dateline = { place: dl.place, agency: dl.agency, start: at(bodyFirst, dl.start), end: at(bodyFirst, dl.end) };
      start = at(bodyFirst, dl.bodyStart);
    }
    let end = at(bodyLast, lines[bodyLast]!.trimmed.length);
    const so = articlePatterns().signoffAtEnd.exec(lines[bodyLast]!.trimmed);
    if (so && so.index > 0) {
      end = at(bodyLast, so.index);
      signoff(bodyLast, so[1]!, at(bodyLast, so.index));
    }
    if (end < start) end = start;
    body = { start, end };
  } else {
    const first = lines.findIndex((l, i) => fate[i] === 'keep' && l.trimmed !== '');
    const s = first === -1 ? 0 : at(first, 0);
    body = { start: s, end: s };
  }

  // Credits, copyright, related and a written date, wherever they stand outside the body.
  const related: Related[] = [];
  let copyright: Copyright | null = null;
  let publishedInText: string | null = null;
  for (let i = 0; i < n; i++) {
    if (fate[i] === 'drop') continue;
    const inBody = i >= h && i < t;
    const c = cls[i]!;
    if (c.kind === 'related' && c.relatedTitle) {
      const r = c.relatedTitle;
      related.push({ title: r.title, url: r.url, start: at(i, r.start), end: at(i, r.end) });
    } else if (inBody) {
      continue;
    } else if (c.kind === 'credit') {
      for (const part of c.credits!) {
        for (const nm of part.names) credits[part.role].push({ name: nm.name, start: at(i, nm.start), end: at(i, nm.end) });
      }
    } else if (c.kind === 'copyright' && !copyright) {
      copyright = { ...c.copyright!, start: at(i, 0), end: at(i, lines[i]!.trimmed.length) };
    } else if (c.kind === 'signoff') {
      signoff(i, lines[i]!.trimmed.slice(1, -1), at(i, 0));
    } else if (c.kind === 'dateLine' && !publishedInText) {
      publishedInText = c.date!.iso;
    } else if (c.kind === 'text' && i >= t && trailerHasRelated && looksLikeHeadline(lines[i]!.trimmed)) {
      related.push({ title: lines[i]!.trimmed, url: null, start: at(i, 0), end: at(i, lines[i]!.trimmed.length) });
    }
  }
  related.sort((a, b) => a.start - b.start);
  credits.copyright = copyright;
  return { text, title, dateline, credits, related, body, publishedInText, dropped };
}
