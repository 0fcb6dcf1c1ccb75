/** The styles of `<churn-trend>` (on top of the shared host styles, src/styles/host.ts). */
import { css } from 'lit';

export const churnTrendStyles = css`
  :host {
    --_churn-line: var(--churn-trend-line-color, var(--_accent));
    --_churn-target: var(--churn-trend-target-color, var(--_negative));
    --_churn-grid: var(--churn-trend-grid-color, var(--_border));
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
  [part='change'] {
    font-size: 0.875rem;
    font-variant-numeric: tabular-nums;
  }
  [part='change'].up {
    color: var(--_negative);
  }
  [part='change'].down {
    color: var(--_positive);
  }
  [part='change'].flat {
    color: var(--_muted-text);
  }
  .chart {
    position: relative;
    inline-size: 100%;
    block-size: var(--churn-trend-height, 12rem);
  }
  .chart canvas {
    display: block;
  }
  [part='legend'] {
    margin: calc(var(--_spacing) / 2) 0 0;
    font-size: 0.8125rem;
    color: var(--_muted-text);
  }
  .dash {
    display: inline-block;
    inline-size: 1.5em;
    margin-inline-end: 0.35em;
    vertical-align: middle;
    border-block-start: 2px dashed var(--_churn-target);
  }
  @media print {
    [part='change'].up,
    [part='change'].down {
      color: inherit;
    }
  }
`;
