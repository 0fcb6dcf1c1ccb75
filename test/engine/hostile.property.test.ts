// Hostile input over every public engine function: whatever the input (wrong
// types, missing fields, NaN, ±Infinity, 1e308, 5e-324, impossible dates,
// keys such as __proto__ and constructor, odd options), a function either
// returns a result in which every number is finite, or throws a
// MetricsInputError with well-formed issues. Nothing else is thrown.
//
// The functions are read from the engine's index, so a new export is fuzzed
// or this file fails until it is given arguments below.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as engine from '../../src/engine/index.js';
import { MetricsInputError } from '../../src/engine/index.js';

const RUNS = 150;

// ---------------------------------------------------------------------------
// Values.

const extremeNumber = fc.constantFrom(
  0, -0, 1, -1, 0.5, 2, 7, 9, 10, 11, 100, 1e6, 2 ** 53, 1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE,
  5e-324, -5e-324, NaN, Infinity, -Infinity,
);
const number = fc.oneof({ weight: 3, arbitrary: extremeNumber }, { weight: 1, arbitrary: fc.double() });
/** Numbers the records accept (finite, ≥ 0), from tiny to the largest. */
const finiteNonNegative = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(1e308, Number.MAX_VALUE, 5e-324) },
  fc.constantFrom(0, 1, 0.5, 7, 100, 1e6, 2 ** 53),
  fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
);
const protoKey = fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty');
const isoDate = fc.constantFrom(
  '2026-01-01', '2026-01-31', '2026-02-28', '2024-02-29', '2026-03-14T09:30:00Z', '2026-03-14T23:59:59.999Z',
  '2026-03-31T23:30:00-05:00', '2026-04-01T00:30+14:00', '0000-01-01', '9999-12-31', '9999-12-31T23:59:59Z',
  '1970-01-01', '2026-05-15 08:00',
);
const badDate = fc.constantFrom('2026-02-30', '2026-13-01', '26-01-01', '2026-01-01T25:00Z', '', 'yesterday', '2026-01');
const month = fc.constantFrom('2026-01', '2026-02', '2026-06', '2025-12', '0000-01', '9999-12', '2026-13', '', 'x');
const id = fc.oneof(fc.constantFrom<string | number>('a', 'b', 'c', 1, 2, '1', '__proto__', 'constructor'), protoKey);
const text = fc.oneof(protoKey, fc.constantFrom('', 'a', 'Enterprise', '<b>x</b>'), fc.string({ maxLength: 8 }));
const anything = fc.anything({
  maxDepth: 2,
  maxKeys: 4,
  withNullPrototype: true,
  withBoxedValues: true,
  withSparseArray: true,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  key: fc.oneof(fc.string({ maxLength: 6 }), protoKey),
});
const value = fc.oneof(
  { weight: 3, arbitrary: number },
  { weight: 2, arbitrary: text },
  { weight: 2, arbitrary: isoDate },
  { weight: 1, arbitrary: badDate },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false) },
  { weight: 1, arbitrary: anything },
);

// ---------------------------------------------------------------------------
// Rows. A "valid-shaped" row carries every field of every record with a value
// of the right type (extra fields are ignored), so it passes each record's
// check and reaches the arithmetic with extreme numbers; a hostile row is
// anything at all.

const score = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 10 }));
const validShapedRow = fc.record(
  {
    customerId: id,
    id,
    date: isoDate,
    mrr: finiteNonNegative,
    amount: finiteNonNegative,
    score,
    segment: text,
    comment: text,
    start: isoDate,
    end: fc.option(isoDate, { nil: undefined }),
    createdAt: isoDate,
    firstResponseAt: fc.option(isoDate, { nil: undefined }),
    resolvedAt: fc.option(isoDate, { nil: undefined }),
    contacts: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    trialStart: isoDate,
    convertedAt: fc.option(isoDate, { nil: undefined }),
    dueDate: isoDate,
    renewed: fc.boolean(),
    userId: fc.option(id, { nil: undefined }),
    feature: fc.option(fc.oneof(protoKey, fc.constantFrom('export', 'login')), { nil: undefined }),
    durationSeconds: fc.option(finiteNonNegative, { nil: undefined }),
    usage: fc.option(number, { nil: undefined }),
    nps: fc.option(number, { nil: undefined }),
  },
  { requiredKeys: ['customerId', 'id', 'date', 'mrr', 'amount', 'score', 'start', 'createdAt', 'trialStart', 'dueDate', 'renewed'] },
);
/** Valid-shaped rows that also have own fields named like Object.prototype's keys. */
const protoRow = fc.tuple(validShapedRow, protoKey, number).map(([row, key, v]) => {
  const out = { ...row } as Record<string, unknown>;
  Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
});
const hostileRow = fc.dictionary(
  fc.oneof(fc.constantFrom('customerId', 'id', 'date', 'mrr', 'amount', 'score', 'start', 'end', 'createdAt', 'renewed', 'usage'), protoKey),
  value,
  { maxKeys: 6 },
);
const row = fc.oneof(
  { weight: 6, arbitrary: validShapedRow },
  { weight: 1, arbitrary: protoRow },
  { weight: 2, arbitrary: hostileRow },
  { weight: 1, arbitrary: value },
);
const rows = fc.oneof(
  { weight: 8, arbitrary: fc.array(row, { maxLength: 8 }) },
  { weight: 1, arbitrary: value },
);

