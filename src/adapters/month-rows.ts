/**
 * The check every already-computed monthly input shares: a `YYYY-MM` month
 * per row, each month once. Pure: no DOM, no Lit.
 */
import { describeValue, type IssueList } from '../engine/schemas.js';
import { isMonth, parseMonth } from '../engine/time.js';

/**
 * Returns a row check that reports, under `field`, a value that is not a
 * `YYYY-MM` month or a month already given by an earlier row (`noun` names
 * it in the message: "the month 2026-01", "the cohort 2026-01").
 */
export function monthOnce(field: string, noun: string): (value: unknown, row: number, list: IssueList) => void {
  const seen = new Map<number, number>();
  return (value, row, list) => {
    const month = isMonth(value) ? parseMonth(value) : NaN;
    if (Number.isNaN(month)) {
      list.add({ row, field, message: `expected a month as YYYY-MM, got ${describeValue(value)}` });
    } else if (seen.has(month)) {
      list.add({ row, field, message: `the ${noun} ${String(value)} is already given by row ${seen.get(month)}` });
    } else {
      seen.set(month, row);
    }
  };
}
