import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { array, int, num, object, opt, parseOptions, refine } from '../../src/engine/check.js';
import { healthScore, type HealthModel } from '../../src/engine/index.js';
import { issuesOf } from './helpers.js';

const fields = (issues: ReturnType<typeof issuesOf>) => issues.map((i) => [i.field, i.message]);

describe('option checks (check.ts)', () => {
  const range = refine(
    object({ lo: num('expected lo as a number'), hi: num('expected hi as a number ≥ 0', (n) => n >= 0) }),
    (r, add) => {
      if (r.lo > r.hi) add(`expected hi ≥ lo (${r.lo})`, 'hi');
    },
  );

  it('names nested fields by path and applies defaults', () => {
    const check = object({ items: array('expected a list', object({ n: int('expected an integer') })), size: opt(int('expected an integer'), 6) });
    assert.deepEqual(parseOptions('x', check, { items: [{ n: 1 }] }), { items: [{ n: 1 }], size: 6 });
    assert.deepEqual(fields(issuesOf(() => parseOptions('x', check, { items: [{ n: 1 }, { n: 1.5 }, 3] }))), [
      ['items.1.n', 'expected an integer, got 1.5'],
      ['items.2', 'expected an object, got 3'],
    ]);
  });

  it('a value out of range lets the rules across values run; a wrong type stops them', () => {
    assert.deepEqual(fields(issuesOf(() => parseOptions('x', range, { lo: 5, hi: -1 }))), [
      ['hi', 'expected hi as a number ≥ 0, got -1'],
      ['hi', 'expected hi ≥ lo (5), got -1'],
    ]);
    assert.deepEqual(fields(issuesOf(() => parseOptions('x', range, { lo: 5, hi: 'x' }))), [['hi', 'expected hi as a number ≥ 0, got "x"']]);
    assert.deepEqual(fields(issuesOf(() => parseOptions('x', range, { hi: 1 }))), [['lo', 'expected lo as a number, but the field is missing']]);
  });

  it('healthScore reports a model as it did with zod: every issue, in order', () => {
    const cases: Array<[unknown, string[][]]> = [
      [
        { measures: [{ key: 'v', weight: -1, min: 0, max: 1 }] },
        [
          ['measures.0.weight', 'expected weight as a number ≥ 0, got -1'],
          ['measures', 'expected the weights to sum to more than 0, got [{"key":"v","weight":-1,"min":0,"max"…'],
        ],
      ],
      [{ measures: [{ key: 'v', weight: 'x', min: 5, max: 1 }] }, [['measures.0.weight', 'expected weight as a finite number, got "x"']]],
      [
        { measures: [] },
        [
          ['measures', 'expected at least one measure, got []'],
          ['measures', 'expected the weights to sum to more than 0, got []'],
        ],
      ],
      [
        { measures: [{ key: 'v', weight: 1, min: 0, max: 1 }], bands: { critical: 120, atRisk: 70 } },
        [
          ['bands.critical', 'expected critical as a number from 0 to 100, got 120'],
          ['bands.atRisk', 'expected atRisk ≥ critical (120), got 70'],
        ],
      ],
      ['model', [['', 'expected a model { measures, bands? }, got "model"']]],
    ];
    for (const [model, expected] of cases) {
      assert.deepEqual(fields(issuesOf(() => healthScore([], model as HealthModel))), expected, JSON.stringify(model));
    }
  });
});
