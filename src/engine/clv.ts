/**
 * Customer lifetime value (docs/metrics.md, "CLV"), by three methods:
 *
 * - `subscription`: ARPA × gross margin ÷ monthly customer churn rate, from
 *   MRR changes;
 * - `transactional`: average order value × purchases per customer-month ×
 *   lifespan in months, from orders;
 * - `explicit`: either formula on numbers aggregated elsewhere.
 */
import { array, int, num, nullable, object, opt, parseOptions } from './check.js';
import { isRecord } from './guards.js';
import { finiteResult } from './finite.js';
import { buildTimeline } from './mrr-timeline.js';
import { arpaAt, checkMoneySums, churnCountsOf, churnRateAt, monthTotals } from './month-totals.js';
import {
  describeValue,
  idKey,
  issueMessage,
  optionError,
  OrderRecord,
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
// Input checks.

const nonNegative = (name: string) => num(`expected ${name} as a number ≥ 0`, (n) => n >= 0);
const positive = (name: string) => num(`expected ${name} as a number > 0`, (n) => n > 0);
const grossMargin = opt(num('expected grossMargin as a fraction in (0, 1]', (g) => g > 0 && g <= 1), 1);

const subscriptionInput = object({
  changes: array('expected an array of MrrChange rows'),
  grossMargin,
  window: opt(int('expected window as an integer ≥ 1 (months)', (n) => n >= 1), 6),
});

const transactionalInput = object({
  orders: array('expected an array of Order rows'),
  lifespanMonths: opt(positive('lifespanMonths')),
});

const explicitArpaInput = object({
  arpa: nonNegative('arpa'),
  churnRate: nullable(num('expected churnRate as a fraction from 0 to 1, or null', (r) => r >= 0 && r <= 1)),
  grossMargin,
});
const explicitOrderInput = object({
  averageOrderValue: nonNegative('averageOrderValue'),
  purchaseFrequency: nonNegative('purchaseFrequency'),
  lifespanMonths: positive('lifespanMonths'),
});

// ---------------------------------------------------------------------------

function subscriptionClv(input: unknown): ClvResult {
  const { changes, grossMargin, window } = parseOptions('clv', subscriptionInput, input);
  // One timeline serves both inputs (ARPA and the churn rates), as `arpa()`
  // and `customerChurn()` would each build it again over the same changes.
  const totals = monthTotals(buildTimeline('clv', changes));
  checkMoneySums('clv', totals);
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
  return finiteResult('clv', 'mrr', {
    value: subscriptionValue(arpaValue, churnRate, grossMargin),
    method: 'subscription',
    inputs: { arpa: arpaValue, churnRate, grossMargin },
  });
}

function subscriptionValue(arpaValue: number | null, churnRate: number | null, grossMargin: number): number | null {
  return arpaValue === null || churnRate === null || churnRate === 0 ? null : (arpaValue * grossMargin) / churnRate;
}

function transactionalClv(input: unknown): ClvResult {
  const { orders, lifespanMonths } = parseOptions('clv', transactionalInput, input);
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
  return finiteResult('clv', 'amount', {
    value: averageOrderValue * purchaseFrequency * lifespan,
    method: 'transactional',
    inputs: { averageOrderValue, purchaseFrequency, lifespanMonths: lifespan },
  });
}

function explicitClv(input: Record<string, unknown>): ClvResult {
  // The form is told by its keys, so a bad value is reported by its field
  // rather than as "matches neither form".
  if ('arpa' in input || 'churnRate' in input) {
    const { arpa: a, churnRate, grossMargin } = parseOptions('clv', explicitArpaInput, input);
    return finiteResult('clv', 'arpa', {
      value: subscriptionValue(a, churnRate, grossMargin),
      method: 'explicit',
      inputs: { arpa: a, churnRate, grossMargin },
    });
  }
  if ('averageOrderValue' in input || 'purchaseFrequency' in input || 'lifespanMonths' in input) {
    const { averageOrderValue, purchaseFrequency, lifespanMonths } = parseOptions('clv', explicitOrderInput, input);
    return finiteResult('clv', 'averageOrderValue', {
      value: averageOrderValue * purchaseFrequency * lifespanMonths,
      method: 'explicit',
      inputs: { averageOrderValue, purchaseFrequency, lifespanMonths },
    });
  }
  // Neither form's keys: neither form can match (each has required keys).
  return optionError(
    'clv',
    '',
    issueMessage('expected { arpa, churnRate, grossMargin? } or { averageOrderValue, purchaseFrequency, lifespanMonths }', input),
  );
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
