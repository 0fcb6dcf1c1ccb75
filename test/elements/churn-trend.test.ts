import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import '../../src/elements/churn-trend.js';
import '../../src/elements/metrics-source.js';
import type { ChurnTrend, ChurnTrendResult } from '../../src/elements/churn-trend.js';
import { partText, record, sleep, unique } from '../base/test-metric.js';

// Already aggregated: February had no customers (a gap), April is the latest
// month, 0.3 points below March.
const RATES = [
  { month: '2026-01', rate: 0.03 },
  { month: '2026-02', rate: null },
  { month: '2026-03', rate: 0.024 },
  { month: '2026-04', rate: 0.021 },
];
const RATES_CSV = 'month,rate\n2026-01,0.03\n2026-02,\n2026-03,0.024\n2026-04,0.021\n';

// Five customers from January; b leaves in February (1 of 5: 20 %), c in March
// (1 of 4: 25 %). f joins and leaves inside March: counted only with
// include-new-churn (2 of 4: 50 %). January has nobody at its start.
const CUSTOMERS = [
  { id: 'a', start: '2026-01-03' },
  { id: 'b', start: '2026-01-04', end: '2026-02-10' },
  { id: 'c', start: '2026-01-05', end: '2026-03-05' },
  { id: 'd', start: '2026-01-06' },
  { id: 'e', start: '2026-01-07' },
  { id: 'f', start: '2026-03-02', end: '2026-03-20' },
];
const CUSTOMERS_CSV = 'id,start,end\n' + CUSTOMERS.map((c) => `${c.id},${c.start},${c.end ?? ''}`).join('\n') + '\n';

// MRR: a and b pay 100 from January; b cancels in February (gross = net =
// 100 ÷ 200 = 50 %); a expands to 150 in March (gross 0 %, net −50 %).
const CHANGES = [
  { customerId: 'a', date: '2026-01-05', mrr: 100 },
  { customerId: 'b', date: '2026-01-06', mrr: 100 },
  { customerId: 'b', date: '2026-02-08', mrr: 0 },
  { customerId: 'a', date: '2026-03-09', mrr: 150 },
];

const LIGHT_ACCENT: Rgb = [9, 105, 218];
const DARK_ACCENT: Rgb = [68, 147, 248];

type Rgb = readonly [number, number, number];
const json = (body: unknown) => `/api/json?${unique()}&body=${encodeURIComponent(JSON.stringify(body))}`;
const csv = (body: string) => `/api/csv?${unique()}&body=${encodeURIComponent(body)}`;
const until = (el: ChurnTrend, state: string) =>
  waitUntil(() => el.state === state, `state ${state}, was ${el.state}`, { timeout: 4000 });
const shadow = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const canvasOf = (el: Element) => shadow(el, '[part~="chart"] canvas') as HTMLCanvasElement;
const instances = () => Object.keys(Chart.instances).length;
const percent = (v: number, locale = 'en-US', digits = 1) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(v);

/** The data table as a person's screen reader reads it: header row, then one row a month. */
function table(el: Element): string[][] {
  const rows = [...el.shadowRoot!.querySelectorAll('[part~="table"] tr')];
  return rows.map((tr) => [...tr.children].map((cell) => cell.textContent!.trim()));
}

/** How many opaque pixels of the canvas are within `tolerance` of `rgb`. */
function pixels(canvas: HTMLCanvasElement, [r, g, b]: Rgb, tolerance = 6): number {
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  let n = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (
      data[i + 3]! > 200 &&
      Math.abs(data[i]! - r) <= tolerance &&
      Math.abs(data[i + 1]! - g) <= tolerance &&
      Math.abs(data[i + 2]! - b) <= tolerance
    ) {
      n++;
    }
  }
  return n;
}

// Chart.js animates through requestAnimationFrame, which never fires in the
// test runner's hidden tab: the whole file runs with reduced motion, which
// the element honours by drawing at once (one test turns it back on).
before(async () => {
  await emulateMedia({ reducedMotion: 'reduce' });
});
after(async () => {
  await emulateMedia({ reducedMotion: 'no-preference' });
});

