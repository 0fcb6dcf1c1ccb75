import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
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
import { issuesOf } from './helpers.js';

const change = (customerId: string | number, date: string, value: number): MrrChange => ({ customerId, date, mrr: value });


function close(actual: number | null, expected: number, message?: string): void {
  assert.ok(actual !== null && Math.abs(actual - expected) < 1e-12, message ?? `${actual} ≉ ${expected}`);
}

/**
 * Hand-computed scenario, Jan–Apr 2026:
 * a: 100 (Jan) → 150 (Feb, expansion) → 120 (Mar, contraction)
 * b: 50 (Jan) → 0 (Feb, churn) → 80 (Apr, reactivation)
 * c: 200 (Feb, new) → 0 → 200 inside March (nets out) → 0 on 30 Apr (churn)
 * d: 40 → 0 inside March (joins and leaves)
 * e: 70 (Mar, new)
 */
const scenario: MrrChange[] = [
  change('a', '2026-01-05', 100),
  change('b', '2026-01-20', 50),
  change('b', '2026-02-03', 0),
  change('a', '2026-02-10', 150),
  change('c', '2026-02-14', 200),
  change('c', '2026-03-01', 0),
  change('e', '2026-03-05', 70),
  change('d', '2026-03-10', 40),
  change('a', '2026-03-15', 120),
  change('d', '2026-03-20', 0),
  change('c', '2026-03-31T23:59:59Z', 200),
  change('b', '2026-04-01', 80),
  change('c', '2026-04-30', 0),
];

