// The sample dataset: deterministic, realistic, and valid input for every
// engine function that the demo, the stories and the benchmarks feed it to.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import {
  averageOrderValue,
  ces,
  clv,
  csat,
  customerChurn,
  firstContactResolution,
  healthScore,
  mrrMovements,
  nps,
  renewalRate,
  responseTimes,
  cohortRetention,
  engagement,
  npsByMonth,
  npsBySegment,
  productAdoption,
  stickiness,
  timeToValue,
  trialConversion,
  type MrrMovement,
} from '../../src/engine/index.js';
import {
  COMMENTS,
  DATASET_COLUMNS,
  DATASET_NAMES,
  generateDataset,
  generateMrrChanges,
  generateSurveyRows,
  generateUsageEvents,
} from '../../scripts/sample-data.mjs';

const data = generateDataset();
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

function sum(rows: readonly MrrMovement[], key: keyof Omit<MrrMovement, 'month'>): number {
  return rows.reduce((total, row) => total + row[key], 0);
}

function between(value: number | null, lo: number, hi: number, what: string): void {
  assert.ok(value !== null && value >= lo && value <= hi, `${what}: ${value} is not in ${lo}..${hi}`);
}

describe('generateDataset: determinism', () => {
  it('gives the same output for the same seed, byte for byte', () => {
    assert.equal(JSON.stringify(generateDataset()), JSON.stringify(data));
    const small = { seed: 9, customers: 400, months: 18 };
    assert.equal(JSON.stringify(generateDataset(small)), JSON.stringify(generateDataset(small)));
  });

  it('gives different data for different seeds, in every dataset', () => {
    const other = generateDataset({ seed: 43 });
    for (const name of DATASET_NAMES) {
      assert.notEqual(JSON.stringify(other[name]), JSON.stringify(data[name]), name);
    }
  });

  it('rejects nonsense options instead of producing odd data', () => {
    assert.throws(() => generateDataset({ customers: 0 }), RangeError);
    assert.throws(() => generateDataset({ months: 2.5 }), RangeError);
    assert.throws(() => generateDataset({ end: '2026-13' }), RangeError);
  });
});

describe('generateDataset: shape and size', () => {
  it('has one customer record per customer, ids like cus_00042, and the window asked for', () => {
    assert.equal(data.customers.length, 3000);
    assert.equal(new Set(data.customers.map((c) => c.id)).size, 3000);
    for (const c of data.customers) assert.match(String(c.id), /^cus_\d{5}$/);
    assert.deepEqual([data.meta.from, data.meta.to], ['2024-05', '2026-10']);
    const months = generateDataset({ customers: 200, months: 12, end: '2025-06' }).meta;
    assert.deepEqual([months.from, months.to], ['2024-07', '2025-06']);
  });

  it('sizes every dataset in a realistic range for 3,000 customers', () => {
    const ranges: Record<string, [number, number]> = {
      mrrChanges: [4000, 12000],
      customers: [3000, 3000],
      npsResponses: [2000, 6000],
      csatResponses: [1500, 5000],
      cesResponses: [1000, 4000],
      orders: [1000, 6000],
      tickets: [5000, 15000],
      trials: [8000, 16000],
      renewals: [300, 1200],
      health: [4000, 9000],
      usageEvents: [30000, 90000],
    };
    for (const name of DATASET_NAMES) {
      const [lo, hi] = ranges[name]!;
      between(data[name].length, lo, hi, `${name} rows`);
    }
  });

  it('uses exactly the SPEC field names, in YYYY-MM-DD dates and full timestamps for tickets', () => {
    for (const name of DATASET_NAMES) {
      const allowed = new Set(DATASET_COLUMNS[name]);
      for (const row of data[name]) {
        for (const key of Object.keys(row)) assert.ok(allowed.has(key), `${name} has an unexpected field ${key}`);
      }
    }
    for (const r of data.mrrChanges) assert.match(r.date, ISO_DAY);
    for (const r of data.npsResponses) assert.match(r.date, ISO_DAY);
    for (const r of data.renewals) assert.match(r.dueDate, ISO_DAY);
    for (const t of data.tickets) {
      assert.match(t.createdAt, ISO_TIME);
      if (t.firstResponseAt) assert.ok(t.firstResponseAt >= t.createdAt, `${t.id} answered before it was created`);
      if (t.resolvedAt) assert.ok(t.resolvedAt >= (t.firstResponseAt ?? ''), `${t.id} resolved before its first response`);
      if (t.contacts != null) between(t.contacts, 1, 5, `${t.id} contacts`);
      assert.ok(t.createdAt < '2026-11-01', `${t.id} is after the window`);
    }
  });

  it('keeps each customer record consistent with its MRR history', () => {
    const history = new Map<string, { date: string; mrr: number }[]>();
    for (const r of data.mrrChanges) {
      const list = history.get(String(r.customerId)) ?? [];
      list.push(r);
      history.set(String(r.customerId), list);
    }
    for (const c of data.customers) {
      const changes = history.get(String(c.id))!;
      assert.equal(c.start, changes[0]!.date, `${c.id} start`);
      const last = changes[changes.length - 1]!;
      assert.equal(c.end ?? null, last.mrr === 0 ? last.date : null, `${c.id} end`);
    }
  });
});

