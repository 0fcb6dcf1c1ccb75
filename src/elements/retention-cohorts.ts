/**
 * `<retention-cohorts>`: how each signup cohort holds up, as a table of
 * cohorts by months since their start (docs/metrics.md, cohort retention).
 * A real `<table>`: it is its own screen-reader table. No chart library.
 */
import { html, type PropertyValues, type TemplateResult } from 'lit';
import {
  COHORT_BASES,
  retentionCohortsAdapter,
  type CohortBasis,
  type RetentionCohortsResult,
} from '../adapters/retention-cohorts.js';
import { customElement } from '../base/define.js';
import { oneOf, property } from '../base/options.js';
import { MetricElement, type MetricFormatter } from '../base/metric-element.js';
import { addEnglish } from '../i18n/catalog.js';
import { cohortsLoaders } from '../i18n/loaders/cohorts.js';
import { cohorts } from '../i18n/en/cohorts.js';
import type { LocalizeController } from '../i18n/localize-controller.js';
import { retentionCohortsStyles } from './retention-cohorts.styles.js';

export {
  COHORT_BASES,
  COHORT_INPUTS,
  type CohortBasis,
  type CohortInput,
  type CohortRow,
  type RetentionCohortsResult,
} from '../adapters/retention-cohorts.js';

/**
 * The colour step of a share within the range of the table shown, `low` and
 * `high` its lowest and highest value above 0 past month 0: 0 for exactly 0, then
 * linear from `low` (step 1) to `high` (step 5), rounded to the nearest step;
 * 5 at or above `high`, so also when every value is the same (or there is
 * none: pass `low` = Infinity, `high` = −Infinity). Revenue above 100 % takes
 * the same rule. Month 0 (100 %) is placed on the same scale without setting
 * it: step 5 where nothing beats 100 % (always, for customers), lower in a
 * revenue table that grows past it, and step 1 below the range.
 */
export function cohortStep(value: number, low: number, high: number): number {
  return value === 0 ? 0 : value >= high ? 5 : Math.max(1, Math.round(1 + (4 * (value - low)) / (high - low)));
}

interface CohortsView {
  readonly title: string;
  readonly sizeHeader: string;
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<{
    readonly cohort: string;
    readonly size: string;
    readonly cells: ReadonlyArray<{ readonly text: string; readonly step: number } | undefined>;
  }>;
}

addEnglish(cohorts, cohortsLoaders);

/**
 * A cohort retention table: one row a signup cohort (its month and size),
 * one column a month since the cohort's start (month 0 is always 100 %), each
 * cell its percentage as text on a colour from a six-step scale (never colour
 * alone). The steps span the range of the table shown, not 0-100 %: past
 * month 0, its lowest value above 0 is step 1 and its highest step 5, linear in
 * between (rounded), so a table held between 70 % and 100 % still shows its
 * differences; exactly 0 % is step 0, month 0 (100 %) sits on the same scale
 * (step 5 unless revenue grows past 100 %), and a table
 * whose values past month 0 are all equal (or absent) is step 5. The header
 * row and the cohort column stay in place while the table scrolls inside a
 * narrow container; the scroll box is keyboard focusable and named after the
 * table.
 *
 * **Input**, by any data route: `MrrChange` rows (both bases) or `Customer`
 * rows (customers only), computed with the engine's `cohortRetention`, or
 * cohort rows already computed (`{ cohort, size, values }`), which are
 * checked: `cohort` a `YYYY-MM` month given once, `size` ≥ 0, `values` an
 * array of fractions (≤ 1 for customers; revenue retention can exceed 1).
 *
 * **Basis.** `basis="customers"` (default): the share of the cohort's
 * customers still active; `basis="revenue"`: the cohort's MRR still paid,
 * against its MRR at the end of its first month (expansion can take it above
 * 100 %). `months` limits the columns (view only: no recomputation, no event).
 *
 * @summary Cohort retention table: cohorts by months since start, each cell a percentage on a colour scale.
 *
 * @slot - A `<script type="application/json">` child with the rows; nothing is displayed from the slot.
 *
 * @csspart base - The wrapper of everything; carries `aria-busy`.
 * @csspart label - The title above the table.
 * @csspart scroll - The scroll box around the table (focusable, named after the table).
 * @csspart table - The `<table>`.
 * @csspart cohort - Each cohort's header cell (its month).
 * @csspart size - Each cohort's size cell.
 * @csspart cell - Each retention cell (also `step-0` … `step-5`, its colour step; `none` past the data).
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart empty - The "No data yet." sentence.
 * @csspart error - The error message.
 * @csspart stale - The wrapper of the last good value while an error is shown.
 *
 * @cssprop --retention-cohorts-color - The colour the scale is mixed from (default `--csm-accent`).
 * @cssprop --retention-cohorts-step-0 - Cell background at exactly 0 % (default `--csm-surface`).
 * @cssprop --retention-cohorts-step-1 - Cell background around the table's lowest value above 0 past month 0 (default 12 % of the colour).
 * @cssprop --retention-cohorts-step-2 - Cell background a quarter of the way up the table's range (default 24 % of the colour).
 * @cssprop --retention-cohorts-step-3 - Cell background halfway up the table's range (default 36 % of the colour).
 * @cssprop --retention-cohorts-step-4 - Cell background three quarters of the way up the table's range (default 48 % of the colour).
 * @cssprop --retention-cohorts-step-5 - Cell background around the table's highest value past month 0 (default 60 % of the colour).
 * @cssprop --retention-cohorts-max-height - Height limit of the scroll box (default none).
 * @cssprop --csm-font - Font family.
 * @cssprop --csm-text - Text colour.
 * @cssprop --csm-muted-text - Secondary text colour.
 * @cssprop --csm-surface - Background of the table.
 * @cssprop --csm-border - Borders.
 * @cssprop --csm-accent - The colour of the scale.
 * @cssprop --csm-radius - Corner radius.
 * @cssprop --csm-spacing - Base spacing unit.
 *
 * @fires {MetricComputedEvent} metric-computed - Once per successful computation; `detail` is `{ basis, input, rows }`, `rows` the `cohortRetention` rows `{ cohort, size, values }`. Not fired for `months`, `theme`, `locale` or `currency` changes.
 * @fires {MetricErrorEvent} metric-error - Once per failure; `detail` is `{ kind, message, issues }`.
 *
 * @attr {'loading'|'empty'|'ready'|'error'} state - Read-only: the element's state, for styling.
 */
