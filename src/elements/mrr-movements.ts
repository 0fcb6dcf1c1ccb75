/**
 * `<mrr-movements>`: where MRR came from and went, month by month: stacked
 * bars of new, expansion and reactivation MRR above zero and contraction and
 * churn below, the net movement as a line, and a screen-reader table of every
 * movement with the end-of-month MRR (docs/metrics.md, MRR movements).
 */
import type { Chart, ChartConfiguration, ChartDataset } from 'chart.js';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import {
  LOSSES,
  MOVEMENTS,
  mrrMovementsAdapter,
  netMovement,
  type Movement,
  type MrrMovement,
} from '../adapters/mrr-movements.js';
import { customElement } from '../base/define.js';
import { checks, property } from '../base/options.js';
import { MetricElement, type MetricFormatter } from '../base/metric-element.js';
import { ChartController, type ChartKit, type ChartEnvironment } from '../controllers/chart-controller.js';
import { loadOnce } from '../data/load-once.js';
import { numberFormat } from '../format.js';
import { addEnglish } from '../i18n/catalog.js';
import { mrrLoaders } from '../i18n/loaders/mrr.js';
import { mrr } from '../i18n/en/mrr.js';
import type { LocalizeController } from '../i18n/localize-controller.js';
import { mrrMovementsStyles } from './mrr-movements.styles.js';

export { MOVEMENTS, type Movement, type MrrMovement } from '../adapters/mrr-movements.js';

/** The series of the chart and its legend: the five movements and the net line. */
export const MRR_SERIES = [...MOVEMENTS, 'net'] as const;
export type MrrSeries = (typeof MRR_SERIES)[number];

addEnglish(mrr, mrrLoaders);

/** The message key of each series' name. */
const NAMES = {
  new: 'mrr.new',
  expansion: 'mrr.expansion',
  reactivation: 'mrr.reactivation',
  contraction: 'mrr.contraction',
  churn: 'mrr.churn',
  net: 'mrr.net',
} as const satisfies Record<MrrSeries, string>;

type BarLine = 'bar' | 'line';

/**
 * Chart.js on demand, once for every `<mrr-movements>` on the page (the chunk
 * registers bars and a line only).
 */
const loadBarChart = loadOnce<ChartKit>(() => import('../controllers/bar-chart.js').then((module) => module.barChart()));

/** What the ready view shows, derived once per update. */
interface MovementsView {
  readonly rows: readonly MrrMovement[];
  readonly labels: readonly string[];
  readonly latest: { readonly month: string; readonly net: string; readonly end: string; readonly direction: 'up' | 'down' | 'flat' };
  readonly table: ReadonlyArray<Readonly<Record<'month' | 'start' | Movement | 'net' | 'end', string>>>;
  readonly ariaLabel: string;
}

