import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ces, csat, nps, npsFromCounts, type SurveyResponse } from '../../src/engine/index.js';
import { inputError } from './helpers.js';

const repeat = (score: number, n: number): number[] => Array.from({ length: n }, () => score);


const close = (actual: number | null, expected: number, eps = 1e-9) => {
  assert.ok(actual !== null && Math.abs(actual - expected) < eps, `expected ${expected}, got ${actual}`);
};

describe('nps', () => {
  it('reproduces the worked example: 40 promoters, 45 passives, 15 detractors → 25', () => {
    const r = nps([...repeat(9, 20), ...repeat(10, 20), ...repeat(7, 25), ...repeat(8, 20), ...repeat(0, 5), ...repeat(6, 10)]);
    assert.equal(r.score, 25);
    assert.equal(r.promoters, 40);
    assert.equal(r.passives, 45);
    assert.equal(r.detractors, 15);
    assert.equal(r.total, 100);
    assert.equal(r.promoterShare, 0.4);
    assert.equal(r.passiveShare, 0.45);
    assert.equal(r.detractorShare, 0.15);
    // 1.96 × 100 × √((0.4·0.6 + 0.15·0.85 + 2·0.4·0.15) ÷ 100) = 1.96 × 100 × √0.004875
    close(r.marginOfError, 1.96 * 100 * Math.sqrt(0.004875));
    close(r.marginOfError, 13.6849, 1e-4);
  });

  it('classifies by the definition at every score boundary', () => {
    for (let s = 0; s <= 10; s++) {
      const r = nps([s]);
      const kind = s >= 9 ? 'promoter' : s >= 7 ? 'passive' : 'detractor';
      assert.equal(r.promoters, kind === 'promoter' ? 1 : 0, `score ${s}`);
      assert.equal(r.passives, kind === 'passive' ? 1 : 0, `score ${s}`);
      assert.equal(r.detractors, kind === 'detractor' ? 1 : 0, `score ${s}`);
      assert.equal(r.score, kind === 'promoter' ? 100 : kind === 'passive' ? 0 : -100);
    }
  });

  it('does not round the score', () => {
    assert.equal(nps([10, 10, 0]).score, 100 / 3);
  });

  it('accepts response records and bare numbers mixed', () => {
    const rows: Array<SurveyResponse | number> = [
      { score: 10, date: '2026-03-14', customerId: 'c1', comment: 'great', segment: 'smb' },
      { score: 3, customerId: 7 },
      9,
      { score: 8, comment: null },
    ];
    const r = nps(rows);
    assert.deepEqual([r.promoters, r.passives, r.detractors, r.total], [2, 1, 1, 4]);
    assert.equal(r.score, 25);
  });

  it('returns zero counts and null score, shares and margin for empty input', () => {
    assert.deepEqual(nps([]), {
      score: null,
      promoters: 0,
      passives: 0,
      detractors: 0,
      total: 0,
      promoterShare: null,
      passiveShare: null,
      detractorShare: null,
      marginOfError: null,
    });
  });

  it('gives a margin of 0 when everyone answers the same', () => {
    assert.equal(nps(repeat(10, 30)).marginOfError, 0);
    assert.equal(nps(repeat(2, 30)).marginOfError, 0);
  });

  it('rejects scores outside 0–10, non-integers, text, NaN and null rows with row and field', () => {
    const cases: Array<[unknown, string]> = [
      [11, 'score'],
      [-1, 'score'],
      [7.5, 'score'],
      [Number.NaN, 'score'],
      [{ score: 'ten' }, 'score'],
      [{ score: 11 }, 'score'],
      [{}, 'score'],
      [null, ''],
      ['9', ''],
    ];
    for (const [bad, field] of cases) {
      const err = inputError(() => nps([9, 8, bad] as never));
      assert.equal(err.total, 1, `for ${String(bad)}`);
      assert.equal(err.issues[0]?.row, 2, `for ${String(bad)}`);
      assert.equal(err.issues[0]?.field, field, `for ${JSON.stringify(bad)}`);
      assert.match(err.message, /row 2/);
    }
  });

  it('rejects a bad optional field on an otherwise good row', () => {
    const err = inputError(() => nps([{ score: 9, date: '2026-02-30' }]));
    assert.deepEqual(
      err.issues.map((i) => [i.row, i.field]),
      [[0, 'date']],
    );
    assert.match(err.issues[0]!.message, /ISO 8601/);
  });

  it('lists at most 20 issues but counts them all', () => {
    const rows = [...repeat(9, 5), ...repeat(11, 35)];
    const err = inputError(() => nps(rows));
    assert.equal(err.issues.length, 20);
    assert.equal(err.total, 35);
    assert.deepEqual(
      err.issues.map((i) => i.row),
      Array.from({ length: 20 }, (_, i) => i + 5),
    );
    assert.match(err.message, /35 problems/);
  });

  it('rejects input that is not an array', () => {
    const err = inputError(() => nps({ score: 9 } as never));
    assert.equal(err.issues[0]?.row, null);
  });

  it('npsFromCounts equals nps over the same responses, and rejects bad counts', () => {
    assert.deepEqual(npsFromCounts(40, 45, 15), nps([...repeat(9, 40), ...repeat(7, 45), ...repeat(3, 15)]));
    assert.equal(npsFromCounts(0, 0, 0).score, null);
    const err = inputError(() => npsFromCounts(-1, 2.5, 0));
    assert.deepEqual(err.issues.map((i) => i.field).sort(), ['passives', 'promoters']);
  });

  it('property: score in −100..100, shares sum to 1, margin ≥ 0', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 300 }), (scores) => {
        const r = nps(scores);
        assert.ok(r.score !== null && r.score >= -100 && r.score <= 100);
        assert.ok(Math.abs(r.promoterShare! + r.passiveShare! + r.detractorShare! - 1) < 1e-12);
        assert.equal(r.promoters + r.passives + r.detractors, scores.length);
        assert.ok(r.marginOfError !== null && r.marginOfError >= 0 && Number.isFinite(r.marginOfError));
        close(r.score, 100 * (r.promoterShare! - r.detractorShare!), 1e-9);
      }),
    );
  });

  it('property: order of responses never matters', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 100 }).chain((a) => fc.tuple(fc.constant(a), fc.shuffledSubarray(a, { minLength: a.length, maxLength: a.length }))),
        ([a, b]) => {
          assert.deepEqual(nps(a), nps(b));
        },
      ),
    );
  });
});

