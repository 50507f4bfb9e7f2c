/**
 * Feature resources built at training time from unlabeled text and word lists, then stored inside the
 * model (so tagging never depends on files that may change): word clusters, the capitalization profile
 * of each word, and gazetteer lists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HashedClusters } from './clusters.js';
import { clusterWords, DEFAULT_CLUSTERING, type ClusteringOptions } from './clustering.js';
import { HashedLexicon, MAX_ENTRY_TOKENS } from './lexicon.js';
import type { FeatureResources } from './features.js';
import { spansOf } from './metrics.js';
import { langJson } from '../../lang/data.js';
import type { Corpus } from './train.js';

/**
 * Word lists from the Indonesian language data (lang/id): role titles, honorifics, degrees, and the head
 * words of organisation and place names. Read at training time and stored in the model.
 */
export function languageWordLists(): { name: string; phrases: string[] }[] {
  const roles = langJson<{ titles: Record<string, string> }>('id', 'roles.json');
  const ent = langJson<{ honorifics: string[]; degrees: string[]; orgHeads: string[]; locHeads: string[] }>('id', 'entities.json');
  return [
    { name: 'title', phrases: Object.keys(roles.titles).sort() },
    { name: 'honorific', phrases: [...ent.honorifics].sort() },
    { name: 'degree', phrases: [...ent.degrees].sort() },
    { name: 'org-head', phrases: [...ent.orgHeads].sort() },
    { name: 'loc-head', phrases: [...ent.locHeads].sort() },
  ];
}

/** Word forms of every sentence in the CoNLL-U files of a folder (sorted by name); none if it is missing. */
export function readConlluFolder(dir: string): string[][] {
  if (!existsSync(dir)) return [];
  const out: string[][] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.conllu')).sort()) {
    let cur: string[] = [];
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (line.startsWith('#')) continue;
      if (line.trim() === '') {
        if (cur.length > 0) out.push(cur);
        cur = [];
        continue;
      }
      const cols = line.split('\t');
      if (/^\d+$/.test(cols[0]) && cols.length > 1) cur.push(cols[1]);
    }
    if (cur.length > 0) out.push(cur);
  }
  return out;
}

export interface GazetteerEntry {
  name: string;
  type: string;
}

/** `name<TAB>TYPE` lines (TYPE one of PER, ORG, LOC); blank and # lines skipped. */
export function readGazetteer(path: string): GazetteerEntry[] {
  if (!existsSync(path)) return [];
  const out: GazetteerEntry[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [name, type] = line.split('\t');
    if (name && type && /^(PER|ORG|LOC)$/.test(type.trim())) out.push({ name: name.trim(), type: type.trim() });
  }
  return out;
}

export interface ResourceOptions {
  clusters: boolean;
  clustering?: ClusteringOptions;
  /** Cluster path prefix lengths used as features. */
  prefixes?: number[];
  capitalization: boolean;
  /** Occurrences (not sentence-initial) a word needs for a capitalization profile. */
  capMinCount?: number;
  gazetteer?: GazetteerEntry[];
  /** Also list every word of multi-word gazetteer and memory names on its own (`gaztok-*`, `memtok-*`). */
  tokenLists?: boolean;
  /** Further word lists (role titles, honorifics, name heads …), each a list name and its phrases. */
  wordLists?: { name: string; phrases: readonly string[] }[];
  /**
   * Entity memory: the entity strings of the training corpora as word lists. Training sentences see
   * lists built from the other folds only (jackknife), so the feature is as reliable as on new text.
   */
  memory?: { corpora: readonly Corpus[]; folds: number };
}

export interface BuiltResources {
  /** What the model keeps and uses on new text. */
  final: FeatureResources;
  /** What training sentence `index` of corpus `corpus` sees (differs from `final` only with entity memory). */
  forSentence(corpus: number, index: number): FeatureResources;
}

/** Capitalization profile lists, by share of capitalized non-initial occurrences. */
export const CAP_LISTS = ['cap-mostly', 'cap-never', 'cap-mixed'] as const;
export const GAZ_LISTS = ['gaz-PER', 'gaz-ORG', 'gaz-LOC'] as const;
export const MEM_LISTS = ['mem-PER', 'mem-ORG', 'mem-LOC'] as const;

