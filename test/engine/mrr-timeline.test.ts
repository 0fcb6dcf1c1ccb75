// The fused check-and-read walk of buildTimeline (through mrrMovements): it
// must accept exactly what the MrrChange record check accepts and, on any bad
// row, report like validateRows does. The id table must keep ids apart that
// share a hash bucket or a length.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cohortRetention, customerChurn, grr, MetricsInputError, mrrMovements, nrr, type MrrChange } from '../../src/engine/index.js';
import { generateMrrChanges } from '../../scripts/sample-data.mjs';
import { IdTable } from '../../src/engine/id-table.js';
import { issuesOf } from './helpers.js';


const good = (customerId: string | number, date: string, mrr: number) => ({ customerId, date, mrr });

describe('mrrMovements: the one-pass row check', () => {
  it('rejects an empty date on the first row (nothing to reuse yet)', () => {
    const issues = issuesOf(() => mrrMovements([{ customerId: 'a', date: '', mrr: 1 }] as never));
    assert.deepEqual(issues.map((x) => [x.row, x.field]), [[0, 'date']]);
  });

  it('checks a date that differs from the last good one, and every field of rows that repeat a date', () => {
    const rows = [
      good('a', '2026-01-05', 10),
      good('b', '2026-01-05', 20),
      { customerId: 'c', date: '2026-02-30', mrr: 5 },
      { customerId: '', date: '2026-01-05', mrr: 5 },
      { customerId: 'd', date: '2026-01-05', mrr: -1 },
      { customerId: 'e', date: null, mrr: 5 },
      { customerId: 'f', date: '2026-01-05', mrr: Number.NaN },
      null,
      { customerId: Number.POSITIVE_INFINITY, date: '2026-01-05', mrr: 1 },
    ];
    const issues = issuesOf(() => mrrMovements(rows as never));
    assert.deepEqual(
      issues.map((x) => [x.row, x.field]),
      [
        [2, 'date'],
        [3, 'customerId'],
        [4, 'mrr'],
        [5, 'date'],
        [6, 'mrr'],
        [7, ''],
        [8, 'customerId'],
      ],
    );
  });

  it('reports every bad row, not just the first, and rejects a non-array', () => {
    const rows = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? good('a', 'x', 1) : good('a', `2026-01-${String(i + 1).padStart(2, '0')}`, i)));
    const error = (() => {
      try {
        mrrMovements(rows);
      } catch (e) {
        return e as MetricsInputError;
      }
      return undefined;
    })();
    assert.ok(error instanceof MetricsInputError);
    assert.equal(error.total, 10);
    assert.equal(issuesOf(() => mrrMovements({} as never))[0]?.row, null);
  });

  it('treats 1 and "1" as one customer, and numbers and strings of other spellings apart', () => {
    const [jan, feb] = mrrMovements([good(1, '2026-01-10', 10), good('1', '2026-02-10', 30), good('01', '2026-02-11', 5)]);
    assert.equal(jan?.newCustomers, 1);
    assert.equal(feb?.expansion, 20);
    assert.equal(feb?.newCustomers, 1);
    assert.equal(feb?.endMrr, 35);
  });
});

describe('IdTable', () => {
  it('numbers distinct keys in first-seen order, through growth, with equal lengths and shared prefixes', () => {
    const table = new IdTable();
    const keys = Array.from({ length: 5000 }, (_, i) => `cus_${String(i).padStart(7, '0')}`);
    keys.push('', 'é', 'e\u0301', '\u{1F600}', 'cus_00000001');
    keys.forEach((k, i) => assert.equal(table.intern(k), i));
    keys.forEach((k, i) => assert.equal(table.intern(`${k}`.slice(0)), i));
    // A fresh string with the same characters is the same key.
    assert.equal(table.intern(['cus_', '0000', '042'].join('')), 42);
    assert.equal(table.size, keys.length);
    assert.deepEqual(table.keys, keys);
  });

  it('keeps keys with code units past 255 apart from one-byte keys that share their low bytes', () => {
    const table = new IdTable();
    // 'Ā' is U+0100: its low byte is that of U+0000; 'ũ' (U+0169) shares 'i''s low byte (0x69).
    const keys = ['a\u0000', 'aĀ', 'Āa', 'ia', 'ũa', 'жук', '\u{1F600}', 'x'.repeat(300), `${'ж'.repeat(40)}1`, 'ÿ'];
    for (let round = 0; round < 3; round++) {
      keys.forEach((k, i) => assert.equal(table.intern(k.split('').join('')), i, `${round}: ${k}`));
    }
    assert.equal(table.size, keys.length);
    assert.deepEqual(table.keys, keys);
    // One-byte keys added after the wide ones still get their own numbers and are found again.
    for (let i = 0; i < 200; i++) assert.equal(table.intern(`k${i}`), keys.length + i);
    for (let i = 0; i < 200; i++) assert.equal(table.intern(`k${i}`), keys.length + i);
  });
});

describe('the MRR timeline: input in order of instant or not', () => {
  // Generated changes come in date order (customers interleaved), the order
  // the timeline reads without sorting; reversed, every customer's changes
  // must be grouped and sorted first. Whole amounts: any order sums exactly.
  const inOrder = generateMrrChanges(3000, 11) as MrrChange[];
  const reversed = [...inOrder].reverse();

  it('gives the same results either way', () => {
    assert.ok(inOrder.every((c) => Number.isInteger(c.mrr)));
    assert.deepEqual(mrrMovements(reversed), mrrMovements(inOrder));
    assert.deepEqual(cohortRetention(reversed), cohortRetention(inOrder));
    assert.deepEqual(cohortRetention(reversed, { basis: 'revenue' }), cohortRetention(inOrder, { basis: 'revenue' }));
    assert.deepEqual(customerChurn(reversed, { includeNewChurn: true }), customerChurn(inOrder, { includeNewChurn: true }));
    const months = mrrMovements(inOrder).map((r) => r.month);
    const period = { from: months[3]!, to: months[15]! };
    assert.equal(nrr(reversed, period), nrr(inOrder, period));
    assert.equal(grr(reversed, period), grr(inOrder, period));
  });

  it('reports clashes in row order, each naming the first row at its instant, when it had to sort', () => {
    const rows = [
      good('a', '2026-03-14', 10),
      good('b', '2026-05-01', 7),
      good('a', '2026-01-02', 5), // before a's previous row: the timeline sorts
      good('b', '2026-05-01', 8), // clash with row 1
      good('a', '2026-03-14T00:00:00Z', 10), // same instant and MRR as row 0: fine
      good('a', '2026-03-14', 11), // clash with row 0
    ];
    const issues = issuesOf(() => cohortRetention(rows));
    assert.deepEqual(issues.map((i) => [i.row, i.field]), [[3, 'mrr'], [5, 'mrr']]);
    assert.match(issues[0]?.message ?? '', /^row 1 gives customer b an MRR of 7 at the same date \(2026-05-01\), this row 8$/);
    assert.match(issues[1]?.message ?? '', /^row 0 gives customer a an MRR of 10 at the same date \(2026-03-14\), this row 11$/);
    // The same rows without the out-of-order one: the same two issues.
    const sortedIssues = issuesOf(() => mrrMovements(rows.filter((_, i) => i !== 2)));
    assert.deepEqual(sortedIssues.map((i) => [i.row, i.message]), [[2, issues[0]?.message], [4, issues[1]?.message]]);
  });
});
