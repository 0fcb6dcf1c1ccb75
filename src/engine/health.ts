/**
 * Customer health score (docs/metrics.md, "Customer health"): a weighted mean of measures, each mapped
 * linearly to 0–100, with a band and a trend against the previous input.
 */
import { ownField } from './guards.js';
import { array, bool, type Check, is, num, object, opt, parseOptions, refine } from './check.js';
import {
  describeValue,
  healthInputRecord,
  idKey,
  IssueList,
  validateRows,
  type HealthInput,
} from './schemas.js';
import { parseDate } from './time.js';

/** One measure of a health model. */
export interface HealthMeasure {
  /** The input field holding the measure (`usage`, `nps`…). */
  key: string;
  /** Relative weight, ≥ 0. */
  weight: number;
  /** The value that maps to 0 (or to 100 when `higherIsBetter` is false). */
  min: number;
  /** The value that maps to 100 (or to 0 when `higherIsBetter` is false). Must exceed `min`. */
  max: number;
  /** Default `true`; `false` inverts the scale (open tickets, days overdue…). */
  higherIsBetter?: boolean;
}

export interface HealthBands {
  /** A score ≤ this is `critical`. Default 50. */
  critical: number;
  /** A score ≤ this (and above `critical`) is `at-risk`. Default 75. */
  atRisk: number;
}

export interface HealthModel {
  measures: HealthMeasure[];
  bands?: HealthBands;
}

export const HEALTH_BANDS = ['critical', 'at-risk', 'healthy'] as const;
export type HealthBand = (typeof HEALTH_BANDS)[number];

export const HEALTH_TRENDS = ['up', 'down', 'flat'] as const;
export type HealthTrend = (typeof HEALTH_TRENDS)[number];

export interface HealthContribution {
  key: string;
  /** The input value; `null` when the measure is absent. */
  value: number | null;
  /** The value mapped to 0–100; `null` when absent. */
  score: number | null;
  weight: number;
}

export interface HealthScoreRow {
  customerId: string | number;
  /** 0–100; `null` when no measure of the model is present. */
  score: number | null;
  band: HealthBand | null;
  /** The score of the input before the latest; `null` when there is none. */
  previous: number | null;
  /** `up` when score − previous ≥ 1, `down` when ≤ −1, else `flat`; `null` without previous. */
  trend: HealthTrend | null;
  /** Every measure of the model, in model order. */
  contributions: HealthContribution[];
}

const finite = (what: string) => num(`expected ${what} as a finite number`);

type ParsedMeasure = Required<HealthMeasure>;
interface ParsedModel {
  measures: ParsedMeasure[];
  bands: HealthBands;
}

const measure: Check<ParsedMeasure> = refine(
  object({
    key: refine(
      is<string>((k) => typeof k === 'string', 'expected a measure key (non-empty text)', (k) => k.length > 0),
      (k, add) => {
        if (k === 'customerId' || k === 'date') add('customerId and date cannot be measures');
      },
    ),
    weight: num('expected weight as a finite number', (w) => w >= 0, 'expected weight as a number ≥ 0'),
    min: finite('min'),
    max: finite('max'),
    higherIsBetter: opt(bool('expected true or false'), true),
  }),
  (m, add) => {
    if (!(m.min < m.max)) add(`expected max greater than min (${m.min})`, 'max');
  },
);

const band = (name: string) => num(`expected ${name} as a number from 0 to 100`, (b) => b >= 0 && b <= 100);

const modelCheck: Check<ParsedModel> = object(
  {
    measures: refine(array('expected a list of measures', measure), (measures, add) => {
      if (measures.length < 1) add('expected at least one measure');
      const seen = new Set<string>();
      let weights = 0;
      measures.forEach((m, i) => {
        if (seen.has(m.key)) add('expected a key no other measure uses', i, 'key');
        seen.add(m.key);
        weights += m.weight;
      });
      if (!(weights > 0)) add('expected the weights to sum to more than 0');
    }),
    bands: opt(
      refine(
        object({ critical: band('critical'), atRisk: band('atRisk') }, 'expected { critical, atRisk }'),
        (b, add) => {
          if (b.critical > b.atRisk) add(`expected atRisk ≥ critical (${b.critical})`, 'atRisk');
        },
      ),
      { critical: 50, atRisk: 75 },
    ),
  },
  'expected a model { measures, bands? }',
);

/**
 * A measure's value mapped to 0–100. The value is clamped to `[min, max]`
 * first, so `value − min` never exceeds the span; a span past ±1.8e308
 * (`min` −1e308, `max` 1e308) is taken in halves, which cannot overflow.
 */
function measureScore(m: ParsedMeasure, value: number): number {
  const v = value < m.min ? m.min : value > m.max ? m.max : value;
  const span = m.max - m.min;
  const share = Number.isFinite(span) ? (v - m.min) / span : (v / 2 - m.min / 2) / (m.max / 2 - m.min / 2);
  const linear = share * 100;
  return m.higherIsBetter ? linear : 100 - linear;
}

