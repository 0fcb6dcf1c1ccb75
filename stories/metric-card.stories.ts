import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/elements/metric-card.js';
import '../src/elements/metrics-source.js';
import { generateDataset } from '../scripts/sample-data.mjs';
import { fixture, HELD, inColumn, onDark, shownText, untilState, withHeldRequests } from './helpers.js';

/**
 * `<metric-card>` shows any of 27 measures named by `metric`: the value in its
 * unit (money, percent, ratio, number, hours, days, minutes), the change
 * against the month before for monthly measures, a sparkline of the last
 * `months` months (inline SVG, described in words and listed in a table for
 * screen readers), and a `target` said in words with the measure's direction.
 * One story per measure family and per state.
 */
const meta: Meta = {
  title: 'Elements/metric-card',
  component: 'metric-card',
  decorators: [inColumn('20rem')],
};
export default meta;
type Story = StoryObj;

const part = (el: Element, name: string) => el.shadowRoot?.querySelector(`[part~="${name}"]`)?.textContent?.trim() ?? '';
const card = (canvas: HTMLElement) => canvas.querySelector('metric-card')!;

// Two years of a generated SaaS (same numbers every run).
const data = generateDataset({ seed: 42, customers: 300, months: 24 });

// Usage events of two accounts over three months; `report` is a feature, `first-report` the milestone.
const events = [
  { customerId: 'a', userId: 'u1', date: '2026-01-02T10:00:00Z', feature: 'login', durationSeconds: 600 },
  { customerId: 'a', userId: 'u2', date: '2026-01-02T11:00:00Z', feature: 'report', durationSeconds: 1200 },
  { customerId: 'b', userId: 'u3', date: '2026-01-15T09:00:00Z', feature: 'login', durationSeconds: 240 },
  { customerId: 'a', userId: 'u1', date: '2026-02-03T10:00:00Z', feature: 'first-report', durationSeconds: 900 },
  { customerId: 'b', userId: 'u3', date: '2026-02-04T10:00:00Z', feature: 'report', durationSeconds: 300 },
  { customerId: 'a', userId: 'u1', date: '2026-03-01T10:00:00Z', feature: 'report', durationSeconds: 1500 },
  { customerId: 'b', userId: 'u3', date: '2026-03-20T10:00:00Z', feature: 'first-report', durationSeconds: 420 },
];
const accounts = [
  { id: 'a', start: '2026-01-01' },
  { id: 'b', start: '2026-01-10' },
];

/** Revenue: MRR from a JSON file of MRR changes, with its change against last month and a target. */
export const RevenueMrr: Story = {
  render: () => html`<metric-card metric="mrr" src=${fixture('mrr-changes.json')} target="10000"></metric-card>`,
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await untilState(el, 'ready');
    await expect(part(el, 'label')).toBe('MRR');
    await expect(part(el, 'change')).toMatch(/vs /);
    await expect(part(el, 'target')).toMatch(/Target (not )?met/);
  },
};

/** Revenue: net revenue retention over 12 months, from the generated SaaS's MRR changes. */
export const RevenueNrr: Story = {
  render: () => html`<metric-card metric="nrr" .data=${data.mrrChanges} target="1"></metric-card>`,
};

/** Churn: customer churn from customer records fetched as CSV; lower is better. */
export const CustomerChurn: Story = {
  render: () => html`<metric-card metric="customer-churn" src=${fixture('customers.csv')} target="0.03"></metric-card>`,
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await untilState(el, 'ready');
    await expect(part(el, 'value')).toMatch(/%$/);
  },
};

/** Usage: stickiness (DAU ÷ MAU) from usage events. */
export const UsageStickiness: Story = {
  render: () => html`<metric-card metric="stickiness" .data=${events}></metric-card>`,
};

/** Usage: adoption of one feature; `feature` is required. */
export const UsageAdoption: Story = {
  render: () => html`<metric-card metric="product-adoption" feature="report" .data=${events}></metric-card>`,
};

/** Usage: median days from an account's start to its first use of the milestone feature. */
export const UsageTimeToValue: Story = {
  render: () =>
    html`<metric-card metric="time-to-value" milestone="first-report" .data=${{ customers: accounts, events }}></metric-card>`,
};

