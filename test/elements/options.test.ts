// Options as frameworks and hostile pages send them: numbers written as text
// set as properties (React 19, Vue 3, Svelte 5 do), cleared options, nonsense.
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/clv-card.js';
import '../../src/elements/health-badge.js';
import '../../src/elements/nps-gauge.js';
import '../../src/elements/churn-trend.js';
import '../../src/elements/metrics-source.js';
import type { ClvCard } from '../../src/elements/clv-card.js';
import type { HealthBadge } from '../../src/elements/health-badge.js';
import type { NpsGauge } from '../../src/elements/nps-gauge.js';
import type { ChurnTrend } from '../../src/elements/churn-trend.js';
import { partText, record } from '../base/test-metric.js';
import { CLV_CHANGES as CHANGES } from './rows.js';

type Metric = HTMLElement & { state: string; error: { kind: string; message: string } | undefined; updateComplete: Promise<boolean> };
const until = (el: Metric, state: string) =>
  waitUntil(() => el.state === state, `state ${state} (is ${el.state}: ${el.error?.message ?? ''})`, { timeout: 4000 });


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

describe('options: hostile data', () => {
  it('<clv-card> never follows __proto__ in data (own keys only)', async () => {
    const el = fixtureSync<ClvCard>(html`<clv-card data='{"__proto__":{"arpa":120,"churnRate":0.02}}'></clv-card>`);
    await until(el, 'error');
    expect(el.result).to.equal(undefined);
    expect(el.shadowRoot!.textContent).not.to.contain('6,000');
    const parsed = JSON.parse('[{"__proto__":{"arpa":120,"churnRate":0.02}, "grossMargin": 0.5}]') as unknown[];
    const other = fixtureSync<ClvCard>(html`<clv-card .data=${parsed}></clv-card>`);
    await until(other, 'error');
  });
});

describe('options: display attributes are checked', () => {
  const gauge = () => fixtureSync<NpsGauge>(html`<nps-gauge promoters="6" passives="2" detractors="2" target="20"></nps-gauge>`);

  it('currency must be an ISO 4217 code; the last good one stays', async () => {
    const el = fixtureSync<ClvCard>(html`<clv-card arpa="120" churn-rate="0.02" currency="eur"></clv-card>`);
    await until(el, 'ready');
    expect(partText(el, 'value')).to.contain('€');
    el.setAttribute('currency', 'NOTACODE');
    await until(el, 'error');
    expect(el.error!.kind).to.equal('config');
    expect(el.error!.message).to.equal('currency="NOTACODE": expected an ISO 4217 currency code such as USD, EUR or JPY.');
    expect(el.currency).to.equal('eur');
    expect(partText(el, 'stale')).to.contain('€');
    el.setAttribute('currency', 'XQZ');
    await el.updateComplete;
    expect(el.error!.message).to.contain('currency="XQZ"');
    el.currency = 'JPY';
    await until(el, 'ready');
    expect(partText(el, 'value')).to.contain('¥');
  });

  it('theme must be light, dark or auto', async () => {
    const el = gauge();
    await until(el, 'ready');
    el.setAttribute('theme', 'neon');
    await until(el, 'error');
    expect(el.error!.message).to.equal('theme="neon": expected light, dark, auto.');
    expect(el.theme).to.equal('light');
    el.removeAttribute('theme');
    await until(el, 'ready');
    expect(el.theme).to.equal('light');
  });

  it('an NPS target outside −100..100 is a config error; "Target 500" is never drawn', async () => {
    const el = gauge();
    await until(el, 'ready');
    const log = record(el);
    el.setAttribute('target', '500');
    await until(el, 'error');
    expect(el.error!.message).to.equal('target="500": expected an NPS from −100 to 100.');
    expect(el.shadowRoot!.textContent).not.to.contain('Target 500');
    expect(el.shadowRoot!.textContent).to.contain('Target 20');
    expect(el.target).to.equal(20);
    expect(log.errors.map((e) => e.kind)).to.deep.equal(['config']);
    expect(log.computed).to.have.length(0);
    el.setAttribute('target', '-100');
    await until(el, 'ready');
    expect(el.target).to.equal(-100);
  });

  it('a churn target outside 0..1 (or absurd) is a config error', async () => {
    const el = fixtureSync<ChurnTrend>(html`<churn-trend .data=${CHANGES} target="0.05"></churn-trend>`);
    await until(el, 'ready');
    for (const bad of ['1e308', '5', '-0.1', 'Infinity']) {
      el.setAttribute('target', bad);
      await until(el, 'error');
      expect(el.error!.message).to.contain(`target="${bad}": expected a rate a month as a fraction from 0 to 1`);
      el.setAttribute('target', '0.05');
      await until(el, 'ready');
    }
  });
});

