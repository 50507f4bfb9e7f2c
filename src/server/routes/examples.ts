/** What the UI shows on a first visit: how full the store is, and ingesting the bundled examples. */
import { isoDay } from '../../store/days.js';
import type { Store } from '../../store/types.js';
import { ingestExamples } from '../examples.js';
import { HttpError } from '../errors.js';
import { ErrorBody, IngestResult, Status } from '../schemas.js';
import type { Api } from './types.js';

export function registerExampleRoutes(api: Api, store: Store, examplesDir: string | null): void {
  let ingesting = false;

  api.get('/api/status', { schema: { summary: 'How much the store holds; whether examples can be ingested', tags: ['store'], response: { 200: Status } } }, async () => {
    const s = await store.stats();
    return {
      documents: s.documents,
      entities: s.entities,
      events: s.events,
      examples: examplesDir !== null,
      ingesting,
      firstDay: s.firstDay === null ? null : isoDay(s.firstDay),
      lastDay: s.lastDay === null ? null : isoDay(s.lastDay),
    };
  });

  api.post(
    '/api/examples',
    {
      schema: {
        summary: 'Ingest the bundled example articles into the store (idempotent)',
        tags: ['store'],
        response: { 200: IngestResult, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async () => {
      if (!examplesDir) throw new HttpError(404, 'no bundled examples in this installation');
      if (ingesting) throw new HttpError(409, 'the examples are being ingested already');
      ingesting = true;
      try {
        const s = await ingestExamples(store, examplesDir);
        return { read: s.read, added: s.added, existing: s.existing, failed: s.failed };
      } finally {
        ingesting = false;
      }
    },
  );
}
