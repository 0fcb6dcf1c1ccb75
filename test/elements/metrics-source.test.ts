import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/metrics-source.js';
import type { MetricsSource } from '../../src/elements/metrics-source.js';
import { forceVisible, hits, partText, record, sleep, unique, type TestMetric } from '../base/test-metric.js';
import '../base/test-metric.js';

const json = (body: unknown) => `/api/slow?ms=150&${unique()}&body=${encodeURIComponent(JSON.stringify(body))}`;
const all = (root: Element) => [...root.querySelectorAll('test-metric')];

describe('<metrics-source>', () => {
  it('fetches once and feeds every metric element inside it', async () => {
    const src = json([10, 9, 8, 0]);
    const id = src.split('&')[0]!.split('?')[1]!;
    const source = await fixture<MetricsSource>(html`<metrics-source src=${src}>
      <test-metric></test-metric>
      <section><test-metric></test-metric></section>
      <test-metric></test-metric>
    </metrics-source>`);
    const children = all(source) as TestMetric[];
    const logs = children.map(record);
    await Promise.all(children.map((c) => c.updateComplete));
    expect(children.every((c) => c.state === 'loading'), 'loading while the source fetches').to.equal(true);
    expect(children[0]!.shadowRoot!.querySelector('[part=base]')!.getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => children.every((c) => c.state === 'ready'), 'all ready', { timeout: 5000 });
    await expect(source).to.be.accessible();
    for (const child of children) {
      expect(child.dataRoute).to.equal('source');
      expect(partText(child, 'value')).to.equal('25');
    }
    expect(logs.map((l) => l.computed.length)).to.deep.equal([1, 1, 1]);
    const key = Object.keys(await hits()).find((k) => k.includes(id))!;
    expect((await hits())[key], 'one request for three elements').to.equal(1);
    expect(source.value.status).to.equal('ready');
    expect(getComputedStyle(source).display).to.equal('contents');
  });

  it('lets a child with its own data ignore the source', async () => {
    const source = await fixture<MetricsSource>(html`<metrics-source .data=${[0, 0]}>
      <test-metric></test-metric>
      <test-metric data="[10]"></test-metric>
    </metrics-source>`);
    const [a, b] = all(source) as [TestMetric, TestMetric];
    await a.updateComplete;
    expect(partText(a, 'value')).to.equal('-100');
    expect(partText(b, 'value')).to.equal('100');
  });

  it('provides rows set from script, and new rows reach every child', async () => {
    const source = await fixture<MetricsSource>(html`<metrics-source><test-metric></test-metric><test-metric></test-metric></metrics-source>`);
    const children = all(source) as TestMetric[];
    expect(children.every((c) => c.state === 'empty')).to.equal(true);
    source.data = [10];
    await source.updateComplete;
    await waitUntil(() => children.every((c) => partText(c, 'value') === '100'), 'settles', { timeout: 5000 });
    source.data = [0];
    await waitUntil(() => children.every((c) => partText(c, 'value') === '-100'), 'settles', { timeout: 5000 });
  });

  it('passes its error to every child, each firing its own metric-error, and keeps their last value stale', async () => {
    const source = await fixture<MetricsSource>(html`<metrics-source .data=${[10]}><test-metric></test-metric><test-metric></test-metric></metrics-source>`);
    const children = all(source) as TestMetric[];
    await waitUntil(() => children.every((c) => c.state === 'ready'), 'settles', { timeout: 5000 });
    const logs = children.map(record);
    source.data = undefined;
    source.src = '/api/status/404?' + unique();
    await waitUntil(() => children.every((c) => c.state === 'error'), 'error reaches children', { timeout: 5000 });
    for (const [i, child] of children.entries()) {
      expect(logs[i]!.errors).to.have.length(1);
      expect(logs[i]!.errors[0]!.kind).to.equal('network');
      expect(partText(child, 'error')).to.contain('404');
      expect(partText(child, 'value'), 'last good value').to.equal('100');
      expect(child.shadowRoot!.querySelector('[part=stale]')).to.exist;
    }
  });

  it('lets each child report its own validation error', async () => {
    const source = await fixture<MetricsSource>(html`<metrics-source .data=${[{ score: 10 }, { score: 11 }]}><test-metric></test-metric></metrics-source>`);
    const child = source.querySelector('test-metric')!;
    await child.updateComplete;
    expect(child.state).to.equal('error');
    expect(partText(child, 'error')).to.equal('Row 1, score: expected an integer from 0 to 10, got 11');
  });

  it('reads CSV', async () => {
    const source = await fixture<MetricsSource>(
      html`<metrics-source src=${`/api/csv?${unique()}&body=${encodeURIComponent('SCORE\n9\n3')}`}><test-metric></test-metric></metrics-source>`,
    );
    const child = source.querySelector('test-metric')!;
    await waitUntil(() => child.state === 'ready', 'settles', { timeout: 5000 });
    expect(partText(child, 'value')).to.equal('0');
  });

  it('refuses a javascript: src with a config error in its children', async () => {
    const source = await fixture<MetricsSource>(html`<metrics-source src="javascript:alert(1)"><test-metric></test-metric></metrics-source>`);
    const child = source.querySelector('test-metric')!;
    await child.updateComplete;
    expect(source.value.status).to.equal('error');
    expect(child.error!.kind).to.equal('config');
  });

  it('reaches children created before the source element was upgraded', async () => {
    // A consumer connected under an undefined tag: the provider upgrades later.
    const wrap = fixtureSync<HTMLDivElement>(html`<div></div>`);
    wrap.innerHTML = '<late-source-host><test-metric></test-metric></late-source-host>';
    const child = wrap.querySelector('test-metric')!;
    await child.updateComplete;
    expect(child.state).to.equal('empty');
    const { MetricsSource } = await import('../../src/elements/metrics-source.js');
    class LateSource extends MetricsSource {}
    customElements.define('late-source-host', LateSource);
    (wrap.firstElementChild as MetricsSource).data = [9, 10];
    await waitUntil(() => child.state === 'ready', 'late provider reaches the child', { timeout: 5000 });
    expect(partText(child, 'value')).to.equal('100');
  });

  it('stops polling when removed', async () => {
    const src = `/api/json?${unique()}&body=[9]`;
    const id = src.split('&')[0]!.split('?')[1]!;
    const restore = forceVisible();
    try {
      const source = await fixture<MetricsSource>(html`<metrics-source refresh="0.15" src=${src}><test-metric></test-metric></metrics-source>`);
      await sleep(600);
      const key = Object.keys(await hits()).find((k) => k.includes(id))!;
      expect((await hits())[key]).to.be.at.least(3);
      source.remove();
      const removed = (await hits())[key]!;
      await sleep(450);
      expect((await hits())[key]).to.equal(removed);
    } finally {
      restore();
    }
  });
});
