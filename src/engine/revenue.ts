/**
 * Revenue metrics (docs/metrics.md): MRR movements and what derives from them —
 * customer and revenue churn, retention, NRR, GRR, MRR, ARR, ARPA, quick ratio.
 *
 * Every function reads a customer's MRR for a month as the value in force at
 * the month's end (UTC); changes inside a month net out. The work is shared
 * through the timeline of `mrr-timeline.ts` and the totals of `month-totals.ts`.
 */
import { bool, month, object, opt, parseOptions } from './check.js';
import { finiteResult } from './finite.js';
import { indexRange, monthRange, rangeOptions, rangeShape, type MonthRange } from './range.js';
import { ratio, type Customer, type MrrChange } from './schemas.js';
import { isCustomerRows, readCustomers } from './customers.js';
import { buildTimeline } from './mrr-timeline.js';
import {
  arpaAt,
  checkMoneySums,
  churnCountsOf,
  churnRateAt,
  cohortValues,
  monthTotals,
  type ChurnCounts,
  type MonthTotals,
} from './month-totals.js';
import { monthKey } from './time.js';

export type { MonthRange };

/** One month of MRR movements. Money in the data's currency, customers as counts. */
export interface MrrMovement {
  /** `YYYY-MM`. */
  month: string;
  /** MRR at the end of the month before. */
  startMrr: number;
  /** MRR of customers whose first month end with MRR > 0 is this one. */
  new: number;
  /** Rises of customers paying at both month ends. */
  expansion: number;
  /** Falls to a non-zero value. */
  contraction: number;
  /** The MRR of customers who went to 0. */
  churn: number;
  /** MRR of customers back from 0 after having paid before. */
  reactivation: number;
  /** `startMrr + new + expansion + reactivation − contraction − churn`. */
  endMrr: number;
  /** Customers with MRR > 0 at the end of the month before. */
  customersStart: number;
  /** Customers with MRR > 0 at the end of the month. */
  customersEnd: number;
  newCustomers: number;
  churnedCustomers: number;
  reactivatedCustomers: number;
}

export type MrrMovementsOptions = MonthRange;

export interface CustomerChurnOptions extends MonthRange {
  /** Also count customers who join and leave inside the month as churned. Default `false`. */
  includeNewChurn?: boolean;
}

export interface CustomerChurnRow {
  month: string;
  /** Customers active at the end of the month before. */
  customersStart: number;
  /** Those of them gone by the month's end (plus joined-and-left with `includeNewChurn`). */
  churned: number;
  /** `churned ÷ customersStart`; `null` when `customersStart` is 0. */
  rate: number | null;
}

export type RetentionOptions = CustomerChurnOptions;

export interface RetentionRow {
  month: string;
  /** 1 − the customer churn rate; `null` where that is `null`. */
  rate: number | null;
}

export interface RevenueChurnRow {
  month: string;
  /** (churn + contraction) ÷ startMrr; `null` when startMrr is 0. */
  gross: number | null;
  /** (churn + contraction − expansion − reactivation) ÷ startMrr; `null` when startMrr is 0. */
  net: number | null;
}

/** A monthly amount (MRR, ARR). */
export interface MonthValue {
  month: string;
  value: number;
}

/** A monthly quotient that is `null` when its divisor is 0 (ARPA, quick ratio). */
export interface MonthRatio {
  month: string;
  value: number | null;
}

export interface RetentionPeriod {
  /** The cohort month, `YYYY-MM`: customers with MRR > 0 at its end. */
  from: string;
  /** The month whose end is compared with `from`'s, `YYYY-MM`. */
  to: string;
}

// ---------------------------------------------------------------------------
// Options.

const churnOptions = /* @__PURE__ */ object({
  ...rangeShape,
  includeNewChurn: /* @__PURE__ */ opt(/* @__PURE__ */ bool('expected true or false'), false),
});
const periodOptions = /* @__PURE__ */ object({ from: month, to: month });


function movementTotals(source: string, changes: unknown, options: unknown): { totals: MonthTotals; a: number; b: number } {
  const range = parseOptions(source, rangeOptions, options);
  const [lo, hi] = monthRange(source, range);
  const totals = monthTotals(buildTimeline(source, changes));
  checkMoneySums(source, totals);
  const [a, b] = indexRange(totals.firstMonth, totals.months, lo, hi);
  return { totals, a, b };
}

