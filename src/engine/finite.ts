/**
 * The engine's one rule for results that do not fit in a number (private to
 * the kit; docs/engine-errors.md states it for users):
 *
 * Every number a public engine function returns is finite. Where a definition
 * says a value is not defined (a divisor of 0), the value is `null`. Where
 * finite, valid input gives a result beyond ±1.8e308 (two MRR values of 1e308
 * summed, 1e6 ÷ 5e-324), the function throws a {@link MetricsInputError} with
 * one issue: `row: null`, the input field whose values are too large, and a
 * message saying so. No function answers `NaN` or `Infinity`, and none
 * answers a finite number computed from an overflowed sum.
 */
import { MetricsInputError } from './schemas.js';

/** The error of a result too large for a number, naming the input `field` to blame. */
export function overflowError(source: string, field: string, what: string): MetricsInputError {
  return new MetricsInputError(source, [
    {
      row: null,
      field,
      message: `the values of ${field} are too large to compute with: ${what} would exceed ±${Number.MAX_VALUE.toPrecision(2)}, the largest number the engine can hold`,
    },
  ]);
}

/** The path to the first number in `value` that is not finite, or `undefined`. */
function firstNonFinite(value: unknown, path: string): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path;
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = firstNonFinite(value[i], `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    const found = firstNonFinite((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Returns `result` when every number in it is finite, else throws the
 * overflow error naming the input `field`. Every public engine function
 * passes its result through this once; results are small (a row a month or a
 * customer), so the walk costs nothing next to the computation.
 */
export function finiteResult<T>(source: string, field: string, result: T): T {
  const path = firstNonFinite(result, '');
  if (path !== undefined) throw overflowError(source, field, path === '' ? 'the result' : `the result's ${path}`);
  return result;
}

/** Throws the overflow error when any value of `sums` (running totals) is not finite. */
export function finiteSums(source: string, field: string, what: string, ...sums: ArrayLike<number>[]): void {
  for (const values of sums) {
    for (let i = 0; i < values.length; i++) {
      if (!Number.isFinite(values[i])) throw overflowError(source, field, what);
    }
  }
}
