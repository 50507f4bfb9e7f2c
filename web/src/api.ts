/** The JSON API, typed from the server's own zod schemas (type-only: no zod in the page). */
import type { z } from 'zod';
import type * as S from '../../src/server/schemas';
import type { AnalysisRecord as RecordSchema } from '../../src/record/schema';

export type AnalysisRecord = z.infer<typeof RecordSchema>;
export type StoredDocument = z.infer<typeof S.StoredDocument>;
export type DocumentSummary = z.infer<typeof S.DocumentSummary>;
export type SearchPage = z.infer<typeof S.SearchPage>;
export type DocumentPage = z.infer<typeof S.DocumentPage>;
export type EntityPage = z.infer<typeof S.EntityPage>;
export type EntityDetail = z.infer<typeof S.EntityDetail>;
export type EventPage = z.infer<typeof S.EventPage>;
export type EventRow = z.infer<typeof S.EventRow>;
export type QuoteRow = z.infer<typeof S.QuoteRow>;
export type Relations = z.infer<typeof S.Relations>;
export type Graph = z.infer<typeof S.Graph>;
export type Status = z.infer<typeof S.Status>;
export type IngestResult = z.infer<typeof S.IngestResult>;
export type ActorView = z.infer<typeof S.ActorView>;
export type Cluster = z.infer<typeof S.ClusterSummary>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function answer<T>(res: Response): Promise<T> {
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const message = body && typeof body === 'object' && 'message' in body ? String((body as { message: unknown }).message) : `HTTP ${res.status}`;
    throw new ApiError(res.status, message);
  }
  return body as T;
}

export type Params = Record<string, string | number | undefined | null | string[]>;

export function query(params: Params): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) for (const x of v) q.append(k, x);
    else q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

export async function get<T>(path: string, params: Params = {}): Promise<T> {
  return answer<T>(await fetch(`${path}${query(params)}`, { headers: { accept: 'application/json' } }));
}

export async function post<T>(path: string, body: unknown): Promise<T> {
  return answer<T>(await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body ?? {}) }));
}

let codes: Promise<Record<string, string>> | null = null;
/** CAMEO code names, fetched once. */
export function cameoNames(): Promise<Record<string, string>> {
  codes ??= get<{ codes: Record<string, string> }>('/api/codes').then((r) => r.codes, () => ({}));
  return codes;
}
