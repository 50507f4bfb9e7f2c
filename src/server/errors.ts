/** Every error the API answers is JSON `{status, message}`: 400 bad parameters, 404 unknown ids, 413 too large. */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { UserError } from '../util/errors.js';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const notFound = (what: string): HttpError => new HttpError(404, what);

const WHERE: Record<string, string> = { querystring: 'query', params: 'path', body: 'body', headers: 'header' };

/** One line naming each bad parameter: `query limit: Too big: expected number to be <=200`. */
function validationMessage(err: FastifyError & { validation: { instancePath: string; message?: string }[] }): string {
  const where = WHERE[err.validationContext ?? ''] ?? err.validationContext ?? 'request';
  const parts = err.validation.map((v) => {
    const path = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
    return `${where}${path ? ` ${path}` : ''}: ${v.message ?? 'invalid'}`;
  });
  return parts.join('; ');
}

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let status = 500;
    let message = 'internal error';
    if (hasZodFastifySchemaValidationErrors(error)) {
      status = 400;
      message = validationMessage(error as never);
    } else if (error instanceof HttpError) {
      status = error.status;
      message = error.message;
    } else if (error instanceof UserError) {
      status = 400;
      message = error.message;
    } else if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      status = 413;
      message = `request body too large (at most ${request.routeOptions.bodyLimit ?? app.initialConfig.bodyLimit} bytes)`;
    } else if (!isResponseSerializationError(error) && typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      status = error.statusCode;
      message = error.message;
    }
    if (status >= 500) request.log.error(error);
    void reply.code(status).type('application/json; charset=utf-8').send(JSON.stringify({ status, message }));
  });
  app.setNotFoundHandler((request, reply) => {
    void reply
      .code(404)
      .type('application/json; charset=utf-8')
      .send(JSON.stringify({ status: 404, message: `no such resource: ${request.method} ${request.url.split('?')[0]}` }));
  });
}
