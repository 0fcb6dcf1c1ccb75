import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/metric-card.js';
import '../../src/elements/metrics-source.js';
import type { MetricCard, MetricCardResult } from '../../src/elements/metric-card.js';
import { METRIC_CARD_METRICS } from '../../src/elements/metric-card.js';
import {
  arpa,
  arpu,
  arr,
  arrPerCsm,
  averageOrderValue,
  ces,
  csat,
  customerChurn,
  firstContactResolution,
  grr,
  mrr,
  nps,
  nrr,
  purchaseFrequency,
  quickRatio,
  renewalRate,
  responseTimes,
  retention,
  retentionCost,
  revenueChurn,
  trialConversion,
  stickiness,
  productAdoption,
  engagement,
  timeToValue,
} from '../../src/engine/index.js';
import { partText, record, sleep, unique } from '../base/test-metric.js';
import { CARD_CHANGES as CHANGES } from './rows.js';

const CUSTOMERS = [
  { id: 'a', start: '2025-01-05' },
  { id: 'b', start: '2025-01-10', end: '2025-12-20' },
  { id: 'c', start: '2025-02-15', end: '2026-03-03' },
  { id: 'd', start: '2025-04-20' },
];
const RESPONSES = [
  { score: 10, date: '2026-01-04' },
  { score: 9, date: '2026-01-15' },
  { score: 3, date: '2026-01-20' },
  { score: 8, date: '2026-02-02' },
  { score: 6, date: '2026-03-02' },
  { score: 10, date: '2026-03-12' },
];
const CSAT = [{ score: 5, date: '2026-01-02' }, { score: 4, date: '2026-02-03' }, { score: 2, date: '2026-02-20' }, 5];
const CES = [{ score: 6, date: '2026-01-05' }, { score: 3, date: '2026-02-07' }, { score: 7 }];
const TICKETS = [
  { id: 1, createdAt: '2026-01-05T09:00:00Z', firstResponseAt: '2026-01-05T11:00:00Z', resolvedAt: '2026-01-06T09:00:00Z', contacts: 1 },
  { id: 2, createdAt: '2026-01-20T09:00:00Z', firstResponseAt: '2026-01-20T09:30:00Z', resolvedAt: '2026-01-22T09:00:00Z', contacts: 3 },
  { id: 3, createdAt: '2026-02-03T08:00:00Z', firstResponseAt: '2026-02-03T14:00:00Z', contacts: 1 },
  { id: 4, createdAt: '2026-03-10T10:00:00Z', firstResponseAt: '2026-03-10T10:45:00Z', resolvedAt: '2026-03-10T16:00:00Z', contacts: 1 },
];
const TRIALS = [
  { id: 't1', trialStart: '2026-01-01', convertedAt: '2026-01-20' },
  { id: 't2', trialStart: '2026-01-10' },
  { id: 't3', trialStart: '2026-02-01', convertedAt: '2026-02-14' },
];
const RENEWALS = [
  { customerId: 'a', dueDate: '2026-01-31', renewed: true },
  { customerId: 'b', dueDate: '2026-02-28', renewed: false },
  { customerId: 'c', dueDate: '2026-03-31', renewed: true },
  { customerId: 'd', dueDate: '2026-03-31', renewed: true },
];
const ORDERS = [
  { customerId: 'x', date: '2026-01-03', amount: 40 },
  { customerId: 'x', date: '2026-01-20', amount: 60 },
  { customerId: 'y', date: '2026-02-11', amount: 50 },
  { customerId: 'z', date: '2026-03-01', amount: 90 },
];

