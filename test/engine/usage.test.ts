// Usage metrics: worked examples by hand, invariants against a plain
// reference (Sets per day and month), and bad rows.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  engagement,
  productAdoption,
  stickiness,
  timeToValue,
  type Customer,
  type UsageEvent,
} from '../../src/engine/index.js';
import { issuesOf } from './helpers.js';

/**
 * February 2026 (28 days) and April (30 days), March empty:
 *   Feb 1: a/1 (report, 10 min session), a/2
 *   Feb 2: a/1 (5 min session), b (no user: the customer is the user; export)
 *   Apr 2: b/1 (report)
 */
const events: UsageEvent[] = [
  { customerId: 'a', userId: 1, date: '2026-02-01T09:00:00Z', feature: 'report', durationSeconds: 600 },
  { customerId: 'a', userId: 2, date: '2026-02-01T10:00:00Z' },
  { customerId: 'a', userId: 1, date: '2026-02-02T09:00:00Z', durationSeconds: 300 },
  { customerId: 'b', date: '2026-02-02T11:00:00Z', feature: 'export' },
  { customerId: 'b', userId: 1, date: '2026-04-02T11:00:00Z', feature: 'report' },
];

describe('stickiness', () => {
  it('worked example: DAU over every day of the month ÷ MAU', () => {
    // Feb: user-days a/1 ×2, a/2, b = 4 → DAU 4/28 = 1/7; MAU 3 → 1/21.
    // Mar: nobody → null. Apr: one user one day → DAU 1/30, MAU 1 → 1/30.
    assert.deepEqual(stickiness(events), [
      { month: '2026-02', dau: 4 / 28, mau: 3, value: 4 / 28 / 3 },
      { month: '2026-03', dau: 0, mau: 0, value: null },
      { month: '2026-04', dau: 1 / 30, mau: 1, value: 1 / 30 },
    ]);
  });
  it('one user every day of a month is 1; the same user id in two customers is two users', () => {
    const daily = Array.from({ length: 30 }, (_, d): UsageEvent => ({ customerId: 'x', userId: 'u', date: `2026-04-${String(d + 1).padStart(2, '0')}T12:00:00Z` }));
    assert.equal(stickiness(daily)[0]!.value, 1);
    assert.equal(stickiness([...daily, { customerId: 'y', userId: 'u', date: '2026-04-01' }])[0]!.mau, 2);
    // A user id equal to another customer's id is still a separate user.
    assert.equal(stickiness([{ customerId: '1:ab', date: '2026-04-01' }, { customerId: 'ab', userId: 'x', date: '2026-04-01' }, { customerId: 'a', userId: 'bx', date: '2026-04-01' }])[0]!.mau, 3);
  });
  it('is empty without events', () => assert.deepEqual(stickiness([]), []));
});

describe('productAdoption', () => {
  it('worked example: customers with the feature ÷ customers active', () => {
    // Feb: a (report) and b active, a adopted → 1/2. Apr: b adopted → 1/1.
    assert.deepEqual(productAdoption(events, { feature: 'report' }), [
      { month: '2026-02', adopters: 1, active: 2, rate: 0.5 },
      { month: '2026-03', adopters: 0, active: 0, rate: null },
      { month: '2026-04', adopters: 1, active: 1, rate: 1 },
    ]);
  });
  it('needs a feature name', () => {
    const issues = issuesOf(() => productAdoption(events, {} as never));
    assert.deepEqual([issues[0]!.row, issues[0]!.field], [null, 'feature']);
  });
});

describe('engagement', () => {
  it('worked example: active users, events per user, mean session minutes', () => {
    // Feb: 4 events, 3 users; sessions 600 s and 300 s → 7.5 min. Apr: 1 event, no duration.
    assert.deepEqual(engagement(events), [
      { month: '2026-02', activeUsers: 3, eventsPerUser: 4 / 3, meanSessionMinutes: 7.5 },
      { month: '2026-03', activeUsers: 0, eventsPerUser: null, meanSessionMinutes: null },
      { month: '2026-04', activeUsers: 1, eventsPerUser: 1, meanSessionMinutes: null },
    ]);
  });
  it('from/to narrows the rows', () => {
    assert.deepEqual(engagement(events, { from: '2026-03', to: '2026-03' }).map((r) => r.month), ['2026-03']);
    assert.deepEqual(engagement(events, { from: '2027-01' }), []);
    const issues = issuesOf(() => engagement(events, { from: '2026-04', to: '2026-02' }));
    assert.equal(issues[0]!.field, 'from');
  });
});

