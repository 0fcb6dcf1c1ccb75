/**
 * `<clv-card>`: customer lifetime value in money, with the formula's inputs
 * shown, and the LTV:CAC ratio when a `cac` is given (docs/metrics.md, "CLV").
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement } from '../base/define.js';
import { checks, oneOf, property } from '../base/options.js';
import { MetricElement, type MetricFormatter } from '../base/metric-element.js';
import { DataError } from '../data/errors.js';
import {
  CLV_METHODS,
  type ClvMethod,
  type ClvResult,
  type SubscriptionClvInputs,
  type TransactionalClvInputs,
} from '../engine/clv.js';
import { clvAdapter } from '../adapters/clv.js';
import { addEnglish } from '../i18n/catalog.js';
import { clvLoaders } from '../i18n/loaders/clv.js';
import { clv } from '../i18n/en/clv.js';
import type { LocalizeController } from '../i18n/localize-controller.js';
import { metricStyles } from '../styles/host.js';
import { clvCardStyles } from './clv-card.styles.js';

export { CLV_METHODS, type ClvMethod, type ClvResult };

/** The plain-word judgements of an LTV:CAC ratio, worst first. */
export const CLV_RATIO_RATINGS = ['losing', 'low', 'healthy', 'high'] as const;
export type ClvRatioRating = (typeof CLV_RATIO_RATINGS)[number];

/** The judgement of an LTV:CAC ratio: < 1 losing money, < 3 low, ≤ 5 healthy, above 5 high (growth may be under-funded). */
export function rateLtvCac(ratio: number): ClvRatioRating {
  if (ratio < 1) return 'losing';
  if (ratio < 3) return 'low';
  if (ratio <= 5) return 'healthy';
  return 'high';
}

addEnglish(clv, clvLoaders);

/** One input of the formula: its words and its formatted number. */
interface FormulaInput {
  readonly text: string;
  /** The words for the `aria-label`. */
  readonly spoken: string;
}

/** What the ready view shows, derived once per update. */
interface ClvView {
  readonly value: string;
  /** A sentence in place of the value when the engine returns `null`. */
  readonly reason: string | undefined;
  readonly method: string;
  readonly inputs: readonly FormulaInput[];
  readonly operators: readonly string[];
  readonly ratio: { readonly text: string; readonly rating: ClvRatioRating | undefined } | undefined;
  readonly ariaLabel: string;
}

/**
 * Customer lifetime value in the page's currency, with the inputs of its
 * formula shown as text: ARPA × gross margin ÷ monthly churn (subscription),
 * or average order value × purchases a month × lifespan (transactional).
 * With `cac`, the LTV:CAC ratio and a plain-word judgement of it.
 *
 * **Method.** `method` picks the formula. Without it the card infers it from
 * the input: rows with `mrr` → `subscription` (`MrrChange` rows), rows with
 * `amount` → `transactional` (`Order` rows), an object (or a single row, e.g.
 * a one-line CSV) with `arpa`/`churnRate` or `averageOrderValue`/
 * `purchaseFrequency`/`lifespanMonths` → `explicit`; the aggregated
 * attributes (`arpa` + `churn-rate`, or `average-order-value` +
 * `purchase-frequency` + `lifespan-months`) are always `explicit`. An object
 * `{ changes }` or `{ orders }` is read as subscription or transactional
 * input. An object's own `grossMargin`, `window`, `lifespanMonths` win over
 * the attributes.
 *
 * **No value.** When the churn rate is 0 (or cannot be measured), the engine
 * gives no value: the card is `ready` (the data is there and its inputs are
 * shown) and says why in words ("No churn in the window — CLV is unbounded.")
 * instead of a blank or "∞". An empty data set (no rows, no orders) is `empty`.
 *
 * @summary Customer lifetime value with its formula, and LTV:CAC.
 *
 * @csspart base - The wrapper of everything; carries `aria-busy`.
 * @csspart card - The labelled group around the value, formula and ratio.
 * @csspart label - The "Customer lifetime value" title.
 * @csspart method - The method under the title ("subscription", "from orders"…).
 * @csspart value - The lifetime value in money, or the sentence saying why there is none.
 * @csspart formula - The formula line with its inputs.
 * @csspart input - Each input of the formula (ARPA, gross margin, churn; or AOV, frequency, lifespan).
 * @csspart ratio - The LTV:CAC ratio and its judgement (only with `cac`).
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart empty - The "No data yet." sentence.
 * @csspart error - The error message.
 * @csspart stale - The wrapper of the last good value while an error is shown.
 *
 * @cssprop --clv-card-accent-color - Colour of the value (default `--csm-accent`).
 * @cssprop --clv-card-value-size - Font size of the value (default `2rem`).
 * @cssprop --clv-card-label-color - Colour of the title, method and formula (default `--csm-muted-text`).
 * @cssprop --clv-card-background - Background of the card (default `--csm-surface`).
 * @cssprop --clv-card-border-color - Border of the card (default `--csm-border`).
 * @cssprop --clv-card-healthy-color - Marker of a healthy or high ratio (default `--csm-positive`).
 * @cssprop --clv-card-low-color - Marker of a ratio below 3 : 1 (default `--csm-warning`).
 * @cssprop --clv-card-losing-color - Marker of a ratio below 1 : 1 (default `--csm-negative`).
 * @cssprop --csm-font - Font family.
 * @cssprop --csm-text - Text colour.
 * @cssprop --csm-muted-text - Secondary text colour.
 * @cssprop --csm-surface - Background of cards and panels.
 * @cssprop --csm-border - Borders.
 * @cssprop --csm-accent - The main data colour.
 * @cssprop --csm-positive - Good values.
 * @cssprop --csm-negative - Bad values and errors.
 * @cssprop --csm-warning - Values at risk.
 * @cssprop --csm-radius - Corner radius.
 * @cssprop --csm-spacing - Base spacing unit.
 *
 * @fires {MetricComputedEvent} metric-computed - Once per successful computation; `detail` is the engine's `clv()` result `{ value, method, inputs }`. Not fired for `cac`, `theme`, `locale` or `currency` changes.
 * @fires {MetricErrorEvent} metric-error - Once per failure; `detail` is `{ kind, message, issues }`.
 *
 * @slot - A `<script type="application/json">` child with the input (rows or an object); nothing is displayed from the slot.
 *
 * @attr {'loading'|'empty'|'ready'|'error'} state - Read-only: the element's state, for styling.
 */
