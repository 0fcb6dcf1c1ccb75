import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/elements/clv-card.js';
import { generateDataset } from '../scripts/sample-data.mjs';
import { fixture, HELD, inColumn, onDark, shownText, untilState, withHeldRequests } from './helpers.js';
import { mrrChanges } from './sample.js';

/**
 * `<clv-card>` shows customer lifetime value in the page's currency with the
 * formula that produced it: ARPA × gross margin ÷ monthly churn for
 * subscriptions (from MRR changes), or average order value × purchases a month
 * × lifespan (from orders), or the same formulas on numbers given as
 * attributes. With `cac` it adds the LTV:CAC ratio and says in words whether it
 * is healthy. Without `method`, rows with `mrr` mean subscription, rows with
 * `amount` mean orders, and an object or the attributes mean given inputs.
 */
const meta: Meta = {
  title: 'Elements/clv-card',
  component: 'clv-card',
  decorators: [inColumn('24rem')],
};
export default meta;
type Story = StoryObj;

const part = (el: Element, name: string) => el.shadowRoot?.querySelector(`[part~="${name}"]`)?.textContent?.trim() ?? '';
const card = (canvas: HTMLElement) => canvas.querySelector('clv-card')!;

// One-off orders of a small generated shop (same numbers every run).
const orders = generateDataset({ seed: 7, customers: 120, months: 12 }).orders;

/** Subscription CLV from a JSON file of MRR changes, with an 80 % gross margin and a CAC. */
export const SubscriptionFromJson: Story = {
  render: () =>
    html`<clv-card src=${fixture('mrr-changes.json')} gross-margin="0.8" cac="900"></clv-card>`,
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await untilState(el, 'ready');
    await expect(part(el, 'method')).toBe('subscription');
    await expect(part(el, 'formula')).toContain('ARPA');
    await expect(part(el, 'ratio')).toContain('LTV:CAC');
  },
};

/** Subscription CLV from MRR changes set on the `data` property. */
export const SubscriptionFromProperty: Story = {
  render: () => html`<clv-card .data=${mrrChanges()} window="3"></clv-card>`,
};

/** Transactional CLV from orders, with an expected lifespan of three years. */
export const FromOrders: Story = {
  render: () => html`<clv-card .data=${orders} lifespan-months="36" cac="1200"></clv-card>`,
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await untilState(el, 'ready');
    await expect(part(el, 'method')).toBe('from orders');
    await expect(part(el, 'formula')).toContain('AOV');
  },
};

/** Aggregated input: ARPA and churn from a warehouse, given as attributes. $120 × 80 % ÷ 2 % = $4,800. */
export const AggregatedArpa: Story = {
  render: () => html`<clv-card arpa="120" churn-rate="0.02" gross-margin="0.8" cac="1500"></clv-card>`,
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await untilState(el, 'ready');
    await expect(part(el, 'value')).toBe('$4,800');
    await expect(part(el, 'ratio')).toContain('3.2 : 1');
  },
};

/** The worked example: $50 average order × 3 purchases a month × 24 months = $3,600. */
export const AggregatedOrders: Story = {
  render: () =>
    html`<clv-card average-order-value="50" purchase-frequency="3" lifespan-months="24"></clv-card>`,
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await untilState(el, 'ready');
    await expect(part(el, 'value')).toBe('$3,600');
  },
};

/** No churn: CLV has no finite value, and the card says so in words instead of "∞". */
export const NoChurn: Story = {
  render: () => html`<clv-card arpa="120" churn-rate="0" gross-margin="0.8" cac="900"></clv-card>`,
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await untilState(el, 'ready');
    await expect(part(el, 'value')).toContain('unbounded');
  },
};

/** A request still in flight: a skeleton, `aria-busy="true"`. */
export const Loading: Story = {
  tags: ['state:loading'],
  decorators: [withHeldRequests],
  render: () => html`<clv-card src=${HELD + 'mrr-changes.json'}></clv-card>`,
};

/** No rows yet. */
export const Empty: Story = {
  tags: ['state:empty'],
  render: () => html`<clv-card .data=${[]}></clv-card>`,
};

/** A file that is not there: a 404 explained in one sentence. */
export const NotFound: Story = {
  tags: ['state:error'],
  render: () => html`<clv-card src=${fixture('missing.json')}></clv-card>`,
};

/** Good inputs, then a bad one: the error names the field and the last value stays, marked stale. */
export const Stale: Story = {
  tags: ['state:error'],
  render: () => html`<clv-card arpa="120" churn-rate="0.02" gross-margin="0.8"></clv-card>`,
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await untilState(el, 'ready');
    el.churnRate = 1.5;
    await untilState(el, 'error');
    await expect(part(el, 'error')).toContain('churnRate');
    await expect(part(el, 'value')).toBe('$4,800');
    await expect(shownText(el)).toContain('Showing the last good value.');
  },
};

/** `theme="dark"` on a dark page. */
export const DarkTheme: Story = {
  decorators: [onDark],
  render: () => html`<clv-card theme="dark" arpa="120" churn-rate="0.02" gross-margin="0.8" cac="2400"></clv-card>`,
};

/** German number format and euros: `locale="de-DE" currency="EUR"`. */
export const GermanEuros: Story = {
  render: () =>
    html`<clv-card locale="de-DE" currency="EUR" average-order-value="50" purchase-frequency="3" lifespan-months="24" cac="1125"></clv-card>`,
  play: async ({ canvasElement }) => {
    const el = card(canvasElement);
    await untilState(el, 'ready');
    await expect(part(el, 'value')).toMatch(/^3\.600\s€$/);
  },
};
