/**
 * Summary statistics of durations, shared by `responseTimes` and
 * `timeToValue` (private to the engine). See docs/metrics.md#response-times.
 */

/** Summary of a set of durations (hours for tickets, days for time to value). */
export interface DurationStats {
  /** Middle value; the mean of the two middle values for an even count. `null` when count is 0. */
  median: number | null;
  mean: number | null;
  /** 90th percentile, linear interpolation between closest ranks (R-7, Excel PERCENTILE.INC). */
  p90: number | null;
  /** How many durations were measured. */
  count: number;
}

/** The q-quantile of ascending `sorted` by linear interpolation. */
function quantileSorted(sorted: Float64Array, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return a + (h - lo) * (b - a);
}

/** Median, mean, p90 and count of `values`, which it sorts in place. */
export function stats(values: Float64Array): DurationStats {
  const n = values.length;
  if (n === 0) return { median: null, mean: null, p90: null, count: 0 };
  // A typed array sorts numerically (no string comparison).
  values.sort();
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i] as number;
  const mid = n >> 1;
  const median = n % 2 === 1 ? (values[mid] as number) : ((values[mid - 1] as number) + (values[mid] as number)) / 2;
  return { median, mean: sum / n, p90: quantileSorted(values, 0.9), count: n };
}

