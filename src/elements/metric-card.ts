/**
 * `<metric-card>`: one card for any measure of the engine that has no element
 * of its own: the value in its unit, the change against the previous month,
 * a sparkline, a target said in words.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { metricCardAdapter } from '../adapters/metric-card.js';
import {
  isMetricCardMetric,
  MEASURES,
  METRIC_CARD_METRICS,
  METRIC_CARD_UNITS,
  type MetricCardMetric,
  type MetricCardOptions,
  type MetricCardResult,
  type MetricCardUnit,
} from '../adapters/metric-card-measures.js';
import { customElement } from '../base/define.js';
import { checks, property } from '../base/options.js';
import { MetricElement } from '../base/metric-element.js';
import { addEnglish } from '../i18n/catalog.js';
import { cardLoaders } from '../i18n/loaders/card.js';
import { card } from '../i18n/en/card.js';
import { describeCard, type CardView } from './metric-card-view.js';
import { sparkline, SPARKLINE_VIEWBOX } from './metric-card-sparkline.js';
import { metricCardStyles } from './metric-card.styles.js';

export { METRIC_CARD_METRICS, METRIC_CARD_UNITS, type MetricCardMetric, type MetricCardResult, type MetricCardUnit };

addEnglish(card, cardLoaders);

/**
 * One card for any of 27 measures, named by `metric`: the value in its unit
 * (money in `currency`, percent, ratio, number, hours, days, minutes, all
 * through `Intl`), the change against the previous month for monthly
 * measures, a sparkline of the last `months` months, and a `target` said in
 * words (met or not, and whether higher or lower is better).
 *
 * **Measures and their rows** (definitions in docs/metrics.md):
 * `mrr`, `arr`, `arpa`, `quick-ratio`, `gross-revenue-churn`,
 * `net-revenue-churn` (`MrrChange` rows: the last month of the engine's
 * series); `customer-churn`, `retention` (`Customer` or `MrrChange` rows);
 * `nrr`, `grr` (`MrrChange`: from 12 months before the last month to it);
 * `stickiness`, `product-adoption` (needs `feature`), `engagement` (mean
 * session minutes) (`UsageEvent` rows: the last month); `nps`, `csat`, `ces`
 * (`SurveyResponse` rows: over all of them, sparkline by month when dated);
 * `first-contact-resolution`, `first-response-time`, `resolution-time`
 * (`Ticket` rows; the times are median hours); `trial-conversion` (`Trial`),
 * `renewal-rate` (`Renewal`); `average-order-value`, `purchase-frequency`,
 * `arpu` (`Order` rows); `time-to-value` (`{ customers, events }`, needs
 * `milestone`: median days); `retention-cost` (`cost` ÷ `customers`) and
 * `arr-per-csm` (`arr` ÷ `csms`) from attributes (or an object with those keys).
 *
 * **Input**, by any data route (`data` property or attribute, a child
 * `<script type="application/json">`, `src` JSON or CSV, a surrounding
 * `<metrics-source>`): the measure's rows; or one object holding several kinds
 * (`{ changes, customers, events, responses, tickets, trials, renewals, orders }`),
 * from which the card takes what its measure reads; or rows already computed
 * per month by a server (`[{ month, value }]`, `[{ month, rate }]`,
 * `[{ month, gross, net }]`, the engine's own shapes); or figures computed
 * elsewhere: the `value` (and `previous`, `unit`) attributes, or an object
 * `{ value, previous }`.
 *
 * **Errors.** An unknown `metric`, or `product-adoption` without `feature` or
 * `time-to-value` without `milestone`, is a `config` error naming what is
 * expected. Bad rows show the row and field and keep the last good value.
 *
 * **Accessibility.** The card is a labelled group whose name says the value,
 * the change and the target in words; the sparkline is described in words and
 * its months are in a table for screen readers; better and worse are said by
 * arrows and words, never by colour alone.
 *
 * @summary Any measure of the engine as a card: value in its unit, change, sparkline and target.
 *
 * @slot - A `<script type="application/json">` child with the input; nothing is displayed from the slot.
 *
 * @csspart base - The wrapper of everything; carries `aria-busy`.
 * @csspart card - The labelled group around the value, change, target and sparkline.
 * @csspart label - The title (the measure's name, or `label`).
 * @csspart value - The value in its unit.
 * @csspart note - A sentence under the value when it cannot be computed (e.g. NRR without 12 months of history).
 * @csspart change - The change against the previous month ("▲ +$1,200 vs Jan 2026, better").
 * @csspart target - The target and whether it is met (only with `target`).
 * @csspart chart - The sparkline's SVG (only when the data spans months).
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart empty - The "No data yet." sentence.
 * @csspart error - The error message.
 * @csspart stale - The wrapper of the last good value while an error is shown.
 *
 * @cssprop --metric-card-accent-color - Colour of the value (default `--csm-accent`).
 * @cssprop --metric-card-value-size - Font size of the value (default `2rem`).
 * @cssprop --metric-card-label-color - Colour of the title and notes (default `--csm-muted-text`).
 * @cssprop --metric-card-background - Background of the card (default `--csm-surface`).
 * @cssprop --metric-card-border-color - Border of the card (default `--csm-border`).
 * @cssprop --metric-card-better-color - A change or target for the better (default `--csm-positive`).
 * @cssprop --metric-card-worse-color - A change or target for the worse (default `--csm-negative`).
 * @cssprop --metric-card-sparkline-color - The sparkline (default `--csm-accent`).
 * @cssprop --metric-card-sparkline-height - Largest height of the sparkline (default `3rem`).
 * @cssprop --metric-card-target-color - The sparkline's target line (default `--csm-muted-text`).
 * @cssprop --csm-font - Font family.
 * @cssprop --csm-text - Text colour.
 * @cssprop --csm-muted-text - Secondary text colour.
 * @cssprop --csm-surface - Background of cards and panels.
 * @cssprop --csm-border - Borders.
 * @cssprop --csm-accent - The main data colour.
 * @cssprop --csm-positive - Good values.
 * @cssprop --csm-negative - Bad values and errors.
 * @cssprop --csm-radius - Corner radius.
 * @cssprop --csm-spacing - Base spacing unit.
 *
 * @fires {MetricComputedEvent} metric-computed - Once per successful computation; `detail` is `{ metric, value, previous, change, unit, series }` (`value` exactly the engine's, `series` the last `months` months as `{ month, value }`). Not fired for `label`, `target`, `theme`, `locale` or `currency` changes.
 * @fires {MetricErrorEvent} metric-error - Once per failure; `detail` is `{ kind, message, issues }`.
 *
 * @attr {'loading'|'empty'|'ready'|'error'} state - Read-only: the element's state, for styling.
 */
