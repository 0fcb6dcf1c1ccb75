import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  arrPerCsm,
  firstContactResolution,
  renewalRate,
  responseTimes,
  retentionCost,
  trialConversion,
  type Ticket,
} from '../../src/engine/index.js';
import { inputError } from './helpers.js';


const T0 = Date.UTC(2026, 2, 1, 9);
const at = (hours: number) => new Date(T0 + hours * 3_600_000).toISOString();
/** A ticket created at T0, answered after `first` hours and resolved after `resolved` hours. */
const ticket = (id: number, first?: number, resolved?: number, contacts?: number): Ticket => ({
  id,
  createdAt: at(0),
  ...(first === undefined ? {} : { firstResponseAt: at(first) }),
  ...(resolved === undefined ? {} : { resolvedAt: at(resolved) }),
  ...(contacts === undefined ? {} : { contacts }),
});

describe('firstContactResolution', () => {
  it('counts resolved tickets with exactly one contact over all tickets received', () => {
    const r = firstContactResolution([
      ticket(1, 1, 2, 1), // resolved on first contact
      ticket(2, 1, 5, 3), // resolved after 3 contacts
      ticket(3, 1, undefined, 1), // one contact, still open
      ticket(4, 1, 2), // resolved, contacts unknown
      ticket(5), // not answered yet
    ]);
    assert.deepEqual(r, { rate: 0.2, resolvedFirstContact: 1, total: 5 });
  });
  it('is null with no tickets', () => {
    assert.deepEqual(firstContactResolution([]), { rate: null, resolvedFirstContact: 0, total: 0 });
  });
  it('rejects negative or fractional contacts', () => {
    const err = inputError(() => firstContactResolution([ticket(1, 1, 2, 1), ticket(2, 1, 2, -1), ticket(3, 1, 2, 1.5)]));
    assert.deepEqual(
      err.issues.map((i) => [i.row, i.field]),
      [
        [1, 'contacts'],
        [2, 'contacts'],
      ],
    );
  });
});

describe('responseTimes', () => {
  it('gives hours; odd count: middle value, p90 by linear interpolation (PERCENTILE.INC)', () => {
    const r = responseTimes([ticket(1, 1), ticket(2, 2), ticket(3, 3), ticket(4, 4), ticket(5, 10)]);
    assert.equal(r.firstResponse.count, 5);
    assert.equal(r.firstResponse.median, 3);
    assert.equal(r.firstResponse.mean, 4);
    // h = (5 − 1) × 0.9 = 3.6 → 4 + 0.6 × (10 − 4)
    assert.ok(Math.abs(r.firstResponse.p90! - 7.6) < 1e-12);
    assert.deepEqual(r.resolution, { median: null, mean: null, p90: null, count: 0 });
  });

  it('even count: median is the mean of the two middle values', () => {
    const r = responseTimes([ticket(1, 4, 8), ticket(2, 1, 48), ticket(3, 3, 24), ticket(4, 2, 12)]);
    assert.equal(r.firstResponse.median, 2.5);
    // h = 3 × 0.9 = 2.7 → 3 + 0.7 × 1
    assert.ok(Math.abs(r.firstResponse.p90! - 3.7) < 1e-12);
    assert.equal(r.resolution.median, 18);
    assert.equal(r.resolution.mean, 23);
    assert.ok(Math.abs(r.resolution.p90! - (24 + 0.7 * 24)) < 1e-12);
  });

  it('sorts numerically, not as text', () => {
    // As text, 10 < 2 < 9 and the median would be 9 → wrongly 2 after a string sort.
    const r = responseTimes([ticket(1, 2), ticket(2, 10), ticket(3, 9)]);
    assert.equal(r.firstResponse.median, 9);
    assert.equal(r.firstResponse.p90, 9 + 0.8 * 1);
  });

  it('measures minutes and offsets exactly', () => {
    const r = responseTimes([
      { id: 'a', createdAt: '2026-03-01T09:00:00Z', firstResponseAt: '2026-03-01T10:30:00+00:00', resolvedAt: '2026-03-01T12:00:00+02:00' },
    ]);
    assert.equal(r.firstResponse.median, 1.5);
    assert.equal(r.resolution.median, 1);
    assert.equal(r.resolution.p90, 1);
  });

  it('counts only tickets that have each timestamp', () => {
    const r = responseTimes([ticket(1, 1, 5), ticket(2, 3), ticket(3), ticket(4, undefined, 7)]);
    assert.equal(r.firstResponse.count, 2);
    assert.equal(r.firstResponse.median, 2);
    assert.equal(r.resolution.count, 2);
    assert.equal(r.resolution.median, 6);
  });

  it('is all null on empty input', () => {
    const empty = { median: null, mean: null, p90: null, count: 0 };
    assert.deepEqual(responseTimes([]), { firstResponse: empty, resolution: empty });
  });

  it('rejects a response or resolution before the ticket was created, on that row and field', () => {
    const err = inputError(() => responseTimes([ticket(1, 1, 2), ticket(2, -1, 3), ticket(3, 1, -0.5)]));
    assert.deepEqual(
      err.issues.map((i) => [i.row, i.field]),
      [
        [1, 'firstResponseAt'],
        [2, 'resolvedAt'],
      ],
    );
    assert.match(err.issues[0]!.message, /createdAt/);
  });

  it('property: min ≤ median ≤ p90 ≤ max, mean within range, order independent', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 * 60 }), { minLength: 1, maxLength: 80 }), (minutes) => {
        const rows = minutes.map((m, i) => ticket(i, m / 60));
        const r = responseTimes(rows).firstResponse;
        const hours = minutes.map((m) => m / 60);
        const lo = Math.min(...hours);
        const hi = Math.max(...hours);
        assert.equal(r.count, rows.length);
        assert.ok(lo - 1e-9 <= r.median! && r.median! <= r.p90! + 1e-9 && r.p90! <= hi + 1e-9);
        assert.ok(r.mean! >= lo - 1e-9 && r.mean! <= hi + 1e-9);
        const reversed = responseTimes([...rows].reverse()).firstResponse;
        assert.equal(reversed.median, r.median);
        assert.equal(reversed.p90, r.p90);
      }),
    );
  });
});

