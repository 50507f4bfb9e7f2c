/**
 * What a person types → an FTS5 query. Words are ANDed, "quoted phrases" stay phrases, `word*`
 * is a prefix, `-word` excludes, OR between two terms is kept. Everything else is quoted, so no
 * input can be an FTS5 syntax error.
 */
import { UserError } from '../util/errors.js';

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;
const WORDISH = /[\p{L}\p{N}]/u;

export function toFtsQuery(input: string): string {
  const parts: string[] = [];
  const re = /(-?)"([^"]*)"?|(\S+)/gu;
  let positive = 0;
  for (const m of input.matchAll(re)) {
    const neg = m[1] === '-' || (m[3]?.startsWith('-') ?? false);
    let term: string;
    if (m[2] !== undefined) {
      if (!WORDISH.test(m[2])) continue;
      term = quote(m[2].trim());
    } else {
      let w = m[3]!;
      if (w === 'OR' && parts.length > 0 && parts[parts.length - 1] !== 'OR') {
        parts.push('OR');
        continue;
      }
      if (w.startsWith('-')) w = w.slice(1);
      const prefix = w.endsWith('*');
      w = w.replace(/\*+$/, '');
      if (!WORDISH.test(w)) continue;
      term = quote(w) + (prefix ? '*' : '');
    }
    if (neg) parts.push(`NOT ${term}`);
    else {
      parts.push(term);
      positive++;
    }
  }
  while (parts[parts.length - 1] === 'OR') parts.pop();
  if (positive === 0) throw new UserError('search: give at least one word to look for');
  // FTS5 wants NOT between two terms: put exclusions after the first positive term.
  const pos = parts.filter((p) => !p.startsWith('NOT '));
  const neg = parts.filter((p) => p.startsWith('NOT '));
  const joined = pos.join(' ').replace(/ OR /g, ' OR ');
  return neg.length ? `(${joined}) ${neg.join(' ')}` : joined;
}