/**
 * MRR movements a month as stacked bars (Chart.js): new, expansion and
 * reactivation MRR above zero, contraction and churn below, with the net
 * movement as a line over them. Above the chart, the latest month's net
 * movement and its end-of-month MRR. A legend of toggle buttons hides or
 * shows each series (keyboard operable, `aria-pressed`). A visually hidden
 * table (`part="table"`) gives screen readers every month: start MRR, each
 * movement, net and end MRR. Money is formatted with `Intl` in `currency`.
 *
 * **Input**, by any data route: `MrrChange` rows (`customerId, date, mrr`),
 * computed with the engine's `mrrMovements`, or rows already computed by a
 * server or warehouse (`{ month, startMrr, new, expansion, contraction,
 * churn, reactivation, endMrr }`, the customer counts optional), which are
 * checked: money ≥ 0, each month once, and `endMrr` = `startMrr` + new +
 * expansion + reactivation − contraction − churn.
 *
 * **Window.** `months` keeps the last N months; the event's detail is the rows
 * shown, so a change of `months` computes and fires again. A `months` that is
 * not a whole number ≥ 1 is a `config` error.
 *
 * @summary Monthly MRR movements as stacked bars (new, expansion, reactivation up; contraction, churn down) with the net line.
 *
 * @slot - A `<script type="application/json">` child with the rows; nothing is displayed from the slot.
 *
 * @csspart base - The wrapper of everything; carries `aria-busy`.
 * @csspart label - The title with the latest month ("Net MRR movement in Oct 2026").
 * @csspart value - The latest month's net movement, signed ("+$1,200").
 * @csspart end - The latest end-of-month MRR ("End of month MRR: $45,000").
 * @csspart legend - The list of series toggles.
 * @csspart legend-item - Each series toggle, a `<button aria-pressed>` (also `legend-item-<series>`).
 * @csspart chart - The box around the canvas (its height is `--mrr-movements-height`); the canvas is `role="img"`.
 * @csspart table - The visually hidden data table: month, start MRR, each movement, net, end MRR.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart empty - The "No data yet." sentence.
 * @csspart error - The error message.
 * @csspart stale - The wrapper of the last good value while an error is shown.
 *
 * @cssprop --mrr-movements-new-color - New MRR bars (default `--csm-positive`).
 * @cssprop --mrr-movements-expansion-color - Expansion bars (default a blue of its own, not the accent: `#0969da`; `#4493f8` dark).
 * @cssprop --mrr-movements-reactivation-color - Reactivation bars (default a violet: `#8250df`; `#a371f7` dark).
 * @cssprop --mrr-movements-contraction-color - Contraction bars (default `--csm-warning`).
 * @cssprop --mrr-movements-churn-color - Churn bars (default `--csm-negative`).
 * @cssprop --mrr-movements-net-color - The net movement line (default `--csm-text`).
 * @cssprop --mrr-movements-grid-color - Grid lines (default `--csm-border`).
 * @cssprop --mrr-movements-height - Height of the chart (default `16rem`).
 * @cssprop --csm-font - Font family.
 * @cssprop --csm-text - Text colour and the net line.
 * @cssprop --csm-muted-text - Secondary text and axis labels.
 * @cssprop --csm-border - Borders and grid lines.
 * @cssprop --csm-positive - New MRR.
 * @cssprop --csm-negative - Churn.
 * @cssprop --csm-warning - Contraction.
 * @cssprop --csm-accent - The legend's focus ring only (no series follows it).
 * @cssprop --csm-radius - Corner radius.
 * @cssprop --csm-spacing - Base spacing unit.
 *
 * @fires {MetricComputedEvent} metric-computed - Once per successful computation; `detail` is the `mrrMovements` rows shown (`{ month, startMrr, new, expansion, contraction, churn, reactivation, endMrr, … }`). Not fired for legend toggles, `theme`, `locale` or `currency` changes.
 * @fires {MetricErrorEvent} metric-error - Once per failure; `detail` is `{ kind, message, issues }`.
 *
 * @attr {'loading'|'empty'|'ready'|'error'} state - Read-only: the element's state, for styling.
 */
@customElement('mrr-movements')
export class MrrMovements extends MetricElement<MrrMovement[]> {
  static override styles = mrrMovementsStyles;

  /** Show only the last this many months (a whole number ≥ 1); absent = every month. */
  @property({ type: Number, check: checks.months }) months: number | undefined = undefined;

  /** The series hidden with the legend (toggled by the person reading; not an attribute). */
  @state() private hiddenSet: ReadonlySet<MrrSeries> = new Set();

  private view: MovementsView | undefined = undefined;

  private readonly charts = new ChartController<BarLine>(this, {
    load: loadBarChart,
    canvas: () => this.renderRoot.querySelector<HTMLCanvasElement>('.chart canvas'),
    config: (env) => this.chartConfig(env),
  });

  /** The Chart.js instance while a chart is drawn (for tests and advanced styling). */
  get chart(): Chart<BarLine> | undefined {
    return this.charts.chart;
  }

  /** The series currently hidden with the legend. */
  get hiddenSeries(): ReadonlySet<MrrSeries> {
    return this.hiddenSet;
  }

