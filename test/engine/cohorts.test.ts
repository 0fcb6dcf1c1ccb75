// cohortRetention: worked examples by hand, invariants against a plain
// month-end reference, and bad input.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cohortRetention, mrrMovements, type MrrChange } from '../../src/engine/index.js';
import { issuesOf } from './helpers.js';

/**
 * Jan–Apr 2026:
 *   a: 100 (Jan) → 150 (Feb)                 cohort Jan
 *   b: 50 (Jan) → 0 (Feb) → 80 (Apr)          cohort Jan, back in Apr
 *   c: 200 (Feb)                              cohort Feb
 *   d: 40 → 0 inside March                    no cohort (never active at a month end)
 */
const changes: MrrChange[] = [
  { customerId: 'a', date: '2026-01-05', mrr: 100 },
  { customerId: 'b', date: '2026-01-20', mrr: 50 },
  { customerId: 'b', date: '2026-02-03', mrr: 0 },
  { customerId: 'a', date: '2026-02-10', mrr: 150 },
  { customerId: 'c', date: '2026-02-14', mrr: 200 },
  { customerId: 'd', date: '2026-03-02', mrr: 40 },
  { customerId: 'd', date: '2026-03-20', mrr: 0 },
  { customerId: 'b', date: '2026-04-01', mrr: 80 },
];

describe('cohortRetention', () => {
  it('customers basis: the share of the cohort active at each month end', () => {
    // Jan cohort {a, b}: Feb a only (1/2), Mar 1/2, Apr a and b again (2/2).
    assert.deepEqual(cohortRetention(changes), [
      { cohort: '2026-01', size: 2, values: [1, 0.5, 0.5, 1] },
      { cohort: '2026-02', size: 1, values: [1, 1, 1] },
    ]);
  });
  it('revenue basis: the cohort\'s MRR ÷ its MRR at the end of the cohort month (can exceed 1)', () => {
    // Jan cohort: 150 at the end of Jan; Feb a 150 → 1; Mar 1; Apr 150 + 80 = 230 → 230/150.
    assert.deepEqual(cohortRetention(changes, { basis: 'revenue' }), [
      { cohort: '2026-01', size: 150, values: [1, 1, 1, 230 / 150] },
      { cohort: '2026-02', size: 200, values: [1, 1, 1] },
    ]);
  });
  it('Customer rows: active from the start month to the month before the end', () => {
    // 1: Jan → on; 2: Jan → ends 1 Mar (gone at the end of Mar); 3: joins and leaves in Feb (no cohort).
    assert.deepEqual(
      cohortRetention([
        { id: 1, start: '2026-01-02' },
        { id: 2, start: '2026-01-03', end: '2026-03-01' },
        { id: 3, start: '2026-02-01', end: '2026-02-10' },
      ]),
      [{ cohort: '2026-01', size: 2, values: [1, 1, 0.5] }],
    );
  });
  it('from/to choose the cohorts and cut the values at to', () => {
    assert.deepEqual(cohortRetention(changes, { from: '2026-02', to: '2026-03' }), [{ cohort: '2026-02', size: 1, values: [1, 1] }]);
    assert.deepEqual(cohortRetention(changes, { to: '2026-02' }), [
      { cohort: '2026-01', size: 2, values: [1, 0.5] },
      { cohort: '2026-02', size: 1, values: [1] },
    ]);
  });
  it('is empty without rows', () => assert.deepEqual(cohortRetention([]), []));
  it('bad input: the revenue basis of Customer rows, an unknown basis, bad rows', () => {
    assert.equal(issuesOf(() => cohortRetention([{ id: 1, start: '2026-01-01' }], { basis: 'revenue' }))[0]!.field, 'basis');
    assert.equal(issuesOf(() => cohortRetention(changes, { basis: 'logos' as never }))[0]!.field, 'basis');
    const issues = issuesOf(() => cohortRetention([...changes, { date: '2026-01-01', mrr: 1 } as never]));
    assert.deepEqual([issues[0]!.row, issues[0]!.field], [changes.length, 'customerId']);
    assert.equal(issuesOf(() => cohortRetention([{ id: 1, start: '2026-02-01', end: '2026-01-01' }]))[0]!.field, 'end');
  });
});

// ---------------------------------------------------------------------------
// Invariants

