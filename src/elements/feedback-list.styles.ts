/** The styles of `<feedback-list>`, beside the shared host and state styles. */
import { css, type CSSResultGroup } from 'lit';
import { metricStyles } from '../styles/host.js';

export const feedbackListStyles: CSSResultGroup = [
  metricStyles,
  css`
    :host {
      --_fb-promoter: var(--feedback-list-promoter-color, var(--_positive));
      --_fb-passive: var(--feedback-list-passive-color, var(--_warning));
      --_fb-detractor: var(--feedback-list-detractor-color, var(--_negative));
    }
    [part='filters'] {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_spacing) / 2);
      margin: 0 0 var(--_spacing);
    }
    [part~='filter'],
    [part='more'] {
      font: inherit;
      font-size: 0.875rem;
      padding: 0.25em 0.75em;
      color: var(--_text);
      background: transparent;
      border: 1px solid var(--_border);
      border-radius: 999px;
      cursor: pointer;
    }
    [part~='filter'][aria-pressed='true'] {
      font-weight: 600;
      border-color: var(--_text);
      background: var(--_surface);
    }
    [part~='filter']:focus-visible,
    [part='more']:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
    }
    [part='list'] {
      display: grid;
      gap: calc(var(--_spacing) / 2);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    [part~='item'] {
      padding: calc(var(--_spacing) / 2) var(--_spacing);
      border: 1px solid var(--_border);
      border-inline-start-width: 4px;
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    [part~='item'].promoter {
      border-inline-start-color: var(--_fb-promoter);
    }
    [part~='item'].passive {
      border-inline-start-color: var(--_fb-passive);
    }
    [part~='item'].detractor {
      border-inline-start-color: var(--_fb-detractor);
    }
    [part='comment'] {
      margin: 0 0 0.25em;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    [part='meta'] {
      margin: 0;
      font-size: 0.8125rem;
      color: var(--_muted-text);
    }
    [part='score'] {
      font-weight: 700;
      color: var(--_text);
    }
    [part='count'] {
      margin: var(--_spacing) 0 0;
      font-size: 0.8125rem;
      color: var(--_muted-text);
    }
    [part='more'] {
      margin-block-start: calc(var(--_spacing) / 2);
    }
  `,
];
