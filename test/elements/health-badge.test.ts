import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/elements/health-badge.js';
import '../../src/elements/metrics-source.js';
import type { HealthBadge, HealthScoreRow } from '../../src/elements/health-badge.js';
import { partText, record, sleep, unique } from '../base/test-metric.js';

// Usage counts half, NPS 30 %, open tickets 20 % (fewer is better).
const MODEL = {
  measures: [
    { key: 'usage', weight: 0.5, min: 0, max: 100 },
    { key: 'nps', weight: 0.3, min: 0, max: 10 },
    { key: 'openTickets', weight: 0.2, min: 0, max: 10, higherIsBetter: false },
  ],
};

// acme: Aug 36 + 24 + 18 = 78, Sep 39 + 27 + 16 = 82 → healthy, up 4 from 78.
// globex: one row, no openTickets: (0.5 × 40 + 0.3 × 50) ÷ 0.8 = 43.75 → critical, no trend.
// initech: Aug 45 + 27 + 20 = 92, Sep 30 + 21 + 14 = 65 → at risk, down 27 from 92.
const ROWS = [
  { customerId: 'acme', date: '2026-08-31', usage: 72, nps: 8, openTickets: 1 },
  { customerId: 'globex', date: '2026-09-30', usage: 40, nps: 5 },
  { customerId: 'initech', date: '2026-08-31', usage: 90, nps: 9, openTickets: 0 },
  { customerId: 'acme', date: '2026-09-30', usage: 78, nps: 9, openTickets: 2 },
  { customerId: 'initech', date: '2026-09-30', usage: 60, nps: 7, openTickets: 3 },
];
const ACME = ROWS.filter((r) => r.customerId === 'acme');
const CSV =
  'customer_id,date,usage,nps,openTickets\n' +
  ROWS.map((r) => [r.customerId, r.date, r.usage, r.nps, 'openTickets' in r ? r.openTickets : ''].join(',')).join('\n') +
  '\n';

const json = (body: unknown) => `/api/json?${unique()}&body=${encodeURIComponent(JSON.stringify(body))}`;
const csv = (body: string) => `/api/csv?${unique()}&body=${encodeURIComponent(body)}`;
const until = (el: HealthBadge, state: string) =>
  waitUntil(() => el.state === state, `state ${state}, was ${el.state}`, { timeout: 4000 });
const shadow = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const badge = (el: Element) => shadow(el, '[part~="badge"]') as HTMLElement;
const details = (el: Element) => shadow(el, '[part~="details"]') as HTMLElement | null;
const detailLines = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="details"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
const shown = (el: Element) => {
  const d = details(el);
  return !!d && !d.hidden && getComputedStyle(d).display !== 'none';
};

