/**
 * The MRR timeline shared by the revenue metrics (private to the engine).
 *
 * One pass checks the `MrrChange` rows and reads them into typed arrays:
 * customer ids interned to integers, dates parsed to month indices. The
 * metrics then walk the changes once, in an order where each customer's
 * changes come by instant: the input order itself when it already is so
 * (exports in date order are, and then nothing is copied or sorted), else
 * the changes grouped by customer and sorted. What a metric carries from one
 * change of a customer to the next sits in typed arrays indexed by customer
 * (month-totals.ts); nothing builds a customers × months grid and nothing
 * sorts strings.
 */
import { IdTable } from './id-table.js';
import { isId, isRecord, numberFrom } from './guards.js';
import { idKey, IssueList, MrrChangeRecord, validateRows, type InputIssue, type MrrChange } from './schemas.js';
import { monthOfTime, parseDate } from './time.js';

/** The changes, each customer's in order of instant (ties in input order). */
export interface MrrTimeline {
  /** The public function the timeline serves, for errors found later (sums too large). */
  readonly source: string;
  /** How many distinct customers. */
  readonly customers: number;
  /** Per change: its customer (0 … customers − 1), its month index and the MRR from then on. */
  readonly customer: Int32Array;
  readonly month: Int32Array;
  readonly mrr: Float64Array;
  /** Month index of the earliest and the latest change (`first > last` when empty). */
  readonly firstMonth: number;
  readonly lastMonth: number;
}

/** The "no date yet" mark of {@link buildTimeline}: equal to no row's `date`. */
const NO_DATE = {};

/**
 * Walks the changes in `order` (all rows when absent): true when each
 * customer's come in order of instant; on the way, two rows of one customer
 * at one instant with different MRR go into `clashes`, naming the first row
 * at that instant.
 */
function scanInstants(
  rows: readonly MrrChange[],
  customer: Int32Array,
  time: Float64Array,
  mrr: Float64Array,
  customers: number,
  clashes: InputIssue[],
  order?: Int32Array,
): boolean {
  // Customer `c`: its latest instant at `3c`, then the MRR and row of the first change at it.
  const at = new Float64Array(3 * customers).fill(-Infinity);
  for (let k = 0; k < customer.length; k++) {
    const r = order === undefined ? k : order[k]!;
    const p = 3 * customer[r]!;
    const t = time[r]!;
    const v = mrr[r]!;
    const last = at[p]!;
    if (t > last) {
      at[p] = t;
      at[p + 1] = v;
      at[p + 2] = r;
    } else if (t < last) {
      return false;
    } else if (v !== at[p + 1]) {
      clashes.push(clash(rows, at[p + 2]!, r));
    }
  }
  return true;
}

/**
 * Validates `changes` and builds their timeline. Besides the record checks,
 * two rows for one customer at the same instant with different `mrr` are an
 * issue on the later row (in input order), naming the first such row.
 */
