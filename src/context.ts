/**
 * The context `<metrics-source>` provides to the metric elements inside it.
 *
 * The key is a string, not a `Symbol`, on purpose: when a page loads the kit
 * twice, an element from one copy still finds a source from the other.
 */
import { createContext } from '@lit/context';
import type { MetricErrorDetail } from './events.js';

/** Where a `<metrics-source>` is with its data. */
export const SOURCE_STATUSES = ['idle', 'loading', 'ready', 'error'] as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[number];

/** What a `<metrics-source>` provides. */
export interface MetricsSourceValue {
  /** The rows (or object) last loaded; `undefined` before the first success. Kept after a later failure. */
  readonly rows: unknown;
  /** `idle` (nothing configured), `loading`, `ready` or `error`. */
  readonly status: SourceStatus;
  /** The last failure while `status` is `error`, else `undefined`. */
  readonly error: MetricErrorDetail | undefined;
}

/** The @lit/context key of {@link MetricsSourceValue}. */
export const metricsSourceContext = createContext<MetricsSourceValue>('cs-metrics/metrics-source');
