/**
 * `<metric-card>` measures from `MrrChange` rows (and `Customer` rows for
 * customer churn and retention): MRR, ARR, ARPA, quick ratio, customer churn,
 * retention, gross and net revenue churn (the last month of each engine
 * series), NRR and GRR over the 12 months up to the last month.
 */
import {
  arpa,
  arr,
  customerChurn,
  grr,
  mrr,
  nrr,
  quickRatio,
  retention,
  revenueChurn,
  type ChurnInput,
} from '../engine/revenue.js';
import type { MrrChange } from '../engine/schemas.js';
import { fromSeries, pick, type MeasureCompute, type MetricCardPoint } from './metric-card-measures.js';
import { shiftMonth } from './metric-card-months.js';

/** NRR and GRR compare each month's end with the end of the month this many months before. */
export const RETENTION_SPAN = 12;

const points = <T extends { month: string }>(rows: readonly T[], value: (row: T) => number | null): MetricCardPoint[] =>
  rows.map((row) => ({ month: row.month, value: value(row) }));

export const computeRevenue: MeasureCompute = (metric, input, options) => {
  const changes = pick(input, 'changes') as MrrChange[];
  const { months } = options;
  switch (metric) {
    case 'mrr':
      return fromSeries(metric, mrr(changes), months);
    case 'arr':
      return fromSeries(metric, arr(changes), months);
    case 'arpa':
      return fromSeries(metric, arpa(changes), months);
    case 'quick-ratio':
      return fromSeries(metric, quickRatio(changes), months);
    case 'customer-churn':
      return fromSeries(metric, points(customerChurn(pick(input, 'changes', 'customers') as ChurnInput), (r) => r.rate), months);
    case 'retention':
      return fromSeries(metric, points(retention(pick(input, 'changes', 'customers') as ChurnInput), (r) => r.rate), months);
    case 'gross-revenue-churn':
      return fromSeries(metric, points(revenueChurn(changes), (r) => r.gross), months);
    case 'net-revenue-churn':
      return fromSeries(metric, points(revenueChurn(changes), (r) => r.net), months);
    case 'nrr':
    case 'grr': {
      // mrr() validates the rows and names the last month; each point is nrr()/grr() over the 12 months up to it.
      const monthly = mrr(changes);
      const measure = metric === 'nrr' ? nrr : grr;
      // One point more than shown, so the first shown month has a previous.
      const shown = monthly.slice(-(months + 1));
      const series = shown.map(({ month }) => ({
        month,
        value: measure(changes, { from: shiftMonth(month, -RETENTION_SPAN), to: month }),
      }));
      return fromSeries(metric, series, months);
    }
    default:
      throw new Error(`not a revenue measure: ${metric}`);
  }
};
