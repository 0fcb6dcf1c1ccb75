import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/elements/health-badge.js';
import '../src/elements/metrics-source.js';
import { generateDataset } from '../scripts/sample-data.mjs';
import { caption, fixture, HELD, onDark, shownText, untilState, withHeldRequests } from './helpers.js';
import { accountNames, healthInputs, healthModel } from './sample.js';

/**
 * `<health-badge>` shows one account's health score (0–100) as a coloured pill
 * with its band in words and a shape (✓ healthy, ! at risk, ✕ critical), the
 * trend against the previous input ("▲ up 5 from 48") and the account's name.
 * Hover or focus the badge (Tab to it) to see what makes up the score: each
 * measure's value, 0–100 score and share of the weight; Escape hides it.
 *
 * Rows (`customerId`, `date`, one number per measure) are scored with a `model`
 * of weights (property, or a JSON attribute); `customer` picks the account.
 * An already-computed score needs no model: `score="82" previous="78"`.
 */
const meta: Meta = {
  title: 'Elements/health-badge',
  component: 'health-badge',
};
export default meta;
type Story = StoryObj;

const badge = (canvas: HTMLElement) => canvas.querySelector('health-badge')!;
const part = (el: Element, name: string) => el.shadowRoot?.querySelector(`[part~="${name}"]`)?.textContent?.trim() ?? '';
const label = (el: Element) => el.shadowRoot?.querySelector('[part~="badge"]')?.getAttribute('aria-label') ?? '';

// A larger generated portfolio (same numbers every run), with seats as a fourth measure.
const generated = generateDataset({ seed: 7, customers: 60, months: 6 }).health;
const generatedModel = {
  measures: [
    { key: 'usage', weight: 4, min: 0, max: 100, label: 'Product usage' },
    { key: 'nps', weight: 3, min: 0, max: 10, label: 'NPS answer' },
    { key: 'openTickets', weight: 2, min: 0, max: 8, higherIsBetter: false, label: 'Open tickets' },
    { key: 'seatsUsed', weight: 1, min: 0, max: 20, label: 'Seats used' },
  ],
};

/** Rows from a JSON file, scored with the model set on the `model` property; `customer` picks the account. */
export const FromJson: Story = {
  render: () =>
    html`<health-badge
      src=${fixture('health.json')}
      customer="acc-03"
      customer-name=${accountNames['acc-03'] ?? 'acc-03'}
      .model=${healthModel}
    ></health-badge>`,
  play: async ({ canvasElement }) => {
    const el = badge(canvasElement);
    await untilState(el, 'ready');
    await expect(part(el, 'label')).toBe('At risk');
    await expect(part(el, 'trend')).toContain('up 5 from 48');
    await expect(label(el)).toBe('Account health for Initech: 53, at risk, up 5 from 48');
  },
};

/** The contributions popover, opened by keyboard focus as a Tab would: one line per measure. */
export const DetailsOnFocus: Story = {
  render: () =>
    html`<div style="min-height:11rem">
      <health-badge customer="acc-06" customer-name="Stark" .model=${healthModel} .data=${healthInputs()}></health-badge>
    </div>`,
  play: async ({ canvasElement }) => {
    const el = badge(canvasElement);
    await untilState(el, 'ready');
    (el.shadowRoot!.querySelector('[part~="badge"]') as HTMLElement).focus();
    await el.updateComplete;
    const details = el.shadowRoot!.querySelector('[part~="details"]') as HTMLElement;
    await expect(details.hidden).toBe(false);
    await expect(details.textContent).toContain('open tickets');
  },
};

/** The model as a JSON attribute (single-quoted), with its own bands: here ≤ 40 is critical, ≤ 60 at risk. */
export const ModelAttribute: Story = {
  render: () =>
    html`<health-badge
      customer="acc-07"
      customer-name="Tyrell"
      model=${JSON.stringify({ ...healthModel, bands: { critical: 40, atRisk: 60 } })}
      .data=${healthInputs()}
    ></health-badge>`,
  play: async ({ canvasElement }) => {
    const el = badge(canvasElement);
    await untilState(el, 'ready');
    await expect(part(el, 'label')).toBe('Healthy');
  },
};

/** Every account of one file: a `<metrics-source>` fetches it once and each badge picks its customer. */
export const Portfolio: Story = {
  render: () =>
    html`<metrics-source src=${fixture('health.json')}>
      <ul style="list-style:none;margin:0;padding:0;display:grid;gap:.75rem;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr))">
        ${Object.keys(accountNames)
          .slice(0, 8)
          .map(
            (id) =>
              html`<li><health-badge customer=${id} customer-name=${accountNames[id] ?? id} .model=${healthModel}></health-badge></li>`,
          )}
      </ul>
    </metrics-source>`,
  play: async ({ canvasElement }) => {
    const els = [...canvasElement.querySelectorAll('health-badge')];
    await expect(els).toHaveLength(8);
    for (const el of els) await untilState(el, 'ready');
  },
};

