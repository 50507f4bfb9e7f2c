/** Option parsers shared by the commands: they fail with a one-line usage error. */
import { InvalidArgumentError } from 'commander';

export function parseIntOption(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('expected a whole number.');
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number.');
  return n;
}