describe('trialConversion', () => {
  it('is trials with convertedAt ÷ all trials', () => {
    const r = trialConversion([
      { id: 1, trialStart: '2026-01-01', convertedAt: '2026-01-10' },
      { id: 2, trialStart: '2026-01-03', convertedAt: null },
      { id: 3, trialStart: '2026-01-05' },
      { id: 4, trialStart: '2026-01-05', convertedAt: '2026-01-05' },
    ]);
    assert.deepEqual(r, { rate: 0.5, converted: 2, total: 4 });
  });
  it('is null without trials', () => {
    assert.deepEqual(trialConversion([]), { rate: null, converted: 0, total: 0 });
  });
  it('rejects a conversion before the trial started, and a bad date', () => {
    const err = inputError(() =>
      trialConversion([
        { id: 1, trialStart: '2026-01-10', convertedAt: '2026-01-01' },
        { id: 2, trialStart: '2026-02-30' },
      ]),
    );
    assert.deepEqual(
      err.issues.map((i) => [i.row, i.field]),
      [
        [0, 'convertedAt'],
        [1, 'trialStart'],
      ],
    );
  });
});

describe('renewalRate', () => {
  it('is renewed ÷ all renewals due', () => {
    const r = renewalRate([
      { customerId: 'a', dueDate: '2026-01-31', renewed: true },
      { customerId: 'b', dueDate: '2026-02-28', renewed: false },
      { customerId: 'c', dueDate: '2026-03-31', renewed: true },
      { customerId: 'd', dueDate: '2026-03-31', renewed: true },
    ]);
    assert.deepEqual(r, { rate: 0.75, renewed: 3, total: 4 });
  });
  it('is null when nothing was due', () => {
    assert.deepEqual(renewalRate([]), { rate: null, renewed: 0, total: 0 });
  });
  it('rejects "yes" and 1 as renewed', () => {
    const err = inputError(() =>
      renewalRate([
        { customerId: 'a', dueDate: '2026-01-31', renewed: 'yes' as unknown as boolean },
        { customerId: 'b', dueDate: '2026-01-31', renewed: 1 as unknown as boolean },
      ]),
    );
    assert.deepEqual(
      err.issues.map((i) => [i.row, i.field]),
      [
        [0, 'renewed'],
        [1, 'renewed'],
      ],
    );
  });
});

describe('retentionCost and arrPerCsm', () => {
  it('divide, and give null on a zero divisor', () => {
    assert.equal(retentionCost({ cost: 50_000, customers: 400 }), 125);
    assert.equal(retentionCost({ cost: 50_000, customers: 0 }), null);
    assert.equal(arrPerCsm({ arr: 2_000_000, csms: 4 }), 500_000);
    assert.equal(arrPerCsm({ arr: 1_000_000, csms: 2.5 }), 400_000);
    assert.equal(arrPerCsm({ arr: 1_000_000, csms: 0 }), null);
  });
  it('reject negative, non-finite and missing values by field', () => {
    const a = inputError(() => retentionCost({ cost: -1, customers: 2.5 }));
    assert.deepEqual(a.issues.map((i) => i.field).sort(), ['cost', 'customers']);
    const b = inputError(() => arrPerCsm({ arr: Number.POSITIVE_INFINITY } as unknown as { arr: number; csms: number }));
    assert.deepEqual(b.issues.map((i) => i.field).sort(), ['arr', 'csms']);
    assert.ok(b.issues.every((i) => i.row === null));
  });
});