describe('options: max-bytes', () => {
  it('stops reading a src body over max-bytes with a clear error, and reads it once raised', async () => {
    const body = JSON.stringify([{ score: 9 }, { score: 10 }, { score: 3 }]);
    const src = `/api/json?max=${Date.now()}&body=${encodeURIComponent(body)}`;
    const el = fixtureSync<NpsGauge>(html`<nps-gauge src=${src} max-bytes="10"></nps-gauge>`);
    await until(el, 'error');
    expect(el.error!.kind).to.equal('network');
    expect(el.error!.message).to.contain('larger than the limit');
    expect(el.error!.message).to.contain('max-bytes="10"');
    (el as unknown as Record<string, unknown>).maxBytes = String(body.length);
    await until(el, 'ready');
    el.setAttribute('max-bytes', '1.5');
    await until(el, 'error');
    expect(el.error!.message).to.equal('max-bytes="1.5": expected a whole number of bytes > 0.');
    el.removeAttribute('max-bytes');
    await until(el, 'ready');
  });
});

describe('options: rows a framework wrote as text (Svelte server rendering)', () => {
  it('data="[object Object],…" is a config error until the data property is set; clearing it then falls back cleanly', async () => {
    const el = fixtureSync<NpsGauge>(html`<nps-gauge data="[object Object],[object Object]"></nps-gauge>`);
    await until(el, 'error');
    expect(el.error!.kind).to.equal('config');
    expect(el.error!.message).to.equal(
      'data="[object Object],[object Object]": expected rows as JSON (a framework wrote objects as text: set the rows as the data property).',
    );
    el.data = [{ score: 9 }, { score: 10 }, { score: 3 }];
    await until(el, 'ready');
    el.data = undefined;
    await until(el, 'empty');
    expect(el.error).to.equal(undefined);
    el.setAttribute('data', '[10, 10]');
    await until(el, 'ready');
    expect(el.result!.score).to.equal(100);
  });
});

describe('options: <metrics-source>', () => {
  it('takes numbers written as text, and refuses nonsense with a config error its elements show', async () => {
    const source = fixtureSync<HTMLElement & { refresh: unknown; maxBytes: unknown; updateComplete: Promise<boolean> }>(
      html`<metrics-source .data=${[9, 10, 6]}><nps-gauge></nps-gauge></metrics-source>`,
    );
    const gauge = source.querySelector('nps-gauge') as NpsGauge;
    await until(gauge, 'ready');
    source.refresh = '60';
    source.maxBytes = ' 5000 ';
    await source.updateComplete;
    expect(source.refresh).to.equal(60);
    expect(source.maxBytes).to.equal(5000);
    source.setAttribute('refresh', 'abc');
    await until(gauge, 'error');
    expect(gauge.error!.message).to.equal('refresh="abc": expected a number of seconds ≥ 0.');
    source.removeAttribute('refresh');
    await until(gauge, 'ready');
    expect(source.refresh).to.equal(undefined);
  });
});

describe('options: every element declares them through src/base/options.ts', () => {
  // An option declared with lit/decorators.js's `property` would take "7" as
  // the text "7" and skip its check: every element's, for every number option.
  it('reads a number written as text on every number option of every element', async () => {
    await import('../../src/index.js');
    const tags = ['nps-gauge', 'health-badge', 'clv-card', 'churn-trend', 'mrr-movements', 'retention-cohorts', 'feedback-list', 'metric-card', 'metrics-source'];
    let checked = 0;
    for (const tag of tags) {
      const ctor = customElements.get(tag) as unknown as { elementProperties: Map<PropertyKey, { type?: unknown; state?: boolean; attribute?: unknown }> };
      expect(ctor, tag).to.not.equal(undefined);
      for (const [name, declaration] of ctor.elementProperties) {
        if (declaration.state || declaration.type !== Number || declaration.attribute === false) continue;
        const el = document.createElement(tag) as unknown as Record<PropertyKey, unknown> & { remove(): void };
        document.body.append(el as unknown as Node);
        el[name] = ' 7 ';
        expect(el[name], `<${tag}>.${String(name)} = " 7 "`).to.satisfy((v: unknown) => v === 7 || v === undefined || typeof v === 'number');
        el[name] = 'seven';
        expect(typeof el[name], `<${tag}>.${String(name)} = "seven" is refused`).to.not.equal('string');
        el.remove();
        checked++;
      }
    }
    expect(checked, 'number options checked').to.be.greaterThan(15);
  });
});

describe('options: an option that is an accessor (<nps-gauge label>)', () => {
  it('redraws when set, and null means the default, not the first value written', async () => {
    const gauge = fixtureSync<NpsGauge>(html`<nps-gauge label="Enterprise NPS" promoters="6" passives="2" detractors="2"></nps-gauge>`);
    await until(gauge, 'ready');
    expect(partText(gauge, 'label')).to.equal('Enterprise NPS');
    gauge.label = 'SMB NPS';
    await gauge.updateComplete;
    expect(partText(gauge, 'label')).to.equal('SMB NPS');
    (gauge as unknown as Record<string, unknown>).label = null;
    await gauge.updateComplete;
    expect(partText(gauge, 'label')).to.equal('Net Promoter Score');
  });
});