describe('mrrMovements', () => {
  it('computes the hand-worked scenario month by month', () => {
    assert.deepEqual(mrrMovements(scenario), [
      {
        month: '2026-01', startMrr: 0, new: 150, expansion: 0, contraction: 0, churn: 0, reactivation: 0, endMrr: 150,
        customersStart: 0, customersEnd: 2, newCustomers: 2, churnedCustomers: 0, reactivatedCustomers: 0,
      },
      {
        month: '2026-02', startMrr: 150, new: 200, expansion: 50, contraction: 0, churn: 50, reactivation: 0, endMrr: 350,
        customersStart: 2, customersEnd: 2, newCustomers: 1, churnedCustomers: 1, reactivatedCustomers: 0,
      },
      {
        month: '2026-03', startMrr: 350, new: 70, expansion: 0, contraction: 30, churn: 0, reactivation: 0, endMrr: 390,
        customersStart: 2, customersEnd: 3, newCustomers: 1, churnedCustomers: 0, reactivatedCustomers: 0,
      },
      {
        month: '2026-04', startMrr: 390, new: 0, expansion: 0, contraction: 0, churn: 200, reactivation: 80, endMrr: 270,
        customersStart: 3, customersEnd: 3, newCustomers: 0, churnedCustomers: 1, reactivatedCustomers: 1,
      },
    ]);
  });

  it('returns [] for no changes', () => {
    assert.deepEqual(mrrMovements([]), []);
  });

  it('handles one customer with one change', () => {
    const [only, ...rest] = mrrMovements([change(7, '2026-05-31T23:59:59.999Z', 99)]);
    assert.equal(rest.length, 0);
    assert.equal(only?.month, '2026-05');
    assert.equal(only?.new, 99);
    assert.equal(only?.endMrr, 99);
    assert.equal(only?.customersEnd, 1);
  });

  it('gives every month from the first change to the last a row, quiet months included', () => {
    const rows = mrrMovements([change('a', '2025-11-03', 10), change('a', '2026-02-20', 25)]);
    assert.deepEqual(
      rows.map((r) => [r.month, r.startMrr, r.endMrr, r.expansion]),
      [
        ['2025-11', 0, 10, 0],
        ['2025-12', 10, 10, 0],
        ['2026-01', 10, 10, 0],
        ['2026-02', 10, 25, 15],
      ],
    );
  });

  it('takes the value in force at the month end: changes inside a month net out', () => {
    const rows = mrrMovements([
      change('up-down', '2026-01-01', 100),
      change('up-down', '2026-02-05', 300),
      change('up-down', '2026-02-25', 100),
      change('blip', '2026-02-10', 50),
      change('blip', '2026-02-11', 0),
      change('gap', '2026-01-15', 40),
      change('gap', '2026-02-01', 0),
      change('gap', '2026-02-28T12:00:00Z', 40),
    ]);
    const feb = rows[1];
    assert.equal(feb?.month, '2026-02');
    for (const key of ['new', 'expansion', 'contraction', 'churn', 'reactivation'] as const) assert.equal(feb?.[key], 0, key);
    assert.equal(feb?.customersEnd, 2);
    assert.equal(feb?.endMrr, 140);
  });

  it('counts a return after churn as reactivation, never as new again', () => {
    const rows = mrrMovements([
      change('a', '2026-01-10', 30),
      change('a', '2026-02-10', 0),
      change('a', '2026-04-10', 45),
    ]);
    assert.deepEqual(
      rows.map((r) => [r.month, r.new, r.churn, r.reactivation, r.newCustomers, r.reactivatedCustomers]),
      [
        ['2026-01', 30, 0, 0, 1, 0],
        ['2026-02', 0, 30, 0, 0, 0],
        ['2026-03', 0, 0, 0, 0, 0],
        ['2026-04', 0, 0, 45, 0, 1],
      ],
    );
  });

  it('treats numeric and text ids of the same value as one customer', () => {
    const rows = mrrMovements([change(1, '2026-01-10', 30), change('1', '2026-02-10', 50)]);
    assert.equal(rows[1]?.expansion, 20);
    assert.equal(rows[1]?.customersEnd, 1);
  });

  it('does not depend on the order of the input', () => {
    const forward = mrrMovements(scenario);
    assert.deepEqual(mrrMovements([...scenario].reverse()), forward);
    const interleaved = scenario.filter((_, i) => i % 2 === 1).concat(scenario.filter((_, i) => i % 2 === 0));
    assert.deepEqual(mrrMovements(interleaved), forward);
  });

  it('orders a long history of one customer, ties and clashes included', () => {
    // 300 changes, newest first: past the small-slice insertion sort.
    const days = Array.from({ length: 300 }, (_, i) => 299 - i);
    const long = days.map((d) => change('solo', new Date(Date.UTC(2025, 0, 1) + d * 86_400_000).toISOString(), d % 7 === 0 ? 0 : 10 + d));
    const sorted = [...long].reverse();
    assert.deepEqual(mrrMovements(long), mrrMovements(sorted));
    assert.equal(mrrMovements(long).at(-1)?.endMrr, 10 + 299);
    // An identical repeat is fine; a different value at the same instant is an issue on the later row.
    assert.doesNotThrow(() => mrrMovements([...long, long[5]!]));
    const issues = issuesOf(() => mrrMovements([...long, { ...long[5]!, mrr: 1 }]));
    assert.deepEqual(issues.map((i) => [i.row, i.field]), [[300, 'mrr']]);
    assert.match(issues[0]?.message ?? '', /row 5\b/);
  });

  it('narrows to from/to while the whole history still decides start values and new vs reactivation', () => {
    const rows = mrrMovements(scenario, { from: '2026-03', to: '2026-04' });
    assert.deepEqual(rows, mrrMovements(scenario).slice(2));
    assert.equal(rows[0]?.startMrr, 350);
    assert.equal(rows[1]?.reactivation, 80);
    assert.equal(rows[1]?.new, 0);
    assert.deepEqual(mrrMovements(scenario, { from: '2026-02', to: '2026-02' }).map((r) => r.month), ['2026-02']);
    // A range reaching past the data is cut to the data.
    assert.deepEqual(
      mrrMovements(scenario, { from: '2025-06', to: '2027-01' }).map((r) => r.month),
      ['2026-01', '2026-02', '2026-03', '2026-04'],
    );
    assert.deepEqual(mrrMovements(scenario, { from: '2026-05' }), []);
    assert.deepEqual(mrrMovements(scenario, { to: '2025-12' }), []);
  });

  it('accepts identical duplicates and counts them once', () => {
    const rows = mrrMovements([change('a', '2026-01-10', 30), change('a', '2026-01-10', 30), change('a', '2026-01-10T00:00:00Z', 30)]);
    assert.equal(rows[0]?.new, 30);
    assert.equal(rows[0]?.customersEnd, 1);
  });

  it('rejects two different values for one customer at one instant, on the later row, naming the other', () => {
    const input = [
      change('a', '2026-03-14', 10),
      change('b', '2026-03-14', 99),
      change('a', '2026-03-14T00:00:00Z', 20),
    ];
    const issues = issuesOf(() => mrrMovements(input));
    assert.equal(issues.length, 1);
    assert.equal(issues[0]?.row, 2);
    assert.equal(issues[0]?.field, 'mrr');
    assert.match(issues[0]?.message ?? '', /row 0/);
    // Swapping the rows moves the issue with them: still the later row, naming the earlier.
    const swapped = issuesOf(() => mrrMovements([input[2]!, input[1]!, input[0]!]));
    assert.equal(swapped[0]?.row, 2);
    assert.match(swapped[0]?.message ?? '', /row 0/);
    // The same date for two different customers is fine.
    assert.doesNotThrow(() => mrrMovements([change('a', '2026-03-14', 10), change('b', '2026-03-14', 20)]));
  });

  it('rejects bad rows with their row and field', () => {
    const issues = issuesOf(() =>
      mrrMovements([
        change('a', '2026-01-01', 5),
        change('a', '2026-01-02', -5),
        change('a', '2026-02-30', 5),
        { date: '2026-01-03', mrr: 5 } as unknown as MrrChange,
        change('', '2026-01-04', 5),
        change('a', '2026-01-05', Number.NaN),
      ]),
    );
    assert.deepEqual(
      issues.map((i) => [i.row, i.field]),
      [
        [1, 'mrr'],
        [2, 'date'],
        [3, 'customerId'],
        [4, 'customerId'],
        [5, 'mrr'],
      ],
    );
    assert.equal(issuesOf(() => mrrMovements('nope' as unknown as MrrChange[]))[0]?.row, null);
  });

  it('rejects from after to, and malformed months', () => {
    const [issue] = issuesOf(() => mrrMovements(scenario, { from: '2026-04', to: '2026-02' }));
    assert.equal(issue?.row, null);
    assert.equal(issue?.field, 'from');
    assert.equal(issuesOf(() => mrrMovements(scenario, { to: '2026-13' }))[0]?.field, 'to');
    assert.equal(issuesOf(() => mrrMovements(scenario, { from: '2026-4' }))[0]?.field, 'from');
  });

  it('keeps MRR exactly 0 when nobody pays, despite fractional amounts', () => {
    // 0.1 + 0.2 − 0.1 − 0.2 is 5.55e-17 in floating point.
    const rows = mrrMovements([
      change('a', '2026-01-01', 0.1),
      change('b', '2026-01-01', 0.2),
      change('a', '2026-02-01', 0),
      change('b', '2026-03-01', 0),
    ]);
    assert.equal(rows[2]?.customersEnd, 0);
    assert.equal(rows[2]?.endMrr, 0);
    assert.deepEqual(arpa([change('a', '2026-01-01', 0.1), change('b', '2026-01-01', 0.2), change('a', '2026-02-01', 0), change('b', '2026-03-01', 0)])[2], {
      month: '2026-03',
      value: null,
    });
  });
});