@customElement('clv-card')
export class ClvCard extends MetricElement<ClvResult> {
  static override styles = [metricStyles, clvCardStyles];

  static override presentationProperties: ReadonlySet<PropertyKey> = new Set<PropertyKey>([
    ...MetricElement.presentationProperties,
    'cac',
  ]);

  /** The formula: `subscription` (MRR changes), `transactional` (orders) or `explicit` (given numbers); inferred from the input when absent. */
  @property({ check: oneOf(CLV_METHODS) }) method: ClvMethod | undefined = undefined;

  /** Gross margin as a fraction in (0, 1] (0.8 = 80 %), for the subscription formula; default 1. */
  @property({ attribute: 'gross-margin', type: Number, check: checks.margin }) grossMargin: number | undefined = undefined;

  /** Subscription: how many months before the last one the churn rate is averaged over (default 6). */
  @property({ type: Number, check: checks.months }) window: number | undefined = undefined;

  /** Transactional: the expected lifespan in months (default: the customers' mean active months); with `average-order-value` and `purchase-frequency`, an aggregated input. */
  @property({ attribute: 'lifespan-months', type: Number, check: checks.positive }) lifespanMonths: number | undefined = undefined;

  /** Customer acquisition cost in `currency`: shows the LTV:CAC ratio. Changing it recomputes nothing and fires nothing. */
  @property({ type: Number }) cac: number | undefined = undefined;

  /** Aggregated input: average revenue per account a month (with `churn-rate`). */
  @property({ type: Number }) arpa: number | undefined = undefined;

  /** Aggregated input: the monthly customer churn rate as a fraction (0.02 = 2 %), with `arpa`. */
  @property({ attribute: 'churn-rate', type: Number }) churnRate: number | undefined = undefined;

  /** Aggregated input: the average order value (with `purchase-frequency` and `lifespan-months`). */
  @property({ attribute: 'average-order-value', type: Number }) averageOrderValue: number | undefined = undefined;

  /** Aggregated input: purchases per customer a month (with `average-order-value` and `lifespan-months`). */
  @property({ attribute: 'purchase-frequency', type: Number }) purchaseFrequency: number | undefined = undefined;

  private view: ClvView | undefined = undefined;

  protected override get label(): string {
    return this.i18n.t('clv.name');
  }

  protected override aggregated(): unknown {
    const subscription = this.arpa !== undefined || this.churnRate !== undefined;
    const transactional = this.averageOrderValue !== undefined || this.purchaseFrequency !== undefined;
    if (!subscription && !transactional) return undefined;
    if (subscription && transactional) {
      throw new DataError(
        'config',
        'Set either arpa and churn-rate, or average-order-value, purchase-frequency and lifespan-months, not both.',
      );
    }
    return subscription
      ? { arpa: this.arpa ?? null, churnRate: this.churnRate ?? null }
      : { averageOrderValue: this.averageOrderValue ?? null, purchaseFrequency: this.purchaseFrequency ?? null };
  }

