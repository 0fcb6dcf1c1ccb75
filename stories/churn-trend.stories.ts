import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/elements/churn-trend.js';
import { generateDataset } from '../scripts/sample-data.mjs';
import { fixture, HELD, inColumn, onDark, shownText, untilState, withHeldRequests } from './helpers.js';

/**
 * `<churn-trend>` draws monthly churn as a line (Chart.js), with the latest
 * rate, its change from the month before in percentage points (arrow and
 * words, not colour alone) and an optional dashed target line. It computes
 * customer churn from customers or MRR changes (`kind="customer"`), gross or
 * net revenue churn from MRR changes (`kind="gross-revenue|net-revenue"`), or
 * draws already-aggregated `{ month, rate }` rows as given. `months` keeps the
 * last N months. Screen readers get a data table of every month.
 */
const meta: Meta = {
  title: 'Elements/churn-trend',
  component: 'churn-trend',
  decorators: [inColumn('40rem')],
};
export default meta;
type Story = StoryObj;

const part = (el: Element, name: string) => el.shadowRoot?.querySelector(`[part~="${name}"]`)?.textContent?.trim() ?? '';
const trend = (canvas: HTMLElement) => canvas.querySelector('churn-trend')!;

// 400 customers over two years of a generated SaaS (same numbers every run).
const dataset = generateDataset({ seed: 42, customers: 400, months: 24 });

// A warehouse's monthly rates; May had no customers at its start yet (a gap).
const rates = [
  { month: '2026-03', rate: null },
  { month: '2026-04', rate: 0.031 },
  { month: '2026-05', rate: 0.027 },
  { month: '2026-06', rate: 0.029 },
  { month: '2026-07', rate: 0.024 },
  { month: '2026-08', rate: 0.022 },
  { month: '2026-09', rate: 0.024 },
  { month: '2026-10', rate: 0.021 },
];

/** Customer churn from customer records fetched as CSV, with a 2 % target. */
export const FromCsv: Story = {
  render: () => html`<churn-trend src=${fixture('customers.csv')} target="0.02"></churn-trend>`,
  play: async ({ canvasElement }) => {
    const el = trend(canvasElement);
    await untilState(el, 'ready');
    await expect(part(el, 'label')).toMatch(/^Customer churn in /);
    await expect(el.shadowRoot!.querySelector('canvas')!.getAttribute('aria-label')).toContain('target 2%');
  },
};

/** Gross revenue churn from MRR changes fetched as JSON. */
export const GrossRevenueFromJson: Story = {
  render: () => html`<churn-trend kind="gross-revenue" src=${fixture('mrr-changes.json')}></churn-trend>`,
  play: async ({ canvasElement }) => {
    const el = trend(canvasElement);
    await untilState(el, 'ready');
    await expect(part(el, 'label')).toMatch(/^Gross revenue churn in /);
  },
};

/** Net revenue churn (expansion can push it below zero), last 12 months of a generated history. */
export const NetRevenueLastYear: Story = {
  render: () => html`<churn-trend kind="net-revenue" months="12" .data=${dataset.mrrChanges}></churn-trend>`,
};

/** Customer churn over two years from customer records set on the `data` property, target 0.5 % a month. */
export const FromProperty: Story = {
  render: () => html`<churn-trend .data=${dataset.customers} target="0.005"></churn-trend>`,
};

/** Aggregated input: `{ month, rate }` rows from a warehouse; a `null` month is a gap. */
export const AggregatedRates: Story = {
  render: () => html`<churn-trend .data=${rates} target="0.025"></churn-trend>`,
  play: async ({ canvasElement }) => {
    const el = trend(canvasElement);
    await untilState(el, 'ready');
    await expect(part(el, 'value')).toBe('2.1%');
    await expect(part(el, 'change')).toBe('▼ 0.3 pts lower than Sep 2026');
  },
};

/** A request still in flight: a skeleton, `aria-busy="true"`. */
export const Loading: Story = {
  tags: ['state:loading'],
  decorators: [withHeldRequests],
  render: () => html`<churn-trend src=${HELD + 'customers.csv'}></churn-trend>`,
};

/** No rows yet. */
export const Empty: Story = {
  tags: ['state:empty'],
  render: () => html`<churn-trend .data=${[]}></churn-trend>`,
};

/** A file that is not there: a 404 explained in one sentence. */
export const NotFound: Story = {
  tags: ['state:error'],
  render: () => html`<churn-trend src=${fixture('missing.json')}></churn-trend>`,
};

/** Good rates, then a rate given in percent: the error names row and field, the last chart stays, marked stale. */
export const Stale: Story = {
  tags: ['state:error'],
  render: () => html`<churn-trend .data=${rates}></churn-trend>`,
  play: async ({ canvasElement }) => {
    const el = trend(canvasElement);
    await untilState(el, 'ready');
    el.data = [...rates, { month: '2026-11', rate: 2.4 }];
    await untilState(el, 'error');
    await expect(part(el, 'error')).toContain('Row 8, rate');
    await expect(part(el, 'value')).toBe('2.1%');
    await expect(shownText(el)).toContain('Showing the last good value.');
  },
};

/** `theme="dark"` on a dark page: the line, grid and labels take the dark tokens. */
export const DarkTheme: Story = {
  decorators: [onDark],
  render: () => html`<churn-trend theme="dark" .data=${rates} target="0.025"></churn-trend>`,
};

/** German percentages and month names: `locale="de-DE"`. */
export const German: Story = {
  render: () => html`<churn-trend locale="de-DE" currency="EUR" .data=${rates} target="0.025"></churn-trend>`,
  play: async ({ canvasElement }) => {
    const el = trend(canvasElement);
    await untilState(el, 'ready');
    await expect(part(el, 'value')).toMatch(/^2,1\s%$/);
    await expect(part(el, 'label')).toContain('Okt. 2026');
  },
};

/** Restyled through its CSS hooks: line, target and grid colours, and a taller chart. */
export const CustomColours: Story = {
  render: () =>
    html`<churn-trend
      style="--churn-trend-line-color: #8250df; --churn-trend-target-color: #bf8700; --churn-trend-grid-color: #eee; --churn-trend-height: 18rem"
      .data=${rates}
      target="0.025"
    ></churn-trend>`,
};
