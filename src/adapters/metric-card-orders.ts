/**
 * `<metric-card>` measures from `Order` rows: average order value, purchase
 * frequency and ARPU over all the orders, with a sparkline of the same
 * measure over each month's orders; and the two measures of figures given as
 * attributes, retention cost per customer and ARR per CSM.
 */
import { arpu, averageOrderValue, purchaseFrequency } from '../engine/orders.js';
import type { Order } from '../engine/schemas.js';
import { arrPerCsm, retentionCost, type ArrPerCsmInput, type RetentionCostInput } from '../engine/support.js';
import { cardResult, MEASURES, pick, type MeasureCompute } from './metric-card-measures.js';
import { seriesByMonth } from './metric-card-months.js';
import { isRecord } from '../engine/guards.js';

const MEASURE = {
  'average-order-value': (rows: Order[]) => averageOrderValue(rows),
  'purchase-frequency': (rows: Order[]) => purchaseFrequency(rows),
  arpu: (rows: Order[]) => arpu(rows),
} as const;

export const computeOrders: MeasureCompute = (metric, input, options) => {
  if (metric !== 'average-order-value' && metric !== 'purchase-frequency' && metric !== 'arpu') {
    throw new Error(`not an order measure: ${metric}`);
  }
  const orders = pick(input, 'orders') as Order[];
  const measure = MEASURE[metric];
  const value = measure(orders);
  return cardResult(metric, MEASURES[metric].unit, value, null, seriesByMonth(orders, 'date', options.months, measure));
};

/** Retention cost (`{ cost, customers }`) and ARR per CSM (`{ arr, csms }`): attributes, an object or a one-row CSV. */
export const computeGivenMeasure: MeasureCompute = (metric, input) => {
  const only = Array.isArray(input) && input.length === 1 ? (input[0] as unknown) : input;
  const figures = isRecord(only) ? only : {};
  let value: number | null;
  if (metric === 'retention-cost') value = retentionCost(figures as unknown as RetentionCostInput);
  else if (metric === 'arr-per-csm') value = arrPerCsm(figures as unknown as ArrPerCsmInput);
  else throw new Error(`not a measure of given figures: ${metric}`);
  return cardResult(metric, MEASURES[metric].unit, value, null, []);
};
