/**
 * `<metric-card>` measures from `UsageEvent` rows: stickiness (DAU ÷ MAU),
 * feature adoption (`feature`) and mean session minutes (the last month of
 * each engine series), and the median days to value (`milestone`) from
 * `{ customers, events }`.
 */
import { DataError } from '../data/errors.js';
import { isRecord } from '../engine/guards.js';
import type { Customer, UsageEvent } from '../engine/schemas.js';
import { engagement, productAdoption, stickiness, timeToValue } from '../engine/usage.js';
import { cardResult, fromSeries, MEASURES, pick, type MeasureCompute } from './metric-card-measures.js';

export const computeUsage: MeasureCompute = (metric, input, options) => {
  const { months } = options;
  switch (metric) {
    case 'stickiness': {
      const rows = stickiness(pick(input, 'events') as UsageEvent[]);
      return fromSeries(metric, rows.map(({ month, value }) => ({ month, value })), months);
    }
    case 'product-adoption': {
      const rows = productAdoption(pick(input, 'events') as UsageEvent[], { feature: options.feature ?? '' });
      return fromSeries(metric, rows.map(({ month, rate }) => ({ month, value: rate })), months);
    }
    case 'engagement': {
      const rows = engagement(pick(input, 'events') as UsageEvent[]);
      return fromSeries(metric, rows.map(({ month, meanSessionMinutes }) => ({ month, value: meanSessionMinutes })), months);
    }
    case 'time-to-value': {
      const both = isRecord(input) ? input : {};
      if (!Array.isArray(both['customers']) || !Array.isArray(both['events'])) {
        throw new DataError('validation', 'time-to-value takes one object { customers, events }: Customer rows and UsageEvent rows.', [
          { row: null, field: Array.isArray(both['customers']) ? 'events' : 'customers', message: 'expected an array' },
        ]);
      }
      const result = timeToValue(both['customers'] as Customer[], both['events'] as UsageEvent[], {
        milestone: options.milestone ?? '',
      });
      return cardResult(metric, MEASURES[metric].unit, result.median, null, []);
    }
    default:
      throw new Error(`not a usage measure: ${metric}`);
  }
};
