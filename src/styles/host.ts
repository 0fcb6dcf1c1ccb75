/**
 * The host and state styles every metric element shares: block layout filling
 * the container, `[hidden]`, the skeleton (its shimmer stops under
 * `prefers-reduced-motion`), the empty sentence, the error message, the stale
 * marker, and print.
 */
import { css, type CSSResultGroup } from 'lit';
import { tokenStyles } from './tokens.js';

export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    inline-size: 100%;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_background);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .base {
    position: relative;
    min-inline-size: 0;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

export const stateStyles = css`
  .skeleton {
    min-block-size: var(--csm-skeleton-height, 6rem);
    border-radius: var(--_radius);
    background: linear-gradient(
        90deg,
        var(--_skeleton-base) 25%,
        var(--_skeleton-highlight) 50%,
        var(--_skeleton-base) 75%
      )
      0 0 / 200% 100%;
    animation: csm-shimmer 1.4s ease-in-out infinite;
  }
  @keyframes csm-shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
  .empty {
    margin: 0;
    padding: var(--_spacing) 0;
    color: var(--_muted-text);
  }
  .error {
    margin: 0 0 calc(var(--_spacing) / 2);
    padding: calc(var(--_spacing) / 2) var(--_spacing);
    border-inline-start: 4px solid var(--_negative);
    border-radius: calc(var(--_radius) / 2);
    background: color-mix(in srgb, var(--_negative) 8%, transparent);
  }
  .error::before {
    content: '⚠ ';
  }
  .stale-note {
    margin: 0 0 calc(var(--_spacing) / 2);
    font-size: 0.875em;
    color: var(--_muted-text);
    font-style: italic;
  }
  /* Stale: a dashed frame and a note, not colour alone (and no fading that would cut contrast). */
  .stale {
    padding: calc(var(--_spacing) / 2);
    border: 1px dashed var(--_muted-text);
    border-radius: var(--_radius);
  }
  .stale .value {
    filter: grayscale(1);
  }
  @media print {
    :host {
      color: #000;
      background: transparent;
    }
    .skeleton {
      animation: none;
    }
    .stale .value {
      filter: none;
    }
  }
`;

/** Everything a metric element starts from: `static override styles = [metricStyles, css\`…\`]`. */
export const metricStyles: CSSResultGroup = [tokenStyles, hostStyles, stateStyles];
