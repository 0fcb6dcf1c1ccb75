import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/clv-card.js';
import '../../src/elements/metrics-source.js';
import type { ClvCard, ClvResult } from '../../src/elements/clv-card.js';
import { partText, record, sleep, unique } from '../base/test-metric.js';
import { CLV_CHANGES as CHANGES, ORDERS } from './rows.js';

// The worked examples are in ./rows.ts: CHANGES give ARPA 120, churn 12.5 %,
// CLV = 120 × 0.8 ÷ 0.125 = 768; ORDERS give AOV 50, lifespan 1.5 months.
const CHANGES_CSV = 'customer_id,date,mrr\n' + CHANGES.map((c) => `${c.customerId},${c.date},${c.mrr}`).join('\n') + '\n';

const WORKED = { averageOrderValue: 50, purchaseFrequency: 3, lifespanMonths: 24 };

const json = (body: unknown) => `/api/json?${unique()}&body=${encodeURIComponent(JSON.stringify(body))}`;
const csv = (body: string) => `/api/csv?${unique()}&body=${encodeURIComponent(body)}`;
const until = (el: ClvCard, state: string) => waitUntil(() => el.state === state, `state ${state}, was ${el.state}`, { timeout: 4000 });
const shadow = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const inputs = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~="input"]')].map((n) => n.textContent!.trim());
const group = (el: Element) => shadow(el, '[role="group"]');
const money = (value: number, locale: string, currency: string, digits = 0) =>
  new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);

