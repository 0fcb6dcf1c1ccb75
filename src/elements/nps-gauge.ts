/**
 * `<nps-gauge>`: the Net Promoter Score on a half-circle gauge from −100 to
 * 100, with the promoter/passive/detractor split, the response count, the
 * margin of error, and optionally the change from a previous score and a
 * target (docs/metrics.md, "NPS"). Drawn as inline SVG: no chart library.
 */
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { customElement } from '../base/define.js';
import { checks, property } from '../base/options.js';
import { MetricElement } from '../base/metric-element.js';
import { DataError } from '../data/errors.js';
import { NPS_GROUPS, npsAdapter, type NpsGroup } from '../adapters/nps.js';
import type { NpsResult } from '../engine/survey.js';
import { numberFormat } from '../format.js';
import { addEnglish } from '../i18n/catalog.js';
import { npsLoaders } from '../i18n/loaders/nps.js';
import { nps } from '../i18n/en/nps.js';
import { metricStyles } from '../styles/host.js';
import { npsGaugeStyles } from './nps-gauge.styles.js';

export type { NpsResult };

/** The three groups of respondents, in the order they are drawn and listed. */
export { NPS_GROUPS, type NpsGroup } from '../adapters/nps.js';

/** Directions of the change from `previous`. */
export const NPS_TRENDS = ['up', 'down', 'flat'] as const;
export type NpsTrend = (typeof NPS_TRENDS)[number];

/** The English heading shown when `label` is not set (other languages: their `nps.title`). */
export const NPS_DEFAULT_LABEL = 'Net Promoter Score';

const TREND_SYMBOL: Record<NpsTrend, string> = { up: '▲', down: '▼', flat: '●' };

addEnglish(nps, npsLoaders);

// Gauge geometry, in viewBox units: a half circle centred at (CX, CY).
const CX = 100;
const CY = 100;
const R = 80;
/** The track: the upper half circle from −100 (left) to 100 (right), `pathLength` 200 = one unit per point. */
const ARC = `M ${CX - R} ${CY} A ${R} ${R} 0 0 1 ${CX + R} ${CY}`;

const clampScore = (value: number): number => Math.min(100, Math.max(-100, value));
/** Clockwise rotation from "straight up" (score 0) to a score, in degrees: −100 → −90°, 100 → 90°. */
const angleOf = (score: number): number => clampScore(score) * 0.9;

/** What the ready view shows, derived once per update from the result and the presentation properties. */
interface GaugeView {
  readonly heading: string;
  readonly score: string;
  readonly scoreNow: number;
  readonly angle: number;
  /** The indicator's dash: from 0 to the score along the 200-unit track. */
  readonly dash: { readonly start: number; readonly length: number };
  readonly margin: string;
  readonly count: string;
  readonly groups: ReadonlyArray<{ readonly group: NpsGroup; readonly text: string; readonly start: number; readonly width: number }>;
  readonly change: { readonly trend: NpsTrend; readonly text: string } | undefined;
  readonly target: { readonly angle: number; readonly text: string; readonly met: boolean } | undefined;
  readonly scale: { readonly min: string; readonly max: string };
  readonly ariaLabel: string;
}

