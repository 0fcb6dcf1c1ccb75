/**
 * The sparkline of a measure computed over a whole data set (NPS, CSAT,
 * first-contact resolution, average order value…): the same engine function
 * over the rows of each month, by the month (UTC) of a date field. Months run
 * from the first dated row's to the last's, empty months included.
 */
import { isRecord } from '../engine/guards.js';
import { monthKey, monthOfTime, parseDate } from '../engine/time.js';
import type { MetricCardPoint } from './metric-card-measures.js';

/**
 * The last `months` months of `measure` over each month's rows. Rows without
 * a readable `dateKey` (bare survey scores, undated responses) are left out:
 * no dated row, no series. Call it after the engine has validated the rows.
 */
export function seriesByMonth<T>(
  rows: readonly T[],
  dateKey: string,
  months: number,
  measure: (rows: T[]) => number | null,
): MetricCardPoint[] {
  const groups = new Map<number, T[]>();
  let first = Infinity;
  let last = -Infinity;
  for (const row of rows) {
    const date = isRecord(row) ? row[dateKey] : undefined;
    if (typeof date !== 'string') continue;
    const time = parseDate(date);
    if (Number.isNaN(time)) continue;
    const month = monthOfTime(time);
    let group = groups.get(month);
    if (!group) groups.set(month, (group = []));
    group.push(row);
    if (month < first) first = month;
    if (month > last) last = month;
  }
  if (groups.size === 0) return [];
  const out: MetricCardPoint[] = [];
  for (let month = Math.max(first, last - months + 1); month <= last; month++) {
    const group = groups.get(month);
    out.push({ month: monthKey(month), value: group ? measure(group) : null });
  }
  return out;
}

/** `YYYY-MM` shifted by `delta` months. */
export function shiftMonth(month: string, delta: number): string {
  const y = Number(month.slice(0, 4));
  const index = y * 12 + Number(month.slice(5, 7)) - 1 + delta;
  return monthKey(index);
}