describe('timeToValue', () => {
  const customers: Customer[] = [
    { id: 'a', start: '2026-01-30' },
    { id: 'b', start: '2026-01-01' },
    { id: 'c', start: '2026-01-01' },
  ];
  it('worked example: days from start to the first milestone event', () => {
    // a: Jan 30 00:00 → Feb 1 09:00 = 2.375 days. b: Jan 1 → Apr 2 11:00 = 91 + 11/24 days.
    // c never reports. Median of two = their mean; p90 = 2.375 + 0.9 × (91.458… − 2.375).
    const b = 91 + 11 / 24;
    const result = timeToValue(customers, events, { milestone: 'report' });
    assert.equal(result.reached, 2);
    assert.equal(result.total, 3);
    assert.equal(result.median, (2.375 + b) / 2);
    assert.equal(result.mean, (2.375 + b) / 2);
    assert.ok(Math.abs(result.p90! - (2.375 + 0.9 * (b - 2.375))) < 1e-9);
  });
  it('ignores milestone events before the start and events of unknown customers', () => {
    const r = timeToValue([{ id: 'a', start: '2026-03-01' }], [...events, { customerId: 'z', date: '2026-03-02', feature: 'report' }], { milestone: 'report' });
    assert.deepEqual(r, { median: null, mean: null, p90: null, reached: 0, total: 1 });
  });
  it('refuses a repeated customer id and a missing milestone', () => {
    assert.equal(issuesOf(() => timeToValue([{ id: 1, start: '2026-01-01' }, { id: '1', start: '2026-01-02' }], [], { milestone: 'x' }))[0]!.field, 'id');
    assert.equal(issuesOf(() => timeToValue(customers, events, { milestone: '' }))[0]!.field, 'milestone');
  });
});

describe('bad usage events throw MetricsInputError with row and field', () => {
  const cases: Array<[string, unknown, string]> = [
    ['no customerId', { date: '2026-02-01' }, 'customerId'],
    ['an unparseable date', { customerId: 'a', date: '2026-02-30' }, 'date'],
    ['a negative durationSeconds', { customerId: 'a', date: '2026-02-01', durationSeconds: -5 }, 'durationSeconds'],
    ['a durationSeconds as text', { customerId: 'a', date: '2026-02-01', durationSeconds: '60' }, 'durationSeconds'],
    ['an empty userId', { customerId: 'a', date: '2026-02-01', userId: '' }, 'userId'],
    ['a feature that is not text', { customerId: 'a', date: '2026-02-01', feature: 3 }, 'feature'],
  ];
  for (const [what, row, field] of cases) {
    it(what, () => {
      for (const run of [
        (rows: UsageEvent[]) => stickiness(rows),
        (rows: UsageEvent[]) => productAdoption(rows, { feature: 'report' }),
        (rows: UsageEvent[]) => engagement(rows),
        (rows: UsageEvent[]) => timeToValue([], rows, { milestone: 'report' }),
      ]) {
        const issues = issuesOf(() => run([...events, row as UsageEvent]));
        assert.deepEqual([issues[0]!.row, issues[0]!.field], [events.length, field]);
      }
    });
  }
  it('input that is not an array', () => {
    assert.equal(issuesOf(() => stickiness('x' as never))[0]!.row, null);
  });
});

// ---------------------------------------------------------------------------
// Invariants against a plain reference.

