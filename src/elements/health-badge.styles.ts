/** The styles of `<health-badge>` (on top of the shared host styles, src/styles/host.ts). */
import { css } from 'lit';

export const healthBadgeStyles = css`
  :host {
    --_hb-healthy: var(--health-badge-healthy-color, var(--_positive));
    --_hb-at-risk: var(--health-badge-at-risk-color, var(--_warning));
    --_hb-critical: var(--health-badge-critical-color, var(--_negative));
    --_hb-band: var(--_hb-healthy);
  }
  .health {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_spacing) / 3) calc(var(--_spacing) / 1.5);
    min-inline-size: 0;
  }
  .anchor {
    position: relative;
    display: inline-flex;
    max-inline-size: 100%;
  }
  .band-healthy {
    --_hb-band: var(--_hb-healthy);
  }
  .band-at-risk {
    --_hb-band: var(--_hb-at-risk);
  }
  .band-critical {
    --_hb-band: var(--_hb-critical);
  }
  [part~='badge'] {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.25em 0.8em 0.25em 0.3em;
    border: 2px solid var(--_hb-band);
    border-radius: var(--health-badge-radius, 999px);
    background: color-mix(in srgb, var(--_hb-band) 14%, var(--_surface));
    color: var(--_text);
    font-weight: 600;
    line-height: 1.3;
    white-space: nowrap;
    cursor: default;
  }
  [part~='badge']:focus-visible {
    outline: 2px solid var(--_hb-band);
    outline-offset: 2px;
  }
  .icon {
    display: inline-grid;
    place-items: center;
    inline-size: 1.5em;
    block-size: 1.5em;
    border-radius: 50%;
    background: var(--_hb-band);
    color: var(--_surface);
    font-size: 0.85em;
    font-weight: 700;
  }
  .band-critical .icon {
    border-radius: 3px;
  }
  [part~='value'] {
    font-size: 1.25em;
    font-variant-numeric: tabular-nums;
  }
  [part~='trend'],
  [part~='customer'] {
    font-size: 0.875em;
    color: var(--_muted-text);
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  [part~='customer'] {
    color: var(--_text);
    font-weight: 600;
  }
  .arrow.up {
    color: var(--_positive);
  }
  .arrow.down {
    color: var(--_negative);
  }
  [part~='details'] {
    position: absolute;
    inset-block-start: calc(100% + 6px);
    inset-inline-start: 0;
    z-index: 10;
    inline-size: max-content;
    max-inline-size: min(24rem, 90vw);
    margin: 0;
    padding: calc(var(--_spacing) / 1.5) var(--_spacing);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.18);
    font-size: 0.875rem;
    white-space: normal;
  }
  [part~='details'][hidden] {
    display: none;
  }
  .details-title {
    margin: 0 0 0.25em;
    font-weight: 600;
  }
  .details-list {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.2em;
  }
  .details-list .absent {
    color: var(--_muted-text);
    font-style: italic;
  }
  .measure {
    font-weight: 600;
  }
  @media print {
    [part~='details'] {
      display: none;
    }
    [part~='badge'] {
      background: transparent;
    }
  }
`;