function perMonth<T>(totals: MonthTotals, a: number, b: number, row: (i: number, month: string) => T): T[] {
  const out: T[] = [];
  for (let i = a; i <= b; i++) out.push(row(i, monthKey(totals.firstMonth + i)));
  return out;
}

// ---------------------------------------------------------------------------
// MRR movements and what derives from them.

/**
 * MRR movements, one row a month from the first change's month to the last
 * change's (narrowed by `from`/`to`; the whole history still decides new vs
 * reactivation and the start values). A customer's MRR for a month is the
 * value in force at its end; consecutive month ends are compared per
 * customer. Two rows for one customer and one instant with different `mrr`
 * are an input error.
 */
export function mrrMovements(changes: readonly MrrChange[], options: MrrMovementsOptions = {}): MrrMovement[] {
  const { totals: t, a, b } = movementTotals('mrrMovements', changes, options);
  return finiteResult('mrrMovements', 'mrr', perMonth(t, a, b, (i, month) => ({
    month,
    startMrr: t.startMrr[i]!,
    new: t.newMrr[i]!,
    expansion: t.expansion[i]!,
    contraction: t.contraction[i]!,
    churn: t.churn[i]!,
    reactivation: t.reactivation[i]!,
    endMrr: t.endMrr[i]!,
    customersStart: t.customersStart[i]!,
    customersEnd: t.customersEnd[i]!,
    newCustomers: t.newCustomers[i]!,
    churnedCustomers: t.churnedCustomers[i]!,
    reactivatedCustomers: t.reactivatedCustomers[i]!,
  })));
}

/**
 * Gross and net revenue churn a month: (churn + contraction) ÷ startMrr, and
 * (churn + contraction − expansion − reactivation) ÷ startMrr.
 */
export function revenueChurn(changes: readonly MrrChange[], options: MonthRange = {}): RevenueChurnRow[] {
  const { totals: t, a, b } = movementTotals('revenueChurn', changes, options);
  return finiteResult('revenueChurn', 'mrr', perMonth(t, a, b, (i, month) => {
    const start = t.startMrr[i]!;
    const lost = t.churn[i]! + t.contraction[i]!;
    const raw = ratio(lost, start);
    // Losses never exceed what was there; min() only guards sums' rounding
    // (start MRR 64.99 − 55 is 9.989999999999995, and its churn 9.99). Net is
    // gross less what grew, from the same guarded gross: never above it.
    const gross = raw === null ? null : Math.min(1, raw);
    return {
      month,
      gross,
      net: gross === null ? null : gross - (t.expansion[i]! + t.reactivation[i]!) / start,
    };
  }));
}

/** MRR at each month's end. */
export function mrr(changes: readonly MrrChange[], options: MonthRange = {}): MonthValue[] {
  const { totals: t, a, b } = movementTotals('mrr', changes, options);
  return finiteResult('mrr', 'mrr', perMonth(t, a, b, (i, month) => ({ month, value: t.endMrr[i]! })));
}

/** ARR = 12 × MRR at each month's end. */
export function arr(changes: readonly MrrChange[], options: MonthRange = {}): MonthValue[] {
  const { totals: t, a, b } = movementTotals('arr', changes, options);
  return finiteResult('arr', 'mrr', perMonth(t, a, b, (i, month) => ({ month, value: 12 * t.endMrr[i]! })));
}

/** Average revenue per account: MRR ÷ customers with MRR > 0 at each month's end. */
export function arpa(changes: readonly MrrChange[], options: MonthRange = {}): MonthRatio[] {
  const { totals: t, a, b } = movementTotals('arpa', changes, options);
  return finiteResult('arpa', 'mrr', perMonth(t, a, b, (i, month) => ({ month, value: arpaAt(t, i) })));
}

/** SaaS quick ratio: (new + expansion + reactivation) ÷ (contraction + churn). */
export function quickRatio(changes: readonly MrrChange[], options: MonthRange = {}): MonthRatio[] {
  const { totals: t, a, b } = movementTotals('quickRatio', changes, options);
  return finiteResult('quickRatio', 'mrr', perMonth(t, a, b, (i, month) => ({
    month,
    value: ratio(t.newMrr[i]! + t.expansion[i]! + t.reactivation[i]!, t.contraction[i]! + t.churn[i]!),
  })));
}

