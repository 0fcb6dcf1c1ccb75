import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import '../../src/elements/mrr-movements.js';
import '../../src/elements/metrics-source.js';
import type { MrrMovements, MrrMovement } from '../../src/elements/mrr-movements.js';
import { partText, record, unique } from '../base/test-metric.js';

// a and b start paying 100 in January (new 200); b cancels in February
// (churn 100); a expands to 150 in March (expansion 50); b comes back at 80 in
// April (reactivation 80); a contracts to 120 in April (contraction 30).
const CHANGES = [
  { customerId: 'a', date: '2026-01-05', mrr: 100 },
  { customerId: 'b', date: '2026-01-06', mrr: 100 },
  { customerId: 'b', date: '2026-02-08', mrr: 0 },
  { customerId: 'a', date: '2026-03-09', mrr: 150 },
  { customerId: 'b', date: '2026-04-02', mrr: 80 },
  { customerId: 'a', date: '2026-04-03', mrr: 120 },
];
const CHANGES_CSV = 'customerId,date,mrr\n' + CHANGES.map((c) => `${c.customerId},${c.date},${c.mrr}`).join('\n') + '\n';

const row = (month: string, startMrr: number, m: Partial<MrrMovement>): MrrMovement => {
  const full = { new: 0, expansion: 0, contraction: 0, churn: 0, reactivation: 0, ...m };
  const endMrr = startMrr + full.new + full.expansion + full.reactivation - full.contraction - full.churn;
  return { month, startMrr, ...full, endMrr } as MrrMovement;
};
// Already computed (a warehouse's rows), given out of order.
const COMPUTED = [
  { month: '2026-02', startMrr: 1000, new: 300, expansion: 100, contraction: 50, churn: 200, reactivation: 0, endMrr: 1150 },
  { month: '2026-01', startMrr: 800, new: 250, expansion: 0, contraction: 0, churn: 50, reactivation: 0, endMrr: 1000 },
];

type Rgb = readonly [number, number, number];
const json = (body: unknown) => `/api/json?${unique()}&body=${encodeURIComponent(JSON.stringify(body))}`;
const csv = (body: string) => `/api/csv?${unique()}&body=${encodeURIComponent(body)}`;
const until = (el: MrrMovements, state: string) =>
  waitUntil(() => el.state === state, `state ${state}, was ${el.state}`, { timeout: 4000 });
const shadow = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const canvasOf = (el: Element) => shadow(el, '[part~="chart"] canvas') as HTMLCanvasElement;
function table(el: Element): string[][] {
  return [...el.shadowRoot!.querySelectorAll('[part~="table"] tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
}
function pixels(canvas: HTMLCanvasElement, [r, g, b]: Rgb, tolerance = 6): number {
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  let n = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3]! > 200 && Math.abs(data[i]! - r) <= tolerance && Math.abs(data[i + 1]! - g) <= tolerance && Math.abs(data[i + 2]! - b) <= tolerance) n++;
  }
  return n;
}