// Two accounts, three users, January to March; `report` is the feature, `first-report` the milestone.
const EVENTS = [
  { customerId: 'a', userId: 'u1', date: '2026-01-02T10:00:00Z', feature: 'login', durationSeconds: 600 },
  { customerId: 'a', userId: 'u2', date: '2026-01-02T11:00:00Z', feature: 'report', durationSeconds: 1200 },
  { customerId: 'b', userId: 'u3', date: '2026-01-15T09:00:00Z', feature: 'login' },
  { customerId: 'a', userId: 'u1', date: '2026-02-03T10:00:00Z', feature: 'first-report', durationSeconds: 900 },
  { customerId: 'b', userId: 'u3', date: '2026-02-04T10:00:00Z', feature: 'report', durationSeconds: 300 },
  { customerId: 'a', userId: 'u1', date: '2026-03-01T10:00:00Z', feature: 'report', durationSeconds: 1500 },
  { customerId: 'a', userId: 'u1', date: '2026-03-02T10:00:00Z', feature: 'login', durationSeconds: 300 },
  { customerId: 'b', userId: 'u3', date: '2026-03-20T10:00:00Z', feature: 'first-report', durationSeconds: 420 },
];
const ACCOUNTS = [
  { id: 'a', start: '2026-01-01' },
  { id: 'b', start: '2026-01-10' },
  { id: 'c', start: '2026-02-01' },
];

const last = <T>(rows: readonly T[]): T => rows[rows.length - 1]!;
const json = (body: unknown) => `/api/json?${unique()}&body=${encodeURIComponent(JSON.stringify(body))}`;
const csv = (body: string) => `/api/csv?${unique()}&body=${encodeURIComponent(body)}`;
const until = (el: MetricCard, state: string) =>
  waitUntil(() => el.state === state, `state ${state}, was ${el.state}`, { timeout: 4000 });
const shadow = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const detail = (el: MetricCard) => el.result as MetricCardResult;

/** A card that has computed (its measure family may load first). */
async function card(template: ReturnType<typeof html>): Promise<MetricCard> {
  const el = await fixture<MetricCard>(template);
  await waitUntil(() => el.state !== 'loading', `still loading`, { timeout: 4000 });
  await el.updateComplete;
  return el;
}

// Every measure that computes from rows, with the engine's own value for the same rows.
const CASES: Array<[string, unknown, number | null]> = [
  ['mrr', CHANGES, last(mrr(CHANGES)).value],
  ['arr', CHANGES, last(arr(CHANGES)).value],
  ['arpa', CHANGES, last(arpa(CHANGES)).value],
  ['quick-ratio', CHANGES, last(quickRatio(CHANGES)).value],
  ['customer-churn', CHANGES, last(customerChurn(CHANGES)).rate],
  ['retention', CUSTOMERS, last(retention(CUSTOMERS)).rate],
  ['gross-revenue-churn', CHANGES, last(revenueChurn(CHANGES)).gross],
  ['net-revenue-churn', CHANGES, last(revenueChurn(CHANGES)).net],
  ['nrr', CHANGES, nrr(CHANGES, { from: '2025-03', to: '2026-03' })],
  ['grr', CHANGES, grr(CHANGES, { from: '2025-03', to: '2026-03' })],
  ['nps', RESPONSES, nps(RESPONSES).score],
  ['csat', CSAT, csat(CSAT).score],
  ['ces', CES, ces(CES).mean],
  ['first-contact-resolution', TICKETS, firstContactResolution(TICKETS).rate],
  ['first-response-time', TICKETS, responseTimes(TICKETS).firstResponse.median],
  ['resolution-time', TICKETS, responseTimes(TICKETS).resolution.median],
  ['trial-conversion', TRIALS, trialConversion(TRIALS).rate],
  ['renewal-rate', RENEWALS, renewalRate(RENEWALS).rate],
  ['average-order-value', ORDERS, averageOrderValue(ORDERS)],
  ['purchase-frequency', ORDERS, purchaseFrequency(ORDERS)],
  ['arpu', ORDERS, arpu(ORDERS)],
  ['stickiness', EVENTS, last(stickiness(EVENTS)).value],
  ['engagement', EVENTS, last(engagement(EVENTS)).meanSessionMinutes],
];

