/**
 * The knowledge base's multi-pattern matcher over tokens: every alias under its name key
 * (`kim jong un`), plus, per first word, the longest alias that starts with it. Walking from a token
 * costs one lookup when no name starts there; word boundaries come with the tokens, and there is no
 * automaton to build at start-up (loading stays fast).
 */

export class KeyIndex {
  /** key → the first row with that key; further rows with the same key chain through `more` */
  private readonly byKey = new Map<string, number>();
  private readonly more = new Map<number, number[]>();
  /** first key part → the most parts an alias starting with it has */
  private readonly maxParts = new Map<string, number>();

  insert(key: string, row: number): void {
    const first = this.byKey.get(key);
    if (first === undefined) this.byKey.set(key, row);
    else {
      const list = this.more.get(first);
      if (list) list.push(row);
      else this.more.set(first, [row]);
    }
    const sp = key.indexOf(' ');
    const head = sp === -1 ? key : key.slice(0, sp);
    let n = 1;
    for (let i = sp; i !== -1; i = key.indexOf(' ', i + 1)) n++;
    if ((this.maxParts.get(head) ?? 0) < n) this.maxParts.set(head, n);
  }

  /** The rows stored under a key (empty when none). */
  get(key: string): number[] {
    const first = this.byKey.get(key);
    if (first === undefined) return [];
    const rest = this.more.get(first);
    return rest ? [first, ...rest] : [first];
  }

  /**
   * Every alias that starts at token `from` (tokens up to `to`): `found(endToken, rows)` for each
   * token end where one ends, shortest first. `keyOf(i)` is token i's name key ('' stops the walk).
   */
  walk(from: number, to: number, keyOf: (i: number) => string, found: (end: number, rows: number[]) => void): void {
    const k0 = keyOf(from);
    if (k0 === '') return;
    const sp = k0.indexOf(' ');
    const max = this.maxParts.get(sp === -1 ? k0 : k0.slice(0, sp));
    if (max === undefined) return;
    let key = '';
    let parts = 0;
    for (let i = from; i < to; i++) {
      const k = keyOf(i);
      if (k === '') return;
      key = key === '' ? k : `${key} ${k}`;
      parts += 1;
      for (let j = k.indexOf(' '); j !== -1; j = k.indexOf(' ', j + 1)) parts++;
      if (parts > max) return;
      if (this.byKey.has(key)) found(i + 1, this.get(key));
    }
  }
}
