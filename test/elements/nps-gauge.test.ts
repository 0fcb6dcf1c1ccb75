import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/elements/nps-gauge.js';
import '../../src/elements/metrics-source.js';
import type { NpsGauge, NpsResult } from '../../src/elements/nps-gauge.js';
import { partText, record, sleep, unique } from '../base/test-metric.js';

const json = (body: unknown) => `/api/json?${unique()}&body=${encodeURIComponent(JSON.stringify(body))}`;
const csv = (body: string) => `/api/csv?${unique()}&body=${encodeURIComponent(body)}`;
const slow = (ms: number, body: unknown) => `/api/slow?ms=${ms}&${unique()}&body=${encodeURIComponent(JSON.stringify(body))}`;
const until = (el: NpsGauge, state: string) =>
  waitUntil(() => el.state === state, `state ${state}, was ${el.state}`, { timeout: 4000 });
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const meter = (el: NpsGauge) => el.shadowRoot!.querySelector('[role="meter"]')!;
const groups = (el: NpsGauge) => [...el.shadowRoot!.querySelectorAll('[part~="group"]')].map((li) => li.textContent!.trim());

/** 40 promoters, 45 passives, 15 detractors (the worked example) as 100 responses. */
const worked = [...Array(40).fill(10), ...Array(45).fill(7), ...Array(15).fill(3)] as number[];

