/**
 * The MRR timeline shared by the revenue metrics (private to the engine).
 *
 * One pass turns `MrrChange` rows into typed arrays: customer ids are
 * interned to integers, dates parsed to epoch ms. A counting sort groups the
 * rows by customer, and each customer's few rows are sorted by instant. Every
 * revenue metric then walks each customer's changes once; nothing builds a
 * customers × months grid and nothing sorts strings.
 */
import { finiteSums } from './finite.js';
import { IdTable } from './id-table.js';
import { isId, isRecord, numberFrom } from './guards.js';
import { idKey, IssueList, MrrChangeRecord, ratio, validateRows, type InputIssue, type MrrChange } from './schemas.js';
import { monthOfTime, parseDate } from './time.js';

/** The changes of every customer, grouped by customer and ordered by instant. */
export interface MrrTimeline {
  /** The public function the timeline serves, for errors found later (sums too large). */
  readonly source: string;
  /** How many distinct customers. */
  readonly customers: number;
  /** Customer `c`'s changes are positions `offsets[c]` to `offsets[c + 1] − 1`. */
  readonly offsets: Int32Array;
  /** Per position: the month index of the change and the MRR from then on. */
  readonly month: Int32Array;
  readonly mrr: Float64Array;
  /** Month index of the earliest and the latest change (`first > last` when empty). */
  readonly firstMonth: number;
  readonly lastMonth: number;
}

/** Beyond this many changes for one customer, insertion sort gives way to a real sort. */
const SMALL_SLICE = 64;

/** The "no date yet" mark of {@link buildTimeline}: equal to no row's `date`. */
const NO_DATE = {};

/**
 * Validates `changes` and builds their timeline. Besides the record checks,
 * two rows for one customer at the same instant with different `mrr` are an
 * issue on the later row (in input order), naming the other.
 */
export function buildTimeline(source: string, changes: unknown): MrrTimeline {
  if (!Array.isArray(changes)) validateRows(source, changes, MrrChangeRecord); // throws
  const input = changes as readonly unknown[];
  const n = input.length;
  const customerOf = new Int32Array(n);
  const timeOf = new Float64Array(n);
  const mrrOf = new Float64Array(n);
  const monthOfRow = new Int32Array(n);
  // Ids from JSON are fresh strings; the IdTable confirms them against a
  // packed copy of each key, faster than a Map here (see id-table.ts).
  const ids = new IdTable();
  // One walk over the row objects: the MrrChange check (the predicates of
  // `MrrChangeRecord.check`, the date inlined) fused with reading each good row
  // into typed arrays, so that every date is parsed once, for its check and
  // its instant together. Exports in date order repeat a date hundreds of
  // times in a row; a date equal to the last good one is good and needs no
  // parsing. (`NO_DATE` matches no value a row can hold.)
  let lastDate: unknown = NO_DATE;
  let lastTime = NaN;
  let lastMonth = 0;
  let i = 0;
  for (; i < n; i++) {
    const row: unknown = input[i];
    if (!isRecord(row)) break;
    const id = row['customerId'];
    const date = row['date'];
    const mrr = row['mrr'];
    if (!isId(id)) break;
    if (date !== lastDate) {
      if (typeof date !== 'string') break;
      const t = parseDate(date);
      if (Number.isNaN(t)) break;
      lastDate = date;
      lastTime = t;
      lastMonth = monthOfTime(t);
    }
    if (!numberFrom(mrr, 0)) break;
    customerOf[i] = ids.intern(idKey(id));
    timeOf[i] = lastTime;
    mrrOf[i] = mrr;
    monthOfRow[i] = lastMonth;
  }
  if (i < n) {
    // A bad row: the general validation words every problem and throws.
    validateRows(source, input, MrrChangeRecord);
    throw new Error(`${source}: row ${i} failed the MrrChange check that validateRows passed`);
  }
  const rows = changes as readonly MrrChange[];

  // Counting sort by customer, carrying row, instant, month and MRR along: stable, so
  // each customer's slice starts in input order.
  const customers = ids.size;
  const offsets = new Int32Array(customers + 1);
  for (let i = 0; i < n; i++) offsets[customerOf[i]! + 1]!++;
  for (let c = 0; c < customers; c++) offsets[c + 1]! += offsets[c]!;
  const next = offsets.slice(0, customers);
  // Interleaved so that each row lands in two cache lines, not four: the
  // scatter below writes to ~one place per customer, and with four separate
  // arrays it cost ~65 ms of the ~250 on 1 M changes.
  const tm = new Float64Array(2 * n); // position k: time at 2k, MRR at 2k + 1
  const rm = new Int32Array(2 * n); // position k: input row at 2k, month at 2k + 1
  let minTime = Infinity;
  let maxTime = -Infinity;
  for (let i = 0; i < n; i++) {
    const k = 2 * next[customerOf[i]!]!++;
    const t = timeOf[i]!;
    tm[k] = t;
    tm[k + 1] = mrrOf[i]!;
    rm[k] = i;
    rm[k + 1] = monthOfRow[i]!;
    if (t < minTime) minTime = t;
    if (t > maxTime) maxTime = t;
  }

  // Each customer's changes by instant; ties keep input order (both sorts
  // are stable). Exports usually come in date order: then every slice is
  // already sorted and this is one comparison a change.
  for (let c = 0; c < customers; c++) {
    const a = offsets[c]!;
    const b = offsets[c + 1]!;
    let sorted = true;
    for (let k = a + 1; k < b; k++) {
      if (tm[2 * k - 2]! > tm[2 * k]!) {
        sorted = false;
        break;
      }
    }
    if (sorted) continue;
    if (b - a <= SMALL_SLICE) {
      for (let k = a + 1; k < b; k++) {
        const t = tm[2 * k]!;
        if (tm[2 * k - 2]! <= t) continue;
        const value = tm[2 * k + 1]!;
        const row = rm[2 * k]!;
        const m = rm[2 * k + 1]!;
        let j = k - 1;
        while (j >= a && tm[2 * j]! > t) {
          tm[2 * j + 2] = tm[2 * j]!;
          tm[2 * j + 3] = tm[2 * j + 1]!;
          rm[2 * j + 2] = rm[2 * j]!;
          rm[2 * j + 3] = rm[2 * j + 1]!;
          j--;
        }
        tm[2 * j + 2] = t;
        tm[2 * j + 3] = value;
        rm[2 * j + 2] = row;
        rm[2 * j + 3] = m;
      }
    } else {
      const slice: number[] = [];
      for (let k = a; k < b; k++) slice.push(rm[2 * k]!);
      slice.sort((x, y) => timeOf[x]! - timeOf[y]! || x - y);
      for (let k = a; k < b; k++) {
        const i = slice[k - a]!;
        tm[2 * k] = timeOf[i]!;
        tm[2 * k + 1] = mrrOf[i]!;
        rm[2 * k] = i;
        rm[2 * k + 1] = monthOfRow[i]!;
      }
    }
  }

  // The timeline's own arrays, and two rows of one customer at one instant
  // with different MRR.
  const month = new Int32Array(n);
  const mrr = new Float64Array(n);
  const clashes: InputIssue[] = [];
  for (let c = 0; c < customers; c++) {
    const b = offsets[c + 1]!;
    let tieStart = -1;
    let lastT = NaN;
    for (let k = offsets[c]!; k < b; k++) {
      const t = tm[2 * k]!;
      const v = tm[2 * k + 1]!;
      month[k] = rm[2 * k + 1]!;
      mrr[k] = v;
      if (t !== lastT) {
        tieStart = k;
        lastT = t;
      } else if (v !== mrr[tieStart]) {
        // Same instant: the tie's first position holds the lowest row index.
        clashes.push(clash(rows, rm[2 * tieStart]!, rm[2 * k]!));
      }
    }
  }
  if (clashes.length > 0) {
    clashes.sort((x, y) => (x.row as number) - (y.row as number));
    const list = new IssueList();
    for (const issue of clashes) list.add(issue);
    list.throwIfAny(source);
  }

  return {
    source,
    customers,
    offsets,
    month,
    mrr,
    firstMonth: n === 0 ? 0 : monthOfTime(minTime),
    lastMonth: n === 0 ? -1 : monthOfTime(maxTime),
  };
}