describe('<metric-card>: the value, change, target and sparkline', () => {
  it('is accessible, and shows MRR in money with the change against the month before and a described sparkline', async () => {
    const el = await card(html`<metric-card metric="mrr" .data=${CHANGES}></metric-card>`);
    await expect(el).to.be.accessible();
    const series = mrr(CHANGES);
    expect(el.state).to.equal('ready');
    expect(partText(el, 'label')).to.equal('MRR');
    expect(partText(el, 'value')).to.equal('$690');
    const d = detail(el);
    expect(d).to.deep.include({ metric: 'mrr', value: last(series).value, previous: series[series.length - 2]!.value, unit: 'money' });
    expect(d.change).to.equal(690 - 680);
    expect(d.series).to.deep.equal(series.slice(-12).map(({ month, value }) => ({ month, value })));
    expect(partText(el, 'change')).to.equal('▲ +$10.00 vs Feb 2026, better');
    expect(shadow(el, '[part~="change"]')!.className).to.equal('better');
    const svg = shadow(el, 'svg[part="chart"]')!;
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(svg.querySelectorAll('polyline').length).to.equal(1);
    const caption = shadow(el, 'table caption')!.textContent!;
    expect(caption).to.contain('MRR by month, April 2025 to March 2026');
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(12);
    expect(shadow(el, '[role="group"]')!.getAttribute('aria-label')).to.equal(
      'MRR: $690; up $10.00 from February 2026, better',
    );
  });

  for (const [metric, rows, value] of CASES) {
    it(`${metric}: the value is exactly the engine's`, async () => {
      const el = await card(html`<metric-card metric=${metric} .data=${rows}></metric-card>`);
      const log = record(el);
      expect(el.state, el.error?.message).to.equal('ready');
      expect(detail(el).value).to.equal(value);
      expect(detail(el).metric).to.equal(metric);
      expect(partText(el, 'value')).to.not.equal('');
      expect(log.errors).to.have.length(0);
    });
  }

  it('product-adoption (feature) and time-to-value (milestone) equal the engine', async () => {
    const adoption = await card(html`<metric-card metric="product-adoption" feature="report" .data=${EVENTS}></metric-card>`);
    expect(detail(adoption).value).to.equal(last(productAdoption(EVENTS, { feature: 'report' })).rate);
    expect(detail(adoption).unit).to.equal('percent');
    const ttv = await card(
      html`<metric-card metric="time-to-value" milestone="first-report" .data=${{ customers: ACCOUNTS, events: EVENTS }}></metric-card>`,
    );
    const median = timeToValue(ACCOUNTS, EVENTS, { milestone: 'first-report' }).median!;
    expect(detail(ttv).value).to.equal(median);
    expect(partText(ttv, 'value')).to.equal(
      new Intl.NumberFormat('en-US', { style: 'unit', unit: 'day', unitDisplay: 'short', maximumFractionDigits: 1 }).format(median),
    );
    const minutes = await card(html`<metric-card metric="engagement" .data=${EVENTS}></metric-card>`);
    expect(partText(minutes, 'value')).to.equal(
      new Intl.NumberFormat('en-US', { style: 'unit', unit: 'minute', unitDisplay: 'short', maximumFractionDigits: 1 }).format(
        last(engagement(EVENTS)).meanSessionMinutes!,
      ),
    );
  });

  it('says hours, days and minutes through Intl unit names; percentages change by points', async () => {
    const el = await card(html`<metric-card metric="first-response-time" .data=${TICKETS}></metric-card>`);
    const median = responseTimes(TICKETS).firstResponse.median!;
    expect(partText(el, 'value')).to.equal(
      new Intl.NumberFormat('en-US', { style: 'unit', unit: 'hour', unitDisplay: 'short', maximumFractionDigits: 1 }).format(median),
    );
    expect(detail(el).unit).to.equal('hours');
    expect(detail(el).series.map((p) => p.month)).to.deep.equal(['2026-01', '2026-02', '2026-03']);
    const churn = await card(html`<metric-card metric="customer-churn" .data=${CUSTOMERS}></metric-card>`);
    const rows = customerChurn(CUSTOMERS);
    expect(detail(churn).value).to.equal(last(rows).rate);
    expect(partText(churn, 'change')).to.match(/^▲ \+[\d.]+ pts vs Feb 2026, worse$/);
  });

  it('NRR and GRR compare with 12 months before, and say so in words when there is no such history', async () => {
    const el = await card(html`<metric-card metric="nrr" .data=${CHANGES}></metric-card>`);
    expect(detail(el).previous).to.equal(nrr(CHANGES, { from: '2025-02', to: '2026-02' }));
    const short = CHANGES.filter((c) => c.date >= '2025-06');
    const none = await card(html`<metric-card metric="grr" .data=${short}></metric-card>`);
    expect(detail(none).value).to.equal(null);
    expect(none.state).to.equal('empty');
  });

  it('says a target is met or not in words, by the measure\'s direction', async () => {
    const el = await card(html`<metric-card metric="mrr" target="600" .data=${CHANGES}></metric-card>`);
    const log = record(el);
    expect(partText(el, 'target')).to.equal('✓ Target met: ≥ $600 (higher is better)');
    el.target = 800;
    await el.updateComplete;
    expect(partText(el, 'target')).to.equal('✗ Target not met: ≥ $800 (higher is better)');
    expect(shadow(el, '[role="group"]')!.getAttribute('aria-label')).to.contain('Target not met: ≥ $800 (higher is better)');
    const churn = await card(html`<metric-card metric="resolution-time" target="12" .data=${TICKETS}></metric-card>`);
    expect(partText(churn, 'target')).to.match(/^(✓ Target met|✗ Target not met): ≤ 12 hr \(lower is better\)$/);
    expect(log.computed, 'a target change recomputes nothing').to.have.length(0);
  });

  it('renames with label, and re-windows the sparkline with months', async () => {
    const el = await card(html`<metric-card metric="arr" label="Annual run-rate" months="6" .data=${CHANGES}></metric-card>`);
    expect(partText(el, 'label')).to.equal('Annual run-rate');
    expect(detail(el).series).to.have.length(6);
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(6);
  });
});