// ---------------------------------------------------------------------------

/** `n` customers starting on `start`, with ids from `prefix`. */
function customers(prefix: string, n: number, start: string, end?: string): Customer[] {
  return Array.from({ length: n }, (_, i) => (end === undefined ? { id: `${prefix}${i}`, start } : { id: `${prefix}${i}`, start, end }));
}

/** The same customers as MRR changes: `value` from `start`, 0 from `end`. */
function asChanges(rows: readonly Customer[], value = 100): MrrChange[] {
  return rows.flatMap((c) => [change(c.id, c.start, value), ...(c.end ? [change(c.id, c.end, 0)] : [])]);
}

describe('customerChurn', () => {
  // 500 customers at the start of April, 20 lost in April; 30 join in April.
  const april: Customer[] = [
    ...customers('stay', 480, '2026-03-10'),
    ...customers('lost', 20, '2026-03-12', '2026-04-15'),
    ...customers('late', 30, '2026-04-05'),
  ];
  // 1,000 customers at the start of May, 64 churned in May.
  const may: Customer[] = [
    ...customers('stay', 936, '2026-04-01'),
    ...customers('lost', 64, '2026-04-20', '2026-05-31T23:59:59Z'),
  ];

  it('reproduces the worked examples from Customer rows: 20/500 → 0.04, 64/1000 → 0.064', () => {
    const aprilRow = customerChurn(april).find((r) => r.month === '2026-04');
    assert.deepEqual(aprilRow, { month: '2026-04', customersStart: 500, churned: 20, rate: 0.04 });
    const mayRow = customerChurn(may).find((r) => r.month === '2026-05');
    assert.deepEqual(mayRow, { month: '2026-05', customersStart: 1000, churned: 64, rate: 0.064 });
  });

  it('reproduces the worked examples from MrrChange rows', () => {
    assert.deepEqual(customerChurn(asChanges(april)).find((r) => r.month === '2026-04'), {
      month: '2026-04', customersStart: 500, churned: 20, rate: 0.04,
    });
    // Expansions and contractions do not count as churn.
    const mayChanges = [...asChanges(may), ...customers('stay', 100, '2026-05-10').map((c) => change(c.id, c.start, 150))];
    assert.deepEqual(customerChurn(mayChanges).find((r) => r.month === '2026-05'), {
      month: '2026-05', customersStart: 1000, churned: 64, rate: 0.064,
    });
  });

  it('follows the Customer definitions at month boundaries, with and without includeNewChurn', () => {
    const rows: Customer[] = [
      { id: 'x', start: '2026-01-10' },
      { id: 'y', start: '2026-01-31T23:00:00Z', end: '2026-03-01' }, // gone on 1 March: churned in March
      { id: 'z', start: '2026-02-01' }, // starts on 1 Feb: not there at the start of February
      { id: 'w', start: '2026-03-05', end: '2026-03-25' }, // joins and leaves in March
      { id: 'v', start: '2026-02-10', end: '2026-04-02' },
    ];
    assert.deepEqual(customerChurn(rows), [
      { month: '2026-01', customersStart: 0, churned: 0, rate: null },
      { month: '2026-02', customersStart: 2, churned: 0, rate: 0 },
      { month: '2026-03', customersStart: 4, churned: 1, rate: 0.25 },
      { month: '2026-04', customersStart: 3, churned: 1, rate: 1 / 3 },
    ]);
    assert.deepEqual(
      customerChurn(rows, { includeNewChurn: true }).map((r) => [r.month, r.churned, r.rate]),
      [
        ['2026-01', 0, null],
        ['2026-02', 0, 0],
        ['2026-03', 2, 0.5],
        ['2026-04', 1, 1 / 3],
      ],
    );
  });

  it('counts joining and leaving inside a month only with includeNewChurn (MrrChange rows)', () => {
    assert.deepEqual(customerChurn(scenario).map((r) => [r.month, r.customersStart, r.churned, r.rate]), [
      ['2026-01', 0, 0, null],
      ['2026-02', 2, 1, 0.5],
      ['2026-03', 2, 0, 0],
      ['2026-04', 3, 1, 1 / 3],
    ]);
    const withNew = customerChurn(scenario, { includeNewChurn: true });
    assert.deepEqual(withNew[2], { month: '2026-03', customersStart: 2, churned: 1, rate: 0.5 });
    // c's 200 → 0 → 200 inside March is neither churn nor join-and-leave.
    assert.equal(withNew[3]?.churned, 1);
  });

  it('gives rate null when nobody was active at the start, even with join-and-leave churn', () => {
    const rows = customerChurn([change('a', '2026-01-03', 10), change('a', '2026-01-20', 0)], { includeNewChurn: true });
    assert.deepEqual(rows, [{ month: '2026-01', customersStart: 0, churned: 1, rate: null }]);
  });

  it('returns [] for no rows and narrows to from/to', () => {
    assert.deepEqual(customerChurn([]), []);
    assert.deepEqual(customerChurn(scenario, { from: '2026-02', to: '2026-03' }).map((r) => r.month), ['2026-02', '2026-03']);
  });

  it('finds repeated ids among many, and tells similar ids apart', () => {
    const many = customers('cus_', 5000, '2026-01-05');
    const rows: Customer[] = [...many, { id: 'cus_17', start: '2026-02-01' }, { id: 'cus_4999', start: '2026-02-01' }, { id: 'Cus_17', start: '2026-02-01' }, { id: 'cus_17 ', start: '2026-02-01' }, { id: 'é', start: '2026-02-01' }, { id: 'e\u0301', start: '2026-02-01' }];
    const issues = issuesOf(() => customerChurn(rows));
    assert.deepEqual(issues.map((i) => [i.row, i.field]), [
      [5000, 'id'],
      [5001, 'id'],
    ]);
    assert.match(issues[0]?.message ?? '', /row 17\b/);
    assert.match(issues[1]?.message ?? '', /row 4999\b/);
    // Ids whose 32-bit hashes collide in the engine's id table are still two customers.
    assert.doesNotThrow(() => customerChurn([{ id: 'cus_628258', start: '2026-01-01' }, { id: 'cus_1094106', start: '2026-01-01' }]));
    assert.equal(mrrMovements([change('cus_628258', '2026-01-01', 5), change('cus_1094106', '2026-01-01', 7)])[0]?.customersEnd, 2);
    // Distinct ids, many of them: each one counted once.
    assert.equal(customerChurn(many.map((c) => change(c.id, c.start, 5)).concat(change('cus_3', '2026-02-02', 0)))[1]?.customersStart, 5000);
  });

  it('rejects an end before its start, a repeated id and rows of the other shape', () => {
    const issues = issuesOf(() =>
      customerChurn([
        { id: 'a', start: '2026-03-01', end: '2026-02-27' },
        { id: 'b', start: '2026-03-01' },
        { id: 'b', start: '2026-04-01' },
        change('c', '2026-03-01', 4) as unknown as Customer,
      ]),
    );
    assert.deepEqual(
      issues.map((i) => [i.row, i.field]),
      [
        [0, 'end'],
        [2, 'id'],
        [3, 'id'],
        [3, 'start'],
      ],
    );
    assert.match(issues[1]?.message ?? '', /row 1/);
    // The first row decides: an MrrChange array with a Customer row in it.
    const mixed = issuesOf(() => customerChurn([change('a', '2026-01-01', 5), { id: 'b', start: '2026-01-01' }] as never));
    assert.deepEqual(mixed.map((i) => i.row), [1, 1, 1]);
    assert.equal(issuesOf(() => customerChurn(scenario, { includeNewChurn: 'yes' } as never))[0]?.field, 'includeNewChurn');
  });
});

