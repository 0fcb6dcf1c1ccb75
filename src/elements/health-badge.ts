/**
 * `<health-badge>`: one account's health as a coloured badge with its score,
 * band in words and a shape, the trend, and the measures behind it on hover
 * and focus (docs/metrics.md, "Customer health").
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { customElement } from '../base/define.js';
import { checks, property } from '../base/options.js';
import { MetricElement, type MetricFormatter } from '../base/metric-element.js';
import { healthAdapter, healthModelLabels } from '../adapters/health.js';
import {
  type HealthBand,
  type HealthBands,
  type HealthMeasure,
  type HealthModel,
  type HealthScoreRow,
  type HealthTrend,
} from '../engine/health.js';
import { addEnglish } from '../i18n/catalog.js';
import { healthLoaders } from '../i18n/loaders/health.js';
import { health } from '../i18n/en/health.js';
import type { LocalizeController } from '../i18n/localize-controller.js';
import { metricStyles } from '../styles/host.js';
import { healthBadgeStyles } from './health-badge.styles.js';

export type { HealthBand, HealthBands, HealthModel, HealthScoreRow, HealthTrend };

/** A measure of a badge's model: the engine's, plus an optional display name. */
export interface HealthBadgeMeasure extends HealthMeasure {
  /** Shown in the contributions list instead of the key ("Product usage"). */
  label?: string;
}

/** The model a badge takes: the engine's `HealthModel`, measures may carry a `label`. */
export interface HealthBadgeModel extends HealthModel {
  measures: HealthBadgeMeasure[];
}

/** The default bands: ≤ 50 critical, ≤ 75 at risk, else healthy. */
export { DEFAULT_HEALTH_BANDS } from '../engine/health.js';

/** The band in English words (other languages: `health.band.<band>`), and the shape shown beside it (so colour is never the only signal). */
export const HEALTH_BAND_TEXT: Readonly<Record<HealthBand, { readonly label: string; readonly icon: string }>> = {
  healthy: { label: 'Healthy', icon: '✓' },
  'at-risk': { label: 'At risk', icon: '!' },
  critical: { label: 'Critical', icon: '✕' },
};

const TREND_ARROWS: Readonly<Record<HealthTrend, string>> = { up: '▲', down: '▼', flat: '▶' };

addEnglish(health, healthLoaders);

/** `openTickets` → `open tickets`, `nps` → `NPS`. */
function humanize(key: string): string {
  if (/^[a-z]{2,4}$/.test(key) && ['nps', 'csat', 'ces', 'mrr', 'arr', 'sla'].includes(key)) return key.toUpperCase();
  return key
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
}

/** One line of the contributions list. */
interface ContributionView {
  readonly name: string;
  readonly text: string;
  readonly absent: boolean;
}

/** What the ready view shows, derived once per update. */
interface BadgeView {
  readonly band: HealthBand;
  readonly value: string;
  readonly label: string;
  readonly icon: string;
  readonly trend: { readonly direction: HealthTrend; readonly arrow: string; readonly text: string } | undefined;
  readonly customer: string;
  readonly ariaLabel: string;
  readonly details: readonly ContributionView[];
}

