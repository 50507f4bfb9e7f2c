/** Runs the entities stage on a text with a tagger whose names the test chooses (the linking is under test, not the model). */
import { readStructure } from '../../src/article/structure.js';
import { findEntities } from '../../src/entities/index.js';
import { loadKnowledgeBase } from '../../src/entities/kb/load.js';
import type { Tagger } from '../../src/entities/tagger/index.js';
import type { Entity } from '../../src/record/schema.js';
import { segment } from '../../src/segment/sentences.js';
import type { StageInput } from '../../src/stage.js';

/** Tags the given names (exact token sequences) with their types; everything else O. */
export class DictTagger implements Tagger {
  private readonly names: { words: string[]; type: string }[];

  constructor(names: Record<string, 'PER' | 'ORG' | 'LOC'> = {}) {
    this.names = Object.entries(names)
      .map(([n, type]) => ({ words: n.split(' '), type }))
      .sort((a, b) => b.words.length - a.words.length);
  }

  tag(words: readonly string[]): string[] {
    const tags = words.map(() => 'O');
    for (let i = 0; i < words.length; i++) {
      if (tags[i] !== 'O') continue;
      for (const n of this.names) {
        if (n.words.every((w, k) => words[i + k] === w)) {
          n.words.forEach((_, k) => (tags[i + k] = `${k === 0 ? 'B' : 'I'}-${n.type}`));
          break;
        }
      }
    }
    return tags;
  }
}

export function stageInput(source: string, opts: { published?: string | null; lang?: 'id' | 'en' } = {}): StageInput {
  const lang = opts.lang ?? 'id';
  const s = readStructure(source, { title: null });
  return {
    id: 't',
    lang,
    dataLang: lang,
    text: s.text,
    meta: {
      title: s.title,
      url: null,
      published: opts.published ?? null,
      publishedSource: opts.published ? 'input' : null,
      dateline: s.dateline,
      credits: s.credits,
      related: s.related,
      body: s.body,
    },
    seg: segment(s.text, s.body, lang),
    entities: [],
    times: [],
    quotes: [],
  };
}

export function entities(source: string, names: Record<string, 'PER' | 'ORG' | 'LOC'> = {}, opts: { published?: string | null; lang?: 'id' | 'en' } = {}): { text: string; entities: Entity[] } {
  const input = stageInput(source, opts);
  return { text: input.text, entities: findEntities(input, new DictTagger(names), loadKnowledgeBase()) };
}

/** The entity one of whose mentions reads `surface`. */
export function byMention(list: Entity[], surface: string): Entity | undefined {
  return list.find((e) => e.mentions.some((m) => m.text === surface));
}

export const mentionTexts = (e: Entity | undefined): string[] => (e ? e.mentions.map((m) => m.text) : []);
