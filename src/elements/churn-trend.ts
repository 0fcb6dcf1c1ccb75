/**
 * `<churn-trend>`: monthly churn as a line chart, with the latest rate, its
 * change from the month before, an optional target line and a window of the
 * last N months (docs/metrics.md, "Churn").
 */
import type { Chart, ChartConfiguration } from 'chart.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement } from '../base/define.js';
import { checks, oneOf, property } from '../base/options.js';
import { MetricElement, type MetricFormatter } from '../base/metric-element.js';
import { ChartController, type ChartKit, type ChartEnvironment } from '../controllers/chart-controller.js';
import { loadOnce } from '../data/load-once.js';
import { CHURN_KINDS, churnAdapter, type ChurnKind, type ChurnTrendResult, type ChurnTrendRow } from '../adapters/churn.js';
import { addEnglish } from '../i18n/catalog.js';
import { churnLoaders } from '../i18n/loaders/churn.js';
import { churn } from '../i18n/en/churn.js';
import type { LocalizeController } from '../i18n/localize-controller.js';
import { metricStyles } from '../styles/host.js';
import { churnTrendStyles } from './churn-trend.styles.js';

/**
 * Chart.js on demand, once for every `<churn-trend>` on the page: the chunk
 * (Chart.js with the line chart's components registered) is fetched when the
 * first one connects (ChartController), while its data is on its way.
 */
const loadLineChart = loadOnce<ChartKit>(() => import('../controllers/line-chart.js').then((module) => module.lineChart()));

export {
  CHURN_INPUTS,
  CHURN_KINDS,
  churnInputShape,
  type ChurnInputShape,
  type ChurnKind,
  type ChurnTrendResult,
  type ChurnTrendRow,
} from '../adapters/churn.js';

addEnglish(churn, churnLoaders);

/** What is missing at the start of a month for a rate: customers, or MRR. */
const NO_BASE = { customer: 'churn.no-base.customer', 'gross-revenue': 'churn.no-base.revenue', 'net-revenue': 'churn.no-base.revenue' } as const;

/** What the ready view shows, derived once per update. */
interface ChurnView {
  readonly title: string;
  readonly rows: readonly ChurnTrendRow[];
  readonly labels: readonly string[];
  readonly latest: { readonly month: string; readonly rate: string } | undefined;
  readonly change:
    | { readonly direction: 'up' | 'down' | 'flat'; readonly arrow: string; readonly text: string }
    | undefined;
  readonly table: ReadonlyArray<{ readonly month: string; readonly rate: string; readonly target: string }>;
  readonly target: number | undefined;
  readonly targetText: string;
  readonly ariaLabel: string;
}

/**
 * Monthly churn as a line chart: customer churn from `Customer` or
 * `MrrChange` rows, gross or net revenue churn from `MrrChange` rows, or
 * already-aggregated `{ month, rate }` rows (a warehouse's numbers). Above the
 * chart, the latest rate with its month and the change from the month before
 * in percentage points, with an arrow and words ("▼ 0.3 pts lower than Sep
 * 2026"), never colour alone. A `target` draws a dashed line. A visually
 * hidden table (`part="table"`) gives screen readers every month's number;
 * the canvas is an image whose label summarises the series.
 *
 * **Input.** `kind="customer"` (default) runs the engine's `customerChurn`
 * (`include-new-churn` counts customers who join and leave in the same
 * month). `gross-revenue` and `net-revenue` run `revenueChurn`, which needs
 * MRR changes: `Customer` rows with a revenue kind are a `config` error.
 * `{ month, rate }` rows are drawn as given: `month` is `YYYY-MM` (each
 * once), `rate` a fraction ≤ 1 (≥ 0 except for net revenue churn) or `null`;
 * missing months are gaps.
 *
 * **View only.** `months`, `target`, `theme`, `locale` and `currency` change
 * what is drawn, never the computation: they fire no event. A `months`
 * that is not a positive whole number is ignored (every month is shown); a
 * `target` outside 0..1 is a `config` error naming it (docs/options.md).
 * Months with no base (no customers, no MRR at the start) are gaps
 * in the line and "no customers" / "no MRR" in the table.
 *
 * @summary Monthly churn line chart with the latest rate, its change and a target line.
 *
 * @csspart base - The wrapper of everything; carries `aria-busy`.
 * @csspart label - The title with the latest month ("Customer churn in Oct 2026").
 * @csspart value - The latest rate ("2.1%").
 * @csspart change - The change from the month before, in points, with an arrow and words.
 * @csspart chart - The box around the canvas (its height is `--churn-trend-height`); the canvas is `role="img"`.
 * @csspart legend - The words under the chart saying what the dashed line is (only with `target`).
 * @csspart table - The visually hidden data table: month, rate and target.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart empty - The "No data yet." sentence.
 * @csspart error - The error message.
 * @csspart stale - The wrapper of the last good value while an error is shown.
 *
 * @cssprop --churn-trend-line-color - Colour of the churn line and its points (default `--csm-accent`).
 * @cssprop --churn-trend-target-color - Colour of the dashed target line (default `--csm-negative`).
 * @cssprop --churn-trend-grid-color - Colour of the grid lines (default `--csm-border`).
 * @cssprop --churn-trend-height - Height of the chart (default `12rem`).
 * @cssprop --csm-font - Font family.
 * @cssprop --csm-text - Text colour.
 * @cssprop --csm-muted-text - Secondary text and axis labels.
 * @cssprop --csm-surface - Background of cards and panels.
 * @cssprop --csm-border - Borders and grid lines.
 * @cssprop --csm-accent - The main data colour.
 * @cssprop --csm-positive - A falling churn rate.
 * @cssprop --csm-negative - A rising churn rate, and the target line.
 * @cssprop --csm-radius - Corner radius.
 * @cssprop --csm-spacing - Base spacing unit.
 *
 * @fires {MetricComputedEvent} metric-computed - Once per successful computation; `detail` is `{ kind, input, rows }` with every month's `rate` (and the engine's `customersStart`/`churned` or `gross`/`net`). Not fired for `months`, `target`, `theme`, `locale` or `currency` changes.
 * @fires {MetricErrorEvent} metric-error - Once per failure; `detail` is `{ kind, message, issues }`.
 *
 * @slot - A `<script type="application/json">` child with the rows; nothing is displayed from the slot.
 *
 * @attr {'loading'|'empty'|'ready'|'error'} state - Read-only: the element's state, for styling.
 */