describe('<nps-gauge>: the worked example', () => {
  it('is accessible and shows 40/45/15 → 25 with margin, count and split', async () => {
    const el = await fixture<NpsGauge>(html`<nps-gauge promoters="40" passives="45" detractors="15"></nps-gauge>`);
    await expect(el).to.be.accessible();
    expect(el.state).to.equal('ready');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(el.dataRoute).to.equal('aggregated');
    expect(partText(el, 'label')).to.equal('Net Promoter Score');
    expect(partText(el, 'value')).to.equal('25');
    expect(partText(el, 'margin')).to.equal('±13.7');
    expect(partText(el, 'count')).to.equal('100 responses');
    expect(groups(el)).to.deep.equal(['40% promoters (40)', '45% passives (45)', '15% detractors (15)']);
    expect(part(el, 'change'), 'no change without previous').to.equal(null);
    expect(part(el, 'target'), 'no target tick without target').to.equal(null);
  });

  it('announces the gauge as a meter from −100 to 100 with a full label', async () => {
    const el = await fixture<NpsGauge>(html`<nps-gauge promoters="40" passives="45" detractors="15"></nps-gauge>`);
    const m = meter(el);
    expect(m.getAttribute('part')).to.equal('gauge');
    expect(m.getAttribute('aria-valuemin')).to.equal('-100');
    expect(m.getAttribute('aria-valuemax')).to.equal('100');
    expect(m.getAttribute('aria-valuenow')).to.equal('25');
    expect(m.getAttribute('aria-valuetext')).to.equal('25');
    expect(m.getAttribute('aria-label')).to.equal(
      'Net Promoter Score 25, ±13.7, from 100 responses: 40% promoters, 45% passives, 15% detractors',
    );
    expect(m.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('draws the indicator from 0 to the score and the marker at the score', async () => {
    // No transition, so the computed style is the end value at once.
    const el = await fixture<NpsGauge>(
      html`<nps-gauge style="--nps-gauge-duration: 0s" promoters="40" passives="45" detractors="15"></nps-gauge>`,
    );
    const indicator = part(el, 'indicator') as SVGPathElement;
    // The track is 200 units long (−100…100): 25 points from the middle (100).
    expect(getComputedStyle(indicator).strokeDasharray).to.equal('25px, 400px');
    expect(getComputedStyle(indicator).strokeDashoffset).to.equal('-100px');
    expect(part(el, 'marker')!.getAttribute('transform')).to.match(/^rotate\(22\.5 /);
    // No style attributes anywhere: a strict CSP (style-src 'self') would block them.
    expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
    // A negative score runs left from the middle.
    el.promoters = 10;
    el.detractors = 60;
    el.passives = 30;
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('-50');
    expect(getComputedStyle(indicator).strokeDasharray).to.equal('50px, 400px');
    expect(getComputedStyle(indicator).strokeDashoffset).to.equal('-50px');
    expect(part(el, 'marker')!.getAttribute('transform')).to.match(/^rotate\(-45 /);
    // The split bar's segments have the shares' widths.
    const widths = [...el.shadowRoot!.querySelectorAll('[part~="segment"]')].map((r) => Number(r.getAttribute('width')));
    expect(widths).to.deep.equal([10, 30, 60]);
  });

  it('shows a rounded score but fires the unrounded one', async () => {
    const el = document.createElement('nps-gauge');
    el.data = [9, 10, 6];
    setTimeout(() => document.body.append(el));
    const event = await oneEvent(el, 'metric-computed');
    try {
      const detail = event.detail as NpsResult;
      expect(detail.score).to.be.closeTo(33.333, 0.001);
      expect(detail.marginOfError).to.be.a('number');
      expect(partText(el, 'value')).to.equal('33');
      expect(meter(el).getAttribute('aria-valuenow')).to.equal('33.3');
      expect(partText(el, 'count')).to.equal('3 responses');
    } finally {
      el.remove();
    }
  });

  it('never shows "-0" for a slightly negative score, and says "1 response"', async () => {
    const el = await fixture<NpsGauge>(html`<nps-gauge promoters="0" passives="1" detractors="0"></nps-gauge>`);
    expect(partText(el, 'value')).to.equal('0');
    expect(partText(el, 'count')).to.equal('1 response');
    el.promoters = 499;
    el.passives = 2;
    el.detractors = 500;
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('0');
  });
});

describe('<nps-gauge>: data routes', () => {
  it('computes from the data property (responses with scores)', async () => {
    const el = await fixture<NpsGauge>(html`<nps-gauge .data=${worked.map((score) => ({ score }))}></nps-gauge>`);
    expect(el.dataRoute).to.equal('property');
    expect(partText(el, 'value')).to.equal('25');
  });

  it('computes from the data attribute (JSON) and from a child script', async () => {
    const el = await fixture<NpsGauge>(html`<nps-gauge data="[10,10,0,7]"></nps-gauge>`);
    expect(el.dataRoute).to.equal('attribute');
    expect(partText(el, 'value')).to.equal('25');
    const scripted = await fixture<NpsGauge>(
      html`<nps-gauge><script type="application/json">{"promoters": 40, "passives": 45, "detractors": 15}</script></nps-gauge>`,
    );
    expect(scripted.dataRoute).to.equal('script');
    expect(partText(scripted, 'value')).to.equal('25');
  });

  it('fetches JSON responses from src over HTTP', async () => {
    const el = await fixture<NpsGauge>(html`<nps-gauge src=${json(worked)}></nps-gauge>`);
    await until(el, 'ready');
    expect(el.dataRoute).to.equal('src');
    expect(partText(el, 'value')).to.equal('25');
    expect(partText(el, 'count')).to.equal('100 responses');
  });

  it('fetches JSON counts from an API', async () => {
    const el = await fixture<NpsGauge>(html`<nps-gauge src=${json({ promoters: 40, passives: 45, detractors: 15 })}></nps-gauge>`);
    await until(el, 'ready');
    expect(partText(el, 'value')).to.equal('25');
  });

  it('fetches a CSV of responses, and a one-row CSV of counts', async () => {
    const rows = 'score,customerId,comment\n10,a,great\n9,b,\n3,c,"slow, buggy"\n8,d,\n';
    const el = await fixture<NpsGauge>(html`<nps-gauge src=${csv(rows)}></nps-gauge>`);
    await until(el, 'ready');
    expect(partText(el, 'value')).to.equal('25');
    expect(partText(el, 'count')).to.equal('4 responses');
    const counts = await fixture<NpsGauge>(html`<nps-gauge src=${csv('promoters,passives,detractors\n40,45,15\n')}></nps-gauge>`);
    await until(counts, 'ready');
    expect(partText(counts, 'value')).to.equal('25');
  });

  it('takes the rows of a surrounding <metrics-source>', async () => {
    const wrap = await fixture(html`<metrics-source src=${json(worked)}><nps-gauge></nps-gauge></metrics-source>`);
    const el = wrap.querySelector('nps-gauge')!;
    await until(el, 'ready');
    expect(el.dataRoute).to.equal('source');
    expect(partText(el, 'value')).to.equal('25');
  });
});

describe('<nps-gauge>: states', () => {
  it('shows a busy skeleton while loading, then the value', async () => {
    const el = await fixture<NpsGauge>(html`<nps-gauge src=${slow(400, worked)}></nps-gauge>`);
    expect(el.state).to.equal('loading');
    expect(el.getAttribute('state')).to.equal('loading');
    expect(partText(el, 'skeleton')).to.equal('Loading Net Promoter Score…');
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
    expect(part(el, 'gauge')).to.equal(null);
    await expect(el).to.be.accessible();
    await until(el, 'ready');
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
    expect(partText(el, 'value')).to.equal('25');
  });

  it('is empty with no data, no responses, or zero counts', async () => {
    const el = await fixture<NpsGauge>(html`<nps-gauge></nps-gauge>`);
    await expect(el).to.be.accessible();
    expect(el.state).to.equal('empty');
    expect(partText(el, 'empty')).to.equal('No data yet.');
    el.data = [];
    await el.updateComplete;
    expect(el.state).to.equal('empty');
    el.data = { promoters: 0, passives: 0, detractors: 0 };
    await el.updateComplete;
    expect(el.state).to.equal('empty');
    expect(part(el, 'gauge')).to.equal(null);
  });

  it('keeps the last good value on screen, marked stale, after bad data', async () => {
    const el = await fixture<NpsGauge>(html`<nps-gauge .data=${worked}></nps-gauge>`);
    el.data = [9, 10, 11];
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.equal('Row 2, score: expected an integer from 0 to 10, got 11');
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(partText(el, 'value')).to.equal('25');
    expect(partText(el, 'stale')).to.contain('Showing the last good value.');
    await expect(el).to.be.accessible();
    el.data = [10];
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(part(el, 'stale')).to.equal(null);
    expect(partText(el, 'value')).to.equal('100');
  });
});

describe('<nps-gauge>: bad input', () => {
  const cases: Array<[string, () => ReturnType<typeof html>, 'network' | 'parse' | 'validation' | 'config', RegExp]> = [
    ['malformed JSON in the data attribute', () => html`<nps-gauge data="[9, 10"></nps-gauge>`, 'parse', /^The data attribute is not valid JSON/],
    ['malformed JSON from src', () => html`<nps-gauge src=${`/api/json?${unique()}&body=${encodeURIComponent('[9, 10')}`}></nps-gauge>`, 'parse', /not valid JSON/],
    ['a score of the wrong type', () => html`<nps-gauge .data=${[{ score: 'ten' }]}></nps-gauge>`, 'validation', /^Row 0, score: expected an integer from 0 to 10, got "ten"$/],
    ['a count of the wrong type', () => html`<nps-gauge .data=${{ promoters: '40', passives: 45, detractors: 15 }}></nps-gauge>`, 'validation', /^Promoters: expected a count/],
    ['a missing count', () => html`<nps-gauge .data=${{ promoters: 40, passives: 45 }}></nps-gauge>`, 'validation', /^Detractors: .*missing/],
    ['a score above 10', () => html`<nps-gauge .data=${[9, 12]}></nps-gauge>`, 'validation', /^Row 1, score: expected an integer from 0 to 10, got 12$/],
    ['a negative score', () => html`<nps-gauge .data=${[-1]}></nps-gauge>`, 'validation', /^Row 0, score: .*got -1$/],
    ['a fractional score', () => html`<nps-gauge .data=${[9.5]}></nps-gauge>`, 'validation', /^Row 0, score: .*got 9.5$/],
    ['something that is not rows', () => html`<nps-gauge .data=${'great'}></nps-gauge>`, 'validation', /expected an array/i],
    ['a CSV without the score column', () => html`<nps-gauge src=${csv('customerId,comment\na,hi\n')}></nps-gauge>`, 'validation', /^Row 0, score: .*missing/],
    ['a 404', () => html`<nps-gauge src=${`/api/status/404?${unique()}`}></nps-gauge>`, 'network', /answered 404/],
    ['a 500', () => html`<nps-gauge src=${`/api/status/500?${unique()}`}></nps-gauge>`, 'network', /answered 500/],
    ['an HTML body instead of JSON', () => html`<nps-gauge src=${`/api/text?${unique()}`}></nps-gauge>`, 'parse', /HTML page, not JSON/],
    ['a javascript: URL', () => html`<nps-gauge src="javascript:alert(1)"></nps-gauge>`, 'config', /not allowed/],
    ['an aggregated attribute left out', () => html`<nps-gauge promoters="40" passives="45"></nps-gauge>`, 'config', /^The detractors attribute is missing/],
    ['an aggregated attribute that is not a count', () => html`<nps-gauge promoters="forty" passives="45" detractors="15"></nps-gauge>`, 'config', /^promoters="forty": expected a count \(a whole number ≥ 0\)\.$/],
    ['a negative aggregated count', () => html`<nps-gauge promoters="40" passives="45" detractors="-15"></nps-gauge>`, 'config', /^detractors="-15": expected a count \(a whole number ≥ 0\)\.$/],
  ];
  for (const [name, template, kind, message] of cases) {
    it(`reports ${name} as a ${kind} error, without throwing`, async () => {
      const el = await fixture<NpsGauge>(template());
      await waitUntil(() => el.state !== 'loading', 'settles', { timeout: 4000 });
      expect(el.state).to.equal('error');
      expect(el.error!.kind).to.equal(kind);
      expect(partText(el, 'error')).to.match(message);
      expect(part(el, 'gauge'), 'nothing drawn without a good value').to.equal(null);
    });
  }

  it('fires metric-error once per failure with the issues', async () => {
    const el = await fixture<NpsGauge>(html`<nps-gauge></nps-gauge>`);
    const log = record(el);
    el.data = [9, 11, 12];
    await el.updateComplete;
    expect(log.errors).to.have.length(1);
    expect(log.errors[0]!.issues).to.have.length(2);
    expect(log.computed).to.have.length(0);
    el.target = 10; // presentation: no new error event
    await el.updateComplete;
    expect(log.errors).to.have.length(1);
  });

  it('lets a newer src win over a slow older answer', async () => {
    const el = await fixture<NpsGauge>(html`<nps-gauge></nps-gauge>`);
    const log = record(el);
    el.src = slow(600, [0, 0]);
    await el.updateComplete;
    await sleep(50);
    el.src = json([10, 10]);
    await until(el, 'ready');
    expect(partText(el, 'value')).to.equal('100');
    await sleep(800);
    expect(partText(el, 'value'), 'the slow answer never shows').to.equal('100');
    expect(log.computed).to.have.length(1);
  });
});

describe('<nps-gauge>: previous and target', () => {
  it('shows the change from previous with a symbol and words, and the target tick', async () => {
    const el = await fixture<NpsGauge>(
      html`<nps-gauge promoters="40" passives="45" detractors="15" previous="20" target="30"></nps-gauge>`,
    );
    await expect(el).to.be.accessible();
    expect(partText(el, 'change')).to.equal('▲ +5 vs previous');
    expect(part(el, 'change')!.getAttribute('data-trend')).to.equal('up');
    expect(partText(el, 'target-label')).to.equal('Target 30');
    const tick = part(el, 'target')!;
    expect(tick.getAttribute('transform')).to.equal('rotate(27 100 100)');
    expect(meter(el).getAttribute('aria-label')).to.equal(
      'Net Promoter Score 25, ±13.7, from 100 responses: 40% promoters, 45% passives, 15% detractors; up 5 from 20; target 30',
    );
  });

  it('says down, unchanged and met in text, not colour alone', async () => {
    const el = await fixture<NpsGauge>(
      html`<nps-gauge promoters="40" passives="45" detractors="15" previous="31" target="25"></nps-gauge>`,
    );
    expect(partText(el, 'change')).to.equal('▼ -6 vs previous');
    expect(partText(el, 'target-label')).to.equal('Target 25 · met');
    expect(meter(el).getAttribute('aria-label')).to.contain('; down 6 from 31; target 25, met');
    el.previous = 25;
    await el.updateComplete;
    expect(partText(el, 'change')).to.equal('● no change vs previous');
    expect(meter(el).getAttribute('aria-label')).to.contain('; unchanged from 25;');
    el.previous = undefined;
    el.target = undefined;
    await el.updateComplete;
    expect(part(el, 'change')).to.equal(null);
    expect(part(el, 'target')).to.equal(null);
  });

  it('uses the label attribute as heading and accessible name', async () => {
    const el = await fixture<NpsGauge>(html`<nps-gauge label="Enterprise NPS" .data=${[10, 0]}></nps-gauge>`);
    expect(partText(el, 'label')).to.equal('Enterprise NPS');
    expect(meter(el).getAttribute('aria-label')).to.match(/^Enterprise NPS 0, /);
    el.label = '';
    await el.updateComplete;
    expect(partText(el, 'label')).to.equal('Net Promoter Score');
  });
});

describe('<nps-gauge>: events', () => {
  it('fires metric-computed once per computation, never for presentation changes made in code', async () => {
    const el = await fixture<NpsGauge>(html`<nps-gauge promoters="40" passives="45" detractors="15"></nps-gauge>`);
    const log = record(el);
    el.previous = 10;
    el.target = 50;
    el.label = 'Our NPS';
    el.theme = 'dark';
    el.locale = 'de-DE';
    el.currency = 'EUR';
    await el.updateComplete;
    expect(partText(el, 'label')).to.equal('Our NPS');
    expect(log.computed).to.have.length(0);
    // The same counts set again: nothing recomputed.
    el.promoters = 40;
    el.requestUpdate();
    await el.updateComplete;
    expect(log.computed).to.have.length(0);
    el.detractors = 5;
    await el.updateComplete;
    expect(log.computed).to.have.length(1);
    expect((log.computed[0] as NpsResult).score).to.be.closeTo(35 / 0.9, 1e-9);
    expect(log.errors).to.have.length(0);
  });
});

describe('<nps-gauge>: theme, locale and layout', () => {
  it('formats and words in de-DE: "±13,7", "40 % Promotoren"', async () => {
    const el = await fixture<NpsGauge>(html`<nps-gauge locale="de-DE" currency="EUR" .data=${worked} previous="19.6"></nps-gauge>`);
    expect(partText(el, 'margin')).to.equal('±13,7');
    expect(groups(el)[0]).to.equal('40\u00a0% Promotoren (40)');
    expect(partText(el, 'change')).to.equal('▲ +5 ggü. vorher');
    expect(partText(el, 'label')).to.equal('Net Promoter Score');
    expect(meter(el).getAttribute('aria-label')).to.contain('25, ±13,7, aus 100 Antworten: 40\u00a0% Promotoren');
    el.locale = 'en-US';
    await el.updateComplete;
    expect(partText(el, 'margin')).to.equal('±13.7');
    expect(groups(el)[0]).to.equal('40% promoters (40)');
  });

  it('follows the closest lang', async () => {
    const wrap = fixtureSync(html`<div lang="fr-FR"><nps-gauge .data=${[...Array(1000).fill(10), 0]}></nps-gauge></div>`);
    const el = wrap.querySelector('nps-gauge')!;
    await el.updateComplete;
    expect(partText(el, 'count')).to.equal('1\u202f001 réponses');
  });

  it('changes the drawn colours with the theme and the CSS hooks', async () => {
    const el = await fixture<NpsGauge>(html`<nps-gauge .data=${worked} target="30"></nps-gauge>`);
    const indicator = part(el, 'indicator')!;
    const track = part(el, 'track')!;
    const light = getComputedStyle(indicator).stroke;
    const lightTrack = getComputedStyle(track).stroke;
    el.theme = 'dark';
    await el.updateComplete;
    expect(getComputedStyle(indicator).stroke).to.not.equal(light);
    expect(getComputedStyle(track).stroke).to.not.equal(lightTrack);
    el.style.setProperty('--csm-accent', 'rgb(1, 2, 3)');
    expect(getComputedStyle(indicator).stroke, 'global token').to.equal('rgb(1, 2, 3)');
    el.style.setProperty('--nps-gauge-indicator-color', 'rgb(4, 5, 6)');
    el.style.setProperty('--nps-gauge-promoter-color', 'rgb(7, 8, 9)');
    el.style.setProperty('--nps-gauge-target-color', 'rgb(10, 11, 12)');
    expect(getComputedStyle(indicator).stroke, 'per-tag hook wins').to.equal('rgb(4, 5, 6)');
    expect(getComputedStyle(part(el, 'promoters')!).fill).to.equal('rgb(7, 8, 9)');
    expect(getComputedStyle(part(el, 'target')!.querySelector('line')!).stroke).to.equal('rgb(10, 11, 12)');
  });

  it('follows prefers-color-scheme with theme="auto"', async () => {
    const el = await fixture<NpsGauge>(html`<nps-gauge theme="auto" .data=${worked}></nps-gauge>`);
    try {
      await emulateMedia({ colorScheme: 'light' });
      const light = getComputedStyle(part(el, 'indicator')!).stroke;
      await emulateMedia({ colorScheme: 'dark' });
      expect(getComputedStyle(part(el, 'indicator')!).stroke).to.not.equal(light);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('moves the indicator with a transition that stops under prefers-reduced-motion', async () => {
    const el = await fixture<NpsGauge>(html`<nps-gauge .data=${worked}></nps-gauge>`);
    try {
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(getComputedStyle(part(el, 'indicator')!).transitionDuration).to.not.match(/^0s(, 0s)*$/);
      expect(getComputedStyle(part(el, 'marker')!).transitionDuration).to.not.equal('0s');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(part(el, 'indicator')!).transitionProperty).to.equal('none');
      expect(getComputedStyle(part(el, 'marker')!).transitionProperty).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('fills the width of its container', async () => {
    const wrap = fixtureSync<HTMLDivElement>(html`<div style="width: 240px"><nps-gauge .data=${worked}></nps-gauge></div>`);
    const el = wrap.querySelector('nps-gauge')!;
    await el.updateComplete;
    const svg = part(el, 'gauge')!.querySelector('svg')!;
    expect(svg.getBoundingClientRect().width).to.be.closeTo(240, 1);
    wrap.style.width = '480px';
    expect(svg.getBoundingClientRect().width).to.be.closeTo(480, 1);
    const small = parseFloat(getComputedStyle(part(el, 'value')!).fontSize);
    wrap.style.width = '200px';
    expect(parseFloat(getComputedStyle(part(el, 'value')!).fontSize), 'the score scales down').to.be.below(small);
  });
});

describe('<nps-gauge>: safety', () => {
  it('renders an XSS payload in comments, customer ids and the label as inert text', async () => {
    const payload = '<img src=x onerror="window.__npsPwned=1">';
    const rows = [
      { score: 10, comment: payload, customerId: payload },
      { score: 3, comment: '<script>window.__npsPwned=2</script>', customerId: 'b' },
    ];
    const el = await fixture<NpsGauge>(html`<nps-gauge .data=${rows} label=${payload}></nps-gauge>`);
    const fromAttr = await fixture<NpsGauge>(html`<nps-gauge data=${JSON.stringify(rows)}></nps-gauge>`);
    await sleep(50);
    expect(el.state).to.equal('ready');
    expect(fromAttr.state).to.equal('ready');
    expect(partText(el, 'label')).to.equal(payload);
    expect(meter(el).getAttribute('aria-label')).to.match(/^<img src=x/);
    for (const gauge of [el, fromAttr]) {
      expect(gauge.shadowRoot!.querySelector('img, script')).to.equal(null);
    }
    expect((window as unknown as { __npsPwned?: number }).__npsPwned).to.equal(undefined);
  });
});