/**
 * The Net Promoter Score on a half-circle gauge from −100 to 100: the score,
 * its ± 95 % margin of error, the number of responses, the split into
 * promoters (9–10), passives (7–8) and detractors (0–6) as a labelled stacked
 * bar and as text, and optionally the change from a `previous` score
 * ("▲ +5 vs previous") and a `target` tick.
 *
 * **Input**, by any data route (`data` property or attribute, a child
 * `<script type="application/json">`, `src` JSON or CSV, a surrounding
 * `<metrics-source>`): survey responses (`[{ score, … }]` or bare scores
 * `[9, 10, 6]`), or counts already aggregated by a server
 * (`{ "promoters": 40, "passives": 45, "detractors": 15 }`, or a one-row CSV
 * `promoters,passives,detractors`), or the attributes
 * `promoters="40" passives="45" detractors="15"` (all three required).
 *
 * **Drawing.** The indicator arc runs from 0 (the top) to the score, so its
 * direction is the sign of the score and its length the size; a marker sits
 * at the score. The score is shown rounded to a whole number in the locale;
 * the unrounded score is in the `metric-computed` event. The indicator moves
 * with a transition that stops under `prefers-reduced-motion`. The gauge fills
 * the container's width (an SVG `viewBox`).
 *
 * **Accessibility.** The gauge is a `meter` (−100 to 100) whose label says it
 * all: "Net Promoter Score 25, ±13.7, from 100 responses: 40% promoters, 45%
 * passives, 15% detractors; up 5 from 20; target 30". Groups and changes are
 * named in words and symbols, never by colour alone.
 *
 * @summary Net Promoter Score gauge (−100…100) with the respondent split, count, margin, change and target.
 *
 * @slot - A `<script type="application/json">` child with the input (responses or counts); nothing is displayed from the slot.
 *
 * @csspart base - The wrapper of everything; carries `aria-busy`.
 * @csspart label - The heading ("Net Promoter Score", or the `label` attribute).
 * @csspart gauge - The `meter`: the SVG gauge with the score over it.
 * @csspart track - The SVG arc from −100 to 100.
 * @csspart indicator - The SVG arc from 0 to the score.
 * @csspart marker - The SVG dot on the track at the score.
 * @csspart target - The SVG tick at the target (only with `target`).
 * @csspart value - The score as text.
 * @csspart margin - The "±13.7" margin of error.
 * @csspart count - The "100 responses" count.
 * @csspart change - The change from `previous` ("▲ +5 vs previous"; only with `previous`).
 * @csspart target-label - The "Target 30" text (only with `target`).
 * @csspart breakdown - The promoter/passive/detractor split: a stacked bar and a list.
 * @csspart bar - The stacked bar of the split.
 * @csspart segment - Each segment of the stacked bar (also `promoters`, `passives` or `detractors`).
 * @csspart group - Each item of the split's list.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart empty - The "No data yet." sentence.
 * @csspart error - The error message.
 * @csspart stale - The wrapper of the last good value while an error is shown.
 *
 * @cssprop --nps-gauge-track-color - The gauge's track (default `--csm-border`).
 * @cssprop --nps-gauge-indicator-color - The arc from 0 to the score and the marker at it (default `--csm-accent`).
 * @cssprop --nps-gauge-promoter-color - Promoters in the split (default `--csm-positive`).
 * @cssprop --nps-gauge-passive-color - Passives in the split (default `--csm-warning`).
 * @cssprop --nps-gauge-detractor-color - Detractors in the split (default `--csm-negative`).
 * @cssprop --nps-gauge-target-color - The target tick (default `--csm-text`).
 * @cssprop --nps-gauge-value-size - Font size of the score (default: scales with the width, 1.75rem to 3.5rem).
 * @cssprop --nps-gauge-duration - Duration of the indicator's transition (default `600ms`; none under `prefers-reduced-motion`).
 * @cssprop --csm-font - Font family.
 * @cssprop --csm-text - Text colour.
 * @cssprop --csm-muted-text - Secondary text colour.
 * @cssprop --csm-border - Borders and tracks.
 * @cssprop --csm-accent - The main data colour.
 * @cssprop --csm-positive - Good values.
 * @cssprop --csm-negative - Bad values and errors.
 * @cssprop --csm-warning - Values at risk.
 * @cssprop --csm-radius - Corner radius.
 * @cssprop --csm-spacing - Base spacing unit.
 *
 * @fires {MetricComputedEvent} metric-computed - Once per successful computation; `detail` is the engine's `nps()` result `{ score, promoters, passives, detractors, total, promoterShare, passiveShare, detractorShare, marginOfError }` with the unrounded score. Not fired for `label`, `previous`, `target`, `theme`, `locale` or `currency` changes.
 * @fires {MetricErrorEvent} metric-error - Once per failure; `detail` is `{ kind, message, issues }`.
 *
 * @attr {'loading'|'empty'|'ready'|'error'} state - Read-only: the element's state, for styling.
 */
@customElement('nps-gauge')
export class NpsGauge extends MetricElement<NpsResult> {
  static override styles = [metricStyles, npsGaugeStyles];

