/**
 * The cs-metrics engine: pure functions from plain data to plain data.
 * No DOM, no I/O; runs in Node, in a browser and in a Worker.
 *
 * This file names the public API one by one: what is not listed here
 * (row validation, issue lists, id keys, option errors…) is internal and may
 * change without notice. Definitions: docs/metrics.md.
 */

// Records, their checks, and the one error type.
export {
  MAX_ISSUES,
  MetricsInputError,
  formatIssue,
  formatIssues,
  isMetricsInputError,
  defineRecord,
  surveyRecord,
  SurveyResponseRecord,
  MrrChangeRecord,
  CustomerRecord,
  OrderRecord,
  TicketRecord,
  TrialRecord,
  RenewalRecord,
  UsageEventRecord,
  type InputIssue,
  type RecordSpec,
  type FieldSpec,
  type FieldKind,
  type SurveyResponse,
  type MrrChange,
  type Customer,
  type Order,
  type Ticket,
  type Trial,
  type Renewal,
  type HealthInput,
  type UsageEvent,
} from './schemas.js';
// The checked helpers (they shadow the unchecked ones the engine uses inside).
export { parseDate, parseMonth, monthKey, isIsoDate, isMonth, ratio, idKey } from './helpers.js';

// Surveys.
export {
  nps,
  npsFromCounts,
  csat,
  ces,
  type SurveyInput,
  type NpsResult,
  type CsatOptions,
  type CsatResult,
  type CesOptions,
  type CesResult,
} from './survey.js';

// Orders.
export { averageOrderValue, purchaseFrequency, arpu, type ArpuOptions } from './orders.js';

// Account health.
export {
  healthScore,
  healthBand,
  healthTrend,
  checkHealthModel,
  DEFAULT_HEALTH_BANDS,
  HEALTH_BANDS,
  HEALTH_TRENDS,
  type HealthMeasure,
  type HealthBands,
  type HealthModel,
  type HealthBand,
  type HealthTrend,
  type HealthContribution,
  type HealthScoreRow,
} from './health.js';

// Support, trials, renewals, CS cost.
export {
  firstContactResolution,
  responseTimes,
  trialConversion,
  renewalRate,
  retentionCost,
  arrPerCsm,
  type FirstContactResolutionResult,
  type DurationStats,
  type ResponseTimesResult,
  type TrialConversionResult,
  type RenewalRateResult,
  type RetentionCostInput,
  type ArrPerCsmInput,
} from './support.js';

// Revenue and churn.
export {
  mrrMovements,
  revenueChurn,
  mrr,
  arr,
  arpa,
  quickRatio,
  nrr,
  grr,
  customerChurn,
  retention,
  type MonthRange,
  type MrrMovement,
  type MrrMovementsOptions,
  type CustomerChurnOptions,
  type CustomerChurnRow,
  type RetentionOptions,
  type RetentionRow,
  type RevenueChurnRow,
  type MonthValue,
  type MonthRatio,
  type RetentionPeriod,
  type ChurnInput,
} from './revenue.js';
export { monthlyRates, type MonthlyRate, type MonthlyRatesOptions } from './rates.js';

// Customer lifetime value.
export {
  clv,
  CLV_METHODS,
  type ClvMethod,
  type ClvInput,
  type ClvResult,
  type SubscriptionClvInput,
  type TransactionalClvInput,
  type ExplicitSubscriptionClvInput,
  type ExplicitTransactionalClvInput,
  type SubscriptionClvInputs,
  type TransactionalClvInputs,
} from './clv.js';

// Usage, cohorts and NPS breakdowns.
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
