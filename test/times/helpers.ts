/** Runs the times detector and normalizer on a test sentence, as the stage would. */
import { timesIn } from '../../src/times/index.js';

export interface Found {
  text: string;
  type: string;
  value: string | null;
}

export function times(text: string, published: string | null, lang: 'id' | 'en' = 'id'): Found[] {
  const out = timesIn(text, 0, text.length, lang, published);
  for (const r of out) {
    // every span is exact: start/end are offsets into the text
    if (r.start < 0 || r.end > text.length || r.start >= r.end) throw new Error(`bad span ${r.start}-${r.end}`);
  }
  return out.map((r) => ({ text: text.slice(r.start, r.end), type: r.type, value: r.value }));
}

/** The one expression found in `text` whose words are `expr`. */
export function one(text: string, published: string | null, expr: string, lang: 'id' | 'en' = 'id'): Found | undefined {
  return times(text, published, lang).find((t) => t.text === expr);
}