@customElement('retention-cohorts')
export class RetentionCohorts extends MetricElement<RetentionCohortsResult> {
  static override styles = retentionCohortsStyles;

  static override presentationProperties: ReadonlySet<PropertyKey> = new Set<PropertyKey>([
    ...MetricElement.presentationProperties,
    'months',
  ]);

  /** `customers` (default): share of the cohort's customers still active; `revenue`: share of its MRR still paid. */
  @property({ check: oneOf(COHORT_BASES) }) basis: CohortBasis = 'customers';

  /** Show at most this many month columns (month 0 included; a whole number ≥ 1); absent = all. View only. */
  @property({ type: Number }) months: number | undefined = undefined;

  private view: CohortsView | undefined = undefined;

  protected override get label(): string {
    return this.i18n.t('cohorts.name');
  }

  protected override computeOptions(): unknown {
    return { basis: this.basis };
  }

  protected override get adapter() {
    return retentionCohortsAdapter;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const result = this.result;
    this.view = result === undefined || this.isEmpty(result) ? undefined : describe(result, this.intl, this.i18n.t, this.months);
  }

  protected override renderValue(_result: RetentionCohortsResult): TemplateResult {
    const view = this.view;
    if (!view) return html``;
    return html`<p part="label" id="title">${view.title}</p>
      <div part="scroll" tabindex="0" role="region" aria-labelledby="title">
        <table part="table">
          <caption class="visually-hidden">
            ${view.title}
          </caption>
          <thead>
            <tr>
              <th scope="col">${this.i18n.t('cohorts.cohort')}</th>
              <th scope="col">${view.sizeHeader}</th>
              ${view.columns.map((c) => html`<th scope="col">${c}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${view.rows.map(
              (row) => html`<tr>
                <th scope="row" part="cohort">${row.cohort}</th>
                <td part="size">${row.size}</td>
                ${row.cells.map((cell) =>
                  cell
                    ? html`<td part="cell step-${cell.step}" class="step-${cell.step}">${cell.text}</td>`
                    : html`<td part="cell none"></td>`,
                )}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }
}

/** The table's words and numbers in the element's locale, with at most `months` columns. */
function describe(
  result: RetentionCohortsResult,
  intl: MetricFormatter,
  t: LocalizeController['t'],
  months: number | undefined,
): CohortsView {
  const widest = result.rows.reduce((n, row) => Math.max(n, row.values.length), 0);
  const limit = months !== undefined && Number.isInteger(months) && months >= 1 ? Math.min(months, widest) : widest;
  const revenue = result.basis === 'revenue';
  // The range the steps span: every cell shown but month 0 (100 % by definition)
  // and 0 % (its own step: one cohort that lost everyone must not flatten the rest).
  const shown = result.rows.flatMap((row) => row.values.slice(1, limit)).filter((v) => v > 0);
  const low = Math.min(...shown);
  const high = Math.max(...shown);
  const columns = Array.from({ length: limit }, (_, k) => t('cohorts.month', { number: intl.number(k, 0) }));
  const rows = result.rows.map((row) => ({
    cohort: intl.month(row.cohort),
    size: revenue ? intl.money(row.size) : intl.number(row.size, 0),
    cells: Array.from({ length: limit }, (_, k) => {
      const v = row.values[k];
      return v === undefined ? undefined : { text: intl.percent(v, 1), step: cohortStep(v, low, high) };
    }),
  }));
  return {
    title: t(revenue ? 'cohorts.title.revenue' : 'cohorts.title.customers'),
    sizeHeader: t(revenue ? 'cohorts.size.revenue' : 'cohorts.size.customers'),
    columns,
    rows,
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'retention-cohorts': RetentionCohorts;
  }
}
