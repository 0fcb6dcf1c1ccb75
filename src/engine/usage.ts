/**
 * Usage metrics from `UsageEvent` rows: stickiness (DAU ÷ MAU), product
 * adoption, engagement and time to value. Definitions, worked examples and
 * edge cases: docs/metrics.md#stickiness, #product-adoption, #engagement,
 * #time-to-value.
 *
 * One pass checks each event and reads it into typed arrays: the day
 * (UTC), the user (or customer) interned to an integer, and what the metric
 * needs (a feature match, a duration). Distinct users per day and per month
 * are then counted with "last seen" stamps over events in day order — a
 * per-day `Set` of users would cost ~10× more on a million events. Exports
 * usually come in time order; otherwise a counting sort by day comes first.
 */
import { is, object, parseOptions } from './check.js';
import { finiteResult } from './finite.js';
import { readCustomers } from './customers.js';
import { isId, isRecord, numberFrom } from './guards.js';
import { IdTable } from './id-table.js';
import { PairTable } from './pair-table.js';
import { indexRange, monthRange, rangeOptions, rangeShape, type MonthRange } from './range.js';
import { idKey, ratio, UsageEventRecord, validateRows, type Customer, type UsageEvent } from './schemas.js';
import { stats } from './stats.js';
import { monthKey, monthOfTime, monthStart, parseDate } from './time.js';

const DAY_MS = 86_400_000;

export type StickinessOptions = MonthRange;
export type EngagementOptions = MonthRange;

export interface ProductAdoptionOptions extends MonthRange {
  /** The feature whose users are adopters (compared with each event's `feature` exactly). */
  feature: string;
}

export interface TimeToValueOptions {
  /** The feature whose first use marks the first value (`first-report`…). */
  milestone: string;
}

export interface StickinessRow {
  /** `YYYY-MM`. */
  month: string;
  /** Mean, over every calendar day of the month (UTC), of the distinct users active that day. */
  dau: number;
  /** Distinct users active in the month. */
  mau: number;
  /** dau ÷ mau, from 0 to 1; `null` when mau is 0. */
  value: number | null;
}

export interface ProductAdoptionRow {
  month: string;
  /** Distinct customers with an event of the feature in the month. */
  adopters: number;
  /** Distinct customers with any event in the month. */
  active: number;
  /** adopters ÷ active; `null` when no customer was active. */
  rate: number | null;
}

export interface EngagementRow {
  month: string;
  /** Distinct users with an event in the month. */
  activeUsers: number;
  /** Events ÷ activeUsers; `null` when no user was active. */
  eventsPerUser: number | null;
  /** Mean `durationSeconds` ÷ 60 over the month's events that carry it; `null` when none does. */
  meanSessionMinutes: number | null;
}

export interface TimeToValueResult {
  /** Days from `start` to the milestone, over the customers who reached it; `null` when none did. */
  median: number | null;
  mean: number | null;
  /** 90th percentile, linear interpolation between closest ranks. */
  p90: number | null;
  /** Customers with a milestone event at or after their `start`. */
  reached: number;
  /** All customers. */
  total: number;
}

// ---------------------------------------------------------------------------
// Reading events.

/** What a usage series counts distinct: users (customer + user id) or customers. */
type Unit = 'user' | 'customer';

interface EventColumns {
  readonly n: number;
  /** Per event: its day (days since 1970-01-01, UTC) and its user or customer number. */
  readonly day: Int32Array;
  readonly who: Int32Array;
  /** Upper bound of the numbers in `who`. */
  readonly whoCount: number;
  /** Per event: 1 when its `feature` is the one asked for. */
  readonly hit: Uint8Array | undefined;
  /** Per event: `durationSeconds`, `NaN` when absent. */
  readonly duration: Float64Array | undefined;
  /** Event positions in day order (`undefined`: the input is already in day order). */
  readonly order: Int32Array | undefined;
  readonly firstDay: number;
  readonly lastDay: number;
}

/** The "no date yet" mark: equal to no row's `date`. */
const NO_DATE = {};

/**
 * Checks every event and reads it into columns. A user is a customer's
 * `userId`, or the customer itself when the event has none: user `7` of
 * customer `a` and user `7` of customer `b` are two users. On the first bad
 * row the general validation words every issue and throws.
 */