describe('<metric-card>: data routes', () => {
  it('takes the data attribute and a child script', async () => {
    const a = await card(html`<metric-card metric="nps" data=${JSON.stringify(RESPONSES)}></metric-card>`);
    expect(a.dataRoute).to.equal('attribute');
    expect(detail(a).value).to.equal(nps(RESPONSES).score);
    const s = await card(
      html`<metric-card metric="average-order-value"><script type="application/json">${JSON.stringify(ORDERS)}</script></metric-card>`,
    );
    expect(s.dataRoute).to.equal('script');
    expect(detail(s).value).to.equal(averageOrderValue(ORDERS));
  });

  it('fetches src as JSON and as CSV over real HTTP', async () => {
    const el = await fixture<MetricCard>(html`<metric-card metric="renewal-rate" src=${json(RENEWALS)}></metric-card>`);
    await until(el, 'ready');
    expect(el.dataRoute).to.equal('src');
    expect(detail(el).value).to.equal(renewalRate(RENEWALS).rate);
    const body = 'customerId,date,mrr\n' + CHANGES.map((c) => `${c.customerId},${c.date},${c.mrr}`).join('\n') + '\n';
    const c = await fixture<MetricCard>(html`<metric-card metric="quick-ratio" src=${csv(body)}></metric-card>`);
    await until(c, 'ready');
    expect(detail(c).value).to.equal(last(quickRatio(CHANGES)).value);
  });

  it('takes the rows of a surrounding <metrics-source>, each card its own kind out of one object', async () => {
    const all = { changes: CHANGES, orders: ORDERS, tickets: TICKETS };
    const source = await fixture(
      html`<metrics-source .data=${all}>
        <metric-card metric="arpa"></metric-card><metric-card metric="arpu"></metric-card
        ><metric-card metric="first-contact-resolution"></metric-card>
      </metrics-source>`,
    );
    const cards = [...source.querySelectorAll('metric-card')];
    for (const c of cards) await waitUntil(() => c.state === 'ready', c.metric);
    expect(cards.map((c) => c.dataRoute)).to.deep.equal(['source', 'source', 'source']);
    expect(cards.map((c) => detail(c).value)).to.deep.equal([
      last(arpa(CHANGES)).value,
      arpu(ORDERS),
      firstContactResolution(TICKETS).rate,
    ]);
  });

  it('shows figures computed elsewhere: value, previous and unit', async () => {
    const el = await card(html`<metric-card metric="nrr" value="1.06" previous="1.02" target="1"></metric-card>`);
    expect(el.dataRoute).to.equal('aggregated');
    expect(detail(el)).to.deep.equal({ metric: 'nrr', value: 1.06, previous: 1.02, change: 1.06 - 1.02, unit: 'percent', series: [] });
    expect(partText(el, 'value')).to.equal('106%');
    expect(partText(el, 'change')).to.equal('▲ +4 pts vs previous, better');
    expect(partText(el, 'target')).to.equal('✓ Target met: ≥ 100% (higher is better)');
    const free = await card(html`<metric-card label="Logins" value="1234" unit="number"></metric-card>`);
    expect(partText(free, 'label')).to.equal('Logins');
    expect(partText(free, 'value')).to.equal('1,234');
  });

  it('takes rows already computed per month ({ month, value } / { month, rate })', async () => {
    const rows = [{ month: '2026-01', rate: 0.02 }, { month: '2026-02', rate: 0.03 }];
    const el = await card(html`<metric-card metric="customer-churn" .data=${rows}></metric-card>`);
    expect(detail(el)).to.deep.include({ value: 0.03, previous: 0.02 });
    expect(partText(el, 'value')).to.equal('3%');
  });

  it('computes retention cost and ARR per CSM from attributes', async () => {
    const cost = await card(html`<metric-card metric="retention-cost" cost="12000" customers="80"></metric-card>`);
    expect(detail(cost).value).to.equal(retentionCost({ cost: 12000, customers: 80 }));
    expect(partText(cost, 'value')).to.equal('$150');
    const csm = await card(html`<metric-card metric="arr-per-csm" arr="2400000" csms="2.5" currency="EUR" locale="de-DE"></metric-card>`);
    expect(detail(csm).value).to.equal(arrPerCsm({ arr: 2_400_000, csms: 2.5 }));
    expect(partText(csm, 'value')).to.equal(
      new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(960_000),
    );
  });
});

