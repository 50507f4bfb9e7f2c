/**
 * Who wrote and who edited, as the page says it outside the body text: schema.org `itemprop`,
 * bylines (`Oleh : Maya Sofia`, `Fino Yurio Kristo - detikinet`), credit tables and lists
 * (`Penulis | : X`, `Author` / `Corry Anestia`), then JSON-LD and `<meta name=author>` when the
 * markup names nobody. Organisations (the site itself) are not authors; photographers are not kept.
 */
import type { CreditRole } from '../../article/patterns.js';
import { type DomElement, contains, elementsIn, tagOf, textOf } from './dom.js';
import { paragraphs } from './paragraphs.js';
import { siteish } from './title.js';
import { parseTextDate, textDateLength } from './dates.js';
import { webWords } from './words.js';

export interface FoundCredit {
  role: CreditRole;
  /** the label the page wrote, when it wrote one */
  label: string | null;
  value: string;
}

const BYLINE_WORDS = /author|byline|reporter|penulis|writer|wartawan|pewarta/;
const PHOTO_WORDS = /caption|photo|foto|image|img|gallery|galeri|thumb/;

/** A person's name (or a short list of names) rather than a sentence, a date or a site. */
export function looksLikeName(s: string, tokens: string[]): boolean {
  const t = s.trim();
  if (t.length < 2 || t.length > 80) return false;
  if (/https?:|www\.|@|\.(?:com|co|id|net|org)\b|\d{2}/i.test(t)) return false;
  if (!/^\p{Lu}/u.test(t)) return false;
  if (/[.!?]["”]?\s+\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 8) return false;
  // Every word capitalised (`Dewi Kania`, `B Kunto Wibisono`), but for particles (`dan`, `bin`).
  const particles = webWords().nameParticles;
  if (words.some((w) => !/^[\p{Lu}\d(]/u.test(w) && !particles.has(w.toLowerCase().replace(/[,.]$/, '')))) return false;
  if (siteish(t, tokens)) return false;
  return parseTextDate(t) === null;
}

/**
 * A value the article stage can read as a credit: no address or date, no sentence inside, short
 * names (`A, B dan C`); people's names capitalised.
 */
function acceptable(role: CreditRole, value: string): boolean {
  if (!value || value.length > 120 || /https?:|www\.|@|\[at\]/i.test(value) || parseTextDate(value) !== null) return false;
  if (/[.!?]["”]?\s+\p{Lu}/u.test(value)) return false;
  if (value.split(webWords().nameSeparator).some((n) => n.split(/\s+/).length > 6)) return false;
  return role === 'source' || /^[\p{Lu}\d]/u.test(value);
}

function roleOf(label: string): CreditRole | 'ignore' | null {
  return webWords().labelRole.get(label.toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

/** Credit lines among lines of text: `Label: value`, `Oleh Name`, a label alone next to a name. */
export function creditsInLines(lines: string[], tokens: string[]): { credits: FoundCredit[]; used: Set<number> } {
  const w = webWords();
  const credits: FoundCredit[] = [];
  const used = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 160) continue;
    const m = w.creditLine.exec(line);
    if (m) {
      const label = (m[1] ?? m[2])!;
      const role = roleOf(label);
      // A by-line label (`Oleh X`, `By X`) is not written again: the canonical label is.
      const written = m[1] ?? null;
      // `Sumber: Kemenag` may name an organisation; other roles name people.
      let value = m[3]!.trim().replace(/^[:：]\s*/, '');
      // A date after the name (`Oleh X | Selasa, 16/2`) is not part of it.
      value = value.split(/\s+\|\s+/)[0]!.trim();
      // `Oleh Presiden Jokowi, proyek itu …` is a sentence, not a by-line: a by-line names people only.
      if (!written && !looksLikeName(value, tokens)) continue;
      if (role && role !== 'ignore' && acceptable(role, value)) {
        credits.push({ role, label: written, value });
      }
      if (role) used.add(i);
      continue;
    }
    const only = w.labelOnly.exec(line);
    if (only) {
      const role = roleOf(only[1]!);
      used.add(i);
      const next = lines[i + 1];
      const prev = lines[i - 1];
      if (next !== undefined && !w.labelOnly.test(next) && looksLikeName(next, tokens)) {
        if (role && role !== 'ignore' && acceptable(role, next.trim())) credits.push({ role, label: only[1]!, value: next.trim() });
        used.add(i + 1);
        i++;
      } else if (prev !== undefined && !used.has(i - 1) && looksLikeName(prev, tokens)) {
        if (role && role !== 'ignore' && acceptable(role, prev.trim())) credits.push({ role, label: only[1]!, value: prev.trim() });
        used.add(i - 1);
      }
    }
  }
  return { credits, used };
}

/** `Fino Yurio Kristo - detikinet`, `Vania Ika Aldida | Jum'at, 17 Februari 2017` → the names. */
function namesInByline(line: string, tokens: string[]): string[] {
  const out: string[] = [];
  for (const part of line.split(/\s+[-–—|•·]\s+|\s*\|\s*/)) {
    const p = part.trim().replace(/^(?:by|oleh)\s*:?\s+/i, '');
    if (!p || textDateLength(p) > 0) continue;
    if (looksLikeName(p, tokens)) out.push(p);
  }
  return out;
}

function insidePhoto(e: DomElement, scope: DomElement): boolean {
  for (let n: DomElement | null = e; n && n !== scope; n = n.parentElement) {
    if (tagOf(n) === 'figure' || tagOf(n) === 'figcaption') return true;
    if (PHOTO_WORDS.test(`${n.getAttribute('class') ?? ''} ${n.getAttribute('id') ?? ''}`.toLowerCase())) return true;
  }
  return false;
}

function itemName(e: DomElement): string {
  const content = e.getAttribute('content');
  if (content && tagOf(e) === 'meta') return content.trim();
  const named = e.querySelector('[itemprop="name"]');
  return textOf(named ?? e);
}

/**
 * Credits in `scope` (the element holding the headline and the body), outside `body` itself:
 * the body's own credit lines are read with its paragraphs.
 */
export function markupCredits(scope: DomElement, body: DomElement | null, tokens: string[]): FoundCredit[] {
  const credits: FoundCredit[] = [];
  const outside = (e: DomElement): boolean => !body || !contains(body, e);

  // schema.org microdata
  for (const e of elementsIn(scope)) {
    if (!outside(e)) continue;
    const prop = (e.getAttribute('itemprop') ?? '').toLowerCase();
    if (!prop) continue;
    const role: CreditRole | null = /\b(?:author|creator)\b/.test(prop) ? 'reporter' : /\beditor\b/.test(prop) ? 'editor' : null;
    if (!role || insidePhoto(e, scope)) continue;
    for (const name of namesInByline(itemName(e).replace(/^(?:oleh|by)\s*:?\s*/i, ''), tokens)) credits.push({ role, label: null, value: name });
  }

  // Text lines around the body: credit tables, labelled bylines, credit lists.
  const copy = scope.cloneNode(true);
  if (body) {
    // Remove the body from the copy: find it by position among the scope's elements.
    const orig = elementsIn(scope);
    const idx = orig.indexOf(body);
    if (idx >= 0) elementsIn(copy)[idx]?.remove();
  }
  const lines = paragraphs(copy).map((p) => p.text);
  credits.push(...creditsInLines(lines, tokens).credits);

  // Bylines without a label, marked by their class: `<div class="author">X - detikinet</div>`.
  if (!credits.some((c) => c.role === 'reporter')) {
    for (const e of elementsIn(scope)) {
      if (!outside(e) || e === scope) continue;
      const names = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`.toLowerCase();
      if (!BYLINE_WORDS.test(names) || insidePhoto(e, scope)) continue;
      const text = textOf(e);
      if (!text || text.length > 120) continue;
      for (const p of paragraphs(e)) {
        if (webWords().labelOnly.test(p.text)) continue;
        for (const name of namesInByline(p.text, tokens)) credits.push({ role: 'reporter', label: null, value: name });
      }
      if (credits.some((c) => c.role === 'reporter')) break;
    }
  }
  return dedupe(credits);
}

const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

export function dedupe(credits: FoundCredit[]): FoundCredit[] {
  const seen = new Set<string>();
  const out: FoundCredit[] = [];
  for (const c of credits) {
    const k = key(c.value);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(c);
  }
  return out;
}

/** `<meta name="author">` values that name a person, not the site or a profile page. */
export function metaAuthors(values: (string | null)[], tokens: string[]): string[] {
  return values.filter((v): v is string => !!v && looksLikeName(v, tokens) && !webWords().organisation.test(v));
}
