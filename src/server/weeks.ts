/** ISO week labels (`2024-W11`) → the day number of their Monday. */
const DAY_MS = 86_400_000;

export function weekMonday(week: string): number {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) throw new Error(`not an ISO week: ${week}`);
  const jan4 = Math.floor(Date.UTC(Number(m[1]), 0, 4) / DAY_MS);
  const weekday = (new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7; // Monday 0
  return jan4 - weekday + (Number(m[2]) - 1) * 7;
}
