/**
 * The measures of `<metric-card>`: their names, units, directions and
 * families, how the card reads its options and input, and the result every
 * family returns. Light on purpose (no engine import): the element loads it
 * up front and fetches a measure family's module (which imports the engine
 * functions it needs) only when a card shows one of its measures. Definitions
 * of the measures are in docs/metrics.md.
 */
import { DataError } from '../data/errors.js';
import { isRecord } from '../engine/guards.js';

/** Every measure a card can show, by its `metric` name. */
export const METRIC_CARD_METRICS = [
  'mrr',
  'arr',
  'arpa',
  'quick-ratio',
  'customer-churn',
  'retention',
  'gross-revenue-churn',
  'net-revenue-churn',
  'nrr',
  'grr',
  'stickiness',
  'product-adoption',
  'engagement',
  'nps',
  'csat',
  'ces',
  'first-contact-resolution',
  'first-response-time',
  'resolution-time',
  'trial-conversion',
  'renewal-rate',
  'average-order-value',
  'purchase-frequency',
  'arpu',
  'time-to-value',
  'retention-cost',
  'arr-per-csm',
] as const;
export type MetricCardMetric = (typeof METRIC_CARD_METRICS)[number];

/** Units a value is shown in. */
export const METRIC_CARD_UNITS = ['money', 'percent', 'ratio', 'number', 'hours', 'days', 'minutes'] as const;
export type MetricCardUnit = (typeof METRIC_CARD_UNITS)[number];

/** Families of measures: one lazily loaded module each. */
export const METRIC_CARD_FAMILIES = ['revenue', 'usage', 'survey', 'support', 'orders', 'given'] as const;
export type MetricCardFamily = (typeof METRIC_CARD_FAMILIES)[number];

/** What the card knows about a measure. */
export interface MeasureInfo {
  readonly family: MetricCardFamily;
  readonly unit: MetricCardUnit;
  /** Whether a higher value is the better one (targets and changes are judged by it). */
  readonly higherIsBetter: boolean;
  /** A monthly series whose last month is the value: the change is against the month before. */
  readonly monthly: boolean;
}

// The card's title of each measure is its `card.metric.<name>` message (src/i18n/en/card.ts).
const m = (family: MetricCardFamily, unit: MetricCardUnit, higherIsBetter: boolean, monthly: boolean): MeasureInfo => ({
  family,
  unit,
  higherIsBetter,
  monthly,
});

export const MEASURES: Readonly<Record<MetricCardMetric, MeasureInfo>> = {
  mrr: m('revenue', 'money', true, true),
  arr: m('revenue', 'money', true, true),
  arpa: m('revenue', 'money', true, true),
  'quick-ratio': m('revenue', 'ratio', true, true),
  'customer-churn': m('revenue', 'percent', false, true),
  retention: m('revenue', 'percent', true, true),
  'gross-revenue-churn': m('revenue', 'percent', false, true),
  'net-revenue-churn': m('revenue', 'percent', false, true),
  nrr: m('revenue', 'percent', true, true),
  grr: m('revenue', 'percent', true, true),
  stickiness: m('usage', 'percent', true, true),
  'product-adoption': m('usage', 'percent', true, true),
  engagement: m('usage', 'minutes', true, true),
  nps: m('survey', 'number', true, false),
  csat: m('survey', 'percent', true, false),
  ces: m('survey', 'number', true, false),
  'first-contact-resolution': m('support', 'percent', true, false),
  'first-response-time': m('support', 'hours', false, false),
  'resolution-time': m('support', 'hours', false, false),
  'trial-conversion': m('support', 'percent', true, false),
  'renewal-rate': m('support', 'percent', true, false),
  'average-order-value': m('orders', 'money', true, false),
  'purchase-frequency': m('orders', 'number', true, false),
  arpu: m('orders', 'money', true, false),
  'time-to-value': m('usage', 'days', false, false),
  'retention-cost': m('given', 'money', false, false),
  'arr-per-csm': m('given', 'money', true, false),
};

export function isMetricCardMetric(name: unknown): name is MetricCardMetric {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(MEASURES, name);
}

