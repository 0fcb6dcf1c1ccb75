/**
 * Every metric adapter by its key: for the Worker, which computes any metric
 * it is asked for. Elements import their own adapter directly, so a page with
 * one element does not download every metric. Adding a metric: its adapter
 * module, and one line here (docs/architecture.md, "Adding a metric").
 */
import { churnAdapter } from './churn.js';
import { clvAdapter } from './clv.js';
import { feedbackAdapter } from './feedback-list.js';
import { healthAdapter } from './health.js';
import { metricCardAdapter } from './metric-card.js';
import { mrrMovementsAdapter } from './mrr-movements.js';
import { npsAdapter } from './nps.js';
import { retentionCohortsAdapter } from './retention-cohorts.js';
import type { LazyMetricAdapter } from './types.js';

const ALL: readonly LazyMetricAdapter<never, unknown>[] = [
  npsAdapter,
  churnAdapter,
  clvAdapter,
  healthAdapter,
  mrrMovementsAdapter,
  retentionCohortsAdapter,
  feedbackAdapter,
  metricCardAdapter,
];

export const ADAPTERS: Readonly<Record<string, LazyMetricAdapter<never, unknown>>> = Object.fromEntries(
  ALL.map((adapter) => [adapter.metric, adapter]),
);

/** The adapter of a metric key, or `undefined` for a key nobody registered. */
export function adapterFor(metric: string): LazyMetricAdapter<unknown, unknown> | undefined {
  return Object.hasOwn(ADAPTERS, metric) ? (ADAPTERS[metric] as LazyMetricAdapter<unknown, unknown>) : undefined;
}
