/** Who published a document and whom the story comes from, for counting independent sources. */
import type { AnalysisRecord } from '../record/schema.js';
import { normalizeName } from './normalize.js';

/**
 * The site of a URL: its registrable domain, approximated without a suffix list: the last two
 * labels, or three when the last two look like a country's second level (`bbc.co.uk`, `kemensos.go.id`).
 */
export function outletOfUrl(url: string | null): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '');
  if (!host || /^[\d.]+$/.test(host) || host.includes(':')) return host || null;
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const last = labels[labels.length - 1]!;
  const second = labels[labels.length - 2]!;
  const keep = last.length === 2 && second.length <= 3 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** Agencies named by the record: the `Sumber:` chain in order, then the dateline's agency. */
export function agenciesOf(record: AnalysisRecord): { name: string; role: 'credit' | 'dateline' }[] {
  const out: { name: string; role: 'credit' | 'dateline' }[] = [];
  const seen = new Set<string>();
  const add = (raw: string | null | undefined, role: 'credit' | 'dateline'): void => {
    const name = raw ? normalizeName(raw) : '';
    if (!name || seen.has(`${role}:${name}`)) return;
    seen.add(`${role}:${name}`);
    out.push({ name, role });
  };
  for (const s of record.meta.credits.source) add(s.name, 'credit');
  add(record.meta.dateline?.agency, 'dateline');
  return out;
}

/**
 * Whom the story originally comes from: the first agency of the credits chain (`Sumber: Yonhap-OANA`
 * → Yonhap), else the dateline's agency, else the site, else the copyright holder, else the text itself.
 */
export function originKeyOf(record: AnalysisRecord, outlet: string | null, contentHash: string): string {
  const agencies = agenciesOf(record);
  if (agencies.length > 0) return `agency:${agencies[0]!.name}`;
  if (outlet) return `outlet:${outlet}`;
  const holder = record.meta.credits.copyright?.holder;
  if (holder && normalizeName(holder)) return `outlet:${normalizeName(holder)}`;
  return `text:${contentHash}`;
}
