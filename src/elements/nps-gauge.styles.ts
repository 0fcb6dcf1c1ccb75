/** The styles of `<nps-gauge>` (on top of the shared host styles, src/styles/host.ts). */
import { css } from 'lit';

export const npsGaugeStyles = css`
  :host {
    --_track: var(--nps-gauge-track-color, var(--_border));
    --_indicator: var(--nps-gauge-indicator-color, var(--_accent));
    --_promoter: var(--nps-gauge-promoter-color, var(--_positive));
    --_passive: var(--nps-gauge-passive-color, var(--_warning));
    --_detractor: var(--nps-gauge-detractor-color, var(--_negative));
    --_target: var(--nps-gauge-target-color, var(--_text));
    --_duration: var(--nps-gauge-duration, 600ms);
  }
  .nps {
    display: grid;
    gap: calc(var(--_spacing) / 2);
  }
  .label {
    margin: 0;
    font-weight: 600;
  }
  .gauge {
    display: grid;
    container-type: inline-size;
  }
  .gauge > * {
    grid-area: 1 / 1;
  }
  svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
  }
  .track,
  .indicator {
    fill: none;
    stroke-width: 16;
  }
  .track {
    stroke: var(--_track);
  }
  .indicator {
    stroke: var(--_indicator);
    transition:
      stroke-dasharray var(--_duration) ease-out,
      stroke-dashoffset var(--_duration) ease-out;
  }
  .marker {
    transition: transform var(--_duration) ease-out;
  }
  .marker circle {
    fill: var(--_indicator);
    stroke: var(--_surface);
    stroke-width: 3;
  }
  .target line {
    stroke: var(--_target);
    stroke-width: 3;
  }
  .scale {
    fill: var(--_muted-text);
    font-size: 9px;
  }
  .score {
    align-self: end;
    justify-self: center;
    padding-block-end: 7cqi;
    font-size: var(--nps-gauge-value-size, clamp(1.75rem, 14cqi, 3.5rem));
    font-weight: 700;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }
  .meta {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0 var(--_spacing);
    color: var(--_muted-text);
  }
  .meta:empty {
    display: none;
  }
  .change.up {
    color: var(--_positive);
  }
  .change.down {
    color: var(--_negative);
  }
  .bar {
    block-size: 0.75rem;
    border-radius: calc(var(--_radius) / 2);
  }
  .promoters {
    fill: var(--_promoter);
    background: var(--_promoter);
  }
  .passives {
    fill: var(--_passive);
    background: var(--_passive);
  }
  .detractors {
    fill: var(--_detractor);
    background: var(--_detractor);
  }
  .groups {
    margin: calc(var(--_spacing) / 3) 0 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_spacing);
    font-size: 0.875em;
  }
  .swatch {
    display: inline-block;
    inline-size: 0.7em;
    block-size: 0.7em;
    margin-inline-end: 0.35em;
    border-radius: 2px;
    /* Forced colours drop backgrounds: keep a visible outline. */
    outline: 1px solid transparent;
  }
  @media (prefers-reduced-motion: reduce) {
    .indicator,
    .marker {
      transition: none;
    }
  }
  @media print {
    .indicator,
    .marker {
      transition: none;
    }
    .track {
      stroke: #bbb;
    }
  }
`;
