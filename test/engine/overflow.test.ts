// Finite input whose result does not fit in a JavaScript number, measures
// named like Object.prototype's keys, and the exported helpers on input of
// the wrong type. The rule is written down in docs/engine-errors.md.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as engine from '../../src/engine/index.js';
import {
  arpa,
  arpu,
  arr,
  arrPerCsm,
  averageOrderValue,
  clv,
  grr,
  healthScore,
  mrr,
  mrrMovements,
  nrr,
  quickRatio,
  revenueChurn,
  type HealthModel,
} from '../../src/engine/index.js';
import { inputError } from './helpers.js';

const BIG = 1e308;
const twoBig = [
  { customerId: 'a', date: '2026-01-05', mrr: BIG },
  { customerId: 'b', date: '2026-01-06', mrr: BIG },
];
const orders = [
  { customerId: 'a', date: '2026-01-05', amount: BIG },
  { customerId: 'b', date: '2026-01-06', amount: BIG },
];

/** The one issue of an overflow: options-level (row null), naming the input field. */
function overflowIssue(fn: () => unknown, field: string): void {
  const e = inputError(fn);
  assert.equal(e.issues.length, 1);
  assert.equal(e.issues[0]!.row, null);
  assert.equal(e.issues[0]!.field, field);
  assert.match(e.issues[0]!.message, /too large/);
}

describe('results too large for a number', () => {
  for (const [name, fn] of [
    ['mrr', () => mrr(twoBig)],
    ['arr', () => arr(twoBig)],
    ['arpa', () => arpa(twoBig)],
    ['mrrMovements', () => mrrMovements(twoBig)],
    ['quickRatio', () => quickRatio(twoBig)],
    ['revenueChurn', () => revenueChurn([...twoBig, { customerId: 'a', date: '2026-02-05', mrr: 0 }])],
    ['nrr', () => nrr(twoBig, { from: '2026-01', to: '2026-01' })],
    ['grr', () => grr(twoBig, { from: '2026-01', to: '2026-01' })],
  ] as const) {
    it(`${name}: MRR values that add up beyond ±1.8e308 are an error on mrr, not Infinity or NaN`, () => {
      overflowIssue(fn, 'mrr');
    });
  }

  it('arr: one MRR of 1e308 is fine, 12 × it is not', () => {
    assert.deepEqual(mrr([twoBig[0]!]), [{ month: '2026-01', value: BIG }]);
    overflowIssue(() => arr([twoBig[0]!]), 'mrr');
  });

  it('nrr and grr: a tiny start MRR that makes the quotient overflow is an error, never NaN', () => {
    const changes = [
      { customerId: 'a', date: '2026-01-05', mrr: 5e-324 },
      { customerId: 'a', date: '2026-02-05', mrr: 1 },
    ];
    overflowIssue(() => nrr(changes, { from: '2026-01', to: '2026-02' }), 'mrr');
    // GRR caps each customer at its start value: 5e-324 ÷ 5e-324 = 1.
    assert.equal(grr(changes, { from: '2026-01', to: '2026-02' }), 1);
  });

  it('averageOrderValue and arpu: amounts that add up beyond ±1.8e308 are an error on amount', () => {
    overflowIssue(() => averageOrderValue(orders), 'amount');
    overflowIssue(() => arpu(orders), 'amount');
    overflowIssue(() => clv({ method: 'transactional', orders }), 'amount');
  });

  it('arrPerCsm: a tiny headcount that makes the quotient overflow is an error on csms', () => {
    overflowIssue(() => arrPerCsm({ arr: 1e6, csms: 5e-324 }), 'csms');
    assert.equal(arrPerCsm({ arr: 1e6, csms: 4 }), 250_000);
  });

  it('clv explicit: ARPA 1e308 at 1 % churn is an error on arpa', () => {
    overflowIssue(() => clv({ method: 'explicit', arpa: BIG, churnRate: 0.01 }), 'arpa');
    overflowIssue(
      () => clv({ method: 'explicit', averageOrderValue: BIG, purchaseFrequency: 10, lifespanMonths: 10 }),
      'averageOrderValue',
    );
  });
});

