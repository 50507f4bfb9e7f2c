/** Credit values → names: `Yonhap-OANA`, `A, B dan C`, `A/B`. */

export interface NamePart {
  name: string;
  /** offsets relative to the value string */
  start: number;
  end: number;
}

const SEPARATORS = /\s*(?:[,;/&|]|\s+dan\s+|\s+and\s+)\s*/gu;
/** Agency chains are written with hyphens: `Yonhap-OANA`, `Reuters-AFP`. */
const AGENCY_CHAIN = /\s*[-–—]\s*/gu;

export function splitNames(value: string, isSource: boolean): NamePart[] {
  const out: NamePart[] = [];
  const push = (from: number, to: number): void => {
    let a = from;
    let b = to;
    while (a < b && /[\s"'“”(]/.test(value[a]!)) a++;
    while (b > a && /[\s"'“”).]/.test(value[b - 1]!)) b--;
    if (b > a) out.push({ name: value.slice(a, b), start: a, end: b });
  };
  const pieces: [number, number][] = [];
  let last = 0;
  for (const m of value.matchAll(SEPARATORS)) {
    pieces.push([last, m.index]);
    last = m.index + m[0].length;
  }
  pieces.push([last, value.length]);
  for (const [a, b] of pieces) {
    if (!isSource) {
      push(a, b);
      continue;
    }
    const part = value.slice(a, b);
    let l = 0;
    for (const m of part.matchAll(AGENCY_CHAIN)) {
      push(a + l, a + m.index);
      l = m.index + m[0].length;
    }
    push(a + l, b);
  }
  return out;
}

/** `ANTARA 2024`, `2024 Kompas.com`, `©2024 Reuters. All rights reserved` → holder and year. */
export function parseCopyright(rest: string): { holder: string | null; year: number | null } {
  const cleaned = rest.replace(/^[©\s]+|\(c\)\s*/giu, '').replace(/\.?\s*all rights reserved\.?/iu, '').trim();
  const year = /\b(19\d{2}|20\d{2})\b/.exec(cleaned);
  const holder = cleaned
    .replace(/\b(19\d{2}|20\d{2})(?:\s*[-–]\s*(19\d{2}|20\d{2}))?\b/g, '')
    .replace(/^[\s,.©-]+|[\s,.©-]+$/g, '')
    .trim();
  return { holder: holder || null, year: year ? Number(year[1]) : null };
}
