import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  arpa,
  arr,
  customerChurn,
  grr,
  mrr,
  mrrMovements,
  nrr,
  quickRatio,
  retention,
  revenueChurn,
  type Customer,
  type MrrChange,
} from '../../src/engine/index.js';

const DAY = 86_400_000;
const BASE = Date.UTC(2025, 10, 1); // 2025-11-01

/** An instant as the kit accepts it: a bare date at midnight, else a full timestamp. */
function iso(ms: number): string {
  const text = new Date(ms).toISOString();
  return ms % DAY === 0 ? text.slice(0, 10) : text;
}

/** A few customers over about seven months; amounts mostly whole, 0 often. */
const amount = fc.oneof(
  { weight: 2, arbitrary: fc.constant(0) },
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 500 }) },
  { weight: 1, arbitrary: fc.constantFrom(9.99, 49.5, 120.25) },
);
const instant = fc.oneof(
  fc.integer({ min: 0, max: 210 }).map((d) => BASE + d * DAY),
  fc.integer({ min: 0, max: 210 * 24 - 1 }).map((h) => BASE + h * 3_600_000),
);
const changeArb = fc.record({
  customerId: fc.constantFrom<string | number>('a', 'b', 'c', 'd', 'e', 7),
  t: instant,
  mrr: amount,
});
/** Change sets without clashes: one row per customer and instant. */
const changesArb = fc
  .uniqueArray(changeArb, { maxLength: 40, selector: (c) => `${c.customerId}@${c.t}` })
  .map((rows) => rows.map((r): MrrChange => ({ customerId: r.customerId, date: iso(r.t), mrr: r.mrr })));

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Month index from epoch ms, and back. */
const monthOf = (ms: number) => {
  const d = new Date(ms);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};
const monthName = (m: number) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
const monthEndMs = (m: number) => Date.UTC(Math.floor(m / 12), (m % 12) + 1, 1);

/** The straightforward reading of the spec: each customer's value at every month end. */
function referenceMovements(changes: readonly MrrChange[]) {
  if (changes.length === 0) return [];
  const times = changes.map((c) => Date.parse(c.date));
  const first = monthOf(Math.min(...times));
  const last = monthOf(Math.max(...times));
  const ids = [...new Set(changes.map((c) => String(c.customerId)))];
  const valueAt = (id: string, m: number): number => {
    let best = -Infinity;
    let value = 0;
    changes.forEach((c, i) => {
      const t = times[i]!;
      if (String(c.customerId) === id && t < monthEndMs(m) && t >= best) {
        best = t;
        value = c.mrr;
      }
    });
    return value;
  };
  const out = [];
  const everPaid = new Set<string>();
  for (let m = first; m <= last; m++) {
    const row = { month: monthName(m), new: 0, expansion: 0, contraction: 0, churn: 0, reactivation: 0, newCustomers: 0, churnedCustomers: 0, reactivatedCustomers: 0, customersEnd: 0, endMrr: 0 };
    for (const id of ids) {
      const before = valueAt(id, m - 1);
      const now = valueAt(id, m);
      if (before === 0 && now > 0) {
        if (everPaid.has(id)) {
          row.reactivation += now;
          row.reactivatedCustomers++;
        } else {
          row.new += now;
          row.newCustomers++;
        }
      } else if (before > 0 && now === 0) {
        row.churn += before;
        row.churnedCustomers++;
      } else if (now > before) row.expansion += now - before;
      else if (now < before) row.contraction += before - now;
      if (now > 0) {
        everPaid.add(id);
        row.customersEnd++;
        row.endMrr += now;
      }
    }
    out.push(row);
  }
  return out;
}

