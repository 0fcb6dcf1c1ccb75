/**
 * The `<retention-cohorts>` computation: one row a signup cohort with the
 * share of it still active (or of its MRR still paid) each month since, from
 * `MrrChange` or `Customer` rows (the engine's `cohortRetention`) or from
 * cohort rows computed elsewhere, which are checked as carefully as raw rows.
 * Pure: no DOM, no Lit.
 */
import { cohortRetention, COHORT_BASES, type CohortBasis, type CohortRow } from '../engine/cohorts.js';
import { isRecord } from '../engine/guards.js';
import { defineRecord, describeValue, validateRows, type Customer, type IssueList, type MrrChange } from '../engine/schemas.js';
import { DataError } from '../data/errors.js';
import { monthOnce } from './month-rows.js';
import type { MetricAdapter } from './types.js';

/** Values of the `basis` attribute (the engine's). */
export { COHORT_BASES, type CohortBasis, type CohortRow };

/** What the rows were. */
export const COHORT_INPUTS = ['mrr-changes', 'customers', 'cohorts'] as const;
export type CohortInput = (typeof COHORT_INPUTS)[number];

export interface RetentionCohortsOptions {
  readonly basis?: CohortBasis | undefined;
}

/** The `metric-computed` detail: the cohort rows, with the basis and the input they came from. */
export interface RetentionCohortsResult {
  readonly basis: CohortBasis;
  readonly input: CohortInput;
  readonly rows: readonly CohortRow[];
}

const CohortRecord = /* @__PURE__ */ defineRecord<CohortRow>('cohort', [
  { key: 'cohort', kind: 'text' },
  { key: 'size', kind: 'number', min: 0 },
]);

/** Tells the rows apart by their first object: `cohort` → cohort rows; `start` → customers; else MRR changes. */
export function cohortInput(rows: readonly unknown[]): CohortInput {
  const first = rows.find(isRecord);
  if (first && 'cohort' in first) return 'cohorts';
  if (first && 'start' in first) return 'customers';
  return 'mrr-changes';
}

/**
 * Checks cohort rows: `cohort` a `YYYY-MM` month given once, `size` a number
 * ≥ 0, `values` an array of fractions (0 to 1 for customers; revenue can
 * exceed 1). Returns them oldest cohort first.
 */
export function cohortRows(rows: unknown, basis: CohortBasis): CohortRow[] {
  const once = monthOnce('cohort', 'cohort');
  validateRows('retention-cohorts', rows, CohortRecord, (row: CohortRow, i: number, list: IssueList) => {
    once(row.cohort, i, list);
    const values: unknown = row.values;
    const what = basis === 'customers' ? 'fractions from 0 to 1 (0.8 for 80 %)' : 'fractions ≥ 0 (0.8 for 80 %)';
    if (!Array.isArray(values)) {
      list.add({ row: i, field: 'values', message: `expected an array of ${what}, got ${describeValue(values)}` });
      return;
    }
    const bad = values.findIndex(
      (v) => typeof v !== 'number' || !Number.isFinite(v) || v < 0 || (basis === 'customers' && v > 1),
    );
    if (bad >= 0) {
      list.add({ row: i, field: 'values', message: `expected an array of ${what}, got ${describeValue(values[bad])} at index ${bad}` });
    }
  });
  return [...rows].sort((a, b) => (a.cohort < b.cohort ? -1 : a.cohort > b.cohort ? 1 : 0));
}

/** The `<retention-cohorts>` adapter. */
export const retentionCohortsAdapter: MetricAdapter<RetentionCohortsOptions, RetentionCohortsResult> = {
  metric: 'retention-cohorts',
  compute(input, options) {
    const basis = options.basis ?? 'customers';
    if (!(COHORT_BASES as readonly string[]).includes(basis)) {
      throw new DataError('config', `basis="${String(basis)}": expected ${COHORT_BASES.join(', ')}.`);
    }
    if (!Array.isArray(input)) {
      throw new DataError('validation', `Expected an array of rows (MRR changes, customers or cohorts), got ${describeValue(input)}.`, [
        { row: null, field: '', message: 'expected an array of rows' },
      ]);
    }
    const shape = cohortInput(input);
    if (shape === 'cohorts') return { basis, input: shape, rows: cohortRows(input, basis) };
    if (shape === 'customers' && basis === 'revenue') {
      throw new DataError(
        'config',
        'basis="revenue" needs MRR change rows (customerId, date, mrr), but these rows are customers (id, start, end): use basis="customers", or give MRR changes.',
      );
    }
    return { basis, input: shape, rows: cohortRetention(input as MrrChange[] | Customer[], { basis }) };
  },
  isEmpty(result) {
    return result.rows.length === 0;
  },
};
