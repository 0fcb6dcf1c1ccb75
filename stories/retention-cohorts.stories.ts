import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/elements/retention-cohorts.js';
import { fixture, HELD, inColumn, onDark, shownText, untilState, withHeldRequests } from './helpers.js';

/**
 * `<retention-cohorts>` is a cohort table: one row a signup month, one column
 * a month since, each cell its percentage on a colour scale. The header row
 * and cohort column stay put while a wide table scrolls in a narrow card.
 */
const meta: Meta = {
  title: 'Elements/retention-cohorts',
  component: 'retention-cohorts',
  decorators: [inColumn('40rem')],
};
export default meta;
type Story = StoryObj;

const part = (el: Element, name: string) => el.shadowRoot?.querySelector(`[part~="${name}"]`)?.textContent?.trim() ?? '';
const table = (canvas: HTMLElement) => canvas.querySelector('retention-cohorts')!;

/** Twelve monthly cohorts, retention falling off and levelling out. */
const cohorts = Array.from({ length: 12 }, (_, i) => ({
  cohort: `2025-${String(i + 1).padStart(2, '0')}`,
  size: 40 + ((i * 7) % 23),
  values: Array.from({ length: 12 - i }, (_, k) => (k === 0 ? 1 : Math.round((0.55 + 0.45 * Math.exp(-k / 3)) * 1000) / 1000)),
}));
const revenue = cohorts.map((c) => ({ ...c, size: c.size * 120, values: c.values.map((v, k) => (k === 0 ? 1 : Math.round(v * (1 + k * 0.02) * 1000) / 1000)) }));

/** Customers retained, per signup cohort. */
export const Customers: Story = {
  render: () => html`<retention-cohorts .data=${cohorts}></retention-cohorts>`,
  play: async ({ canvasElement }) => {
    const el = table(canvasElement);
    await untilState(el, 'ready');
    await expect(part(el, 'label')).toContain('Customer retention');
  },
};

/** Revenue retained: expansion can take a cohort above 100 %. */
export const Revenue: Story = {
  render: () => html`<retention-cohorts basis="revenue" .data=${revenue}></retention-cohorts>`,
};

/** In a narrow card: the table scrolls sideways, header and cohort column stay. */
export const Narrow: Story = {
  decorators: [inColumn('18rem')],
  render: () => html`<retention-cohorts .data=${cohorts}></retention-cohorts>`,
};

/** The first six months only (`months="6"`). */
export const SixMonths: Story = {
  render: () => html`<retention-cohorts months="6" .data=${cohorts}></retention-cohorts>`,
};

/** A request still in flight. */
export const Loading: Story = {
  tags: ['state:loading'],
  decorators: [withHeldRequests],
  render: () => html`<retention-cohorts src=${HELD + 'cohorts.json'}></retention-cohorts>`,
};

/** No rows yet. */
export const Empty: Story = {
  tags: ['state:empty'],
  render: () => html`<retention-cohorts .data=${[]}></retention-cohorts>`,
};

/** A file that is not there. */
export const NotFound: Story = {
  tags: ['state:error'],
  render: () => html`<retention-cohorts src=${fixture('missing.json')}></retention-cohorts>`,
};

/** Good cohorts, then one given in percent: the error names row and field, the last table stays. */
export const Stale: Story = {
  tags: ['state:error'],
  render: () => html`<retention-cohorts .data=${cohorts}></retention-cohorts>`,
  play: async ({ canvasElement }) => {
    const el = table(canvasElement);
    await untilState(el, 'ready');
    (el as HTMLElement & { data: unknown }).data = [{ cohort: '2026-01', size: 10, values: [100, 80] }];
    await untilState(el, 'error');
    await expect(part(el, 'error')).toContain('Row 0, values');
    await expect(shownText(el)).toContain('Showing the last good value.');
  },
};

/** `theme="dark"` on a dark page. */
export const DarkTheme: Story = {
  decorators: [onDark],
  render: () => html`<retention-cohorts theme="dark" .data=${cohorts}></retention-cohorts>`,
};