  /** Also waits for the chart: `updateComplete` resolves once the chart of this update is drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this.charts.ready;
    return complete;
  }

  protected override get label(): string {
    return this.i18n.t('mrr.title');
  }

  protected override computeOptions(): unknown {
    return { months: this.months };
  }

  protected override get adapter() {
    return mrrMovementsAdapter;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const result = this.result;
    this.view = result === undefined || this.isEmpty(result) ? undefined : describe(result, this.intl, this.i18n.t);
  }

  private toggle(series: MrrSeries): void {
    const next = new Set(this.hiddenSet);
    if (!next.delete(series)) next.add(series);
    this.hiddenSet = next;
  }

  protected override renderValue(_result: MrrMovement[]): TemplateResult {
    const view = this.view;
    if (!view) return html``;
    const { latest } = view;
    const { t } = this.i18n;
    return html`<div class="headline">
        <p part="label">${t('mrr.headline', { month: latest.month })}</p>
        <p part="value" class=${latest.direction}>${latest.net}</p>
        <p part="end">${t('mrr.end.value', { end: latest.end })}</p>
      </div>
      <ul part="legend" aria-label=${t('mrr.legend')}>
        ${MRR_SERIES.map((series) => {
          const shown = !this.hiddenSet.has(series);
          return html`<li>
            <button
              type="button"
              part="legend-item legend-item-${series}"
              aria-pressed=${shown ? 'true' : 'false'}
              @click=${() => this.toggle(series)}
            >
              <span class="swatch s-${series} ${series === 'net' ? 'line' : ''}" aria-hidden="true"></span>${t(NAMES[series])}
            </button>
          </li>`;
        })}
      </ul>
      <div part="chart" class="chart"><canvas role="img" aria-label=${view.ariaLabel}></canvas></div>
      <div class="visually-hidden">
        <table part="table">
          <caption>
            ${t('mrr.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('mrr.month')}</th>
              <th scope="col">${t('mrr.start')}</th>
              ${MOVEMENTS.map((m) => html`<th scope="col">${t(NAMES[m])}</th>`)}
              <th scope="col">${t(NAMES.net)}</th>
              <th scope="col">${t('mrr.end')}</th>
            </tr>
          </thead>
          <tbody>
            ${view.table.map(
              (row) => html`<tr>
                <th scope="row">${row.month}</th>
                <td>${row.start}</td>
                ${MOVEMENTS.map((m) => html`<td>${row[m]}</td>`)}
                <td>${row.net}</td>
                <td>${row.end}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }

  /** The chart for the current view, coloured from the host's CSS custom properties. */
  private chartConfig(env: ChartEnvironment): ChartConfiguration<BarLine> | undefined {
    const view = this.view;
    if (!view) return undefined;
    const read = (name: string) => env.style.getPropertyValue(name).trim();
    const grid = read('--_mrr-grid');
    const text = read('--_muted-text');
    const font = { family: read('--_font') || undefined };
    const intl = this.intl;
    const compact = numberFormat(intl.locale, { style: 'currency', currency: intl.currency, notation: 'compact', maximumFractionDigits: 1 });
    const hidden = this.hiddenSet;
    const datasets: ChartDataset<BarLine, Array<number | null>>[] = MOVEMENTS.map((m) => {
      const colour = read(`--_mrr-${m}`);
      const sign = LOSSES.has(m) ? -1 : 1;
      return {
        type: 'bar' as const,
        label: this.i18n.t(NAMES[m]),
        data: view.rows.map((row) => (row[m] === 0 ? 0 : sign * row[m])),
        backgroundColor: colour,
        borderColor: colour,
        stack: 'movements',
        order: 1,
        hidden: hidden.has(m),
      };
    });
    const net = read('--_mrr-net');
    datasets.push({
      type: 'line' as const,
      label: this.i18n.t(NAMES.net),
      data: view.rows.map(netMovement),
      borderColor: net,
      backgroundColor: net,
      pointBackgroundColor: net,
      borderWidth: 2,
      pointRadius: 3,
      tension: 0,
      stack: 'net',
      order: 0,
      hidden: hidden.has('net'),
    });
    return {
      type: 'bar',
      data: { labels: [...view.labels], datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        locale: intl.locale,
        ...(env.reducedMotion ? { animation: false as const } : {}),
        scales: {
          x: { stacked: true, grid: { color: grid }, ticks: { color: text, font } },
          y: {
            stacked: true,
            grid: { color: grid },
            ticks: { color: text, font, callback: (value) => compact.format(Number(value)) },
          },
        },
      },
    };
  }
}

/** Money with its sign: `+$1,200`, `−$300`, `$0`. */
function signedMoney(intl: MetricFormatter, value: number): string {
  const text = intl.money(Math.abs(value));
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/** The words and numbers of the rows in the element's locale and currency. */
function describe(rows: readonly MrrMovement[], intl: MetricFormatter, t: LocalizeController['t']): MovementsView {
  const labels = rows.map((row) => intl.month(row.month));
  const last = rows[rows.length - 1]!;
  const lastNet = netMovement(last);
  const latest = {
    month: labels[labels.length - 1]!,
    net: signedMoney(intl, lastNet),
    end: intl.money(last.endMrr),
    direction: lastNet > 0 ? ('up' as const) : lastNet < 0 ? ('down' as const) : ('flat' as const),
  };
  const table = rows.map((row, i) => ({
    month: labels[i]!,
    start: intl.money(row.startMrr),
    new: intl.money(row.new),
    expansion: intl.money(row.expansion),
    reactivation: intl.money(row.reactivation),
    contraction: intl.money(row.contraction),
    churn: intl.money(row.churn),
    net: signedMoney(intl, netMovement(row)),
    end: intl.money(row.endMrr),
  }));
  const first = labels[0]!;
  const span = first === latest.month ? first : t('mrr.span', { first, last: latest.month });
  const ariaLabel = t('mrr.aria', { span, month: latest.month, net: latest.net, end: latest.end });
  return { rows, labels, latest, table, ariaLabel };
}

declare global {
  interface HTMLElementTagNameMap {
    'mrr-movements': MrrMovements;
  }
}
