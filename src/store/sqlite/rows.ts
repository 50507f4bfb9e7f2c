/**
 * Many rows of one table in few statement calls: the rows collected with `add` go in as one
 * multi-row INSERT per (at most) `MAX_ROWS` rows when `flush` is called. SQLite inserts the rows of
 * one statement in order, exactly as one statement a row would (`OR IGNORE` included), so only the
 * per-call overhead goes away. Callers flush before anything reads the table.
 */
import type Database from 'better-sqlite3';

const MAX_ROWS = 64;

export class RowInserter {
  private readonly statements = new Map<number, Database.Statement>();
  private values: unknown[] = [];
  private rows = 0;

  /** `head`: `INSERT [OR IGNORE] INTO table (columns)`, `width`: the number of columns. */
  constructor(
    private readonly db: Database.Database,
    private readonly head: string,
    private readonly width: number,
  ) {}

  add(...row: unknown[]): void {
    for (const v of row) this.values.push(v);
    if (++this.rows === MAX_ROWS) this.flush();
  }

  flush(): void {
    if (this.rows === 0) return;
    const values = this.values;
    this.reset();
    // As arguments, not one array: better-sqlite3 reads an array's elements through the slow generic path.
    this.statement(values.length / this.width).run(...values);
  }

  /** Forgets rows not yet written (after a failed transaction). */
  reset(): void {
    this.values = [];
    this.rows = 0;
  }

  private statement(rows: number): Database.Statement {
    let s = this.statements.get(rows);
    if (!s) {
      const row = `(${new Array(this.width).fill('?').join(', ')})`;
      s = this.db.prepare(`${this.head} VALUES ${new Array(rows).fill(row).join(', ')}`);
      this.statements.set(rows, s);
    }
    return s;
  }
}
