/**
 * `<metric-card>` measures from `Ticket`, `Trial` and `Renewal` rows:
 * first-contact resolution, median first-response and resolution hours,
 * trial conversion and renewal rate over all the rows, with a sparkline of the
 * same measure by the month the ticket was created, the trial started or the
 * renewal was due.
 */
import type { Renewal, Ticket, Trial } from '../engine/schemas.js';
import { firstContactResolution, renewalRate, responseTimes, trialConversion } from '../engine/support.js';
import { cardResult, MEASURES, pick, type MeasureCompute, type MetricCardMetric } from './metric-card-measures.js';
import { seriesByMonth } from './metric-card-months.js';

interface SupportMeasure {
  /** The object key holding the rows when one object carries several kinds. */
  readonly key: string;
  /** The date field that places a row in a month. */
  readonly date: string;
  readonly measure: (rows: never[]) => number | null;
}

const SUPPORT: Partial<Record<MetricCardMetric, SupportMeasure>> = {
  'first-contact-resolution': {
    key: 'tickets',
    date: 'createdAt',
    measure: (rows: Ticket[]) => firstContactResolution(rows).rate,
  },
  'first-response-time': {
    key: 'tickets',
    date: 'createdAt',
    measure: (rows: Ticket[]) => responseTimes(rows).firstResponse.median,
  },
  'resolution-time': { key: 'tickets', date: 'createdAt', measure: (rows: Ticket[]) => responseTimes(rows).resolution.median },
  'trial-conversion': { key: 'trials', date: 'trialStart', measure: (rows: Trial[]) => trialConversion(rows).rate },
  'renewal-rate': { key: 'renewals', date: 'dueDate', measure: (rows: Renewal[]) => renewalRate(rows).rate },
};

export const computeSupport: MeasureCompute = (metric, input, options) => {
  const spec = SUPPORT[metric];
  if (!spec) throw new Error(`not a support measure: ${metric}`);
  const rows = pick(input, spec.key) as never[];
  const value = spec.measure(rows);
  const series = seriesByMonth(rows, spec.date, options.months, spec.measure);
  return cardResult(metric, MEASURES[metric].unit, value, null, series);
};
