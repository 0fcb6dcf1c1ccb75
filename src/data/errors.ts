/**
 * The one error type of the data layer. Its `kind` becomes the `kind` of the
 * `metric-error` event; `issues` carries per-row problems (CSV cells).
 */
import type { InputIssue } from '../engine/schemas.js';
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

/** The error as a plain event detail. */
export function toDetail(error: MetricErrorDetail): MetricErrorDetail {
  return { kind: error.kind, message: error.message, issues: error.issues };
}
