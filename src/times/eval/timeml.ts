/**
 * Reads TimeML files (TIMEX3 annotations, creation date in `<DCT>`) into plain text plus gold
 * spans, for `warta eval times`.
 */
import { UserError } from '../../util/errors.js';

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TimemlDoc {
  id: string;
  /** the document creation time (`2014-12-29`) */
  dct: string | null;
  text: string;
  gold: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

function attr(tag: string, name: string): string | null {
  const r = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return r ? decode(r[1]!) : null;
}

/** Parses one TimeML document; throws a UserError naming the file when it is not TimeML. */
export function readTimeml(xml: string, id: string): TimemlDoc {
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  if (open < 0 || close < open) throw new UserError(`${id}: not a TimeML file (no <TEXT> element)`);
  const dctTag = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml);
  const dct = dctTag ? attr(dctTag[1]!, 'value') : null;
  const body = xml.slice(open + '<TEXT>'.length, close);
  let text = '';
  const gold: GoldTimex[] = [];
  const stack: { start: number; type: string; value: string }[] = [];
  const tag = /<(\/?)([A-Za-z0-9_]+)([^>]*)>/g;
  let last = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    text += decode(body.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[2] !== 'TIMEX3') continue;
    if (m[1] === '') {
      if (m[3]!.endsWith('/')) continue;
      stack.push({ start: text.length, type: attr(m[3]!, 'type') ?? '', value: attr(m[3]!, 'value') ?? '' });
    } else {
      const o = stack.pop();
      if (o) gold.push({ start: o.start, end: text.length, text: text.slice(o.start, text.length), type: o.type, value: o.value });
    }
  }
  text += decode(body.slice(last));
  return { id, dct, text, gold };
}
