/** Paste an article, see what Warta reads in it. Nothing is stored. */
import { useState } from 'preact/hooks';
import { post, type AnalysisRecord } from '../api';
import { ErrorNote } from '../components/common';
import { RecordView } from './article';

export function AnalyzeView() {
  const [text, setText] = useState('');
  const [kind, setKind] = useState<'text' | 'html'>('text');
  const [published, setPublished] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [record, setRecord] = useState<AnalysisRecord | null>(null);
  const run = async (e: Event): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setRecord(await post<AnalysisRecord>('/api/analyze', { [kind]: text, published: published.trim() || undefined }));
    } catch (err) {
      setRecord(null);
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="analyze">
      <form onSubmit={(e) => void run(e)}>
        <textarea name="text" rows={10} placeholder="Paste an article (Indonesian or English), as text or as a web page's HTML." value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <div class="row">
          <label>
            <input type="radio" name="kind" checked={kind === 'text'} onChange={() => setKind('text')} /> text
          </label>
          <label>
            <input type="radio" name="kind" checked={kind === 'html'} onChange={() => setKind('html')} /> HTML page
          </label>
          <label>
            published <input name="published" type="text" placeholder="2024-03-18 (optional)" size={14} value={published} onInput={(e) => setPublished(e.currentTarget.value)} />
          </label>
          <button type="submit" class="primary" disabled={busy || text.trim() === ''}>
            {busy ? 'Analyzing…' : 'Analyze'}
          </button>
          <span class="muted">Nothing is stored.</span>
        </div>
      </form>
      <ErrorNote message={error} />
      {record && <RecordView record={record} />}
    </div>
  );
}