  protected override computeOptions(): unknown {
    return { method: this.method, grossMargin: this.grossMargin, window: this.window, lifespanMonths: this.lifespanMonths };
  }

  protected override get adapter() {
    return clvAdapter;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const result = this.result;
    this.view = result === undefined || this.isEmpty(result) ? undefined : describe(result, this.intl, this.i18n.t, this.cac, this.window ?? 6);
  }

  protected override renderValue(_result: ClvResult): TemplateResult {
    const view = this.view;
    if (!view) return html``;
    return html`<div part="card" class="card" role="group" aria-label=${view.ariaLabel}>
      <p class="title"><span part="label">${this.i18n.t('clv.title')}</span><span part="method">${view.method}</span></p>
      ${view.reason === undefined
        ? html`<p part="value" class="amount">${view.value}</p>`
        : html`<p part="value" class="amount reason">${view.reason}</p>`}
      <p part="formula" class="formula">
        ${view.inputs.map(
          (input, i) => html`${i > 0 ? html` ${view.operators[i - 1]} ` : nothing}<span part="input">${input.text}</span>`,
        )}
      </p>
      ${view.ratio
        ? html`<p part="ratio" class=${`ratio ${view.ratio.rating ?? ''}`}>${view.ratio.text}</p>`
        : nothing}
    </div>`;
  }
}

/** The words and numbers of a result, in the element's locale and currency. */
function describe(
  result: ClvResult,
  intl: MetricFormatter,
  t: LocalizeController['t'],
  cac: number | undefined,
  window: number,
): ClvView {
  const value = intl.money(result.value);
  let inputs: FormulaInput[];
  let operators: string[];
  let reason: string | undefined;
  if ('averageOrderValue' in result.inputs) {
    const { averageOrderValue: aov, purchaseFrequency: f, lifespanMonths: l } = result.inputs as TransactionalClvInputs;
    const freq = t('clv.frequency', { count: f ?? Number.NaN, digits: 2 });
    const life = t('clv.lifespan', { count: l ?? Number.NaN, digits: 1 });
    inputs = [
      { text: t('clv.aov', { value: intl.money(aov) }), spoken: t('clv.aov.spoken', { value: intl.money(aov) }) },
      { text: freq, spoken: freq },
      { text: life, spoken: t('clv.lifespan.spoken', { lifespan: life }) },
    ];
    operators = ['×', '×'];
  } else {
    const { arpa, churnRate, grossMargin } = result.inputs as SubscriptionClvInputs;
    const rate = { value: intl.percent(churnRate, 2) };
    const churn = t('clv.churn', rate);
    const arpaText = t('clv.arpa', { value: intl.money(arpa) });
    const margin = t('clv.margin', { value: intl.percent(grossMargin, 1) });
    inputs = [
      { text: arpaText, spoken: arpaText },
      { text: margin, spoken: margin },
      { text: result.method === 'subscription' ? t('clv.churn.window', { ...rate, count: window }) : churn, spoken: churn },
    ];
    operators = ['×', '÷'];
    if (result.value === null) {
      reason = t(
        arpa === null
          ? 'clv.reason.no-arpa'
          : churnRate === 0
            ? 'clv.reason.no-churn'
            : result.method === 'subscription'
              ? 'clv.reason.history'
              : 'clv.reason.no-rate',
      );
    }
  }
  let ratio: ClvView['ratio'];
  let ratioSpoken: string | undefined;
  if (cac !== undefined) {
    if (!(cac > 0 && Number.isFinite(cac))) {
      ratio = { text: t('clv.ratio.invalid', { cac: String(cac) }), rating: undefined };
    } else if (result.value === null) {
      ratio = { text: t('clv.ratio.no-clv', { cac: intl.money(cac) }), rating: undefined };
    } else {
      const r = result.value / cac;
      const rating = rateLtvCac(r);
      const shown = intl.number(r, 1);
      ratio = { text: t('clv.ratio', { ratio: shown, cac: intl.money(cac), rating: t(`clv.rating.${rating}`) }), rating };
      ratioSpoken = t('clv.ratio.spoken', { ratio: shown, rating: t(`clv.rating.${rating}.spoken`) });
    }
  }
  const methodText = t(`clv.method.${result.method}`);
  const spoken = inputs.map((i) => i.spoken).join(t('list.separator'));
  return {
    value,
    reason,
    method: methodText,
    inputs,
    operators,
    ratio,
    ariaLabel:
      reason !== undefined
        ? t('clv.aria.reason', { reason, inputs: spoken })
        : ratioSpoken !== undefined
          ? t('clv.aria.ratio', { value, inputs: spoken, ratio: ratioSpoken })
          : t('clv.aria', { value, inputs: spoken }),
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'clv-card': ClvCard;
  }
}
