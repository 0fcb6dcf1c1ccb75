/**
 * The drawing half of {@link ChartController} (src/controllers/chart-controller.ts):
 * everything that touches a Chart.js instance. It comes with Chart.js, in the
 * chunk of the chart type (`./line-chart.js`, `./bar-chart.js` return it with
 * the `Chart` class), so a page pays for it only when a chart is drawn.
 *
 * - Size: Chart.js `responsive` with a sized container, plus our own
 *   `ResizeObserver` on that container calling `chart.resize()` at once (Chart.js
 *   defers its own to an animation frame).
 * - Print: `beforeprint`/`afterprint` resize the chart to the printed width.
 * - Motion and colours: the config builder gets the host's computed style
 *   and `prefers-reduced-motion`; a change of `prefers-reduced-motion` or
 *   `prefers-color-scheme` asks the host to update (and so redraw).
 */
import type { Chart, ChartConfiguration, ChartType } from 'chart.js';
import type { ReactiveElement } from 'lit';
import type { ChartEnvironment } from './chart-controller.js';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';
const DARK_SCHEME = '(prefers-color-scheme: dark)';

/** What the drawer asks its controller's options for. */
export interface DrawerOptions<T extends ChartType> {
  canvas(): HTMLCanvasElement | null | undefined;
  config(env: ChartEnvironment): ChartConfiguration<T> | undefined;
}

export class ChartDrawer<T extends ChartType = ChartType> {
  /** The live Chart.js instance, if one is drawn. */
  chart: Chart<T> | undefined = undefined;
  private resizeObserver: ResizeObserver | undefined = undefined;
  private observed: Element | undefined = undefined;
  private queries: MediaQueryList[] = [];
  private readonly onPrint = () => this.resize();
  private readonly onMedia = () => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: DrawerOptions<T>,
    private readonly ChartCtor: typeof Chart,
  ) {}

  /** The host is on the page: listen to print and to the media features the config reads. */
  connect(): void {
    window.addEventListener('beforeprint', this.onPrint);
    window.addEventListener('afterprint', this.onPrint);
    if (typeof matchMedia === 'function') {
      this.queries = [matchMedia(REDUCED_MOTION), matchMedia(DARK_SCHEME)];
      for (const query of this.queries) query.addEventListener('change', this.onMedia);
    }
  }

  /** The host left the page: stop listening and destroy the chart. */
  disconnect(): void {
    window.removeEventListener('beforeprint', this.onPrint);
    window.removeEventListener('afterprint', this.onPrint);
    for (const query of this.queries) query.removeEventListener('change', this.onMedia);
    this.queries = [];
    this.destroy();
  }

  /**
   * Brings the chart in line with the host's state: updates a drawn chart in
   * place, destroys one no longer wanted, and creates a new one only when
   * `create` (the controller's task set apart for it). Returns true when a
   * chart is wanted but not created.
   */
  sync(create: boolean): boolean {
    const canvas = this.options.canvas();
    const config = canvas?.isConnected ? configFor(this.host, this.options) : undefined;
    if (!canvas || !config) {
      this.destroy();
      return false;
    }
    const chart = this.chart;
    if (chart && chart.canvas === canvas) {
      chart.data = config.data;
      if (config.options) chart.options = config.options;
      chart.update();
      return false;
    }
    this.destroy();
    if (!create) return true;
    this.chart = new this.ChartCtor<T>(canvas, config);
    this.observe(canvas.parentElement);
    return false;
  }

  /** Resizes the chart to its container now. */
  resize(): void {
    this.chart?.resize();
  }

  private observe(container: Element | null): void {
    if (!container || typeof ResizeObserver === 'undefined') return;
    this.resizeObserver ??= new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(container);
    this.observed = container;
  }

  private destroy(): void {
    if (this.observed) this.resizeObserver?.unobserve(this.observed);
    this.observed = undefined;
    this.chart?.destroy();
    this.chart = undefined;
  }
}

/** The host's config for its current state, with the page's environment. */
function configFor<T extends ChartType>(host: Element, options: DrawerOptions<T>): ChartConfiguration<T> | undefined {
  return options.config({
    style: getComputedStyle(host),
    reducedMotion: typeof matchMedia === 'function' && matchMedia(REDUCED_MOTION).matches,
  });
}
