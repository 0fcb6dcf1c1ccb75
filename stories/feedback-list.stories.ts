import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/elements/feedback-list.js';
import { generateDataset } from '../scripts/sample-data.mjs';
import { fixture, HELD, inColumn, onDark, shownText, untilState, withHeldRequests } from './helpers.js';

/**
 * `<feedback-list>` shows what customers wrote in their survey answers,
 * newest first, with score, category, date and segment. Filter buttons show
 * one category; "Show more" adds `limit` more. Comments are always text.
 */
const meta: Meta = {
  title: 'Elements/feedback-list',
  component: 'feedback-list',
  decorators: [inColumn('36rem')],
};
export default meta;
type Story = StoryObj;

const list = (canvas: HTMLElement) => canvas.querySelector('feedback-list')!;
const dataset = generateDataset({ seed: 42, customers: 400, months: 24 });

/** A few answers inline in the `data` attribute; empty comments are skipped. */
export const FromAttribute: Story = {
  render: () =>
    html`<feedback-list
      data='[{"score":10,"date":"2026-10-02","comment":"Setup took ten minutes.","segment":"SMB"},{"score":4,"date":"2026-10-05","comment":"Exports time out.","segment":"Enterprise"},{"score":8,"date":"2026-10-03","comment":""}]'
    ></feedback-list>`,
};

/** Two years of generated answers on the `data` property (one looks like HTML: shown as text). */
export const FromProperty: Story = {
  render: () => html`<feedback-list .data=${dataset.npsResponses}></feedback-list>`,
  play: async ({ canvasElement }) => {
    const el = list(canvasElement);
    await untilState(el, 'ready');
    await expect(el.shadowRoot!.querySelectorAll('[part~="item"]').length).toBe(20);
  },
};

/** A request still in flight. */
export const Loading: Story = {
  tags: ['state:loading'],
  decorators: [withHeldRequests],
  render: () => html`<feedback-list src=${HELD + 'survey.json'}></feedback-list>`,
};

/** Answers without a single comment. */
export const Empty: Story = {
  tags: ['state:empty'],
  render: () => html`<feedback-list .data=${[9, 10, 7]}></feedback-list>`,
};

/** A file with a score of 11 and a row without a score. */
export const Invalid: Story = {
  tags: ['state:error'],
  render: () => html`<feedback-list src=${fixture('survey-invalid.json')}></feedback-list>`,
  play: async ({ canvasElement }) => {
    const el = list(canvasElement);
    await untilState(el, 'error');
    await expect(shownText(el)).toContain('Row 2, score');
  },
};

/** `theme="dark"` on a dark page, in German. */
export const DarkGerman: Story = {
  decorators: [onDark],
  render: () => html`<feedback-list theme="dark" locale="de-DE" limit="6" .data=${dataset.npsResponses}></feedback-list>`,
};
