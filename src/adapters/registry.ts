/**
 * Every metric adapter by its key: for the Worker only, which computes any
 * metric it is asked for. Elements import their own adapter directly, so a
 * page with one element does not download every metric.
 */
import { churnAdapter } from './churn.js';
import { clvAdapter } from './clv.js';
import { healthAdapter } from './health.js';
import { npsAdapter } from './nps.js';
import type { MetricAdapter } from './types.js';

export const ADAPTERS: Readonly<Record<string, MetricAdapter<never, unknown>>> = {
  [npsAdapter.metric]: npsAdapter,
  [churnAdapter.metric]: churnAdapter,
  [clvAdapter.metric]: clvAdapter,
  [healthAdapter.metric]: healthAdapter,
};

/** The adapter of a metric key, or `undefined` for a key nobody registered. */
export function adapterFor(metric: string): MetricAdapter<unknown, unknown> | undefined {
  return Object.hasOwn(ADAPTERS, metric) ? (ADAPTERS[metric] as MetricAdapter<unknown, unknown>) : undefined;
}
