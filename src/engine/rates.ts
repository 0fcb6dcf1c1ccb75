/**
 * Monthly rates already computed elsewhere (a warehouse's `{ month, rate }`
 * rows): checked and laid out month by month, so a chart of rates reads the
 * same series shape as one the engine computed.
 */
import { defineRecord, describeValue, validateRows, type IssueList } from './schemas.js';
import { isMonth, monthKey, parseMonth } from './time.js';
import { isRecord } from './guards.js';

/** One month of an already-aggregated rate series. */
export interface MonthlyRate {
  /** `YYYY-MM`. */
  readonly month: string;
  /** The rate as a fraction; `null` for a month with nothing to measure. */
  readonly rate: number | null;
}

export interface MonthlyRatesOptions {
  /** Whether a rate may be negative (net revenue churn); default `false`. */
  allowNegative?: boolean;
}

interface RateRow {
  month: string;
  rate?: number | null;
}

/** `month` is checked as `YYYY-MM` and `rate` against the options in the row check. */
const RateRecord = /* @__PURE__ */ defineRecord<RateRow>('{ month, rate }', [
  { key: 'month', kind: 'text' },
  { key: 'rate', kind: 'number', optional: true },
]);

/**
 * Validates `{ month, rate }` rows: `month` a `YYYY-MM` month (each once),
 * `rate` a fraction ≤ 1 (≥ 0 unless `allowNegative`) or `null`. A row without
 * `rate` is a month with nothing to measure (a CSV's empty cell), unless no
 * row has one: then the column is missing. Returns the months in order, gaps
 * filled with `null`. Throws `MetricsInputError` naming row and field.
 */
export function monthlyRates(rows: readonly unknown[], options: MonthlyRatesOptions = {}): MonthlyRate[] {
  const allowNegative = options.allowNegative === true;
  const hasRateColumn = Array.isArray(rows) && rows.some((r) => isRecord(r) && 'rate' in r);
  const firstRow = new Map<number, number>();
  let columnReported = false;
  validateRows('monthlyRates', rows, RateRecord, (row: RateRow, i: number, list: IssueList) => {
    const month = isMonth(row.month) ? parseMonth(row.month) : NaN;
    if (Number.isNaN(month)) {
      list.add({ row: i, field: 'month', message: `expected a month as YYYY-MM, got ${describeValue(row.month)}` });
    } else if (firstRow.has(month)) {
      list.add({ row: i, field: 'month', message: `the month ${row.month} is already given by row ${firstRow.get(month)}` });
    } else {
      firstRow.set(month, i);
    }
    const rate = row.rate;
    if (!hasRateColumn && !columnReported) {
      columnReported = true;
      list.add({
        row: i,
        field: 'rate',
        message: 'expected a rate (a fraction such as 0.021 for 2.1 %, or null), but no row has a rate column',
      });
    } else if (rate !== undefined && rate !== null) {
      if (rate > 1) {
        list.add({ row: i, field: 'rate', message: `expected a rate as a fraction ≤ 1 (0.021 for 2.1 %), got ${describeValue(rate)}` });
      } else if (rate < 0 && !allowNegative) {
        list.add({ row: i, field: 'rate', message: `expected a rate ≥ 0 (only net revenue churn can be negative), got ${describeValue(rate)}` });
      }
    }
  });
  const byMonth = new Map<number, number | null>();
  for (const row of rows as RateRow[]) byMonth.set(parseMonth(row.month), row.rate ?? null);
  if (byMonth.size === 0) return [];
  const months = [...byMonth.keys()];
  const first = Math.min(...months);
  const last = Math.max(...months);
  const out: MonthlyRate[] = [];
  for (let m = first; m <= last; m++) out.push({ month: monthKey(m), rate: byMonth.get(m) ?? null });
  return out;
}
