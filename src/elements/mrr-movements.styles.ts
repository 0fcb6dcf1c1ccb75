/**
 * The styles of `<mrr-movements>`, beside the shared host and state styles.
 * Expansion (a blue) and reactivation (a violet) have default colours of
 * their own, light and dark like the kit's tokens, not the accent: a page's
 * accent must never make two series look alike.
 */
import { css, type CSSResultGroup } from 'lit';
import { metricStyles } from '../styles/host.js';

export const mrrMovementsStyles: CSSResultGroup = [
  metricStyles,
  css`
    :host {
      --_mrr-blue: #0969da;
      --_mrr-violet: #8250df;
      --_mrr-new: var(--mrr-movements-new-color, var(--_positive));
      --_mrr-expansion: var(--mrr-movements-expansion-color, var(--_mrr-blue));
      --_mrr-reactivation: var(--mrr-movements-reactivation-color, var(--_mrr-violet));
      --_mrr-contraction: var(--mrr-movements-contraction-color, var(--_warning));
      --_mrr-churn: var(--mrr-movements-churn-color, var(--_negative));
      --_mrr-net: var(--mrr-movements-net-color, var(--_text));
      --_mrr-grid: var(--mrr-movements-grid-color, var(--_border));
    }
    :host([theme='dark']) {
      --_mrr-blue: #4493f8;
      --_mrr-violet: #a371f7;
    }
    @media (prefers-color-scheme: dark) {
      :host([theme='auto']) {
        --_mrr-blue: #4493f8;
        --_mrr-violet: #a371f7;
      }
    }
    .headline {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 var(--_spacing);
      margin: 0 0 calc(var(--_spacing) / 2);
    }
    .headline p {
      margin: 0;
    }
    [part='label'] {
      flex-basis: 100%;
      font-size: 0.875rem;
      font-weight: 600;
      color: var(--_muted-text);
    }
    [part='value'] {
      font-size: 1.75rem;
      font-weight: 700;
      line-height: 1.1;
      font-variant-numeric: tabular-nums;
    }
    [part='end'] {
      font-size: 0.875rem;
      font-variant-numeric: tabular-nums;
      color: var(--_muted-text);
    }
    [part='legend'] {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_spacing) / 3) calc(var(--_spacing) / 2);
      margin: 0 0 calc(var(--_spacing) / 2);
      padding: 0;
      list-style: none;
    }
    [part~='legend-item'] {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      padding: 0.2em 0.6em;
      font: inherit;
      font-size: 0.8125rem;
      color: var(--_text);
      background: transparent;
      border: 1px solid var(--_border);
      border-radius: 999px;
      cursor: pointer;
    }
    [part~='legend-item'][aria-pressed='false'] {
      color: var(--_muted-text);
      text-decoration: line-through;
    }
    [part~='legend-item']:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
    }
    .swatch {
      display: inline-block;
      inline-size: 0.8em;
      block-size: 0.8em;
      border-radius: 2px;
    }
    .swatch.line {
      block-size: 0.2em;
      border-radius: 0;
    }
    [aria-pressed='false'] .swatch {
      opacity: 0.35;
    }
    .s-new {
      background: var(--_mrr-new);
    }
    .s-expansion {
      background: var(--_mrr-expansion);
    }
    .s-reactivation {
      background: var(--_mrr-reactivation);
    }
    .s-contraction {
      background: var(--_mrr-contraction);
    }
    .s-churn {
      background: var(--_mrr-churn);
    }
    .s-net {
      background: var(--_mrr-net);
    }
    .chart {
      position: relative;
      inline-size: 100%;
      block-size: var(--mrr-movements-height, 16rem);
    }
    .chart canvas {
      display: block;
    }
  `,
];