@customElement('churn-trend')
export class ChurnTrend extends MetricElement<ChurnTrendResult> {
  static override styles = [metricStyles, churnTrendStyles];

  static override presentationProperties: ReadonlySet<PropertyKey> = new Set<PropertyKey>([
    ...MetricElement.presentationProperties,
    'months',
    'target',
  ]);

  /** Which churn: `customer` (default), `gross-revenue` or `net-revenue` (these two need MRR change rows). */
  @property({ check: oneOf(CHURN_KINDS) }) kind: ChurnKind = 'customer';

  /** Customer churn: also count customers who join and leave inside the same month. */
  @property({ attribute: 'include-new-churn', type: Boolean }) includeNewChurn = false;

  /** Show only the last this many months (a whole number ≥ 1); absent = every month. View only. */
  @property({ type: Number }) months: number | undefined = undefined;

  /** A target churn rate a month as a fraction (0.005 = 0.5 %), drawn as a dashed line. View only. */
  @property({ type: Number, check: checks.rate }) target: number | undefined = undefined;

  private view: ChurnView | undefined = undefined;

  private readonly charts = new ChartController<'line'>(this, {
    load: loadLineChart,
    canvas: () => this.renderRoot.querySelector<HTMLCanvasElement>('.chart canvas'),
    config: (env) => this.chartConfig(env),
  });

  /** The Chart.js instance while a chart is drawn (for tests and advanced styling). */
  get chart(): Chart<'line'> | undefined {
    return this.charts.chart;
  }

