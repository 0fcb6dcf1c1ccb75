import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { int, month, object, opt, parseOptions } from '../../src/engine/check.js';
import {
  CustomerRecord,
  describeValue,
  formatIssue,
  healthInputRecord,
  idKey,
  MAX_ISSUES,
  MetricsInputError,
  MrrChangeRecord,
  OrderRecord,
  ratio,
  RenewalRecord,
  surveyRecord,
  SurveyResponseRecord,
  TicketRecord,
  TrialRecord,
  UsageEventRecord,
  validateRows,
  type FieldSpec,
  type RecordSpec,
} from '../../src/engine/schemas.js';
import {
  CustomerSchema,
  fieldSchema,
  healthInputSchema,
  HealthInputSchema,
  MrrChangeSchema,
  OrderSchema,
  recordSchema,
  RenewalSchema,
  SurveyResponseSchema,
  TicketSchema,
  TrialSchema,
  UsageEventSchema,
} from '../../src/schemas.js';
import { isRecord } from '../../src/engine/guards.js';
import { nps } from '../../src/engine/survey.js';
import { inputError } from './helpers.js';

/** Each record the engine checks, with the zod schema `cs-metrics/schemas` exports for it. */
const records = [
  [SurveyResponseRecord, SurveyResponseSchema],
  [surveyRecord(1, 5), recordSchema(surveyRecord(1, 5))],
  [MrrChangeRecord, MrrChangeSchema],
  [CustomerRecord, CustomerSchema],
  [OrderRecord, OrderSchema],
  [TicketRecord, TicketSchema],
  [TrialRecord, TrialSchema],
  [RenewalRecord, RenewalSchema],
  [UsageEventRecord, UsageEventSchema],
  [healthInputRecord([]), HealthInputSchema],
  [healthInputRecord(['usage', 'nps', 'openTickets']), healthInputSchema(['usage', 'nps', 'openTickets'])],
] as Array<[RecordSpec<unknown>, z.ZodMiniType]>;

function plainAccepts(record: RecordSpec<unknown>, row: unknown): boolean {
  try {
    validateRows('test', [row], record);
    return true;
  } catch (e) {
    if (e instanceof MetricsInputError) return false;
    throw e;
  }
}


/** A value that satisfies one field. */
function validValue(f: FieldSpec): fc.Arbitrary<unknown> {
  const present = ((): fc.Arbitrary<unknown> => {
    switch (f.kind) {
      case 'int':
        return fc.integer({ min: f.min ?? -1e6, max: f.max ?? 1e6 });
      case 'number':
        return fc.double({ min: f.min ?? -1e9, max: f.max ?? 1e9, noNaN: true, noDefaultInfinity: true });
      case 'date':
        return fc.constantFrom('2026-03-14', '2024-02-29', '2026-03-14T09:30:00Z', '2026-03-14T09:30:00.123+02:00', '1999-12-31T23:59');
      case 'id':
        return fc.oneof(fc.string({ minLength: 1 }), fc.integer());
      case 'text':
        return fc.string();
      case 'boolean':
        return fc.boolean();
    }
  })();
  return f.optional ? fc.oneof(present, fc.constant(null), fc.constant(undefined)) : present;
}

/** Values that are wrong, or nearly right, for some field. */
const nearMiss = fc.constantFrom<unknown>(
  undefined,
  null,
  '',
  'ten',
  '9',
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -1,
  -0,
  0,
  1,
  1.5,
  5,
  6,
  10,
  11,
  2 ** 53,
  true,
  false,
  [],
  {},
  [9],
  '2026-02-30',
  '2025-02-29',
  '2026-13-01',
  '2026-3-14',
  '2026-03-14T24:00:00Z',
  '2026-03-14T09:30:00+25:00',
  '2026-03-14 09:30',
  '2026-03',
  '2026-03-14',
  '2026-03-14T09:30:00Z',
);

function validRow(record: RecordSpec<unknown>): fc.Arbitrary<Record<string, unknown>> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const f of record.fields) shape[f.key] = validValue(f);
  return fc.record(shape) as fc.Arbitrary<Record<string, unknown>>;
}