describe('retention', () => {
  it('is 1 − the customer churn rate, null where that is null', () => {
    assert.deepEqual(
      retention(scenario).map((r) => [r.month, r.rate]),
      [
        ['2026-01', null],
        ['2026-02', 0.5],
        ['2026-03', 1],
        ['2026-04', 1 - 1 / 3],
      ],
    );
    assert.equal(retention(scenario, { includeNewChurn: true })[2]?.rate, 0.5);
    assert.deepEqual(retention([{ id: 1, start: '2026-01-01', end: '2026-03-01' }]).map((r) => r.rate), [null, 1, 0]);
    assert.deepEqual(retention([]), []);
  });
});

describe('revenueChurn', () => {
  it('keeps net at or below gross when sums round (a counterexample fast-check found)', () => {
    // Start MRR 64.99 − 55 is 9.989999999999995 in floating point; the last
    // customer's churn of 9.99 made gross 1 (guarded) and net 1.0000000000000004.
    const rows = revenueChurn([
      { customerId: 7, date: '2026-01-01', mrr: 0 },
      { customerId: 7, date: '2025-11-01', mrr: 9.99 },
      { customerId: 'a', date: '2025-12-01', mrr: 0 },
      { customerId: 'a', date: '2025-11-01', mrr: 55 },
    ]);
    assert.deepEqual(rows[2], { month: '2026-01', gross: 1, net: 1 });
  });

  it('computes gross and net revenue churn from the movements', () => {
    const rows = revenueChurn(scenario);
    assert.deepEqual(rows[0], { month: '2026-01', gross: null, net: null });
    close(rows[1]!.gross, 50 / 150);
    close(rows[1]!.net, 0);
    close(rows[2]!.gross, 30 / 350);
    close(rows[2]!.net, 30 / 350);
    close(rows[3]!.gross, 200 / 390);
    close(rows[3]!.net, (200 - 80) / 390);
  });

  it('can be negative net when expansion outweighs losses', () => {
    const rows = revenueChurn([change('a', '2026-01-01', 100), change('b', '2026-01-01', 100), change('a', '2026-02-01', 300), change('b', '2026-02-01', 50)]);
    close(rows[1]!.gross, 0.25);
    close(rows[1]!.net, (50 - 200) / 200);
    assert.deepEqual(revenueChurn([]), []);
  });

  it('is exactly 1 when every paying customer leaves, whatever the rounding of the sums', () => {
    // Summed in different orders, churn is 10.590000000000002 and startMrr 10.59 here.
    const rows = revenueChurn([
      change('c0', '2026-01-01', 1.1),
      change('c0', '2026-03-05', 0.3),
      change('c0', '2026-04-09', 0),
      change('c1', '2026-02-02', 2.675),
      change('c1', '2026-03-05', 9.99),
      change('c1', '2026-04-09', 0),
      change('c2', '2026-02-03', 0.3),
      change('c2', '2026-04-09', 0),
    ]);
    assert.equal(rows[3]?.gross, 1);
  });
});