describe('<clv-card>: the value and its formula', () => {
  it('is accessible, and shows the worked example $50 × 3 a month × 24 months = $3,600', async () => {
    const el = await fixture<ClvCard>(html`<clv-card .data=${WORKED}></clv-card>`);
    await expect(el).to.be.accessible();
    expect(el.state).to.equal('ready');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(el.dataRoute).to.equal('property');
    expect(partText(el, 'label')).to.equal('Customer lifetime value');
    expect(partText(el, 'value')).to.equal('$3,600');
    expect(inputs(el)).to.deep.equal(['AOV $50.00', '3 purchases a month', '24 months']);
    expect(partText(el, 'formula').replace(/\s+/g, ' ')).to.equal('AOV $50.00 × 3 purchases a month × 24 months');
    expect(partText(el, 'method')).to.equal('from given inputs');
    expect(group(el)!.getAttribute('aria-label')).to.equal(
      'Customer lifetime value $3,600: average order value $50.00, 3 purchases a month, lifespan 24 months',
    );
    expect(shadow(el, '[part~="ratio"]'), 'no ratio without cac').to.equal(null);
  });

  it('takes aggregated ARPA and churn from attributes, with the LTV:CAC ratio in words', async () => {
    const el = await fixture<ClvCard>(
      html`<clv-card arpa="120" churn-rate="0.02" gross-margin="0.8" cac="1500"></clv-card>`,
    );
    await expect(el).to.be.accessible();
    expect(el.dataRoute).to.equal('aggregated');
    expect(partText(el, 'value')).to.equal('$4,800');
    expect(inputs(el)).to.deep.equal(['ARPA $120', 'gross margin 80%', 'monthly churn 2%']);
    expect(partText(el, 'formula').replace(/\s+/g, ' ')).to.equal('ARPA $120 × gross margin 80% ÷ monthly churn 2%');
    expect(partText(el, 'ratio')).to.equal('LTV:CAC 3.2 : 1 (CAC $1,500) — healthy (≥ 3 : 1)');
    expect(group(el)!.getAttribute('aria-label')).to.equal(
      'Customer lifetime value $4,800: ARPA $120, gross margin 80%, monthly churn 2%; LTV:CAC 3.2 to 1, healthy',
    );
    expect((el.result as ClvResult).method).to.equal('explicit');
  });

  it('takes aggregated AOV, frequency and lifespan from attributes', async () => {
    const el = await fixture<ClvCard>(
      html`<clv-card average-order-value="50" purchase-frequency="3" lifespan-months="24"></clv-card>`,
    );
    expect(el.dataRoute).to.equal('aggregated');
    expect(partText(el, 'value')).to.equal('$3,600');
  });

  it('judges the LTV:CAC ratio in words, not by colour alone; cac changes recompute nothing and fire nothing', async () => {
    const el = await fixture<ClvCard>(html`<clv-card arpa="120" churn-rate="0.02" gross-margin="0.8"></clv-card>`);
    const log = record(el);
    const cases: Array<[number, string, string]> = [
      [800, '6 : 1', 'high (above 5 : 1)'],
      [1500, '3.2 : 1', 'healthy'],
      [2400, '2 : 1', 'below the 3 : 1 benchmark'],
      [6000, '0.8 : 1', 'losing money on each customer'],
    ];
    for (const [cac, ratio, words] of cases) {
      el.cac = cac;
      await el.updateComplete;
      expect(partText(el, 'ratio'), `cac ${cac}`).to.contain(`LTV:CAC ${ratio} (CAC ${money(cac, 'en-US', 'USD')}) — ${words}`);
      expect(group(el)!.getAttribute('aria-label')).to.contain(`LTV:CAC ${ratio.replace(' : ', ' to ')}`);
    }
    el.cac = -5;
    await el.updateComplete;
    expect(partText(el, 'ratio')).to.equal('LTV:CAC not shown: cac="-5" must be an amount > 0.');
    expect(el.state).to.equal('ready');
    expect(log.computed).to.have.length(0);
    expect(log.errors).to.have.length(0);
  });

  it('says in words why there is no value when nobody churned, and stays ready', async () => {
    const el = await fixture<ClvCard>(html`<clv-card arpa="120" churn-rate="0" cac="900"></clv-card>`);
    const log = record(el);
    await expect(el).to.be.accessible();
    expect(el.state).to.equal('ready');
    expect(partText(el, 'value')).to.equal('No churn in the window — CLV is unbounded.');
    expect(el.shadowRoot!.textContent).to.not.contain('∞');
    expect(inputs(el)).to.deep.equal(['ARPA $120', 'gross margin 100%', 'monthly churn 0%']);
    expect(partText(el, 'ratio')).to.equal('LTV:CAC cannot be computed without a CLV (CAC $900).');
    expect(group(el)!.getAttribute('aria-label')).to.equal(
      'Customer lifetime value: No churn in the window — CLV is unbounded. Inputs: ARPA $120, gross margin 100%, monthly churn 0%.',
    );
    // A churn rate again: one computation, one event.
    el.churnRate = 0.04;
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('$3,000');
    expect(log.computed).to.have.length(1);
  });

  it('explains a subscription history too short to measure churn', async () => {
    const el = await fixture<ClvCard>(html`<clv-card .data=${CHANGES.slice(0, 4)}></clv-card>`);
    expect(el.state).to.equal('ready');
    expect(partText(el, 'value')).to.match(/^Not enough history to measure churn/);
    expect(inputs(el)[2]).to.equal('monthly churn — (mean over up to 6 months)');
  });

  it('reads an explicit object from a child script', async () => {
    const el = await fixture<ClvCard>(
      html`<clv-card gross-margin="0.5"><script type="application/json">{ "arpa": 200, "churnRate": 0.05 }</script></clv-card>`,
    );
    expect(el.dataRoute).to.equal('script');
    expect(partText(el, 'value')).to.equal('$2,000');
    expect(inputs(el)[1]).to.equal('gross margin 50%');
  });

  it('fills the width of its container and follows it', async () => {
    const wrap = fixtureSync<HTMLDivElement>(html`<div style="width:260px"><clv-card .data=${WORKED}></clv-card></div>`);
    const el = wrap.querySelector('clv-card')!;
    await el.updateComplete;
    expect(el.getBoundingClientRect().width).to.equal(260);
    expect(shadow(el, '[part~="card"]')!.getBoundingClientRect().width).to.equal(260);
    wrap.style.width = '500px';
    expect(shadow(el, '[part~="card"]')!.getBoundingClientRect().width).to.equal(500);
  });
});