  /** Properties that only change the drawing (`label`, `previous`, `target`, theme, locale, currency): they never recompute nor fire events. */
  static override presentationProperties: ReadonlySet<PropertyKey> = new Set<PropertyKey>([
    ...MetricElement.presentationProperties,
    'label',
    'previous',
    'target',
  ]);

  /** Aggregated input: the number of promoters (scores 9–10). Used with `passives` and `detractors` when no other data is given. */
  @property({ type: Number, check: checks.count }) promoters: number | undefined = undefined;

  /** Aggregated input: the number of passives (scores 7–8). */
  @property({ type: Number, check: checks.count }) passives: number | undefined = undefined;

  /** Aggregated input: the number of detractors (scores 0–6). */
  @property({ type: Number, check: checks.count }) detractors: number | undefined = undefined;

  /** A score to compare with (e.g. last quarter's): shows the change, "▲ +5 vs previous". */
  @property({ type: Number, check: checks.npsScore }) previous: number | undefined = undefined;

  /** A target score, −100 to 100: drawn as a tick on the gauge and named in the text. */
  @property({ type: Number, check: checks.npsScore }) target: number | undefined = undefined;

  private heading: string | undefined = undefined;
  private view: GaugeView | undefined = undefined;

  /** The heading text (default "Net Promoter Score"); also names the gauge for screen readers. */
  @property()
  override get label(): string {
    return this.heading?.trim() || this.i18n.t('nps.title');
  }
  override set label(value: string | undefined) {
    this.heading = value ?? undefined;
  }

  // -------------------------------------------------------------------
  // The metric.

  protected override get adapter() {
    return npsAdapter;
  }

  protected override aggregated(): unknown {
    const given = NPS_GROUPS.filter((key) => this[key] != null);
    if (given.length === 0) return undefined;
    const counts: Record<NpsGroup, number> = { promoters: 0, passives: 0, detractors: 0 };
    for (const key of NPS_GROUPS) {
      const value = this[key];
      if (value == null) {
        throw new DataError('config', `The ${key} attribute is missing: set promoters, passives and detractors together.`);
      }
      counts[key] = value;
    }
    return counts;
  }

