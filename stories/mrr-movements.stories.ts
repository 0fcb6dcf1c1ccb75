import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/elements/mrr-movements.js';
import { generateDataset } from '../scripts/sample-data.mjs';
import { fixture, HELD, inColumn, onDark, shownText, untilState, withHeldRequests } from './helpers.js';

/**
 * `<mrr-movements>` shows where MRR came from and went each month: new,
 * expansion and reactivation MRR as bars above zero, contraction and churn
 * below, the net movement as a line (Chart.js, loaded on first draw). The
 * legend's buttons hide or show a series. Screen readers get a table of
 * every movement and the end-of-month MRR.
 */
const meta: Meta = {
  title: 'Elements/mrr-movements',
  component: 'mrr-movements',
  decorators: [inColumn('44rem')],
};
export default meta;
type Story = StoryObj;

const part = (el: Element, name: string) => el.shadowRoot?.querySelector(`[part~="${name}"]`)?.textContent?.trim() ?? '';
const movements = (canvas: HTMLElement) => canvas.querySelector('mrr-movements')!;
const dataset = generateDataset({ seed: 42, customers: 400, months: 24 });

// A warehouse's already computed rows.
const computed = [
  { month: '2026-08', startMrr: 42000, new: 3100, expansion: 1400, contraction: 600, churn: 1900, reactivation: 300, endMrr: 44300 },
  { month: '2026-09', startMrr: 44300, new: 2800, expansion: 900, contraction: 400, churn: 2600, reactivation: 0, endMrr: 45000 },
  { month: '2026-10', startMrr: 45000, new: 3600, expansion: 1700, contraction: 800, churn: 1500, reactivation: 500, endMrr: 48500 },
];

/** The last 12 months of MRR changes fetched as JSON. */
export const FromJson: Story = {
  render: () => html`<mrr-movements months="12" src=${fixture('mrr-changes.json')}></mrr-movements>`,
  play: async ({ canvasElement }) => {
    const el = movements(canvasElement);
    await untilState(el, 'ready');
    await expect(part(el, 'label')).toMatch(/^Net MRR movement in /);
  },
};

/** Two years of a generated SaaS, set on the `data` property. */
export const FromProperty: Story = {
  render: () => html`<mrr-movements .data=${dataset.mrrChanges}></mrr-movements>`,
};

/** Rows already computed by a warehouse. */
export const Aggregated: Story = {
  render: () => html`<mrr-movements .data=${computed}></mrr-movements>`,
  play: async ({ canvasElement }) => {
    const el = movements(canvasElement);
    await untilState(el, 'ready');
    await expect(part(el, 'value')).toBe('+$3,500');
  },
};

/** A request still in flight. */
export const Loading: Story = {
  tags: ['state:loading'],
  decorators: [withHeldRequests],
  render: () => html`<mrr-movements src=${HELD + 'mrr-changes.json'}></mrr-movements>`,
};

/** No rows yet. */
export const Empty: Story = {
  tags: ['state:empty'],
  render: () => html`<mrr-movements .data=${[]}></mrr-movements>`,
};

/** A file that is not there. */
export const NotFound: Story = {
  tags: ['state:error'],
  render: () => html`<mrr-movements src=${fixture('missing.json')}></mrr-movements>`,
};

/** Good rows, then a row whose end MRR does not add up: row and field named, the last chart kept. */
export const Stale: Story = {
  tags: ['state:error'],
  render: () => html`<mrr-movements .data=${computed}></mrr-movements>`,
  play: async ({ canvasElement }) => {
    const el = movements(canvasElement);
    await untilState(el, 'ready');
    (el as HTMLElement & { data: unknown }).data = [...computed, { ...computed[2]!, month: '2026-11', endMrr: 1 }];
    await untilState(el, 'error');
    await expect(part(el, 'error')).toContain('Row 3, endMrr');
    await expect(shownText(el)).toContain('Showing the last good value.');
  },
};

/** `theme="dark"` on a dark page. */
export const DarkTheme: Story = {
  decorators: [onDark],
  render: () => html`<mrr-movements theme="dark" .data=${computed}></mrr-movements>`,
};

/** Euros in German. */
export const German: Story = {
  render: () => html`<mrr-movements locale="de-DE" currency="EUR" .data=${computed}></mrr-movements>`,
};
