/** The knowledge base being built: entities, their aliases, and how a name that several entities share is settled. */
import type { ActorCodes } from '../../src/entities/kb/codes.js';
import { formatCodes } from '../../src/entities/kb/codes.js';
import { nameKey } from '../../src/entities/kb/normalize.js';

export type KbType = 'PER' | 'ORG' | 'LOC';
/** name: a full name; short: abbreviation or short form; nick: nickname; variant: a spelling variant
 *  (never the display name); demonym: context only, never a mention. */
export type AliasKind = 'name' | 'short' | 'nick' | 'variant' | 'demonym';
export type EntityKind = 'country' | 'region' | 'place' | 'org' | 'person';

/** Lower rank wins when two entities claim the same name. */
export const RANK = { curated: 0, cldr: 1, phoenixCountry: 2, phoenix: 3 } as const;
export type Source = keyof typeof RANK;

export interface KbEntity {
  id: string;
  type: KbType;
  kind: EntityKind;
  name: string;
  codes: ActorCodes;
  source: Source;
}

interface AliasRow {
  alias: string;
  id: string;
  kind: AliasKind;
  rank: number;
}

export function slug(s: string): string {
  return (
    nameKey(s)
      .replace(/ /g, '-')
      .replace(/[^a-z0-9-]/g, '')
      .slice(0, 60) || 'x'
  );
}

export class KbBuilder {
  readonly entities = new Map<string, KbEntity>();
  private readonly rows: AliasRow[] = [];

  /** A fresh id from a base (`vladimir-putin`, then `vladimir-putin-2`…). */
  freshId(base: string): string {
    const s = slug(base);
    if (!this.entities.has(s)) return s;
    for (let i = 2; ; i++) if (!this.entities.has(`${s}-${i}`)) return `${s}-${i}`;
  }

  add(e: KbEntity): KbEntity {
    this.entities.set(e.id, e);
    return e;
  }

  alias(id: string, surface: string, kind: AliasKind): void {
    const alias = surface.replace(/\s+/g, ' ').trim();
    const e = this.entities.get(id);
    if (!e || alias === '' || nameKey(alias) === '') return;
    this.rows.push({ alias, id, kind, rank: RANK[e.source] });
  }

  /**
   * The aliases to write: for each matching key, only the best-ranked source's claims survive; a key that
   * two different entities of that rank claim is ambiguous and dropped (unless every claim is a demonym
   * or all claims are by one entity).
   */
  settledAliases(): AliasRow[] {
    const byKey = new Map<string, AliasRow[]>();
    for (const r of this.rows) {
      const k = nameKey(r.alias);
      const list = byKey.get(k);
      if (list) list.push(r);
      else byKey.set(k, [r]);
    }
    const out: AliasRow[] = [];
    const seen = new Set<string>();
    for (const rows of byKey.values()) {
      const best = Math.min(...rows.map((r) => r.rank));
      const top = rows.filter((r) => r.rank === best);
      const ids = new Set(top.filter((r) => r.kind !== 'demonym').map((r) => r.id));
      if (ids.size > 1) continue;
      for (const r of top) {
        const k = `${r.alias}\t${r.id}`;
        if (seen.has(k)) continue;
        seen.add(k);
        out.push(r);
      }
    }
    return out.sort((a, b) => (a.alias < b.alias ? -1 : a.alias > b.alias ? 1 : a.id < b.id ? -1 : 1));
  }

  /**
   * Phoenix lists some names with their article as entities of their own ("The United States", "The
   * UN"): such a name becomes a variant of the entity the name without "The" settles on, when their
   * codes agree.
   */
  withArticleVariants(aliases: AliasRow[]): AliasRow[] {
    const idsByKey = new Map<string, Set<string>>();
    for (const a of aliases) {
      if (a.kind === 'demonym') continue;
      const k = nameKey(a.alias);
      let ids = idsByKey.get(k);
      if (!ids) idsByKey.set(k, (ids = new Set()));
      ids.add(a.id);
    }
    const codes = (id: string): string => formatCodes(this.entities.get(id)!.codes);
    return aliases.map((a) => {
      const m = /^the\s+(.+)$/i.exec(a.alias);
      if (!m || a.kind === 'demonym' || !this.entities.get(a.id)!.source.startsWith('phoenix')) return a;
      const ids = idsByKey.get(nameKey(m[1]!));
      if (!ids || ids.size !== 1) return a;
      const to = ids.values().next().value as string;
      return to !== a.id && codes(to) === codes(a.id) ? { ...a, id: to, kind: 'variant' } : a;
    });
  }

  entityRows(used: Set<string>): string[] {
    return [...this.entities.values()]
      .filter((e) => used.has(e.id))
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((e) => [e.id, e.type, e.kind, e.name, formatCodes(e.codes), e.source].join('\t'));
  }
}
