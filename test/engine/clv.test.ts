import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { clv, type ClvInput, type MrrChange, type Order } from '../../src/engine/index.js';
import { inputError } from './helpers.js';


const close = (actual: number | null, expected: number, eps = 1e-9) =>
  assert.ok(actual !== null && Math.abs(actual - expected) <= eps * Math.max(1, Math.abs(expected)), `expected ${expected}, got ${actual}`);

/**
 * Ten customers at 100 a month from January 2026; customer c cancels in
 * month c + 2 (February…June); in July customer 9 expands to 200.
 * Customer churn: Jan null (nobody at the start), Feb 1/10, Mar 1/9, Apr 1/8,
 * May 1/7, Jun 1/6, Jul 0/5. ARPA at the end of July: 600 ÷ 5 = 120.
 */
function subscriptionChanges(): MrrChange[] {
  const changes: MrrChange[] = [];
  for (let c = 0; c < 10; c++) changes.push({ customerId: c, date: '2026-01-05', mrr: 100 });
  for (let c = 0; c < 5; c++) changes.push({ customerId: c, date: `2026-0${c + 2}-10`, mrr: 0 });
  changes.push({ customerId: 9, date: '2026-07-01', mrr: 200 });
  return changes;
}
const JAN_TO_JUN = [1 / 10, 1 / 9, 1 / 8, 1 / 7, 1 / 6];
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('clv: explicit', () => {
  it('reproduces the worked example: $50 × 3 a month × 24 months = 3,600', () => {
    const r = clv({ method: 'explicit', averageOrderValue: 50, purchaseFrequency: 3, lifespanMonths: 24 });
    assert.deepEqual(r, {
      value: 3600,
      method: 'explicit',
      inputs: { averageOrderValue: 50, purchaseFrequency: 3, lifespanMonths: 24 },
    });
  });

  it('ARPA × margin ÷ churn, margin defaulting to 1', () => {
    const r = clv({ method: 'explicit', arpa: 120, churnRate: 0.02, grossMargin: 0.8 });
    close(r.value, 4800);
    assert.deepEqual(r.inputs, { arpa: 120, churnRate: 0.02, grossMargin: 0.8 });
    close(clv({ method: 'explicit', arpa: 120, churnRate: 0.02 }).value, 6000);
    assert.equal((clv({ method: 'explicit', arpa: 120, churnRate: 0.02 }).inputs as { grossMargin: number }).grossMargin, 1);
  });

  it('is null when the churn rate is 0 or null', () => {
    assert.equal(clv({ method: 'explicit', arpa: 120, churnRate: 0 }).value, null);
    assert.equal(clv({ method: 'explicit', arpa: 120, churnRate: null }).value, null);
  });

  it('rejects bad numbers by field, and input matching neither form', () => {
    const cases: Array<[unknown, string]> = [
      [{ method: 'explicit', arpa: -1, churnRate: 0.1 }, 'arpa'],
      [{ method: 'explicit', arpa: '120', churnRate: 0.1 }, 'arpa'],
      [{ method: 'explicit', arpa: 120, churnRate: 1.5 }, 'churnRate'],
      [{ method: 'explicit', arpa: 120 }, 'churnRate'],
      [{ method: 'explicit', arpa: 120, churnRate: 0.1, grossMargin: 0 }, 'grossMargin'],
      [{ method: 'explicit', arpa: 120, churnRate: 0.1, grossMargin: 1.2 }, 'grossMargin'],
      [{ method: 'explicit', averageOrderValue: 50, purchaseFrequency: 3, lifespanMonths: 0 }, 'lifespanMonths'],
      [{ method: 'explicit', averageOrderValue: 50, purchaseFrequency: Number.NaN, lifespanMonths: 24 }, 'purchaseFrequency'],
      [{ method: 'explicit', averageOrderValue: 50, lifespanMonths: 24 }, 'purchaseFrequency'],
      [{ method: 'explicit' }, ''],
    ];
    for (const [bad, field] of cases) {
      const err = inputError(() => clv(bad as ClvInput));
      assert.deepEqual([err.issues[0]?.row, err.issues[0]?.field], [null, field], JSON.stringify(bad));
      assert.match(err.message, /^clv: /);
    }
  });
});

