/** Entity pages: who or what it is, its actor codes, mentions per week, its quotes and its events. */
import { useState } from 'preact/hooks';
import { get, type DocumentPage, type EntityDetail, type EntityPage, type EventRow } from '../api';
import { Chart } from '../components/chart';
import { day, ErrorNote, Pager, Section, useCodes, useLoad } from '../components/common';
import { go, href } from '../router';
import { actorLabel, ENTITY_TYPES, eventWords } from '../words';

export function EventLine({ ev, codes }: { ev: EventRow; codes: Record<string, string> }) {
  return (
    <li>
      <span class="words">{eventWords(actorLabel(ev.source), ev.code, actorLabel(ev.target), ev.date ?? (ev.day === null ? null : day(ev.doc.published)), ev.modality, codes)}</span>{' '}
      <a class="muted" href={href(['doc', ev.doc.key])}>
        {ev.doc.title ?? ev.doc.id}
      </a>
      {ev.cluster && ev.cluster.numArticles > 1 && <span class="muted"> · {ev.cluster.numArticles} articles</span>}
    </li>
  );
}

export function EntityView({ id }: { id: string }) {
  const codes = useCodes();
  const entity = useLoad(`entity:${id}`, () => get<EntityDetail>(`/api/entities/${encodeURIComponent(id)}`));
  const docs = useLoad(`entity-docs:${id}`, () => get<DocumentPage>('/api/documents', { entity: id, limit: 10 }));
  if (entity.error) return <ErrorNote message={entity.error} />;
  if (!entity.data) return <p class="muted">Loading…</p>;
  const e = entity.data;
  const relate = e.actors[0] ?? e.kb ?? e.name;
  return (
    <div class="entity">
      <h1>{e.name}</h1>
      <p class="meta" data-testid="entity-facts">
        {ENTITY_TYPES[e.type] ?? e.type}
        {e.kb ? ` · knowledge base: ${e.kb}` : ' · not in the knowledge base'}
        {e.actors.length > 0 ? ` · actor code ${e.actors.join(', ')}` : ' · no actor code'} · {e.documents} documents, {e.mentions} mentions ·{' '}
        <a href={href(['relations'], { center: relate })}>relations</a>
      </p>
      <Section title="Mentions per week">
        {e.weeks.length === 0 ? (
          <p class="muted">No dated mentions.</p>
        ) : (
          <Chart
            label={`mentions of ${e.name} per week`}
            height={220}
            option={{
              tooltip: { trigger: 'axis' },
              grid: { left: 40, right: 20, top: 20, bottom: 30 },
              xAxis: { type: 'category', data: e.weeks.map((w) => w.week) },
              yAxis: { type: 'value', minInterval: 1 },
              series: [
                { name: 'documents', type: 'bar', data: e.weeks.map((w) => w.documents), itemStyle: { color: '#6b7f99' } },
                { name: 'mentions', type: 'line', data: e.weeks.map((w) => w.mentions), itemStyle: { color: '#1f4e79' } },
              ],
            }}
          />
        )}
      </Section>
      <div class="two">
        <Section title="Quotes">
          {e.quotes.items.length === 0 ? (
            <p class="muted">No quotes attributed.</p>
          ) : (
            <ul class="quotes">
              {e.quotes.items.map((q) => (
                <li>
                  <blockquote>“{q.text}”</blockquote>
                  <span class="muted">
                    {q.cue ? `${q.cue} · ` : ''}
                    <a href={href(['doc', q.doc.key])}>{q.doc.title ?? q.doc.id}</a>, {day(q.doc.published)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title="Events">
          {e.events.items.length === 0 ? (
            <p class="muted">Takes part in no events.</p>
          ) : (
            <ul class="events-list">
              {e.events.items.map((ev) => (
                <EventLine ev={ev} codes={codes} />
              ))}
            </ul>
          )}
        </Section>
      </div>
      <Section title="Documents">
        <ul class="hits">
          {(docs.data?.items ?? []).map((d) => (
            <li>
              <a href={href(['doc', d.key])}>{d.title ?? d.id}</a> <span class="muted">{day(d.published)}</span>
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}

const LIMIT = 30;

export function EntitiesView({ params }: { params: URLSearchParams }) {
  const name = params.get('name') ?? '';
  const type = params.get('type') ?? '';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const [form, setForm] = useState({ name, type });
  const list = useLoad(JSON.stringify({ name, type, offset }), () => get<EntityPage>('/api/entities', { name, type, limit: LIMIT, offset }));
  return (
    <div>
      <form
        class="searchform"
        onSubmit={(ev) => {
          ev.preventDefault();
          go(['entities'], form);
        }}
      >
        <input type="search" placeholder="Name contains…" value={form.name} onInput={(ev) => setForm({ ...form, name: ev.currentTarget.value })} />
        <select value={form.type} onChange={(ev) => setForm({ ...form, type: ev.currentTarget.value })} aria-label="type">
          <option value="">any type</option>
          <option value="PER">people</option>
          <option value="ORG">organisations</option>
          <option value="LOC">places</option>
        </select>
        <button type="submit" class="primary">
          Find
        </button>
      </form>
      <ErrorNote message={list.error} />
      <table class="table">
        <thead>
          <tr>
            <th>name</th>
            <th>type</th>
            <th>knowledge base</th>
            <th>documents</th>
            <th>mentions</th>
          </tr>
        </thead>
        <tbody>
          {(list.data?.items ?? []).map((e) => (
            <tr>
              <td>
                <a href={href(['entity', e.key])}>{e.name}</a>
              </td>
              <td>{ENTITY_TYPES[e.type] ?? e.type}</td>
              <td>{e.kb ?? '—'}</td>
              <td>{e.documents}</td>
              <td>{e.mentions}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.data && <Pager offset={offset} limit={LIMIT} next={list.data.next} onPage={(o) => go(['entities'], { name, type, offset: o || undefined })} />}
    </div>
  );
}
