/**
 * The `<metric-card>` adapter: its measures computed with their families loaded on demand:
 * a page showing MRR downloads the revenue functions of the engine, not the
 * survey, support or usage ones. Once a family is loaded, computing is
 * synchronous.
 */
import { loadOnce } from '../data/load-once.js';
import type { LazyMetricAdapter } from './types.js';
import {
  computeCard,
  isEmptyCard,
  type MeasureCompute,
  type MetricCardFamily,
  type MetricCardOptions,
  type MetricCardResult,
} from './metric-card-measures.js';

/** Families computed so far load nothing again: computing them is synchronous. */
const loaded = new Map<MetricCardFamily, MeasureCompute>();

/** A family's loader: one download for the page (a failed one is tried again), the family kept once here. */
const family = (name: MetricCardFamily, load: () => Promise<MeasureCompute>) =>
  loadOnce(() => load().then((compute) => (loaded.set(name, compute), compute)));

const LOADERS: Record<MetricCardFamily, () => Promise<MeasureCompute>> = {
  revenue: family('revenue', () => import('./metric-card-revenue.js').then((m) => m.computeRevenue)),
  usage: family('usage', () => import('./metric-card-usage.js').then((m) => m.computeUsage)),
  survey: family('survey', () => import('./metric-card-survey.js').then((m) => m.computeSurvey)),
  support: family('support', () => import('./metric-card-support.js').then((m) => m.computeSupport)),
  orders: family('orders', () => import('./metric-card-orders.js').then((m) => m.computeOrders)),
  given: family('given', () => import('./metric-card-orders.js').then((m) => m.computeGivenMeasure)),
};

/** Loads a family's module once; a failed download may be tried again. */
export function loadFamily(name: MetricCardFamily): Promise<MeasureCompute> {
  return LOADERS[name]();
}

/** Thrown by {@link loadedFamily} for a family not loaded yet: computing waits for it and starts again. */
class NotLoaded {
  constructor(readonly family: MetricCardFamily) {}
}

const loadedFamily = (family: MetricCardFamily): MeasureCompute => {
  const compute = loaded.get(family);
  if (!compute) throw new NotLoaded(family);
  return compute;
};

/**
 * Computes a card: synchronously when its family is loaded (or it needs
 * none), else once the family's module has arrived. Bad options throw at
 * once, before anything is downloaded.
 */
export function computeMetricCard(input: unknown, options: MetricCardOptions): MetricCardResult | Promise<MetricCardResult> {
  try {
    return computeCard(input, options, loadedFamily);
  } catch (error) {
    if (!(error instanceof NotLoaded)) throw error;
    return loadFamily(error.family).then(() => computeCard(input, options, loadedFamily));
  }
}

/** The `<metric-card>` adapter: its measure's family is loaded on first use. */
export const metricCardAdapter: LazyMetricAdapter<MetricCardOptions, MetricCardResult> = {
  metric: 'metric-card',
  compute: computeMetricCard,
  isEmpty: isEmptyCard,
};
