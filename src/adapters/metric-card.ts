/**
 * The adapter of `<metric-card>`: every measure of its table, computed by the
 * engine from the card's input and options (see docs/metrics.md). This module
 * imports every family, for the Worker and for code that wants all of them at
 * once; the element itself loads a family only when it shows one of its
 * measures ({@link computeMetricCard}).
 */
import type { MetricAdapter } from './types.js';
import {
  computeCard,
  isEmptyCard,
  type FamilyOf,
  type MeasureCompute,
  type MetricCardFamily,
  type MetricCardOptions,
  type MetricCardResult,
} from './metric-card-measures.js';
import { computeGivenMeasure, computeOrders } from './metric-card-orders.js';
import { computeRevenue } from './metric-card-revenue.js';
import { computeSupport } from './metric-card-support.js';
import { computeSurvey } from './metric-card-survey.js';
import { computeUsage } from './metric-card-usage.js';

export * from './metric-card-measures.js';
export { computeMetricCard, loadFamily } from './metric-card-lazy.js';

const FAMILIES: Record<MetricCardFamily, MeasureCompute> = {
  revenue: computeRevenue,
  usage: computeUsage,
  survey: computeSurvey,
  support: computeSupport,
  orders: computeOrders,
  given: computeGivenMeasure,
};

const familyOf: FamilyOf = (family) => FAMILIES[family];

/** Every measure, synchronously. */
export const metricCardAdapter: MetricAdapter<MetricCardOptions, MetricCardResult> = {
  metric: 'metric-card',
  compute: (input, options) => computeCard(input, options, familyOf),
  isEmpty: isEmptyCard,
};