/** Generated rows with four measures and labelled measures in the model. */
export const GeneratedData: Story = {
  render: () =>
    html`<health-badge customer="cus_00004" customer-name="Customer 4" .model=${generatedModel} .data=${generated}></health-badge>`,
};

/** Aggregated input: a score computed elsewhere, with the previous one for the trend. No model needed. */
export const AggregatedScore: Story = {
  render: () => html`<health-badge score="82" previous="78" customer="Acme"></health-badge>`,
  play: async ({ canvasElement }) => {
    const el = badge(canvasElement);
    await untilState(el, 'ready');
    await expect(label(el)).toBe('Account health for Acme: 82, healthy, up 4 from 78');
  },
};

/** The band edges: a score equal to a bound belongs to the lower band (50 is critical, 75 at risk). */
export const BandBoundaries: Story = {
  render: () =>
    html`<div style="display:grid;gap:.75rem">
      ${[50, 51, 75, 76].map((s) => html`<div>${caption(`score="${s}"`)}<health-badge score=${s}></health-badge></div>`)}
    </div>`,
  play: async ({ canvasElement }) => {
    const els = [...canvasElement.querySelectorAll('health-badge')];
    for (const el of els) await untilState(el, 'ready');
    await expect(els.map((el) => part(el, 'label'))).toEqual(['Critical', 'At risk', 'At risk', 'Healthy']);
  },
};

/** A request still in flight: a skeleton, `aria-busy="true"`. */
export const Loading: Story = {
  tags: ['state:loading'],
  decorators: [withHeldRequests],
  render: () => html`<health-badge src=${HELD + 'health.json'} customer="acc-01" .model=${healthModel}></health-badge>`,
};

/** No rows yet. */
export const Empty: Story = {
  tags: ['state:empty'],
  render: () => html`<health-badge customer="acc-01" .model=${healthModel} .data=${[]}></health-badge>`,
};

/** A file that is not there: a 404 explained in one sentence. */
export const NotFound: Story = {
  tags: ['state:error'],
  render: () => html`<health-badge src=${fixture('missing.json')} customer="acc-01" .model=${healthModel}></health-badge>`,
};

/** Several accounts and no `customer`: a config error naming them, never a blank. */
export const NoCustomer: Story = {
  tags: ['state:error'],
  render: () => html`<health-badge .model=${healthModel} .data=${healthInputs()}></health-badge>`,
  play: async ({ canvasElement }) => {
    const el = badge(canvasElement);
    await untilState(el, 'error');
    await expect(part(el, 'error')).toContain('set customer');
  },
};

/** A good badge, then a customer that is not in the data: the error says so and the last badge stays, marked stale. */
export const Stale: Story = {
  tags: ['state:error'],
  render: () => html`<health-badge customer="acc-05" customer-name="Hooli" .model=${healthModel} .data=${healthInputs()}></health-badge>`,
  play: async ({ canvasElement }) => {
    const el = badge(canvasElement);
    await untilState(el, 'ready');
    el.customer = 'acc-99';
    await untilState(el, 'error');
    await expect(part(el, 'error')).toContain('customer="acc-99" is not in the data');
    await expect(part(el, 'value')).toBe('47');
    await expect(shownText(el)).toContain('Showing the last good value.');
  },
};

/** `theme="dark"` on a dark page, one badge per band. */
export const DarkTheme: Story = {
  decorators: [onDark],
  render: () =>
    html`<div style="display:flex;flex-wrap:wrap;gap:1rem">
      <health-badge theme="dark" score="88" previous="80" customer="Globex"></health-badge>
      <health-badge theme="dark" score="62" previous="70" customer="Initech"></health-badge>
      <health-badge theme="dark" customer="acc-08" customer-name="Wayne" .model=${healthModel} .data=${healthInputs()}></health-badge>
    </div>`,
};

/** German number format: `locale="de-DE"` (the contributions show decimal commas). */
export const German: Story = {
  render: () =>
    html`<div style="min-height:11rem">
      <health-badge
        locale="de-DE"
        customer-name="Müller GmbH"
        .model=${healthModel}
        .data=${[{ customerId: 'mueller', usage: 78.5, nps: 8.25, openTickets: 2 }]}
      ></health-badge>
    </div>`,
  play: async ({ canvasElement }) => {
    const el = badge(canvasElement);
    await untilState(el, 'ready');
    await expect(el.shadowRoot!.querySelector('[part~="details"]')!.textContent).toContain('78,5');
  },
};
