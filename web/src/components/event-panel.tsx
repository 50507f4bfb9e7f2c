/** The events of a record, each in plain words, with the real-world event it belongs to. */
import type { AnalysisRecord, Cluster } from '../api';
import { eventWords, QUAD_COLORS, QUAD_NAMES } from '../words';

export interface EventPanelProps {
  record: AnalysisRecord;
  clusters?: (Cluster | null)[];
  codes: Record<string, string>;
  picked?: number | null;
  onPick?: (index: number) => void;
}

type Ev = AnalysisRecord['events'][number];

export function sideName(record: AnalysisRecord, side: Ev['source']): string {
  if (!side) return '?';
  const e = side.entity ? record.entities.find((x) => x.id === side.entity) : undefined;
  // a bare group ("polisi", "protesters") by its words and code
  if (!e && side.group) return side.actor ? `${side.group.text} (${side.actor})` : side.group.text;
  return e?.name ?? side.actor ?? '?';
}

export function EventPanel({ record, clusters, codes, picked, onPick }: EventPanelProps) {
  if (record.events.length === 0) return <p class="muted">No events found in this text.</p>;
  return (
    <ol class="events">
      {record.events.map((ev, i) => {
        const c = clusters?.[i] ?? null;
        const q = ev.quadClass >= 1 && ev.quadClass <= 4 ? ev.quadClass - 1 : -1;
        return (
          <li key={i} class={picked === i ? 'picked' : ''} data-event-item={String(i)} onClick={() => onPick?.(i)}>
            <span class="quad" style={{ background: q >= 0 ? QUAD_COLORS[q] : '#999' }} title={q >= 0 ? QUAD_NAMES[q] : 'no QuadClass'} />
            <span class="words">{eventWords(sideName(record, ev.source), ev.code, sideName(record, ev.target), ev.date, ev.modality, codes)}</span>
            <span class="meta">
              CAMEO {ev.code}
              {ev.goldstein !== null ? ` · Goldstein ${ev.goldstein}` : ''} · “{ev.trigger.text}”
              {c && c.numArticles > 1 ? ` · one of ${c.numArticles} articles from ${c.numSources} source${c.numSources === 1 ? '' : 's'}` : ''}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
