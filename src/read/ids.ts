/** Record ids as OUTPUT.md defines them. */
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';

export function idFromText(text: string): string {
  return 'sha256:' + createHash('sha256').update(text).digest('hex').slice(0, 16);
}

export function idFromPath(path: string): string {
  const base = basename(path);
  const ext = extname(base);
  const stem = ext ? base.slice(0, -ext.length) : base;
  return stem || base;
}
