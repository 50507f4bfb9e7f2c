/**
 * PFSA-ID (quote attribution in Kompas articles, `token<TAB>BILOU`, blank line between sentences):
 * reading the file into documents with running text, and scoring found direct quotes against
 * the STATEMENT spans (token level, as published, and exact spans) and their speakers
 * (the PERSON / PERSONCOREF next to the statement's CUE, or the last one before a CUECOREF).
 *
 * The file is for evaluation only (CC BY-NC-SA): it is read where it lies, never copied.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Entity, Quote } from '../../record/schema.js';
import { UserError } from '../../util/errors.js';

export interface PfsaDoc {
  text: string;
  tokens: { start: number; end: number; text: string; tag: string; label: string }[];
}

const DATELINE = /^[A-Z][A-Z .]+(?:,\s*KOMPAS(?:\.com)?)?\s*[—–-]/u;
const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '%']);
const NO_SPACE_AFTER = new Set(['(', '[', '{']);
const DOUBLE = new Set(['"', '“', '”']);
const SINGLE = new Set(["'", '‘', '’']);

function labelOf(tag: string): string {
  return tag === 'O' || tag === '' ? 'O' : tag.replace(/^[BILU]-/, '');
}

/** Sentences → documents (a new one at a dateline, or at the first ISSUE of a story) → text. */
export function readPfsa(path: string): PfsaDoc[] {
  if (!existsSync(path)) throw new UserError(`no PFSA-ID test file at ${path} (expected ../shared/data/quotes/pfsa-id/test.txt)`);
  const sentences: { tok: string; tag: string }[][] = [];
  let cur: { tok: string; tag: string }[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') {
      if (cur.length) sentences.push(cur);
      cur = [];
      continue;
    }
    const tab = line.lastIndexOf('\t');
    if (tab < 0) throw new UserError(`${path}: expected token<TAB>tag lines`);
    cur.push({ tok: line.slice(0, tab), tag: line.slice(tab + 1).trim() });
  }
  if (cur.length) sentences.push(cur);

  const groups: { tok: string; tag: string }[][][] = [];
  let sinceStart = Infinity;
  for (const s of sentences) {
    const head = s
      .slice(0, 6)
      .map((t) => t.tok)
      .join(' ');
    const dateline = DATELINE.test(head);
    const issue = s.some((t) => t.tag === 'B-ISSUE' || t.tag === 'U-ISSUE');
    if (groups.length === 0 || dateline || (issue && sinceStart > 2)) {
      groups.push([]);
      sinceStart = 0;
    }
    groups[groups.length - 1]!.push(s);
    sinceStart++;
  }
  return groups.map(detokenize);
}

/**
 * Which way a quotation mark faces, from the file's layout: the tokenizer left an opening mark
 * at the end of the sentence before (`… tergeletak . ”` / next line), a closing one before the
 * cue (`… , ” kata Roland`). Where the layout says nothing, marks alternate.
 */
function markFacing(toks: { tok: string; last: boolean; first: boolean }[], i: number, open: boolean): boolean {
  const prev = toks[i - 1]?.tok ?? '';
  const next = toks[i + 1]?.tok ?? '';
  if (/^[,;]$/u.test(prev) || /^[,.;:!?)]$/u.test(next)) return false;
  if (/^\p{Ll}/u.test(next) && /^[.!?]$/u.test(prev)) return false;
  if (toks[i]!.last && /^[.!?]$/u.test(prev)) return true;
  if (toks[i]!.first && /^\p{L}/u.test(next)) return true;
  return !open;
}

/** Running text from tokens: no space before closing punctuation, quotation marks attached to their words. */
function detokenize(sentences: { tok: string; tag: string }[][]): PfsaDoc {
  const toks = sentences.flatMap((s) => s.map((t, k) => ({ ...t, first: k === 0, last: k === s.length - 1 })));
  const out: PfsaDoc['tokens'] = [];
  let text = '';
  let doubleOpen = false;
  let singleOpen = false;
  let glueNext = true;
  for (let i = 0; i < toks.length; i++) {
    const { tok, tag } = toks[i]!;
    let opens = false;
    let closes = false;
    if (DOUBLE.has(tok)) {
      opens = markFacing(toks, i, doubleOpen);
      closes = !opens;
      doubleOpen = opens;
    } else if (SINGLE.has(tok)) {
      opens = markFacing(toks, i, singleOpen);
      closes = !opens;
      singleOpen = opens;
    }
    const prev = out.length ? out[out.length - 1]!.text : '';
    const next = toks[i + 1]?.tok ?? '';
    const between =
      (tok === '/' || tok === '-') && /\d$/u.test(prev) && /^\d/u.test(next)
        ? false
        : (prev === '/' || prev === '-') && /^\d/u.test(tok) && /\d$/u.test(out[out.length - 2]?.text ?? '')
          ? false
          : true;
    const space = !glueNext && !NO_SPACE_BEFORE.has(tok) && !closes && between;
    if (space) text += ' ';
    const start = text.length;
    text += tok;
    out.push({ start, end: text.length, text: tok, tag, label: labelOf(tag) });
    glueNext = NO_SPACE_AFTER.has(tok) || opens;
  }
  return { text, tokens: out };
}