describe('<health-badge>: what it shows', () => {
  it('is accessible, and shows the score, band, trend and account with a full label', async () => {
    const el = await fixture<HealthBadge>(html`<health-badge customer="acme" .model=${MODEL} .data=${ROWS}></health-badge>`);
    await expect(el).to.be.accessible();
    expect(el.state).to.equal('ready');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(el.dataRoute).to.equal('property');
    expect(partText(el, 'value')).to.equal('82');
    expect(partText(el, 'label')).to.equal('Healthy');
    expect(partText(el, 'trend')).to.contain('▲').and.to.contain('up 4 from 78');
    expect(shadow(el, '[part~="trend"] .arrow')!.getAttribute('aria-hidden')).to.equal('true');
    expect(partText(el, 'customer')).to.equal('acme');
    const b = badge(el);
    expect(b.getAttribute('role')).to.equal('img');
    expect(b.getAttribute('tabindex')).to.equal('0');
    expect(b.getAttribute('aria-label')).to.equal('Account health for acme: 82, healthy, up 4 from 78');
    expect(b.textContent).to.contain('✓');
    // The contributions are the badge's description, even while the popover is closed.
    const id = b.getAttribute('aria-describedby')!;
    expect(el.shadowRoot!.getElementById(id) === details(el), 'aria-describedby names the details').to.equal(true);
    expect(shown(el)).to.equal(false);
    expect(detailLines(el)).to.deep.equal([
      'usage: 78 → score 78 of 100 (weight 50%)',
      'NPS: 9 → score 90 of 100 (weight 30%)',
      'open tickets: 2 → score 80 of 100 (weight 20%)',
    ]);
    expect(el.result).to.deep.include({ customerId: 'acme', score: 82, band: 'healthy', previous: 78, trend: 'up' });
  });

  it('shows a down trend and the at-risk shape', async () => {
    const el = await fixture<HealthBadge>(html`<health-badge customer="initech" .model=${MODEL} .data=${ROWS}></health-badge>`);
    expect(partText(el, 'value')).to.equal('65');
    expect(partText(el, 'label')).to.equal('At risk');
    expect(badge(el).textContent).to.contain('!');
    expect(partText(el, 'trend')).to.contain('▼').and.to.contain('down 27 from 92');
    expect(badge(el).getAttribute('aria-label')).to.equal('Account health for initech: 65, at risk, down 27 from 92');
  });

  it('lists an absent measure as "no data", and shows no trend without a previous input', async () => {
    const el = await fixture<HealthBadge>(html`<health-badge customer="globex" .model=${MODEL} .data=${ROWS}></health-badge>`);
    await expect(el).to.be.accessible();
    expect(partText(el, 'value')).to.equal('44');
    expect(partText(el, 'label')).to.equal('Critical');
    expect(badge(el).textContent).to.contain('✕');
    expect(shadow(el, '[part~="trend"]')).to.equal(null);
    expect(badge(el).getAttribute('aria-label')).to.equal('Account health for globex: 44, critical');
    expect(detailLines(el)[2]).to.equal('open tickets: no data (weight 20%)');
  });

  it('takes measure labels from the model, and a display name from customer-name', async () => {
    const model = { measures: MODEL.measures.map((m, i) => (i === 0 ? { ...m, label: 'Product usage' } : m)) };
    const el = await fixture<HealthBadge>(
      html`<health-badge customer="acme" customer-name="Acme Corp" .model=${model} .data=${ROWS}></health-badge>`,
    );
    expect(partText(el, 'customer')).to.equal('Acme Corp');
    expect(badge(el).getAttribute('aria-label')).to.match(/^Account health for Acme Corp: 82/);
    expect(detailLines(el)[0]).to.match(/^Product usage: 78/);
  });

  for (const [score, value, label] of [
    ['0', '0', 'Critical'],
    ['50', '50', 'Critical'],
    ['51', '51', 'At risk'],
    ['75', '75', 'At risk'],
    ['76', '76', 'Healthy'],
    ['100', '100', 'Healthy'],
  ] as const) {
    it(`puts score="${score}" in the ${label} band`, async () => {
      const el = await fixture<HealthBadge>(html`<health-badge score=${score}></health-badge>`);
      expect(el.dataRoute).to.equal('aggregated');
      expect(partText(el, 'value')).to.equal(value);
      expect(partText(el, 'label')).to.equal(label);
      expect(badge(el).getAttribute('aria-label')).to.equal(`Account health: ${value}, ${label.toLowerCase()}`);
    });
  }

  it('moves the band bounds with the critical and at-risk attributes, and with the model', async () => {
    const el = await fixture<HealthBadge>(html`<health-badge score="60" critical="60" at-risk="80"></health-badge>`);
    expect(partText(el, 'label')).to.equal('Critical');
    el.critical = 40;
    await el.updateComplete;
    expect(partText(el, 'label')).to.equal('At risk');
    const rows = await fixture<HealthBadge>(
      html`<health-badge customer="acme" .model=${{ ...MODEL, bands: { critical: 60, atRisk: 85 } }} .data=${ROWS}></health-badge>`,
    );
    expect(partText(rows, 'label')).to.equal('At risk');
    rows.atRisk = 81;
    await rows.updateComplete;
    expect(partText(rows, 'label')).to.equal('Healthy');
  });

  it('takes an already-computed score with a previous one and the account name', async () => {
    const el = await fixture<HealthBadge>(html`<health-badge score="82" previous="78" customer="Acme"></health-badge>`);
    await expect(el).to.be.accessible();
    expect(badge(el).getAttribute('aria-label')).to.equal('Account health for Acme: 82, healthy, up 4 from 78');
    expect(partText(el, 'trend')).to.contain('up 4 from 78');
    expect(details(el), 'no measures to list').to.equal(null);
    el.previous = 81.6;
    await el.updateComplete;
    expect(partText(el, 'trend')).to.contain('▶').and.to.contain('steady (was 82)');
  });

  it('fills the width of its container and follows it', async () => {
    const wrap = fixtureSync<HTMLDivElement>(
      html`<div style="width:240px"><health-badge score="82" customer="A very long account name indeed, Incorporated"></health-badge></div>`,
    );
    const el = wrap.querySelector('health-badge')!;
    await el.updateComplete;
    expect(el.getBoundingClientRect().width).to.equal(240);
    expect(shadow(el, '.health')!.getBoundingClientRect().width).to.equal(240);
    expect(shadow(el, '[part~="customer"]')!.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    wrap.style.width = '500px';
    expect(shadow(el, '.health')!.getBoundingClientRect().width).to.equal(500);
  });
});

// WTR runs two pages at once and one is a hidden tab, where Puppeteer's mouse
// never completes (it waits on a frame that never comes). There the pointer is
// simulated: mouseenter/mouseleave on the badge's hover area as the point
// enters or leaves the badge or its popover.
let pointerInside = new WeakSet<Element>();
async function pointerTo(el: Element, x: number, y: number): Promise<void> {
  if (document.visibilityState === 'visible') {
    await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
    return;
  }
  const area = shadow(el, '.anchor')!;
  const boxes = [badge(el), details(el)].filter((n): n is HTMLElement => !!n && getComputedStyle(n).display !== 'none');
  const inside = boxes.some((n) => {
    const r = n.getBoundingClientRect();
    return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  });
  if (inside && !pointerInside.has(area)) {
    pointerInside.add(area);
    area.dispatchEvent(new MouseEvent('mouseenter', { clientX: x, clientY: y }));
  } else if (!inside && pointerInside.has(area)) {
    pointerInside.delete(area);
    area.dispatchEvent(new MouseEvent('mouseleave', { clientX: x, clientY: y }));
  }
}

/** A key press: real (Puppeteer) when the page is visible; in the hidden tab, where it may never complete, a keydown on the focused element. */
async function press(key: 'Escape'): Promise<void> {
  if (document.visibilityState === 'visible') {
    await sendKeys({ press: key });
    return;
  }
  let target: Element | null = document.activeElement;
  while (target?.shadowRoot?.activeElement) target = target.shadowRoot.activeElement;
  (target ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
}

/** focus()/blur(), plus the events a page without window focus (WTR's background tab) never receives. */
function focusOn(target: HTMLElement): void {
  target.focus();
  if (!document.hasFocus()) target.dispatchEvent(new FocusEvent('focus'));
}
function blurFrom(target: HTMLElement): void {
  target.blur();
  if (!document.hasFocus()) target.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
}

describe('<health-badge>: the contributions popover', () => {
  afterEach(async () => {
    pointerInside = new WeakSet();
    if (document.visibilityState === 'visible') await resetMouse();
  });

  it('opens on keyboard focus, closes on Escape and on blur', async () => {
    // Buttons on both sides keep Tab inside the page whatever happens.
    const wrap = fixtureSync<HTMLDivElement>(
      html`<div><button>before</button><health-badge customer="acme" .model=${MODEL} .data=${ROWS}></health-badge><button>after</button></div>`,
    );
    const el = wrap.querySelector('health-badge')!;
    await el.updateComplete;
    const log = record(el);
    wrap.querySelector('button')!.focus();
    // Tab for real when visible; the hidden tab gets focus() (Puppeteer's keyboard may never complete there).
    if (document.visibilityState === 'visible') await sendKeys({ press: 'Tab' });
    else focusOn(badge(el));
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement === badge(el), 'Tab reaches the badge').to.equal(true);
    expect(shown(el)).to.equal(true);
    expect(details(el)!.getAttribute('role')).to.equal('tooltip');
    await expect(el).to.be.accessible();
    await press('Escape');
    await el.updateComplete;
    expect(shown(el)).to.equal(false);
    expect(el.shadowRoot!.activeElement === badge(el), 'focus stays on the badge').to.equal(true);
    blurFrom(badge(el));
    focusOn(badge(el));
    await el.updateComplete;
    expect(shown(el)).to.equal(true);
    blurFrom(badge(el));
    await el.updateComplete;
    expect(shown(el)).to.equal(false);
    expect(log.computed, 'showing details is not a computation').to.have.length(0);
  });

  it('opens on hover, stays while the pointer is over it, closes on leaving and on Escape', async () => {
    const el = await fixture<HealthBadge>(html`<health-badge customer="acme" .model=${MODEL} .data=${ROWS}></health-badge>`);
    const r = badge(el).getBoundingClientRect();
    await pointerTo(el, r.left + r.width / 2, r.top + r.height / 2);
    await el.updateComplete;
    expect(shown(el)).to.equal(true);
    const d = details(el)!.getBoundingClientRect();
    await pointerTo(el, d.left + 10, d.top + d.height / 2);
    await el.updateComplete;
    expect(shown(el), 'the pointer can move onto the popover').to.equal(true);
    await press('Escape');
    await el.updateComplete;
    expect(shown(el), 'Escape dismisses it without moving the pointer').to.equal(false);
    await pointerTo(el, r.right + 400, r.bottom + 300);
    await pointerTo(el, r.left + r.width / 2, r.top + r.height / 2);
    await el.updateComplete;
    expect(shown(el), 'hovering again shows it again').to.equal(true);
    await pointerTo(el, r.right + 400, r.bottom + 300);
    await el.updateComplete;
    expect(shown(el)).to.equal(false);
  });
});

describe('<health-badge>: accounts and models', () => {
  it('uses the only account of the data without customer', async () => {
    const el = await fixture<HealthBadge>(html`<health-badge .model=${MODEL} .data=${ACME}></health-badge>`);
    expect(el.state).to.equal('ready');
    expect(partText(el, 'value')).to.equal('82');
    expect(partText(el, 'customer')).to.equal('acme');
  });

  it('asks for customer when the data holds several accounts, naming them', async () => {
    const el = await fixture<HealthBadge>(html`<health-badge .model=${MODEL} .data=${ROWS}></health-badge>`);
    const log = record(el);
    expect(el.state).to.equal('error');
    expect(el.error!.kind).to.equal('config');
    expect(partText(el, 'error')).to.equal('The data holds 3 accounts: acme, globex, initech: set customer to the one to show.');
    el.customer = 'initech';
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(partText(el, 'value')).to.equal('65');
    expect(log.computed).to.have.length(1);
    expect((log.computed[0] as HealthScoreRow).customerId).to.equal('initech');
  });

  it('says which customer is missing, keeps the last account marked stale, and follows customer changes once each', async () => {
    const el = await fixture<HealthBadge>(html`<health-badge customer="acme" .model=${MODEL} .data=${ROWS}></health-badge>`);
    const log = record(el);
    el.customer = 'umbrella';
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(el.error!.kind).to.equal('config');
    expect(partText(el, 'error')).to.equal('customer="umbrella" is not in the data (3 accounts: acme, globex, initech).');
    expect(partText(el, 'value')).to.equal('82');
    expect(shadow(el, '[part=stale]')!.textContent).to.contain('Showing the last good value.');
    el.customer = 'globex';
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('44');
    expect(log.errors).to.have.length(1);
    expect(log.computed).to.have.length(1);
  });

  it('matches a numeric customer id given as text', async () => {
    const rows = [
      { customerId: 42, usage: 90, nps: 10, openTickets: 0 },
      { customerId: 7, usage: 10, nps: 0, openTickets: 10 },
    ];
    const el = await fixture<HealthBadge>(html`<health-badge customer="42" .model=${MODEL} .data=${rows}></health-badge>`);
    expect(partText(el, 'value')).to.equal('95');
    expect(partText(el, 'customer')).to.equal('42');
  });

  it('reads the model from a JSON attribute; the property wins over it', async () => {
    const el = await fixture<HealthBadge>(
      html`<health-badge customer="acme" model=${JSON.stringify({ measures: [{ key: 'usage', weight: 1, min: 0, max: 100 }] })} .data=${ROWS}></health-badge>`,
    );
    expect(el.state).to.equal('ready');
    expect(partText(el, 'value')).to.equal('78');
    expect(detailLines(el)).to.deep.equal(['usage: 78 → score 78 of 100 (weight 100%)']);
    el.model = MODEL;
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('82');
  });

  it('reports a model attribute that is not JSON as a parse error', async () => {
    const el = await fixture<HealthBadge>(html`<health-badge customer="acme" model='{"measures": [' .data=${ROWS}></health-badge>`);
    expect(el.state).to.equal('error');
    expect(el.error!.kind).to.equal('parse');
    expect(partText(el, 'error')).to.match(/^The model attribute is not valid JSON/);
  });

  it('reports an invalid model as a config error naming the measure field', async () => {
    const model = { measures: [{ key: 'usage', weight: 1, min: 100, max: 0 }] };
    const el = await fixture<HealthBadge>(html`<health-badge customer="acme" .model=${model} .data=${ROWS}></health-badge>`);
    expect(el.state).to.equal('error');
    expect(el.error!.kind).to.equal('config');
    expect(partText(el, 'error')).to.match(/^The health model is invalid: measures\.0\.max: expected max greater than min/);
    el.model = { measures: [{ key: 'usage', weight: 1, min: 0, max: 100 }], bands: { critical: 80, atRisk: 60 } };
    await el.updateComplete;
    expect(partText(el, 'error')).to.contain('bands.atRisk');
  });

  it('asks for a model when rows come without one', async () => {
    const el = await fixture<HealthBadge>(html`<health-badge customer="acme" .data=${ROWS}></health-badge>`);
    expect(el.state).to.equal('error');
    expect(el.error!.kind).to.equal('config');
    expect(partText(el, 'error')).to.match(/^Set a health model/);
  });
});

describe('<health-badge>: data routes', () => {
  it('fetches JSON rows from src', async () => {
    const el = await fixture<HealthBadge>(html`<health-badge customer="acme" .model=${MODEL} src=${json(ROWS)}></health-badge>`);
    const log = record(el);
    await until(el, 'ready');
    expect(el.dataRoute).to.equal('src');
    expect(partText(el, 'value')).to.equal('82');
    expect(log.computed).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('fetches CSV rows from src (snake-case header, an empty cell = absent measure)', async () => {
    const el = await fixture<HealthBadge>(html`<health-badge customer="globex" .model=${MODEL} src=${csv(CSV)}></health-badge>`);
    await until(el, 'ready');
    expect(partText(el, 'value')).to.equal('44');
    expect(detailLines(el)[2]).to.equal('open tickets: no data (weight 20%)');
  });

  it('reads the data attribute and a child script', async () => {
    const attr = await fixture<HealthBadge>(
      html`<health-badge customer="initech" .model=${MODEL} data=${JSON.stringify(ROWS)}></health-badge>`,
    );
    expect(attr.dataRoute).to.equal('attribute');
    expect(partText(attr, 'value')).to.equal('65');
    const script = await fixture<HealthBadge>(
      html`<health-badge model=${JSON.stringify(MODEL)}><script type="application/json">${JSON.stringify(ACME)}</script></health-badge>`,
    );
    expect(script.dataRoute).to.equal('script');
    expect(partText(script, 'value')).to.equal('82');
  });

  it('takes a { score, previous } object as data', async () => {
    const el = await fixture<HealthBadge>(html`<health-badge customer="Acme" data='{"score": 40, "previous": 55}'></health-badge>`);
    expect(partText(el, 'label')).to.equal('Critical');
    expect(partText(el, 'trend')).to.contain('down 15 from 55');
  });

  it('takes the rows of a surrounding <metrics-source>, one badge per account', async () => {
    const wrap = fixtureSync(
      html`<metrics-source .data=${ROWS}>
        <health-badge customer="acme" .model=${MODEL}></health-badge>
        <health-badge customer="initech" .model=${MODEL}></health-badge>
      </metrics-source>`,
    );
    const [a, b] = [...wrap.querySelectorAll('health-badge')];
    await until(a!, 'ready');
    await until(b!, 'ready');
    expect(a!.dataRoute).to.equal('source');
    expect(partText(a!, 'value')).to.equal('82');
    expect(partText(b!, 'value')).to.equal('65');
  });
});

describe('<health-badge>: states', () => {
  it('shows a busy skeleton while loading, then the badge', async () => {
    const el = await fixture<HealthBadge>(
      html`<health-badge customer="acme" .model=${MODEL} src=${`/api/slow?ms=300&${unique()}&body=${encodeURIComponent(JSON.stringify(ROWS))}`}></health-badge>`,
    );
    expect(el.state).to.equal('loading');
    expect(partText(el, 'skeleton')).to.equal('Loading account health…');
    expect(shadow(el, '[part=base]')!.getAttribute('aria-busy')).to.equal('true');
    await until(el, 'ready');
    expect(shadow(el, '[part=base]')!.getAttribute('aria-busy')).to.equal('false');
    expect(partText(el, 'value')).to.equal('82');
  });

  it('is empty with no data and with no rows', async () => {
    const el = await fixture<HealthBadge>(html`<health-badge customer="acme" .model=${MODEL}></health-badge>`);
    await expect(el).to.be.accessible();
    expect(el.state).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('No data yet.');
    el.data = [];
    await el.updateComplete;
    expect(el.state).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('No data yet.');
    expect(badge(el)).to.equal(null);
  });

  it('says so when the account has none of the model’s measures', async () => {
    const el = await fixture<HealthBadge>(
      html`<health-badge customer="acme" .model=${MODEL} .data=${[{ customerId: 'acme', logins: 4 }]}></health-badge>`,
    );
    expect(el.state).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('No measure of the health model has a value for acme yet.');
  });

  it('keeps the last good badge, marked stale, when the data turns bad', async () => {
    const el = await fixture<HealthBadge>(html`<health-badge customer="acme" .model=${MODEL} .data=${ROWS}></health-badge>`);
    const log = record(el);
    el.data = ROWS.map((r, i) => (i === 3 ? { ...r, usage: 'lots' } : r));
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.match(/^Row 3, usage: /);
    expect(partText(el, 'value')).to.equal('82');
    expect(shadow(el, '[part=stale]')!.textContent).to.contain('Showing the last good value.');
    expect(log.errors).to.have.length(1);
    expect(log.errors[0]!.kind).to.equal('validation');
    await expect(el).to.be.accessible();
    el.data = ROWS;
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(shadow(el, '[part=stale]')).to.equal(null);
  });
});

describe('<health-badge>: bad input', () => {
  it('reports a malformed data attribute as a parse error', async () => {
    const el = await fixture<HealthBadge>(html`<health-badge data='[{"customerId": "a",'></health-badge>`);
    expect(el.state).to.equal('error');
    expect(el.error!.kind).to.equal('parse');
    expect(partText(el, 'error')).to.match(/^The data attribute is not valid JSON/);
  });

  it('names the row and field of a wrong type, and of a missing customerId column', async () => {
    const el = await fixture<HealthBadge>(
      html`<health-badge customer="acme" .model=${MODEL} .data=${ROWS.map((r, i) => (i === 1 ? { ...r, nps: 'high' } : r))}></health-badge>`,
    );
    expect(el.error!.kind).to.equal('validation');
    expect(el.error!.issues[0]).to.include({ row: 1, field: 'nps' });
    expect(partText(el, 'error')).to.match(/^Row 1, nps: /);
    const noId = await fixture<HealthBadge>(
      html`<health-badge .model=${MODEL} src=${csv('account,usage,nps\nacme,80,9\n')}></health-badge>`,
    );
    await until(noId, 'error');
    expect(noId.error!.kind).to.equal('validation');
    expect(partText(noId, 'error')).to.match(/^Row 0, customerId: /);
  });

  for (const [attr, value] of [
    ['score', '120'],
    ['score', '-5'],
    ['score', 'great'],
    ['previous', '101'],
    ['critical', '150'],
  ] as const) {
    it(`refuses ${attr}="${value}" as a config error naming it`, async () => {
      const el = await fixture<HealthBadge>(html`<health-badge score="82"></health-badge>`);
      const log = record(el);
      el.setAttribute(attr, value);
      await el.updateComplete;
      expect(el.state).to.equal('error');
      expect(el.error!.kind).to.equal('config');
      expect(partText(el, 'error')).to.match(new RegExp(`^${attr}="`));
      expect(partText(el, 'value'), 'the last good score stays').to.equal('82');
      expect(log.errors).to.have.length(1);
    });
  }

  it('refuses critical above at-risk', async () => {
    const el = await fixture<HealthBadge>(html`<health-badge score="82" critical="80" at-risk="60"></health-badge>`);
    expect(el.error!.kind).to.equal('config');
    expect(partText(el, 'error')).to.contain('critical (80) ≤ at-risk (60)');
  });

  it('refuses an out-of-range score in data as a validation error', async () => {
    const el = await fixture<HealthBadge>(html`<health-badge .data=${{ score: 150 }}></health-badge>`);
    expect(el.error!.kind).to.equal('validation');
    expect(partText(el, 'error')).to.equal('Score: expected a score from 0 to 100, got 150.');
    expect(el.error!.issues[0]).to.include({ field: 'score' });
  });

  const failures: Array<[string, string, 'network' | 'parse', RegExp]> = [
    ['a 404', '/api/status/404', 'network', /404/],
    ['a 500', '/api/status/500', 'network', /500/],
    ['a non-JSON body', '/api/text', 'parse', /not JSON/],
    ['a malformed JSON body', `/api/json?body=${encodeURIComponent('[{"customerId": 1')}`, 'parse', /not valid JSON/],
  ];
  for (const [name, src, kind, message] of failures) {
    it(`reports ${name} as a ${kind} error, once`, async () => {
      const el = await fixture<HealthBadge>(html`<health-badge customer="acme" .model=${MODEL}></health-badge>`);
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
    const el = await fixture<HealthBadge>(html`<health-badge customer="acme" .model=${MODEL}></health-badge>`);
    const log = record(el);
    const older = ROWS.map((r) => (r.customerId === 'acme' ? { ...r, usage: 0 } : r));
    el.src = `/api/slow?ms=600&${unique()}&body=${encodeURIComponent(JSON.stringify(older))}`;
    await el.updateComplete;
    await sleep(50);
    el.src = json(ROWS);
    await until(el, 'ready');
    expect(partText(el, 'value')).to.equal('82');
    await sleep(800);
    expect(partText(el, 'value'), 'the slow answer never shows').to.equal('82');
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
      const el = await fixture<HealthBadge>(html`<health-badge .model=${MODEL} src="javascript:alert(1)"></health-badge>`);
      expect(el.state).to.equal('error');
      expect(el.error!.kind).to.equal('config');
      await sleep(50);
      expect(calls).to.equal(0);
    } finally {
      window.fetch = original;
    }
  });

  it('renders a customer id, a customer name and a measure label carrying HTML as inert text', async () => {
    const payload = '<img src=x onerror="window.__hbPwned=1">';
    const rows = ACME.map((r) => ({ ...r, customerId: payload }));
    const model = { measures: MODEL.measures.map((m) => ({ ...m, label: `${payload} ${m.key}` })) };
    const byId = await fixture<HealthBadge>(html`<health-badge .model=${model} .data=${rows}></health-badge>`);
    expect(byId.state).to.equal('ready');
    expect(partText(byId, 'customer')).to.equal(payload);
    expect(badge(byId).getAttribute('aria-label')).to.contain(payload);
    expect(detailLines(byId)[0]).to.contain(payload);
    const byName = await fixture<HealthBadge>(html`<health-badge score="60" customer-name=${payload}></health-badge>`);
    const missing = await fixture<HealthBadge>(
      html`<health-badge customer=${payload} .model=${MODEL} .data=${ROWS}></health-badge>`,
    );
    await sleep(50);
    expect(partText(byName, 'customer')).to.equal(payload);
    expect(partText(missing, 'error')).to.contain('<img src=x');
    for (const el of [byId, byName, missing]) expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as unknown as { __hbPwned?: number }).__hbPwned).to.equal(undefined);
  });
});

describe('<health-badge>: events, theme and locale', () => {
  it('fires metric-computed once per computation, and nothing for theme, locale or customer-name', async () => {
    const el = await fixture<HealthBadge>(html`<health-badge customer="acme" .model=${MODEL} .data=${ROWS}></health-badge>`);
    const log = record(el);
    el.theme = 'dark';
    el.locale = 'fr-FR';
    el.customerName = 'Acme';
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(log.computed).to.have.length(0);
    el.model = { ...MODEL, bands: { critical: 85, atRisk: 90 } };
    await el.updateComplete;
    expect(log.computed).to.have.length(1);
    expect((log.computed[0] as HealthScoreRow).band).to.equal('critical');
    el.data = [...ROWS];
    await el.updateComplete;
    expect(log.computed).to.have.length(2);
    expect(log.errors).to.have.length(0);
  });

  it('fires metric-computed once with the selected account’s row', async () => {
    const el = document.createElement('health-badge');
    const log = record(el);
    el.customer = 'acme';
    el.model = MODEL;
    el.data = ROWS;
    document.body.append(el);
    try {
      await el.updateComplete;
      await sleep(20);
      expect(log.computed).to.have.length(1);
      expect(log.computed[0]).to.deep.equal({
        customerId: 'acme',
        score: 82,
        band: 'healthy',
        previous: 78,
        trend: 'up',
        contributions: [
          { key: 'usage', value: 78, score: 78, weight: 0.5 },
          { key: 'nps', value: 9, score: 90, weight: 0.3 },
          { key: 'openTickets', value: 2, score: 80, weight: 0.2 },
        ],
      });
    } finally {
      el.remove();
    }
  });

  it('formats in the locale (de-DE), and follows the closest lang', async () => {
    const rows = [{ customerId: 'acme', usage: 78.5, nps: 8.25, openTickets: 2 }];
    const el = await fixture<HealthBadge>(html`<health-badge locale="de-DE" .model=${MODEL} .data=${rows}></health-badge>`);
    // 39.25 + 24.75 + 16 = 80 → healthy.
    expect(partText(el, 'value')).to.equal('80');
    // (detailLines collapses the no-break space Intl puts before % in German.)
    expect(detailLines(el)[0]).to.equal('usage: 78,5 → Score 79 von 100 (Gewicht 50 %)');
    expect(detailLines(el)[1]).to.match(/^NPS: 8,25 → Score 83 von 100/);
    expect(partText(el, 'label')).to.equal('Gesund');
    el.locale = 'en-US';
    await el.updateComplete;
    expect(detailLines(el)[0]).to.equal('usage: 78.5 → score 79 of 100 (weight 50%)');
    const wrap = fixtureSync(html`<div lang="ar-EG"><health-badge score="82" previous="78"></health-badge></div>`);
    const ar = wrap.querySelector('health-badge')!;
    await ar.updateComplete;
    expect(partText(ar, 'value')).to.equal(new Intl.NumberFormat('ar-EG').format(82));
    expect(partText(ar, 'trend')).to.contain(new Intl.NumberFormat('ar-EG').format(78));
  });

  it('draws the dark theme, and each band’s colour hook', async () => {
    const el = await fixture<HealthBadge>(html`<health-badge score="82"></health-badge>`);
    const border = () => getComputedStyle(badge(el)).borderTopColor;
    const bg = () => getComputedStyle(badge(el)).backgroundColor;
    const text = () => getComputedStyle(badge(el)).color;
    const light = [border(), bg(), text()];
    el.theme = 'dark';
    await el.updateComplete;
    expect(border()).to.not.equal(light[0]);
    expect(bg()).to.not.equal(light[1]);
    expect(text()).to.not.equal(light[2]);
    await expect(el).to.be.accessible();
    el.style.setProperty('--health-badge-healthy-color', 'rgb(1, 2, 3)');
    el.style.setProperty('--health-badge-at-risk-color', 'rgb(4, 5, 6)');
    el.style.setProperty('--health-badge-critical-color', 'rgb(7, 8, 9)');
    el.style.setProperty('--health-badge-radius', '3px');
    expect(border()).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(badge(el)).borderTopLeftRadius).to.equal('3px');
    el.score = 60;
    await el.updateComplete;
    expect(border()).to.equal('rgb(4, 5, 6)');
    el.score = 20;
    await el.updateComplete;
    expect(border()).to.equal('rgb(7, 8, 9)');
    el.style.removeProperty('--health-badge-critical-color');
    el.style.setProperty('--csm-negative', 'rgb(10, 11, 12)');
    expect(border()).to.equal('rgb(10, 11, 12)');
  });

  it('is a page that never downloads Chart.js', async () => {
    const el = await fixture<HealthBadge>(html`<health-badge customer="acme" .model=${MODEL} .data=${ROWS}></health-badge>`);
    expect(el.state).to.equal('ready');
    const urls = performance.getEntriesByType('resource').map((e) => e.name);
    expect(urls.some((u) => u.includes('/health-badge'))).to.equal(true);
    expect(urls.filter((u) => /chart\.js|chart\.umd|chartjs/i.test(u))).to.deep.equal([]);
  });
});