describe('generateDataset: every dataset is valid engine input, with realistic values', () => {
  const movements = mrrMovements(data.mrrChanges);

  it('mrrMovements shows every kind of movement, one row a month', () => {
    assert.equal(movements.length, 30);
    for (const key of ['new', 'expansion', 'contraction', 'churn', 'reactivation'] as const) {
      assert.ok(sum(movements, key) > 0, `no ${key} in the whole dataset`);
    }
    // Expansion and churn are everyday events, not one-offs.
    assert.ok(movements.slice(3).every((m) => m.expansion > 0 && m.churn > 0 && m.newCustomers > 0));
    assert.ok(movements.at(-1)!.endMrr > movements[3]!.endMrr, 'a growing business');
  });

  it('agrees with the generator about who pays what at the end', () => {
    const lastMrr = new Map<string, number>();
    for (const r of data.mrrChanges) lastMrr.set(String(r.customerId), r.mrr);
    const end = movements.at(-1)!;
    assert.equal(end.endMrr, [...lastMrr.values()].reduce((a, b) => a + b, 0));
    assert.equal(end.customersEnd, [...lastMrr.values()].filter((v) => v > 0).length);
    assert.equal(end.customersEnd, data.customers.filter((c) => !c.end).length);
  });

  it('has monthly logo churn around 2–4 %, some comebacks and a few same-month join-and-leave customers', () => {
    const churn = customerChurn(data.mrrChanges);
    const rates = churn.slice(3).map((m) => m.rate!);
    const mean = rates.reduce((a, b) => a + b, 0) / rates.length;
    between(mean, 0.02, 0.04, 'mean monthly churn');
    for (const r of rates) between(r, 0.005, 0.07, 'a monthly churn rate');
    const churned = sum(movements, 'churnedCustomers');
    const back = sum(movements, 'reactivatedCustomers');
    between(back / churned, 0.08, 0.25, 'comebacks per churn');
    const withNew = customerChurn(data.mrrChanges, { includeNewChurn: true });
    const joinAndLeave = withNew.reduce((a, m) => a + m.churned, 0) - churn.reduce((a, m) => a + m.churned, 0);
    between(joinAndLeave, 1, 30, 'same-month join-and-leave customers');
    // The customer records give the same picture (comebacks aside).
    const fromCustomers = customerChurn(data.customers).slice(3).map((m) => m.rate!);
    between(fromCustomers.reduce((a, b) => a + b, 0) / fromCustomers.length, 0.015, 0.04, 'churn from customer records');
  });

  it('surveys: NPS around +20..+40, CSAT on 1–5, CES on 1–7', () => {
    const n = nps(data.npsResponses);
    between(n.score, 20, 40, 'NPS');
    assert.ok(n.promoters > 0 && n.passives > 0 && n.detractors > 0);
    between(csat(data.csatResponses).score, 0.6, 0.9, 'CSAT');
    between(ces(data.cesResponses).mean, 4, 6, 'CES mean');
    for (const r of data.csatResponses) between(r.score, 1, 5, 'CSAT score');
    assert.deepEqual(new Set(data.npsResponses.map((r) => r.segment)), new Set(['SMB', 'Mid-market', 'Enterprise']));
  });

  it('comments carry quotes, commas, line breaks, non-ASCII and HTML-looking text, verbatim', () => {
    const comments = data.npsResponses.map((r) => r.comment).filter((c): c is string => typeof c === 'string');
    between(comments.length / data.npsResponses.length, 0.2, 0.5, 'share with a comment');
    assert.ok(comments.some((c) => c.includes('"')));
    assert.ok(comments.some((c) => c.includes(',')));
    assert.ok(comments.some((c) => c.includes('\n')));
    assert.ok(comments.some((c) => /[^\x00-\x7f]/.test(c)));
    assert.ok(comments.includes('The <b>great</b> reporting is why we renewed.'));
    assert.ok(COMMENTS.promoter!.includes('The <b>great</b> reporting is why we renewed.'));
  });

  it('tickets: response times of hours to days, some unresolved, contacts 1–5', () => {
    const times = responseTimes(data.tickets);
    between(times.firstResponse.median, 1, 6, 'median first response (h)');
    between(times.resolution.median, 8, 48, 'median resolution (h)');
    between(times.resolution.p90, 48, 24 * 14, 'p90 resolution (h)');
    const open = data.tickets.filter((t) => !t.resolvedAt).length;
    between(open / data.tickets.length, 0.01, 0.1, 'unresolved share');
    between(firstContactResolution(data.tickets).rate, 0.4, 0.65, 'first-contact resolution');
  });

  it('trials convert ~15–25 %, renewals ~85–90 %', () => {
    between(trialConversion(data.trials).rate, 0.15, 0.25, 'trial conversion');
    between(renewalRate(data.renewals).rate, 0.82, 0.93, 'renewal rate');
    assert.ok(data.renewals.some((r) => !r.renewed));
  });

  it('orders feed a transactional CLV and the MRR a subscription CLV', () => {
    assert.ok(averageOrderValue(data.orders)! > 0);
    assert.ok(clv({ method: 'transactional', orders: data.orders }).value! > 0);
    const subscription = clv({ method: 'subscription', changes: data.mrrChanges });
    assert.ok('churnRate' in subscription.inputs);
    between(subscription.inputs.churnRate, 0.01, 0.05, 'CLV churn input');
  });

  it('health: three dates, every band and trend with a simple model; nps on 0–10, sometimes absent', () => {
    assert.deepEqual(data.meta.healthDates, ['2026-04-30', '2026-07-31', '2026-10-31']);
    const model = {
      measures: [
        { key: 'usage', weight: 3, min: 0, max: 100 },
        { key: 'nps', weight: 2, min: 0, max: 10 },
        { key: 'openTickets', weight: 1, min: 0, max: 5, higherIsBetter: false },
      ],
    };
    const scores = healthScore(data.health, model);
    assert.equal(scores.length, new Set(data.health.map((h) => h.customerId)).size);
    assert.deepEqual(new Set(scores.map((s) => s.band)), new Set(['critical', 'at-risk', 'healthy']));
    assert.deepEqual(new Set(scores.map((s) => s.trend)), new Set(['up', 'down', 'flat', null]));
    for (const h of data.health) {
      between(h.usage, 0, 100, 'usage');
      if (h.nps !== undefined) between(h.nps, 0, 10, 'nps');
    }
    assert.ok(data.health.some((h) => h.nps === undefined));
    assert.ok(data.health.some((h) => h.openTickets > 0));
  });
});

