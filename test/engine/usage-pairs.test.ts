// The customer + user pairs the usage series count (docs/metrics.md#stickiness):
// PairTable numbers pairs as a Map of joined keys would, through growth, wide
// code units and pairs whose joined text is the same.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PairTable } from '../../src/engine/pair-table.js';
import { engagement, stickiness, type UsageEvent } from '../../src/engine/index.js';

/** The reference: a Map under a key that keeps ("ab", "c") and ("a", "bc") apart. */
function referenceNumbers(pairs: ReadonlyArray<readonly [string, string]>): number[] {
  const seen = new Map<string, number>();
  return pairs.map(([a, b]) => {
    const key = JSON.stringify([a, b]);
    let n = seen.get(key);
    if (n === undefined) seen.set(key, (n = seen.size));
    return n;
  });
}

const idText = fc.oneof(
  fc.string({ minLength: 0, maxLength: 6, unit: fc.constantFrom('a', 'b', ':', '1') }),
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.string({ minLength: 1, maxLength: 4, unit: 'binary' }), // code units past 255, surrogates
);

describe('PairTable', () => {
  it('numbers pairs in first-seen order, as a Map of the pairs does', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(idText, idText), { maxLength: 300 }), fc.nat(), (distinct, seed) => {
        // Each pair comes back a few times, in a shuffled order.
        const pairs = distinct.flatMap((p, i) => (i % 3 === 0 ? [p, p] : [p]));
        for (let i = pairs.length - 1; i > 0; i--) {
          const j = (seed + i * 7919) % (i + 1);
          [pairs[i], pairs[j]] = [pairs[j]!, pairs[i]!];
        }
        const table = new PairTable();
        const got = pairs.map(([a, b]) => table.intern(a, b));
        const want = referenceNumbers(pairs);
        assert.deepEqual(got, want);
        assert.equal(table.size, new Set(want).size);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps pairs apart whose joined text is the same, and grows past many thousand pairs', () => {
    const table = new PairTable();
    assert.equal(table.intern('ab', 'c'), 0);
    assert.equal(table.intern('a', 'bc'), 1);
    assert.equal(table.intern('abc', ''), 2);
    assert.equal(table.intern('', 'abc'), 3);
    assert.equal(table.intern('a', 'bc'), 1);
    assert.equal(table.intern('é✓', 'x'), 4);
    assert.equal(table.intern('é', '✓x'), 5);
    assert.equal(table.intern('é✓', 'x'), 4);
    const n = 50_000;
    for (let i = 0; i < n; i++) assert.equal(table.intern(`cus_${i % 997}`, `u${i}`), 6 + i);
    for (let i = n - 1; i >= 0; i -= 7) assert.equal(table.intern(`cus_${i % 997}`, `u${i}`), 6 + i);
    assert.equal(table.intern('ab', 'c'), 0);
    assert.equal(table.size, 6 + n);
  });
});

describe('usage series over many users', () => {
  it('mau and active users match a Set of customer + user pairs', () => {
    // 4,000 pairs in one month: ids whose joined text repeats ("1"+"12" = "11"+"2"),
    // numeric ids equal to text ids, and events without a user (the customer).
    const events: UsageEvent[] = [];
    const users = new Set<string>();
    for (let i = 0; i < 12_000; i++) {
      const c = i % 3 === 0 ? `${i % 40}` : i % 40;
      const u = (i * 31) % 100;
      const e: UsageEvent = i % 11 === 0 ? { customerId: c, date: `2026-05-${String(1 + (i % 31)).padStart(2, '0')}T08:00:00Z` }
        : { customerId: c, userId: i % 2 ? String(u) : u, date: `2026-05-${String(1 + (i % 31)).padStart(2, '0')}` };
      users.add(e.userId === undefined ? `c ${String(c)}` : `u ${String(c)} ${String(e.userId)}`);
      events.push(e);
    }
    const [row] = stickiness(events);
    assert.equal(row!.mau, users.size);
    assert.equal(engagement(events)[0]!.activeUsers, users.size);
  });
});