/** What a card computes with besides its input (its attributes). */
export interface MetricCardOptions {
  readonly metric?: string | undefined;
  /** How many months the series (and the sparkline) holds; default 12. */
  readonly months?: number | undefined;
  /** `product-adoption`: the feature whose adoption is measured. */
  readonly feature?: string | undefined;
  /** `time-to-value`: the feature whose first use marks the value reached. */
  readonly milestone?: string | undefined;
  /** `value` given: the unit of the given figures (default: the measure's). */
  readonly unit?: string | undefined;
}

/** One point of the sparkline. */
export interface MetricCardPoint {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly value: number | null;
}

/** The `metric-computed` detail of `<metric-card>`. */
export interface MetricCardResult {
  /** The measure (`undefined` for given figures without a `metric`). */
  readonly metric: MetricCardMetric | undefined;
  /** The engine's value for the measure (see the card's table), `null` when it has none. */
  readonly value: number | null;
  /** Monthly measures: the month before the last's value; else the given `previous`, or `null`. */
  readonly previous: number | null;
  /** `value − previous` when both are numbers, else `null`. */
  readonly change: number | null;
  readonly unit: MetricCardUnit;
  /** The last `months` months of the measure (by month of the rows' dates for non-monthly measures); `[]` when undated. */
  readonly series: readonly MetricCardPoint[];
}

/** A family's computation of one of its measures from row input. */
export type MeasureCompute = (metric: MetricCardMetric, input: unknown, options: ResolvedOptions) => MetricCardResult;

/** Options after checking: a known metric and a whole number of months. */
export interface ResolvedOptions extends MetricCardOptions {
  readonly metric: MetricCardMetric;
  readonly months: number;
}

export const DEFAULT_MONTHS = 12;

const config = (message: string) => new DataError('config', message);

/**
 * Checks the options and names what is expected: an unknown or missing metric
 * lists the known ones; `product-adoption` needs `feature`, `time-to-value`
 * needs `milestone`.
 */
export function resolveOptions(options: MetricCardOptions): ResolvedOptions {
  const { metric } = options;
  if (!isMetricCardMetric(metric)) {
    const known = METRIC_CARD_METRICS.join(', ');
    throw config(
      metric === undefined || metric === ''
        ? `metric is required: expected one of ${known}.`
        : `metric="${metric}" is not a known measure: expected one of ${known}.`,
    );
  }
  const months = options.months ?? DEFAULT_MONTHS;
  if (!(Number.isInteger(months) && months >= 1)) throw config(`months="${String(months)}": expected a whole number of months ≥ 1.`);
  if (metric === 'product-adoption' && !options.feature) {
    throw config('metric="product-adoption" needs feature: the name of the feature whose adoption is measured (feature="reports").');
  }
  if (metric === 'time-to-value' && !options.milestone) {
    throw config('metric="time-to-value" needs milestone: the feature whose first use marks the value reached (milestone="first-report").');
  }
  return { ...options, metric, months };
}

/** The unit of given figures: the `unit` option, else the measure's, else `number`. */
export function resolveUnit(options: MetricCardOptions): MetricCardUnit {
  const { unit } = options;
  if (unit !== undefined && unit !== '') {
    if (!(METRIC_CARD_UNITS as readonly string[]).includes(unit)) {
      throw config(`unit="${unit}" is not a known unit: expected one of ${METRIC_CARD_UNITS.join(', ')}.`);
    }
    return unit as MetricCardUnit;
  }
  return isMetricCardMetric(options.metric) ? MEASURES[options.metric].unit : 'number';
}

/** A result with `change` derived from `value` and `previous`. */
export function cardResult(
  metric: MetricCardMetric | undefined,
  unit: MetricCardUnit,
  value: number | null,
  previous: number | null,
  series: readonly MetricCardPoint[],
): MetricCardResult {
  const change = value !== null && previous !== null ? value - previous : null;
  return { metric, value, previous, change, unit, series };
}

/** A monthly measure's result from its whole series: the last month's value, the one before as `previous`. */
export function fromSeries(metric: MetricCardMetric, series: readonly MetricCardPoint[], months: number): MetricCardResult {
  const last = series[series.length - 1];
  const before = series[series.length - 2];
  return cardResult(metric, MEASURES[metric].unit, last?.value ?? null, before?.value ?? null, series.slice(-months));
}

/** Given figures: `{ value, previous? }` (attributes, or an object or one-row CSV from a server). */
export interface GivenFigures {
  readonly value: unknown;
  readonly previous?: unknown;
}