/** Spans (token index ranges, inclusive) of one label, from BILOU tags. */
export function labelSpans(doc: PfsaDoc, label: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = -1;
  doc.tokens.forEach((t, i) => {
    if (t.label !== label) {
      start = -1;
      return;
    }
    const p = t.tag[0];
    if (p === 'B' || p === 'U' || start < 0) start = i;
    if (p === 'L' || p === 'U') {
      spans.push([start, i]);
      start = -1;
    }
  });
  return spans;
}

const isMark = (t: string): boolean => DOUBLE.has(t) || SINGLE.has(t);
const isPunct = (t: string): boolean => /^[,.;:!?]$/u.test(t);

/** A span without its quotation marks and the punctuation just inside them. */
function core(doc: PfsaDoc, [a, b]: [number, number]): [number, number] {
  while (a <= b && (isMark(doc.tokens[a]!.text) || isPunct(doc.tokens[a]!.text))) a++;
  while (b >= a && (isMark(doc.tokens[b]!.text) || isPunct(doc.tokens[b]!.text))) b--;
  return [a, b];
}

/** Token range of a found quote, widened to its marks and the comma before the closing one. */
function quoteTokens(doc: PfsaDoc, q: Quote): [number, number] | null {
  const toks = doc.tokens;
  let a = toks.findIndex((t) => t.end > q.start);
  if (a < 0 || toks[a]!.start >= q.end) return null;
  let b = a;
  while (b + 1 < toks.length && toks[b + 1]!.start < q.end) b++;
  if (a > 0 && isMark(toks[a - 1]!.text)) a--;
  while (b + 1 < toks.length && isPunct(toks[b + 1]!.text) && b + 2 < toks.length && isMark(toks[b + 2]!.text)) b++;
  if (b + 1 < toks.length && isMark(toks[b + 1]!.text)) b++;
  return [a, b];
}

/** Oracle entities from the annotations: PERSON / PERSONCOREF (linked by a shared name word) and AFFILIATION. */
export function annotatedEntities(doc: PfsaDoc): Entity[] {
  const ents: Entity[] = [];
  const mention = (a: number, b: number) => ({
    start: doc.tokens[a]!.start,
    end: doc.tokens[b]!.end,
    text: doc.text.slice(doc.tokens[a]!.start, doc.tokens[b]!.end),
  });
  const words = (s: string): string[] => s.toLowerCase().split(/\s+/u).filter((w) => w.length >= 3);
  const persons = [...labelSpans(doc, 'PERSON').map((s) => ({ s, coref: false })), ...labelSpans(doc, 'PERSONCOREF').map((s) => ({ s, coref: true }))];
  persons.sort((x, y) => x.s[0] - y.s[0]);
  for (const { s, coref } of persons) {
    const m = mention(s[0], s[1]);
    const w = words(m.text);
    const same = [...ents]
      .reverse()
      .find((e) => e.type === 'PER' && e.mentions.some((x) => words(x.text).some((y) => w.includes(y))));
    if (same) same.mentions.push(m);
    else if (!coref || w.length > 0) ents.push({ id: `p${ents.length + 1}`, name: m.text, type: 'PER', kb: null, actor: null, mentions: [m] });
  }
  for (const s of labelSpans(doc, 'AFFILIATION')) {
    const m = mention(s[0], s[1]);
    const same = ents.find((e) => e.type === 'ORG' && e.name === m.text);
    if (same) same.mentions.push(m);
    else ents.push({ id: `o${ents.length + 1}`, name: m.text, type: 'ORG', kb: null, actor: null, mentions: [m] });
  }
  for (const e of ents) e.mentions.sort((x, y) => x.start - y.start);
  return ents;
}

/**
 * The gold speaker's name for a statement: the person next to its cue, or (`clitic`) the last
 * annotated person before a clitic cue (`ujarnya`) — an approximation, since the file links no
 * clitic to its person and annotates public figures only.
 */
export function goldSpeaker(doc: PfsaDoc, span: [number, number]): string | null {
  return goldSpeakerOf(doc, span)?.name ?? null;
}

