/**
 * The account-health adapter: `HealthInput` rows scored with a model, or an
 * already-computed `{ score, previous? }` → one account's `HealthScoreRow`.
 * See docs/metrics.md, "Customer health".
 */
import { DataError } from '../data/errors.js';
import { isRecord } from '../engine/guards.js';
import {
  checkHealthModel,
  DEFAULT_HEALTH_BANDS,
  healthBand,
  healthScore,
  healthTrend,
  type HealthBands,
  type HealthModel,
  type HealthScoreRow,
} from '../engine/health.js';
import { formatIssue, isMetricsInputError, type HealthInput } from '../engine/schemas.js';
import type { MetricAdapter } from './types.js';

export interface HealthOptions {
  /** The account to show when the rows hold several. */
  readonly customer?: string | undefined;
  /** The model (measures may carry a display `label`). */
  readonly model?: unknown;
  /** The model as JSON text (used when `model` is not set). */
  readonly modelJson?: string | undefined;
  /** Band bounds that override the model's. */
  readonly critical?: number | undefined;
  readonly atRisk?: number | undefined;
}

/** The `critical` / `at-risk` options, checked; `{}` when neither is set. */
function optionBands(o: HealthOptions): Partial<HealthBands> {
  const bands: Partial<HealthBands> = {};
  for (const [attribute, key, value] of [
    ['critical', 'critical', o.critical],
    ['at-risk', 'atRisk', o.atRisk],
  ] as const) {
    if (value === undefined) continue;
    if (!(Number.isFinite(value) && value >= 0 && value <= 100)) {
      throw new DataError('config', `${attribute}="${String(value)}": expected a score from 0 to 100.`);
    }
    bands[key] = value;
  }
  return bands;
}

/** The model as given: the property, else the parsed JSON text; `undefined` when none. */
function givenModel(o: HealthOptions, lenient: boolean): unknown {
  if (o.model !== undefined && o.model !== null) return o.model;
  const text = o.modelJson;
  if (text === undefined || text === null || text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    if (lenient) return undefined;
    const reason = error instanceof Error ? ` (${error.message})` : '';
    throw new DataError('parse', `The model attribute is not valid JSON${reason}.`);
  }
}

/** The model in use with the option bands applied, checked alone (its problems are `config` errors naming the model). */
function resolveModel(o: HealthOptions, bands: Partial<HealthBands>): HealthModel | undefined {
  const model = givenModel(o, false);
  if (model === undefined) return undefined;
  const merged = isRecord(model)
    ? { ...model, bands: { ...DEFAULT_HEALTH_BANDS, ...(isRecord(model.bands) ? model.bands : {}), ...bands } }
    : model;
  try {
    checkHealthModel(merged as HealthModel);
  } catch (error) {
    if (!isMetricsInputError(error)) throw error;
    const first = error.issues[0];
    const what = first ? formatIssue({ ...first, row: null }) : 'it was refused';
    const more = error.total > 1 ? ` (and ${error.total - 1} more)` : '';
    throw new DataError('config', `The health model is invalid: ${what}${more}.`, error.issues);
  }
  return merged as HealthModel;
}

/** The display labels of the model's measures, by key (for a list of contributions). */
export function healthModelLabels(o: HealthOptions): Map<string, string> {
  const labels = new Map<string, string>();
  const model = givenModel(o, true);
  if (isRecord(model) && Array.isArray(model.measures)) {
    for (const m of model.measures as unknown[]) {
      if (isRecord(m) && typeof m.key === 'string' && typeof m.label === 'string' && m.label.trim()) labels.set(m.key, m.label.trim());
    }
  }
  return labels;
}

/** The bands for an already-computed score: the defaults, the model's, then the options. */
function scoreBands(o: HealthOptions, bands: Partial<HealthBands>): HealthBands {
  const model = givenModel(o, true);
  const fromModel = isRecord(model) && isRecord(model.bands) ? (model.bands as Partial<HealthBands>) : {};
  const all = { ...DEFAULT_HEALTH_BANDS, ...fromModel, ...bands };
  if (!(typeof all.critical === 'number' && typeof all.atRisk === 'number' && all.critical <= all.atRisk)) {
    throw new DataError('config', `Band bounds: expected critical (${String(all.critical)}) ≤ at-risk (${String(all.atRisk)}), both from 0 to 100.`);
  }
  return all;
}

/** Checks an already-computed score: a number from 0 to 100, or `null`. */
export function checkScore(name: string, value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100) return value;
  const message = `expected a score from 0 to 100, got ${JSON.stringify(value) ?? String(value)}`;
  throw new DataError('validation', `${name.charAt(0).toUpperCase()}${name.slice(1)}: ${message}.`, [{ row: null, field: name, message }]);
}

const nothing = (o: HealthOptions): HealthScoreRow => ({
  customerId: o.customer ?? '',
  score: null,
  band: null,
  previous: null,
  trend: null,
  contributions: [],
});

function accounts(rows: readonly HealthScoreRow[]): string {
  const ids = rows.map((r) => String(r.customerId));
  const named = ids.slice(0, 5).join(', ') + (ids.length > 5 ? ', …' : '');
  return `${ids.length} account${ids.length === 1 ? '' : 's'}: ${named}`;
}

export const healthAdapter: MetricAdapter<HealthOptions, HealthScoreRow> = {
  metric: 'health',
  compute(input, o) {
    const bands = optionBands(o);
    if (isRecord(input) && 'score' in input) {
      const score = checkScore('score', input.score);
      const previous = checkScore('previous', input.previous);
      const all = scoreBands(o, bands);
      // The bands are checked by the engine's own rules (0–100), as for a model.
      checkHealthModel({ measures: [{ key: 'score', weight: 1, min: 0, max: 100 }], bands: all });
      if (score === null) return nothing(o);
      const customerId = typeof input.customerId === 'string' || typeof input.customerId === 'number' ? input.customerId : undefined;
      return {
        customerId: customerId ?? o.customer ?? '',
        score,
        band: healthBand(score, all),
        previous,
        trend: healthTrend(score, previous),
        contributions: [],
      };
    }
    if (!Array.isArray(input)) {
      throw new DataError('validation', 'Expected health rows ({ customerId, date?, measures… }) or { score, previous? }.', [
        { row: null, field: '', message: 'expected rows or { score }' },
      ]);
    }
    const model = resolveModel(o, bands);
    if (!model) {
      if (input.length === 0) return nothing(o);
      throw new DataError(
        'config',
        'Set a health model (the model property or a JSON model attribute: { "measures": [{ "key", "weight", "min", "max" }] }) to score these rows.',
      );
    }
    const rows = healthScore(input as HealthInput[], model);
    if (rows.length === 0) return nothing(o);
    const wanted = o.customer?.trim();
    if (wanted) {
      const row = rows.find((r) => String(r.customerId) === wanted);
      if (!row) throw new DataError('config', `customer="${wanted}" is not in the data (${accounts(rows)}).`);
      return row;
    }
    if (rows.length > 1) throw new DataError('config', `The data holds ${accounts(rows)}: set customer to the one to show.`);
    return rows[0] as HealthScoreRow;
  },
  isEmpty: (result) => result.score === null,
};
