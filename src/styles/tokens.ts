/**
 * The global design tokens, `--csm-*`. Each has a light default; a page
 * overrides any of them on any ancestor (`body { --csm-accent: teal }`).
 * `theme="dark"` switches the defaults, `theme="auto"` follows
 * `prefers-color-scheme`.
 *
 * Inside the shadow root every token is read once into a private `--_`
 * variable on `:host`, so elements use `var(--_accent)` and per-element hooks
 * (`--nps-gauge-track-color`) fall back to the global token:
 * `--_track: var(--nps-gauge-track-color, var(--_border));`
 */
import { css, unsafeCSS } from 'lit';

/** The tokens and their light and dark defaults. */
export const TOKENS = {
  font: ['system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'],
  text: ['#1f2328', '#e6edf3'],
  'muted-text': ['#59636e', '#9198a1'],
  background: ['transparent', 'transparent'],
  surface: ['#ffffff', '#151b23'],
  border: ['#d1d9e0', '#3d444d'],
  accent: ['#0969da', '#4493f8'],
  positive: ['#1a7f37', '#3fb950'],
  negative: ['#cf222e', '#f85149'],
  warning: ['#9a6700', '#d29922'],
  radius: ['8px', '8px'],
  spacing: ['12px', '12px'],
  'skeleton-base': ['#eaeef2', '#262c36'],
  'skeleton-highlight': ['#f6f8fa', '#323a46'],
} as const;

/** Names of the global tokens (without the `--csm-` prefix). */
export type TokenName = keyof typeof TOKENS;

const names = Object.keys(TOKENS) as TokenName[];
const assign = (mode: 0 | 1): string =>
  names.map((name) => `--_${name}: var(--csm-${name}, ${TOKENS[name][mode]});`).join('\n');

/** `:host` private variables from the tokens: light by default, dark for `theme=dark` and `theme=auto` in a dark scheme. */
export const tokenStyles = css`
  :host {
    ${unsafeCSS(assign(0))}
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${unsafeCSS(assign(1))}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${unsafeCSS(assign(1))}
      color-scheme: dark;
    }
  }
`;