/** Survey: NPS over every response, with a sparkline month by month. */
export const SurveyNps: Story = {
  render: () => html`<metric-card metric="nps" src=${fixture('survey.json')} target="30"></metric-card>`,
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await untilState(el, 'ready');
    await expect(part(el, 'label')).toBe('Net Promoter Score');
  },
};

/** Survey: CSAT, the share of 4s and 5s. */
export const SurveyCsat: Story = {
  render: () => html`<metric-card metric="csat" .data=${data.csatResponses} target="0.8"></metric-card>`,
};

/** Support: median first response time in hours; lower is better. */
export const SupportResponseTime: Story = {
  render: () => html`<metric-card metric="first-response-time" .data=${data.tickets} target="4"></metric-card>`,
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await untilState(el, 'ready');
    await expect(part(el, 'target')).toContain('lower is better');
  },
};

/** Support: renewal rate of the renewals due. */
export const SupportRenewals: Story = {
  render: () => html`<metric-card metric="renewal-rate" .data=${data.renewals}></metric-card>`,
};

/** Orders: average order value. */
export const OrdersAverageValue: Story = {
  render: () => html`<metric-card metric="average-order-value" .data=${data.orders}></metric-card>`,
};

/** Unit economics: ARR per customer success manager, from attributes. */
export const GivenArrPerCsm: Story = {
  render: () => html`<metric-card metric="arr-per-csm" arr="2400000" csms="2.5" target="1000000"></metric-card>`,
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await untilState(el, 'ready');
    await expect(part(el, 'value')).toBe('$960,000');
  },
};

/** Figures computed elsewhere: `value`, `previous`, `unit`. */
export const GivenFigures: Story = {
  render: () => html`<metric-card metric="nrr" value="1.06" previous="1.02" target="1"></metric-card>`,
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await untilState(el, 'ready');
    await expect(part(el, 'value')).toBe('106%');
    await expect(part(el, 'change')).toBe('▲ +4 pts vs previous, better');
  },
};

/** One `<metrics-source>` feeding several cards. */
export const FromOneSource: Story = {
  render: () =>
    html`<metrics-source src=${fixture('mrr-changes.json')}>
      <metric-card metric="arr"></metric-card>
      <metric-card metric="quick-ratio" target="4"></metric-card>
    </metrics-source>`,
};

/** A request still in flight: a skeleton, `aria-busy="true"`. */
export const Loading: Story = {
  tags: ['state:loading'],
  decorators: [withHeldRequests],
  render: () => html`<metric-card metric="mrr" src=${HELD + 'mrr-changes.json'}></metric-card>`,
};

/** No rows yet. */
export const Empty: Story = {
  tags: ['state:empty'],
  render: () => html`<metric-card metric="mrr" .data=${[]}></metric-card>`,
};

/** An unknown metric: a config error naming the known ones. */
export const UnknownMetric: Story = {
  tags: ['state:error'],
  render: () => html`<metric-card metric="happiness" .data=${[]}></metric-card>`,
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await untilState(el, 'error');
    await expect(part(el, 'error')).toContain('expected one of mrr, arr');
  },
};

/** Good rows, then a bad one: the error names row and field, the last value stays, marked stale. */
export const Stale: Story = {
  tags: ['state:error'],
  render: () => html`<metric-card metric="mrr" .data=${data.mrrChanges}></metric-card>`,
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await untilState(el, 'ready');
    el.data = [{ customerId: 'x', date: 'someday', mrr: 10 }];
    await untilState(el, 'error');
    await expect(part(el, 'error')).toMatch(/^Row 0, date: /);
    await expect(shownText(el)).toContain('Showing the last good value.');
  },
};

/** `theme="dark"` on a dark page. */
export const DarkTheme: Story = {
  decorators: [onDark],
  render: () => html`<metric-card theme="dark" metric="arpa" .data=${data.mrrChanges} target="100"></metric-card>`,
};

/** German number format and euros. */
export const GermanEuros: Story = {
  render: () => html`<metric-card locale="de-DE" currency="EUR" metric="mrr" .data=${data.mrrChanges}></metric-card>`,
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await untilState(el, 'ready');
    await expect(part(el, 'value')).toMatch(/€$/);
  },
};