function nearMissRow(record: RecordSpec<unknown>): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(validRow(record), fc.subarray(record.fields.map((f) => f.key), { minLength: 1 }), fc.array(nearMiss, { minLength: record.fields.length, maxLength: record.fields.length }))
    .map(([row, keys, values]) => {
      const out: Record<string, unknown> = { ...row };
      keys.forEach((k, i) => {
        out[k] = values[i];
      });
      return out;
    });
}

/** The engine's issues for one row, as `[field, message]`. */
function engineIssues(record: RecordSpec<unknown>, row: unknown): Array<[string, string]> {
  try {
    validateRows('test', [row], record);
    return [];
  } catch (e) {
    if (!(e instanceof MetricsInputError)) throw e;
    return e.issues.map((i) => [i.field, i.message]);
  }
}

/**
 * zod's issues for one row, as `[field, message]`, one a field (zod may
 * report a field twice: an integer beyond 2^53 fails both its safe-integer
 * and its range check). A record that takes bare numbers is a union; the
 * engine names the field instead of the whole row, so its rows are parsed
 * with the branch they take: a number with the field's schema, an object
 * with the object of the fields (the union blames the whole row as "not an
 * object or a number" when a field has the wrong type).
 */
function zodIssues(record: RecordSpec<unknown>, schema: z.ZodMiniType, row: unknown): Array<[string, string]> {
  const bare = record.fields.find((f) => f.key === record.bareNumber);
  let against = schema;
  if (bare && typeof row === 'number') against = fieldSchema({ ...bare, optional: false });
  else if (bare && isRecord(row)) against = z.object(Object.fromEntries(record.fields.map((f) => [f.key, fieldSchema(f)])));
  const result = z.safeParse(against, row);
  if (result.success) return [];
  const out = new Map<string, string>();
  for (const issue of result.error.issues) {
    // A bare number's issue is about the whole value: the engine names its field.
    const field = bare && typeof row === 'number' ? bare.key : issue.path.map(String).join('.');
    if (!out.has(field)) out.set(field, issue.message);
  }
  return [...out];
}

/** Rows of every shape: anything at all, valid rows, near misses, and (for a bare-number record) numbers. */
function rowsFor(record: RecordSpec<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSparseArray: true }),
    validRow(record),
    nearMissRow(record),
    nearMiss,
  );
}

describe('the engine checks rows as the zod schemas of cs-metrics/schemas do', () => {
  for (const [record, schema] of records) {
    const label = `${record.name} (${record.fields.map((f) => f.key).join(', ')})`;

    it(`${label}: on arbitrary values`, () => {
      fc.assert(
        fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSparseArray: true }), (v) => {
          assert.equal(plainAccepts(record, v), z.safeParse(schema, v).success);
        }),
        { numRuns: 300 },
      );
    });

    it(`${label}: on valid rows (both accept)`, () => {
      fc.assert(
        fc.property(validRow(record), (row) => {
          assert.equal(z.safeParse(schema, row).success, true);
          assert.equal(plainAccepts(record, row), true);
        }),
        { numRuns: 200 },
      );
    });

    it(`${label}: on near-miss rows`, () => {
      fc.assert(
        fc.property(nearMissRow(record), (row) => {
          assert.equal(plainAccepts(record, row), z.safeParse(schema, row).success);
        }),
        { numRuns: 400 },
      );
    });

    it(`${label}: the issues name the fields zod names, with zod's message`, () => {
      fc.assert(
        fc.property(rowsFor(record), (row) => {
          const ours = engineIssues(record, row);
          const theirs = zodIssues(record, schema, row);
          assert.deepEqual(
            ours.map(([field]) => field),
            theirs.map(([field]) => field),
          );
          ours.forEach(([, message], i) => {
            const expected = theirs[i]![1];
            assert.ok(message.startsWith(`${expected}, `), `${JSON.stringify(message)} should start with zod's ${JSON.stringify(expected)}`);
          });
        }),
        { numRuns: 500 },
      );
    });

    it(`${label}: a rejected row's issues name the row and a real field`, () => {
      const keys = new Set(['', ...record.fields.map((f) => f.key)]);
      fc.assert(
        fc.property(fc.nat({ max: 5 }), nearMissRow(record), (goodBefore, bad) => {
          fc.pre(!z.safeParse(schema, bad).success);
          const good = fc.sample(validRow(record), { numRuns: goodBefore, seed: 1 });
          const err = inputError(() => validateRows('test', [...good, bad], record));
          assert.ok(err.issues.length >= 1);
          for (const issue of err.issues) {
            assert.equal(issue.row, goodBefore);
            assert.ok(keys.has(issue.field), `unexpected field ${issue.field}`);
            assert.ok(issue.message.length > 0);
          }
          assert.match(err.message, new RegExp(`row ${goodBefore}`));
        }),
        { numRuns: 150 },
      );
    });
  }

  it('words a row that is neither an object nor a number as zod does', () => {
    assert.deepEqual(engineIssues(SurveyResponseRecord, 'nine'), [['', 'expected a SurveyResponse object or a number, got "nine"']]);
    assert.deepEqual(zodIssues(SurveyResponseRecord, SurveyResponseSchema, 'nine'), [['', 'expected a SurveyResponse object or a number']]);
    assert.deepEqual(engineIssues(OrderRecord, [1]), [['', 'expected a Order object, got [1]']]);
  });

  it('HealthInputSchema keeps the measures; the record schemas drop unknown keys', () => {
    const row = { customerId: 'a', usage: 80, note: 'x' };
    assert.deepEqual(z.parse(HealthInputSchema, row), row);
    assert.deepEqual(z.parse(OrderSchema, { customerId: 'a', date: '2026-01-01', amount: 5, note: 'x' }), {
      customerId: 'a',
      date: '2026-01-01',
      amount: 5,
    });
  });
});