/** A CSS colour as sRGB channels 0-255, through a canvas (which resolves any CSS colour syntax). */
function rgb(colour: string): Rgb {
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.fillStyle = colour;
  const hex = ctx.fillStyle;
  expect(hex, `${colour} is an opaque colour`).to.match(/^#[0-9a-f]{6}$/);
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
}
/** WCAG 2 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const luminance = (c: string) => {
    const [r, g, bl] = rgb(c).map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
/** The colours the chart draws its five movements with, in dataset order. */
const movementColours = (el: MrrMovements) => el.chart!.data.datasets.slice(0, 5).map((d) => String(d.backgroundColor));

before(async () => {
  await emulateMedia({ reducedMotion: 'reduce' });
});
after(async () => {
  await emulateMedia({ reducedMotion: 'no-preference' });
});

describe('<mrr-movements>', () => {
  it('is accessible, and shows the latest net movement, the end MRR and a labelled chart', async () => {
    const el = await fixture<MrrMovements>(html`<mrr-movements .data=${CHANGES}></mrr-movements>`);
    await expect(el).to.be.accessible();
    expect(el.state).to.equal('ready');
    expect(partText(el, 'label')).to.equal('Net MRR movement in Apr 2026');
    // April: reactivation 80 − contraction 30.
    expect(partText(el, 'value')).to.equal('+$50.00');
    expect(partText(el, 'end')).to.equal('End of month MRR: $200');
    expect(canvasOf(el).getAttribute('role')).to.equal('img');
    expect(canvasOf(el).getAttribute('aria-label')).to.equal(
      'MRR movements by month, Jan 2026 to Apr 2026; in Apr 2026 net +$50.00, end-of-month MRR $200',
    );
  });

  it('has a screen-reader table with every movement and the end-of-month MRR', async () => {
    const el = await fixture<MrrMovements>(html`<mrr-movements .data=${CHANGES}></mrr-movements>`);
    expect(table(el)).to.deep.equal([
      ['Month', 'Start MRR', 'New', 'Expansion', 'Reactivation', 'Contraction', 'Churn', 'Net movement', 'End MRR'],
      ['Jan 2026', '$0.00', '$200', '$0.00', '$0.00', '$0.00', '$0.00', '+$200', '$200'],
      ['Feb 2026', '$200', '$0.00', '$0.00', '$0.00', '$0.00', '$100', '−$100', '$100'],
      ['Mar 2026', '$100', '$0.00', '$50.00', '$0.00', '$0.00', '$0.00', '+$50.00', '$150'],
      ['Apr 2026', '$150', '$0.00', '$0.00', '$80.00', '$30.00', '$0.00', '+$50.00', '$200'],
    ]);
  });

  it('draws stacked bars with Chart.js: gains above zero, losses below, the net as a line', async () => {
    const el = await fixture<MrrMovements>(
      html`<mrr-movements
        style="--mrr-movements-new-color: rgb(255, 0, 0); --mrr-movements-churn-color: rgb(0, 0, 255)"
        .data=${CHANGES}
      ></mrr-movements>`,
    );
    const chart = el.chart!;
    expect(chart).to.equal(Chart.getChart(canvasOf(el)));
    const sets = chart.data.datasets;
    expect(sets.map((d) => d.label)).to.deep.equal(['New', 'Expansion', 'Reactivation', 'Contraction', 'Churn', 'Net movement']);
    expect(sets[0]!.data).to.deep.equal([200, 0, 0, 0]);
    expect(sets[3]!.data).to.deep.equal([0, 0, 0, -30]);
    expect(sets[4]!.data).to.deep.equal([0, -100, 0, 0]);
    expect(sets[5]!.data).to.deep.equal([200, -100, 50, 50]);
    expect((sets[5] as { type?: string }).type).to.equal('line');
    expect((chart.options.scales!.y as { stacked?: boolean }).stacked).to.equal(true);
    expect(pixels(canvasOf(el), [255, 0, 0])).to.be.above(50);
    expect(pixels(canvasOf(el), [0, 0, 255])).to.be.above(50);
    // Below zero: the churn bar's pixels lie under the zero line.
    const y = chart.scales.y!;
    expect(y.min).to.be.below(0);
    expect(chart.scales.x!.getLabels()).to.deep.equal(['Jan 2026', 'Feb 2026', 'Mar 2026', 'Apr 2026']);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`draws expansion and reactivation in default colours of their own, whatever the accent (${theme})`, async () => {
      const plain = await fixture<MrrMovements>(html`<mrr-movements theme=${theme} .data=${CHANGES}></mrr-movements>`);
      const defaults = movementColours(plain);
      const [, expansion, reactivation] = defaults;
      const surface = getComputedStyle(plain).getPropertyValue('--_surface').trim();
      for (const [name, colour] of [['expansion', expansion!], ['reactivation', reactivation!]] as const) {
        expect(contrast(colour, surface), `${name} ${colour} on the ${theme} surface ${surface}`).to.be.at.least(3);
      }
      expect(new Set(defaults.map((c) => rgb(c).join())).size, defaults.join(' ')).to.equal(5);
      for (const accent of [reactivation!, expansion!]) {
        const el = await fixture<MrrMovements>(
          html`<mrr-movements theme=${theme} style=${`--csm-accent: ${accent}`} .data=${CHANGES}></mrr-movements>`,
        );
        const colours = movementColours(el);
        expect(new Set(colours.map((c) => rgb(c).join())).size, `accent ${accent}: ${colours.join(' ')}`).to.equal(5);
      }
    });
  }

  it('hides and shows a series from the legend, by keyboard, without recomputing', async () => {
    const el = await fixture<MrrMovements>(
      html`<mrr-movements style="--mrr-movements-new-color: rgb(255, 0, 0)" .data=${CHANGES}></mrr-movements>`,
    );
    const log = record(el);
    const button = shadow(el, '[part~="legend-item-new"]') as HTMLButtonElement;
    expect(button.tagName).to.equal('BUTTON');
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    button.focus();
    expect(el.shadowRoot!.activeElement).to.equal(button);
    button.click(); // Enter and Space on a focused <button> click it
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(el.chart!.data.datasets[0]!.hidden).to.equal(true);
    expect(pixels(canvasOf(el), [255, 0, 0])).to.equal(0);
    expect(table(el)[1]![2], 'the table keeps every movement').to.equal('$200');
    button.click();
    await el.updateComplete;
    expect(pixels(canvasOf(el), [255, 0, 0])).to.be.above(50);
    expect(log.computed).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('keeps the last `months` months, firing the rows shown', async () => {
    const el = await fixture<MrrMovements>(html`<mrr-movements .data=${CHANGES}></mrr-movements>`);
    const log = record(el);
    el.months = 2;
    await el.updateComplete;
    expect(table(el).slice(1).map((r) => r[0])).to.deep.equal(['Mar 2026', 'Apr 2026']);
    expect(log.computed).to.have.length(1);
    expect((log.computed[0] as MrrMovement[]).map((r) => r.month)).to.deep.equal(['2026-03', '2026-04']);
    el.months = 0;
    await el.updateComplete;
    expect(el.error!.kind).to.equal('config');
    expect(partText(el, 'error')).to.equal('months="0": expected a whole number of months ≥ 1.');
  });

  it('takes already computed rows, sorted by month', async () => {
    const el = await fixture<MrrMovements>(html`<mrr-movements data=${JSON.stringify(COMPUTED)}></mrr-movements>`);
    const log = record(el);
    expect(el.dataRoute).to.equal('attribute');
    expect(table(el).slice(1).map((r) => r[0])).to.deep.equal(['Jan 2026', 'Feb 2026']);
    expect(partText(el, 'value')).to.equal('+$150');
    el.data = [row('2026-05', 500, { new: 20, churn: 70 })];
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('−$50.00');
    expect(log.computed).to.have.length(1);
  });

  it('computes from MRR changes fetched as JSON and as CSV over HTTP, with the engine rows in the event', async () => {
    const el = await fixture<MrrMovements>(html`<mrr-movements src=${json(CHANGES)}></mrr-movements>`);
    const log = record(el);
    await until(el, 'ready');
    expect(el.dataRoute).to.equal('src');
    const rows = log.computed[0] as MrrMovement[];
    expect(rows[3]).to.deep.include({ month: '2026-04', startMrr: 150, reactivation: 80, contraction: 30, endMrr: 200 });
    const fromCsv = await fixture<MrrMovements>(html`<mrr-movements src=${csv(CHANGES_CSV)}></mrr-movements>`);
    await until(fromCsv, 'ready');
    expect(partText(fromCsv, 'end')).to.equal('End of month MRR: $200');
    expect(pixels(canvasOf(fromCsv), [26, 127, 55])).to.be.above(30); // new MRR in --csm-positive
  });

  it('reads a child script and a surrounding <metrics-source>', async () => {
    const scripted = await fixture<MrrMovements>(
      html`<mrr-movements><script type="application/json">${JSON.stringify(COMPUTED)}</script></mrr-movements>`,
    );
    expect(scripted.dataRoute).to.equal('script');
    expect(partText(scripted, 'value')).to.equal('+$150');
    const wrap = await fixture(html`<metrics-source src=${json(CHANGES)}><mrr-movements></mrr-movements></metrics-source>`);
    const el = wrap.querySelector('mrr-movements')!;
    await until(el, 'ready');
    expect(el.dataRoute).to.equal('source');
  });

  it('is loading with a slow src, empty with no rows', async () => {
    const el = await fixture<MrrMovements>(
      html`<mrr-movements src=${`/api/slow?ms=400&${unique()}&body=${encodeURIComponent(JSON.stringify(CHANGES))}`}></mrr-movements>`,
    );
    expect(el.state).to.equal('loading');
    expect(shadow(el, '[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(partText(el, 'skeleton')).to.equal('Loading MRR movements…');
    await until(el, 'ready');
    const empty = await fixture<MrrMovements>(html`<mrr-movements .data=${[]}></mrr-movements>`);
    expect(empty.state).to.equal('empty');
    expect(partText(empty, 'empty')).to.equal('No data yet.');
    await expect(empty).to.be.accessible();
  });

  const bad: Array<[string, unknown, RegExp]> = [
    ['a negative MRR change', [{ customerId: 'a', date: '2026-01-01', mrr: -5 }], /^Row 0, mrr: /],
    ['a computed row whose end does not add up', [{ ...COMPUTED[0], endMrr: 999 }], /^Row 0, endMrr: expected startMrr \+ new/],
    ['a computed month given twice', [COMPUTED[0], COMPUTED[0]], /^Row 1, month: the month 2026-02 is already given by row 0$/],
    ['a computed row missing churn', [{ month: '2026-01', startMrr: 0, new: 1, expansion: 0, contraction: 0, reactivation: 0, endMrr: 1 }], /^Row 0, churn: .*missing/],
  ];
  for (const [name, data, message] of bad) {
    it(`reports ${name} with row and field, keeping the last good chart stale`, async () => {
      const el = await fixture<MrrMovements>(html`<mrr-movements .data=${CHANGES}></mrr-movements>`);
      const log = record(el);
      const chart = el.chart;
      el.data = data;
      await el.updateComplete;
      expect(el.state).to.equal('error');
      expect(log.errors).to.have.length(1);
      expect(log.errors[0]!.kind).to.equal('validation');
      expect(partText(el, 'error')).to.match(message);
      expect(partText(el, 'stale')).to.contain('Showing the last good value.');
      expect(partText(el, 'value')).to.equal('+$50.00');
      expect(el.chart).to.equal(chart);
    });
  }

  it('reports a 404 as a network error', async () => {
    const el = await fixture<MrrMovements>(html`<mrr-movements src=${`/api/status/404?${unique()}`}></mrr-movements>`);
    await until(el, 'error');
    expect(el.error!.kind).to.equal('network');
  });

  it('fires nothing for theme, locale or currency; formats money in the currency and locale', async () => {
    const el = await fixture<MrrMovements>(html`<mrr-movements .data=${CHANGES}></mrr-movements>`);
    const log = record(el);
    el.locale = 'de-DE';
    el.currency = 'EUR';
    el.theme = 'dark';
    await el.updateComplete;
    expect(log.computed).to.have.length(0);
    const eur = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 });
    expect(partText(el, 'end')).to.equal(`MRR zum Monatsende: ${eur.format(200)}`);
    expect(el.chart!.data.datasets.map((d) => d.label)).to.deep.equal(['Neu', 'Expansion', 'Reaktivierung', 'Kontraktion', 'Abwanderung', 'Nettobewegung']);
    expect(el.chart!.scales.x!.getLabels()[0]).to.equal(
      new Intl.DateTimeFormat('de-DE', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 1)),
    );
    expect(pixels(canvasOf(el), [63, 185, 80])).to.be.above(30); // the dark --csm-positive
  });
});
