/**
 * The cs-metrics engine: pure functions from plain data to plain data.
 * No DOM, no I/O; runs in Node, in a browser and in a Worker.
 */
export * from './schemas.js';
export { parseDate, parseMonth, monthKey, isIsoDate, isMonth } from './time.js';
export * from './survey.js';
export * from './orders.js';
export * from './health.js';
export * from './support.js';
export * from './revenue.js';
export * from './clv.js';
export { stickiness, productAdoption, engagement, timeToValue } from './usage.js';
export type {
  StickinessOptions,
  StickinessRow,
  ProductAdoptionOptions,
  ProductAdoptionRow,
  EngagementOptions,
  EngagementRow,
  TimeToValueOptions,
  TimeToValueResult,
} from './usage.js';
export { cohortRetention, COHORT_BASES } from './cohorts.js';
export type { CohortBasis, CohortRetentionOptions, CohortRow } from './cohorts.js';
export { npsByMonth, npsBySegment } from './nps-breakdowns.js';
export type { NpsByMonthOptions, NpsMonthRow, NpsSegmentRow } from './nps-breakdowns.js';
