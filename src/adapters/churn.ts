/**
 * The churn adapter: Customer rows, MrrChange rows or already-computed
 * `{ month, rate }` rows → the monthly churn series of a kind (customer,
 * gross revenue, net revenue). See docs/metrics.md, "Churn".
 */
import { DataError } from '../data/errors.js';
import { isRecord } from '../engine/guards.js';
import { monthlyRates } from '../engine/rates.js';
import { customerChurn, revenueChurn, type ChurnInput } from '../engine/revenue.js';
import { describeValue, type MrrChange } from '../engine/schemas.js';
import type { MetricAdapter } from './types.js';

/** Values of the `kind` option. */
export const CHURN_KINDS = ['customer', 'gross-revenue', 'net-revenue'] as const;
export type ChurnKind = (typeof CHURN_KINDS)[number];

/** What the rows were: `Customer` records, `MrrChange` records, or already-aggregated `{ month, rate }`. */
export const CHURN_INPUTS = ['customers', 'mrr-changes', 'rates'] as const;
export type ChurnInputShape = (typeof CHURN_INPUTS)[number];

/** One month of the series. */
export interface ChurnTrendRow {
  /** `YYYY-MM`. */
  readonly month: string;
  /** The churn rate of the month as a fraction; `null` when nothing was there at its start. */
  readonly rate: number | null;
  /** Customer churn: customers active at the start of the month. */
  readonly customersStart?: number;
  /** Customer churn: those of them gone by its end. */
  readonly churned?: number;
  /** Revenue churn: (churn + contraction) ÷ start MRR. */
  readonly gross?: number | null;
  /** Revenue churn: (churn + contraction − expansion − reactivation) ÷ start MRR. */
  readonly net?: number | null;
}

/** The result: the whole monthly series (a view's window only narrows what it shows). */
export interface ChurnTrendResult {
  readonly kind: ChurnKind;
  readonly input: ChurnInputShape;
  readonly rows: readonly ChurnTrendRow[];
}

export interface ChurnOptions {
  /** Default `customer`. */
  readonly kind?: ChurnKind;
  /** Customer churn: also count customers who join and leave inside the same month. */
  readonly includeNewChurn?: boolean;
}

/** Tells the rows apart by their first object: `start` → customers; `month` without ids → rates; else MRR changes (the engine validates). */
export function churnInputShape(rows: readonly unknown[]): ChurnInputShape {
  const first = rows.find(isRecord);
  if (!first) return 'mrr-changes';
  if ('start' in first) return 'customers';
  if ('month' in first && !('mrr' in first) && !('id' in first) && !('customerId' in first)) return 'rates';
  return 'mrr-changes';
}

export const churnAdapter: MetricAdapter<ChurnOptions, ChurnTrendResult> = {
  metric: 'churn',
  compute(input, options) {
    const kind = options.kind ?? 'customer';
    if (!(CHURN_KINDS as readonly string[]).includes(kind)) {
      throw new DataError('config', `kind="${String(kind)}": expected ${CHURN_KINDS.join(', ')}.`);
    }
    if (!Array.isArray(input)) {
      throw new DataError('validation', `Expected an array of rows (customers, MRR changes or { month, rate }), got ${describeValue(input)}.`, [
        { row: null, field: '', message: 'expected an array of rows' },
      ]);
    }
    const shape = churnInputShape(input);
    if (shape === 'rates') return { kind, input: shape, rows: monthlyRates(input, { allowNegative: kind === 'net-revenue' }) };
    if (kind !== 'customer' && shape === 'customers') {
      throw new DataError(
        'config',
        `kind="${kind}" needs MRR change rows (customerId, date, mrr), but these rows are customers (id, start, end): use kind="customer", or give MRR changes.`,
      );
    }
    if (kind === 'customer') {
      return { kind, input: shape, rows: customerChurn(input as ChurnInput, { includeNewChurn: options.includeNewChurn === true }) };
    }
    const key = kind === 'gross-revenue' ? 'gross' : 'net';
    return { kind, input: shape, rows: revenueChurn(input as MrrChange[]).map((row) => ({ ...row, rate: row[key] })) };
  },
  isEmpty: (result) => result.rows.every((row) => row.rate === null),
};
