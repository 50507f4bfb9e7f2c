/** POST /api/analyze: text or a web page in, the record out. Nothing is stored. */
import { normalizePublished } from '../../article/published.js';
import type { Analyzer } from '../../pipeline.js';
import { readSources } from '../../read/sources.js';
import type { InputDoc } from '../../read/types.js';
import { AnalysisRecord } from '../../record/schema.js';
import { HttpError } from '../errors.js';
import { AnalyzeBody, ErrorBody } from '../schemas.js';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Api } from './types.js';

/** The body of a text/plain or text/html request, as the JSON form would give it. */
function rawBody(kind: 'text' | 'html') {
  return (_req: unknown, body: string, done: (err: Error | null, value?: unknown) => void): void => done(null, { [kind]: body });
}

async function readOne(bytes: Uint8Array, format: 'text' | 'html'): Promise<InputDoc> {
  const stdin = (async function* () {
    yield bytes;
  })();
  for await (const item of readSources(['-'], { format, stdin })) {
    if (!item.ok) throw new HttpError(400, item.message);
    return item.doc;
  }
  throw new HttpError(400, 'empty, no text to analyze');
}

export function registerAnalyzeRoute(api: Api, loadAnalyzer: () => Promise<Analyzer>, maxBytes: number): void {
  let analyzer: Promise<Analyzer> | null = null;
  api.register(async (scope) => {
    scope.addContentTypeParser('text/plain', { parseAs: 'string', bodyLimit: maxBytes }, rawBody('text'));
    scope.addContentTypeParser('text/html', { parseAs: 'string', bodyLimit: maxBytes }, rawBody('html'));
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/analyze',
      {
        bodyLimit: maxBytes,
        schema: {
          summary: 'Analyze one article without storing it',
          description: `JSON {text | html, title?, url?, published?, lang?}, or the article itself as text/plain or text/html. At most ${maxBytes} bytes.`,
          tags: ['analyze'],
          body: AnalyzeBody,
          response: { 200: AnalysisRecord, 400: ErrorBody, 413: ErrorBody },
        },
      },
      async (req) => {
        const b = req.body;
        const source = b.text ?? b.html ?? '';
        if (source.trim() === '') throw new HttpError(400, 'empty, no text to analyze');
        const published = b.published !== undefined && b.published.trim() !== '' ? normalizePublished(b.published, 'published') : null;
        const doc = await readOne(Buffer.from(source, 'utf8'), b.html !== undefined ? 'html' : 'text');
        const input: InputDoc = {
          ...doc,
          origin: 'request',
          title: b.title?.trim() || doc.title,
          url: b.url?.trim() || doc.url,
          published: published ?? doc.published,
          lang: b.lang ?? doc.lang,
        };
        analyzer ??= loadAnalyzer().catch((e: unknown) => {
          analyzer = null;
          throw e;
        });
        return (await analyzer).analyze(input);
      },
    );
  });
}
