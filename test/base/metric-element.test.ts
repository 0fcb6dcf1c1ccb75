import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { translate } from '../../src/i18n/catalog.js';
import { en } from '../../src/i18n/en.js';
import { MetricComputedEvent, MetricErrorEvent } from '../../src/events.js';
import { forceVisible, hits, partText, record, sleep, unique, type TestMetric, type TestResult } from './test-metric.js';
import { TestMetric as TestMetricClass } from './test-metric.js';

const json = (body: unknown, extra = '') => `/api/json?${unique()}${extra}&body=${encodeURIComponent(JSON.stringify(body))}`;
const csv = (body: string) => `/api/csv?${unique()}&body=${encodeURIComponent(body)}`;
const until = (el: TestMetric, state: string, message = `state ${state}`) =>
  waitUntil(() => el.state === state, message, { timeout: 4000 });
const shadow = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);

describe('MetricElement: data routes', () => {
  it('is accessible, and computes from the data property', async () => {
    const el = await fixture<TestMetric>(html`<test-metric .data=${[9, 10, 6]}></test-metric>`);
    await expect(el).to.be.accessible();
    expect(el.state).to.equal('ready');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(el.dataRoute).to.equal('property');
    expect(partText(el, 'value')).to.equal('33.3');
    expect(shadow(el, '[part=base]')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('computes from the data attribute (JSON)', async () => {
    const el = await fixture<TestMetric>(html`<test-metric data="[10,10,0,7]"></test-metric>`);
    expect(el.dataRoute).to.equal('attribute');
    expect(partText(el, 'value')).to.equal('25');
  });

  it('computes from a child script and follows changes of its text', async () => {
    const el = await fixture<TestMetric>(
      html`<test-metric><script type="application/json">[{"score":10},{"score":9}]</script></test-metric>`,
    );
    expect(el.dataRoute).to.equal('script');
    expect(partText(el, 'value')).to.equal('100');
    el.querySelector('script')!.textContent = '[0, 0]';
    await waitUntil(() => partText(el, 'value') === '-100', 'script change recomputes');
  });

  it('fetches JSON from src, showing a busy skeleton meanwhile', async () => {
    const el = await fixture<TestMetric>(
      html`<test-metric src=${`/api/slow?ms=300&${unique()}&body=${encodeURIComponent('[9,9,0]')}`}></test-metric>`,
    );
    expect(el.state).to.equal('loading');
    const skeleton = shadow(el, '[part=skeleton]');
    expect(skeleton, 'skeleton').to.exist;
    expect(skeleton!.textContent).to.contain('Loading NPS');
    expect(shadow(el, '[part=base]')!.getAttribute('aria-busy')).to.equal('true');
    await until(el, 'ready');
    expect(el.dataRoute).to.equal('src');
    expect(partText(el, 'value')).to.equal('33.3');
    expect(shadow(el, '[part=skeleton]')).to.equal(null);
    expect(shadow(el, '[part=base]')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('fetches CSV from src (content type), with headers matched case-insensitively', async () => {
    const el = await fixture<TestMetric>(html`<test-metric src=${csv('\uFEFFScore,Customer_ID,Comment\n10,a,great\n3,b,\n')}></test-metric>`);
    await until(el, 'ready');
    expect(partText(el, 'value')).to.equal('0');
    expect(partText(el, 'comment')).to.equal('great');
  });

  it('reads CSV by format="csv" whatever the content type', async () => {
    const el = await fixture<TestMetric>(
      html`<test-metric format="csv" src=${`/api/json?${unique()}&body=${encodeURIComponent('score\n9\n10')}`}></test-metric>`,
    );
    await until(el, 'ready');
    expect(partText(el, 'value')).to.equal('100');
  });

  it('takes aggregated counts from its own attributes', async () => {
    const el = await fixture<TestMetric>(html`<test-metric promoters="40" passives="45" detractors="15"></test-metric>`);
    expect(el.dataRoute).to.equal('aggregated');
    expect(partText(el, 'value')).to.equal('25');
  });

  it('follows the priority property > attribute > script > src > aggregated', async () => {
    const el = await fixture<TestMetric>(html`<test-metric
      data="[0]"
      src=${json([9, 0, 0])}
      promoters="1"
      passives="0"
      detractors="1"
      ><script type="application/json">[7]</script></test-metric
    >`);
    el.data = [10];
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('100');
    el.data = undefined;
    await el.updateComplete;
    expect(el.dataRoute).to.equal('attribute');
    expect(partText(el, 'value')).to.equal('-100');
    el.removeAttribute('data');
    await el.updateComplete;
    expect(el.dataRoute).to.equal('script');
    expect(partText(el, 'value')).to.equal('0');
    el.querySelector('script')!.remove();
    await waitUntil(() => el.dataRoute === 'src' && el.state === 'ready' && partText(el, 'value') === '-33.3', 'src');
    el.removeAttribute('src');
    await el.updateComplete;
    expect(el.dataRoute).to.equal('aggregated');
    expect(partText(el, 'value')).to.equal('0');
  });
});

describe('MetricElement: states', () => {
  it('says "No data yet." with no data at all, and for an empty array', async () => {
    const el = await fixture<TestMetric>(html`<test-metric></test-metric>`);
    await expect(el).to.be.accessible();
    expect(el.state).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('No data yet.');
    el.data = [];
    await el.updateComplete;
    expect(el.state).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('No data yet.');
    expect(partText(el, 'value')).to.equal('');
  });

  it('names the bad row and field, and keeps the last good value marked stale', async () => {
    const el = await fixture<TestMetric>(html`<test-metric .data=${[9, 10]}></test-metric>`);
    const log = record(el);
    el.data = [9, 10, 3, 11, 12];
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.equal('Row 3, score: expected an integer from 0 to 10, got 11 (and 1 more)');
    expect(partText(el, 'value'), 'last good value').to.equal('100');
    const stale = shadow(el, '[part=stale]');
    expect(stale, 'stale wrapper').to.exist;
    expect(stale!.textContent).to.contain('Showing the last good value');
    expect(log.errors).to.have.length(1);
    expect(log.errors[0]!.kind).to.equal('validation');
    expect(log.errors[0]!.issues).to.deep.equal([
      { row: 3, field: 'score', message: 'expected an integer from 0 to 10, got 11' },
      { row: 4, field: 'score', message: 'expected an integer from 0 to 10, got 12' },
    ]);
    await expect(el).to.be.accessible();
    // Good data again: the error and the stale marker go.
    el.data = [0];
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(shadow(el, '[part=stale]')).to.equal(null);
    expect(shadow(el, '[part=error]')).to.equal(null);
    expect(partText(el, 'value')).to.equal('-100');
  });

  it('shows only the message when there is no last good value', async () => {
    const el = await fixture<TestMetric>(html`<test-metric .data=${[{ score: 'ten' }]}></test-metric>`);
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.equal('Row 0, score: expected an integer from 0 to 10, got "ten"');
    expect(shadow(el, '[part=stale]')).to.equal(null);
    expect(partText(el, 'value')).to.equal('');
  });

  it('reports a non-array input as a validation error, without throwing', async () => {
    const el = await fixture<TestMetric>(html`<test-metric .data=${{ foo: 1 }}></test-metric>`);
    expect(el.state).to.equal('error');
    expect(el.error!.kind).to.equal('validation');
  });

  it('turns a malformed data attribute into a parse error, never an exception', async () => {
    const el = await fixture<TestMetric>(html`<test-metric data="[9, 10"></test-metric>`);
    expect(el.state).to.equal('error');
    expect(el.error!.kind).to.equal('parse');
    expect(partText(el, 'error')).to.match(/^The data attribute is not valid JSON/);
  });

  it('keeps showing the value, busy, while a new src loads', async () => {
    const el = await fixture<TestMetric>(html`<test-metric .data=${[10]}></test-metric>`);
    el.data = undefined;
    el.src = `/api/slow?ms=400&${unique()}&body=${encodeURIComponent('[0]')}`;
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(partText(el, 'value')).to.equal('100');
    expect(shadow(el, '[part=base]')!.getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => partText(el, 'value') === '-100', 'new value');
    expect(shadow(el, '[part=base]')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('reflects theme (default light) and state for styling, and honours [hidden]', async () => {
    const el = await fixture<TestMetric>(html`<test-metric .data=${[9]}></test-metric>`);
    expect(el.getAttribute('theme')).to.equal('light');
    const light = getComputedStyle(el).getPropertyValue('--_text').trim();
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(el).getPropertyValue('--_text').trim()).to.not.equal(light);
    el.style.setProperty('--csm-text', 'rgb(1, 2, 3)');
    expect(getComputedStyle(partTarget(el)).color).to.equal('rgb(1, 2, 3)');
    el.hidden = true;
    expect(getComputedStyle(el).display).to.equal('none');
  });

  it('formats with the closest lang, or the locale attribute', async () => {
    const wrap = fixtureSync(html`<div lang="de"><test-metric .data=${[9, 10, 6]}></test-metric></div>`);
    const el = wrap.querySelector('test-metric')!;
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('33,3');
    el.locale = 'en-US';
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('33.3');
  });

  it("says the state words in the element's language; the metric-error detail stays English", async () => {
    const el = await fixture<TestMetric>(html`<test-metric locale="de"></test-metric>`);
    expect(partText(el, 'empty')).to.equal('Noch keine Daten.');
    el.data = [{ score: 'ten' }];
    await el.updateComplete;
    expect(partText(el, 'error')).to.equal('Ungültiger Wert in Zeile 0, Feld „score“.');
    expect(el.error!.message).to.equal('Row 0, score: expected an integer from 0 to 10, got "ten"');
    el.data = [9];
    await el.updateComplete;
    el.data = [{ score: 'ten' }];
    await el.updateComplete;
    expect(shadow(el, '.stale-note')!.textContent).to.equal('Angezeigt wird der letzte gültige Wert.');
    el.locale = 'ja';
    await el.updateComplete;
    expect(shadow(el, '.stale-note')!.textContent).to.equal(translate('ja', 'state.stale'));
    expect(translate('ja', 'state.stale')).to.not.equal(en['state.stale']);
  });
});

function partTarget(el: TestMetric): Element {
  return shadow(el, '[part=value]')!;
}

describe('MetricElement: src failures', () => {
  const cases: Array<[string, string, 'network' | 'parse', RegExp]> = [
    ['a 404', '/api/status/404', 'network', /answered 404.*\/api\/status\/404/],
    ['a 500', '/api/status/500', 'network', /answered 500.*\/api\/status\/500/],
    ['an HTML page', '/api/text', 'parse', /HTML page, not JSON/],
    ['a malformed JSON body', `/api/json?body=${encodeURIComponent('[9, 10')}`, 'parse', /not valid JSON/],
    ['a network failure', 'http://127.0.0.1:9/nothing.json', 'network', /Could not reach/],
  ];
  for (const [name, src, kind, message] of cases) {
    it(`reports ${name} as a ${kind} error`, async () => {
      const el = await fixture<TestMetric>(html`<test-metric></test-metric>`);
      const log = record(el);
      el.src = src + (src.includes('?') ? '&' : '?') + unique();
      await until(el, 'error');
      expect(log.errors).to.have.length(1);
      expect(log.errors[0]!.kind).to.equal(kind);
      expect(log.errors[0]!.message).to.match(message);
      expect(partText(el, 'error')).to.equal(log.errors[0]!.message);
      expect(log.computed).to.have.length(0);
    });
  }

  it('reports a CSV bad cell by row, column and line', async () => {
    const el = await fixture<TestMetric>(html`<test-metric src=${csv('score,comment\n9,ok\nten,bad\n')}></test-metric>`);
    await until(el, 'error');
    expect(el.error!.kind).to.equal('parse');
    expect(el.error!.issues).to.deep.equal([{ row: 1, field: 'score', message: 'expected a number, got "ten" (line 3)' }]);
    expect(partText(el, 'error')).to.contain('row 1, score');
  });

  it('reports a CSV without the score column as a validation error naming the field', async () => {
    const el = await fixture<TestMetric>(html`<test-metric src=${csv('comment,segment\nhi,smb\n')}></test-metric>`);
    await until(el, 'error');
    expect(el.error!.kind).to.equal('validation');
    expect(partText(el, 'error')).to.match(/^Row 0, score: .*missing/);
  });

  it('lets a newer src win over a slow older answer', async () => {
    const el = await fixture<TestMetric>(html`<test-metric></test-metric>`);
    const log = record(el);
    el.src = `/api/slow?ms=600&${unique()}&body=${encodeURIComponent('[0,0]')}`;
    await el.updateComplete;
    await sleep(50);
    el.src = json([10, 10]);
    await until(el, 'ready');
    expect(partText(el, 'value')).to.equal('100');
    await sleep(900);
    expect(partText(el, 'value'), 'the slow answer never shows').to.equal('100');
    expect(log.computed).to.have.length(1);
    expect((log.computed[0] as TestResult).score).to.equal(100);
  });

  for (const src of ['javascript:alert(1)', 'data:application/json,[9]', 'file:///etc/passwd', 'blob:http://x/1']) {
    it(`refuses ${src.split(':')[0]}: URLs without any request`, async () => {
      const original = window.fetch;
      let calls = 0;
      window.fetch = (...args: Parameters<typeof fetch>) => {
        calls++;
        return original(...args);
      };
      try {
        const el = await fixture<TestMetric>(html`<test-metric src=${src}></test-metric>`);
        expect(el.state).to.equal('error');
        expect(el.error!.kind).to.equal('config');
        expect(partText(el, 'error')).to.contain('not allowed');
        await sleep(50);
        expect(calls).to.equal(0);
      } finally {
        window.fetch = original;
      }
    });
  }

  it('gives up after timeout seconds with a network error', async () => {
    const started = performance.now();
    const el = await fixture<TestMetric>(
      html`<test-metric timeout="0.3" src=${`/api/slow?ms=3000&${unique()}&body=[9]`}></test-metric>`,
    );
    await until(el, 'error');
    expect(performance.now() - started).to.be.below(2000);
    expect(el.error!.kind).to.equal('network');
    expect(el.error!.message).to.equal('The request timed out after 0.3 s.');
  });

  for (const [attr, value] of [
    ['refresh', 'often'],
    ['format', 'xml'],
    ['credentials', 'always'],
    ['timeout', '-1'],
  ] as const) {
    it(`refuses ${attr}="${value}" with a config error naming it`, async () => {
      const el = await fixture<TestMetric>(html`<test-metric></test-metric>`);
      el.setAttribute(attr, value);
      el.src = json([9]);
      // The src route's code is a lazy chunk: the check runs once it has arrived.
      await until(el, 'error');
      expect(el.error!.kind).to.equal('config');
      expect(el.error!.message).to.contain(attr);
    });
  }

  it('passes credentials through to fetch', async () => {
    document.cookie = 'csm-test=1; path=/';
    try {
      const url = `/api/if-cookie?${unique()}&name=csm-test&yes=[10]&no=[0]`;
      const withCookie = await fixture<TestMetric>(html`<test-metric src=${url}></test-metric>`);
      const without = await fixture<TestMetric>(html`<test-metric credentials="omit" src=${url + '&x=1'}></test-metric>`);
      await until(withCookie, 'ready');
      await until(without, 'ready');
      expect(partText(withCookie, 'value'), 'same-origin sends the cookie').to.equal('100');
      expect(partText(without, 'value'), 'omit does not').to.equal('-100');
    } finally {
      document.cookie = 'csm-test=; path=/; max-age=0';
    }
  });
});

describe('MetricElement: events', () => {
  it('fires metric-computed once per computation, bubbling and composed out of a shadow root', async () => {
    const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const seen: MetricComputedEvent[] = [];
    document.addEventListener('metric-computed', (e) => seen.push(e));
    const el = document.createElement('test-metric');
    el.data = [10, 9, 0];
    root.append(el);
    await el.updateComplete;
    await sleep(0);
    expect(seen).to.have.length(1);
    expect(seen[0]).to.be.instanceOf(MetricComputedEvent);
    expect(seen[0]!.bubbles && seen[0]!.composed).to.equal(true);
    const detail = seen[0]!.detail as TestResult;
    expect(detail.total).to.equal(3);
    expect(detail.promoters).to.equal(2);
    expect(detail.score).to.be.closeTo(33.33, 0.01);
    // Same array: nothing recomputed, nothing fired.
    el.data = el.data;
    el.requestUpdate();
    await el.updateComplete;
    expect(seen).to.have.length(1);
  });

  it('fires metric-error bubbling and composed, as a typed event', async () => {
    const el = await fixture<TestMetric>(html`<test-metric></test-metric>`);
    let event: MetricErrorEvent | undefined;
    document.addEventListener('metric-error', (e) => (event = e), { once: true });
    el.data = [42];
    await el.updateComplete;
    expect(event).to.be.instanceOf(MetricErrorEvent);
    expect(event!.bubbles && event!.composed).to.equal(true);
    expect(event!.detail).to.deep.equal({
      kind: 'validation',
      message: 'Row 0, score: expected an integer from 0 to 10, got 42',
      issues: [{ row: 0, field: 'score', message: 'expected an integer from 0 to 10, got 42' }],
    });
  });

  it('fires nothing and recomputes nothing for theme, locale, currency or a presentation property', async () => {
    const el = await fixture<TestMetric>(html`<test-metric .data=${[9, 10]}></test-metric>`);
    const log = record(el);
    const before = el.computeCount;
    el.theme = 'dark';
    el.locale = 'fr';
    el.currency = 'EUR';
    el.target = 50;
    await el.updateComplete;
    expect(partText(el, 'target')).to.equal('50');
    expect(el.computeCount).to.equal(before);
    expect(log.computed).to.have.length(0);
    expect(log.errors).to.have.length(0);
  });

  it('fires one metric-computed for a new aggregated count, none for the same counts', async () => {
    const el = await fixture<TestMetric>(html`<test-metric promoters="1" passives="1" detractors="1"></test-metric>`);
    const log = record(el);
    el.promoters = 2;
    await el.updateComplete;
    expect(log.computed).to.have.length(1);
    el.timeout = 20; // an input property, but the counts are the same
    await el.updateComplete;
    expect(log.computed).to.have.length(1);
  });
});

describe('MetricElement: refresh', () => {
  let restore: () => void = () => {};
  beforeEach(() => (restore = forceVisible()));
  afterEach(() => restore());

  it('polls every refresh seconds and stops when removed', async () => {
    const src = json([9, 10]);
    const el = await fixture<TestMetric>(html`<test-metric refresh="0.2" src=${src}></test-metric>`);
    const log = record(el);
    await sleep(900);
    const id = src.split('&')[0]!.split('?')[1]!;
    const key = Object.keys(await hits()).find((k) => k.includes(id))!;
    // One fetch at once, then one 0.2 s after each answer.
    expect((await hits())[key]).to.be.at.least(4);
    expect(log.computed.length).to.be.at.least(3);
    expect(el.state).to.equal('ready');
    el.remove();
    // A request sent just before the removal may reach the server just after it: let it land.
    await sleep(150);
    const atRemoval = (await hits())[key]!;
    await sleep(600);
    expect((await hits())[key]).to.equal(atRemoval);
  });

  it('pauses while the page is hidden and catches up when visible', async () => {
    const src = json([10]);
    const id = src.split('&')[0]!.split('?')[1]!;
    const el = await fixture<TestMetric>(html`<test-metric refresh="0.2" src=${src}></test-metric>`);
    await until(el, 'ready');
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      await sleep(300);
      const key = Object.keys(await hits()).find((k) => k.includes(id))!;
      const hidden = (await hits())[key]!;
      await sleep(600);
      expect((await hits())[key], 'no polls while hidden').to.equal(hidden);
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
      document.dispatchEvent(new Event('visibilitychange'));
      await sleep(100);
      expect((await hits())[key], 'a poll on becoming visible').to.be.above(hidden);
    } finally {
      delete (document as unknown as Record<string, unknown>).visibilityState;
      el.remove();
    }
  });

  it('keeps the last good value, stale, when a refresh fails', async () => {
    const el = await fixture<TestMetric>(html`<test-metric .data=${[10]}></test-metric>`);
    el.data = undefined;
    el.src = json([10]);
    await until(el, 'ready');
    el.src = '/api/status/503?' + unique();
    await until(el, 'error');
    expect(partText(el, 'value')).to.equal('100');
    expect(shadow(el, '[part=stale]')!.textContent).to.contain('Showing the last good value');
    expect(partText(el, 'error')).to.contain('503');
    el.remove();
  });
});

describe('MetricElement: safety', () => {
  it('renders data text as inert text', async () => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    const el = await fixture<TestMetric>(html`<test-metric .data=${[{ score: 9, comment: payload }]}></test-metric>`);
    await sleep(50);
    expect(partText(el, 'comment')).to.equal(payload);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    const fromAttr = await fixture<TestMetric>(html`<test-metric data=${JSON.stringify([{ score: 9, comment: payload }])}></test-metric>`);
    expect(fromAttr.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('survives the kit being loaded twice', async () => {
    // A second copy of the modules (a different URL) registers nothing and throws nothing.
    const first = (await import(/* a second module instance */ `../../src/elements/metrics-source.ts?copy=${1}`)) as { MetricsSource: unknown };
    const copy = (await import(/* a second module instance */ `../../src/elements/metrics-source.ts?copy=${2}`)) as { MetricsSource: unknown };
    expect(copy.MetricsSource, 'really a second copy').to.not.equal(first.MetricsSource);
    expect(customElements.get('metrics-source')).to.equal(first.MetricsSource);
    const again = (await import(/* a second module instance */ `./test-metric.ts?copy=${2}`)) as { TestMetric: unknown };
    expect(again.TestMetric).to.not.equal(customElements.get('test-metric'));
  });
});

describe('MetricElement: asynchronous compute (a future Worker)', () => {
  class SlowMetric extends TestMetricClass {
    protected override compute(input: unknown): Promise<TestResult> {
      const result = super.compute(input) as TestResult;
      // The first rows take longer than the second: their answer arrives last.
      const ms = (input as number[]).length > 2 ? 300 : 20;
      return new Promise((resolve) => setTimeout(() => resolve(result), ms));
    }
  }
  customElements.define('slow-test-metric', SlowMetric);

  it('shows loading, then keeps only the newest computation', async () => {
    const el = document.createElement('slow-test-metric') as TestMetric;
    const log = record(el);
    el.data = [0, 0, 0];
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      el.data = [10, 10];
      await waitUntil(() => el.state === 'ready');
      await sleep(400);
      expect(partText(el, 'value')).to.equal('100');
      expect(log.computed).to.have.length(1);
    } finally {
      el.remove();
    }
  });
});

describe('MetricElement: the computation (a @lit/task Task)', () => {
  it('shows a result computed at once in the update that asked for it: no loading state in between', async () => {
    const el = document.createElement('test-metric') as TestMetric;
    const states: (string | null)[] = [];
    const watch = new MutationObserver(() => states.push(el.getAttribute('state')));
    watch.observe(el, { attributes: true, attributeFilter: ['state'] });
    el.data = [10, 9, 0];
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(partText(el, 'value')).to.equal('33.3');
      el.data = [10, 10];
      await el.updateComplete;
      expect(partText(el, 'value')).to.equal('100');
      watch.takeRecords();
      expect(states).to.deep.equal(['ready']);
      expect(el.isUpdatePending, 'nothing left to draw once updateComplete resolves').to.equal(false);
    } finally {
      watch.disconnect();
      el.remove();
    }
  });

  it('dispatches metric-computed after the update that draws the result', async () => {
    const el = document.createElement('test-metric') as TestMetric;
    let drawn: string | undefined;
    el.addEventListener('metric-computed', () => {
      drawn = partText(el, 'value');
    });
    el.data = [10, 10, 0, 0];
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(drawn).to.equal('0');
    } finally {
      el.remove();
    }
  });

  it('a newer input replaces a computation still waiting: its result shown, no longer busy', async () => {
    class WaitingMetric extends TestMetricClass {
      protected override compute(input: unknown): TestResult | Promise<TestResult> {
        const result = super.compute(input) as TestResult;
        if ((input as number[]).length < 3) return result;
        return new Promise(() => {}); // never answers
      }
    }
    customElements.define('waiting-test-metric', WaitingMetric);
    const el = document.createElement('waiting-test-metric') as TestMetric;
    const log = record(el);
    el.data = [0, 0, 0];
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      expect(shadow(el, '[part=base]')!.getAttribute('aria-busy')).to.equal('true');
      el.data = [10, 10];
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      expect(shadow(el, '[part=base]')!.getAttribute('aria-busy')).to.equal('false');
      await sleep(50);
      expect(log.computed).to.have.length(1);
    } finally {
      el.remove();
    }
  });
});

describe('MetricElement: compute options', () => {
  // An element whose compute() reads a property besides its input (as a CLV
  // `window` or a churn `kind`): changing it must recompute the same rows.
  class ScaledMetric extends TestMetricClass {
    static override properties = { scale: { type: Number } };
    scale = 1;
    protected override computeOptions(): unknown {
      return { scale: this.scale };
    }
    protected override compute(input: unknown): TestResult {
      const result = super.compute(input) as TestResult;
      return { ...result, score: result.score === null ? null : result.score * this.scale };
    }
  }
  customElements.define('scaled-test-metric', ScaledMetric);

  it('recomputes the same input once when an option changes, and not for anything else', async () => {
    const el = document.createElement('scaled-test-metric') as ScaledMetric;
    el.data = [10, 10, 0, 7];
    document.body.append(el);
    try {
      await el.updateComplete;
      const log = record(el);
      expect(partText(el, 'value')).to.equal('25');
      el.scale = 2;
      await el.updateComplete;
      expect(partText(el, 'value')).to.equal('50');
      expect(log.computed).to.have.length(1);
      el.theme = 'dark';
      el.timeout = 20;
      await el.updateComplete;
      expect(log.computed).to.have.length(1);
    } finally {
      el.remove();
    }
  });
});