const DAY = 86_400_000;
const BASE = Date.UTC(2026, 0, 1);
const eventArb = fc.record(
  {
    customerId: fc.constantFrom<string | number>('a', 'b', 'c', 1),
    userId: fc.constantFrom<string | number>('u1', 'u2', 1),
    t: fc.integer({ min: 0, max: 120 * 24 - 1 }).map((h) => BASE + h * 3_600_000),
    feature: fc.constantFrom('report', 'export', 'first-report'),
    durationSeconds: fc.integer({ min: 0, max: 7200 }),
  },
  { requiredKeys: ['customerId', 't'] },
);
const eventsArb = fc.array(eventArb, { maxLength: 60 }).map((rows) =>
  rows.map(({ t, ...rest }): UsageEvent => ({ ...rest, date: t % DAY === 0 ? new Date(t).toISOString().slice(0, 10) : new Date(t).toISOString() })),
);
const monthName = (ms: number) => new Date(ms).toISOString().slice(0, 7);
const userOf = (e: UsageEvent) => (e.userId == null ? `c:${e.customerId}` : `u:${e.customerId}:${e.userId}`);

describe('usage invariants (property tests)', () => {
  it('stickiness matches per-day and per-month sets; 0 ≤ value ≤ 1; dau ≤ mau', () => {
    fc.assert(
      fc.property(eventsArb, (rows) => {
        const days = new Map<string, Set<string>>();
        const months = new Map<string, Set<string>>();
        for (const e of rows) {
          const t = Date.parse(e.date.length === 10 ? `${e.date}T00:00:00Z` : e.date);
          const day = new Date(t).toISOString().slice(0, 10);
          const d = days.get(day) ?? new Set();
          d.add(userOf(e));
          days.set(day, d);
          const m = months.get(monthName(t)) ?? new Set();
          m.add(userOf(e));
          months.set(monthName(t), m);
        }
        for (const row of stickiness(rows)) {
          let userDays = 0;
          for (const [day, users] of days) if (day.startsWith(row.month)) userDays += users.size;
          const [y, m] = row.month.split('-').map(Number) as [number, number];
          const length = new Date(Date.UTC(y, m, 0)).getUTCDate();
          assert.ok(Math.abs(row.dau - userDays / length) < 1e-12);
          assert.equal(row.mau, months.get(row.month)?.size ?? 0);
          assert.ok(row.dau <= row.mau);
          if (row.mau === 0) assert.equal(row.value, null);
          else assert.ok(row.value! > 0 && row.value! <= 1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('adopters ≤ active; events per user × users = events; the order of the input never matters', () => {
    fc.assert(
      fc.property(eventsArb, (rows) => {
        const adoption = productAdoption(rows, { feature: 'report' });
        for (const r of adoption) assert.ok(r.adopters <= r.active && (r.rate === null || (r.rate >= 0 && r.rate <= 1)));
        const rowsByMonth = new Map<string, number>();
        for (const e of rows) {
          const m = monthName(Date.parse(e.date.length === 10 ? `${e.date}T00:00:00Z` : e.date));
          rowsByMonth.set(m, (rowsByMonth.get(m) ?? 0) + 1);
        }
        const eng = engagement(rows);
        let total = 0;
        for (const r of eng) {
          const n = rowsByMonth.get(r.month) ?? 0;
          total += n;
          assert.ok(r.eventsPerUser === null ? n === 0 : Math.abs(r.eventsPerUser * r.activeUsers - n) < 1e-9);
        }
        assert.equal(total, rows.length);
        const reversed = [...rows].reverse();
        assert.deepEqual(stickiness(reversed), stickiness(rows));
        assert.deepEqual(productAdoption(reversed, { feature: 'report' }), adoption);
        assert.deepEqual(engagement(reversed), eng);
      }),
      { numRuns: 200 },
    );
  });

  it('from/to only narrows: the rows are the matching rows of the whole series', () => {
    fc.assert(
      fc.property(eventsArb, fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }), (rows, a, b) => {
        const from = `2026-0${Math.min(a, b) + 1}`;
        const to = `2026-0${Math.max(a, b) + 1}`;
        const inRange = (r: { month: string }) => r.month >= from && r.month <= to;
        assert.deepEqual(stickiness(rows, { from, to }), stickiness(rows).filter(inRange));
        assert.deepEqual(engagement(rows, { from, to }), engagement(rows).filter(inRange));
        assert.deepEqual(productAdoption(rows, { feature: 'export', from, to }), productAdoption(rows, { feature: 'export' }).filter(inRange));
      }),
      { numRuns: 150 },
    );
  });
});
