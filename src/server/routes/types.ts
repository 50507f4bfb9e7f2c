import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { parseDayBound } from '../../store/days.js';
import type { DateRange } from '../../store/types.js';
import { ErrorBody } from '../schemas.js';

export type Api = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;

/** `since`/`until` query values → days (a bad date is a 400 through UserError). */
export function rangeOf(q: { since?: string; until?: string }): DateRange {
  const range: DateRange = {};
  if (q.since !== undefined) range.since = parseDayBound(q.since, 'since', 'query since');
  if (q.until !== undefined) range.until = parseDayBound(q.until, 'until', 'query until');
  return range;
}

export const errors = { 400: ErrorBody, 404: ErrorBody } as const;
