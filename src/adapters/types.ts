/**
 * A metric adapter: the one place that knows how an element's input (rows of
 * any route, or an already-aggregated object) and its options become the
 * engine's result. Elements and the big-data Worker both compute through it,
 * keyed by metric (see docs/architecture.md), so a body computed in the
 * Worker gives exactly what the same rows give on the main thread.
 *
 * Adapters are pure (no DOM, no Lit): they import the engine only.
 */
export interface MetricAdapter<O = unknown, R = unknown> {
  /** The metric's key, e.g. `nps`, `churn`, `mrr-movements`: what the Worker is asked to run. */
  readonly metric: string;
  /**
   * Computes the result. Throws the engine's `MetricsInputError` for bad rows,
   * or `new DataError('config', …)` for options that make no sense.
   */
  compute(input: unknown, options: O): R;
  /** True when the result has nothing to show (no responses, no months…). */
  isEmpty(result: R): boolean;
}

/**
 * An adapter whose `compute` may first load code it needs (a module of the
 * engine fetched on demand) and then answer with a Promise. The elements and
 * the Worker await it; every {@link MetricAdapter} is one. `signal` is the
 * run's: an adapter that computes in steps (src/data/slices.ts `inSteps`)
 * stops at its next step once a newer run has replaced this one.
 */
export interface LazyMetricAdapter<O = unknown, R = unknown> extends Omit<MetricAdapter<O, R>, 'compute'> {
  compute(input: unknown, options: O, signal?: AbortSignal): R | Promise<R>;
}