export function goldSpeakerOf(doc: PfsaDoc, [a, b]: [number, number]): { name: string; clitic: boolean } | null {
  const toks = doc.tokens;
  const wrap = (name: string | null, clitic: boolean) => (name === null ? null : { name, clitic });
  const personAt = (i: number): string | null => {
    if (i < 0 || i >= toks.length) return null;
    const l = toks[i]!.label;
    if (l !== 'PERSON' && l !== 'PERSONCOREF') return null;
    let s = i;
    let e = i;
    while (s > 0 && toks[s - 1]!.label === l && !/^[BU]-/.test(toks[s]!.tag)) s--;
    while (e + 1 < toks.length && toks[e + 1]!.label === l && !/^[LU]-/.test(toks[e]!.tag)) e++;
    return doc.text.slice(toks[s]!.start, toks[e]!.end);
  };
  const lastPersonBefore = (i: number): string | null => {
    for (let k = i; k >= 0; k--) {
      const p = personAt(k);
      if (p) return p;
    }
    return null;
  };
  for (let k = b + 1; k <= b + 3 && k < toks.length; k++) {
    const l = toks[k]!.label;
    if (l === 'CUECOREF') return wrap(lastPersonBefore(a - 1), true);
    if (l === 'CUE') {
      let c = k;
      while (c + 1 < toks.length && toks[c + 1]!.label === 'CUE') c++;
      for (let j = c + 1; j <= c + 4 && j < toks.length; j++) {
        const p = personAt(j);
        if (p) return wrap(p, false);
      }
      for (let j = k - 1; j >= k - 6 && j >= 0; j--) {
        const p = personAt(j);
        if (p) return wrap(p, false);
      }
      return null;
    }
  }
  for (let k = a - 1; k >= a - 12 && k >= 0; k--) {
    if (toks[k]!.label === 'CUE' || toks[k]!.label === 'CUECOREF') return wrap(lastPersonBefore(k - 1), toks[k]!.label === 'CUECOREF');
  }
  return null;
}

export interface PfsaCounts {
  goldTokens: number;
  foundTokens: number;
  tokenHits: number;
  goldSpans: number;
  foundSpans: number;
  exactSpans: number;
  /** statements with a known gold speaker that a found quote overlaps, and how many got that speaker */
  speakerTotal: number;
  speakerRight: number;
  /** the same, for statements whose cue names the speaker (`kata Roland`) */
  namedTotal: number;
  namedRight: number;
}

export const zeroPfsa = (): PfsaCounts => ({
  goldTokens: 0,
  foundTokens: 0,
  tokenHits: 0,
  goldSpans: 0,
  foundSpans: 0,
  exactSpans: 0,
  speakerTotal: 0,
  speakerRight: 0,
  namedTotal: 0,
  namedRight: 0,
});

function nameWords(s: string): Set<string> {
  return new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3),
  );
}

export function scorePfsa(doc: PfsaDoc, quotes: Quote[], entities: Entity[], c: PfsaCounts): void {
  const gold = labelSpans(doc, 'STATEMENT');
  const goldSet = new Set<number>();
  for (const [a, b] of gold) for (let i = a; i <= b; i++) goldSet.add(i);
  const found: [number, number][] = [];
  for (const q of quotes) {
    if (!q.direct) continue;
    const r = quoteTokens(doc, q);
    if (r) found.push(r);
  }
  const foundSet = new Set<number>();
  for (const [a, b] of found) for (let i = a; i <= b; i++) foundSet.add(i);
  c.goldTokens += goldSet.size;
  c.foundTokens += foundSet.size;
  for (const i of foundSet) if (goldSet.has(i)) c.tokenHits++;

  const key = (r: [number, number]): string => core(doc, r).join(':');
  const foundKeys = new Set(found.map(key));
  c.goldSpans += gold.length;
  c.foundSpans += found.length;
  for (const g of gold) if (foundKeys.has(key(g))) c.exactSpans++;

  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const g of gold) {
    const gs = goldSpeakerOf(doc, g);
    if (gs === null) continue;
    const name = gs.name;
    const [ga, gb] = core(doc, g);
    const q = quotes.find((x, i) => {
      if (!x.direct) return false;
      const r = quoteTokens(doc, x);
      void i;
      return r !== null && r[0] <= gb && r[1] >= ga;
    });
    if (!q) continue;
    c.speakerTotal++;
    if (!gs.clitic) c.namedTotal++;
    const e = q.speaker !== null ? byId.get(q.speaker) : undefined;
    if (!e) continue;
    const want = nameWords(name);
    const have = [e.name, ...e.mentions.map((m) => m.text)].flatMap((s) => [...nameWords(s)]);
    if (have.some((w) => want.has(w))) {
      c.speakerRight++;
      if (!gs.clitic) c.namedRight++;
    }
  }
}
