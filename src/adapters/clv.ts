/**
 * The CLV adapter: MrrChange rows (subscription), Order rows
 * (transactional), or one object of the formula's inputs (explicit) → the
 * engine's `ClvResult`. See docs/metrics.md, "CLV".
 */
import { DataError } from '../data/errors.js';
import { clv, CLV_METHODS, type ClvInput, type ClvMethod, type ClvResult } from '../engine/clv.js';
import { isRecord, ownField } from '../engine/guards.js';
import type { MetricAdapter } from './types.js';

export interface ClvOptions {
  /** The formula; without it, inferred from the input. */
  readonly method?: ClvMethod | undefined;
  readonly grossMargin?: number | undefined;
  readonly window?: number | undefined;
  readonly lifespanMonths?: number | undefined;
}

const SUBSCRIPTION_KEYS = ['arpa', 'churnRate'] as const;
const TRANSACTIONAL_KEYS = ['averageOrderValue', 'purchaseFrequency'] as const;
const EXPLICIT_KEYS: readonly string[] = [...SUBSCRIPTION_KEYS, ...TRANSACTIONAL_KEYS, 'lifespanMonths'];

/** Bad options are `config` errors naming the attribute (the engine would name its option). */
function checkOptions(o: ClvOptions): void {
  const bad = (attribute: string, value: unknown, expected: string) =>
    new DataError('config', `${attribute}="${String(value)}": expected ${expected}.`);
  if (o.method !== undefined && !(CLV_METHODS as readonly string[]).includes(o.method)) {
    throw bad('method', o.method, CLV_METHODS.join(', '));
  }
  const gm = o.grossMargin;
  if (gm !== undefined && !(gm > 0 && gm <= 1)) throw bad('gross-margin', gm, 'a fraction in (0, 1], e.g. 0.8 for 80 %');
  const w = o.window;
  if (w !== undefined && !(Number.isInteger(w) && w >= 1)) throw bad('window', w, 'a whole number of months ≥ 1');
  const l = o.lifespanMonths;
  if (l !== undefined && !(l > 0 && Number.isFinite(l))) throw bad('lifespan-months', l, 'a number of months > 0');
}

/**
 * The fields that are set (the engine's options must be absent rather than
 * `undefined`). Own keys only, and never `__proto__`: JSON such as
 * `{"__proto__":{"arpa":120}}` has it as an own key, and assigning it would
 * hand the engine inherited inputs nobody wrote.
 */
function defined(fields: Record<string, unknown>): ClvInput {
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined && key !== '__proto__') input[key] = value;
  return input as unknown as ClvInput;
}

/** The method rows call for: `mrr` → subscription, `amount` → transactional. */
function inferMethod(rows: readonly unknown[]): ClvMethod {
  if (rows.length === 0) return 'subscription';
  const first = rows.find(isRecord);
  if (first && Object.hasOwn(first, 'mrr')) return 'subscription';
  if (first && Object.hasOwn(first, 'amount')) return 'transactional';
  throw new DataError(
    'validation',
    'Cannot tell the CLV method: expected MRR change rows (customerId, date, mrr) or order rows (customerId, date, amount); or set method.',
    [{ row: 0, field: '', message: 'expected a row with mrr or amount' }],
  );
}

/** The engine's input from whatever the route gave; the engine validates it. */
function engineInput(input: unknown, o: ClvOptions): ClvInput {
  let rows: readonly unknown[] | undefined;
  let object: Record<string, unknown> | undefined;
  if (Array.isArray(input)) {
    const only = input.length === 1 ? input[0] : undefined;
    if (isRecord(only) && EXPLICIT_KEYS.some((k) => Object.hasOwn(only, k)) && !Object.hasOwn(only, 'mrr') && !Object.hasOwn(only, 'amount')) object = only;
    else rows = input;
  } else if (isRecord(input)) {
    object = input;
  } else {
    throw new DataError('validation', 'Expected rows (MRR changes or orders) or an object of CLV inputs.', [
      { row: null, field: '', message: 'expected rows or an object' },
    ]);
  }
  // An object's own options win over the element's.
  const fields = object ?? {};
  const grossMargin = ownField(fields, 'grossMargin') ?? o.grossMargin;
  const window = ownField(fields, 'window') ?? o.window;
  const lifespanMonths = ownField(fields, 'lifespanMonths') ?? o.lifespanMonths;

  if (object) {
    const changes = ownField(object, 'changes');
    const orders = ownField(object, 'orders');
    if (Array.isArray(changes) || (o.method === 'subscription' && !Array.isArray(orders))) {
      return defined({ method: 'subscription', changes, grossMargin, window });
    }
    if (Array.isArray(orders) || o.method === 'transactional') {
      return defined({ method: 'transactional', orders, lifespanMonths });
    }
    const { window: _w, grossMargin: _g, lifespanMonths: _l, ...given } = object;
    return Object.hasOwn(object, 'arpa') || Object.hasOwn(object, 'churnRate')
      ? defined({ ...given, method: 'explicit', grossMargin })
      : defined({ ...given, method: 'explicit', lifespanMonths });
  }

  const list = rows ?? [];
  const method = o.method ?? inferMethod(list);
  if (method === 'explicit') {
    throw new DataError(
      'validation',
      `method="explicit" takes one object of inputs ({ arpa, churnRate } or { averageOrderValue, purchaseFrequency, lifespanMonths }), got ${list.length} rows.`,
      [{ row: null, field: '', message: 'expected one object of CLV inputs' }],
    );
  }
  return method === 'transactional'
    ? defined({ method, orders: list, lifespanMonths })
    : defined({ method, changes: list, grossMargin, window });
}

export const clvAdapter: MetricAdapter<ClvOptions, ClvResult> = {
  metric: 'clv',
  compute(input, options) {
    checkOptions(options);
    return clv(engineInput(input, options));
  },
  isEmpty(result) {
    const inputs = result.inputs;
    return 'averageOrderValue' in inputs ? inputs.averageOrderValue === null : inputs.arpa === null && inputs.churnRate === null;
  },
};
