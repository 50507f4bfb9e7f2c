/** Lines of a text with their offsets, and the small tests the structure pass asks of a line. */

export interface Line {
  /** offset of the line's first character and of its end (before the \n) */
  start: number;
  end: number;
  /** the line without surrounding white space, and where that trimmed part lies */
  trimmed: string;
  tStart: number;
  tEnd: number;
}

const SPACE = /[\s\u00a0\u200b\ufeff]/;

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    let a = start;
    let b = end;
    while (a < b && SPACE.test(text[a]!)) a++;
    while (b > a && SPACE.test(text[b - 1]!)) b--;
    out.push({ start, end, trimmed: text.slice(a, b), tStart: a, tEnd: b });
    if (nl === -1) break;
    start = nl + 1;
  }
  return out;
}

/** A headline rather than prose: short, capitalised, no sentence-final punctuation. */
export function looksLikeHeadline(s: string): boolean {
  if (s.length < 12 || s.length > 180) return false;
  if (!/^[\p{Lu}\d"“‘']/u.test(s)) return false;
  if (/[.,;:!]["”’']?$/.test(s)) return false;
  if (/["”],?\s+\p{Ll}/u.test(s)) return false; // `..." kata X` is the end of a quote
  const words = s.split(/\s+/).length;
  return words >= 3 && words <= 24;
}