describe('clv: method', () => {
  it('an unknown or missing method is an error on the field method', () => {
    for (const bad of [{ method: 'magic' }, {}, { method: 3 }]) {
      const err = inputError(() => clv(bad as unknown as ClvInput));
      assert.deepEqual([err.issues[0]?.row, err.issues[0]?.field], [null, 'method'], JSON.stringify(bad));
      assert.match(err.issues[0]!.message, /subscription, transactional, explicit/);
    }
  });
  it('input that is not an object is an error', () => {
    for (const bad of [null, undefined, 42, [{ method: 'explicit' }]]) {
      const err = inputError(() => clv(bad as unknown as ClvInput));
      assert.equal(err.issues[0]?.row, null);
    }
  });
});

describe('clv: subscription', () => {
  it('ARPA of the last month × margin ÷ the mean churn of the 6 months before it (null rates skipped)', () => {
    const r = clv({ method: 'subscription', changes: subscriptionChanges(), grossMargin: 0.75 });
    assert.equal(r.method, 'subscription');
    const inputs = r.inputs as { arpa: number; churnRate: number; grossMargin: number };
    assert.equal(inputs.arpa, 120);
    assert.equal(inputs.grossMargin, 0.75);
    // Window Jan…Jun: January's rate is null (nobody at its start) and is skipped; July is not in it.
    close(inputs.churnRate, mean(JAN_TO_JUN));
    close(r.value, (120 * 0.75) / mean(JAN_TO_JUN));
  });

  it('honours window', () => {
    const r = clv({ method: 'subscription', changes: subscriptionChanges(), window: 2 });
    close((r.inputs as { churnRate: number }).churnRate, mean([1 / 7, 1 / 6]));
    close(r.value, 120 / mean([1 / 7, 1 / 6]));
    const one = clv({ method: 'subscription', changes: subscriptionChanges(), window: 1 });
    close(one.value, 120 * 6);
  });

  it('is null when no customer churned in the window', () => {
    const changes: MrrChange[] = [
      { customerId: 'a', date: '2026-01-01', mrr: 100 },
      { customerId: 'b', date: '2026-01-01', mrr: 50 },
      { customerId: 'b', date: '2026-04-01', mrr: 80 },
    ];
    const r = clv({ method: 'subscription', changes });
    assert.equal(r.value, null);
    assert.deepEqual(r.inputs, { arpa: 90, churnRate: 0, grossMargin: 1 });
  });

  it('is null with a single month of data (no month before it) and with no data', () => {
    const r = clv({ method: 'subscription', changes: [{ customerId: 'a', date: '2026-01-01', mrr: 100 }] });
    assert.deepEqual(r, { value: null, method: 'subscription', inputs: { arpa: 100, churnRate: null, grossMargin: 1 } });
    assert.deepEqual(clv({ method: 'subscription', changes: [] }), {
      value: null,
      method: 'subscription',
      inputs: { arpa: null, churnRate: null, grossMargin: 1 },
    });
  });

  it('is null when nobody pays at the end of the last month', () => {
    const changes = [...subscriptionChanges(), ...[5, 6, 7, 8, 9].map((c) => ({ customerId: c, date: '2026-08-02', mrr: 0 }))];
    const r = clv({ method: 'subscription', changes });
    assert.equal((r.inputs as { arpa: number | null }).arpa, null);
    assert.equal(r.value, null);
  });

  it('rejects bad options and bad change rows, reported as clv', () => {
    for (const [opts, field] of [
      [{ grossMargin: 0 }, 'grossMargin'],
      [{ grossMargin: 2 }, 'grossMargin'],
      [{ window: 0 }, 'window'],
      [{ window: 1.5 }, 'window'],
    ] as const) {
      const err = inputError(() => clv({ method: 'subscription', changes: subscriptionChanges(), ...opts }));
      assert.deepEqual([err.issues[0]?.row, err.issues[0]?.field], [null, field]);
    }
    const missing = inputError(() => clv({ method: 'subscription' } as unknown as ClvInput));
    assert.equal(missing.issues[0]?.field, 'changes');
    const bad = inputError(() =>
      clv({ method: 'subscription', changes: [...subscriptionChanges(), { customerId: 'z', date: '2026-02-30', mrr: 5 }] }),
    );
    assert.deepEqual([bad.issues[0]?.row, bad.issues[0]?.field], [16, 'date']);
    assert.match(bad.message, /^clv: /);
  });

  it('property: the order of changes never matters', () => {
    const changes = subscriptionChanges();
    fc.assert(
      fc.property(fc.shuffledSubarray(changes, { minLength: changes.length, maxLength: changes.length }), (shuffled) => {
        assert.deepEqual(clv({ method: 'subscription', changes: shuffled }), clv({ method: 'subscription', changes }));
      }),
      { numRuns: 30 },
    );
  });
});

