/**
 * Cohort retention from `MrrChange` or `Customer` rows: a triangle of the
 * share of each monthly cohort still active (or of its revenue still paid)
 * k months on. Definition and worked example: docs/metrics.md#cohort-retention.
 *
 * From MRR changes it walks the shared timeline (mrr-timeline.ts) once:
 * each customer's month-end values become steps in its cohort's difference
 * arrays, so the work is one pass over the changes plus cohorts × months.
 */
import { finiteResult } from './finite.js';
import { is, object, opt, parseOptions } from './check.js';
import { isCustomerRows, readCustomers } from './customers.js';
import { buildTimeline, monthEnds } from './mrr-timeline.js';
import { monthRange, rangeShape, type MonthRange } from './range.js';
import { optionError, type Customer, type MrrChange } from './schemas.js';
import { monthKey } from './time.js';

export const COHORT_BASES = ['customers', 'revenue'] as const;
export type CohortBasis = (typeof COHORT_BASES)[number];

export interface CohortRetentionOptions extends MonthRange {
  /** `customers` (default): share of the cohort's customers; `revenue`: share of its starting MRR (`MrrChange` rows only). */
  basis?: CohortBasis;
}

export interface CohortRow {
  /** The cohort month, `YYYY-MM`: the first month at whose end its customers were active. */
  cohort: string;
  /** Customers in the cohort, or (revenue) their total MRR at the end of the cohort month. */
  size: number;
  /** `values[k]`: the share still active (or of MRR still paid) at the end of cohort + k; `values[0]` is 1. */
  values: number[];
}

const basisCheck = /* @__PURE__ */ is<CohortBasis>(
  (v) => v === 'customers' || v === 'revenue',
  'expected basis "customers" or "revenue"',
);
const cohortOptions = /* @__PURE__ */ object({ ...rangeShape, basis: /* @__PURE__ */ opt(basisCheck, 'customers' as CohortBasis) });

/** Per cohort (by month offset from `first`): difference arrays of active customers and MRR, index = months since the cohort. */
interface Steps {
  first: number;
  last: number;
  customers: (Float64Array | undefined)[];
  mrr: (Float64Array | undefined)[];
}

/** The customers' difference array of `cohort`, made (with its MRR one when `withMrr`) on first use. */
function stepsOf(steps: Steps, cohort: number, withMrr: boolean): Float64Array {
  const at = cohort - steps.first;
  let customers = steps.customers[at];
  if (customers === undefined) {
    const length = steps.last - cohort + 2;
    customers = steps.customers[at] = new Float64Array(length);
    if (withMrr) steps.mrr[at] = new Float64Array(length);
  }
  return customers;
}

function fromChanges(source: string, changes: unknown, withMrr: boolean): Steps {
  const tl = buildTimeline(source, changes);
  const steps: Steps = { first: tl.firstMonth, last: tl.lastMonth, customers: [], mrr: [] };
  // Per customer: its cohort (`none` until its first month end with MRR > 0)
  // and its MRR at its last month end so far.
  const none = tl.firstMonth - 1;
  const cohortOf = new Int32Array(tl.customers).fill(none);
  const prevOf = new Float64Array(tl.customers);
  monthEnds(tl, (c, m, v) => {
    let cohort = cohortOf[c]!;
    if (cohort === none) {
      if (v === 0) return;
      cohortOf[c] = cohort = m;
    }
    const customers = stepsOf(steps, cohort, withMrr);
    const prev = prevOf[c]!;
    const i = m - cohort;
    if ((v > 0) !== (prev > 0)) customers[i]! += v > 0 ? 1 : -1;
    if (withMrr) steps.mrr[cohort - steps.first]![i]! += v - prev;
    prevOf[c] = v;
  });
  return steps;
}

function fromCustomers(source: string, rows: unknown): Steps {
  const t = readCustomers(source, rows);
  const steps: Steps = { first: t.firstMonth, last: t.lastMonth, customers: [], mrr: [] };
  for (let i = 0; i < t.n; i++) {
    const s = t.startMonth[i]!;
    // Active at the end of M: start in M or before, no end in M or before.
    if (t.hasEnd[i] === 1 && t.endMonth[i]! <= s) continue;
    const customers = stepsOf(steps, s, false);
    customers[0]!++;
    if (t.hasEnd[i] === 1) customers[t.endMonth[i]! - s]!--;
  }
  return steps;
}

/**
 * Cohort retention, one row a cohort (months with no new customer have no
 * row). `rows` are `MrrChange` records (either basis) or `Customer` records
 * (`customers` basis), told apart by the first row. A customer's cohort is
 * the first month at whose end it is active, and it stays there: a
 * reactivated customer counts again in its first cohort. `values[k]` runs
 * to the last month in the data, or to `to`; `from`/`to` also choose the
 * cohorts shown, while the whole history decides each customer's cohort.
 */
export function cohortRetention(rows: readonly MrrChange[] | readonly Customer[], options: CohortRetentionOptions = {}): CohortRow[] {
  const source = 'cohortRetention';
  const { basis, ...range } = parseOptions(source, cohortOptions, options);
  const [lo, hi] = monthRange(source, range);
  const revenue = basis === 'revenue';
  let steps: Steps;
  if (isCustomerRows(rows)) {
    if (revenue) optionError(source, 'basis', 'expected basis "customers" with Customer rows (the revenue basis needs MrrChange rows)');
    steps = fromCustomers(source, rows);
  } else {
    steps = fromChanges(source, rows, revenue);
  }
  const out: CohortRow[] = [];
  const lastShown = Math.min(steps.last, hi);
  for (let at = 0; at < steps.customers.length; at++) {
    const customers = steps.customers[at];
    const cohort = steps.first + at;
    if (customers === undefined || cohort < lo || cohort > hi) continue;
    const mrr = steps.mrr[at];
    const length = lastShown - cohort + 1;
    const values: number[] = new Array<number>(length);
    let active = 0;
    let paid = 0;
    let size = 0;
    for (let k = 0; k < length; k++) {
      active += customers[k]!;
      if (mrr !== undefined) paid += mrr[k]!;
      // With nobody left, the MRR is exactly 0, not the sums' rounding residue.
      const value = mrr === undefined ? active : active === 0 ? 0 : paid;
      if (k === 0) size = value;
      values[k] = k === 0 ? 1 : value / size;
    }
    out.push({ cohort: monthKey(cohort), size, values });
  }
  // MRR sums past ±1.8e308, or a share of a tiny size, are the error of finite.ts.
  return finiteResult(source, 'mrr', out);
}