const range = fc.oneof(
  fc.constant(undefined),
  fc.record({ from: month, to: month }, { requiredKeys: [] }),
  fc.record({ from: month, to: month, includeNewChurn: fc.oneof(fc.boolean(), value) }, { requiredKeys: [] }),
  value,
);
const period = fc.oneof(fc.record({ from: month, to: month }), value);

const measure = fc.record(
  {
    key: fc.oneof(fc.constantFrom('usage', 'nps', 'customerId', ''), protoKey, fc.string({ maxLength: 4 })),
    weight: fc.oneof(finiteNonNegative, number),
    min: fc.oneof(fc.constantFrom(0, -100, -Number.MAX_VALUE, -1e308), number),
    max: fc.oneof(fc.constantFrom(10, 100, Number.MAX_VALUE, 1e308), number),
    higherIsBetter: fc.oneof(fc.boolean(), value),
  },
  { requiredKeys: ['key', 'weight', 'min', 'max'] },
);
const model = fc.oneof(
  { weight: 5, arbitrary: fc.record({ measures: fc.array(measure, { minLength: 1, maxLength: 3 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      measures: fc.array(measure, { maxLength: 3 }),
      bands: fc.oneof(fc.record({ critical: number, atRisk: number }), value),
    }),
  },
  { weight: 1, arbitrary: value },
);

const clvInput = fc.oneof(
  fc.record({ method: fc.constant('subscription'), changes: rows, grossMargin: fc.option(number, { nil: undefined }), window: fc.option(number, { nil: undefined }) }),
  fc.record({ method: fc.constant('transactional'), orders: rows, lifespanMonths: fc.option(number, { nil: undefined }) }),
  fc.record({ method: fc.constant('explicit'), arpa: fc.oneof(finiteNonNegative, number), churnRate: fc.oneof(number, fc.constantFrom(null, 0.01, 5e-324, 1)), grossMargin: fc.option(number, { nil: undefined }) }),
  fc.record({ method: fc.constant('explicit'), averageOrderValue: fc.oneof(finiteNonNegative, number), purchaseFrequency: fc.oneof(finiteNonNegative, number), lifespanMonths: fc.oneof(finiteNonNegative, number) }),
  fc.record({ method: value }),
  value,
);
const surveyOptions = fc.oneof(
  fc.constant(undefined),
  fc.record({ scale: fc.oneof(fc.integer({ min: 2, max: 11 }), value), positiveFrom: fc.oneof(fc.integer({ min: 0, max: 8 }), value), easyFrom: fc.oneof(fc.integer({ min: 0, max: 8 }), value) }, { requiredKeys: [] }),
  value,
);
const count = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constantFrom(2 ** 53 - 1, 2 ** 53, -1, 0.5), number, value);
const usageOptions = fc.oneof(
  fc.constant(undefined),
  fc.record({ from: month, to: month, feature: fc.oneof(protoKey, fc.constantFrom('export', 'login'), value), milestone: fc.oneof(fc.constantFrom('export'), protoKey, value), basis: fc.oneof(fc.constantFrom('customers', 'revenue'), value) }, { requiredKeys: [] }),
  value,
);

// ---------------------------------------------------------------------------
// The arguments each public function is called with.

const rowsAndRange = fc.tuple(rows, range);
const ARGS: Record<string, fc.Arbitrary<unknown[]>> = {
  nps: fc.tuple(rows),
  npsFromCounts: fc.tuple(count, count, count),
  csat: fc.tuple(rows, surveyOptions),
  ces: fc.tuple(rows, surveyOptions),
  mrrMovements: rowsAndRange,
  customerChurn: rowsAndRange,
  retention: rowsAndRange,
  revenueChurn: rowsAndRange,
  mrr: rowsAndRange,
  arr: rowsAndRange,
  arpa: rowsAndRange,
  quickRatio: rowsAndRange,
  nrr: fc.tuple(rows, period),
  grr: fc.tuple(rows, period),
  clv: fc.tuple(clvInput),
  averageOrderValue: fc.tuple(rows),
  purchaseFrequency: fc.tuple(rows),
  arpu: rowsAndRange,
  healthScore: fc.tuple(rows, model),
  firstContactResolution: fc.tuple(rows),
  responseTimes: fc.tuple(rows),
  trialConversion: fc.tuple(rows),
  renewalRate: fc.tuple(rows),
  retentionCost: fc.tuple(fc.oneof(fc.record({ cost: fc.oneof(finiteNonNegative, number), customers: count }), value)),
  arrPerCsm: fc.tuple(fc.oneof(fc.record({ arr: fc.oneof(finiteNonNegative, number), csms: fc.oneof(finiteNonNegative, number) }), value)),
  // The exported helpers.
  parseDate: fc.tuple(fc.oneof(isoDate, badDate, value)),
  parseMonth: fc.tuple(fc.oneof(month, value)),
  monthKey: fc.tuple(fc.oneof(fc.integer({ min: -20, max: 130_000 }), number, value)),
  isIsoDate: fc.tuple(fc.oneof(isoDate, badDate, value)),
  isMonth: fc.tuple(fc.oneof(month, value)),
  ratio: fc.tuple(fc.oneof(number, value), fc.oneof(number, value)),
  idKey: fc.tuple(fc.oneof(id, value)),
  // The usage, cohort and breakdown functions (merged from their branch when
  // present; until then they are not exported and these entries wait).
  npsByMonth: fc.tuple(rows, range),
  npsBySegment: fc.tuple(rows),
  cohortRetention: fc.tuple(rows, usageOptions),
  stickiness: fc.tuple(rows, range),
  productAdoption: fc.tuple(rows, usageOptions),
  engagement: fc.tuple(rows, range),
  timeToValue: fc.tuple(rows, rows, usageOptions),
};

/**
 * Exported today but internal machinery (record descriptions, the issue
 * collector, message helpers): the engine's index is being narrowed to its
 * public API, which drops these. Not fuzzed; remove a name from here when it
 * leaves the index, and give any that stays an entry in ARGS.
 */
const INTERNAL = new Set([
  'MetricsInputError',
  'IssueList',
  'formatIssue',
  'describeValue',
  'expectation',
  'defineRecord',
  'surveyRecord',
  'healthInputRecord',
  'issueMessage',
  'validateRows',
  'optionError',
  // Helpers for the elements, added by the core redesign; not fuzzed yet (the harden suite owns that).
  'formatIssues',
  'isMetricsInputError',
  'healthBand',
  'healthTrend',
  'checkHealthModel',
  'monthlyRates',
]);

// ---------------------------------------------------------------------------

/** The path of the first number in `v` that is not finite, or undefined. */
function nonFinite(v: unknown, path = 'result', seen = new Set<unknown>()): string | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? undefined : `${path} = ${v}`;
  if (v === null || typeof v !== 'object' || seen.has(v)) return undefined;
  seen.add(v);
  for (const [k, x] of Object.entries(v)) {
    const found = nonFinite(x, `${path}.${k}`, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

function checkCall(name: string, fn: (...a: unknown[]) => unknown, args: unknown[]): void {
  let result: unknown;
  try {
    result = fn(...args);
  } catch (e) {
    if (!(e instanceof MetricsInputError)) {
      assert.fail(`${name} threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
    }
    assert.ok(e.issues.length >= 1 && e.issues.length <= 20 && e.total >= e.issues.length, `${name}: issue counts`);
    for (const issue of e.issues) {
      assert.ok(issue.row === null || (Number.isSafeInteger(issue.row) && issue.row >= 0), `${name}: issue row ${issue.row}`);
      assert.equal(typeof issue.field, 'string');
      assert.ok(typeof issue.message === 'string' && issue.message.length > 0, `${name}: issue message`);
    }
    return;
  }
  const bad = nonFinite(result);
  assert.equal(bad, undefined, `${name} returned a number that is not finite: ${bad}`);
}

const exported = Object.entries(engine).filter(([, v]) => typeof v === 'function') as Array<[string, (...a: unknown[]) => unknown]>;

describe('hostile input over the public engine', () => {
  it('every exported function is fuzzed here (or listed as internal)', () => {
    const missing = exported.map(([name]) => name).filter((name) => !(name in ARGS) && !INTERNAL.has(name));
    assert.deepEqual(missing, []);
  });

  for (const [name, fn] of exported) {
    const args = ARGS[name];
    if (!args) continue;
    it(`${name}: only MetricsInputError is thrown, and no result holds NaN or Infinity`, () => {
      fc.assert(
        fc.property(args, (a) => checkCall(name, fn, a)),
        { numRuns: RUNS },
      );
    });
  }

  it('the usage functions not exported yet are listed', () => {
    const waiting = ['npsByMonth', 'npsBySegment', 'cohortRetention', 'stickiness', 'productAdoption', 'engagement', 'timeToValue'].filter(
      (name) => !(name in engine),
    );
    // Informational: once the usage functions land in the index, this list is empty and all of them are fuzzed above.
    if (waiting.length > 0) console.log(`not exported yet, not fuzzed: ${waiting.join(', ')}`);
  });
});