@customElement('metric-card')
export class MetricCard extends MetricElement<MetricCardResult> {
  static override styles = metricCardStyles;

  static override presentationProperties: ReadonlySet<PropertyKey> = new Set<PropertyKey>([
    ...MetricElement.presentationProperties,
    'label',
    'target',
  ]);

  /** The measure: one of `mrr`, `arr`, `arpa`, `quick-ratio`, `customer-churn`, `retention`, `gross-revenue-churn`, `net-revenue-churn`, `nrr`, `grr`, `stickiness`, `product-adoption`, `engagement`, `nps`, `csat`, `ces`, `first-contact-resolution`, `first-response-time`, `resolution-time`, `trial-conversion`, `renewal-rate`, `average-order-value`, `purchase-frequency`, `arpu`, `time-to-value`, `retention-cost`, `arr-per-csm`. */
  @property() metric: MetricCardMetric | undefined = undefined;

  /** How many months the sparkline (and the event's `series`) covers; default 12. */
  @property({ type: Number, check: checks.months }) months: number | undefined = undefined;

  /** A target in the value's unit (a fraction for percentages: 0.05 = 5 %): the card says whether it is met, by the measure's direction. */
  @property({ type: Number }) target: number | undefined = undefined;

  /** A figure computed elsewhere (a server, a warehouse): the card shows it instead of computing. */
  @property({ type: Number }) value: number | undefined = undefined;

