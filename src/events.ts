/**
 * The kit's events: plain `Event` subclasses with a readonly, typed `detail`.
 * Both bubble and are composed, so a page can listen on any ancestor, across
 * shadow roots.
 */
import type { InputIssue } from './engine/schemas.js';

/** What kind of failure a `metric-error` reports. */
export const METRIC_ERROR_KINDS = ['network', 'parse', 'validation', 'config'] as const;
export type MetricErrorKind = (typeof METRIC_ERROR_KINDS)[number];

/** The detail of a `metric-error` event. */
export interface MetricErrorDetail {
  /** `network` (fetch failed, HTTP error, timeout), `parse` (body or CSV unreadable), `validation` (the engine refused the rows), `config` (a bad attribute or URL). */
  readonly kind: MetricErrorKind;
  /** One short sentence naming what is wrong; the element shows the same text. */
  readonly message: string;
  /** Per-row problems (engine issues or CSV cell issues); `[]` when none apply. */
  readonly issues: readonly InputIssue[];
}

/** Fired once per successful computation; `detail` is the engine's result. */
export class MetricComputedEvent<R = unknown> extends Event {
  static readonly eventName = 'metric-computed';
  readonly detail: R;
  constructor(detail: R) {
    super(MetricComputedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** Fired once per failure (network, parse, validation or config). */
export class MetricErrorEvent extends Event {
  static readonly eventName = 'metric-error';
  readonly detail: MetricErrorDetail;
  constructor(detail: MetricErrorDetail) {
    super(MetricErrorEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'metric-computed': MetricComputedEvent;
    'metric-error': MetricErrorEvent;
  }
  // Both events bubble and are composed: a page listens once on the document.
  interface DocumentEventMap {
    'metric-computed': MetricComputedEvent;
    'metric-error': MetricErrorEvent;
  }
}
