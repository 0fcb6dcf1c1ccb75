// A lazy chunk that fails to load (a flaky network, a CDN 404, a deploy that
// replaced hashed files): the element says what could not load, keeps what it
// had on screen, and a later update tries again. The failing chunk is a real
// dynamic import of a URL that answers 404.
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import { customElement } from '../../src/base/define.js';
import { ChartController, type ChartKit } from '../../src/controllers/chart-controller.js';
import { loadOnce } from '../../src/data/load-once.js';
import { partText, record, sleep, TestMetric, type TestResult } from '../base/test-metric.js';

let attempts = 0;
let broken = true;
const loadChart = loadOnce<ChartKit>(() => {
  attempts++;
  return broken
    ? (import(/* @vite-ignore */ `/api/status/404?chunk=${attempts}`) as Promise<ChartKit>)
    : import('../../src/controllers/line-chart.js').then((m) => m.lineChart());
});

@customElement('chunk-chart')
class ChunkChart extends TestMetric {
  readonly charts = new ChartController<'line'>(this, {
    load: loadChart,
    canvas: () => this.renderRoot.querySelector<HTMLCanvasElement>('canvas'),
    config: () => ({ type: 'line', data: { labels: ['a', 'b'], datasets: [{ data: [1, 2] }] }, options: { animation: false } }),
  });

  protected override renderValue(result: TestResult): TemplateResult<1> {
    return litHtml`${super.renderValue(result)}<div style="width: 200px; height: 100px"><canvas></canvas></div>`;
  }
}

describe('a lazy chunk that fails to load', () => {
  it('shows an error naming Chart.js over the last view, then a later update downloads it again', async () => {
    const el = fixtureSync<ChunkChart>(html`<chunk-chart .data=${[9, 10, 6]}></chunk-chart>`);
    const log = record(el);
    await waitUntil(() => el.state === 'error', `error (is ${el.state})`, { timeout: 4000 });
    expect(el.error!.kind).to.equal('network');
    expect(el.error!.message).to.match(/^The chart code \(Chart\.js\) could not be downloaded \(.+\)\.$/);
    expect(partText(el, 'stale'), 'the value stays on screen').to.contain('33.3');
    expect(partText(el, 'error')).to.contain('Chart.js');
    await sleep(300);
    expect(attempts, 'no retry loop while nothing changes').to.equal(1);
    expect(log.errors).to.have.length(1);

    broken = false;
    el.target = 20; // any later update
    await waitUntil(() => el.state === 'ready', `ready again (is ${el.state})`, { timeout: 4000 });
    await el.updateComplete;
    await waitUntil(() => el.charts.chart !== undefined, 'the chart is drawn', { timeout: 4000 });
    expect(attempts).to.equal(2);
    expect(el.error).to.equal(undefined);
  });
});
