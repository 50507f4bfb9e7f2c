/**
 * `warta serve` as a library: the JSON API (OpenAPI at /openapi.json, generated from the zod
 * schemas) and the built web UI, over one store. The CLI and the tests build it the same way.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import { createJsonSchemaTransform, createJsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Analyzer } from '../pipeline.js';
import type { Store } from '../store/types.js';
import { installErrorHandlers } from './errors.js';
import { registry } from './schemas.js';
import { registerStatic } from './static.js';
import { registerReadRoutes } from './routes/read.js';
import { registerAnalyzeRoute } from './routes/analyze.js';
import { registerExampleRoutes } from './routes/examples.js';
import { SCHEMA_ID } from '../record/schema.js';

export const DEFAULT_MAX_ANALYZE_BYTES = 2 * 1024 * 1024;

export interface ServerOptions {
  store: Store;
  /** the built web UI (dist/web), or null to serve a page that says how to build it */
  webRoot: string | null;
  /** loads the analyzer for POST /api/analyze; called once, on first use */
  loadAnalyzer: () => Promise<Analyzer>;
  /** the bundled examples folder, when it can be offered for ingest */
  examplesDir: string | null;
  /** largest body POST /api/analyze accepts */
  maxAnalyzeBytes?: number;
  /** Host headers to accept (guards a loopback server against DNS rebinding); empty: any */
  allowedHosts?: string[];
  version?: string;
  logger?: boolean;
}

export type App = FastifyInstance;

export async function buildServer(opts: ServerOptions): Promise<App> {
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: 64 * 1024, routerOptions: { maxParamLength: 1000 } });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandlers(app);

  if (opts.allowedHosts && opts.allowedHosts.length > 0) {
    const allowed = new Set(opts.allowedHosts.map((h) => h.toLowerCase()));
    app.addHook('onRequest', async (request, reply) => {
      const host = (request.headers.host ?? '').toLowerCase().replace(/:\d+$/, '');
      if (!allowed.has(host)) {
        await reply.code(403).type('application/json; charset=utf-8').send(JSON.stringify({ status: 403, message: `host ${host || '(none)'} not allowed` }));
      }
    });
  }

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Warta API',
        version: opts.version ?? '0.1.0',
        description: `Search and browse analysed news: documents (${SCHEMA_ID} records), entities, quotes, CAMEO events and relations between actors. Errors are JSON {status, message}.`,
      },
    },
    transform: createJsonSchemaTransform({ schemaRegistry: registry }),
    transformObject: createJsonSchemaTransformObject({ schemaRegistry: registry }),
  });

  const api = app.withTypeProvider<ZodTypeProvider>();
  registerReadRoutes(api, opts.store);
  registerAnalyzeRoute(api, opts.loadAnalyzer, opts.maxAnalyzeBytes ?? DEFAULT_MAX_ANALYZE_BYTES);
  registerExampleRoutes(api, opts.store, opts.examplesDir);
  app.get('/openapi.json', { schema: { hide: true } }, async (_request, reply) => reply.type('application/json; charset=utf-8').send(JSON.stringify(app.swagger())));
  registerStatic(app, opts.webRoot);
  await app.ready();
  return app;
}
