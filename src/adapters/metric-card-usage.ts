/**
 * `<metric-card>` measures from `UsageEvent` rows: stickiness, feature
 * adoption, mean session minutes and time to value. The engine functions they
 * call (stickiness, productAdoption, engagement, timeToValue) are not in the
 * engine yet: until they are, these measures say so as a `config` error.
 */
import { DataError } from '../data/errors.js';
import type { MeasureCompute } from './metric-card-measures.js';

export const computeUsage: MeasureCompute = (metric) => {
  throw new DataError('config', `metric="${metric}" needs the engine's usage functions, which this build does not have yet.`);
};