describe('healthScore with extreme numbers', () => {
  it('weights of 1e308 give the same score as weights of 1, not NaN and "healthy"', () => {
    const model = (w: number): HealthModel => ({
      measures: [
        { key: 'usage', weight: w, min: 0, max: 100 },
        { key: 'nps', weight: w, min: -100, max: 100 },
      ],
    });
    const input = [{ customerId: 'a', usage: 20, nps: -60 }];
    const [big] = healthScore(input, model(BIG));
    const [one] = healthScore(input, model(1));
    assert.equal(big!.score, one!.score);
    assert.equal(big!.score, 20);
    assert.equal(big!.band, 'critical');
  });

  it('tiny weights (5e-324) still weigh', () => {
    const [row] = healthScore([{ customerId: 'a', usage: 40 }], {
      measures: [{ key: 'usage', weight: 5e-324, min: 0, max: 100 }],
    });
    assert.equal(row!.score, 40);
  });

  it('a measure range of ±1.8e308 maps its values, not NaN', () => {
    const model: HealthModel = { measures: [{ key: 'v', weight: 1, min: -Number.MAX_VALUE, max: Number.MAX_VALUE }] };
    const rows = healthScore(
      [
        { customerId: 'lo', v: -Number.MAX_VALUE },
        { customerId: 'mid', v: 0 },
        { customerId: 'hi', v: Number.MAX_VALUE },
      ],
      model,
    );
    assert.deepEqual(
      rows.map((r) => r.score),
      [100, 0, 50],
    );
  });
});

describe('measures named like keys of Object.prototype', () => {
  for (const key of ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__']) {
    it(`a measure named ${key} is an ordinary measure`, () => {
      const model: HealthModel = { measures: [{ key, weight: 1, min: 0, max: 100 }] };
      // As a JSON body gives it: an own property, even for __proto__.
      const present = JSON.parse(`[{"customerId":"a","${key}":30}]`) as engine.HealthInput[];
      assert.equal(healthScore(present, model)[0]!.score, 30);
      // Absent: no score, no "got function".
      const [absent] = healthScore([{ customerId: 'a' }], model);
      assert.equal(absent!.score, null);
      assert.deepEqual(absent!.contributions, [{ key, value: null, score: null, weight: 1 }]);
      // Wrong type: an issue on that field quoting the value.
      const bad = JSON.parse(`[{"customerId":"a","${key}":"x"}]`) as engine.HealthInput[];
      const issue = inputError(() => healthScore(bad, model)).issues[0]!;
      assert.equal(issue.field, key);
      assert.match(issue.message, /got "x"/);
    });
  }
});

describe('exported helpers on the wrong input', () => {
  it('parseDate, parseMonth and monthKey throw MetricsInputError, never TypeError or NaN', () => {
    for (const v of [undefined, null, 7, {}, 'nope', '2026-02-30']) {
      inputError(() => engine.parseDate(v as string));
    }
    assert.equal(engine.parseDate('2026-03-14'), Date.UTC(2026, 2, 14));
    for (const v of [undefined, 7, '2026-13', '2026-1']) inputError(() => engine.parseMonth(v as string));
    assert.equal(engine.parseMonth('2026-03'), 2026 * 12 + 2);
    for (const v of [NaN, Infinity, 1.5, -1, '3', undefined]) inputError(() => engine.monthKey(v as number));
    assert.equal(engine.monthKey(2026 * 12 + 2), '2026-03');
  });

  it('idKey accepts only ids', () => {
    for (const v of [{}, undefined, null, NaN, '', [1]]) inputError(() => engine.idKey(v as string));
    assert.equal(engine.idKey(7), '7');
    assert.equal(engine.idKey('7'), '7');
  });

  it('ratio: null for a 0 divisor, an error where the quotient overflows or an argument is not a finite number', () => {
    assert.equal(engine.ratio(1, 0), null);
    assert.equal(engine.ratio(1, 4), 0.25);
    inputError(() => engine.ratio(1, 5e-324));
    inputError(() => engine.ratio(NaN, 1));
    inputError(() => engine.ratio(1, Infinity));
    inputError(() => engine.ratio('1' as unknown as number, 1));
  });
});

describe('results too large for a number: usage and cohorts', () => {
  it('engagement: durations that add up beyond ±1.8e308 are an error on durationSeconds', () => {
    const events = [
      { customerId: 'a', date: '2026-01-05T00:00:00Z', durationSeconds: BIG },
      { customerId: 'b', date: '2026-01-06T00:00:00Z', durationSeconds: BIG },
    ];
    overflowIssue(() => engine.engagement(events), 'durationSeconds');
  });

  it('cohortRetention (revenue): a cohort MRR past ±1.8e308, or a share of a tiny one, is an error on mrr', () => {
    overflowIssue(() => engine.cohortRetention(twoBig, { basis: 'revenue' }), 'mrr');
    const tiny = [
      { customerId: 'a', date: '2026-01-05', mrr: 5e-324 },
      { customerId: 'a', date: '2026-02-05', mrr: 1 },
    ];
    overflowIssue(() => engine.cohortRetention(tiny, { basis: 'revenue' }), 'mrr');
  });
});
