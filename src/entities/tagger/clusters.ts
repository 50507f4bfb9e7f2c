/**
 * Word clusters as features: each known word (by lower-case hash) belongs to a cluster whose
 * bit path (from hierarchical clustering) gives features at several prefix lengths.
 */
import type { ClusterTable } from './features.js';
import { hashString, key2 } from './hash.js';
import { IntMap } from './intmap.js';
import type { SectionArray } from './sections.js';

export class HashedClusters implements ClusterTable {
  private readonly map: IntMap;

  constructor(
    readonly prefixes: readonly number[],
    private readonly wordHashes: Int32Array,
    private readonly wordCluster: Int32Array,
    /** [cluster * prefixes.length + p] */
    private readonly prefixHashes: Int32Array,
  ) {
    this.map = new IntMap(wordHashes, wordCluster);
  }

  /** From word → bit path ("0110…"); words are case-folded. Deterministic for the same input. */
  static fromPaths(paths: ReadonlyMap<string, string>, prefixes: readonly number[]): HashedClusters {
    const clusterIds = new Map<string, number>();
    const byHash = new Map<number, number>();
    for (const [word, path] of [...paths].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
      let c = clusterIds.get(path);
      if (c === undefined) clusterIds.set(path, (c = clusterIds.size));
      const h = hashString(word, true);
      if (!byHash.has(h)) byHash.set(h, c);
    }
    const hashes = [...byHash.keys()].sort((a, b) => a - b);
    const prefixHashes = new Int32Array(clusterIds.size * prefixes.length);
    for (const [path, c] of clusterIds)
      prefixes.forEach((len, p) => (prefixHashes[c * prefixes.length + p] = key2(len, hashString(path.slice(0, len), false), path.length <= len ? 1 : 0)));
    return new HashedClusters(prefixes, Int32Array.from(hashes), Int32Array.from(hashes, (h) => byHash.get(h)!), prefixHashes);
  }

  lookup(lowerHash: number): number {
    return this.map.get(lowerHash);
  }

  prefixHash(c: number, p: number): number {
    return this.prefixHashes[c * this.prefixes.length + p];
  }

  describe(): object {
    return { prefixes: this.prefixes, words: this.wordHashes.length, clusters: this.prefixHashes.length / Math.max(1, this.prefixes.length) };
  }

  toSections(prefix: string): Record<string, SectionArray> {
    return { [`${prefix}words`]: this.wordHashes, [`${prefix}ids`]: this.wordCluster, [`${prefix}paths`]: this.prefixHashes };
  }

  static fromSections(desc: unknown, sections: Map<string, SectionArray>, prefix: string): HashedClusters {
    const d = desc as { prefixes: number[] };
    const g = (n: string): Int32Array => {
      const s = sections.get(prefix + n);
      if (!(s instanceof Int32Array)) throw new Error(`model file lacks section ${prefix}${n}`);
      return s;
    };
    return new HashedClusters(d.prefixes, g('words'), g('ids'), g('paths'));
  }
}