export function buildTimeline(source: string, changes: unknown): MrrTimeline {
  if (!Array.isArray(changes)) validateRows(source, changes, MrrChangeRecord); // throws
  const rows = changes as readonly MrrChange[];
  const n = rows.length;
  let customer = new Int32Array(n);
  const time = new Float64Array(n);
  let month = new Int32Array(n);
  let mrr = new Float64Array(n);
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
  let minMonth = Infinity;
  let maxMonth = -Infinity;
  let i = 0;
  for (; i < n; i++) {
    const row: unknown = rows[i];
    if (!isRecord(row)) break;
    const id = row['customerId'];
    const date = row['date'];
    const v = row['mrr'];
    if (!isId(id)) break;
    if (date !== lastDate) {
      if (typeof date !== 'string') break;
      const t = parseDate(date);
      if (Number.isNaN(t)) break;
      lastDate = date;
      lastTime = t;
      lastMonth = monthOfTime(t);
      if (lastMonth < minMonth) minMonth = lastMonth;
      if (lastMonth > maxMonth) maxMonth = lastMonth;
    }
    if (!numberFrom(v, 0)) break;
    customer[i] = ids.intern(idKey(id));
    time[i] = lastTime;
    month[i] = lastMonth;
    mrr[i] = v;
  }
  if (i < n) {
    // A bad row: the general validation words every problem and throws.
    validateRows(source, rows, MrrChangeRecord);
    throw new Error(`${source}: row ${i} failed the MrrChange check that validateRows passed`);
  }

  // A separate walk, not part of the one above: its reads of per-customer
  // state do not wait on the id lookups, so the memory accesses overlap.
  const customers = ids.size;
  let clashes: InputIssue[] = [];
  if (!scanInstants(rows, customer, time, mrr, customers, clashes)) {
    // Some customer's rows are not in order of instant: group and sort them,
    // then look for clashes again in that order.
    const order = byCustomerAndInstant(customer, time, customers);
    scanInstants(rows, customer, time, mrr, customers, (clashes = []), order);
    const c2 = new Int32Array(n);
    const m2 = new Int32Array(n);
    const v2 = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const r = order[k]!;
      c2[k] = customer[r]!;
      m2[k] = month[r]!;
      v2[k] = mrr[r]!;
    }
    customer = c2;
    month = m2;
    mrr = v2;
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
    customer,
    month,
    mrr,
    firstMonth: n === 0 ? 0 : minMonth,
    lastMonth: n === 0 ? -1 : maxMonth,
  };
}

/**
 * The rows grouped by customer, each customer's by instant, ties in row
 * order: a counting sort by customer (stable), then each customer's few rows
 * sorted by instant.
 */
function byCustomerAndInstant(customer: Int32Array, time: Float64Array, customers: number): Int32Array {
  const n = customer.length;
  const next = new Int32Array(customers + 1);
  for (let i = 0; i < n; i++) next[customer[i]! + 1]!++;
  for (let c = 0; c < customers; c++) next[c + 1]! += next[c]!;
  const starts = next.slice();
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[next[customer[i]!]!++] = i;
  const byInstant = (x: number, y: number): number => time[x]! - time[y]! || x - y;
  for (let c = 0; c < customers; c++) {
    const a = starts[c]!;
    const b = starts[c + 1]!;
    if (b - a > 32) {
      order.subarray(a, b).sort(byInstant);
      continue;
    }
    // Insertion sort: one comparison a row when the slice is already in order.
    for (let k = a + 1; k < b; k++) {
      const r = order[k]!;
      const t = time[r]!;
      let j = k - 1;
      while (j >= a && time[order[j]!]! > t) {
        order[j + 1] = order[j]!;
        j--;
      }
      order[j + 1] = r;
    }
  }
  return order;
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

/**
 * Calls `end(c, m, v, paidInside)` for every month `m` in which customer `c`
 * has a change, each customer's months in order: `v` is the MRR in force at
 * the month's end (its last change), `paidInside` whether the MRR was > 0 at
 * some instant of the month. Between two such months a customer's MRR does
 * not move.
 */
export function monthEnds(tl: MrrTimeline, end: (c: number, m: number, v: number, paidInside: boolean) => void): void {
  const { customer, month, mrr, customers } = tl;
  // Per customer: the month being read (`none` before its first change), the
  // MRR so far in it, and whether it was > 0 in it.
  const none = tl.firstMonth - 1;
  const at = new Int32Array(customers).fill(none);
  const value = new Float64Array(customers);
  const paid = new Uint8Array(customers);
  for (let k = 0; k < customer.length; k++) {
    const c = customer[k]!;
    const m = month[k]!;
    const v = mrr[k]!;
    const current = at[c]!;
    if (m !== current) {
      if (current !== none) end(c, current, value[c]!, paid[c] === 1);
      at[c] = m;
      paid[c] = 0;
    }
    value[c] = v;
    if (v > 0) paid[c] = 1;
  }
  for (let c = 0; c < customers; c++) end(c, at[c]!, value[c]!, paid[c] === 1);
}