  /** With `value`: the figure of the period before, to show the change. */
  @property({ type: Number }) previous: number | undefined = undefined;

  /** With `value`: its unit, `money`, `percent`, `ratio`, `number`, `hours`, `days` or `minutes` (default: the measure's). */
  @property() unit: MetricCardUnit | undefined = undefined;

  /** `product-adoption`: the feature whose adoption is measured (the events' `feature`). */
  @property() feature: string | undefined = undefined;

  /** `time-to-value`: the feature whose first use marks the value reached. */
  @property() milestone: string | undefined = undefined;

  /** `retention-cost`: what retaining the customers cost, in `currency`. */
  @property({ type: Number }) cost: number | undefined = undefined;

  /** `retention-cost`: the customers retained for that cost. */
  @property({ type: Number }) customers: number | undefined = undefined;

  /** `arr-per-csm`: the annual recurring revenue managed. */
  @property({ type: Number }) arr: number | undefined = undefined;

  /** `arr-per-csm`: customer success managers (full-time equivalents). */
  @property({ type: Number }) csms: number | undefined = undefined;

  private heading: string | undefined = undefined;
  private view: CardView | undefined = undefined;

  /** The title shown instead of the measure's name; also names the card for screen readers. */
  @property()
  override get label(): string {
    return this.heading?.trim() || this.i18n.t(isMetricCardMetric(this.metric) ? `card.metric.${this.metric}` : 'card.metric');
  }
  override set label(value: string | undefined) {
    this.heading = value ?? undefined;
  }

  /** What the computation reads besides its input. */
  private get options(): MetricCardOptions {
    return { metric: this.metric, months: this.months, feature: this.feature, milestone: this.milestone, unit: this.unit };
  }

  protected override computeOptions(): unknown {
    return this.options;
  }

  protected override aggregated(): unknown {
    if (this.value !== undefined) return { value: this.value, previous: this.previous ?? null };
    if (this.metric === 'retention-cost' && (this.cost !== undefined || this.customers !== undefined)) {
      return { cost: this.cost ?? null, customers: this.customers ?? null };
    }
    if (this.metric === 'arr-per-csm' && (this.arr !== undefined || this.csms !== undefined)) {
      return { arr: this.arr ?? null, csms: this.csms ?? null };
    }
    return undefined;
  }

  protected override get adapter() {
    return metricCardAdapter;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const result = this.result;
    this.view =
      result === undefined || this.isEmpty(result)
        ? undefined
        : describeCard(result, this.intl, this.i18n.t, {
            heading: this.label,
            measure: result.metric ? MEASURES[result.metric] : undefined,
            target: this.target,
            months: this.months ?? 12,
          });
  }

  protected override renderValue(result: MetricCardResult): TemplateResult {
    const view = this.view;
    if (!view) return html``;
    return html`<div part="card" class="card" role="group" aria-label=${view.ariaLabel}>
      <p part="label">${view.heading}</p>
      <p part="value">${view.value}</p>
      ${view.note ? html`<p part="note" class="note">${view.note}</p>` : nothing}
      ${view.change
        ? html`<p part="change ${view.change.trend}" class=${view.change.tone}>${view.change.text}</p>`
        : nothing}
      ${view.target
        ? html`<p part="target" class=${view.target.met === undefined ? '' : view.target.met ? 'met' : 'missed'}>
            ${view.target.text}
          </p>`
        : nothing}
      ${view.chart
        ? html`<svg part="chart" viewBox=${SPARKLINE_VIEWBOX} aria-hidden="true" focusable="false">
              ${sparkline(result.series.slice(-(this.months ?? 12)), this.target)}
            </svg>
            <table class="visually-hidden">
              <caption>${view.chart.description}</caption>
              <thead><tr><th scope="col">${this.i18n.t('card.month')}</th><th scope="col">${view.heading}</th></tr></thead>
              <tbody>${view.chart.rows.map(([month, value]) => html`<tr><th scope="row">${month}</th><td>${value}</td></tr>`)}</tbody>
            </table>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'metric-card': MetricCard;
  }
}