describe('<churn-trend>: what it shows', () => {
  it('is accessible, and shows the latest rate, its month, the change in points and a labelled chart', async () => {
    const el = await fixture<ChurnTrend>(html`<churn-trend .data=${RATES} target="0.025"></churn-trend>`);
    const log = record(el);
    await expect(el).to.be.accessible();
    expect(el.state).to.equal('ready');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(partText(el, 'label')).to.equal('Customer churn in Apr 2026');
    expect(partText(el, 'value')).to.equal('2.1%');
    expect(partText(el, 'change')).to.equal('▼ 0.3 pts lower than Mar 2026');
    expect(shadow(el, '[part~="change"] [aria-hidden="true"]')!.textContent, 'the arrow is not read out').to.equal('▼');
    const canvas = canvasOf(el);
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.equal(
      'Customer churn by month, Jan 2026 to Apr 2026, latest 2.1% in Apr 2026, target 2.5%',
    );
    expect(partText(el, 'legend')).to.equal('Dashed line: target 2.5% a month');
    expect(log.computed, 'nothing fired after the first computation').to.have.length(0);
  });

  it('has a screen-reader table of every month, with gaps as "no customers" and the target', async () => {
    const el = await fixture<ChurnTrend>(html`<churn-trend .data=${RATES} target="0.025"></churn-trend>`);
    expect(table(el)).to.deep.equal([
      ['Month', 'Customer churn rate', 'Target'],
      ['Jan 2026', '3%', '2.5%'],
      ['Feb 2026', 'no customers', '2.5%'],
      ['Mar 2026', '2.4%', '2.5%'],
      ['Apr 2026', '2.1%', '2.5%'],
    ]);
    expect(shadow(el, '[part~="table"] caption')!.textContent!.trim()).to.equal('Customer churn by month');
    // Visually hidden, still in the accessibility tree.
    const clip = shadow(el, '[part~="table"]')!.parentElement!;
    const box = clip.getBoundingClientRect();
    expect(box.width * box.height).to.be.at.most(1);
    expect(getComputedStyle(clip).overflow).to.equal('hidden');
    expect(getComputedStyle(shadow(el, '[part~="table"]')!).display).to.not.equal('none');
  });

  it('draws the line with Chart.js: the canvas has pixels of the line colour, and a null month is a gap', async () => {
    const el = await fixture<ChurnTrend>(
      html`<churn-trend style="--churn-trend-line-color: rgb(255, 0, 0)" .data=${RATES}></churn-trend>`,
    );
    const canvas = canvasOf(el);
    expect(canvas.width).to.be.above(100);
    expect(pixels(canvas, [255, 0, 0])).to.be.above(50);
    const chart = el.chart!;
    expect(chart).to.equal(Chart.getChart(canvas));
    expect(chart.data.datasets[0]!.data).to.deep.equal([0.03, null, 0.024, 0.021]);
    expect((chart.data.datasets[0] as { spanGaps?: boolean }).spanGaps).to.equal(false);
    // The y axis is in percent, the x axis in months.
    const y = chart.scales.y!;
    expect(y.ticks.map((t) => String(y.getLabelForValue(t.value)))).to.not.be.empty;
    expect(chart.scales.x!.getLabels()).to.deep.equal(['Jan 2026', 'Feb 2026', 'Mar 2026', 'Apr 2026']);
    const ticks = y.ticks.map((t) => ((y.options as unknown as { ticks: { callback: (v: number) => string } }).ticks.callback).call(y, t.value));
    expect(ticks.every((t) => t.endsWith('%')), ticks.join(' ')).to.equal(true);
  });

  it('draws a dashed target line in its own colour only when target is set, without recomputing', async () => {
    const el = await fixture<ChurnTrend>(
      html`<churn-trend style="--churn-trend-target-color: rgb(0, 200, 0)" .data=${RATES}></churn-trend>`,
    );
    const log = record(el);
    const canvas = canvasOf(el);
    expect(pixels(canvas, [0, 200, 0])).to.equal(0);
    expect(shadow(el, '[part~="legend"]')).to.equal(null);
    expect(table(el)[0]).to.deep.equal(['Month', 'Customer churn rate']);
    el.target = 0.005;
    await el.updateComplete;
    expect(pixels(canvas, [0, 200, 0])).to.be.above(30);
    const target = el.chart!.data.datasets[1]!;
    expect(target.data).to.deep.equal([0.005, 0.005, 0.005, 0.005]);
    expect((target as { borderDash?: number[] }).borderDash).to.deep.equal([6, 4]);
    expect(table(el)[4]).to.deep.equal(['Apr 2026', '2.1%', '0.5%']);
    expect(canvasOf(el).getAttribute('aria-label')).to.match(/, target 0\.5%$/);
    expect(log.computed).to.have.length(0);
    expect(log.errors).to.have.length(0);
  });

  it('keeps the last `months` months in the chart, table and label, without recomputing', async () => {
    const el = await fixture<ChurnTrend>(html`<churn-trend .data=${RATES}></churn-trend>`);
    const log = record(el);
    const chart = el.chart;
    el.months = 2;
    await el.updateComplete;
    expect(el.chart, 'same chart, updated').to.equal(chart);
    expect(el.chart!.scales.x!.getLabels()).to.deep.equal(['Mar 2026', 'Apr 2026']);
    expect(table(el).slice(1).map((r) => r[0])).to.deep.equal(['Mar 2026', 'Apr 2026']);
    expect(canvasOf(el).getAttribute('aria-label')).to.equal(
      'Customer churn by month, Mar 2026 to Apr 2026, latest 2.1% in Apr 2026',
    );
    el.months = 1;
    await el.updateComplete;
    expect(table(el).slice(1)).to.deep.equal([['Apr 2026', '2.1%']]);
    expect(partText(el, 'change'), 'the change still compares with the month before').to.equal(
      '▼ 0.3 pts lower than Mar 2026',
    );
    el.months = 0; // not a window: every month
    await el.updateComplete;
    expect(table(el)).to.have.length(5);
    expect(log.computed).to.have.length(0);
  });

  it('says "higher" for a rising rate and "unchanged" for a flat one, in words and arrows', async () => {
    const el = await fixture<ChurnTrend>(
      html`<churn-trend .data=${[
        { month: '2026-05', rate: 0.02 },
        { month: '2026-06', rate: 0.035 },
      ]}></churn-trend>`,
    );
    expect(partText(el, 'change')).to.equal('▲ 1.5 pts higher than May 2026');
    expect(shadow(el, '[part~="change"]')!.className).to.equal('up');
    el.data = [
      { month: '2026-05', rate: 0.02 },
      { month: '2026-06', rate: 0.02 },
    ];
    await el.updateComplete;
    expect(partText(el, 'change')).to.equal('▶ unchanged from May 2026');
  });

  it('fills the width of its container', async () => {
    const wrap = fixtureSync<HTMLDivElement>(html`<div style="width: 420px"><churn-trend .data=${RATES}></churn-trend></div>`);
    const el = wrap.querySelector('churn-trend')!;
    await el.updateComplete;
    expect(el.getBoundingClientRect().width).to.equal(420);
    expect(canvasOf(el).width).to.equal(420 * devicePixelRatio);
    expect(shadow(el, '[part~="chart"]')!.getBoundingClientRect().height).to.be.closeTo(192, 1); // 12rem
    el.style.setProperty('--churn-trend-height', '300px');
    el.chart!.resize();
    expect(canvasOf(el).getBoundingClientRect().height).to.equal(300);
  });

  it('redraws at the new size when its container is resized', async function () {
    if (document.visibilityState === 'hidden') {
      // The browser delivers no ResizeObserver notification to a hidden tab
      // (the print test below covers the same resize call).
      this.skip();
    }
    const wrap = fixtureSync<HTMLDivElement>(html`<div style="width: 400px"><churn-trend .data=${RATES}></churn-trend></div>`);
    const el = wrap.querySelector('churn-trend')!;
    await el.updateComplete;
    const chart = el.chart;
    expect(canvasOf(el).width).to.equal(400 * devicePixelRatio);
    wrap.style.width = '640px';
    await waitUntil(() => canvasOf(el).width === 640 * devicePixelRatio, `canvas width ${canvasOf(el).width}`);
    expect(el.chart).to.equal(chart);
  });

  it('redraws at the printed width on beforeprint and back on afterprint', async () => {
    const wrap = fixtureSync<HTMLDivElement>(html`<div style="width: 400px"><churn-trend .data=${RATES}></churn-trend></div>`);
    const el = wrap.querySelector('churn-trend')!;
    await el.updateComplete;
    wrap.style.width = '300px';
    window.dispatchEvent(new Event('beforeprint'));
    expect(canvasOf(el).width).to.equal(300 * devicePixelRatio);
    wrap.style.width = '500px';
    window.dispatchEvent(new Event('afterprint'));
    expect(canvasOf(el).width).to.equal(500 * devicePixelRatio);
  });
});