/**
 * One account's health: a pill-shaped badge with the score (0–100), the band
 * in words with a shape (✓ healthy, ! at risk, ✕ critical), a trend arrow with
 * words ("▲ up 4 from 78"), and the account's name. Hovering or focusing the
 * badge shows the contributions of the model's measures (each one's value,
 * 0–100 score and share of the weight; "no data" when absent); Escape hides
 * them. Screen readers hear the whole sentence from the badge's `aria-label`
 * ("Account health for Acme: 82, healthy, up 4 from 78") and the
 * contributions as its description.
 *
 * **Input.** `HealthInput` rows (`customerId`, `date?`, a number per measure)
 * scored by the engine's `healthScore(rows, model)` with the `model` (property,
 * or JSON attribute). The latest dated row of the account is scored; the one
 * before it gives the trend. `customer` picks the account; it may be left out
 * when the data holds one account only. A missing `model`, a `customer` not in
 * the data, or several accounts without `customer` are `config` errors naming
 * what is missing. Already-computed scores: `score="82"` (with `previous="78"`
 * for the trend), or a `{ score, previous? }` object as data.
 *
 * **Bands.** `critical` ≤ 50 < `at-risk` ≤ 75 < `healthy` by default; the
 * model's `bands`, then the `critical` and `at-risk` attributes, change them.
 *
 * @summary An account's health score as a badge with band, trend and contributions.
 *
 * @csspart base - The wrapper of everything; carries `aria-busy`.
 * @csspart badge - The pill with the shape, score and band (focusable; `role="img"` with the full `aria-label`).
 * @csspart value - The score, rounded.
 * @csspart label - The band in words: "Healthy", "At risk" or "Critical".
 * @csspart trend - The trend arrow and its words ("▲ up 4 from 78"); absent without a previous score.
 * @csspart customer - The account's name or id.
 * @csspart details - The popover list of contributing measures (shown on hover and focus).
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart empty - The "No data yet." sentence.
 * @csspart error - The error message.
 * @csspart stale - The wrapper of the last good value while an error is shown.
 *
 * @cssprop --health-badge-healthy-color - Colour of a healthy badge (default `--csm-positive`).
 * @cssprop --health-badge-at-risk-color - Colour of an at-risk badge (default `--csm-warning`).
 * @cssprop --health-badge-critical-color - Colour of a critical badge (default `--csm-negative`).
 * @cssprop --health-badge-radius - Corner radius of the badge (default: a pill).
 * @cssprop --csm-font - Font family.
 * @cssprop --csm-text - Text colour.
 * @cssprop --csm-muted-text - Secondary text colour (trend, account, popover notes).
 * @cssprop --csm-surface - Background of the badge tint and the popover.
 * @cssprop --csm-border - Border of the popover.
 * @cssprop --csm-positive - Healthy, and an upward trend.
 * @cssprop --csm-negative - Critical, a downward trend, and errors.
 * @cssprop --csm-warning - At risk.
 * @cssprop --csm-radius - Corner radius of the popover.
 * @cssprop --csm-spacing - Base spacing unit.
 *
 * @fires {MetricComputedEvent} metric-computed - Once per successful computation; `detail` is the selected account's `healthScore()` row `{ customerId, score, band, previous, trend, contributions }`. Not fired for `theme`, `locale`, `currency` or `customer-name` changes, nor for showing the details.
 * @fires {MetricErrorEvent} metric-error - Once per failure; `detail` is `{ kind, message, issues }`.
 *
 * @slot - A `<script type="application/json">` child with the rows; nothing is displayed from the slot.
 *
 * @attr {'loading'|'empty'|'ready'|'error'} state - Read-only: the element's state, for styling.
 */
@customElement('health-badge')
export class HealthBadge extends MetricElement<HealthScoreRow> {
  static override styles = [metricStyles, healthBadgeStyles];

  /** What only changes the look (no recompute, no event): the base's, plus `customerName` and the popover's open state. */
  static override presentationProperties: ReadonlySet<PropertyKey> = new Set<PropertyKey>([
    ...MetricElement.presentationProperties,
    'customerName',
    'open',
  ]);

  /** The account to show: a `customerId` of the rows. May be left out when the data holds one account; with `score`, only its name in the label. */
  @property() customer: string | undefined = undefined;

  /** The account's display name (default: its id). Changing it recomputes nothing. */
  @property({ attribute: 'customer-name' }) customerName: string | undefined = undefined;

  /** The health model `{ measures: [{ key, weight, min, max, higherIsBetter?, label? }], bands? }`, set from script; wins over the `model` attribute. */
  @property({ attribute: false }) model: HealthBadgeModel | undefined = undefined;

  /** The `model` attribute: the health model as a JSON string (single-quote the attribute). */
  @property({ attribute: 'model' }) modelJson: string | undefined = undefined;

  /** Aggregated input: an already-computed health score, 0–100. */
  @property({ type: Number, check: checks.healthScore }) score: number | undefined = undefined;

  /** Aggregated input: the previous score, 0–100, for the trend (with `score`). */
  @property({ type: Number, check: checks.healthScore }) previous: number | undefined = undefined;

  /** Band bound: a score ≤ this is critical (default 50, or the model's). */
  @property({ type: Number, check: checks.healthScore }) critical: number | undefined = undefined;

  /** Band bound: a score ≤ this (and above `critical`) is at risk (default 75, or the model's). */
  @property({ attribute: 'at-risk', type: Number, check: checks.healthScore }) atRisk: number | undefined = undefined;

  /** Whether the contributions popover is shown. */
  @state() private open = false;

  private view: BadgeView | undefined = undefined;
  /** The display labels of the model in use, by measure key. */
  private labels = new Map<string, string>();

  protected override get label(): string {
    return this.i18n.t('health.name');
  }

  protected override get emptyText(): string {
    const result = this.result;
    if (result && result.contributions.length > 0) {
      return this.i18n.t('health.empty', { customer: this.displayName(result) });
    }
    return super.emptyText;
  }

  /** `score` / `previous` attributes: an already-computed score (their declarations refuse anything but 0–100 with a `config` error). */
  protected override aggregated(): unknown {
    if (this.score === undefined) return undefined;
    return { score: this.score, previous: this.previous ?? null };
  }

  protected override computeOptions(): unknown {
    return {
      customer: this.customer,
      model: this.model,
      modelJson: this.model === undefined ? this.modelJson : undefined,
      critical: this.critical,
      atRisk: this.atRisk,
    };
  }

  protected override get adapter() {
    return healthAdapter;
  }