describe('nrr and grr', () => {
  it('follow the cohort at the end of from to the end of to', () => {
    // Cohort at the end of January: a (100), b (50). End of April: a 120, b 80 (reactivated).
    close(nrr(scenario, { from: '2026-01', to: '2026-04' }), 200 / 150);
    close(grr(scenario, { from: '2026-01', to: '2026-04' }), 1);
    // End of March: a 120, b 0.
    close(nrr(scenario, { from: '2026-01', to: '2026-03' }), 120 / 150);
    close(grr(scenario, { from: '2026-01', to: '2026-03' }), 100 / 150);
    // New customers (c, e) never enter a cohort they were not in.
    close(nrr(scenario, { from: '2026-02', to: '2026-04' }), 120 / 350);
  });

  it('equal (start + expansion − contraction − churn) ÷ start for consecutive months', () => {
    const moves = mrrMovements(scenario);
    for (let i = 1; i < moves.length; i++) {
      const m = moves[i]!;
      const from = moves[i - 1]!.month;
      close(nrr(scenario, { from, to: m.month }), (m.startMrr + m.expansion - m.contraction - m.churn) / m.startMrr, m.month);
      close(grr(scenario, { from, to: m.month }), (m.startMrr - m.contraction - m.churn) / m.startMrr, m.month);
    }
  });

  it('are null when the cohort pays nothing, and 1 for from = to', () => {
    assert.equal(nrr(scenario, { from: '2025-12', to: '2026-03' }), null);
    assert.equal(grr([], { from: '2026-01', to: '2026-03' }), null);
    assert.equal(nrr(scenario, { from: '2026-02', to: '2026-02' }), 1);
  });

  it('require from and to, in order', () => {
    assert.equal(issuesOf(() => nrr(scenario, { from: '2026-01' } as never))[0]?.field, 'to');
    assert.equal(issuesOf(() => grr(scenario, {} as never)).length, 2);
    assert.equal(issuesOf(() => grr(scenario, { from: '2026-03', to: '2026-01' }))[0]?.field, 'from');
  });
});

describe('mrr, arr, arpa, quickRatio', () => {
  it('read the month-end MRR and customers', () => {
    assert.deepEqual(mrr(scenario).map((r) => r.value), [150, 350, 390, 270]);
    assert.deepEqual(arr(scenario).map((r) => r.value), [1800, 4200, 4680, 3240]);
    assert.deepEqual(arpa(scenario).map((r) => r.value), [75, 175, 130, 90]);
    assert.deepEqual(quickRatio(scenario).map((r) => [r.month, r.value]), [
      ['2026-01', null],
      ['2026-02', 5],
      ['2026-03', 70 / 30],
      ['2026-04', 0.4],
    ]);
  });

  it('give arpa null when nobody pays, and narrow to from/to', () => {
    const rows = arpa([change('a', '2026-01-01', 10), change('a', '2026-02-01', 0)]);
    assert.deepEqual(rows, [
      { month: '2026-01', value: 10 },
      { month: '2026-02', value: null },
    ]);
    assert.deepEqual(mrr(scenario, { from: '2026-04' }), [{ month: '2026-04', value: 270 }]);
    for (const f of [mrr, arr, arpa, quickRatio]) assert.deepEqual(f([]), []);
  });
});