describe('<clv-card>: methods and routes', () => {
  it('computes subscription CLV from MRR changes fetched as JSON, inferring the method', async () => {
    const el = await fixture<ClvCard>(html`<clv-card gross-margin="0.8" src=${json(CHANGES)}></clv-card>`);
    const log = record(el);
    await until(el, 'ready');
    expect(el.dataRoute).to.equal('src');
    expect(partText(el, 'method')).to.equal('subscription');
    expect(partText(el, 'value')).to.equal('$768');
    expect(inputs(el)).to.deep.equal(['ARPA $120', 'gross margin 80%', 'monthly churn 12.5% (mean over up to 6 months)']);
    expect(log.computed).to.have.length(1);
    expect(log.computed[0]).to.deep.equal({
      value: 768,
      method: 'subscription',
      inputs: { arpa: 120, churnRate: 0.125, grossMargin: 0.8 },
    });
    await expect(el).to.be.accessible();
  });

  it('computes subscription CLV from MRR changes fetched as CSV', async () => {
    const el = await fixture<ClvCard>(html`<clv-card method="subscription" src=${csv(CHANGES_CSV)}></clv-card>`);
    await until(el, 'ready');
    expect(partText(el, 'value')).to.equal('$960');
    expect(inputs(el)[1]).to.equal('gross margin 100%');
  });

  it('averages churn over `window` months: one month without churn means no value', async () => {
    const el = await fixture<ClvCard>(html`<clv-card window="1" .data=${CHANGES}></clv-card>`);
    expect(el.state).to.equal('ready');
    expect(partText(el, 'value')).to.equal('No churn in the window — CLV is unbounded.');
    expect(inputs(el)[2]).to.equal('monthly churn 0% (mean over up to 1 month)');
    el.window = 2;
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('$960');
  });

  it('computes transactional CLV from orders (data attribute), then with a given lifespan', async () => {
    const el = await fixture<ClvCard>(html`<clv-card data=${JSON.stringify(ORDERS)}></clv-card>`);
    const log = record(el);
    expect(el.dataRoute).to.equal('attribute');
    expect(partText(el, 'method')).to.equal('from orders');
    expect(partText(el, 'value')).to.equal('$100.00');
    expect(inputs(el)).to.deep.equal(['AOV $50.00', '1.33 purchases a month', '1.5 months']);
    el.lifespanMonths = 24;
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('$1,600');
    expect(inputs(el)[2]).to.equal('24 months');
    expect(log.computed).to.have.length(1);
  });

  it('computes transactional CLV from an orders CSV', async () => {
    const body = 'customerId,date,amount\n' + ORDERS.map((o) => `${o.customerId},${o.date},${o.amount}`).join('\n');
    const el = await fixture<ClvCard>(html`<clv-card lifespan-months="24" src=${csv(body)}></clv-card>`);
    await until(el, 'ready');
    expect(partText(el, 'value')).to.equal('$1,600');
  });

  it('reads a one-row CSV of aggregated inputs as the explicit method', async () => {
    const el = await fixture<ClvCard>(html`<clv-card src=${csv('arpa,churnRate,grossMargin\n120,0.02,0.8\n')}></clv-card>`);
    await until(el, 'ready');
    expect(partText(el, 'value')).to.equal('$4,800');
    expect(partText(el, 'method')).to.equal('from given inputs');
  });

  it('takes the rows of a surrounding <metrics-source>', async () => {
    const wrap = fixtureSync(
      html`<metrics-source .data=${CHANGES}><clv-card gross-margin="0.8" cac="240"></clv-card></metrics-source>`,
    );
    const el = wrap.querySelector('clv-card')!;
    await until(el, 'ready');
    expect(el.dataRoute).to.equal('source');
    expect(partText(el, 'value')).to.equal('$768');
    expect(partText(el, 'ratio')).to.contain('LTV:CAC 3.2 : 1 (CAC $240) — healthy');
  });

  it('uses method to read the rows, naming the missing field when they do not fit', async () => {
    const el = await fixture<ClvCard>(html`<clv-card method="transactional" .data=${CHANGES}></clv-card>`);
    expect(el.state).to.equal('error');
    expect(el.error!.kind).to.equal('validation');
    expect(partText(el, 'error')).to.match(/^Row 0, amount: /);
  });

  it('says it cannot tell the method from rows that have neither mrr nor amount', async () => {
    const el = await fixture<ClvCard>(html`<clv-card .data=${[{ customerId: 'a', date: '2026-01-01' }]}></clv-card>`);
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.match(/^Cannot tell the CLV method/);
  });
});

