import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { healthScore, type HealthInput, type HealthModel } from '../../src/engine/index.js';
import { inputError } from './helpers.js';


const model: HealthModel = {
  measures: [
    { key: 'usage', weight: 2, min: 0, max: 100 },
    { key: 'nps', weight: 1, min: -100, max: 100 },
    { key: 'openTickets', weight: 1, min: 0, max: 10, higherIsBetter: false },
  ],
};

/** One measure, weight 1, 0..100: the score equals the value (clamped). */
const single: HealthModel = { measures: [{ key: 'v', weight: 1, min: 0, max: 100 }] };
const scoreOf = (v: number, m: HealthModel = single) => healthScore([{ customerId: 'x', v }], m)[0]!;

describe('healthScore', () => {
  it('maps each measure linearly to 0–100 and weights them', () => {
    const [row] = healthScore([{ customerId: 'acme', usage: 80, nps: 20, openTickets: 3 }], model);
    // usage 80 → 80 (×2), nps 20 → 60, openTickets 3 → 70 (inverted): (160 + 60 + 70) ÷ 4
    assert.equal(row!.score, 72.5);
    assert.equal(row!.band, 'at-risk');
    assert.deepEqual(row!.contributions, [
      { key: 'usage', value: 80, score: 80, weight: 2 },
      { key: 'nps', value: 20, score: 60, weight: 1 },
      { key: 'openTickets', value: 3, score: 70, weight: 1 },
    ]);
    assert.equal(row!.customerId, 'acme');
    assert.equal(row!.previous, null);
    assert.equal(row!.trend, null);
  });

  it('clamps values outside [min, max]', () => {
    assert.equal(scoreOf(150).score, 100);
    assert.equal(scoreOf(-20).score, 0);
    const [row] = healthScore([{ customerId: 'x', openTickets: 25 }], model);
    assert.equal(row!.contributions[2]!.score, 0);
    assert.equal(row!.contributions[2]!.value, 25);
  });

  it('inverts when higherIsBetter is false', () => {
    const inverted: HealthModel = { measures: [{ key: 'v', weight: 1, min: 0, max: 100, higherIsBetter: false }] };
    assert.equal(scoreOf(0, inverted).score, 100);
    assert.equal(scoreOf(25, inverted).score, 75);
    assert.equal(scoreOf(100, inverted).score, 0);
  });

  it('averages over the measures present only', () => {
    const [row] = healthScore([{ customerId: 'x', usage: 50, nps: null }], model);
    assert.equal(row!.score, 50);
    assert.deepEqual(row!.contributions[1], { key: 'nps', value: null, score: null, weight: 1 });
    assert.deepEqual(row!.contributions[2], { key: 'openTickets', value: null, score: null, weight: 1 });
  });

  it('gives null score and band when no measure is present', () => {
    const [row] = healthScore([{ customerId: 'x', somethingElse: 5 }], model);
    assert.equal(row!.score, null);
    assert.equal(row!.band, null);
    assert.equal(row!.contributions.length, 3);
  });

  it('bands at the exact boundaries: ≤ critical, ≤ atRisk, else healthy', () => {
    assert.equal(scoreOf(50).band, 'critical');
    assert.equal(scoreOf(50.001).band, 'at-risk');
    assert.equal(scoreOf(75).band, 'at-risk');
    assert.equal(scoreOf(75.001).band, 'healthy');
    assert.equal(scoreOf(0).band, 'critical');
    assert.equal(scoreOf(100).band, 'healthy');
    const custom: HealthModel = { ...single, bands: { critical: 30, atRisk: 60 } };
    assert.equal(scoreOf(30, custom).band, 'critical');
    assert.equal(scoreOf(60, custom).band, 'at-risk');
    assert.equal(scoreOf(61, custom).band, 'healthy');
    const noAtRisk: HealthModel = { ...single, bands: { critical: 40, atRisk: 40 } };
    assert.equal(scoreOf(40, noAtRisk).band, 'critical');
    assert.equal(scoreOf(41, noAtRisk).band, 'healthy');
  });

  it('scores the latest input by date and the one before as previous, whatever the order', () => {
    const inputs: HealthInput[] = [
      { customerId: 'x', date: '2026-03-01', v: 70 },
      { customerId: 'x', date: '2026-01-01', v: 10 },
      { customerId: 'x', date: '2026-02-01T12:00:00Z', v: 60 },
    ];
    const [row] = healthScore(inputs, single);
    assert.equal(row!.score, 70);
    assert.equal(row!.previous, 60);
    assert.equal(row!.trend, 'up');
    assert.deepEqual(healthScore([...inputs].reverse(), single), healthScore(inputs, single));
  });

  it('trend: up at +1, down at −1, flat in between, null without previous', () => {
    const trend = (prev: number, now: number) =>
      healthScore(
        [
          { customerId: 'x', date: '2026-01-01', v: prev },
          { customerId: 'x', date: '2026-02-01', v: now },
        ],
        single,
      )[0]!.trend;
    assert.equal(trend(50, 51), 'up');
    assert.equal(trend(50, 50.99), 'flat');
    assert.equal(trend(50, 50), 'flat');
    assert.equal(trend(50, 49.01), 'flat');
    assert.equal(trend(50, 49), 'down');
    assert.equal(trend(10, 90), 'up');
    assert.equal(scoreOf(50).trend, null);
    // A previous input with no measure gives no previous score, so no trend.
    const [row] = healthScore(
      [
        { customerId: 'x', date: '2026-01-01' },
        { customerId: 'x', date: '2026-02-01', v: 40 },
      ],
      single,
    );
    assert.deepEqual([row!.previous, row!.trend], [null, null]);
  });

  it('returns one row a customer, sorted by id as text, with 1 and "1" one customer', () => {
    const rows = healthScore(
      [
        { customerId: 'b', v: 10 },
        { customerId: 2, date: '2026-01-01', v: 20 },
        { customerId: 'a', v: 30 },
        { customerId: '2', date: '2026-02-01', v: 40 },
        { customerId: 10, v: 50 },
      ],
      single,
    );
    assert.deepEqual(
      rows.map((r) => [r.customerId, r.score, r.previous]),
      [
        [10, 50, null],
        ['2', 40, 20],
        ['a', 30, null],
        ['b', 10, null],
      ],
    );
  });

  it('returns no rows for no inputs', () => {
    assert.deepEqual(healthScore([], model), []);
  });

  it('requires a date on every input of a customer with several, and distinct dates', () => {
    const err = inputError(() =>
      healthScore(
        [
          { customerId: 'x', date: '2026-01-01', v: 1 },
          { customerId: 'x', v: 2 },
          { customerId: 'y', v: 3 },
          { customerId: 'z', date: '2026-01-01', v: 1 },
          { customerId: 'z', date: '2026-01-01T00:00:00Z', v: 2 },
        ],
        single,
      ),
    );
    assert.deepEqual(
      err.issues.map((i) => [i.row, i.field]),
      [
        [1, 'date'],
        [4, 'date'],
      ],
    );
    assert.equal(err.issues[0]!.message, 'several inputs for this customer need a date to order them');
    assert.match(err.issues[1]!.message, /same/);
  });

  it('rejects a measure that is not a number, naming row and field; ignores extra fields', () => {
    const err = inputError(() =>
      healthScore(
        [
          { customerId: 'x', usage: 50, note: 'fine' },
          { customerId: 'y', usage: '50' },
        ],
        model,
      ),
    );
    assert.deepEqual(
      err.issues.map((i) => [i.row, i.field]),
      [[1, 'usage']],
    );
  });

  it('validates the model', () => {
    const cases: Array<[unknown, string]> = [
      [{ measures: [] }, 'measures'],
      [{}, 'measures'],
      [{ measures: [{ key: 'v', weight: 1, min: 10, max: 10 }] }, 'measures.0.max'],
      [{ measures: [{ key: 'v', weight: 1, min: 10, max: 0 }] }, 'measures.0.max'],
      [{ measures: [{ key: 'v', weight: -1, min: 0, max: 1 }, { key: 'w', weight: 2, min: 0, max: 1 }] }, 'measures.0.weight'],
      [{ measures: [{ key: 'v', weight: 0, min: 0, max: 1 }] }, 'measures'],
      [
        {
          measures: [
            { key: 'v', weight: 1, min: 0, max: 1 },
            { key: 'v', weight: 1, min: 0, max: 2 },
          ],
        },
        'measures.1.key',
      ],
      [{ measures: [{ key: '', weight: 1, min: 0, max: 1 }] }, 'measures.0.key'],
      [{ measures: [{ key: 'date', weight: 1, min: 0, max: 1 }] }, 'measures.0.key'],
      [{ ...single, bands: { critical: 80, atRisk: 70 } }, 'bands.atRisk'],
      [{ ...single, bands: { critical: -1, atRisk: 70 } }, 'bands.critical'],
      [{ ...single, bands: { critical: 50, atRisk: 101 } }, 'bands.atRisk'],
      [{ measures: [{ key: 'v', weight: 1, min: 0, max: 1, higherIsBetter: 'no' }] }, 'measures.0.higherIsBetter'],
    ];
    for (const [bad, field] of cases) {
      const err = inputError(() => healthScore([], bad as HealthModel));
      assert.ok(
        err.issues.some((i) => i.row === null && i.field === field),
        `${JSON.stringify(bad)}: got ${JSON.stringify(err.issues)}`,
      );
    }
  });

  it('property: scores stay in 0–100, bands agree with scores, and input order never matters', () => {
    const measure = fc.record({
      weight: fc.integer({ min: 0, max: 5 }),
      min: fc.integer({ min: -100, max: 100 }),
      span: fc.integer({ min: 1, max: 200 }),
      higherIsBetter: fc.boolean(),
    });
    const arbModel = fc
      .array(measure, { minLength: 1, maxLength: 4 })
      .filter((ms) => ms.some((m) => m.weight > 0))
      .map(
        (ms): HealthModel => ({
          measures: ms.map((m, i) => ({ key: `m${i}`, weight: m.weight, min: m.min, max: m.min + m.span, higherIsBetter: m.higherIsBetter })),
        }),
      );
    const input = fc.record(
      {
        customerId: fc.constantFrom('a', 'b', 'c', 1, 2),
        m0: fc.option(fc.double({ min: -500, max: 500, noNaN: true }), { nil: undefined }),
        m1: fc.option(fc.double({ min: -500, max: 500, noNaN: true }), { nil: undefined }),
        m2: fc.option(fc.integer({ min: -500, max: 500 }), { nil: null }),
        m3: fc.option(fc.integer({ min: -500, max: 500 }), { nil: undefined }),
      },
      { requiredKeys: ['customerId'] },
    );
    // Distinct dates: each input gets its own day.
    const inputs = fc.array(input, { maxLength: 30 }).map((rows) =>
      rows.map((r, i): HealthInput => ({ ...r, date: new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10) })),
    );
    fc.assert(
      fc.property(arbModel, inputs, (m, rows) => {
        const out = healthScore(rows, m);
        for (const r of out) {
          if (r.score === null) {
            assert.equal(r.band, null);
            continue;
          }
          assert.ok(r.score >= 0 && r.score <= 100);
          assert.equal(r.band, r.score <= 50 ? 'critical' : r.score <= 75 ? 'at-risk' : 'healthy');
          for (const c of r.contributions) if (c.score !== null) assert.ok(c.score >= 0 && c.score <= 100);
        }
        assert.deepEqual(healthScore([...rows].reverse(), m), out);
      }),
    );
  });
});
