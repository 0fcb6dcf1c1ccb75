/** The styles of `<metric-card>`: a card with its title, value, change, target and sparkline. */
import { css } from 'lit';
import { metricStyles } from '../styles/host.js';

export const metricCardStyles = [
  metricStyles,
  css`
    :host {
      --_mc-accent: var(--metric-card-accent-color, var(--_accent));
      --_mc-label: var(--metric-card-label-color, var(--_muted-text));
      --_mc-better: var(--metric-card-better-color, var(--_positive));
      --_mc-worse: var(--metric-card-worse-color, var(--_negative));
      --_mc-line: var(--metric-card-sparkline-color, var(--_accent));
      --_mc-target: var(--metric-card-target-color, var(--_muted-text));
    }
    .card {
      display: grid;
      gap: calc(var(--_spacing) / 2);
      padding: var(--_spacing);
      border: 1px solid var(--metric-card-border-color, var(--_border));
      border-radius: var(--_radius);
      background: var(--metric-card-background, var(--_surface));
      overflow-wrap: anywhere;
    }
    [part='label'] {
      margin: 0;
      font-size: 0.875rem;
      font-weight: 600;
      color: var(--_mc-label);
    }
    [part='value'] {
      margin: 0;
      font-size: var(--metric-card-value-size, 2rem);
      font-weight: 700;
      line-height: 1.1;
      color: var(--_mc-accent);
      font-variant-numeric: tabular-nums;
    }
    .note {
      margin: 0;
      font-size: 0.875rem;
      color: var(--_mc-label);
    }
    [part~='change'],
    [part~='target'] {
      margin: 0;
      font-size: 0.875rem;
      font-variant-numeric: tabular-nums;
    }
    .better {
      color: var(--_mc-better);
    }
    .worse {
      color: var(--_mc-worse);
    }
    [part~='target'] {
      padding-inline-start: calc(var(--_spacing) / 2);
      border-inline-start: 4px solid var(--_border);
    }
    [part~='target'].met {
      border-color: var(--_mc-better);
    }
    [part~='target'].missed {
      border-color: var(--_mc-worse);
    }
    [part='chart'] {
      display: block;
      inline-size: 100%;
      block-size: auto;
      max-block-size: var(--metric-card-sparkline-height, 3rem);
      overflow: visible;
    }
    .line {
      fill: none;
      stroke: var(--_mc-line);
      stroke-width: 2;
      stroke-linejoin: round;
      stroke-linecap: round;
      vector-effect: non-scaling-stroke;
    }
    .dot {
      fill: var(--_mc-line);
    }
    .target-line {
      stroke: var(--_mc-target);
      stroke-width: 1;
      stroke-dasharray: 4 3;
      vector-effect: non-scaling-stroke;
    }
    @media print {
      .card {
        border-color: #999;
        background: transparent;
      }
      [part='value'],
      .better,
      .worse {
        color: #000;
      }
      .line {
        stroke: #000;
      }
    }
  `,
];
