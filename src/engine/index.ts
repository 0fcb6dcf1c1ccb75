/**
 * The cs-metrics engine: pure functions from plain data to plain data.
 * No DOM, no I/O; runs in Node, in a browser and in a Worker.
 */
export * from './schemas.js';
// The checked helpers (they shadow the unchecked ratio and idKey of schemas.js).
export { parseDate, parseMonth, monthKey, isIsoDate, isMonth, ratio, idKey } from './helpers.js';
export * from './survey.js';
export * from './orders.js';
export * from './health.js';
export * from './support.js';
export * from './revenue.js';
export * from './clv.js';