function readEvents(source: string, events: unknown, unit: Unit, feature: string | undefined, durations: boolean): EventColumns {
  if (!Array.isArray(events)) validateRows(source, events, UsageEventRecord); // throws
  const input = events as readonly unknown[];
  const n = input.length;
  const day = new Int32Array(n);
  const who = new Int32Array(n);
  const hit = feature === undefined ? undefined : new Uint8Array(n);
  const duration = durations ? new Float64Array(n) : undefined;
  // Customers, and (for users) customer + user pairs: an event without a
  // user is its customer, numbered 2c; a pair is numbered 2p + 1.
  const customers = new IdTable();
  const pairs = new PairTable();
  let lastDate: unknown = NO_DATE;
  let lastDay = 0;
  let minDay = Infinity;
  let maxDay = -Infinity;
  let sorted = true;
  let i = 0;
  for (; i < n; i++) {
    const row: unknown = input[i];
    if (!isRecord(row)) break;
    const id = row['customerId'];
    if (!isId(id)) break;
    const date = row['date'];
    if (date !== lastDate) {
      if (typeof date !== 'string') break;
      const t = parseDate(date);
      if (Number.isNaN(t)) break;
      lastDate = date;
      const d = Math.floor(t / DAY_MS);
      if (d < lastDay && i > 0) sorted = false;
      lastDay = d;
      if (d < minDay) minDay = d;
      if (d > maxDay) maxDay = d;
    }
    const user = row['userId'];
    const hasUser = user !== undefined && user !== null;
    if (hasUser && !isId(user)) break;
    const f = row['feature'];
    if (f !== undefined && f !== null && typeof f !== 'string') break;
    const seconds = row['durationSeconds'];
    const hasSeconds = seconds !== undefined && seconds !== null;
    if (hasSeconds && !numberFrom(seconds, 0)) break;
    day[i] = lastDay;
    const c = idKey(id);
    if (unit === 'customer' || !hasUser) who[i] = 2 * customers.intern(c);
    else who[i] = 2 * pairs.intern(c, idKey(user)) + 1;
    if (hit !== undefined && f === feature) hit[i] = 1;
    if (duration !== undefined) duration[i] = hasSeconds ? seconds : NaN;
  }
  if (i < n) {
    validateRows(source, input, UsageEventRecord);
    throw new Error(`${source}: row ${i} failed the UsageEvent check that validateRows passed`);
  }
  const whoCount = 2 * Math.max(customers.size, pairs.size) + 2;
  const firstDay = n === 0 ? 0 : minDay;
  const last = n === 0 ? -1 : maxDay;
  return { n, day, who, whoCount, hit, duration, order: sorted ? undefined : orderByDay(day, firstDay, last), firstDay, lastDay: last };
}

/** Event positions sorted by day (a counting sort: stable, linear). */
function orderByDay(day: Int32Array, firstDay: number, lastDay: number): Int32Array {
  const n = day.length;
  const starts = new Int32Array(lastDay - firstDay + 2);
  for (let i = 0; i < n; i++) starts[day[i]! - firstDay + 1]!++;
  for (let d = 1; d < starts.length; d++) starts[d]! += starts[d - 1]!;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[starts[day[i]! - firstDay]!++] = i;
  return order;
}

/** Per-month counts over events in day order. */
interface MonthCounts {
  readonly firstMonth: number;
  readonly months: number;
  /** Distinct (who, day) pairs: the sum over the month's days of the distinct users that day. */
  readonly whoDays: Float64Array;
  /** Distinct `who` in the month. */
  readonly distinct: Int32Array;
  /** Distinct `who` with a feature hit in the month. */
  readonly hits: Int32Array;
  readonly events: Float64Array;
  readonly seconds: Float64Array;
  readonly timed: Float64Array;
}

function countMonths(cols: EventColumns, needDays: boolean): MonthCounts {
  const { n, day, who, hit, duration, order, firstDay, lastDay } = cols;
  const firstMonth = n === 0 ? 0 : monthOfTime(firstDay * DAY_MS);
  const months = n === 0 ? 0 : monthOfTime(lastDay * DAY_MS) - firstMonth + 1;
  const whoDays = new Float64Array(months);
  const distinct = new Int32Array(months);
  const hits = new Int32Array(months);
  const events = new Float64Array(months);
  const seconds = new Float64Array(months);
  const timed = new Float64Array(months);
  // Stamps: the (offset) day and month in which each `who` was last counted.
  const seenDay = needDays ? new Int32Array(cols.whoCount) : undefined;
  const seenMonth = new Int32Array(cols.whoCount);
  const seenHit = hit === undefined ? undefined : new Int32Array(cols.whoCount);
  let curDay = NaN;
  let m = -1; // month offset of curDay
  let nextMonthDay = -Infinity; // first day of the month after m
  for (let k = 0; k < n; k++) {
    const i = order === undefined ? k : order[k]!;
    const d = day[i]!;
    if (d !== curDay) {
      curDay = d;
      if (d >= nextMonthDay) {
        m = monthOfTime(d * DAY_MS) - firstMonth;
        nextMonthDay = monthStart(firstMonth + m + 1) / DAY_MS;
      }
    }
    const w = who[i]!;
    events[m]!++;
    // Stamps hold offsets + 1, so the arrays' initial 0 means "never".
    if (seenDay !== undefined && seenDay[w] !== d - firstDay + 1) {
      seenDay[w] = d - firstDay + 1;
      whoDays[m]!++;
    }
    if (seenMonth[w] !== m + 1) {
      seenMonth[w] = m + 1;
      distinct[m]!++;
    }
    if (seenHit !== undefined && hit![i] === 1 && seenHit[w] !== m + 1) {
      seenHit[w] = m + 1;
      hits[m]!++;
    }
    if (duration !== undefined) {
      const s = duration[i]!;
      if (s === s) {
        seconds[m]! += s;
        timed[m]!++;
      }
    }
  }
  return { firstMonth, months, whoDays, distinct, hits, events, seconds, timed };
}