describe('generateDataset: usage events', () => {
  it('several users an account, the features, session lengths and the first-report milestone, in time order', () => {
    const events = data.usageEvents;
    for (const e of events) assert.match(e.date, ISO_TIME);
    for (let i = 1; i < events.length; i++) assert.ok(events[i - 1]!.date <= events[i]!.date, `event ${i} out of time order`);
    const usersPerAccount = new Map<string, Set<string>>();
    for (const e of events) {
      const set = usersPerAccount.get(String(e.customerId)) ?? new Set();
      set.add(String(e.userId));
      usersPerAccount.set(String(e.customerId), set);
    }
    assert.ok([...usersPerAccount.values()].some((s) => s.size >= 3), 'some account has several users');
    assert.deepEqual(new Set(events.map((e) => e.feature)), new Set(['dashboard', 'report', 'export', 'alerts', 'integrations', 'first-report']));
    const timed = events.filter((e) => e.durationSeconds != null);
    between(timed.length / events.length, 0.2, 0.8, 'share of events closing a session');
  });
  it('gives realistic usage, cohort and NPS breakdowns', () => {
    const sticky = stickiness(data.usageEvents);
    assert.equal(sticky.length, 6);
    for (const r of sticky) between(r.value, 0.02, 0.3, 'stickiness');
    for (const r of productAdoption(data.usageEvents, { feature: 'report' })) between(r.rate, 0.3, 1, 'report adoption');
    for (const r of engagement(data.usageEvents)) between(r.meanSessionMinutes, 5, 40, 'mean session minutes');
    const ttv = timeToValue(data.customers, data.usageEvents, { milestone: 'first-report' });
    between(ttv.median, 1, 14, 'median days to the first report');
    assert.ok(ttv.reached > 100 && ttv.total === 3000);
    const cohorts = cohortRetention(data.mrrChanges);
    assert.equal(cohorts.length, 30);
    between(cohorts[0]!.values[12]!, 0.4, 0.95, 'first cohort after a year');
    assert.equal(npsByMonth(data.npsResponses).reduce((s, m) => s + m.total, 0), data.npsResponses.length);
    assert.deepEqual(npsBySegment(data.npsResponses).map((s) => s.segment), ['Enterprise', 'Mid-market', 'SMB']);
  });
});