describe('<churn-trend>: the Chart.js lifecycle', () => {
  it('updates the same chart on new data instead of re-creating it', async () => {
    const el = await fixture<ChurnTrend>(html`<churn-trend .data=${RATES}></churn-trend>`);
    const log = record(el);
    const chart = el.chart!;
    const canvas = canvasOf(el);
    expect(instances()).to.equal(1);
    el.data = [...RATES, { month: '2026-05', rate: 0.05 }];
    await el.updateComplete;
    expect(el.chart).to.equal(chart);
    expect(canvasOf(el)).to.equal(canvas);
    expect(instances()).to.equal(1);
    expect(chart.data.datasets[0]!.data).to.deep.equal([0.03, null, 0.024, 0.021, 0.05]);
    expect(partText(el, 'value')).to.equal('5%');
    expect(log.computed).to.have.length(1);
  });

  it('destroys its chart when removed (no leak), and draws again when put back', async () => {
    const wrap = fixtureSync<HTMLDivElement>(html`<div>
      <churn-trend .data=${RATES}></churn-trend><churn-trend .data=${RATES}></churn-trend
      ><churn-trend .data=${RATES}></churn-trend>
    </div>`);
    const els = [...wrap.querySelectorAll('churn-trend')];
    await Promise.all(els.map((e) => e.updateComplete));
    expect(instances()).to.equal(3);
    const first = els[0]!;
    first.remove();
    expect(instances()).to.equal(2);
    expect(first.chart).to.equal(undefined);
    wrap.append(first);
    await first.updateComplete;
    expect(instances()).to.equal(3);
    expect(Chart.getChart(canvasOf(first))).to.equal(first.chart);
    wrap.remove();
    expect(instances()).to.equal(0);
  });

  it('loads Chart.js on the first draw: the text is there at once, the chart once the chunk has arrived', async () => {
    const el = fixtureSync<ChurnTrend>(html`<churn-trend .data=${RATES}></churn-trend>`);
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    expect(el.hasUpdated, 'rendered before Chart.js resolved').to.equal(true);
    expect(partText(el, 'value')).to.equal('2.1%');
    expect(el.chart, 'no chart before the import resolves').to.equal(undefined);
    await el.updateComplete;
    expect(el.chart).to.equal(Chart.getChart(canvasOf(el)));
    expect(pixels(canvasOf(el), LIGHT_ACCENT)).to.be.above(30);
  });

  it('creates the chart in a task of its own, not in the task that renders (no long task for both)', async () => {
    await fixture<ChurnTrend>(html`<churn-trend .data=${RATES}></churn-trend>`); // Chart.js is loaded now
    const el = fixtureSync<ChurnTrend>(html`<churn-trend .data=${RATES}></churn-trend>`);
    // Every microtask of this task: the render, and any promise chain after it.
    for (let i = 0; i < 50; i++) await new Promise<void>((resolve) => queueMicrotask(resolve));
    expect(el.hasUpdated).to.equal(true);
    expect(partText(el, 'value')).to.equal('2.1%');
    // A boolean: chai printing a Chart instance (option proxies) never finishes.
    expect(el.chart === undefined, 'no chart in the rendering task').to.equal(true);
    await el.updateComplete;
    expect(el.chart).to.equal(Chart.getChart(canvasOf(el)));
    expect(pixels(canvasOf(el), LIGHT_ACCENT)).to.be.above(30);
  });

  it('draws nothing when removed while Chart.js is loading, and draws when put back', async () => {
    const wrap = fixtureSync<HTMLDivElement>(html`<div><churn-trend .data=${RATES}></churn-trend></div>`);
    const el = wrap.querySelector('churn-trend')!;
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    expect(el.hasUpdated).to.equal(true);
    expect(el.chart).to.equal(undefined);
    el.remove();
    await sleep(50);
    expect(el.chart, 'no chart for a removed element').to.equal(undefined);
    expect(instances()).to.equal(0);
    wrap.append(el);
    await el.updateComplete;
    expect(instances()).to.equal(1);
    expect(Chart.getChart(canvasOf(el))).to.equal(el.chart);
  });

  it('destroys the chart when the data goes away (empty) and makes a new one when it comes back', async () => {
    const el = await fixture<ChurnTrend>(html`<churn-trend .data=${RATES}></churn-trend>`);
    el.data = [];
    await el.updateComplete;
    expect(el.state).to.equal('empty');
    expect(instances()).to.equal(0);
    el.data = RATES;
    await el.updateComplete;
    expect(instances()).to.equal(1);
    expect(pixels(canvasOf(el), LIGHT_ACCENT)).to.be.above(30);
  });

  it('keeps the same chart drawn while an error marks it stale', async () => {
    const el = await fixture<ChurnTrend>(html`<churn-trend .data=${RATES}></churn-trend>`);
    const chart = el.chart;
    el.data = [{ month: '2026-13', rate: 0.02 }];
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(partText(el, 'stale')).to.contain('Showing the last good value.');
    expect(partText(el, 'value')).to.equal('2.1%');
    expect(el.chart).to.equal(chart);
    expect(instances()).to.equal(1);
  });

  it('animates normally, and not at all under prefers-reduced-motion', async () => {
    try {
      await emulateMedia({ reducedMotion: 'no-preference' });
      const moving = await fixture<ChurnTrend>(html`<churn-trend .data=${RATES}></churn-trend>`);
      expect(moving.chart!.options.animation).to.not.equal(false);
      await emulateMedia({ reducedMotion: 'reduce' });
      const still = await fixture<ChurnTrend>(html`<churn-trend .data=${RATES}></churn-trend>`);
      expect(still.chart!.options.animation).to.equal(false);
    } finally {
      await emulateMedia({ reducedMotion: 'reduce' });
    }
  });
});

