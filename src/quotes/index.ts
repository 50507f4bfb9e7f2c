/**
 * Quotes stage: direct quotes (in any quotation marks, across sentences and paragraphs) and
 * reported speech, each with its cue and its speaker as an entity of the record.
 *
 * Order of work: quotation marks → which quoted stretches are speech and their cues (direct.ts)
 * → reported speech outside them (reported.ts) → speakers resolved in text order, so that a
 * pronoun or a quote without a cue can refer to whoever spoke just before (speakers.ts).
 */
import type { Quote, Span } from '../record/schema.js';
import type { StageInput } from '../stage.js';
import { buildDoc, type QDoc } from './doc.js';
import { quoteLexicon } from './lexicon.js';
import { findQuoteSpans } from './marks.js';
import { findDirectQuotes } from './direct.js';
import { findReported } from './reported.js';
import { SpeakerResolver } from './speakers.js';
import type { SpeakerRef } from './phrases.js';

export type QuoteStage = (input: StageInput) => Quote[];

/** A quote without a cue takes the speaker of the speech at most this many sentences before it. */
const CONTEXT_SENTENCES = 3;

export async function createQuoteStage(): Promise<QuoteStage> {
  quoteLexicon('id');
  quoteLexicon('en');
  return extractQuotes;
}

interface Item {
  start: number;
  end: number;
  direct: boolean;
  first: number;
  /** token at which the item is over (its last word, or its cue if later) */
  lastTok: number;
  cue: number;
  cueEnd: number;
  ref: SpeakerRef;
  group: number;
  silent: boolean;
}

function cueSpan(doc: QDoc, a: number, b: number): Span | null {
  if (a < 0) return null;
  const start = doc.tokens[a]!.start;
  const end = doc.tokens[b]!.end;
  return { start, end, text: doc.text.slice(start, end) };
}

export function extractQuotes(input: StageInput): Quote[] {
  const lex = quoteLexicon(input.dataLang);
  const doc = buildDoc(
    input,
    (w) => lex.honorifics.has(w) || lex.titles.matchAt([w], 0) > 0,
    (low, from, to) => lex.titles.matchAt(low, from, to) === to - from,
  );
  if (doc.tokens.length === 0) return [];
  const spans = findQuoteSpans(input.text, input.meta.body, lex);
  const direct = findDirectQuotes(doc, lex, spans);
  direct.forEach((q, i) => {
    for (let t = q.first; t <= q.last; t++) doc.inQuote[t] = i;
  });
  const reported = findReported(doc, lex);

  const items: Item[] = [];
  for (const q of direct) {
    const a = q.attribution;
    items.push({
      start: q.start,
      end: q.end,
      direct: true,
      first: q.first,
      lastTok: Math.max(q.last, a && a.cue > q.last ? a.cueEnd : q.last),
      cue: a ? a.cue : -1,
      cueEnd: a ? a.cueEnd : -1,
      ref: q.ref,
      group: q.group,
      silent: false,
    });
  }
  for (const r of reported) {
    items.push({
      start: doc.tokens[r.first]!.start,
      end: doc.tokens[r.last]!.end,
      direct: false,
      first: r.first,
      lastTok: Math.max(r.last, r.cueEnd),
      cue: r.cue,
      cueEnd: r.cueEnd,
      ref: r.ref,
      group: -1,
      silent: r.silent === true,
    });
  }
  items.sort((x, y) => x.start - y.start || Number(y.direct) - Number(x.direct));

  const resolver = new SpeakerResolver(doc, lex);
  const persons = new Set(input.entities.filter((e) => e.type === 'PER').map((e) => e.id));
  const groupSpeaker = new Map<number, string | null>();
  const out: Quote[] = [];
  let prev: { speaker: string | null; sent: number; para: number; cue: Span | null; direct: boolean } | null = null;
  for (const it of items) {
    const sent = doc.sentOf[it.first]!;
    const para = doc.paraOf[it.first]!;
    let speaker: string | null;
    let cue = cueSpan(doc, it.cue, it.cueEnd);
    if (it.direct && groupSpeaker.has(it.group)) {
      speaker = groupSpeaker.get(it.group)!;
    } else if (it.ref.kind === 'context') {
      const near: boolean = prev !== null && para - prev.para <= 1 && sent - prev.sent <= CONTEXT_SENTENCES;
      speaker = near ? prev!.speaker : null;
      // A split quote (`"…," kata Kim. "…"`) shares the cue of its first part.
      if (near && prev!.direct && prev!.para === para) cue = prev!.cue;
    } else {
      speaker = resolver.resolve(it.ref, sent);
    }
    if (it.direct) groupSpeaker.set(it.group, speaker);
    // Reported speech is kept only when its speaker is known (a bare `menurut laporan …` is not a quote);
    // but a person the text points at and we cannot name (`The minister told …`) still speaks now.
    if (!it.direct && speaker === null) {
      const person = it.ref.kind === 'title' || it.ref.kind === 'anaphor' || it.ref.kind === 'pronoun';
      if (person) resolver.note(null, doc.sentOf[it.lastTok]!);
      else if (it.ref.kind === 'none') resolver.noteUnnamed(sent);
      continue;
    }
    resolver.note(speaker, doc.sentOf[it.lastTok]!);
    if (it.silent) {
      // "Hal ini diungkapkan oleh X." then a quote with no cue: the person's ("dikutip dari Space", a body
      // or a medium cited, speaks no quote of its own)
      if (speaker !== null && persons.has(speaker)) prev = { speaker, sent: doc.sentOf[it.lastTok]!, para: doc.paraOf[it.lastTok]!, cue: null, direct: false };
      continue;
    }
    // "Kemlu Qatar menyatakan serangan itu mengancam upaya perdamaian": a cue inside what the same
    // speaker is already quoted as saying is part of that saying, not a second quote
    if (!it.direct && cue && out.some((q) => q.speaker === speaker && q.start <= cue!.start && cue!.end <= q.end)) continue;
    out.push({ start: it.start, end: it.end, text: input.text.slice(it.start, it.end), direct: it.direct, speaker, cue });
    prev = { speaker, sent: doc.sentOf[it.lastTok]!, para: doc.paraOf[it.lastTok]!, cue, direct: it.direct };
  }
  return out;
}