  private displayName(result: HealthScoreRow): string {
    const name = this.customerName?.trim();
    if (name) return name;
    return String(result.customerId ?? '');
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('model') || changed.has('modelJson')) this.labels = healthModelLabels({ model: this.model, modelJson: this.modelJson });
    const result = this.result;
    this.view =
      result === undefined || result.score === null || result.band === null
        ? undefined
        : describe(result, this.intl, this.i18n, this.displayName(result), this.labels);
    if (!this.view || this.view.details.length === 0) this.open = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onDocumentKey);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('open')) {
      if (this.open) document.addEventListener('keydown', this.onDocumentKey);
      else document.removeEventListener('keydown', this.onDocumentKey);
    }
  }

  /** Escape hides the popover wherever focus is (WCAG 1.4.13: dismissable without moving the pointer). */
  private readonly onDocumentKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.open) this.open = false;
  };

  private readonly show = (): void => {
    if (this.view && this.view.details.length > 0) this.open = true;
  };

  private readonly hide = (): void => {
    this.open = false;
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && this.shadowRoot?.contains(next)) return;
    this.open = false;
  };

  protected override renderValue(_result: HealthScoreRow): TemplateResult {
    const view = this.view;
    if (!view) return html``;
    const hasDetails = view.details.length > 0;
    return html`<div class=${`health band-${view.band}`}>
      ${view.customer ? html`<span part="customer" class="customer">${view.customer}</span>` : nothing}
      <span class="anchor" @mouseenter=${this.show} @mouseleave=${this.hide}>
        <span
          part="badge"
          class="badge"
          role="img"
          tabindex=${hasDetails ? '0' : nothing}
          aria-label=${view.ariaLabel}
          aria-describedby=${hasDetails ? 'details' : nothing}
          @focus=${this.show}
          @focusout=${this.onFocusOut}
        >
          <span class="icon" aria-hidden="true">${view.icon}</span>
          <span part="value">${view.value}</span>
          <span part="label">${view.label}</span>
        </span>
        ${hasDetails
          ? html`<div part="details" id="details" role="tooltip" ?hidden=${!this.open}>
              <p class="details-title">${this.i18n.t('health.details')}</p>
              <ul class="details-list">
                ${view.details.map(
                  (d) => html`<li class=${d.absent ? 'absent' : ''}><span class="measure">${d.name}</span>: ${d.text}</li>`,
                )}
              </ul>
            </div>`
          : nothing}
      </span>
      ${view.trend
        ? html`<span part="trend" class="trend"
            ><span class=${`arrow ${view.trend.direction}`} aria-hidden="true">${view.trend.arrow}</span
            ><span class="visually-hidden">${this.i18n.t('health.trend')}</span> ${view.trend.text}</span
          >`
        : nothing}
    </div>`;
  }
}

/** The words and numbers of a result, in the element's locale. */
function describe(
  result: HealthScoreRow,
  intl: MetricFormatter,
  i18n: LocalizeController,
  customer: string,
  labels: ReadonlyMap<string, string>,
): BadgeView {
  const band = result.band as HealthBand;
  const score = result.score as number;
  const { t } = i18n;
  const { icon } = HEALTH_BAND_TEXT[band];
  const label = t(`health.band.${band}`);
  const value = intl.number(score, 0);
  let trend: BadgeView['trend'];
  if (result.trend && result.previous !== null) {
    const before = intl.number(result.previous, 0);
    // The change between the rounded numbers shown, so "up 4 from 78" adds up to the 82 on the badge.
    const delta = Math.abs(Math.round(score) - Math.round(result.previous));
    const text =
      result.trend === 'flat'
        ? t('health.steady', { previous: before })
        : t(result.trend === 'up' ? 'health.up' : 'health.down', { points: intl.number(delta, 0), previous: before });
    trend = { direction: result.trend, arrow: TREND_ARROWS[result.trend], text };
  }
  const totalWeight = result.contributions.reduce((sum, c) => sum + c.weight, 0);
  const details = result.contributions.map((c): ContributionView => {
    const name = labels.get(c.key) ?? humanize(c.key);
    const weight = t('health.weight', { share: intl.percent(totalWeight > 0 ? c.weight / totalWeight : null, 0) });
    if (c.value === null || c.score === null) return { name, text: t('health.no-data', { weight }), absent: true };
    const text = t('health.measure', { value: intl.number(c.value, 2), score: intl.number(c.score, 0), weight });
    return { name, text, absent: false };
  });
  const words = i18n.list([value, t(`health.band.${band}.spoken`), ...(trend ? [trend.text] : [])]);
  return {
    band,
    value,
    label,
    icon,
    trend,
    customer,
    ariaLabel: customer ? t('health.aria.customer', { customer, words }) : t('health.aria', { words }),
    details,
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'health-badge': HealthBadge;
  }
}