describe('<churn-trend>: kinds and routes', () => {
  it('computes customer churn from Customer rows (property), with the engine rows in the event', async () => {
    const el = document.createElement('churn-trend');
    const log = record(el);
    el.data = CUSTOMERS;
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.dataRoute).to.equal('property');
      expect(log.computed).to.have.length(1);
      const result = log.computed[0] as ChurnTrendResult;
      expect(result.kind).to.equal('customer');
      expect(result.input).to.equal('customers');
      expect(result.rows).to.deep.equal([
        { month: '2026-01', customersStart: 0, churned: 0, rate: null },
        { month: '2026-02', customersStart: 5, churned: 1, rate: 0.2 },
        { month: '2026-03', customersStart: 4, churned: 1, rate: 0.25 },
      ]);
      expect(partText(el, 'value')).to.equal('25%');
      expect(partText(el, 'change')).to.equal('▲ 5 pts higher than Feb 2026');
      expect(table(el)[1]).to.deep.equal(['Jan 2026', 'no customers']);
    } finally {
      el.remove();
    }
  });

  it('counts join-and-leave churn with include-new-churn, recomputing once', async () => {
    const el = await fixture<ChurnTrend>(html`<churn-trend .data=${CUSTOMERS}></churn-trend>`);
    const log = record(el);
    el.includeNewChurn = true;
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('50%');
    expect(log.computed).to.have.length(1);
    const fromAttribute = await fixture<ChurnTrend>(html`<churn-trend include-new-churn .data=${CUSTOMERS}></churn-trend>`);
    expect(partText(fromAttribute, 'value')).to.equal('50%');
  });

  it('switches kind: customer, gross and net revenue churn from the same MRR changes, one event each', async () => {
    const el = await fixture<ChurnTrend>(html`<churn-trend .data=${CHANGES}></churn-trend>`);
    const log = record(el);
    const chart = el.chart;
    expect(partText(el, 'label')).to.equal('Customer churn in Mar 2026');
    expect(partText(el, 'value')).to.equal('0%');
    el.kind = 'gross-revenue';
    await el.updateComplete;
    expect(partText(el, 'label')).to.equal('Gross revenue churn in Mar 2026');
    expect(partText(el, 'value')).to.equal('0%');
    expect(partText(el, 'change')).to.equal('▼ 50 pts lower than Feb 2026');
    expect(table(el)).to.deep.equal([
      ['Month', 'Gross revenue churn rate'],
      ['Jan 2026', 'no MRR'],
      ['Feb 2026', '50%'],
      ['Mar 2026', '0%'],
    ]);
    el.kind = 'net-revenue';
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('-50%');
    expect(el.chart!.data.datasets[0]!.data).to.deep.equal([null, 0.5, -0.5]);
    expect(el.chart, 'the chart is updated, not re-created').to.equal(chart);
    expect(log.computed.map((r) => (r as ChurnTrendResult).kind)).to.deep.equal(['gross-revenue', 'net-revenue']);
    const net = log.computed[1] as ChurnTrendResult;
    expect(net.rows[2]).to.deep.include({ month: '2026-03', gross: 0, net: -0.5, rate: -0.5 });
  });

  it('refuses Customer rows with a revenue kind as a config error', async () => {
    const el = await fixture<ChurnTrend>(html`<churn-trend kind="gross-revenue" .data=${CUSTOMERS}></churn-trend>`);
    expect(el.state).to.equal('error');
    expect(el.error!.kind).to.equal('config');
    expect(partText(el, 'error')).to.contain('kind="gross-revenue" needs MRR change rows');
    await expect(el).to.be.accessible();
  });

  it('refuses an unknown kind as a config error naming the attribute', async () => {
    const el = await fixture<ChurnTrend>(html`<churn-trend kind="logo" .data=${RATES}></churn-trend>`);
    expect(el.error!.kind).to.equal('config');
    expect(partText(el, 'error')).to.equal('kind="logo": expected customer, gross-revenue, net-revenue.');
  });

  it('fetches customers as JSON over HTTP', async () => {
    const el = await fixture<ChurnTrend>(html`<churn-trend src=${json(CUSTOMERS)}></churn-trend>`);
    const log = record(el);
    await until(el, 'ready');
    await el.updateComplete; // the chart is drawn in a task after the render
    expect(el.dataRoute).to.equal('src');
    expect(partText(el, 'value')).to.equal('25%');
    expect(log.computed).to.have.length(1);
    expect(pixels(canvasOf(el), LIGHT_ACCENT)).to.be.above(30);
  });

  it('fetches customers as CSV over HTTP (empty end cells = still active)', async () => {
    const el = await fixture<ChurnTrend>(html`<churn-trend src=${csv(CUSTOMERS_CSV)}></churn-trend>`);
    await until(el, 'ready');
    expect(table(el).slice(1)).to.deep.equal([
      ['Jan 2026', 'no customers'],
      ['Feb 2026', '20%'],
      ['Mar 2026', '25%'],
    ]);
  });

  it('fetches aggregated { month, rate } rows as CSV, an empty cell being a gap', async () => {
    const el = await fixture<ChurnTrend>(html`<churn-trend src=${csv(RATES_CSV)}></churn-trend>`);
    await until(el, 'ready');
    await el.updateComplete; // the chart is drawn in a task after the render
    expect(partText(el, 'value')).to.equal('2.1%');
    expect(el.chart!.data.datasets[0]!.data).to.deep.equal([0.03, null, 0.024, 0.021]);
  });

  it('takes aggregated rows from the data attribute and from a child script, filling a missing month with a gap', async () => {
    const rows = [
      { month: '2026-03', rate: 0.02 },
      { month: '2026-01', rate: 0.01 },
    ];
    const el = await fixture<ChurnTrend>(html`<churn-trend data=${JSON.stringify(rows)}></churn-trend>`);
    expect(el.dataRoute).to.equal('attribute');
    expect(table(el).slice(1)).to.deep.equal([
      ['Jan 2026', '1%'],
      ['Feb 2026', 'no customers'],
      ['Mar 2026', '2%'],
    ]);
    const scripted = await fixture<ChurnTrend>(
      html`<churn-trend><script type="application/json">[{"month":"2026-04","rate":0.021}]</script></churn-trend>`,
    );
    expect(scripted.dataRoute).to.equal('script');
    expect(partText(scripted, 'value')).to.equal('2.1%');
    expect(partText(scripted, 'change')).to.equal('');
  });

  it('reads the rows of a surrounding <metrics-source>', async () => {
    const wrap = await fixture(html`<metrics-source src=${json(CUSTOMERS)}><churn-trend></churn-trend></metrics-source>`);
    const el = wrap.querySelector('churn-trend')!;
    await until(el, 'ready');
    expect(el.dataRoute).to.equal('source');
    expect(partText(el, 'value')).to.equal('25%');
  });
});

