/** Whether a string is one of a fixed list's values (and so of its type): `isOneOf(MODALITIES, flag)`. */
export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
