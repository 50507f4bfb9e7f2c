/**
 * The statistical NER tagger's public face: words of one sentence in, BIO tags out
 * (`B-PER`, `I-PER`, `B-ORG`, `I-ORG`, `B-LOC`, `I-LOC`, `O`).
 * (Stub until the trained model lands: tags everything `O`.)
 */
export interface Tagger {
  tag(words: readonly string[]): string[];
}

export async function loadTagger(): Promise<Tagger> {
  return { tag: (words) => words.map(() => 'O') };
}
