/** What the ingest's main thread and its workers send each other. */
import type { InputDoc } from '../../read/types.js';
import type { SerializedDocument } from '../types.js';

export interface WorkItem {
  input: InputDoc;
  key: string;
  contentHash: string;
}

export type WorkResult = { ok: true; doc: SerializedDocument } | { ok: false; origin: string; message: string };

export type WorkerMessage = { type: 'ready' } | { type: 'done'; id: number; results: WorkResult[] };