const DAY = 86_400_000;
const BASE = Date.UTC(2025, 10, 1);
const changesArb = fc
  .uniqueArray(
    fc.record({
      customerId: fc.constantFrom<string | number>('a', 'b', 'c', 'd', 'e', 7),
      t: fc.integer({ min: 0, max: 210 }).map((d) => BASE + d * DAY),
      mrr: fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, { weight: 5, arbitrary: fc.integer({ min: 1, max: 500 }) }),
    }),
    { maxLength: 40, selector: (c) => `${c.customerId}@${c.t}` },
  )
  .map((rows) => rows.map((r): MrrChange => ({ customerId: r.customerId, date: new Date(r.t).toISOString().slice(0, 10), mrr: r.mrr })));

const monthOf = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

/** Each customer's MRR at the end of every month, by brute force. */
function monthEnds(rows: readonly MrrChange[]): { first: number; last: number; value: Map<string, number[]> } {
  const first = Math.min(...rows.map((r) => monthOf(r.date)));
  const last = Math.max(...rows.map((r) => monthOf(r.date)));
  const value = new Map<string, number[]>();
  for (const id of new Set(rows.map((r) => String(r.customerId)))) {
    const mine = rows.filter((r) => String(r.customerId) === id).sort((x, y) => (x.date < y.date ? -1 : 1));
    const ends: number[] = [];
    for (let m = first; m <= last; m++) {
      let v = 0;
      for (const r of mine) if (monthOf(r.date) <= m) v = r.mrr;
      ends.push(v);
    }
    value.set(id, ends);
  }
  return { first, last, value };
}

describe('cohortRetention invariants (property tests)', () => {
  it('values[0] is 1, customer shares in 0..1, sizes add up to the customers ever active, and both bases match a brute force', () => {
    fc.assert(
      fc.property(changesArb, (rows) => {
        const customers = cohortRetention(rows);
        const revenue = cohortRetention(rows, { basis: 'revenue' });
        if (rows.length === 0) return assert.deepEqual(customers, []);
        const { first, last, value } = monthEnds(rows);
        const everActive = [...value.values()].filter((ends) => ends.some((v) => v > 0)).length;
        assert.equal(customers.reduce((s, c) => s + c.size, 0), everActive);
        assert.deepEqual(customers.map((c) => c.cohort), revenue.map((c) => c.cohort));
        for (const [i, row] of customers.entries()) {
          const cohort = monthOf(`${row.cohort}-01`);
          assert.equal(row.values[0], 1);
          assert.equal(revenue[i]!.values[0], 1);
          assert.equal(row.values.length, last - cohort + 1);
          const members = [...value.values()].filter((ends) => ends.findIndex((v) => v > 0) === cohort - first);
          assert.equal(row.size, members.length);
          assert.equal(revenue[i]!.size, members.reduce((s, e) => s + e[cohort - first]!, 0));
          row.values.forEach((v, k) => {
            assert.ok(v >= 0 && v <= 1);
            assert.ok(Math.abs(v - members.filter((e) => e[cohort - first + k]! > 0).length / row.size) < 1e-12);
            const paid = members.reduce((s, e) => s + e[cohort - first + k]!, 0);
            assert.ok(Math.abs(revenue[i]!.values[k]! - paid / revenue[i]!.size) < 1e-9);
          });
        }
        // The newest cohort's first column agrees with mrrMovements' new customers of that month.
        const movements = mrrMovements(rows);
        for (const row of customers) assert.equal(row.size, movements.find((m) => m.month === row.cohort)!.newCustomers);
      }),
      { numRuns: 300 },
    );
  });
  it('from/to only narrows: the cohorts in range, with values cut at to', () => {
    fc.assert(
      fc.property(changesArb, fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 7 }), (rows, a, b) => {
        const month = (k: number) => new Date(Date.UTC(2025, 10 + k, 1)).toISOString().slice(0, 7);
        const from = month(Math.min(a, b));
        const to = month(Math.max(a, b));
        const expected = cohortRetention(rows)
          .filter((c) => c.cohort >= from && c.cohort <= to)
          .map((c) => ({ ...c, values: c.values.slice(0, monthOf(`${to}-01`) - monthOf(`${c.cohort}-01`) + 1) }));
        assert.deepEqual(cohortRetention(rows, { from, to }), expected);
      }),
      { numRuns: 150 },
    );
  });
});
