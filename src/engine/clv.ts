/**
 * Customer lifetime value (SPEC 2.2), by three methods:
 *
 * - `subscription`: ARPA × gross margin ÷ monthly customer churn rate, from
 *   MRR changes;
 * - `transactional`: average order value × purchases per customer-month ×
 *   lifespan in months, from orders;
 * - `explicit`: either formula on numbers aggregated elsewhere.
 */
import * as z from 'zod/mini';
import { isRecord } from './guards.js';
import { arpaAt, buildTimeline, churnCountsOf, churnRateAt, monthTotals } from './mrr-timeline.js';
import {
  describeValue,
  idKey,
  optionError,
  OrderRecord,
  parseOptions,
  validateRows,
  type MrrChange,
  type Order,
} from './schemas.js';
import { monthOfTime, parseDate } from './time.js';

export const CLV_METHODS = ['subscription', 'transactional', 'explicit'] as const;
export type ClvMethod = (typeof CLV_METHODS)[number];

export interface SubscriptionClvInput {
  method: 'subscription';
  changes: readonly MrrChange[];
  /** Fraction of revenue kept as gross margin, in (0, 1]. Default 1. */
  grossMargin?: number;
  /** How many months before the last one the churn rate is averaged over. Default 6. */
  window?: number;
}

export interface TransactionalClvInput {
  method: 'transactional';
  orders: readonly Order[];
  /** Expected customer lifespan in months (> 0). Default: the mean of the customers' active months. */
  lifespanMonths?: number;
}

export interface ExplicitSubscriptionClvInput {
  method: 'explicit';
  /** Average revenue per account, a month. */
  arpa: number;
  /** Monthly customer churn rate (a fraction); `null` or 0 gives a `null` value. */
  churnRate: number | null;
  /** In (0, 1]. Default 1. */
  grossMargin?: number;
}

export interface ExplicitTransactionalClvInput {
  method: 'explicit';
  averageOrderValue: number;
  /** Purchases per customer a month. */
  purchaseFrequency: number;
  lifespanMonths: number;
}

export type ClvInput = SubscriptionClvInput | TransactionalClvInput | ExplicitSubscriptionClvInput | ExplicitTransactionalClvInput;

/** The inputs of ARPA × margin ÷ churn. */
export interface SubscriptionClvInputs {
  arpa: number | null;
  churnRate: number | null;
  grossMargin: number;
}

/** The inputs of AOV × frequency × lifespan. */
export interface TransactionalClvInputs {
  averageOrderValue: number | null;
  purchaseFrequency: number | null;
  lifespanMonths: number | null;
}

export interface ClvResult {
  /** The lifetime value in the data's currency; `null` when it cannot be computed (no churn, no data). */
  value: number | null;
  method: ClvMethod;
  /** What the formula used: `{ arpa, churnRate, grossMargin }` or `{ averageOrderValue, purchaseFrequency, lifespanMonths }`. */
  inputs: SubscriptionClvInputs | TransactionalClvInputs;
}

// ---------------------------------------------------------------------------
// Option schemas.

const nonNegative = (name: string) =>
  z.number({ error: `expected ${name} as a number ≥ 0` }).check(z.gte(0, { error: `expected ${name} as a number ≥ 0` }));
const positive = (name: string) =>
  z.number({ error: `expected ${name} as a number > 0` }).check(z.gt(0, { error: `expected ${name} as a number > 0` }));
const grossMarginSchema = z._default(
  z.number({ error: 'expected grossMargin as a fraction in (0, 1]' }).check(
    z.gt(0, { error: 'expected grossMargin as a fraction in (0, 1]' }),
    z.lte(1, { error: 'expected grossMargin as a fraction in (0, 1]' }),
  ),
  1,
);
const churnRateSchema = z.nullable(
  z.number({ error: 'expected churnRate as a fraction from 0 to 1, or null' }).check(
    z.gte(0, { error: 'expected churnRate as a fraction from 0 to 1, or null' }),
    z.lte(1, { error: 'expected churnRate as a fraction from 0 to 1, or null' }),
  ),
);

const subscriptionSchema = z.object({
  changes: z.array(z.unknown(), { error: 'expected an array of MrrChange rows' }),
  grossMargin: grossMarginSchema,
  window: z._default(
    z.int({ error: 'expected window as an integer ≥ 1 (months)' }).check(z.gte(1, { error: 'expected window as an integer ≥ 1 (months)' })),
    6,
  ),
});

const transactionalSchema = z.object({
  orders: z.array(z.unknown(), { error: 'expected an array of Order rows' }),
  lifespanMonths: z.optional(positive('lifespanMonths')),
});

const explicitArpaSchema = z.object({ arpa: nonNegative('arpa'), churnRate: churnRateSchema, grossMargin: grossMarginSchema });
const explicitOrderSchema = z.object({
  averageOrderValue: nonNegative('averageOrderValue'),
  purchaseFrequency: nonNegative('purchaseFrequency'),
  lifespanMonths: positive('lifespanMonths'),
});
const EXPLICIT_FORMS = 'expected { arpa, churnRate, grossMargin? } or { averageOrderValue, purchaseFrequency, lifespanMonths }';
const explicitSchema = z.union([explicitArpaSchema, explicitOrderSchema], { error: EXPLICIT_FORMS });