function perMonth<T>(source: string, counts: MonthCounts, range: MonthRange, row: (i: number, month: number) => T): T[] {
  const [lo, hi] = monthRange(source, range);
  const [a, b] = indexRange(counts.firstMonth, counts.months, lo, hi);
  const out: T[] = [];
  for (let i = a; i <= b; i++) out.push(row(i, counts.firstMonth + i));
  return out;
}

// ---------------------------------------------------------------------------
// The metrics.

const featureText = /* @__PURE__ */ is<string>((v) => typeof v === 'string' && v.length > 0, 'expected a feature name (non-empty text)');
const adoptionOptions = /* @__PURE__ */ object({ ...rangeShape, feature: featureText });
const timeToValueOptions = /* @__PURE__ */ object({ milestone: /* @__PURE__ */ is<string>((v) => typeof v === 'string' && v.length > 0, 'expected a milestone feature name (non-empty text)') });

/**
 * Stickiness a month: DAU ÷ MAU, where DAU is the mean over every calendar
 * day of the month (UTC) of the distinct users active that day and MAU the
 * distinct users active in the month. docs/metrics.md#stickiness
 */
export function stickiness(events: readonly UsageEvent[], options: StickinessOptions = {}): StickinessRow[] {
  const range = parseOptions('stickiness', rangeOptions, options);
  const counts = countMonths(readEvents('stickiness', events, 'user', undefined, false), true);
  return perMonth('stickiness', counts, range, (i, month) => {
    const days = (monthStart(month + 1) - monthStart(month)) / DAY_MS;
    const mau = counts.distinct[i]!;
    const dau = counts.whoDays[i]! / days;
    // whoDays ≤ days × mau, so the value never exceeds 1 (min() guards rounding).
    return { month: monthKey(month), dau, mau, value: mau === 0 ? null : Math.min(1, counts.whoDays[i]! / (days * mau)) };
  });
}

/**
 * Product adoption a month: of the customers with any event in the month,
 * the share with an event of `feature`. docs/metrics.md#product-adoption
 */
export function productAdoption(events: readonly UsageEvent[], options: ProductAdoptionOptions): ProductAdoptionRow[] {
  const { feature, ...range } = parseOptions('productAdoption', adoptionOptions, options);
  const counts = countMonths(readEvents('productAdoption', events, 'customer', feature, false), false);
  return perMonth('productAdoption', counts, range, (i, month) => {
    const active = counts.distinct[i]!;
    const adopters = counts.hits[i]!;
    return { month: monthKey(month), adopters, active, rate: ratio(adopters, active) };
  });
}

/**
 * Engagement a month: active users, events per active user, and the mean
 * session length in minutes over the events that carry `durationSeconds`.
 * docs/metrics.md#engagement
 */
export function engagement(events: readonly UsageEvent[], options: EngagementOptions = {}): EngagementRow[] {
  const range = parseOptions('engagement', rangeOptions, options);
  const counts = countMonths(readEvents('engagement', events, 'user', undefined, true), false);
  // Durations near 1e308 add up past what a number holds: the rule of finite.ts.
  return finiteResult('engagement', 'durationSeconds', perMonth('engagement', counts, range, (i, month) => {
    const activeUsers = counts.distinct[i]!;
    const timed = counts.timed[i]!;
    return {
      month: monthKey(month),
      activeUsers,
      eventsPerUser: ratio(counts.events[i]!, activeUsers),
      meanSessionMinutes: timed === 0 ? null : counts.seconds[i]! / timed / 60,
    };
  }));
}

/**
 * Time to value: days from each customer's `start` to its first event of
 * feature `milestone` at or after `start`; median, mean and p90 over the
 * customers who reached it. Events of customers not in `customers` are
 * ignored. docs/metrics.md#time-to-value
 */
export function timeToValue(
  customers: readonly Customer[],
  events: readonly UsageEvent[],
  options: TimeToValueOptions,
): TimeToValueResult {
  const { milestone } = parseOptions('timeToValue', timeToValueOptions, options);
  const table = readCustomers('timeToValue', customers);
  validateRows('timeToValue', events, UsageEventRecord);
  const known = table.ids.size;
  const first = new Float64Array(known).fill(Infinity);
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as UsageEvent;
    if (e.feature !== milestone) continue;
    const c = table.ids.intern(idKey(e.customerId));
    if (c >= known) continue; // not a customer of the list
    const t = parseDate(e.date);
    if (t >= table.start[c]! && t < first[c]!) first[c] = t;
  }
  const days = new Float64Array(known);
  let reached = 0;
  for (let c = 0; c < known; c++) {
    if (first[c] !== Infinity) days[reached++] = (first[c]! - table.start[c]!) / DAY_MS;
  }
  const { median, mean, p90 } = stats(days.subarray(0, reached));
  return finiteResult('timeToValue', 'date', { median, mean, p90, reached, total: table.n });
}