export function buildResources(unlabeled: readonly (readonly string[])[], o: ResourceOptions): BuiltResources {
  const clusters = o.clusters ? HashedClusters.fromPaths(clusterWords(unlabeled, o.clustering ?? DEFAULT_CLUSTERING), o.prefixes ?? [4, 6, 10, 12]) : undefined;
  const names: string[] = [];
  const entries: { list: string; tokens: string[] }[] = [];
  if (o.capitalization) {
    names.push(...CAP_LISTS);
    const cap = new Map<string, number>();
    const all = new Map<string, number>();
    for (const s of unlabeled)
      for (let i = 1; i < s.length; i++) {
        const w = s[i];
        if (!/\p{L}/u.test(w)) continue;
        const l = w.toLowerCase();
        all.set(l, (all.get(l) ?? 0) + 1);
        if (w !== l && w[0] !== l[0]) cap.set(l, (cap.get(l) ?? 0) + 1);
      }
    for (const [w, n] of [...all].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (n < (o.capMinCount ?? 2)) continue;
      const r = (cap.get(w) ?? 0) / n;
      entries.push({ list: r >= 0.9 ? 'cap-mostly' : r === 0 ? 'cap-never' : 'cap-mixed', tokens: [w] });
    }
  }
  if (o.gazetteer && o.gazetteer.length > 0) {
    names.push(...GAZ_LISTS);
    if (o.tokenLists) names.push(...GAZ_LISTS.map((l) => l.replace('gaz-', 'gaztok-')));
    for (const e of o.gazetteer) {
      const tokens = e.name.split(/\s+/).filter(Boolean);
      if (tokens.length > 0 && tokens.length <= MAX_ENTRY_TOKENS) entries.push({ list: `gaz-${e.type}`, tokens });
      if (o.tokenLists && tokens.length > 1) for (const t of tokens) if (/\p{L}\p{L}/u.test(t)) entries.push({ list: `gaztok-${e.type}`, tokens: [t] });
    }
  }
  for (const wl of o.wordLists ?? []) {
    names.push(wl.name);
    for (const p of wl.phrases) {
      const tokens = p.split(/\s+/).filter(Boolean);
      if (tokens.length > 0 && tokens.length <= MAX_ENTRY_TOKENS) entries.push({ list: wl.name, tokens });
    }
  }
  const mem = o.memory;
  if (!mem) {
    const final: FeatureResources = { clusters, lexicon: names.length > 0 ? HashedLexicon.build(names, entries) : undefined };
    return { final, forSentence: () => final };
  }
  names.push(...MEM_LISTS);
  if (o.tokenLists) names.push(...MEM_LISTS.map((l) => l.replace('mem-', 'memtok-')));
  // Entity strings with the folds they occur in; sentence i of a corpus is in fold i % folds.
  const memEntries: { list: string; tokens: string[]; fold: number }[] = [];
  mem.corpora.forEach((c) =>
    c.sentences.forEach((s, i) => {
      if (!s.labels) return;
      for (const sp of spansOf(s.labels)) {
        if (sp.end - sp.start > MAX_ENTRY_TOKENS) continue;
        const tokens = s.words.slice(sp.start, sp.end);
        memEntries.push({ list: MEM_LISTS[sp.type], tokens, fold: i % mem.folds });
        if (o.tokenLists && tokens.length > 1)
          for (const t of tokens) if (/\p{L}\p{L}/u.test(t)) memEntries.push({ list: MEM_LISTS[sp.type].replace('mem-', 'memtok-'), tokens: [t], fold: i % mem.folds });
      }
    }),
  );
  const build = (exclude: number): FeatureResources => ({
    clusters,
    lexicon: HashedLexicon.build(names, [...entries, ...memEntries.filter((e) => e.fold !== exclude)]),
  });
  const final = build(-1);
  const perFold = Array.from({ length: mem.folds }, (_, k) => build(k));
  return { final, forSentence: (_c, i) => perFold[i % mem.folds] };
}