// ---------------------------------------------------------------------------

function subscriptionClv(input: unknown): ClvResult {
  const { changes, grossMargin, window } = parseOptions('clv', subscriptionSchema, input);
  // One timeline serves both inputs (ARPA and the churn rates), as `arpa()`
  // and `customerChurn()` would each build it again over the same changes.
  const totals = monthTotals(buildTimeline('clv', changes));
  const last = totals.months - 1;
  if (last < 0) return { value: null, method: 'subscription', inputs: { arpa: null, churnRate: null, grossMargin } };
  const arpaValue = arpaAt(totals, last);
  const counts = churnCountsOf(totals);
  let sum = 0;
  let n = 0;
  for (let i = Math.max(0, last - window); i < last; i++) {
    const { rate } = churnRateAt(counts, i, false);
    if (rate !== null) {
      sum += rate;
      n++;
    }
  }
  const churnRate = n === 0 ? null : sum / n;
  return {
    value: subscriptionValue(arpaValue, churnRate, grossMargin),
    method: 'subscription',
    inputs: { arpa: arpaValue, churnRate, grossMargin },
  };
}

function subscriptionValue(arpaValue: number | null, churnRate: number | null, grossMargin: number): number | null {
  return arpaValue === null || churnRate === null || churnRate === 0 ? null : (arpaValue * grossMargin) / churnRate;
}

function transactionalClv(input: unknown): ClvResult {
  const { orders, lifespanMonths } = parseOptions('clv', transactionalSchema, input);
  validateRows('clv', orders, OrderRecord);
  let total = 0;
  const span = new Map<string, { first: number; last: number }>();
  for (let i = 0; i < orders.length; i++) {
    const o = orders[i] as Order;
    total += o.amount;
    const m = monthOfTime(parseDate(o.date));
    const key = idKey(o.customerId);
    const s = span.get(key);
    if (s === undefined) span.set(key, { first: m, last: m });
    else if (m < s.first) s.first = m;
    else if (m > s.last) s.last = m;
  }
  if (orders.length === 0) {
    return {
      value: null,
      method: 'transactional',
      inputs: { averageOrderValue: null, purchaseFrequency: null, lifespanMonths: lifespanMonths ?? null },
    };
  }
  let activeMonths = 0;
  for (const s of span.values()) activeMonths += s.last - s.first + 1;
  const averageOrderValue = total / orders.length;
  const purchaseFrequency = orders.length / activeMonths;
  const lifespan = lifespanMonths ?? activeMonths / span.size;
  return {
    value: averageOrderValue * purchaseFrequency * lifespan,
    method: 'transactional',
    inputs: { averageOrderValue, purchaseFrequency, lifespanMonths: lifespan },
  };
}

function explicitClv(input: Record<string, unknown>): ClvResult {
  // The form is told by its keys, so a bad value is reported by its field
  // rather than as "matches neither form".
  const form =
    'arpa' in input || 'churnRate' in input
      ? explicitArpaSchema
      : 'averageOrderValue' in input || 'purchaseFrequency' in input || 'lifespanMonths' in input
        ? explicitOrderSchema
        : explicitSchema;
  const parsed = parseOptions('clv', form, input);
  if ('arpa' in parsed) {
    const { arpa: a, churnRate, grossMargin } = parsed;
    return { value: subscriptionValue(a, churnRate, grossMargin), method: 'explicit', inputs: { arpa: a, churnRate, grossMargin } };
  }
  const { averageOrderValue, purchaseFrequency, lifespanMonths } = parsed;
  return {
    value: averageOrderValue * purchaseFrequency * lifespanMonths,
    method: 'explicit',
    inputs: { averageOrderValue, purchaseFrequency, lifespanMonths },
  };
}

/**
 * Customer lifetime value by the `method` of `input`: `subscription`
 * (ARPA of the last month × grossMargin ÷ the mean customer churn rate of the
 * `window` months before it), `transactional` (AOV × purchases per
 * customer-month × lifespan) or `explicit` (either formula on given numbers).
 * `$50 × 3 a month × 24 months = 3,600`.
 */
export function clv(input: ClvInput): ClvResult {
  const raw: unknown = input;
  if (!isRecord(raw)) {
    return optionError('clv', '', 'expected an object { method, … }');
  }
  const method = (raw as { method?: unknown }).method;
  switch (method) {
    case 'subscription':
      return subscriptionClv(raw);
    case 'transactional':
      return transactionalClv(raw);
    case 'explicit':
      return explicitClv(raw as Record<string, unknown>);
    default:
      return optionError(
        'clv',
        'method',
        `expected one of ${CLV_METHODS.join(', ')}, got ${describeValue(method)}`,
      );
  }
}