/** The issue on row `later`, whose `mrr` differs from row `earlier`'s at the same instant. */
function clash(rows: readonly MrrChange[], earlier: number, later: number): InputIssue {
  const a = rows[earlier] as MrrChange;
  const b = rows[later] as MrrChange;
  return {
    row: later,
    field: 'mrr',
    message:
      `row ${earlier} gives customer ${String(b.customerId)} an MRR of ${a.mrr} at the same date ` +
      `(${a.date === b.date ? a.date : `${a.date} = ${b.date}`}), this row ${b.mrr}`,
  };
}

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
  const { offsets, month, mrr } = tl;

  for (let c = 0; c < tl.customers; c++) {
    const end = offsets[c + 1]!;
    let k = offsets[c]!;
    let prev = 0;
    // "New" is the first month end with MRR > 0; a later 0 → x is a reactivation.
    let ever = false;
    while (k < end) {
      const m = month[k]!;
      let v = mrr[k]!;
      let positiveInside = v > 0;
      k++;
      while (k < end && month[k] === m) {
        v = mrr[k]!;
        if (v > 0) positiveInside = true;
        k++;
      }
      const i = m - first;
      if (prev === 0) {
        if (v > 0) {
          if (ever) {
            reactivation[i]! += v;
            reactivatedCustomers[i]!++;
          } else {
            newMrr[i]! += v;
            newCustomers[i]!++;
            ever = true;
          }
        } else if (positiveInside) {
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
      prev = v;
    }
  }

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
  const { offsets, month, mrr } = tl;
  let start = 0;
  let end = 0;
  let capped = 0;
  for (let c = 0; c < tl.customers; c++) {
    const b = offsets[c + 1]!;
    let atFrom = 0;
    let atTo = 0;
    for (let k = offsets[c]!; k < b; k++) {
      const m = month[k]!;
      if (m > to) break;
      atTo = mrr[k]!;
      if (m <= from) atFrom = atTo;
    }
    if (atFrom > 0) {
      start += atFrom;
      end += atTo;
      capped += atTo < atFrom ? atTo : atFrom;
    }
  }
  finiteSums(tl.source, 'mrr', 'the MRR sums of the cohort', [start, end, capped]);
  return { start, end, capped };
}
