/**
 * The built web UI (dist/web) as static files: index.html at `/`, hashed assets cached for good.
 * A strict Content-Security-Policy keeps any markup that slipped into the page from running.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // ECharts and Cytoscape set inline styles on the elements they draw into.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Warta</title>
<p>The web UI is not built. Run <code>npm run build</code> in the Warta folder, then start <code>warta serve</code> again.
The JSON API works: <a href="/openapi.json">/openapi.json</a>.</p>`;

function secure(reply: FastifyReply): FastifyReply {
  return reply.header('content-security-policy', CONTENT_SECURITY_POLICY).header('x-content-type-options', 'nosniff').header('referrer-policy', 'no-referrer');
}

/** Serves `root` (the Vite build) for every GET outside /api; null root: a page that says how to build it. */
export function registerStatic(app: FastifyInstance, root: string | null): void {
  const base = root ? normalize(root + sep) : null;
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const path = (request.params as { '*'?: string })['*'] ?? '';
    if (path.startsWith('api/') || path === 'api') return reply.callNotFound();
    if (!base) return secure(reply).type('text/html; charset=utf-8').send(NOT_BUILT);
    const rel = path === '' ? 'index.html' : path;
    const file = normalize(join(base, rel));
    if (!file.startsWith(base) || rel.split('/').some((p) => p.startsWith('.'))) return reply.callNotFound();
    let body: Buffer;
    try {
      if (!(await stat(file)).isFile()) return reply.callNotFound();
      body = await readFile(file);
    } catch {
      return reply.callNotFound();
    }
    const immutable = rel.startsWith('assets/');
    return secure(reply)
      .type(TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream')
      .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
      .send(body);
  });
}
