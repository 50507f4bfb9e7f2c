/**
 * Paragraph-level clean-up of an article body: what markup cleaning cannot see. The headline and
 * date repeated in the body, photo captions, `Baca juga` lines and link lists (kept aside as
 * related links), credit lines (kept aside as credits), a dateline split from its paragraph,
 * everything after the newsroom sign-off `(abc/def)`, and a closing signature (`DINI TEJA`).
 */
import { articlePatterns } from '../../article/patterns.js';
import { creditsInLines, type FoundCredit } from './credits.js';
import { textDateLength } from './dates.js';
import type { Para } from './paragraphs.js';
import { webWords } from './words.js';

export interface Related {
  title: string;
  href: string | null;
}

export interface FilteredBody {
  paragraphs: string[];
  related: Related[];
  credits: FoundCredit[];
  /** `Copyright © ANTARA 2015` lines written inside the body */
  copyright: string[];
  /** the multi-part sign-off line, kept for the article stage (`(fyk/ash)`) */
  signoff: string | null;
}

export interface FilterContext {
  title: string | null;
  tokens: string[];
}

const SIGNOFF = /^\(\s*[\p{L}]{2,6}(?:\s*\/\s*[\p{L}]{2,6})*\s*\)\.?$/u;
const COPYRIGHT = /^(?:copyright|hak cipta|©|\(c\))/i;
const DATELINE_ALONE = /^[\p{Lu}][^.!?\n]{0,60}?\s*(?:\([^()]{2,40}\))?\s*(?:--|[-–—])$/u;
const SIGNATURE = /^[\p{Lu}][\p{Lu}.' -]{1,38}[\p{Lu}.]$/u;

const norm = (s: string): string => s.toLowerCase().replace(/[“”"'‘’`]/g, '"').replace(/\s+/g, ' ').trim();
const linkShare = (p: Para): number => (p.text.length ? p.link / p.text.replace(/\s+/g, '').length : 0);

function isCaption(p: Para): boolean {
  const w = webWords();
  const len = p.text.length;
  if (len > 400) return false;
  const emShare = p.em / Math.max(1, p.text.replace(/\s+/g, '').length);
  if (p.afterImage && (emShare > 0.8 || w.captionEnd.test(p.text))) return true;
  if (emShare > 0.8 && w.captionEnd.test(p.text)) return true;
  return /^\(?(?:foto|photo|image|gambar|ilustrasi)\s*:/i.test(p.text) && len < 200;
}

export function filterParagraphs(paras: Para[], ctx: FilterContext): FilteredBody {
  const w = webWords();
  const title = ctx.title ? norm(ctx.title) : null;
  const related: Related[] = [];
  const copyright: string[] = [];
  let signoff: string | null = null;
  const kept: Para[] = [];

  let relatedRun = false;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    const text = p.text;
    const n = norm(text);
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    // The headline and the date line, repeated inside the body.
    if (title && (n === title || (n.endsWith(title) && n.length <= title.length + 30))) continue;
    const dl = textDateLength(text);
    if (dl > 0 && text.length <= dl + 25) continue;
    // Related links: a heading (`Baca Juga`, `Jangan Lewatkan!!!`) and the links under it; `Baca juga: X`.
    if (w.relatedHeading.test(text) && text.length <= 40) {
      relatedRun = true;
      continue;
    }
    const rel = w.relatedLine.exec(text);
    if (rel) {
      related.push({ title: rel[1]!.trim(), href: p.link > 0 ? p.href : null });
      relatedRun = true;
      continue;
    }
    const linky = linkShare(p) >= 0.8 && text.length <= 200;
    if (relatedRun && linky) {
      related.push({ title: text, href: p.href });
      continue;
    }
    relatedRun = false;
    // A run of paragraphs that are nothing but links is a list of other stories.
    if (linky && (linkShare(paras[i + 1] ?? p) >= 0.8 || linkShare(paras[i - 1] ?? p) >= 0.8) && paras.length > 2) continue;
    if (isCaption(p) || (w.contactLine.test(text) && text.length <= 160)) continue;
    if (COPYRIGHT.test(text) && text.length <= 120) {
      copyright.push(text);
      continue;
    }
    // The sign-off closes the article: what follows is the site's, except credits and related links.
    if (SIGNOFF.test(text)) {
      if (text.includes('/')) signoff = text;
      for (let k = i + 1; k < paras.length; k++) {
        const q = paras[k]!.text;
        if (w.creditLine.test(q) || w.labelOnly.test(q)) kept.push(paras[k]!);
        else if (COPYRIGHT.test(q) && q.length <= 120) copyright.push(q);
        else {
          const r = w.relatedLine.exec(q);
          if (r) related.push({ title: r[1]!.trim(), href: paras[k]!.link > 0 ? paras[k]!.href : null });
        }
      }
      break;
    }
    kept.push(p);
  }

  // Headings before the first paragraph (a kicker, a section name) or after the last are page furniture.
  while (kept.length && kept[0]!.heading && kept[0]!.text.length <= 80) kept.shift();
  while (kept.length && kept[kept.length - 1]!.heading && kept[kept.length - 1]!.text.length <= 80) kept.pop();

  // Credit lines (`Editor: X`, `Pewarta: Y`, `Author` / `Z`) leave the body.
  const lines = kept.map((p) => p.text);
  const { credits, used } = creditsInLines(lines, ctx.tokens);
  let body = lines.filter((_, i) => !used.has(i));

  // A dateline set apart from its paragraph (`<strong>Jakarta</strong> - <p>…`).
  for (let i = 0; i < body.length - 1; i++) {
    if (DATELINE_ALONE.test(body[i]!) && body[i]!.length <= 70) {
      body[i] = `${body[i]} ${body[i + 1]}`;
      body.splice(i + 1, 1);
      break;
    }
  }
  // A closing signature in capitals: the agency (`ANTARA`) is the source, else the writer.
  const last = body[body.length - 1];
  if (body.length > 1 && last && SIGNATURE.test(last) && last.split(/\s+/).length <= 5 && !/[.!?]$/.test(last)) {
    const agency = articlePatterns().agencies.has(last.toLowerCase());
    credits.push({ role: agency ? 'source' : 'reporter', label: null, value: last });
    body = body.slice(0, -1);
  }
  return { paragraphs: body, related, credits, copyright, signoff };
}