describe('<metric-card>: states and errors', () => {
  it('is empty with no data, and loading (aria-busy) while src is in flight', async () => {
    const empty = await card(html`<metric-card metric="mrr"></metric-card>`);
    expect(empty.state).to.equal('empty');
    expect(partText(empty, 'empty')).to.equal('No data yet.');
    const slow = await fixture<MetricCard>(
      html`<metric-card metric="mrr" src=${`/api/slow?ms=400&${unique()}&body=${encodeURIComponent(JSON.stringify(CHANGES))}`}></metric-card>`,
    );
    expect(slow.state).to.equal('loading');
    expect(shadow(slow, '[part=base]')!.getAttribute('aria-busy')).to.equal('true');
    await until(slow, 'ready');
  });

  it('names the known metrics for an unknown metric, as a config error', async () => {
    const el = await card(html`<metric-card metric="happiness" .data=${CHANGES}></metric-card>`);
    expect(el.state).to.equal('error');
    expect(el.error!.kind).to.equal('config');
    expect(partText(el, 'error')).to.contain('metric="happiness" is not a known measure: expected one of mrr, arr,');
    for (const name of METRIC_CARD_METRICS) expect(el.error!.message).to.contain(name);
  });

  it('asks for feature and milestone where a measure needs them', async () => {
    const adoption = await card(html`<metric-card metric="product-adoption" .data=${[]}></metric-card>`);
    expect(adoption.error!.kind).to.equal('config');
    expect(adoption.error!.message).to.contain('needs feature');
    const ttv = await card(html`<metric-card metric="time-to-value" .data=${{ customers: [], events: [] }}></metric-card>`);
    expect(ttv.error!.kind).to.equal('config');
    expect(ttv.error!.message).to.contain('needs milestone');
  });

  it('shows a bad row by row and field, keeps the last good value marked stale, and fires metric-error once', async () => {
    const el = await card(html`<metric-card metric="mrr" .data=${CHANGES}></metric-card>`);
    const log = record(el);
    el.data = CHANGES.map((c, i) => (i === 3 ? { ...c, date: 'someday' } : c));
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(el.error!.kind).to.equal('validation');
    expect(el.error!.issues[0]).to.include({ row: 3, field: 'date' });
    expect(partText(el, 'error')).to.match(/^Row 3, date: /);
    expect(shadow(el, '[part=stale]')!.textContent).to.contain('Showing the last good value.');
    expect(partText(el, 'value')).to.equal('$690');
    expect(log.errors).to.have.length(1);
    expect(log.computed).to.have.length(0);
  });

  it('reports a bad survey score and a bad ticket time by row and field', async () => {
    const el = await card(html`<metric-card metric="nps" .data=${[{ score: 9 }, { score: 11 }]}></metric-card>`);
    expect(el.error!.issues[0]).to.include({ row: 1, field: 'score' });
    const t = await card(html`<metric-card metric="resolution-time" .data=${[{ id: 1, createdAt: 'nope' }]}></metric-card>`);
    expect(t.error!.issues[0]).to.include({ row: 0, field: 'createdAt' });
    const u = await card(html`<metric-card metric="stickiness" .data=${[{ customerId: 'a', date: '2026-01-01', durationSeconds: -5 }]}></metric-card>`);
    expect(u.error!.kind).to.equal('validation');
    expect(u.error!.issues[0]).to.include({ row: 0, field: 'durationSeconds' });
  });

  it('renders data text as inert text', async () => {
    const payload = '<img src=x onerror="window.__cardPwned=1">';
    const el = await card(html`<metric-card metric="mrr" label=${payload} .data=${[{ customerId: payload, date: '2026-01-01', mrr: 'x' }]}></metric-card>`);
    await sleep(20);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as unknown as { __cardPwned?: number }).__cardPwned).to.equal(undefined);
  });
});

describe('<metric-card>: events, theme and locale', () => {
  it('fires metric-computed once per computation, not for label, target, theme, locale or currency', async () => {
    const el = await card(html`<metric-card metric="arpu" .data=${ORDERS}></metric-card>`);
    const log = record(el);
    el.label = 'Revenue per user';
    el.target = 10;
    el.theme = 'dark';
    el.locale = 'fr-FR';
    el.currency = 'EUR';
    await el.updateComplete;
    expect(log.computed).to.have.length(0);
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(partText(el, 'value')).to.equal(
      new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(arpu(ORDERS)!),
    );
    el.data = ORDERS.slice(0, 2);
    await waitUntil(() => log.computed.length === 1);
    expect((log.computed[0] as MetricCardResult).value).to.equal(arpu(ORDERS.slice(0, 2)));
  });

  it('follows the document language by default', async () => {
    const wrapper = fixtureSync(html`<div lang="de-DE"><metric-card metric="csat" .data=${CSAT}></metric-card></div>`);
    const el = wrapper.querySelector('metric-card')!;
    await waitUntil(() => el.state === 'ready');
    expect(partText(el, 'value')).to.equal(new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 1 }).format(csat(CSAT).score!));
  });
});