describe('<clv-card>: states', () => {
  it('shows a busy skeleton while loading, then the value', async () => {
    const el = await fixture<ClvCard>(
      html`<clv-card src=${`/api/slow?ms=300&${unique()}&body=${encodeURIComponent(JSON.stringify(ORDERS))}`}></clv-card>`,
    );
    expect(el.state).to.equal('loading');
    expect(partText(el, 'skeleton')).to.equal('Loading customer lifetime value…');
    expect(shadow(el, '[part=base]')!.getAttribute('aria-busy')).to.equal('true');
    await until(el, 'ready');
    expect(shadow(el, '[part=base]')!.getAttribute('aria-busy')).to.equal('false');
    expect(partText(el, 'value')).to.equal('$100.00');
  });

  it('is empty with no data, with no rows and with no orders', async () => {
    const el = await fixture<ClvCard>(html`<clv-card></clv-card>`);
    await expect(el).to.be.accessible();
    expect(el.state).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('No data yet.');
    el.data = [];
    await el.updateComplete;
    expect(el.state).to.equal('empty');
    el.method = 'transactional';
    await el.updateComplete;
    expect(el.state).to.equal('empty');
    expect(partText(el, 'value')).to.equal('');
  });

  it('keeps the last good value, marked stale, when the data turns bad', async () => {
    const el = await fixture<ClvCard>(html`<clv-card .data=${WORKED}></clv-card>`);
    const log = record(el);
    el.data = { ...WORKED, lifespanMonths: -3 };
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.contain('lifespanMonths');
    expect(partText(el, 'value')).to.equal('$3,600');
    expect(shadow(el, '[part=stale]')!.textContent).to.contain('Showing the last good value.');
    expect(log.errors).to.have.length(1);
    expect(log.errors[0]!.kind).to.equal('validation');
    await expect(el).to.be.accessible();
    el.data = WORKED;
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(shadow(el, '[part=stale]')).to.equal(null);
  });
});

