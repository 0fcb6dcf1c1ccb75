// npsByMonth and npsBySegment: worked examples, totals that add up, bad rows.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { nps, npsByMonth, npsBySegment, type SurveyResponse } from '../../src/engine/index.js';
import { issuesOf } from './helpers.js';

/** The guides' NPS 25 (40 promoters, 45 passives, 15 detractors), spread over Jan and Mar 2026, in two segments. */
function guideResponses(): SurveyResponse[] {
  const rows: SurveyResponse[] = [];
  const add = (score: number, count: number, date: string, segment?: string) => {
    for (let i = 0; i < count; i++) rows.push(segment === undefined ? { score, date } : { score, date, segment });
  };
  // January: 30 promoters, 15 passives, 5 detractors → 100 × 25 / 50 = 50 (SMB).
  add(10, 30, '2026-01-15', 'SMB');
  add(8, 15, '2026-01-16', 'SMB');
  add(3, 5, '2026-01-17', 'SMB');
  // March: 10 promoters, 30 passives, 10 detractors → 0 (Enterprise, and 10 passives without a segment).
  add(9, 10, '2026-03-02T10:00:00Z', 'Enterprise');
  add(7, 20, '2026-03-03', 'Enterprise');
  add(7, 10, '2026-03-03');
  add(6, 10, '2026-03-31T23:59:59Z', 'Enterprise');
  return rows;
}

describe('npsByMonth', () => {
  it('worked example: NPS 25 overall is 50 in January, nothing in February, 0 in March', () => {
    const rows = guideResponses();
    assert.equal(nps(rows).score, 25);
    const months = npsByMonth(rows);
    assert.deepEqual(months.map((m) => [m.month, m.score, m.promoters, m.passives, m.detractors, m.total]), [
      ['2026-01', 50, 30, 15, 5, 50],
      ['2026-02', null, 0, 0, 0, 0],
      ['2026-03', 0, 10, 30, 10, 50],
    ]);
    assert.deepEqual(months[0], { month: '2026-01', ...nps(rows.slice(0, 50)) });
    assert.equal(months[1]!.marginOfError, null);
  });
  it('from/to narrows the months', () => {
    assert.deepEqual(npsByMonth(guideResponses(), { from: '2026-02' }).map((m) => m.month), ['2026-02', '2026-03']);
  });
  it('a response without a date (or a bare score) is an input error naming row and field', () => {
    const issues = issuesOf(() => npsByMonth([{ score: 9, date: '2026-01-01' }, { score: 9 }, 7 as never, { score: 9, date: null }]));
    assert.deepEqual(issues.map((i) => [i.row, i.field]), [[1, 'date'], [2, 'date'], [3, 'date']]);
    assert.equal(issuesOf(() => npsByMonth([{ score: 11, date: '2026-01-01' }]))[0]!.field, 'score');
    assert.equal(issuesOf(() => npsByMonth([{ score: 9, date: '2026-02-30' }]))[0]!.field, 'date');
  });
});

describe('npsBySegment', () => {
  it('worked example: one row a segment by name, the unsegmented last', () => {
    const rows = guideResponses();
    assert.deepEqual(npsBySegment(rows).map((s) => [s.segment, s.score, s.total]), [
      ['Enterprise', 0, 40],
      ['SMB', 50, 50],
      [null, 0, 10],
    ]);
  });
  it('bare scores have no segment; no null row when every response has one', () => {
    assert.deepEqual(npsBySegment([10, { score: 0, segment: 'b' }]).map((s) => [s.segment, s.score]), [['b', -100], [null, 100]]);
    assert.deepEqual(npsBySegment([{ score: 0, segment: 'b' }]).map((s) => s.segment), ['b']);
    assert.deepEqual(npsBySegment([]), []);
  });
  it('bad rows throw with row and field', () => {
    const issues = issuesOf(() => npsBySegment([{ score: 9, segment: 3 as never }]));
    assert.deepEqual([issues[0]!.row, issues[0]!.field], [0, 'segment']);
  });
});

const responseArb = fc.record(
  {
    score: fc.integer({ min: 0, max: 10 }),
    date: fc.integer({ min: 0, max: 400 }).map((d) => new Date(Date.UTC(2025, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)),
    segment: fc.constantFrom('SMB', 'Mid-market', 'Enterprise', 'smb'),
  },
  { requiredKeys: ['score', 'date'] },
);

describe('NPS breakdown invariants (property tests)', () => {
  it('month and segment counts add up to nps() of all responses; each row is nps() of its responses', () => {
    fc.assert(
      fc.property(fc.array(responseArb, { maxLength: 80 }), (rows) => {
        const all = nps(rows);
        for (const parts of [npsByMonth(rows), npsBySegment(rows)]) {
          for (const key of ['promoters', 'passives', 'detractors', 'total'] as const) {
            assert.equal(parts.reduce((s, p) => s + p[key], 0), all[key]);
          }
        }
        for (const m of npsByMonth(rows)) {
          const { month, ...result } = m;
          assert.deepEqual(result, nps(rows.filter((r) => r.date.startsWith(month))));
        }
        const segments = npsBySegment(rows).map((s) => s.segment);
        const named = segments.filter((s): s is string => s !== null);
        assert.deepEqual(named, [...named].sort());
        assert.ok(segments.indexOf(null) === -1 || segments.indexOf(null) === segments.length - 1);
      }),
      { numRuns: 200 },
    );
  });
});
