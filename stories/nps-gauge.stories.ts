import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/elements/nps-gauge.js';
import { caption, fixture, HELD, inColumn, onDark, shownText, untilState, withHeldRequests } from './helpers.js';
import { surveyResponses } from './sample.js';

/**
 * `<nps-gauge>` shows the Net Promoter Score on a half-circle gauge from −100
 * to 100: the score, its ± margin of error, the number of responses, and the
 * split into promoters (9–10), passives (7–8) and detractors (0–6) as a bar and
 * as text. `previous` adds the change ("▲ +5 vs previous"), `target` a tick on
 * the gauge. It takes survey responses (`[{ score }]` or `[9, 10, 6]`), counts
 * from an API (`{ promoters, passives, detractors }`), or the same counts as
 * attributes. Drawn in SVG: a page with only this element loads no chart library.
 */
const meta: Meta = {
  title: 'Elements/nps-gauge',
  component: 'nps-gauge',
  decorators: [inColumn('22rem')],
};
export default meta;
type Story = StoryObj;

const gauge = (canvas: HTMLElement) => canvas.querySelector('nps-gauge')!;
const part = (el: Element, name: string) => el.shadowRoot?.querySelector(`[part~="${name}"]`)?.textContent?.trim() ?? '';

/** Survey responses from a JSON file, compared with last quarter's score and a target. */
export const FromJsonUrl: Story = {
  render: () => html`<nps-gauge src=${fixture('survey.json')} previous="12" target="30"></nps-gauge>`,
  play: async ({ canvasElement }) => {
    const el = gauge(canvasElement);
    await untilState(el, 'ready');
    await expect(part(el, 'count')).toBe('240 responses');
    await expect(part(el, 'change')).toMatch(/^[▲▼●] /);
    await expect(el.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-label')).toContain('target 30');
  },
};

/** The same responses as CSV (`score,date,customerId,segment`): the format comes from the extension. */
export const FromCsv: Story = {
  render: () => html`<nps-gauge src=${fixture('survey.csv')}></nps-gauge>`,
  play: async ({ canvasElement }) => {
    const el = gauge(canvasElement);
    await untilState(el, 'ready');
    await expect(part(el, 'count')).toBe('240 responses');
  },
};

/** Responses set on the `data` property from script, with a custom heading. */
export const FromProperty: Story = {
  render: () => html`<nps-gauge label="Enterprise NPS" .data=${surveyResponses().filter((r) => r.segment === 'Enterprise')}></nps-gauge>`,
};

/** Bare scores in a child `<script type="application/json">`. */
export const InlineScript: Story = {
  render: () => html`<nps-gauge><script type="application/json">[10, 9, 9, 8, 7, 10, 3, 6, 9, 10]</script></nps-gauge>`,
};

/** Counts already aggregated by a server, as attributes: the worked example 40/45/15 → 25. */
export const Aggregated: Story = {
  render: () => html`<nps-gauge promoters="40" passives="45" detractors="15" previous="20" target="30"></nps-gauge>`,
  play: async ({ canvasElement }) => {
    const el = gauge(canvasElement);
    await untilState(el, 'ready');
    await expect(part(el, 'value')).toBe('25');
    await expect(part(el, 'margin')).toBe('±13.7');
    await expect(part(el, 'change')).toBe('▲ +5 vs previous');
  },
};

/** A negative score falling short of its target: the arc runs left from 0. */
export const Negative: Story = {
  render: () => html`<nps-gauge .data=${{ promoters: 12, passives: 20, detractors: 48 }} previous="-22" target="0"></nps-gauge>`,
  play: async ({ canvasElement }) => {
    const el = gauge(canvasElement);
    await untilState(el, 'ready');
    await expect(part(el, 'value')).toBe('-45');
    await expect(part(el, 'change')).toBe('▼ -23 vs previous');
  },
};

/** While the request is in flight: a skeleton, `aria-busy="true"`. */
export const Loading: Story = {
  tags: ['state:loading'],
  decorators: [withHeldRequests],
  render: () => html`<nps-gauge src=${HELD + 'survey.json'}></nps-gauge>`,
};

/** No responses yet. */
export const Empty: Story = {
  tags: ['state:empty'],
  render: () => html`<nps-gauge .data=${[]}></nps-gauge>`,
  play: async ({ canvasElement }) => {
    await expect(shownText(gauge(canvasElement))).toBe('No data yet.');
  },
};

/** A URL that answers 404: the message names the status and the URL. */
export const NotFound: Story = {
  tags: ['state:error'],
  render: () => html`<nps-gauge src=${fixture('missing.json')}></nps-gauge>`,
};

/** A file with a score of 11 and a row without a score: the message names the row and the field. */
export const InvalidRows: Story = {
  tags: ['state:error'],
  render: () => html`<nps-gauge src=${fixture('survey-invalid.json')}></nps-gauge>`,
  play: async ({ canvasElement }) => {
    const el = gauge(canvasElement);
    await untilState(el, 'error');
    await expect(part(el, 'error')).toContain('Row 2, score');
  },
};

/** A file cut off half-way: a parse error. */
export const Truncated: Story = {
  tags: ['state:error'],
  render: () => html`<nps-gauge src=${fixture('survey-truncated.json')}></nps-gauge>`,
};

/** Good data, then bad data: the last good score stays on screen, marked stale, under the error. */
export const Stale: Story = {
  tags: ['state:error'],
  render: () => {
    const el = document.createElement('nps-gauge');
    el.addEventListener('metric-computed', () => setTimeout(() => (el.data = [9, 10, 11])), { once: true });
    el.data = [10, 10, 9, 8, 3];
    return el;
  },
  play: async ({ canvasElement }) => {
    const el = gauge(canvasElement);
    await untilState(el, 'error');
    await expect(part(el, 'value')).toBe('40');
    await expect(shownText(el)).toContain('Showing the last good value.');
  },
};

/** `theme="dark"` on a dark page. */
export const DarkTheme: Story = {
  decorators: [onDark],
  render: () => html`<nps-gauge theme="dark" promoters="52" passives="30" detractors="18" previous="30" target="40"></nps-gauge>`,
};

/** German number format (`locale="de-DE"`): "±13,7", "40 % promoters". */
export const German: Story = {
  render: () => html`<nps-gauge locale="de-DE" currency="EUR" promoters="40" passives="45" detractors="15" previous="25"></nps-gauge>`,
  play: async ({ canvasElement }) => {
    const el = gauge(canvasElement);
    await untilState(el, 'ready');
    await expect(part(el, 'margin')).toBe('±13,7');
    await expect(part(el, 'change')).toBe('● no change vs previous');
  },
};

/** Per-tag CSS hooks (`--nps-gauge-*-color`) over the global tokens. */
export const CustomColours: Story = {
  render: () => html`<nps-gauge
    style="--nps-gauge-indicator-color:#7c3aed;--nps-gauge-track-color:#ede9fe;--nps-gauge-promoter-color:#0e7490;--nps-gauge-passive-color:#94a3b8;--nps-gauge-detractor-color:#be123c;--nps-gauge-target-color:#7c3aed"
    promoters="61"
    passives="27"
    detractors="12"
    target="50"
  ></nps-gauge>`,
};

/** The gauge follows its container's width: a narrow and a wide column. */
export const Widths: Story = {
  decorators: [],
  render: () => html`<div style="display:flex;gap:1.5rem;align-items:start;flex-wrap:wrap">
    <div style="width:12rem">${caption('12rem')}<nps-gauge promoters="40" passives="45" detractors="15"></nps-gauge></div>
    <div style="width:30rem">${caption('30rem')}<nps-gauge promoters="40" passives="45" detractors="15"></nps-gauge></div>
  </div>`,
  play: async ({ canvasElement }) => {
    for (const el of canvasElement.querySelectorAll('nps-gauge')) await untilState(el, 'ready');
  },
};
