/**
 * The `<mrr-movements>` computation: MRR movements a month, from `MrrChange`
 * rows (the engine's `mrrMovements`) or from rows already computed elsewhere
 * (a warehouse running the same definition, docs/metrics.md), which are
 * checked as carefully as raw rows. Pure: no DOM, no Lit.
 */
import { isRecord } from '../engine/guards.js';
import { mrrMovements, type MrrMovement } from '../engine/revenue.js';
import { defineRecord, describeValue, validateRows, type IssueList, type MrrChange } from '../engine/schemas.js';
import { DataError } from '../data/errors.js';
import { monthOnce } from './month-rows.js';
import type { MetricAdapter } from './types.js';

export type { MrrMovement };

/** What the rows were: `MrrChange` records, or already computed `mrrMovements` rows. */
export const MRR_MOVEMENT_INPUTS = ['mrr-changes', 'movements'] as const;
export type MrrMovementInput = (typeof MRR_MOVEMENT_INPUTS)[number];

export interface MrrMovementsAdapterOptions {
  /** Keep only the last this many months (a whole number ≥ 1); absent = every month. */
  readonly months?: number | undefined;
}

/** The five movements, in the order they are stacked: three above zero, two below. */
export const MOVEMENTS = ['new', 'expansion', 'reactivation', 'contraction', 'churn'] as const;
export type Movement = (typeof MOVEMENTS)[number];

/** Movements that lower MRR (drawn below zero). */
export const LOSSES: ReadonlySet<Movement> = new Set<Movement>(['contraction', 'churn']);

/** The money fields of an already computed row; the customer counts are optional. */
const MONEY = ['startMrr', 'new', 'expansion', 'contraction', 'churn', 'reactivation', 'endMrr'] as const;
const COUNTS = ['customersStart', 'customersEnd', 'newCustomers', 'churnedCustomers', 'reactivatedCustomers'] as const;

const MovementRecord = /* @__PURE__ */ defineRecord<MrrMovement>('mrrMovements row', [
  { key: 'month', kind: 'text' },
  ...MONEY.map((key) => ({ key, kind: 'number' as const, min: 0 })),
  ...COUNTS.map((key) => ({ key, kind: 'int' as const, min: 0, optional: true })),
]);

/** Tells raw `MrrChange` rows from computed rows: a `month` without `customerId` or `mrr`. */
export function mrrMovementInput(rows: readonly unknown[]): MrrMovementInput {
  const first = rows.find(isRecord);
  return first && 'month' in first && !('customerId' in first) && !('mrr' in first) ? 'movements' : 'mrr-changes';
}

/** Net movement of a month: what was added minus what was lost. */
export function netMovement(row: MrrMovement): number {
  return row.new + row.expansion + row.reactivation - row.contraction - row.churn;
}

/**
 * Checks already computed rows: every money field a number ≥ 0, `month` a
 * `YYYY-MM` month given once, and the identity every row of the definition
 * keeps, `endMrr = startMrr + new + expansion + reactivation − contraction −
 * churn` (to a cent-sized rounding). Returns them in month order.
 */
export function movementRows(rows: unknown): MrrMovement[] {
  const once = monthOnce('month', 'month');
  validateRows('mrr-movements', rows, MovementRecord, (row: MrrMovement, i: number, list: IssueList) => {
    once(row.month, i, list);
    const expected = row.startMrr + netMovement(row);
    if (Math.abs(expected - row.endMrr) > 0.005 + 1e-9 * Math.abs(expected)) {
      list.add({
        row: i,
        field: 'endMrr',
        message: `expected startMrr + new + expansion + reactivation − contraction − churn = ${describeValue(expected)}, got ${describeValue(row.endMrr)}`,
      });
    }
  });
  return [...rows].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}

const windowOf = (months: number | undefined): number | undefined =>
  months !== undefined && Number.isInteger(months) && months >= 1 ? months : undefined;

/** The `<mrr-movements>` adapter: the rows shown (the last `months` months), as the engine shapes them. */
export const mrrMovementsAdapter: MetricAdapter<MrrMovementsAdapterOptions, MrrMovement[]> = {
  metric: 'mrr-movements',
  compute(input, options) {
    if (!Array.isArray(input)) {
      throw new DataError('validation', `Expected an array of rows (MRR changes or monthly movements), got ${describeValue(input)}.`, [
        { row: null, field: '', message: 'expected an array of rows' },
      ]);
    }
    const months = options.months;
    if (months !== undefined && months !== null && windowOf(months) === undefined) {
      throw new DataError('config', `months="${String(months)}": expected a whole number of months ≥ 1.`);
    }
    const all = mrrMovementInput(input) === 'movements' ? movementRows(input) : mrrMovements(input as MrrChange[]);
    const size = windowOf(months);
    return size === undefined ? all : all.slice(Math.max(0, all.length - size));
  },
  isEmpty(result) {
    return result.length === 0;
  },
};
