/**
 * Support and customer-success operations metrics (docs/metrics.md): first contact
 * resolution, response and resolution times, trial conversion, renewal rate,
 * retention cost and ARR per CSM.
 */
import { int, num, object, parseOptions } from './check.js';
import { finiteResult } from './finite.js';
import {
  describeValue,
  ratio,
  RenewalRecord,
  TicketRecord,
  TrialRecord,
  validateRows,
  type IssueList,
  type Renewal,
  type Ticket,
  type Trial,
} from './schemas.js';
import { stats, type DurationStats } from './stats.js';
import { parseDate } from './time.js';

const HOUR_MS = 3_600_000;

export interface FirstContactResolutionResult {
  /** resolvedFirstContact ÷ total; `null` without tickets. */
  rate: number | null;
  /** Tickets resolved (`resolvedAt` set) with exactly one contact. */
  resolvedFirstContact: number;
  /** All tickets received. */
  total: number;
}

/**
 * First contact resolution: tickets resolved with a single contact
 * (`resolvedAt` set and `contacts === 1`) ÷ all tickets received.
 */
export function firstContactResolution(tickets: readonly Ticket[]): FirstContactResolutionResult {
  validateRows('firstContactResolution', tickets, TicketRecord);
  let resolved = 0;
  for (let i = 0; i < tickets.length; i++) {
    const t = tickets[i] as Ticket;
    if (t.resolvedAt != null && t.contacts === 1) resolved++;
  }
  return { rate: ratio(resolved, tickets.length), resolvedFirstContact: resolved, total: tickets.length };
}

export type { DurationStats };

export interface ResponseTimesResult {
  /** Hours from `createdAt` to `firstResponseAt`. */
  firstResponse: DurationStats;
  /** Hours from `createdAt` to `resolvedAt`. */
  resolution: DurationStats;
}

/** Reports `field` (at `at`) as earlier than its `source` timestamp (`start`). */
function notBefore(source: 'createdAt' | 'trialStart') {
  return (field: string, at: string, start: string, index: number, list: IssueList): void => {
    list.add({ row: index, field, message: `expected a time on or after ${source} (${start}), got ${describeValue(at)}` });
  };
}
const afterCreated = notBefore('createdAt');
const afterTrialStart = notBefore('trialStart');

/**
 * Hours from `createdAt` to `firstResponseAt` and to `resolvedAt`, over the
 * tickets that have them: median, mean, 90th percentile and count. A
 * response or resolution before the ticket was created is an input error.
 */
export function responseTimes(tickets: readonly Ticket[]): ResponseTimesResult {
  const n = Array.isArray(tickets) ? tickets.length : 0;
  const first = new Float64Array(n);
  const resolved = new Float64Array(n);
  let nf = 0;
  let nr = 0;
  // Each timestamp is parsed once: the order check also collects the hours.
  // On any issue validateRows throws and the partial arrays are dropped.
  validateRows('responseTimes', tickets, TicketRecord, (t, index, list) => {
    if (t.firstResponseAt == null && t.resolvedAt == null) return;
    const created = parseDate(t.createdAt);
    if (t.firstResponseAt != null) {
      const h = (parseDate(t.firstResponseAt) - created) / HOUR_MS;
      if (h < 0) afterCreated('firstResponseAt', t.firstResponseAt, t.createdAt, index, list);
      else first[nf++] = h;
    }
    if (t.resolvedAt != null) {
      const h = (parseDate(t.resolvedAt) - created) / HOUR_MS;
      if (h < 0) afterCreated('resolvedAt', t.resolvedAt, t.createdAt, index, list);
      else resolved[nr++] = h;
    }
  });
  return { firstResponse: stats(first.subarray(0, nf)), resolution: stats(resolved.subarray(0, nr)) };
}

export interface TrialConversionResult {
  /** converted ÷ total; `null` without trials. */
  rate: number | null;
  converted: number;
  total: number;
}

function trialCheck(t: Trial, index: number, list: IssueList): void {
  if (t.convertedAt != null && parseDate(t.convertedAt) < parseDate(t.trialStart)) {
    afterTrialStart('convertedAt', t.convertedAt, t.trialStart, index, list);
  }
}

/**
 * Trial conversion: trials with `convertedAt` ÷ all trials. A conversion
 * dated before its trial started is an input error.
 */
export function trialConversion(trials: readonly Trial[]): TrialConversionResult {
  validateRows('trialConversion', trials, TrialRecord, trialCheck);
  let converted = 0;
  for (let i = 0; i < trials.length; i++) if ((trials[i] as Trial).convertedAt != null) converted++;
  return { rate: ratio(converted, trials.length), converted, total: trials.length };
}

export interface RenewalRateResult {
  /** renewed ÷ total; `null` when no renewal was due. */
  rate: number | null;
  renewed: number;
  total: number;
}

/** Renewal rate: renewals with `renewed: true` ÷ all renewals due. */
export function renewalRate(renewals: readonly Renewal[]): RenewalRateResult {
  validateRows('renewalRate', renewals, RenewalRecord);
  let renewed = 0;
  for (let i = 0; i < renewals.length; i++) if ((renewals[i] as Renewal).renewed) renewed++;
  return { rate: ratio(renewed, renewals.length), renewed, total: renewals.length };
}

const nonNegative = (n: number) => n >= 0;
const money = (name: string) => num(`expected ${name} as a number ≥ 0`, nonNegative);

const retentionCostInput = /* @__PURE__ */ object({
  cost: /* @__PURE__ */ money('cost'),
  customers: /* @__PURE__ */ int('expected customers as an integer ≥ 0', nonNegative),
});

export interface RetentionCostInput {
  /** What retaining them cost, in the data's currency. */
  cost: number;
  /** Customers retained over the same period. */
  customers: number;
}

/** Retention cost per customer: cost ÷ customers; `null` when customers is 0. */
export function retentionCost(input: RetentionCostInput): number | null {
  const { cost, customers } = parseOptions('retentionCost', retentionCostInput, input);
  return ratio(cost, customers);
}

const arrPerCsmInput = /* @__PURE__ */ object({
  arr: /* @__PURE__ */ money('arr'),
  // Headcount may be fractional: part-time CSMs count as full-time equivalents.
  csms: /* @__PURE__ */ num('expected csms as a number ≥ 0 (full-time equivalents)', nonNegative),
});

export interface ArrPerCsmInput {
  /** Annual recurring revenue managed. */
  arr: number;
  /** Customer success managers, full-time equivalents (2.5 allowed). */
  csms: number;
}

/** ARR per customer success manager: arr ÷ csms; `null` when csms is 0. */
export function arrPerCsm(input: ArrPerCsmInput): number | null {
  const { arr, csms } = parseOptions('arrPerCsm', arrPerCsmInput, input);
  return finiteResult('arrPerCsm', 'csms', ratio(arr, csms));
}
