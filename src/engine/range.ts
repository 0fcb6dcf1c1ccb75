/**
 * The `{ from?, to? }` option every monthly series takes (private to the
 * engine: not re-exported by its index). A range only narrows the rows a
 * function returns; the whole history is still read, so what it decides
 * (new vs reactivation, the start values, a cohort) does not change.
 * See docs/metrics.md#months-and-ranges.
 */
import { month, object, opt } from './check.js';
import { optionError } from './schemas.js';
import { parseMonth } from './time.js';

/** Narrows a monthly result to `YYYY-MM` months, both inclusive. */
export interface MonthRange {
  /** First month to report, `YYYY-MM`. */
  from?: string;
  /** Last month to report, `YYYY-MM`. */
  to?: string;
}

/** The option checks of a range, to spread into a larger options object. */
export const rangeShape = { from: /* @__PURE__ */ opt(month), to: /* @__PURE__ */ opt(month) };
/** The option check of a bare range. */
export const rangeOptions = /* @__PURE__ */ object(rangeShape);

/** Month indices of a range (±Infinity for an open end); `from > to` is an error. */
export function monthRange(source: string, range: { from?: string | undefined; to?: string | undefined }): [number, number] {
  const lo = range.from === undefined ? -Infinity : parseMonth(range.from);
  const hi = range.to === undefined ? Infinity : parseMonth(range.to);
  if (lo > hi) optionError(source, 'from', `expected from (${range.from}) to be no later than to (${range.to})`);
  return [lo, hi];
}

/** The indices `[a, b]` of a series of `months` months from `first` that fall inside `[lo, hi]` (`a > b` when none). */
export function indexRange(first: number, months: number, lo: number, hi: number): [number, number] {
  return [Math.max(0, lo - first), Math.min(months - 1, hi - first)];
}
