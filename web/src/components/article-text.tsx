/**
 * The article with its highlights. Every piece of the text is a text node (Preact escapes
 * children), so markup inside an article shows as characters and never runs.
 */
import type { AnalysisRecord } from '../api';
import { pieces, recordMarks, type Mark } from '../highlight';
import { href } from '../router';
import { ENTITY_TYPES } from '../words';

export interface ArticleTextProps {
  record: AnalysisRecord;
  /** record entity id → store-wide key (links to entity pages); absent for unstored analyses */
  entityKeys?: Record<string, string>;
  /** event index to show as picked */
  picked?: number | null;
  onPickEvent?: (index: number) => void;
  codes: Record<string, string>;
}

export function ArticleText({ record, entityKeys, picked, onPickEvent, codes }: ArticleTextProps) {
  const parts = pieces(record.text, recordMarks(record));
  const quoteEnds = new Map<number, number[]>();
  record.quotes.forEach((q, i) => quoteEnds.set(q.end, [...(quoteEnds.get(q.end) ?? []), i]));
  const speakerName = (id: string | null): string => (id ? record.entities.find((e) => e.id === id)?.name ?? id : 'speaker unknown');

  const out = [];
  for (const p of parts) {
    const classes: string[] = [];
    const titles: string[] = [];
    const data: Record<string, string> = {};
    let entity: AnalysisRecord['entities'][number] | undefined;
    for (const m of p.marks as Mark[]) {
      if (m.kind === 'entity') {
        entity = record.entities[m.index];
        if (!entity) continue;
        classes.push('ent', `ent-${entity.type}`);
        titles.push(`${entity.name} — ${ENTITY_TYPES[entity.type] ?? entity.type}${entity.actor ? `, actor ${entity.actor}` : ''}`);
        data['data-entity'] = entity.id;
      } else if (m.kind === 'quote') {
        const q = record.quotes[m.index]!;
        classes.push('quote', q.direct ? 'direct' : 'reported');
        titles.push(`${q.direct ? 'quote' : 'reported speech'} by ${speakerName(q.speaker)}`);
        data['data-quote'] = String(m.index);
      } else if (m.kind === 'time') {
        const t = record.times[m.index]!;
        classes.push('time');
        titles.push(`${t.type}: ${t.value ?? 'value unknown'}`);
        data['data-time-value'] = t.value ?? '';
      } else {
        const ev = record.events[m.index]!;
        classes.push('trigger');
        if (picked === m.index) classes.push('picked');
        titles.push(`event ${ev.code}${codes[ev.code] ? ` ${codes[ev.code]}` : ''} (${ev.modality})`);
        data['data-event'] = String(m.index);
      }
    }
    const title = titles.join('\n') || undefined;
    const key = p.start;
    if (classes.length === 0) out.push(p.text);
    else if (entity && entityKeys?.[entity.id]) {
      out.push(
        <a key={key} class={classes.join(' ')} title={title} href={href(['entity', entityKeys[entity.id]!])} {...data}>
          {p.text}
        </a>,
      );
    } else {
      const ev = data['data-event'];
      out.push(
        <span key={key} class={classes.join(' ')} title={title} {...data} onClick={ev !== undefined && onPickEvent ? () => onPickEvent(Number(ev)) : undefined}>
          {p.text}
        </span>,
      );
    }
    for (const qi of quoteEnds.get(p.end) ?? []) {
      const q = record.quotes[qi]!;
      out.push(
        <span key={`s${qi}`} class="speaker" data-speaker-of={String(qi)}>
          {' — '}
          {speakerName(q.speaker)}
        </span>,
      );
    }
  }
  return (
    <div class="article-text" lang={record.lang}>
      {out}
    </div>
  );
}