describe('<clv-card>: bad input', () => {
  it('reports a malformed data attribute as a parse error', async () => {
    const el = await fixture<ClvCard>(html`<clv-card data='{"arpa": 120,'></clv-card>`);
    expect(el.state).to.equal('error');
    expect(el.error!.kind).to.equal('parse');
    expect(partText(el, 'error')).to.match(/^The data attribute is not valid JSON/);
  });

  it('names the row and field of a wrong type', async () => {
    const rows = CHANGES.map((c, i) => (i === 2 ? { ...c, mrr: 'lots' } : c));
    const el = await fixture<ClvCard>(html`<clv-card .data=${rows}></clv-card>`);
    expect(el.state).to.equal('error');
    expect(el.error!.kind).to.equal('validation');
    expect(el.error!.issues[0]).to.include({ row: 2, field: 'mrr' });
    expect(partText(el, 'error')).to.match(/^Row 2, mrr: /);
  });

  it('refuses out-of-range values: a negative order, a churn rate above 1', async () => {
    const orders = ORDERS.map((o, i) => (i === 1 ? { ...o, amount: -60 } : o));
    const el = await fixture<ClvCard>(html`<clv-card .data=${orders}></clv-card>`);
    expect(partText(el, 'error')).to.match(/^Row 1, amount: /);
    const agg = await fixture<ClvCard>(html`<clv-card arpa="120" churn-rate="1.5"></clv-card>`);
    expect(agg.state).to.equal('error');
    expect(partText(agg, 'error')).to.contain('churnRate');
  });

  for (const [attr, value] of [
    ['gross-margin', '80'],
    ['window', '0'],
    ['lifespan-months', 'forever'],
    ['method', 'magic'],
  ] as const) {
    it(`refuses ${attr}="${value}" as a config error naming it`, async () => {
      const el = await fixture<ClvCard>(html`<clv-card .data=${CHANGES}></clv-card>`);
      const log = record(el);
      el.setAttribute(attr, value);
      await el.updateComplete;
      expect(el.state).to.equal('error');
      expect(el.error!.kind).to.equal('config');
      expect(partText(el, 'error')).to.match(new RegExp(`^${attr}="`));
      expect(log.errors).to.have.length(1);
    });
  }

  it('reports a CSV without the mrr column by row and field', async () => {
    const el = await fixture<ClvCard>(
      html`<clv-card method="subscription" src=${csv('customerId,date\na,2026-01-01\n')}></clv-card>`,
    );
    await until(el, 'error');
    expect(el.error!.kind).to.equal('validation');
    expect(partText(el, 'error')).to.match(/^Row 0, mrr: /);
  });

  const failures: Array<[string, string, 'network' | 'parse', RegExp]> = [
    ['a 404', '/api/status/404', 'network', /404/],
    ['a 500', '/api/status/500', 'network', /500/],
    ['a non-JSON body', '/api/text', 'parse', /not JSON/],
    ['a malformed JSON body', `/api/json?body=${encodeURIComponent('[{"mrr": 1')}`, 'parse', /not valid JSON/],
  ];
  for (const [name, src, kind, message] of failures) {
    it(`reports ${name} as a ${kind} error, once`, async () => {
      const el = await fixture<ClvCard>(html`<clv-card></clv-card>`);
      const log = record(el);
      el.src = src + (src.includes('?') ? '&' : '?') + unique();
      await until(el, 'error');
      expect(log.errors).to.have.length(1);
      expect(log.errors[0]!.kind).to.equal(kind);
      expect(partText(el, 'error')).to.match(message);
      expect(log.computed).to.have.length(0);
    });
  }

  it('lets a newer src win over a slow older answer', async () => {
    const el = await fixture<ClvCard>(html`<clv-card></clv-card>`);
    const log = record(el);
    el.src = `/api/slow?ms=600&${unique()}&body=${encodeURIComponent(JSON.stringify(ORDERS))}`;
    await el.updateComplete;
    await sleep(50);
    el.src = json(WORKED);
    await until(el, 'ready');
    expect(partText(el, 'value')).to.equal('$3,600');
    await sleep(800);
    expect(partText(el, 'value'), 'the slow answer never shows').to.equal('$3,600');
    expect(log.computed).to.have.length(1);
  });

  it('refuses a javascript: URL without any request', async () => {
    const original = window.fetch;
    let calls = 0;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      calls++;
      return original(...args);
    };
    try {
      const el = await fixture<ClvCard>(html`<clv-card src="javascript:alert(1)"></clv-card>`);
      expect(el.state).to.equal('error');
      expect(el.error!.kind).to.equal('config');
      await sleep(50);
      expect(calls).to.equal(0);
    } finally {
      window.fetch = original;
    }
  });

  it('renders data text (a customer id, a bad value) as inert text', async () => {
    const payload = '<img src=x onerror="window.__clvPwned=1">';
    const ok = await fixture<ClvCard>(
      html`<clv-card .data=${CHANGES.map((c) => (c.customerId === 'a' ? { ...c, customerId: payload } : c))}></clv-card>`,
    );
    expect(ok.state).to.equal('ready');
    const bad = await fixture<ClvCard>(html`<clv-card data=${JSON.stringify([{ ...WORKED, lifespanMonths: payload }])}></clv-card>`);
    await sleep(50);
    expect(bad.state).to.equal('error');
    expect(partText(bad, 'error')).to.contain('<img src=x');
    for (const el of [ok, bad]) expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as unknown as { __clvPwned?: number }).__clvPwned).to.equal(undefined);
  });
});