describe('validateRows reports', () => {
  it('each bad field of a row, by name, with the value received', () => {
    const err = inputError(() =>
      validateRows('orders', [{ customerId: 'a', date: '2026-01-01', amount: 5 }, { customerId: '', date: '2026-02-30', amount: -3 }], OrderRecord),
    );
    assert.equal(err.total, 3);
    assert.deepEqual(
      err.issues.map((i) => [i.row, i.field]).sort(),
      [
        [1, 'amount'],
        [1, 'customerId'],
        [1, 'date'],
      ],
    );
    const amount = err.issues.find((i) => i.field === 'amount')!;
    assert.match(amount.message, /≥ 0/);
    assert.match(amount.message, /-3/);
    assert.match(err.issues.find((i) => i.field === 'date')!.message, /2026-02-30/);
  });

  it('a missing required field as missing', () => {
    const err = inputError(() => validateRows('x', [{ id: 1 }], CustomerRecord));
    assert.equal(err.issues[0]?.field, 'start');
    assert.match(err.issues[0]!.message, /missing/);
  });

  it('at most 20 issues with the full total, in row order', () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({ customerId: i, date: '2026-01-01', amount: i % 2 === 0 ? -1 : 1 }));
    const err = inputError(() => validateRows('orders', rows, OrderRecord));
    assert.equal(err.issues.length, MAX_ISSUES);
    assert.equal(err.total, 25);
    assert.deepEqual(
      err.issues.map((i) => i.row),
      Array.from({ length: 20 }, (_, i) => i * 2),
    );
    assert.match(err.message, /^orders: 25 problems/);
  });

  it('input that is not an array as one issue without a row', () => {
    for (const v of [undefined, null, 'rows', { length: 1, 0: {} }]) {
      const err = inputError(() => validateRows('x', v, OrderRecord));
      assert.deepEqual([err.issues[0]?.row, err.issues[0]?.field, err.total], [null, '', 1]);
    }
  });

  it('runs the cross-field check only on well-formed rows', () => {
    const seen: number[] = [];
    inputError(() =>
      validateRows(
        'x',
        [
          { id: 1, start: '2026-01-01' },
          { id: 2, start: 'nope' },
          { id: 3, start: '2026-02-01', end: '2026-01-01' },
        ],
        CustomerRecord,
        (row, i, list) => {
          seen.push(i);
          if (row.end != null && row.end < row.start) list.add({ row: i, field: 'end', message: 'before start' });
        },
      ),
    );
    assert.deepEqual(seen, [0, 2]);
  });

  it('treats extra fields as harmless', () => {
    assert.doesNotThrow(() => validateRows('x', [{ customerId: 1, date: '2026-01-01', amount: 0, note: 'x' }], OrderRecord));
  });

  it('a health measure that is not a number, and ignores measure names customerId/date', () => {
    const record = healthInputRecord(['usage', 'customerId', 'date']);
    assert.deepEqual(
      record.fields.map((f) => f.key),
      ['customerId', 'date', 'usage'],
    );
    const err = inputError(() => validateRows('h', [{ customerId: 'a', usage: '80' }], record));
    assert.deepEqual([err.issues[0]?.row, err.issues[0]?.field], [0, 'usage']);
    assert.doesNotThrow(() => validateRows('h', [{ customerId: 'a', usage: null }, { customerId: 'b' }], record));
  });
});