function cohort(source: string, changes: unknown, options: unknown): { start: number; end: number; capped: number } {
  const period = parseOptions(source, periodOptions, options);
  const [from, to] = monthRange(source, period);
  return cohortValues(buildTimeline(source, changes), from, to);
}

/**
 * Net revenue retention: over the customers with MRR > 0 at the end of month
 * `from`, their total MRR at the end of month `to` ÷ their total at the end
 * of `from`. `null` when that cohort pays nothing.
 */
export function nrr(changes: readonly MrrChange[], options: RetentionPeriod): number | null {
  const { start, end } = cohort('nrr', changes, options);
  return finiteResult('nrr', 'mrr', ratio(end, start));
}

/**
 * Gross revenue retention: as {@link nrr}, with each customer's end value
 * capped at its start value, so expansion does not offset losses.
 */
export function grr(changes: readonly MrrChange[], options: RetentionPeriod): number | null {
  const { start, capped } = cohort('grr', changes, options);
  return finiteResult('grr', 'mrr', ratio(capped, start));
}

// ---------------------------------------------------------------------------
// Customer churn and retention.

/** Rows of `customerChurn`: `Customer` records or `MrrChange` records. */
export type ChurnInput = readonly Customer[] | readonly MrrChange[];

/**
 * Counts, per month M of `Customer` rows: those with `start` before M's first
 * day and no `end` before it; those of them with `end` inside M; and those
 * with both `start` and `end` inside M.
 */
function customerCounts(source: string, rows: unknown): ChurnCounts {
  const { n, startMonth, endMonth, hasEnd, firstMonth: first, lastMonth: last } = readCustomers(source, rows);
  const months = n === 0 ? 0 : last - first + 1;
  // Active at the start of M ⇔ start month < M ≤ end month: a difference array.
  const delta = new Int32Array(months + 1);
  const churned = new Int32Array(months);
  const joinedAndLeft = new Int32Array(months);
  for (let i = 0; i < n; i++) {
    const s = startMonth[i]! - first;
    if (hasEnd[i] === 0) {
      delta[s + 1]!++;
      continue;
    }
    const e = endMonth[i]! - first;
    if (e > s) {
      delta[s + 1]!++;
      delta[e + 1]!--;
      churned[e]!++;
    } else {
      joinedAndLeft[e]!++;
    }
  }
  const customersStart = new Int32Array(months);
  let active = 0;
  for (let i = 0; i < months; i++) {
    active += delta[i]!;
    customersStart[i] = active;
  }
  return { firstMonth: first, months, customersStart, churned, joinedAndLeft };
}

/**
 * Customer churn a month: of the customers active at the start of the month
 * (end of the month before), the share gone by its end. `rows` are
 * `Customer` records or `MrrChange` records, told apart by the first row.
 */
export function customerChurn(rows: ChurnInput, options: CustomerChurnOptions = {}): CustomerChurnRow[] {
  return churnRows('customerChurn', rows, options);
}

function churnRows(source: string, rows: unknown, options: unknown): CustomerChurnRow[] {
  const { includeNewChurn, ...range } = parseOptions(source, churnOptions, options);
  const [lo, hi] = monthRange(source, range);
  let counts: ChurnCounts;
  if (isCustomerRows(rows)) {
    counts = customerCounts(source, rows);
  } else {
    counts = churnCountsOf(monthTotals(buildTimeline(source, rows)));
  }
  const [a, b] = indexRange(counts.firstMonth, counts.months, lo, hi);
  const out: CustomerChurnRow[] = [];
  for (let i = a; i <= b; i++) {
    const { churned, rate } = churnRateAt(counts, i, includeNewChurn);
    out.push({ month: monthKey(counts.firstMonth + i), customersStart: counts.customersStart[i]!, churned, rate });
  }
  return out;
}

/** Customer retention a month: 1 − the customer churn rate (`null` where that is `null`). */
export function retention(rows: ChurnInput, options: RetentionOptions = {}): RetentionRow[] {
  return churnRows('retention', rows, options).map(({ month, rate }) => ({
    month,
    rate: rate === null ? null : 1 - rate,
  }));
}
