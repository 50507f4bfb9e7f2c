/** One stored article: the text with its highlights, the events in plain words, credits, copies. */
import { useState } from 'preact/hooks';
import { get, type StoredDocument } from '../api';
import { ArticleText } from '../components/article-text';
import { day, ErrorNote, Section, useCodes, useLoad } from '../components/common';
import { EventPanel } from '../components/event-panel';
import { href } from '../router';
import { ENTITY_TYPES } from '../words';

export function Legend() {
  return (
    <p class="legend">
      <span class="ent ent-PER">person</span> <span class="ent ent-ORG">organisation</span> <span class="ent ent-LOC">place</span>{' '}
      <span class="quote direct">quote</span> <span class="time">time</span> <span class="trigger">event trigger</span>
    </p>
  );
}

export function RecordView({ record, entityKeys, clusters }: { record: StoredDocument['record']; entityKeys?: Record<string, string>; clusters?: StoredDocument['clusters'] }) {
  const codes = useCodes();
  const [picked, setPicked] = useState<number | null>(null);
  const pick = (i: number): void => {
    setPicked(i);
    document.querySelector(`.article-text [data-event="${i}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  const m = record.meta;
  return (
    <div class="article">
      <div class="main-col">
        <Legend />
        <ArticleText record={record} entityKeys={entityKeys} picked={picked} onPickEvent={setPicked} codes={codes} />
        {record.warnings.length > 0 && (
          <ul class="warnings">
            {record.warnings.map((w) => (
              <li>{w}</li>
            ))}
          </ul>
        )}
      </div>
      <aside class="side-col">
        <Section title="Events">
          <EventPanel record={record} clusters={clusters} codes={codes} picked={picked} onPick={pick} />
        </Section>
        <Section title="Entities">
          {record.entities.length === 0 ? (
            <p class="muted">None found.</p>
          ) : (
            <ul class="entities">
              {record.entities.map((e) => (
                <li>
                  {entityKeys?.[e.id] ? <a href={href(['entity', entityKeys[e.id]!])}>{e.name}</a> : e.name}{' '}
                  <span class="muted">
                    {ENTITY_TYPES[e.type] ?? e.type}
                    {e.actor ? ` · ${e.actor}` : ''} · {e.mentions.length}×
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title="About the text">
          <dl class="facts">
            <dt>published</dt>
            <dd>
              {m.published ?? 'unknown'}
              {m.publishedSource ? ` (${m.publishedSource})` : ''}
            </dd>
            {m.dateline && (
              <>
                <dt>dateline</dt>
                <dd>
                  {m.dateline.place ?? ''} {m.dateline.agency ? `(${m.dateline.agency})` : ''}
                </dd>
              </>
            )}
            {m.credits.source.length > 0 && (
              <>
                <dt>source</dt>
                <dd>{m.credits.source.map((s) => s.name).join(' → ')}</dd>
              </>
            )}
            {m.credits.reporter.length > 0 && (
              <>
                <dt>reporter</dt>
                <dd>{m.credits.reporter.map((s) => s.name).join(', ')}</dd>
              </>
            )}
            {m.credits.editor.length > 0 && (
              <>
                <dt>editor</dt>
                <dd>{m.credits.editor.map((s) => s.name).join(', ')}</dd>
              </>
            )}
            <dt>language</dt>
            <dd>{record.lang}</dd>
          </dl>
        </Section>
      </aside>
    </div>
  );
}

export function ArticleView({ id }: { id: string }) {
  const doc = useLoad(`doc:${id}`, () => get<StoredDocument>(`/api/documents/${encodeURIComponent(id)}`));
  if (doc.error) return <ErrorNote message={doc.error} />;
  if (!doc.data) return <p class="muted">Loading…</p>;
  const d = doc.data;
  return (
    <div>
      <h1 class="doc-title">{d.title ?? d.id}</h1>
      <p class="meta">
        {day(d.published)} · {d.outlet ?? 'unknown outlet'}
        {d.url && (
          <>
            {' · '}
            <a href={d.url} rel="noreferrer noopener" target="_blank">
              original
            </a>
          </>
        )}
        {d.agencies.length > 0 && ` · from ${d.agencies.join(', ')}`}
      </p>
      {d.links.length > 0 && (
        <p class="links">
          Copies of this story:{' '}
          {d.links.map((l, i) => (
            <>
              {i > 0 && ', '}
              <a href={href(['doc', l.other.key])}>{l.other.title ?? l.other.id}</a> ({l.kind}, {Math.round(l.similarity * 100)}%)
            </>
          ))}
        </p>
      )}
      <RecordView record={d.record} entityKeys={d.entityKeys} clusters={d.clusters} />
    </div>
  );
}