describe('the CLI writes JSON and CSV files that say the same thing', () => {
  it('writes every dataset, with SPEC headers, quoted comments, true/false and empty optional cells', () => {
    const out = mkdtempSync(join(tmpdir(), 'csm-data-'));
    const again = mkdtempSync(join(tmpdir(), 'csm-data-'));
    try {
      const args = ['scripts/generate-data.mjs', '--seed', '5', '--customers', '300', '--months', '24'];
      const printed = execFileSync(process.execPath, [...args, '--out', out], { encoding: 'utf8' });
      execFileSync(process.execPath, [...args, '--out', again], { encoding: 'utf8' });
      assert.match(printed, /npsResponses\s+\d+/);
      const expected = generateDataset({ seed: 5, customers: 300, months: 24 });
      for (const name of DATASET_NAMES) {
        const json = readFileSync(join(out, `${name}.json`), 'utf8');
        const csv = readFileSync(join(out, `${name}.csv`), 'utf8');
        assert.equal(readFileSync(join(again, `${name}.csv`), 'utf8'), csv, `${name}.csv differs between runs`);
        assert.deepEqual(JSON.parse(json), expected[name]);
        const rows = csvParse(csv);
        assert.deepEqual(rows.columns, DATASET_COLUMNS[name]);
        assert.equal(rows.length, expected[name].length, name);
      }
      const nps = csvParse(readFileSync(join(out, 'npsResponses.csv'), 'utf8'));
      const withBreak = expected.npsResponses.findIndex((r) => r.comment?.includes('\n'));
      assert.ok(withBreak >= 0);
      assert.equal(nps[withBreak]!.comment, expected.npsResponses[withBreak]!.comment);
      assert.equal(nps.find((r) => !r.comment)!.comment, '');
      const renewals = csvParse(readFileSync(join(out, 'renewals.csv'), 'utf8'));
      assert.deepEqual(new Set(renewals.map((r) => r.renewed)), new Set(['true', 'false']));
    } finally {
      rmSync(out, { recursive: true, force: true });
      rmSync(again, { recursive: true, force: true });
    }
  });
});

describe('large generators for the benchmarks', () => {
  it('generateSurveyRows: exactly n valid rows, deterministic, NPS in the same range', () => {
    const rows = generateSurveyRows(50_000, 3);
    assert.equal(rows.length, 50_000);
    assert.equal(JSON.stringify(generateSurveyRows(50_000, 3)), JSON.stringify(rows));
    assert.notDeepEqual(generateSurveyRows(1000, 4), generateSurveyRows(1000, 3));
    between(nps(rows).score, 15, 40, 'NPS of the large survey');
    assert.ok(rows.some((r) => r.comment !== undefined) && rows.some((r) => r.comment === undefined));
  });

  it('generateMrrChanges: exactly n rows, date-sorted, 20–30 changes a customer, every movement kind', () => {
    const rows = generateMrrChanges(60_000, 3);
    assert.equal(rows.length, 60_000);
    assert.equal(JSON.stringify(generateMrrChanges(60_000, 3)), JSON.stringify(rows));
    for (let i = 1; i < rows.length; i++) assert.ok(rows[i - 1]!.date <= rows[i]!.date, `row ${i} out of date order`);
    const perCustomer = new Map<string, number>();
    for (const r of rows) perCustomer.set(String(r.customerId), (perCustomer.get(String(r.customerId)) ?? 0) + 1);
    const counts = [...perCustomer.values()].sort((a, b) => a - b);
    between(counts[counts.length >> 1]!, 20, 30, 'median changes a customer');
    const movements = mrrMovements(rows); // throws on two different values for one customer and day
    for (const key of ['new', 'expansion', 'contraction', 'churn', 'reactivation'] as const) {
      assert.ok(sum(movements, key) > 0, `no ${key}`);
    }
  });

  it('generateUsageEvents: exactly n valid events in time order, deterministic, several users an account', () => {
    const rows = generateUsageEvents(50_000, 3);
    assert.equal(rows.length, 50_000);
    assert.equal(JSON.stringify(generateUsageEvents(50_000, 3)), JSON.stringify(rows));
    for (let i = 1; i < rows.length; i++) assert.ok(rows[i - 1]!.date <= rows[i]!.date, `row ${i} out of time order`);
    const sticky = stickiness(rows);
    assert.equal(sticky.length, 12);
    assert.ok(engagement(rows).every((r) => r.meanSessionMinutes !== null));
    assert.ok(productAdoption(rows, { feature: 'report' }).every((r) => r.rate! > 0));
  });
});