describe('<clv-card>: events, theme and locale', () => {
  it('fires metric-computed once per computation and nothing for theme, locale, currency or cac', async () => {
    const el = await fixture<ClvCard>(html`<clv-card arpa="120" churn-rate="0.02"></clv-card>`);
    const log = record(el);
    el.theme = 'dark';
    el.locale = 'fr-FR';
    el.currency = 'EUR';
    el.cac = 1000;
    await el.updateComplete;
    expect(log.computed).to.have.length(0);
    el.grossMargin = 0.5;
    await el.updateComplete;
    expect(log.computed).to.have.length(1);
    expect((log.computed[0] as ClvResult).value).to.equal(3000);
    el.requestUpdate();
    await el.updateComplete;
    expect(log.computed).to.have.length(1);
    expect(log.errors).to.have.length(0);
  });

  it('formats money in the locale and currency, and follows changes', async () => {
    const el = await fixture<ClvCard>(html`<clv-card locale="de-DE" currency="EUR" cac="1125" .data=${WORKED}></clv-card>`);
    expect(partText(el, 'value')).to.equal(money(3600, 'de-DE', 'EUR'));
    expect(partText(el, 'value')).to.match(/^3\.600\s€$/);
    expect(inputs(el)[0]).to.equal(`Ø Bestellwert ${money(50, 'de-DE', 'EUR', 2)}`);
    expect(partText(el, 'label')).to.equal('Customer Lifetime Value');
    expect(partText(el, 'ratio')).to.contain('LTV:CAC 3,2 : 1');
    el.locale = 'ja-JP';
    el.currency = 'JPY';
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal(money(3600, 'ja-JP', 'JPY'));
    expect(group(el)!.getAttribute('aria-label')).to.contain(money(3600, 'ja-JP', 'JPY'));
  });

  it('follows the closest lang when no locale is set', async () => {
    const wrap = fixtureSync(html`<div lang="fr-FR"><clv-card arpa="120" churn-rate="0.025"></clv-card></div>`);
    const el = wrap.querySelector('clv-card')!;
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal(money(4800, 'fr-FR', 'USD'));
    expect(inputs(el)[2]).to.equal(`attrition mensuelle ${new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 2 }).format(0.025)}`);
  });

  it('draws the dark theme and the per-tag colour hook', async () => {
    const el = await fixture<ClvCard>(html`<clv-card .data=${WORKED}></clv-card>`);
    const value = () => getComputedStyle(shadow(el, '[part~="value"]')!).color;
    const card = () => getComputedStyle(shadow(el, '[part~="card"]')!).backgroundColor;
    const [lightValue, lightCard] = [value(), card()];
    el.theme = 'dark';
    await el.updateComplete;
    expect(value()).to.not.equal(lightValue);
    expect(card()).to.not.equal(lightCard);
    await expect(el).to.be.accessible();
    el.style.setProperty('--clv-card-accent-color', 'rgb(1, 2, 3)');
    expect(value()).to.equal('rgb(1, 2, 3)');
    el.style.removeProperty('--clv-card-accent-color');
    el.style.setProperty('--csm-accent', 'rgb(4, 5, 6)');
    expect(value()).to.equal('rgb(4, 5, 6)');
    el.style.setProperty('--clv-card-value-size', '50px');
    expect(getComputedStyle(shadow(el, '[part~="value"]')!).fontSize).to.equal('50px');
  });

  it('is a page that never downloads Chart.js', async () => {
    const el = await fixture<ClvCard>(html`<clv-card .data=${WORKED}></clv-card>`);
    expect(el.state).to.equal('ready');
    const urls = performance.getEntriesByType('resource').map((e) => e.name);
    expect(urls.some((u) => u.includes('/clv-card'))).to.equal(true);
    expect(urls.filter((u) => /chart\.js|chart\.umd|chartjs/i.test(u))).to.deep.equal([]);
  });
});
