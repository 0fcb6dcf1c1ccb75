/**
 * The styles of `<retention-cohorts>`. The cell colours are a scale of six
 * steps mixed from one colour into the surface, light enough at every step
 * for the text colour to keep its contrast (each cell also says its
 * percentage in words, so colour is never the only signal).
 */
import { css, type CSSResultGroup } from 'lit';
import { metricStyles } from '../styles/host.js';

export const retentionCohortsStyles: CSSResultGroup = [
  metricStyles,
  css`
    :host {
      --_cohort-color: var(--retention-cohorts-color, var(--_accent));
    }
    [part='label'] {
      margin: 0 0 calc(var(--_spacing) / 2);
      font-size: 0.875rem;
      font-weight: 600;
      color: var(--_muted-text);
    }
    [part='scroll'] {
      max-inline-size: 100%;
      max-block-size: var(--retention-cohorts-max-height, none);
      overflow: auto;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    [part='scroll']:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
    }
    table {
      border-collapse: separate;
      border-spacing: 0;
      font-size: 0.8125rem;
      font-variant-numeric: tabular-nums;
      min-inline-size: 100%;
    }
    caption {
      text-align: start;
    }
    th,
    td {
      padding: 0.35em 0.6em;
      text-align: end;
      white-space: nowrap;
      border-block-end: 1px solid var(--_border);
    }
    thead th {
      position: sticky;
      inset-block-start: 0;
      z-index: 2;
      font-weight: 600;
      color: var(--_text);
      background: var(--_surface);
    }
    tbody th,
    thead th:first-child {
      position: sticky;
      inset-inline-start: 0;
      text-align: start;
      background: var(--_surface);
      border-inline-end: 1px solid var(--_border);
    }
    tbody th {
      z-index: 1;
      font-weight: 600;
    }
    thead th:first-child {
      z-index: 3;
    }
    [part~='size'] {
      color: var(--_text);
    }
    [part~='cell'] {
      color: var(--_text);
    }
    .step-0 {
      background: var(--retention-cohorts-step-0, var(--_surface));
    }
    .step-1 {
      background: var(--retention-cohorts-step-1, color-mix(in srgb, var(--_cohort-color) 12%, var(--_surface)));
    }
    .step-2 {
      background: var(--retention-cohorts-step-2, color-mix(in srgb, var(--_cohort-color) 24%, var(--_surface)));
    }
    .step-3 {
      background: var(--retention-cohorts-step-3, color-mix(in srgb, var(--_cohort-color) 36%, var(--_surface)));
    }
    .step-4 {
      background: var(--retention-cohorts-step-4, color-mix(in srgb, var(--_cohort-color) 48%, var(--_surface)));
    }
    .step-5 {
      background: var(--retention-cohorts-step-5, color-mix(in srgb, var(--_cohort-color) 60%, var(--_surface)));
    }
    @media print {
      thead th,
      tbody th {
        position: static;
      }
      [part='scroll'] {
        overflow: visible;
      }
    }
  `,
];
