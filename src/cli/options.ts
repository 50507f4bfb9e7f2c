/** Option parsers shared by the commands: they fail with a one-line usage error. */
import { InvalidArgumentError } from 'commander';
import { UserError } from '../util/errors.js';
import { isOneOf } from '../util/one-of.js';

export function parseIntOption(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('expected a whole number.');
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number.');
  return n;
}

/**
 * A flag's value that must be one of a fixed list: the value, typed, or a usage error naming the list
 * (`--modality: expected one of asserted, alleged, negated, future, not "x"`). `given` is what the user
 * typed when `value` is a normalized form of it (upper-cased, say).
 */
export function oneOfFlag<T extends string>(flag: string, list: readonly T[], value: string, given: string = value): T {
  if (!isOneOf(list, value)) throw new UserError(`${flag}: expected one of ${list.join(', ')}, not "${given}"`);
  return value;
}

/** A `--lang` value: a two- or three-letter language code, or a usage error. */
export function langFlag(value: string | undefined): string | undefined {
  if (value !== undefined && !/^[a-z]{2,3}$/.test(value)) throw new UserError(`--lang: expected a language code such as id or en, not "${value}"`);
  return value;
}
