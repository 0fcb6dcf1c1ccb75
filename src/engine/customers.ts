/**
 * `Customer` rows read once into typed arrays (private to the engine), for
 * `customerChurn`, `cohortRetention` and `timeToValue`.
 */
import { IdTable } from './id-table.js';
import { isRecord } from './guards.js';
import { CustomerRecord, idKey, validateRows, type Customer, type IssueList } from './schemas.js';
import { monthOfTime, parseDate } from './time.js';

/** Customer records by row: ids interned in row order (row `i` is id number `i`). */
export interface CustomerTable {
  readonly n: number;
  /** The ids: row `i`'s id has number `i` (ids are unique, or the rows were refused). */
  readonly ids: IdTable;
  /** Epoch ms of `start`, and of `end` (`NaN` when absent). */
  readonly start: Float64Array;
  readonly end: Float64Array;
  /** Month indices of `start` and `end` (`end` only where `hasEnd`). */
  readonly startMonth: Int32Array;
  readonly endMonth: Int32Array;
  readonly hasEnd: Uint8Array;
  /** Month index of the earliest and the latest date, `start` and `end` both counting (`first > last` when empty). */
  readonly firstMonth: number;
  readonly lastMonth: number;
}

/**
 * Validates `Customer` rows (an `end` before its `start` and a repeated `id`
 * are issues too) and reads them into a {@link CustomerTable}.
 */
export function readCustomers(source: string, rows: unknown): CustomerTable {
  const n = Array.isArray(rows) ? rows.length : 0;
  const start = new Float64Array(n);
  const end = new Float64Array(n).fill(NaN);
  const startMonth = new Int32Array(n);
  const endMonth = new Int32Array(n);
  const hasEnd = new Uint8Array(n);
  const ids = new IdTable();
  // The first row of each id, by the id's number.
  const firstRow = new Int32Array(n);
  let first = Infinity;
  let last = -Infinity;
  validateRows(source, rows, CustomerRecord, (row: Customer, i: number, list: IssueList) => {
    const known = ids.size;
    const id = ids.intern(idKey(row.id));
    if (id === known) firstRow[id] = i;
    else list.add({ row: i, field: 'id', message: `the id ${JSON.stringify(row.id)} is already used by row ${firstRow[id]}` });
    const s = parseDate(row.start);
    const sm = monthOfTime(s);
    start[i] = s;
    startMonth[i] = sm;
    if (sm < first) first = sm;
    if (sm > last) last = sm;
    if (row.end !== undefined && row.end !== null) {
      const e = parseDate(row.end);
      if (e < s) list.add({ row: i, field: 'end', message: `the end (${row.end}) is before the start (${row.start})` });
      const em = monthOfTime(e);
      end[i] = e;
      endMonth[i] = em;
      hasEnd[i] = 1;
      if (em > last) last = em;
    }
  });
  return {
    n,
    ids,
    start,
    end,
    startMonth,
    endMonth,
    hasEnd,
    firstMonth: n === 0 ? 0 : first,
    lastMonth: n === 0 ? -1 : last,
  };
}

/** `Customer` rows rather than `MrrChange` rows, told apart by the first row (which has `start`). */
export function isCustomerRows(rows: unknown): boolean {
  if (!Array.isArray(rows) || rows.length === 0) return false;
  const head: unknown = rows[0];
  return isRecord(head) && 'start' in head;
}