describe('clv: transactional', () => {
  it('reproduces $50 × 3 a month × 24 months = 3,600 from orders', () => {
    // One customer, three $50 orders in each of two months: AOV 50, 6 orders ÷ 2 active months.
    const orders: Order[] = ['2026-01-03', '2026-01-13', '2026-01-23', '2026-02-03', '2026-02-13', '2026-02-23'].map((date) => ({
      customerId: 'a',
      date,
      amount: 50,
    }));
    const r = clv({ method: 'transactional', orders, lifespanMonths: 24 });
    assert.deepEqual(r, {
      value: 3600,
      method: 'transactional',
      inputs: { averageOrderValue: 50, purchaseFrequency: 3, lifespanMonths: 24 },
    });
  });

  it('defaults the lifespan to the mean active months, first to last order inclusive', () => {
    const orders: Order[] = [
      { customerId: 'a', date: '2026-01-31', amount: 50 },
      { customerId: 'a', date: '2026-03-01', amount: 50 }, // a: Jan–Mar, 3 months
      { customerId: 'b', date: '2026-05-20', amount: 20 }, // b: 1 month
    ];
    const r = clv({ method: 'transactional', orders });
    assert.deepEqual(r.inputs, { averageOrderValue: 40, purchaseFrequency: 3 / 4, lifespanMonths: 2 });
    close(r.value, 60);
  });

  it('is null without orders', () => {
    assert.deepEqual(clv({ method: 'transactional', orders: [] }), {
      value: null,
      method: 'transactional',
      inputs: { averageOrderValue: null, purchaseFrequency: null, lifespanMonths: null },
    });
  });

  it('rejects a bad lifespan and bad order rows', () => {
    const err = inputError(() => clv({ method: 'transactional', orders: [], lifespanMonths: -3 }));
    assert.deepEqual([err.issues[0]?.row, err.issues[0]?.field], [null, 'lifespanMonths']);
    const rows = inputError(() => clv({ method: 'transactional', orders: [{ customerId: 'a', date: '2026-01-01', amount: -1 }] }));
    assert.deepEqual([rows.issues[0]?.row, rows.issues[0]?.field], [0, 'amount']);
  });

  it('property: with the default lifespan, CLV = revenue ÷ customers, in any order', () => {
    const order = fc.record({
      customerId: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      date: fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2026, 11, 31) }).map((ms) => new Date(ms).toISOString()),
      amount: fc.integer({ min: 0, max: 1000 }),
    });
    fc.assert(
      fc.property(fc.array(order, { minLength: 1, maxLength: 50 }), (orders) => {
        const r = clv({ method: 'transactional', orders });
        const revenue = orders.reduce((s, o) => s + o.amount, 0);
        close(r.value, revenue / new Set(orders.map((o) => o.customerId)).size);
        const again = clv({ method: 'transactional', orders: [...orders].reverse() });
        close(again.value, r.value!);
      }),
    );
  });
});