  // -------------------------------------------------------------------
  // Deriving the view (render only reads it).

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const result = this.result;
    this.view = result && result.score !== null ? this.deriveView(result, result.score) : undefined;
  }

  private deriveView(r: NpsResult, rawScore: number): GaugeView {
    const intl = this.intl;
    const { t } = this.i18n;
    // Whole points, and never "-0" (Math.round(-0.4) is -0; `|| 0` makes it 0).
    const plain = numberFormat(intl.locale, { maximumFractionDigits: 0 });
    const whole = { format: (value: number): string => plain.format(Math.round(value) || 0) };
    const heading = this.label;
    const score = whole.format(rawScore);
    const margin = `±${intl.number(r.marginOfError, 1)}`;
    const count = t('nps.responses', { count: r.total });

    const shares: Record<NpsGroup, number> = {
      promoters: r.promoterShare ?? 0,
      passives: r.passiveShare ?? 0,
      detractors: r.detractorShare ?? 0,
    };
    let start = 0;
    const groups = NPS_GROUPS.map((group) => {
      const width = shares[group] * 100;
      const item = { group, text: t(`nps.${group}`, { share: intl.percent(shares[group]), number: intl.number(r[group], 0) }), start, width };
      start += width;
      return item;
    });

    const spoken = this.i18n.list(NPS_GROUPS.map((group) => t(`nps.${group}.spoken`, { share: intl.percent(shares[group]) })));
    let ariaLabel = t('nps.aria', { title: heading, score, margin, responses: count, groups: spoken });

    let change: GaugeView['change'];
    const previous = this.previous;
    if (previous != null && Number.isFinite(previous)) {
      // Whole points, like the score shown, so "25" vs previous "20" reads "+5".
      const delta = Math.round(rawScore) - Math.round(previous);
      const trend: NpsTrend = delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat';
      const sized = whole.format(Math.abs(delta));
      const signed = numberFormat(intl.locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(delta);
      change = {
        trend,
        text: `${TREND_SYMBOL[trend]} ${trend === 'flat' ? t('nps.change.none') : t('nps.change', { change: signed })}`,
      };
      const was = whole.format(previous);
      ariaLabel =
        trend === 'flat'
          ? t('nps.aria.flat', { text: ariaLabel, previous: was })
          : t(`nps.aria.${trend}`, { text: ariaLabel, points: sized, previous: was });
    }

    let target: GaugeView['target'];
    const goal = this.target;
    if (goal != null && Number.isFinite(goal)) {
      const met = rawScore >= goal;
      const words = { target: whole.format(goal) };
      target = { angle: angleOf(goal), text: t(met ? 'nps.target.met' : 'nps.target', words), met };
      ariaLabel = t(met ? 'nps.aria.target.met' : 'nps.aria.target', { text: ariaLabel, ...words });
    }

    const clamped = clampScore(rawScore);
    return {
      heading,
      score,
      scoreNow: Math.round(clamped * 10) / 10,
      angle: angleOf(clamped),
      dash: { start: 100 + Math.min(0, clamped), length: Math.abs(clamped) },
      margin,
      count,
      groups,
      change,
      target,
      scale: { min: whole.format(-100), max: whole.format(100) },
      ariaLabel,
    };
  }

  // -------------------------------------------------------------------
  // Rendering.

  protected override renderValue(): TemplateResult {
    const v = this.view;
    if (!v) return html``;
    // Dash lengths in units of the 200-long track; the gap is longer than the track.
    // Geometry goes in SVG presentation attributes, never a `style` attribute:
    // a strict CSP (`style-src 'self'`) blocks style attributes, not these.
    return html`<div class="nps">
      <p part="label" class="label">${v.heading}</p>
      <div
        part="gauge"
        class="gauge"
        role="meter"
        aria-valuemin="-100"
        aria-valuemax="100"
        aria-valuenow=${v.scoreNow}
        aria-valuetext=${v.score}
        aria-label=${v.ariaLabel}
      >
        <svg viewBox="0 -8 200 124" aria-hidden="true" focusable="false">
          <path part="track" class="track" d=${ARC}></path>
          <path
            part="indicator"
            class="indicator"
            d=${ARC}
            pathLength="200"
            stroke-dasharray=${`${v.dash.length} 400`}
            stroke-dashoffset=${-v.dash.start}
          ></path>
          <g part="marker" class="marker" transform=${`rotate(${v.angle} ${CX} ${CY})`}>
            <circle cx=${CX} cy=${CY - R} r="11"></circle>
          </g>
          ${v.target
            ? svg`<g part="target" class="target" transform=${`rotate(${v.target.angle} ${CX} ${CY})`}>
                <line x1=${CX} y1=${CY - R - 15} x2=${CX} y2=${CY - R + 10}></line>
              </g>`
            : nothing}
          <text class="scale" x=${CX - R} y=${CY + 14} text-anchor="middle">${v.scale.min}</text>
          <text class="scale" x=${CX + R} y=${CY + 14} text-anchor="middle">${v.scale.max}</text>
        </svg>
        <div part="value" class="score">${v.score}</div>
      </div>
      <p class="meta"><span part="margin">${v.margin}</span><span part="count">${v.count}</span></p>
      ${v.change || v.target
        ? html`<p class="meta">
            ${v.change
              ? html`<span part="change" class=${`change ${v.change.trend}`} data-trend=${v.change.trend}>${v.change.text}</span>`
              : nothing}
            ${v.target ? html`<span part="target-label">${v.target.text}</span>` : nothing}
          </p>`
        : nothing}
      <div part="breakdown" class="breakdown">
        <svg part="bar" class="bar" viewBox="0 0 100 1" preserveAspectRatio="none" width="100%" aria-hidden="true" focusable="false">
          ${v.groups.map(
            (g) => svg`<rect part=${`segment ${g.group}`} class=${g.group} x=${g.start} y="0" width=${g.width} height="1"></rect>`,
          )}
        </svg>
        <ul class="groups">
          ${v.groups.map(
            (g) => html`<li part="group" data-group=${g.group}><span class=${`swatch ${g.group}`}></span>${g.text}</li>`,
          )}
        </ul>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nps-gauge': NpsGauge;
  }
}
