/**
 * Order metrics: average order value, purchase frequency and ARPU (docs/metrics.md).
 */
import { month, object, opt, parseOptions } from './check.js';
import { finiteResult } from './finite.js';
import { idKey, optionError, OrderRecord, ratio, validateRows, type Order } from './schemas.js';
import { monthOfTime, parseDate, parseMonth } from './time.js';

/**
 * Average order value: total amount ÷ number of orders; `null` without orders.
 */
export function averageOrderValue(orders: readonly Order[]): number | null {
  validateRows('averageOrderValue', orders, OrderRecord);
  let total = 0;
  for (let i = 0; i < orders.length; i++) total += (orders[i] as Order).amount;
  return finiteResult('averageOrderValue', 'amount', ratio(total, orders.length));
}

/**
 * Purchase frequency: orders ÷ distinct customers; `null` without orders.
 */
export function purchaseFrequency(orders: readonly Order[]): number | null {
  validateRows('purchaseFrequency', orders, OrderRecord);
  const customers = new Set<string>();
  for (let i = 0; i < orders.length; i++) customers.add(idKey((orders[i] as Order).customerId));
  return ratio(orders.length, customers.size);
}

export interface ArpuOptions {
  /** First month counted, `YYYY-MM` (inclusive). Default: no lower bound. */
  from?: string;
  /** Last month counted, `YYYY-MM` (inclusive). Default: no upper bound. */
  to?: string;
}

const arpuOptions = /* @__PURE__ */ object({ from: /* @__PURE__ */ opt(month), to: /* @__PURE__ */ opt(month) });

/**
 * Average revenue per user: the revenue of the orders dated in the months
 * `from`..`to` (inclusive, UTC) ÷ the distinct customers who ordered in them;
 * `null` when no order falls in the range.
 */
export function arpu(orders: readonly Order[], options: ArpuOptions = {}): number | null {
  const { from, to } = parseOptions('arpu', arpuOptions, options);
  const lo = from === undefined ? -Infinity : parseMonth(from);
  const hi = to === undefined ? Infinity : parseMonth(to);
  if (lo > hi) optionError('arpu', 'to', `expected a month on or after from (${from}), got ${to}`);
  validateRows('arpu', orders, OrderRecord);
  const bounded = from !== undefined || to !== undefined;
  let revenue = 0;
  const customers = new Set<string>();
  for (let i = 0; i < orders.length; i++) {
    const o = orders[i] as Order;
    if (bounded) {
      const m = monthOfTime(parseDate(o.date));
      if (m < lo || m > hi) continue;
    }
    revenue += o.amount;
    customers.add(idKey(o.customerId));
  }
  return finiteResult('arpu', 'amount', ratio(revenue, customers.size));
}
