/**
 * The small helpers the engine publishes beside its metrics, in their checked
 * form: each takes any value, throws only a {@link MetricsInputError} (one
 * issue, `row: null`, `field: ''`, quoting what it got) and never answers
 * `NaN` or `Infinity`. The engine's own code calls the unchecked versions in
 * time.ts and schemas.ts on values it has already validated.
 */
import { overflowError } from './finite.js';
import { isId } from './guards.js';
import { idKey as keyOf, issueMessage, MetricsInputError, ratio as quotient } from './schemas.js';
import { isIsoDate, isMonth, monthKey as keyOfMonth, parseDate as dateMs, parseMonth as monthIndex } from './time.js';

export { isIsoDate, isMonth };

function refuse(source: string, expected: string, value: unknown): never {
  throw new MetricsInputError(source, [{ row: null, field: '', message: issueMessage(expected, value) }]);
}

/**
 * Parses an ISO 8601 date (`2026-03-14`) or timestamp (`2026-03-14T09:30:00Z`,
 * `2026-03-14T09:30+02:00`; no zone means UTC) to epoch milliseconds.
 * @throws {MetricsInputError} for anything else, including impossible dates (`2026-02-30`).
 */
export function parseDate(value: string): number {
  const ms = typeof value === 'string' ? dateMs(value) : NaN;
  if (Number.isNaN(ms)) refuse('parseDate', 'expected an ISO 8601 date (YYYY-MM-DD or a full timestamp)', value);
  return ms;
}

/**
 * Parses `YYYY-MM` to a month index (`year × 12 + month − 1`).
 * @throws {MetricsInputError} for anything else.
 */
export function parseMonth(value: string): number {
  const m = typeof value === 'string' ? monthIndex(value) : NaN;
  if (Number.isNaN(m)) refuse('parseMonth', 'expected a month as YYYY-MM', value);
  return m;
}

/** The month index of 9999-12, the last month a `YYYY-MM` name can hold. */
const LAST_MONTH = 9999 * 12 + 11;

/**
 * Names a month index as `YYYY-MM` (the inverse of {@link parseMonth}).
 * @throws {MetricsInputError} unless it is an integer from 0 (0000-01) to 9999-12's index.
 */
export function monthKey(month: number): string {
  if (!(Number.isSafeInteger(month) && month >= 0 && month <= LAST_MONTH)) {
    refuse('monthKey', `expected a month index, an integer from 0 to ${LAST_MONTH}`, month);
  }
  return keyOfMonth(month);
}

/**
 * `a ÷ b`, `null` when `b` is 0.
 * @throws {MetricsInputError} when either is not a finite number, or the quotient is too large for a number.
 */
export function ratio(a: number, b: number): number | null {
  if (typeof a !== 'number' || !Number.isFinite(a)) refuse('ratio', 'expected a finite number as the dividend', a);
  if (typeof b !== 'number' || !Number.isFinite(b)) refuse('ratio', 'expected a finite number as the divisor', b);
  const q = quotient(a, b);
  if (q !== null && !Number.isFinite(q)) throw overflowError('ratio', 'a', `${a} ÷ ${b}`);
  return q;
}

/**
 * The key a customer id is grouped by: `1` and `"1"` are one customer.
 * @throws {MetricsInputError} unless `id` is non-empty text or a finite number.
 */
export function idKey(id: string | number): string {
  if (!isId(id)) refuse('idKey', 'expected an id (non-empty text or a number)', id);
  return keyOf(id);
}