describe('<churn-trend>: states', () => {
  it('is loading (skeleton, aria-busy) while the request is in flight, then ready', async () => {
    const el = await fixture<ChurnTrend>(
      html`<churn-trend src=${`/api/slow?ms=400&${unique()}&body=${encodeURIComponent(JSON.stringify(RATES))}`}></churn-trend>`,
    );
    expect(el.state).to.equal('loading');
    expect(shadow(el, '[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(partText(el, 'skeleton')).to.equal('Loading customer churn…');
    expect(canvasOf(el)).to.equal(null);
    await until(el, 'ready');
    expect(shadow(el, '[part~="base"]')!.getAttribute('aria-busy')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('is empty with no rows, and with months that had no customers at all', async () => {
    const el = await fixture<ChurnTrend>(html`<churn-trend .data=${[]}></churn-trend>`);
    expect(el.state).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('No data yet.');
    expect(shadow(el, '[part~="table"]')).to.equal(null);
    await expect(el).to.be.accessible();
    el.data = [{ id: 'a', start: '2026-01-05' }];
    await el.updateComplete;
    expect(el.state).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('No churn rate yet: no customers at the start of any month.');
    const nothingSet = await fixture<ChurnTrend>(html`<churn-trend></churn-trend>`);
    expect(nothingSet.state).to.equal('empty');
    expect(nothingSet.dataRoute).to.equal('none');
  });
});

describe('<churn-trend>: bad input', () => {
  const cases: Array<[string, unknown, string, RegExp]> = [
    ['wrong types', [{ month: 202601, rate: '2%' }], 'validation', /^Row 0, month: expected text, got 202601 \(and 1 more\)$/],
    ['a month that is not YYYY-MM', [{ month: '2026-13', rate: 0.02 }], 'validation', /^Row 0, month: expected a month as YYYY-MM, got "2026-13"$/],
    ['a rate given in percent', [{ month: '2026-01', rate: 2.1 }], 'validation', /^Row 0, rate: expected a rate as a fraction ≤ 1 \(0\.021 for 2\.1 %\), got 2\.1$/],
    ['a negative customer churn rate', [{ month: '2026-01', rate: -0.1 }], 'validation', /^Row 0, rate: expected a rate ≥ 0/],
    ['a month given twice', [{ month: '2026-01', rate: 0.1 }, { month: '2026-01', rate: 0.2 }], 'validation', /^Row 1, month: the month 2026-01 is already given by row 0$/],
    ['a missing rate column', [{ month: '2026-01' }, { month: '2026-02' }], 'validation', /^Row 0, rate: expected a rate .* no row has a rate column$/],
    ['customers missing their start', [{ id: 'a', start: '2026-01-01' }, { id: 'b' }], 'validation', /^Row 1, start: .*missing/],
    ['an end before the start', [{ id: 'a', start: '2026-03-01', end: '2026-01-01' }], 'validation', /^Row 0, end: the end \(2026-01-01\) is before the start/],
    ['an object instead of rows', { month: '2026-01', rate: 0.1 }, 'validation', /^Expected an array of rows/],
  ];
  for (const [name, data, kind, message] of cases) {
    it(`reports ${name} with row and field`, async () => {
      const el = await fixture<ChurnTrend>(html`<churn-trend></churn-trend>`);
      const log = record(el);
      el.data = data;
      await el.updateComplete;
      expect(el.state).to.equal('error');
      expect(log.errors).to.have.length(1);
      expect(log.errors[0]!.kind).to.equal(kind);
      expect(log.errors[0]!.message).to.match(message);
      expect(partText(el, 'error')).to.equal(log.errors[0]!.message);
      expect(shadow(el, '[part~="error"]')!.getAttribute('role')).to.equal('alert');
      expect(log.computed).to.have.length(0);
    });
  }

  it('accepts a negative rate for net revenue churn', async () => {
    const el = await fixture<ChurnTrend>(
      html`<churn-trend kind="net-revenue" .data=${[{ month: '2026-01', rate: -0.1 }]}></churn-trend>`,
    );
    expect(el.state).to.equal('ready');
    expect(partText(el, 'value')).to.equal('-10%');
  });

  const routes: Array<[string, string, 'network' | 'parse', RegExp]> = [
    ['a 404', '/api/status/404', 'network', /answered 404/],
    ['a 500', '/api/status/500', 'network', /answered 500/],
    ['a non-JSON body', '/api/text', 'parse', /HTML page, not JSON/],
    ['malformed JSON', `/api/json?body=${encodeURIComponent('[{"month": "2026-01"')}`, 'parse', /not valid JSON/],
  ];
  for (const [name, src, kind, message] of routes) {
    it(`reports ${name} as a ${kind} error, keeping the last good chart marked stale`, async () => {
      const el = await fixture<ChurnTrend>(html`<churn-trend src=${json(RATES)}></churn-trend>`);
      await until(el, 'ready');
      const log = record(el);
      el.src = src + (src.includes('?') ? '&' : '?') + unique();
      await until(el, 'error');
      expect(log.errors).to.have.length(1);
      expect(log.errors[0]!.kind).to.equal(kind);
      expect(partText(el, 'error')).to.match(message);
      expect(partText(el, 'value')).to.equal('2.1%');
      expect(shadow(el, '[part~="stale"] [part~="chart"] canvas')).to.not.equal(null);
      expect(log.computed).to.have.length(0);
    });
  }

  it('reports a CSV without the rate column by field', async () => {
    const el = await fixture<ChurnTrend>(html`<churn-trend src=${csv('month,count\n2026-01,4\n')}></churn-trend>`);
    await until(el, 'error');
    expect(el.error!.kind).to.equal('validation');
    expect(el.error!.issues[0]).to.deep.include({ row: 0, field: 'rate' });
  });

  it('lets a newer src win over a slow older answer', async () => {
    const el = await fixture<ChurnTrend>(html`<churn-trend></churn-trend>`);
    const log = record(el);
    el.src = `/api/slow?ms=600&${unique()}&body=${encodeURIComponent(JSON.stringify([{ month: '2026-01', rate: 0.09 }]))}`;
    await el.updateComplete;
    await sleep(50);
    el.src = json(RATES);
    await until(el, 'ready');
    expect(partText(el, 'value')).to.equal('2.1%');
    await sleep(900);
    expect(partText(el, 'value'), 'the slow answer never shows').to.equal('2.1%');
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
      const el = await fixture<ChurnTrend>(html`<churn-trend src="javascript:alert(1)"></churn-trend>`);
      expect(el.state).to.equal('error');
      expect(el.error!.kind).to.equal('config');
      await sleep(50);
      expect(calls).to.equal(0);
    } finally {
      window.fetch = original;
    }
  });

  it('shows an XSS payload in a customer id or a month as inert text', async () => {
    const payload = '<img src=x onerror="window.__churnXss=1">';
    const el = await fixture<ChurnTrend>(
      html`<churn-trend .data=${[
        { id: payload, start: '2026-01-01' },
        { id: payload, start: '2026-01-02' },
      ]}></churn-trend>`,
    );
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.contain('<img src=x');
    el.data = [{ month: payload, rate: 0.1 }];
    await el.updateComplete;
    expect(partText(el, 'error')).to.contain('<img src=x');
    await sleep(50);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as unknown as Record<string, unknown>).__churnXss).to.equal(undefined);
  });
});

describe('<churn-trend>: events', () => {
  it('fires metric-computed once per computation, and nothing for theme, locale, target or months', async () => {
    const el = document.createElement('churn-trend');
    const log = record(el);
    el.data = RATES;
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(log.computed).to.have.length(1);
      el.theme = 'dark';
      el.locale = 'de-DE';
      el.target = 0.01;
      el.months = 2;
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(log.computed).to.have.length(1);
      el.data = [...RATES];
      await el.updateComplete;
      expect(log.computed).to.have.length(2);
      expect(log.errors).to.have.length(0);
    } finally {
      el.remove();
    }
  });
});

describe('<churn-trend>: theme and locale reach the drawing', () => {
  it('redraws the line in the dark accent for theme="dark" (same chart)', async () => {
    const el = await fixture<ChurnTrend>(html`<churn-trend .data=${RATES}></churn-trend>`);
    const canvas = canvasOf(el);
    const chart = el.chart;
    expect(pixels(canvas, LIGHT_ACCENT)).to.be.above(30);
    expect(pixels(canvas, DARK_ACCENT)).to.equal(0);
    el.theme = 'dark';
    await el.updateComplete;
    expect(pixels(canvas, DARK_ACCENT)).to.be.above(30);
    expect(pixels(canvas, LIGHT_ACCENT)).to.equal(0);
    expect(el.chart).to.equal(chart);
  });

  it('draws with the dark colours under theme="auto" in a dark colour scheme', async () => {
    try {
      // Each call sets every emulated feature: keep reduced motion on.
      await emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
      const el = await fixture<ChurnTrend>(html`<churn-trend theme="auto" .data=${RATES}></churn-trend>`);
      expect(pixels(canvasOf(el), DARK_ACCENT)).to.be.above(30);
    } finally {
      await emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    }
  });

  it('redraws when the colour scheme changes under theme="auto"', async function () {
    if (document.visibilityState === 'hidden') {
      // A hidden tab gets no media-query change events (the test above covers the colours).
      this.skip();
    }
    const el = await fixture<ChurnTrend>(html`<churn-trend theme="auto" .data=${RATES}></churn-trend>`);
    const log = record(el);
    expect(pixels(canvasOf(el), LIGHT_ACCENT)).to.be.above(30);
    try {
      await emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
      await waitUntil(() => pixels(canvasOf(el), DARK_ACCENT) > 30, 'the line turns to the dark accent');
      expect(log.computed).to.have.length(0);
    } finally {
      await emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    }
  });

  it('follows the global --csm-accent token', async () => {
    const wrap = fixtureSync<HTMLDivElement>(
      html`<div style="--csm-accent: rgb(200, 0, 200)"><churn-trend .data=${RATES}></churn-trend></div>`,
    );
    const el = wrap.querySelector('churn-trend')!;
    await el.updateComplete;
    expect(pixels(canvasOf(el), [200, 0, 200])).to.be.above(30);
  });

  it('formats and words percentages and month labels in de-DE, in the headline, axis, table and label', async () => {
    const el = await fixture<ChurnTrend>(html`<churn-trend locale="de-DE" target="0.005" .data=${RATES}></churn-trend>`);
    const month = (m: number) =>
      new Intl.DateTimeFormat('de-DE', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, m - 1, 1));
    expect(partText(el, 'value')).to.equal(percent(0.021, 'de-DE'));
    expect(partText(el, 'value')).to.match(/^2,1\s%$/);
    expect(partText(el, 'label')).to.equal(`Kundenabwanderung im ${month(4)}`);
    expect(partText(el, 'change')).to.equal(`▼ 0,3 Pp. niedriger als im ${month(3)}`);
    expect(el.chart!.scales.x!.getLabels()).to.deep.equal([1, 2, 3, 4].map(month));
    const y = el.chart!.scales.y!;
    const tick = ((y.options as unknown as { ticks: { callback: (v: number) => string } }).ticks.callback).call(y, 0.01);
    expect(tick).to.equal(percent(0.01, 'de-DE'));
    expect(table(el)[4]).to.deep.equal([month(4), percent(0.021, 'de-DE', 2), percent(0.005, 'de-DE', 2)]);
    expect(canvasOf(el).getAttribute('aria-label')).to.contain(`zuletzt ${percent(0.021, 'de-DE')} im ${month(4)}`);
    expect(partText(el, 'legend')).to.equal(`Gestrichelte Linie: Ziel ${percent(0.005, 'de-DE', 2)} pro Monat`);
    // A locale change is presentation: the same chart, relabelled.
    const chart = el.chart;
    el.locale = 'en-US';
    await el.updateComplete;
    expect(el.chart).to.equal(chart);
    expect(el.chart!.scales.x!.getLabels()[0]).to.equal('Jan 2026');
    expect(partText(el, 'label')).to.equal('Customer churn in Apr 2026');
  });

  it('takes its locale from the closest lang', async () => {
    const wrap = fixtureSync<HTMLDivElement>(html`<div lang="fr-FR"><churn-trend .data=${RATES}></churn-trend></div>`);
    const el = wrap.querySelector('churn-trend')!;
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal(percent(0.021, 'fr-FR'));
  });
});
