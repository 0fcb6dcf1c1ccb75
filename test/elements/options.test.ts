// Options as frameworks and hostile pages send them: numbers written as text
// set as properties (React 19, Vue 3, Svelte 5 do), cleared options, nonsense.
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/clv-card.js';
import '../../src/elements/health-badge.js';
import '../../src/elements/nps-gauge.js';
import '../../src/elements/churn-trend.js';
import type { ClvCard } from '../../src/elements/clv-card.js';
import type { HealthBadge } from '../../src/elements/health-badge.js';
import type { NpsGauge } from '../../src/elements/nps-gauge.js';
import type { ChurnTrend } from '../../src/elements/churn-trend.js';
import { partText, record } from '../base/test-metric.js';

type Metric = HTMLElement & { state: string; error: { kind: string; message: string } | undefined; updateComplete: Promise<boolean> };
const until = (el: Metric, state: string) =>
  waitUntil(() => el.state === state, `state ${state} (is ${el.state}: ${el.error?.message ?? ''})`, { timeout: 4000 });

const CHANGES = [
  { customerId: 'a', date: '2026-01-05', mrr: 100 },
  { customerId: 'b', date: '2026-01-10', mrr: 100 },
  { customerId: 'c', date: '2026-01-15', mrr: 140 },
  { customerId: 'd', date: '2026-01-20', mrr: 50 },
  { customerId: 'd', date: '2026-02-10', mrr: 0 },
  { customerId: 'b', date: '2026-04-03', mrr: 120 },
];

describe('options: numbers written as text', () => {
  it('takes el.arpa = "120" as 120, like the attribute', async () => {
    const el = fixtureSync<ClvCard>(html`<clv-card></clv-card>`);
    (el as unknown as Record<string, unknown>).arpa = '120';
    (el as unknown as Record<string, unknown>).churnRate = ' 0.02 ';
    await until(el, 'ready');
    expect(el.arpa).to.equal(120);
    expect(el.churnRate).to.equal(0.02);
    expect(el.result!.value).to.equal(6000);
  });

  it('takes a score written as text on <health-badge> and a target on <nps-gauge>', async () => {
    const badge = fixtureSync<HealthBadge>(html`<health-badge></health-badge>`);
    (badge as unknown as Record<string, unknown>).score = '82';
    await until(badge, 'ready');
    expect(badge.score).to.equal(82);
    const gauge = fixtureSync<NpsGauge>(html`<nps-gauge promoters="6" passives="2" detractors="2"></nps-gauge>`);
    (gauge as unknown as Record<string, unknown>).target = '30';
    await until(gauge, 'ready');
    await gauge.updateComplete;
    expect(gauge.target).to.equal(30);
    expect(gauge.shadowRoot!.textContent).to.contain('Target 30');
  });

  it('refuses nonsense with a config error quoting what was written, keeps the last good value, and recovers', async () => {
    const el = fixtureSync<ClvCard>(html`<clv-card .data=${CHANGES} gross-margin="0.8"></clv-card>`);
    await until(el, 'ready');
    const good = el.result!.value;
    const log = record(el);
    el.setAttribute('gross-margin', 'abc');
    await until(el, 'error');
    expect(el.error!.kind).to.equal('config');
    expect(el.error!.message).to.contain('gross-margin="abc"');
    expect(el.error!.message).not.to.contain('NaN');
    expect(el.grossMargin).to.equal(0.8);
    expect(log.errors).to.have.length(1);
    expect(partText(el, 'stale')).to.contain('768');
    el.removeAttribute('gross-margin');
    await until(el, 'ready');
    expect(el.grossMargin).to.equal(undefined);
    expect(el.result!.value).not.to.equal(good);
    expect(el.error).to.equal(undefined);
  });

  it('quotes a NaN property as NaN, not as null', async () => {
    const el = fixtureSync<HealthBadge>(html`<health-badge score="50"></health-badge>`);
    await until(el, 'ready');
    el.score = Number.NaN;
    await until(el, 'error');
    expect(el.error!.message).to.contain('score="NaN"');
    el.score = undefined;
    await until(el, 'empty');
  });
});

describe('options: a cleared option means its default', () => {
  it('<churn-trend> kind removed → customer, and ready again', async () => {
    const el = fixtureSync<ChurnTrend>(html`<churn-trend kind="gross-revenue" .data=${CHANGES}></churn-trend>`);
    await until(el, 'ready');
    el.removeAttribute('kind');
    await el.updateComplete;
    expect(el.kind).to.equal('customer');
    await until(el, 'ready');
    (el as unknown as Record<string, unknown>).kind = undefined;
    await el.updateComplete;
    expect(el.kind).to.equal('customer');
    expect(el.state).to.equal('ready');
    (el as unknown as Record<string, unknown>).kind = null;
    await el.updateComplete;
    expect(el.state).to.equal('ready');
  });

  it('<clv-card> method, gross-margin, window, lifespan-months removed → ready', async () => {
    const el = fixtureSync<ClvCard>(
      html`<clv-card .data=${CHANGES} method="subscription" gross-margin="0.8" window="3" lifespan-months="12"></clv-card>`,
    );
    await until(el, 'ready');
    for (const name of ['method', 'gross-margin', 'window', 'lifespan-months']) {
      el.removeAttribute(name);
      await el.updateComplete;
      expect(el.state, name).to.equal('ready');
    }
  });

  it('<health-badge> at-risk="abc" then removed → back to ready (NaN and null are different writes)', async () => {
    const el = fixtureSync<HealthBadge>(html`<health-badge score="50" critical="30" at-risk="60"></health-badge>`);
    await until(el, 'ready');
    el.setAttribute('at-risk', 'abc');
    await until(el, 'error');
    expect(el.error!.message).to.contain('at-risk="abc"');
    el.removeAttribute('at-risk');
    await until(el, 'ready');
    el.removeAttribute('critical');
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(el.critical).to.equal(undefined);
  });

  it('an empty attribute is the default too', async () => {
    const el = fixtureSync<ClvCard>(html`<clv-card arpa="120" churn-rate="0.02" gross-margin=""></clv-card>`);
    await until(el, 'ready');
    expect(el.grossMargin).to.equal(undefined);
  });
});