describe('revenue engine properties', () => {
  it('mrrMovements agrees with a per-customer, per-month reference', () => {
    fc.assert(
      fc.property(changesArb, (changes) => {
        const actual = mrrMovements(changes);
        const expected = referenceMovements(changes);
        assert.equal(actual.length, expected.length);
        actual.forEach((row, i) => {
          const ref = expected[i]!;
          assert.equal(row.month, ref.month);
          for (const key of ['newCustomers', 'churnedCustomers', 'reactivatedCustomers', 'customersEnd'] as const) {
            assert.equal(row[key], ref[key], `${row.month} ${key}`);
          }
          for (const key of ['new', 'expansion', 'contraction', 'churn', 'reactivation', 'endMrr'] as const) {
            assert.ok(near(row[key], ref[key]), `${row.month} ${key}: ${row[key]} vs ${ref[key]}`);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('endMrr = startMrr + new + expansion + reactivation − contraction − churn; each month starts where the last ended', () => {
    fc.assert(
      fc.property(changesArb, (changes) => {
        const rows = mrrMovements(changes);
        rows.forEach((r, i) => {
          assert.ok(near(r.endMrr, r.startMrr + r.new + r.expansion + r.reactivation - r.contraction - r.churn), r.month);
          assert.equal(r.customersEnd, r.customersStart + r.newCustomers + r.reactivatedCustomers - r.churnedCustomers);
          assert.ok(r.endMrr >= 0 && r.customersEnd >= 0);
          if (i > 0) {
            assert.equal(r.startMrr, rows[i - 1]!.endMrr);
            assert.equal(r.customersStart, rows[i - 1]!.customersEnd);
          } else {
            assert.equal(r.startMrr, 0);
            assert.equal(r.customersStart, 0);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('no result depends on the order of the input', () => {
    const shuffledPair = changesArb.chain((changes) =>
      fc.tuple(fc.constant(changes), fc.shuffledSubarray(changes, { minLength: changes.length, maxLength: changes.length })),
    );
    fc.assert(
      fc.property(shuffledPair, ([changes, shuffled]) => {
        // Whole amounts sum exactly, so any order gives bit-identical results.
        const whole = (cs: MrrChange[]) => cs.map((c) => ({ ...c, mrr: Math.round(c.mrr) }));
        const [a, b] = [whole(changes), whole(shuffled)];
        assert.deepEqual(mrrMovements(b), mrrMovements(a));
        assert.deepEqual(customerChurn(b, { includeNewChurn: true }), customerChurn(a, { includeNewChurn: true }));
        assert.deepEqual(revenueChurn(b), revenueChurn(a));
        assert.deepEqual(arpa(b), arpa(a));
        assert.deepEqual(quickRatio(b), quickRatio(a));
        assert.equal(nrr(b, { from: '2026-01', to: '2026-04' }), nrr(a, { from: '2026-01', to: '2026-04' }));
      }),
      { numRuns: 200 },
    );
  });

  it('rates stay in range: customer churn and gross revenue churn in [0, 1], retention = 1 − churn', () => {
    fc.assert(
      fc.property(changesArb, (changes) => {
        const churn = customerChurn(changes);
        const withNew = customerChurn(changes, { includeNewChurn: true });
        const kept = retention(changes);
        churn.forEach((r, i) => {
          assert.ok(r.rate === null || (r.rate >= 0 && r.rate <= 1), `${r.month} rate ${r.rate}`);
          assert.equal(r.rate === null, r.customersStart === 0);
          assert.ok(withNew[i]!.churned >= r.churned);
          assert.equal(kept[i]!.rate, r.rate === null ? null : 1 - r.rate);
        });
        const moves = mrrMovements(changes);
        revenueChurn(changes).forEach((r, i) => {
          assert.equal(r.gross === null, moves[i]!.startMrr === 0);
          if (r.gross !== null && r.net !== null) {
            assert.ok(r.gross >= 0 && r.gross <= 1, `${r.month} gross ${r.gross}`);
            assert.ok(r.net <= r.gross);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('0 ≤ GRR ≤ 1, GRR ≤ NRR, and consecutive months match the movements', () => {
    const months = fc.integer({ min: 0, max: 8 }).map((i) => monthName(monthOf(BASE) + i));
    fc.assert(
      fc.property(changesArb, months, months, (changes, m1, m2) => {
        const [from, to] = m1 <= m2 ? [m1, m2] : [m2, m1];
        const g = grr(changes, { from, to });
        const n = nrr(changes, { from, to });
        assert.equal(g === null, n === null);
        if (g !== null && n !== null) {
          assert.ok(g >= 0 && g <= 1, `grr ${g}`);
          assert.ok(g <= n, `grr ${g} > nrr ${n}`);
        }
        const moves = mrrMovements(changes);
        for (let i = 1; i < moves.length; i++) {
          const m = moves[i]!;
          const r = nrr(changes, { from: moves[i - 1]!.month, to: m.month });
          if (m.startMrr === 0) assert.equal(r, null);
          else assert.ok(r !== null && near(r, (m.startMrr + m.expansion - m.contraction - m.churn) / m.startMrr), m.month);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('arr = 12 × mrr, arpa = mrr ÷ paying customers', () => {
    fc.assert(
      fc.property(changesArb, (changes) => {
        const monthly = mrr(changes);
        const yearly = arr(changes);
        const perAccount = arpa(changes);
        const moves = mrrMovements(changes);
        monthly.forEach((r, i) => {
          assert.equal(yearly[i]!.value, 12 * r.value);
          assert.equal(r.value, moves[i]!.endMrr);
          const n = moves[i]!.customersEnd;
          assert.equal(perAccount[i]!.value, n === 0 ? null : r.value / n);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('Customer rows and the equivalent MrrChange rows give the same customer churn', () => {
    const customerArb = fc
      .uniqueArray(
        fc.record({
          id: fc.integer({ min: 1, max: 30 }),
          start: instant,
          length: fc.option(fc.integer({ min: 1, max: 150 * 24 }), { nil: undefined }),
        }),
        { minLength: 1, maxLength: 25, selector: (c) => c.id },
      )
      .map((rows) =>
        rows.map(({ id, start, length }) => ({
          customer: length === undefined ? { id, start: iso(start) } : { id, start: iso(start), end: iso(start + length * 3_600_000) },
        })),
      );
    fc.assert(
      fc.property(customerArb, fc.boolean(), (rows, includeNewChurn) => {
        const asCustomers: Customer[] = rows.map((r) => r.customer);
        const asChanges: MrrChange[] = asCustomers.flatMap((c) => [
          { customerId: c.id, date: c.start, mrr: 100 },
          ...(c.end ? [{ customerId: c.id, date: c.end, mrr: 0 }] : []),
        ]);
        assert.deepEqual(customerChurn(asCustomers, { includeNewChurn }), customerChurn(asChanges, { includeNewChurn }));
      }),
      { numRuns: 300 },
    );
  });
});
