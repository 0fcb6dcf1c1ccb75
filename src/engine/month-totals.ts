/**
 * What the revenue metrics read off the MRR timeline (private to the engine):
 * per-month movement totals, customer churn counts and ARPA from them, and
 * the cohort sums of NRR and GRR. Definitions: docs/metrics.md.
 */
import { finiteSums } from './finite.js';
import { monthEnds, type MrrTimeline } from './mrr-timeline.js';
import { ratio } from './schemas.js';

/** Per-month sums over the timeline, index 0 = `firstMonth`. */
export interface MonthTotals {
  readonly firstMonth: number;
  readonly months: number;
  readonly newMrr: Float64Array;
  readonly expansion: Float64Array;
  readonly contraction: Float64Array;
  readonly churn: Float64Array;
  readonly reactivation: Float64Array;
  readonly newCustomers: Int32Array;
  readonly churnedCustomers: Int32Array;
  readonly reactivatedCustomers: Int32Array;
  /** Customers with MRR 0 at both month ends who had MRR > 0 at some instant inside the month. */
  readonly joinedAndLeft: Int32Array;
  /** MRR and customers with MRR > 0 at the end of the month before / of the month. */
  readonly startMrr: Float64Array;
  readonly endMrr: Float64Array;
  readonly customersStart: Int32Array;
  readonly customersEnd: Int32Array;
}

/** Per month: customers active at the start, those churned, those who joined and left inside. */
export interface ChurnCounts {
  readonly firstMonth: number;
  readonly months: number;
  readonly customersStart: Int32Array;
  readonly churned: Int32Array;
  readonly joinedAndLeft: Int32Array;
}

/** The customer counts of MRR totals, for the churn rate. */
export function churnCountsOf(t: MonthTotals): ChurnCounts {
  return {
    firstMonth: t.firstMonth,
    months: t.months,
    customersStart: t.customersStart,
    churned: t.churnedCustomers,
    joinedAndLeft: t.joinedAndLeft,
  };
}

/** Customer churn rate of month `i`: churned ÷ active at the start (`null` when none was). */
export function churnRateAt(c: ChurnCounts, i: number, includeNewChurn: boolean): { churned: number; rate: number | null } {
  const churned = c.churned[i]! + (includeNewChurn ? c.joinedAndLeft[i]! : 0);
  return { churned, rate: ratio(churned, c.customersStart[i]!) };
}

/** ARPA at the end of month `i`: MRR ÷ customers with MRR > 0 (`null` when none). */
export function arpaAt(t: MonthTotals, i: number): number | null {
  return ratio(t.endMrr[i]!, t.customersEnd[i]!);
}

/**
 * Compares each customer's consecutive month-end values, only in months
 * where the customer has a change (elsewhere its value carries over, so
 * nothing moves), and adds the movements into per-month arrays.
 */
export function monthTotals(tl: MrrTimeline): MonthTotals {
  const first = tl.firstMonth;
  const months = Math.max(0, tl.lastMonth - first + 1);
  const newMrr = new Float64Array(months);
  const expansion = new Float64Array(months);
  const contraction = new Float64Array(months);
  const churn = new Float64Array(months);
  const reactivation = new Float64Array(months);
  const newCustomers = new Int32Array(months);
  const churnedCustomers = new Int32Array(months);
  const reactivatedCustomers = new Int32Array(months);
  const joinedAndLeft = new Int32Array(months);
  // Per customer: the MRR at its last month end so far, and whether it ever
  // paid. "New" is the first month end with MRR > 0; a later 0 → x is a reactivation.
  const prevOf = new Float64Array(tl.customers);
  const ever = new Uint8Array(tl.customers);

  monthEnds(tl, (c, m, v, paidInside) => {
    const i = m - first;
    const prev = prevOf[c]!;
    if (prev === 0) {
      if (v > 0) {
        if (ever[c] === 1) {
          reactivation[i]! += v;
          reactivatedCustomers[i]!++;
        } else {
          newMrr[i]! += v;
          newCustomers[i]!++;
          ever[c] = 1;
        }
      } else if (paidInside) {
        joinedAndLeft[i]!++;
      }
    } else if (v === 0) {
      churn[i]! += prev;
      churnedCustomers[i]!++;
    } else if (v > prev) {
      expansion[i]! += v - prev;
    } else if (v < prev) {
      contraction[i]! += prev - v;
    }
    prevOf[c] = v;
  });

  const startMrr = new Float64Array(months);
  const endMrr = new Float64Array(months);
  const customersStart = new Int32Array(months);
  const customersEnd = new Int32Array(months);
  let mrrNow = 0;
  let customersNow = 0;
  for (let i = 0; i < months; i++) {
    startMrr[i] = mrrNow;
    customersStart[i] = customersNow;
    customersNow += newCustomers[i]! + reactivatedCustomers[i]! - churnedCustomers[i]!;
    mrrNow = mrrNow + newMrr[i]! + expansion[i]! + reactivation[i]! - contraction[i]! - churn[i]!;
    // With nobody paying, MRR is exactly 0, not the rounding residue of the sums.
    if (customersNow === 0) mrrNow = 0;
    endMrr[i] = mrrNow;
    customersEnd[i] = customersNow;
  }

  return {
    firstMonth: first,
    months,
    newMrr,
    expansion,
    contraction,
    churn,
    reactivation,
    newCustomers,
    churnedCustomers,
    reactivatedCustomers,
    joinedAndLeft,
    startMrr,
    endMrr,
    customersStart,
    customersEnd,
  };
}

/**
 * Throws the overflow error of finite.ts, on `mrr`, when a money sum of `t`
 * went past ±1.8e308: it would turn into Infinity, then NaN, or vanish into a
 * wrong finite rate. Every metric that reads the money sums calls this; the
 * customer counts (customer churn, retention) need not.
 */
export function checkMoneySums(source: string, t: MonthTotals): void {
  finiteSums(source, 'mrr', 'the monthly MRR sums', t.newMrr, t.expansion, t.contraction, t.churn, t.reactivation, t.startMrr, t.endMrr);
}

/**
 * Sums over the customers with MRR > 0 at the end of month `from`: their MRR
 * then, their MRR at the end of month `to`, and the latter capped per
 * customer at the former. Needs `from ≤ to`.
 */
export function cohortValues(tl: MrrTimeline, from: number, to: number): { start: number; end: number; capped: number } {
  const { customer, month, mrr } = tl;
  // Each customer's MRR at the end of `from` and of `to`: its last change by then.
  const atFrom = new Float64Array(tl.customers);
  const atTo = new Float64Array(tl.customers);
  for (let k = 0; k < customer.length; k++) {
    const m = month[k]!;
    if (m > to) continue;
    const c = customer[k]!;
    atTo[c] = mrr[k]!;
    if (m <= from) atFrom[c] = mrr[k]!;
  }
  let start = 0;
  let end = 0;
  let capped = 0;
  for (let c = 0; c < tl.customers; c++) {
    const a = atFrom[c]!;
    if (a > 0) {
      const b = atTo[c]!;
      start += a;
      end += b;
      capped += b < a ? b : a;
    }
  }
  finiteSums(tl.source, 'mrr', 'the MRR sums of the cohort', [start, end, capped]);
  return { start, end, capped };
}