describe('parseOptions and helpers', () => {
  it('parseOptions names the option and applies defaults', () => {
    const options = object({ from: opt(month), window: opt(int('expected an integer'), 6) });
    assert.deepEqual(parseOptions('x', options, undefined), { window: 6 });
    const err = inputError(() => parseOptions('x', options, { from: '2026-13', window: 2.5 }));
    assert.deepEqual(
      err.issues.map((i) => [i.row, i.field]),
      [
        [null, 'from'],
        [null, 'window'],
      ],
    );
    assert.match(err.issues[0]!.message, /YYYY-MM.*2026-13/);
  });

  it('ratio is null on a zero denominator, never NaN or Infinity', () => {
    assert.equal(ratio(1, 0), null);
    assert.equal(ratio(0, 0), null);
    assert.equal(ratio(20, 500), 0.04);
    assert.equal(ratio(64, 1000), 0.064);
  });

  it('idKey groups 1 and "1" together', () => {
    assert.equal(idKey(1), idKey('1'));
    assert.notEqual(idKey('01'), idKey(1));
  });

  it('formatIssue and describeValue give short, safe text', () => {
    assert.equal(formatIssue({ row: 3, field: 'score', message: 'bad' }), 'row 3, score: bad');
    assert.equal(formatIssue({ row: null, field: '', message: 'bad' }), 'bad');
    assert.equal(describeValue(undefined), 'nothing');
    assert.equal(describeValue(Number.NaN), 'NaN');
    assert.ok(describeValue('x'.repeat(500)).length <= 40);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    assert.equal(typeof describeValue(cyclic), 'string');
    assert.equal(describeValue(10n), 'bigint');
  });

  it('MetricsInputError keeps at most 20 issues and the total', () => {
    const issues = Array.from({ length: 30 }, (_, i) => ({ row: i, field: 'f', message: 'm' }));
    const err = new MetricsInputError('src', issues, 30);
    assert.equal(err.issues.length, 20);
    assert.equal(err.total, 30);
    assert.equal(err.name, 'MetricsInputError');
    assert.ok(err instanceof Error);
    assert.match(err.message, /^src: 30 problems in the input\. row 0, f: m; row 1, f: m; row 2, f: m; and 27 more$/);
  });
});

describe("nps's one-pass check keeps the SurveyResponse rules", () => {
  // nps checks and counts in one loop (src/engine/survey.ts) and falls back to
  // validateRows only for the issues: both must accept exactly the same rows.
  const accepts = (row: unknown): boolean => {
    try {
      nps([row] as never);
      return true;
    } catch (e) {
      if (e instanceof MetricsInputError) return false;
      throw e;
    }
  };
  it('on arbitrary values, valid rows, near misses and numbers', () => {
    fc.assert(
      fc.property(fc.oneof(rowsFor(SurveyResponseRecord as RecordSpec<unknown>), fc.double(), fc.integer({ min: -2, max: 12 })), (row) => {
        assert.equal(accepts(row), plainAccepts(SurveyResponseRecord as RecordSpec<unknown>, row));
      }),
      { numRuns: 1500 },
    );
  });
  it('throws the general validation issues for a bad row among good ones', () => {
    const err = inputError(() => nps([9, { score: 10, date: '2026-02-30' }, 7, { score: 7.5 }]));
    assert.deepEqual(
      err.issues.map((i) => [i.row, i.field]),
      [
        [1, 'date'],
        [3, 'score'],
      ],
    );
  });
});