  /**
   * Also waits for the chart: Chart.js is loaded on the first draw, so
   * `updateComplete` resolves once the chart of this update is drawn (or
   * could not be), and `chart` can be read after it.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this.charts.ready;
    return complete;
  }

  protected override get label(): string {
    return this.i18n.t(`churn.name.${this.kind}`);
  }

  protected override get emptyText(): string {
    const result = this.result;
    if (result && result.rows.length > 0) {
      return this.i18n.t('churn.empty', { noBase: this.i18n.t(NO_BASE[result.kind]) });
    }
    return super.emptyText;
  }

  protected override computeOptions(): unknown {
    return { kind: this.kind, includeNewChurn: this.includeNewChurn };
  }

  protected override get adapter() {
    return churnAdapter;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const result = this.result;
    this.view =
      result === undefined || this.isEmpty(result) ? undefined : describe(result, this.intl, this.i18n.t, this.months, this.target);
  }

  protected override renderValue(_result: ChurnTrendResult): TemplateResult {
    const view = this.view;
    if (!view) return html``;
    const change = view.change;
    const { t } = this.i18n;
    return html`<div class="headline">
        <p part="label">${view.latest ? t('churn.latest', { title: view.title, month: view.latest.month }) : t('churn.no-rate', { title: view.title })}</p>
        <p part="value">${view.latest?.rate ?? '—'}</p>
        ${change
          ? html`<p part="change" class=${change.direction}><span aria-hidden="true">${change.arrow}</span> ${change.text}</p>`
          : nothing}
      </div>
      <div part="chart" class="chart"><canvas role="img" aria-label=${view.ariaLabel}></canvas></div>
      ${view.target !== undefined
        ? html`<p part="legend"><span class="dash" aria-hidden="true"></span>${t('churn.legend', { target: view.targetText })}</p>`
        : nothing}
      <div class="visually-hidden">
        <table part="table">
        <caption>
          ${t('churn.caption', { title: view.title })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('churn.month')}</th>
            <th scope="col">${t('churn.rate', { title: view.title })}</th>
            ${view.target !== undefined ? html`<th scope="col">${t('churn.target')}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${view.table.map(
            (row) => html`<tr>
              <th scope="row">${row.month}</th>
              <td>${row.rate}</td>
              ${view.target !== undefined ? html`<td>${row.target}</td>` : nothing}
            </tr>`,
          )}
          </tbody>
        </table>
      </div>`;
  }

  /** The chart for the current view, coloured from the host's CSS custom properties. */
  private chartConfig(env: ChartEnvironment): ChartConfiguration<'line'> | undefined {
    const view = this.view;
    if (!view) return undefined;
    const read = (name: string) => env.style.getPropertyValue(name).trim();
    const line = read('--_churn-line');
    const target = read('--_churn-target');
    const grid = read('--_churn-grid');
    const text = read('--_muted-text');
    const font = { family: read('--_font') || undefined };
    const intl = this.intl;
    const percent = (value: number | null) => intl.percent(value, 2);
    const datasets: ChartConfiguration<'line'>['data']['datasets'] = [
      {
        label: this.i18n.t('churn.rate', { title: view.title }),
        data: view.rows.map((row) => row.rate),
        borderColor: line,
        backgroundColor: line,
        pointBackgroundColor: line,
        pointBorderColor: line,
        borderWidth: 2,
        pointRadius: 3,
        tension: 0,
        spanGaps: false,
      },
    ];
    if (view.target !== undefined) {
      datasets.push({
        label: this.i18n.t('churn.target'),
        data: view.rows.map(() => view.target ?? null),
        borderColor: target,
        backgroundColor: target,
        borderWidth: 2,
        borderDash: [6, 4],
        pointRadius: 0,
        pointHoverRadius: 0,
      });
    }
    return {
      type: 'line',
      data: { labels: [...view.labels], datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        locale: intl.locale,
        ...(env.reducedMotion ? { animation: false as const } : {}),
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: { grid: { color: grid }, ticks: { color: text, font } },
          y: {
            beginAtZero: true,
            grid: { color: grid },
            ticks: { color: text, font, callback: (value) => intl.percent(Number(value), 1) },
          },
        },
        plugins: {
          tooltip: {
            callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${percent(item.parsed.y)}` },
          },
        },
      },
    };
  }
}

/** A whole number of months ≥ 1, or `undefined` (every month). */
const windowOf = (months: number | undefined) =>
  months !== undefined && Number.isInteger(months) && months >= 1 ? months : undefined;

/** A finite target rate, or `undefined` (no target line). */
const targetOf = (target: number | undefined) =>
  target !== undefined && target !== null && Number.isFinite(target) ? target : undefined;

/** The words and numbers of a result in the element's locale, narrowed to the last `months`. */
function describe(
  result: ChurnTrendResult,
  intl: MetricFormatter,
  t: LocalizeController['t'],
  months: number | undefined,
  targetRate: number | undefined,
): ChurnView {
  const all = result.rows;
  const size = windowOf(months);
  const start = size === undefined ? 0 : Math.max(0, all.length - size);
  const rows = all.slice(start);
  const title = t(`churn.title.${result.kind}`);
  const target = targetOf(targetRate);
  const targetText = intl.percent(target ?? null, 2);
  const labels = rows.map((row) => intl.month(row.month));
  let latestIndex = -1;
  for (let i = all.length - 1; i >= start; i--) {
    if (all[i]!.rate !== null) {
      latestIndex = i;
      break;
    }
  }
  const latestRow = latestIndex >= 0 ? all[latestIndex] : undefined;
  const latest = latestRow ? { month: intl.month(latestRow.month), rate: intl.percent(latestRow.rate, 1) } : undefined;
  let change: ChurnView['change'];
  const before = latestIndex > 0 ? all[latestIndex - 1] : undefined;
  if (latestRow && before && before.rate !== null && latestRow.rate !== null) {
    const points = (latestRow.rate - before.rate) * 100;
    const rounded = Math.round(points * 10) / 10;
    const month = intl.month(before.month);
    change =
      rounded === 0
        ? { direction: 'flat', arrow: '▶', text: t('churn.unchanged', { month }) }
        : {
            direction: rounded > 0 ? 'up' : 'down',
            arrow: rounded > 0 ? '▲' : '▼',
            text: t(rounded > 0 ? 'churn.higher' : 'churn.lower', { points: intl.number(Math.abs(rounded), 1), month }),
          };
  }
  const noBase = t(NO_BASE[result.kind]);
  const table = rows.map((row, i) => ({
    month: labels[i] ?? row.month,
    rate: row.rate === null ? noBase : intl.percent(row.rate, 2),
    target: targetText,
  }));
  const first = labels[0] ?? '';
  const last = labels[labels.length - 1] ?? '';
  const span = first === last ? first : t('churn.span', { first, last });
  let ariaLabel = latest
    ? t('churn.aria', { title, span, rate: latest.rate, month: latest.month })
    : t('churn.aria.no-rate', { title, span, noBase });
  if (target !== undefined) ariaLabel = t('churn.aria.target', { text: ariaLabel, target: targetText });
  return { title, rows, labels, latest, change, table, target, targetText, ariaLabel };
}

declare global {
  interface HTMLElementTagNameMap {
    'churn-trend': ChurnTrend;
  }
}
