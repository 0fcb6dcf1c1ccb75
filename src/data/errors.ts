/**
 * The one error type of the data layer. Its `kind` becomes the `kind` of the
 * `metric-error` event; `issues` carries per-row problems (CSV cells).
 */
import { formatIssues, isMetricsInputError, type InputIssue } from '../engine/input-error.js';
import type { MetricErrorDetail, MetricErrorKind } from '../events.js';

/**
 * A failure getting or reading data, or a bad configuration. Elements may
 * also throw it from `compute()` to choose the kind (`config` for a bad
 * attribute, for example).
 */
export class DataError extends Error implements MetricErrorDetail {
  override readonly name = 'DataError';
  readonly kind: MetricErrorKind;
  readonly issues: readonly InputIssue[];
  constructor(kind: MetricErrorKind, message: string, issues: readonly InputIssue[] = []) {
    super(message);
    this.kind = kind;
    this.issues = issues;
  }
}

/** A lazy chunk that could not be downloaded: `what` names it ("The CSV reader"). */
export function downloadError(what: string, error: unknown): DataError {
  const reason = error instanceof Error && error.message ? ` (${error.message})` : '';
  return new DataError('network', `${what} could not be downloaded${reason}.`);
}

/** The error as a plain event detail. */
export function toDetail(error: MetricErrorDetail): MetricErrorDetail {
  return { kind: error.kind, message: error.message, issues: error.issues };
}

/**
 * Anything thrown while finding or computing an input, as the error an
 * element shows: the engine's `MetricsInputError` is a `validation` error
 * with its issues, a {@link DataError} keeps its kind, anything else is a
 * `validation` error with its message.
 */
export function errorDetail(error: unknown): MetricErrorDetail {
  if (isMetricsInputError(error)) {
    return { kind: 'validation', message: formatIssues(error.issues, error.total), issues: error.issues };
  }
  if (error instanceof DataError) return toDetail(error);
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'validation', message: message || 'The data could not be computed.', issues: [] };
}