function scoreInput(model: ParsedModel, row: HealthInput): { score: number | null; contributions: HealthContribution[] } {
  // Weights are divided by the largest weight present, so the weighted sum
  // stays within 0..100 × the measure count: weights of 1e308 neither
  // overflow nor change the score (it only depends on their proportions).
  let top = 0;
  for (const m of model.measures) {
    const v = ownField(row, m.key);
    if (typeof v === 'number' && Number.isFinite(v) && m.weight > top) top = m.weight;
  }
  let weighted = 0;
  let weights = 0;
  let present = 0;
  const contributions: HealthContribution[] = [];
  for (const m of model.measures) {
    const v = ownField(row, m.key);
    if (typeof v === 'number' && Number.isFinite(v)) {
      const s = measureScore(m, v);
      if (top > 0) {
        const w = m.weight / top;
        weighted += w * s;
        weights += w;
      }
      present++;
      contributions.push({ key: m.key, value: v, score: s, weight: m.weight });
    } else {
      contributions.push({ key: m.key, value: null, score: null, weight: m.weight });
    }
  }
  // Present measures that all weigh 0 say nothing either: no score.
  const score = present === 0 || weights === 0 ? null : Math.min(100, Math.max(0, weighted / weights));
  return { score, contributions };
}

/** The default bands: a score ≤ 50 is critical, ≤ 75 at risk, else healthy. */
export const DEFAULT_HEALTH_BANDS: Readonly<HealthBands> = { critical: 50, atRisk: 75 };

/**
 * The band of a 0–100 score (the same rule as {@link healthScore}): ≤
 * `critical` → `critical`, ≤ `atRisk` → `at-risk`, else `healthy`.
 */
export function healthBand(score: number, bands: HealthBands = DEFAULT_HEALTH_BANDS): HealthBand {
  return score <= bands.critical ? 'critical' : score <= bands.atRisk ? 'at-risk' : 'healthy';
}

/** The trend from `previous` to `score` (the same rule as {@link healthScore}): a change of ≥ 1 point is `up`/`down`. */
export function healthTrend(score: number | null, previous: number | null): HealthTrend | null {
  if (score === null || previous === null) return null;
  const d = score - previous;
  return d >= 1 ? 'up' : d <= -1 ? 'down' : 'flat';
}

/**
 * Checks a health model alone (measures, weights, ranges, bands) and returns
 * it with its defaults filled in; throws `MetricsInputError` naming the
 * model's fields, exactly as {@link healthScore} would.
 */
export function checkHealthModel(model: HealthModel): Required<HealthModel> {
  const parsed = parseOptions('healthScore', modelCheck, model);
  return { measures: parsed.measures, bands: parsed.bands };
}

/**
 * Scores each customer's latest input (by `date`) with a weighted model; the
 * input before it gives `previous` and the trend. One row a customer, sorted
 * by customer id as text. Several inputs of one customer must all carry
 * distinct dates.
 */
export function healthScore(inputs: readonly HealthInput[], model: HealthModel): HealthScoreRow[] {
  const parsed = parseOptions('healthScore', modelCheck, model);
  validateRows(
    'healthScore',
    inputs,
    healthInputRecord(parsed.measures.map((m) => m.key)),
  );

  const groups = new Map<string, number[]>();
  for (let i = 0; i < inputs.length; i++) {
    const key = idKey((inputs[i] as HealthInput).customerId);
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  }

  const list = new IssueList();
  const ordered: Array<[string, number[]]> = [];
  for (const [key, rows] of groups) {
    if (rows.length > 1) {
      const undated = rows.filter((i) => (inputs[i] as HealthInput).date == null);
      if (undated.length > 0) {
        for (const i of undated) {
          list.add({ row: i, field: 'date', message: 'several inputs for this customer need a date to order them' });
        }
        continue;
      }
      const times = new Map<number, number>();
      for (const i of rows) times.set(i, parseDate((inputs[i] as HealthInput).date as string));
      rows.sort((a, b) => (times.get(a) as number) - (times.get(b) as number) || a - b);
      for (let k = 1; k < rows.length; k++) {
        const a = rows[k - 1] as number;
        const b = rows[k] as number;
        if (times.get(a) === times.get(b)) {
          list.add({
            row: b,
            field: 'date',
            message: `row ${a} has the same customer and date, got ${describeValue((inputs[b] as HealthInput).date)}`,
          });
        }
      }
    }
    ordered.push([key, rows]);
  }
  list.throwIfAny('healthScore');

  ordered.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const bands = parsed.bands;
  return ordered.map(([, rows]) => {
    const latest = inputs[rows[rows.length - 1] as number] as HealthInput;
    const { score, contributions } = scoreInput(parsed, latest);
    const previous = rows.length > 1 ? scoreInput(parsed, inputs[rows[rows.length - 2] as number] as HealthInput).score : null;
    return {
      customerId: latest.customerId,
      score,
      band: score === null ? null : healthBand(score, bands),
      previous,
      trend: healthTrend(score, previous),
      contributions,
    };
  });
}
