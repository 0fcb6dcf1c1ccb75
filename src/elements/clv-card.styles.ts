/** The styles of `<clv-card>` (on top of the shared host styles, src/styles/host.ts). */
import { css } from 'lit';

export const clvCardStyles = css`
  :host {
    --_clv-accent: var(--clv-card-accent-color, var(--_accent));
    --_clv-label: var(--clv-card-label-color, var(--_muted-text));
    --_clv-healthy: var(--clv-card-healthy-color, var(--_positive));
    --_clv-low: var(--clv-card-low-color, var(--_warning));
    --_clv-losing: var(--clv-card-losing-color, var(--_negative));
  }
  .card {
    display: grid;
    gap: calc(var(--_spacing) / 2);
    padding: var(--_spacing);
    border: 1px solid var(--clv-card-border-color, var(--_border));
    border-radius: var(--_radius);
    background: var(--clv-card-background, var(--_surface));
    overflow-wrap: anywhere;
  }
  .title {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 calc(var(--_spacing) / 2);
    margin: 0;
    font-size: 0.875rem;
    color: var(--_clv-label);
  }
  [part='label'] {
    font-weight: 600;
    color: var(--_text);
  }
  .amount {
    margin: 0;
    font-size: var(--clv-card-value-size, 2rem);
    font-weight: 700;
    line-height: 1.1;
    color: var(--_clv-accent);
    font-variant-numeric: tabular-nums;
  }
  .amount.reason {
    font-size: 1rem;
    font-weight: 600;
    line-height: 1.4;
    color: var(--_text);
  }
  .formula {
    margin: 0;
    font-size: 0.875rem;
    color: var(--_clv-label);
  }
  [part='input'] {
    color: var(--_text);
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .ratio {
    margin: 0;
    padding-inline-start: calc(var(--_spacing) / 2);
    border-inline-start: 4px solid var(--_border);
    font-size: 0.875rem;
  }
  .ratio strong {
    font-variant-numeric: tabular-nums;
  }
  .ratio.healthy,
  .ratio.high {
    border-color: var(--_clv-healthy);
  }
  .ratio.low {
    border-color: var(--_clv-low);
  }
  .ratio.losing {
    border-color: var(--_clv-losing);
  }
  @media print {
    .card {
      border-color: #999;
      background: transparent;
    }
    .amount {
      color: #000;
    }
  }
`;
