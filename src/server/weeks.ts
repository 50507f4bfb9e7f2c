import { isoWeekMonday } from '../times/dates.js';

/** ISO week labels (`2024-W11`) → the day number of their Monday. */
export function weekMonday(week: string): number {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) throw new Error(`not an ISO week: ${week}`);
  return isoWeekMonday(Number(m[1]), Number(m[2]));
}
