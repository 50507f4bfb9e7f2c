/** The targets Warta is held to (issue 10), and how a benchmark report meets them. */

export interface Target {
  name: string;
  /** the figure, in `unit`; null when the run did not measure it */
  value: number | null;
  unit: string;
  /** "≥" or "≤" */
  op: '≥' | '≤';
  goal: number;
  /** where the figure comes from, when the run measured it at another size than the target's */
  note?: string;
}

export const GOALS = {
  articlesPerSecond: 1000,
  floorMultiple: 25,
  peakRssMB: 300,
  coldStartMs: 1000,
  ingestPerSecond: 500,
  queryP95Ms: 50,
  queryEvents: 1_000_000,
} as const;

export function met(t: Target): boolean | null {
  if (t.value === null || Number.isNaN(t.value)) return null;
  return t.op === '≥' ? t.value >= t.goal : t.value <= t.goal;
}