describe('csat', () => {
  it('reproduces the worked example: 40 positive of 50 → 0.8', () => {
    const r = csat([...repeat(5, 25), ...repeat(4, 15), ...repeat(3, 6), ...repeat(1, 4)]);
    assert.equal(r.score, 0.8);
    assert.equal(r.positive, 40);
    assert.equal(r.total, 50);
    assert.equal(r.mean, (125 + 60 + 18 + 4) / 50);
  });

  it('counts a response positive from positiveFrom on, on a custom scale', () => {
    const r = csat([1, 6, 7, 10], { scale: 10, positiveFrom: 7 });
    assert.equal(r.positive, 2);
    assert.equal(r.score, 0.5);
    // The default threshold 4 on 1..5.
    assert.equal(csat([3, 4]).positive, 1);
  });

  it('returns null score and mean for empty input', () => {
    assert.deepEqual(csat([]), { score: null, positive: 0, total: 0, mean: null });
  });

  it('rejects scores outside 1..scale', () => {
    assert.equal(inputError(() => csat([0])).issues[0]?.field, 'score');
    assert.equal(inputError(() => csat([6])).issues[0]?.row, 0);
    assert.equal(csat([6], { scale: 7 }).total, 1);
  });

  it('rejects out-of-scale thresholds and bad scales as option errors', () => {
    for (const [opts, field] of [
      [{ positiveFrom: 6 }, 'positiveFrom'],
      [{ positiveFrom: 0 }, 'positiveFrom'],
      [{ scale: 1 }, 'scale'],
      [{ scale: 4.5 }, 'scale'],
      [{ positiveFrom: 3.5 }, 'positiveFrom'],
    ] as const) {
      const err = inputError(() => csat([3], opts));
      assert.equal(err.issues[0]?.row, null, JSON.stringify(opts));
      assert.equal(err.issues[0]?.field, field, JSON.stringify(opts));
    }
  });

  it('property: score in 0..1 and mean within the scale', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 11 }).chain((scale) =>
          fc.tuple(
            fc.constant(scale),
            fc.integer({ min: 1, max: scale }),
            fc.array(fc.integer({ min: 1, max: scale }), { minLength: 1, maxLength: 100 }),
          ),
        ),
        ([scale, positiveFrom, scores]) => {
          const r = csat(scores, { scale, positiveFrom });
          assert.ok(r.score! >= 0 && r.score! <= 1);
          assert.ok(r.mean! >= 1 && r.mean! <= scale);
          assert.equal(r.positive, scores.filter((s) => s >= positiveFrom).length);
        },
      ),
    );
  });
});

describe('ces', () => {
  it('computes mean and easy share on the default 1..7 scale', () => {
    const r = ces([7, 5, 4, 1]);
    assert.equal(r.mean, 17 / 4);
    assert.equal(r.easyShare, 0.5);
    assert.equal(r.total, 4);
  });

  it('honours a custom scale and threshold', () => {
    const r = ces([{ score: 5 }, 3, 4], { scale: 5, easyFrom: 4 });
    assert.equal(r.easyShare, 2 / 3);
    assert.equal(r.mean, 4);
  });

  it('returns null mean and share for empty input', () => {
    assert.deepEqual(ces([]), { mean: null, easyShare: null, total: 0 });
  });

  it('rejects scores and thresholds off the scale', () => {
    assert.equal(inputError(() => ces([8])).issues[0]?.field, 'score');
    assert.equal(inputError(() => ces([3], { easyFrom: 8 })).issues[0]?.field, 'easyFrom');
    assert.equal(inputError(() => ces([3], { scale: 5, easyFrom: 6 })).issues[0]?.field, 'easyFrom');
  });
});
