import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { arpu, averageOrderValue, purchaseFrequency, type Order } from '../../src/engine/index.js';
import { inputError } from './helpers.js';


const orders: Order[] = [
  { customerId: 'a', date: '2026-01-05', amount: 50 },
  { customerId: 'a', date: '2026-02-10', amount: 70 },
  { customerId: 'b', date: '2026-02-28T23:59:59Z', amount: 30 },
  { customerId: 1, date: '2026-03-01', amount: 0 },
  { customerId: '1', date: '2026-03-20', amount: 50 },
];

describe('averageOrderValue', () => {
  it('is total amount ÷ orders', () => {
    assert.equal(averageOrderValue(orders), 200 / 5);
    assert.equal(averageOrderValue([{ customerId: 'x', date: '2026-01-01', amount: 12.5 }]), 12.5);
  });
  it('is null without orders', () => {
    assert.equal(averageOrderValue([]), null);
  });
  it('rejects a negative amount or a bad date with row and field', () => {
    const err = inputError(() =>
      averageOrderValue([...orders, { customerId: 'c', date: '2026-01-01', amount: -5 }, { customerId: 'c', date: 'yesterday', amount: 5 }]),
    );
    assert.deepEqual(
      err.issues.map((i) => [i.row, i.field]),
      [
        [5, 'amount'],
        [6, 'date'],
      ],
    );
  });
});

describe('purchaseFrequency', () => {
  it('is orders ÷ distinct customers, with 1 and "1" one customer', () => {
    assert.equal(purchaseFrequency(orders), 5 / 3);
  });
  it('is null without orders', () => {
    assert.equal(purchaseFrequency([]), null);
  });
  it('rejects a missing customerId', () => {
    const err = inputError(() => purchaseFrequency([{ date: '2026-01-01', amount: 1 } as unknown as Order]));
    assert.deepEqual([err.issues[0]?.row, err.issues[0]?.field], [0, 'customerId']);
  });
});

describe('arpu', () => {
  it('is revenue ÷ distinct customers over all orders by default', () => {
    assert.equal(arpu(orders), 200 / 3);
  });

  it('counts only orders in the inclusive months from..to (UTC)', () => {
    // February: a (70) and b (30, on the last second of the month).
    assert.equal(arpu(orders, { from: '2026-02', to: '2026-02' }), 50);
    // From March: only customer 1 (0 + 50).
    assert.equal(arpu(orders, { from: '2026-03' }), 50);
    // Up to January: only a.
    assert.equal(arpu(orders, { to: '2026-01' }), 50);
  });

  it('is null when no order falls in the range', () => {
    assert.equal(arpu(orders, { from: '2027-01' }), null);
    assert.equal(arpu([]), null);
  });

  it('rejects bad months and a reversed range as option errors', () => {
    for (const [opts, field] of [
      [{ from: '2026-13' }, 'from'],
      [{ to: '2026-1' }, 'to'],
      [{ from: '2026-03', to: '2026-02' }, 'to'],
    ] as const) {
      const err = inputError(() => arpu(orders, opts));
      assert.deepEqual([err.issues[0]?.row, err.issues[0]?.field], [null, field], JSON.stringify(opts));
    }
  });
});

describe('order metrics: properties', () => {
  const order = fc.record({
    customerId: fc.oneof(fc.constantFrom('a', 'b', 'c', 'd'), fc.integer({ min: 1, max: 4 })),
    date: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2027, 0, 1) }).map((ms) => new Date(ms).toISOString()),
    amount: fc.integer({ min: 0, max: 10_000 }),
  });

  it('input order never changes any result', () => {
    fc.assert(
      fc.property(fc.array(order, { maxLength: 60 }), fc.integer(), (rows, seed) => {
        const shuffled = fc.sample(fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }), { numRuns: 1, seed })[0]!;
        assert.equal(averageOrderValue(shuffled), averageOrderValue(rows));
        assert.equal(purchaseFrequency(shuffled), purchaseFrequency(rows));
        const a = arpu(rows, { from: '2022-01', to: '2024-12' });
        const b = arpu(shuffled, { from: '2022-01', to: '2024-12' });
        assert.ok(a === b || (a !== null && b !== null && Math.abs(a - b) < 1e-9));
      }),
    );
  });

  it('ARPU over all orders = AOV × purchase frequency', () => {
    fc.assert(
      fc.property(fc.array(order, { minLength: 1, maxLength: 60 }), (rows) => {
        const lhs = arpu(rows)!;
        const rhs = averageOrderValue(rows)! * purchaseFrequency(rows)!;
        assert.ok(Math.abs(lhs - rhs) <= 1e-9 * Math.max(1, lhs));
        assert.ok(purchaseFrequency(rows)! >= 1);
      }),
    );
  });
});
