import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/elements/metrics-source.js';
import '../src/elements/churn-trend.js';
import '../src/elements/clv-card.js';
import { fixture, HELD, shownText, untilState, withHeldRequests } from './helpers.js';
import { mrrChanges } from './sample.js';

/**
 * `<metrics-source>` fetches one data set once and shares it with every metric
 * element inside it (through `@lit/context`): one billing export can feed a
 * revenue-churn chart and a CLV card without two requests. Each element computes
 * its own metric, shows the source's loading and error states, and fires its own
 * events. `<metrics-source>` itself draws nothing (`display: contents`).
 */
const meta: Meta = {
  title: 'Elements/metrics-source',
  component: 'metrics-source',
  decorators: [(story) => html`<div style="display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr))">${story()}</div>`],
};
export default meta;
type Story = StoryObj;

const children = (canvas: HTMLElement) => [...canvas.querySelectorAll('churn-trend, clv-card')];

/** One JSON file of MRR changes, fetched once, feeding a revenue-churn chart and a CLV card. */
export const SharedJson: Story = {
  render: () => html`
    <metrics-source src=${fixture('mrr-changes.json')}>
      <churn-trend kind="gross-revenue" target="0.01"></churn-trend>
      <clv-card method="subscription" gross-margin="0.8" cac="900"></clv-card>
    </metrics-source>
  `,
  play: async ({ canvasElement }) => {
    const els = children(canvasElement);
    await expect(els).toHaveLength(2);
    for (const el of els) await untilState(el, 'ready');
    // One request for two elements. Its resource-timing entry is queued after
    // the body arrives, so on a busy machine it may follow the elements' ready.
    const requests = () => performance.getEntriesByType('resource').filter((e) => e.name.includes('mrr-changes.json')).length;
    for (let i = 0; i < 60 && requests() === 0; i++) await new Promise((done) => setTimeout(done, 50));
    await expect(requests()).toBe(1);
  },
};

/** A CSV of customers (`id,start,end`) shared the same way: the format comes from the extension. */
export const SharedCsv: Story = {
  render: () => html`
    <metrics-source src=${fixture('customers.csv')}>
      <churn-trend kind="customer" target="0.03"></churn-trend>
    </metrics-source>
  `,
  play: async ({ canvasElement }) => {
    for (const el of children(canvasElement)) await untilState(el, 'ready');
  },
};

/** Rows set from script on the source's `data` property (no request at all). */
export const FromProperty: Story = {
  render: () => html`
    <metrics-source .data=${mrrChanges()}>
      <churn-trend kind="net-revenue"></churn-trend>
      <clv-card method="subscription"></clv-card>
    </metrics-source>
  `,
  play: async ({ canvasElement }) => {
    for (const el of children(canvasElement)) {
      await untilState(el, 'ready');
      await expect(shownText(el)).not.toBe('');
    }
  },
};

/** While the source's request is in flight, every element inside shows its loading skeleton. */
export const Loading: Story = {
  tags: ['state:loading'],
  decorators: [withHeldRequests],
  render: () => html`
    <metrics-source src=${HELD + 'mrr-changes.json'}>
      <churn-trend kind="gross-revenue"></churn-trend>
      <clv-card method="subscription"></clv-card>
    </metrics-source>
  `,
  play: async ({ canvasElement }) => {
    for (const el of children(canvasElement)) {
      await untilState(el, 'loading');
      await expect(el.shadowRoot?.querySelector('[aria-busy="true"]')).not.toBeNull();
    }
  },
};

/** The source's URL answers 404: every element inside says so, none throws. */
export const NotFound: Story = {
  tags: ['state:error'],
  render: () => html`
    <metrics-source src=${fixture('missing.json')}>
      <churn-trend kind="gross-revenue"></churn-trend>
      <clv-card method="subscription"></clv-card>
    </metrics-source>
  `,
  play: async ({ canvasElement }) => {
    for (const el of children(canvasElement)) {
      await untilState(el, 'error');
      await expect(el.shadowRoot?.querySelector('[part~="error"]')).not.toBeNull();
    }
  },
};

/** An element's own data wins over the surrounding source: here the card takes aggregated numbers. */
export const OwnDataWins: Story = {
  render: () => html`
    <metrics-source src=${fixture('mrr-changes.json')}>
      <churn-trend kind="gross-revenue"></churn-trend>
      <clv-card arpa="120" churn-rate="0.02" gross-margin="0.8"></clv-card>
    </metrics-source>
  `,
  play: async ({ canvasElement }) => {
    for (const el of children(canvasElement)) await untilState(el, 'ready');
    // 120 × 0.8 ÷ 0.02 = 4,800
    const card = canvasElement.querySelector('clv-card')!;
    await expect(shownText(card)).toMatch(/4,800/);
  },
};