function figure(value: unknown, name: string): number | null {
  if (value === undefined || value === null || value === '') return null;
  const n = typeof value === 'string' ? Number(value) : value;
  if (typeof n === 'number' && Number.isFinite(n)) return n;
  throw new DataError('validation', `${name} must be a number, got ${JSON.stringify(value)}.`, [
    { row: null, field: name, message: 'expected a number' },
  ]);
}

/** Recognises given figures: an object (or the only row) with `value` and no `month`. */
export function givenFigures(input: unknown): GivenFigures | undefined {
  const only = Array.isArray(input) && input.length === 1 ? (input[0] as unknown) : input;
  return isRecord(only) && 'value' in only && !('month' in only) ? (only as unknown as GivenFigures) : undefined;
}

/** The result of given figures. */
export function computeGivenFigures(figures: GivenFigures, options: MetricCardOptions): MetricCardResult {
  const metric = isMetricCardMetric(options.metric) ? options.metric : undefined;
  return cardResult(metric, resolveUnit(options), figure(figures.value, 'value'), figure(figures.previous, 'previous'), []);
}

/** The key of an already-computed monthly row (`mrr()`'s `value`, `customerChurn()`'s `rate`…) that holds a measure. */
const SERIES_KEYS: Partial<Record<MetricCardMetric, string>> = {
  mrr: 'value',
  arr: 'value',
  arpa: 'value',
  'quick-ratio': 'value',
  'customer-churn': 'rate',
  retention: 'rate',
  'gross-revenue-churn': 'gross',
  'net-revenue-churn': 'net',
  nrr: 'value',
  grr: 'value',
  stickiness: 'value',
  'product-adoption': 'rate',
  engagement: 'meanSessionMinutes',
};

/**
 * Rows already computed by a server or a warehouse, one a month (`{ month,
 * value }`, `{ month, rate }`, `{ month, gross, net }`…, the engine's own
 * shapes): the series, or `undefined` for raw records.
 */
export function computedSeries(metric: MetricCardMetric, input: unknown): MetricCardPoint[] | undefined {
  const key = SERIES_KEYS[metric];
  if (key === undefined || !Array.isArray(input)) return undefined;
  const first = input.find(isRecord);
  if (!first || !('month' in first) || 'customerId' in first || 'id' in first) return undefined;
  return input.map((row: unknown, i) => {
    const r = isRecord(row) ? row : {};
    const month = r['month'];
    if (typeof month !== 'string' || !/^\d{4}-\d{2}$/.test(month)) {
      throw new DataError('validation', `Row ${i}, month: expected a month as YYYY-MM.`, [
        { row: i, field: 'month', message: 'expected a month as YYYY-MM' },
      ]);
    }
    return { month, value: figure(r[key], key === 'value' ? 'value' : key) };
  });
}

/** The rows of a record kind out of an object that holds several (`{ changes, customers, events… }`), or the input itself. */
export function pick(input: unknown, ...keys: readonly string[]): unknown {
  if (!isRecord(input)) return input;
  for (const key of keys) if (key in input) return input[key];
  return input;
}

/** Each family's computation, as a loader finds it. */
export type FamilyOf = (family: MetricCardFamily) => MeasureCompute;

/**
 * The card's computation, given a way to reach each family: given figures
 * (`{ value, previous? }`) need no engine; a known metric with rows already
 * computed per month takes them as its series; else the family computes from
 * the records. Bad options throw a `config` {@link DataError}; bad rows the
 * engine's `MetricsInputError`.
 */
export function computeCard(input: unknown, options: MetricCardOptions, familyOf: FamilyOf): MetricCardResult {
  const figures = givenFigures(input);
  if (figures && (options.metric === undefined || options.metric === '' || isMetricCardMetric(options.metric))) {
    return computeGivenFigures(figures, options);
  }
  const resolved = resolveOptions(options);
  const series = computedSeries(resolved.metric, input);
  if (series) return fromSeries(resolved.metric, series, resolved.months);
  return familyOf(MEASURES[resolved.metric].family)(resolved.metric, input, resolved);
}

/** Nothing to show: no value and no month with one. */
export function isEmptyCard(result: MetricCardResult): boolean {
  return result.value === null && result.series.every((point) => point.value === null);
}
