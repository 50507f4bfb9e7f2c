/** What `warta bench` and its worker threads send each other. */
import type { InputDoc } from '../read/types.js';

export type ToWorker = { type: 'corpus'; docs: InputDoc[]; warmup: number } | { type: 'run'; indices: number[] };
export type FromWorker = { type: 'loaded' } | { type: 'ready' } | { type: 'done'; count: number };
