/** The start page: search with filters and snippets; the latest documents; an empty store's offer of examples. */
import { useState } from 'preact/hooks';
import { get, post, type DocumentPage, type DocumentSummary, type IngestResult, type SearchPage, type Status } from '../api';
import { day, ErrorNote, Pager, useLoad } from '../components/common';
import { snippetRuns } from '../highlight';
import { go, href } from '../router';

const LIMIT = 20;

function DocLine({ d, snippet }: { d: DocumentSummary; snippet?: string }) {
  return (
    <li class="hit">
      <a class="title" href={href(['doc', d.id])}>
        {d.title ?? d.id}
      </a>
      <div class="meta">
        {day(d.published)} · {d.outlet ?? 'unknown outlet'} · {d.lang} · {d.entities} entities · {d.events} events
      </div>
      {snippet !== undefined && (
        <p class="snippet">
          {snippetRuns(snippet).map((r, i) => (r.match ? <mark key={i}>{r.text}</mark> : r.text))}
        </p>
      )}
    </li>
  );
}

function EmptyStore({ status, onLoaded }: { status: Status; onLoaded: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<IngestResult | null>(null);
  const load = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      setResult(await post<IngestResult>('/api/examples', {}));
      onLoaded();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="box empty" data-testid="empty-store">
      <h2>The store is empty</h2>
      <p>
        Ingest articles with <code>warta ingest PATH</code>
        {status.examples ? ', or load the example articles that come with Warta to look around:' : '.'}
      </p>
      {status.examples && (
        <button type="button" class="primary" disabled={busy} onClick={() => void load()}>
          {busy ? 'Analyzing the examples…' : 'Load the bundled examples'}
        </button>
      )}
      {result && (
        <p>
          {result.added} articles added{result.failed.length ? `, ${result.failed.length} failed` : ''}.
        </p>
      )}
      <ErrorNote message={error} />
    </section>
  );
}

export function SearchView({ params }: { params: URLSearchParams }) {
  const q = params.get('q') ?? '';
  const lang = params.get('lang') ?? '';
  const since = params.get('since') ?? '';
  const until = params.get('until') ?? '';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const [form, setForm] = useState({ q, lang, since, until });
  const status = useLoad('status', () => get<Status>('/api/status'));
  const key = JSON.stringify({ q, lang, since, until, offset, docs: status.data?.documents });
  const results = useLoad(key, () =>
    q ? get<SearchPage>('/api/search', { q, lang, since, until, limit: LIMIT, offset }) : get<DocumentPage>('/api/documents', { lang, since, until, limit: LIMIT, offset }),
  );
  const submit = (e: Event): void => {
    e.preventDefault();
    go(['search'], { ...form });
  };
  const page = (o: number): void => go(['search'], { q, lang, since, until, offset: o || undefined });
  return (
    <div class="search">
      {status.data && status.data.documents === 0 && <EmptyStore status={status.data} onLoaded={status.reload} />}
      <form class="searchform" onSubmit={submit} role="search">
        <input name="q" type="search" placeholder="Search the articles: Putin, “kerja sama”, sanksi*" value={form.q} onInput={(e) => setForm({ ...form, q: e.currentTarget.value })} />
        <select name="lang" value={form.lang} onChange={(e) => setForm({ ...form, lang: e.currentTarget.value })} aria-label="language">
          <option value="">any language</option>
          <option value="id">Indonesian</option>
          <option value="en">English</option>
        </select>
        <label>
          from <input name="since" type="text" placeholder="2024-03" size={10} value={form.since} onInput={(e) => setForm({ ...form, since: e.currentTarget.value })} />
        </label>
        <label>
          to <input name="until" type="text" placeholder="2024-04-30" size={10} value={form.until} onInput={(e) => setForm({ ...form, until: e.currentTarget.value })} />
        </label>
        <button type="submit" class="primary">
          Search
        </button>
      </form>
      {status.data && status.data.documents > 0 && (
        <p class="muted">
          {status.data.documents} documents, {status.data.entities} entities, {status.data.events} events
          {status.data.firstDay ? `, ${status.data.firstDay} to ${status.data.lastDay}` : ''}.
        </p>
      )}
      <ErrorNote message={results.error} />
      {results.data && (
        <>
          <h2>{q ? `Results for “${q}”` : 'Latest documents'}</h2>
          {results.data.items.length === 0 && <p class="muted">{q ? 'Nothing found.' : 'No documents.'}</p>}
          <ol class="hits">
            {results.data.items.map((d) => (
              <DocLine key={d.key} d={d} snippet={'snippet' in d ? (d as { snippet: string }).snippet : undefined} />
            ))}
          </ol>
          <Pager offset={offset} limit={LIMIT} next={results.data.next} onPage={page} />
        </>
      )}
    </div>
  );
}
