/**
 * The one ReactiveController around Chart.js (docs/architecture.md, "Layers"): it creates the chart
 * on the host's first update that has a canvas, calls `chart.update()` on
 * every later update (never re-creating it while the canvas stays), and
 * destroys it when the host leaves the page or the canvas leaves the DOM.
 * What touches a chart (sizing, print, motion, colours) is its drawer
 * (src/controllers/chart-drawer.ts), which comes in the lazy chunk with
 * Chart.js; this part, loaded up front, only loads, retries and schedules.
 *
 * - Loading: Chart.js (~52 kB gzip) is not imported up front. The element
 *   hands over a `load()` that returns the `Chart` class and the drawer through a
 *   dynamic `import()` of a module that registers only the controllers, elements,
 *   scales and plugins its chart type needs (`./line-chart.js`; never
 *   `chart.js/auto`, nor `import('chart.js')`, which keeps all of Chart.js),
 *   one promise shared by every instance. It is called on the first update that has a
 *   canvas and a config (and already when the host connects, so the chunk is
 *   fetched and evaluated while the host's data is still on its way); the chart
 *   is drawn once it resolves, from the host's state at that moment. The
 *   element's text renders meanwhile. `ready` resolves once that pending draw
 *   is done. A host disconnected while the import is pending draws nothing
 *   (and draws when put back).
 * - Long tasks: creating a chart (Chart.js's config resolution, scales and
 *   layout, ~50 ms the first time on a slow machine) runs in a task of its own,
 *   a macrotask after the host update that asked for it (a `MessageChannel`
 *   message, which hidden tabs do not throttle), never in the same task as the
 *   host's render or the chunk's evaluation, so the main thread is never held
 *   for both at once. Later updates of a drawn chart stay synchronous.
 *
 * It imports only types from Chart.js.
 */
import type { Chart, ChartConfiguration, ChartType } from 'chart.js';
import type { ReactiveController, ReactiveElement } from 'lit';
import { reportProblem } from '../base/options.js';
import { downloadError, toDetail } from '../data/errors.js';
import { laterTask } from '../data/slices.js';
import type { ChartDrawer } from './chart-drawer.js';

/** What the config builder is told about the page. */
export interface ChartEnvironment {
  /** The host's computed style: read colours with `style.getPropertyValue('--_name')`. */
  readonly style: CSSStyleDeclaration;
  /** `prefers-reduced-motion: reduce` matches: build the config with `animation: false`. */
  readonly reducedMotion: boolean;
}

/** The `Chart` class, with the components a chart type needs registered. */
export type ChartClass = typeof Chart;

/** What a chart type's lazy chunk gives (`./line-chart.js`, `./bar-chart.js`): Chart.js ready for it, and the drawer. */
export interface ChartKit {
  readonly Chart: ChartClass;
  readonly Drawer: typeof ChartDrawer;
}

export interface ChartControllerOptions<T extends ChartType> {
  /**
   * Loads Chart.js and the drawer on demand (`() => import('./line-chart.js').then(...)`):
   * share one promise between instances so the chunk is fetched and registered once.
   */
  load(): Promise<ChartKit>;
  /** The canvas to draw on, from the host's render root; none → no chart (it is destroyed if there was one). */
  canvas(): HTMLCanvasElement | null | undefined;
  /** The chart's configuration for the host's current state; `undefined` → no chart. */
  config(env: ChartEnvironment): ChartConfiguration<T> | undefined;
}

export class ChartController<T extends ChartType = ChartType> implements ReactiveController {
  private readonly host: ReactiveElement;
  private readonly options: ChartControllerOptions<T>;
  /** The drawer, once the chunk has arrived. */
  private drawer: ChartDrawer<T> | undefined = undefined;
  /** `load()` in flight or settled, started once. */
  private loading: Promise<void> | undefined = undefined;
  /** The pending (load, then next task, then) draw. */
  private pending: Promise<void> | undefined = undefined;
  private loadFailed = false;
  /** After a failed load: the update showing the error has run, the next one loads again. */
  private retryArmed = false;
  private connected = false;

  constructor(host: ReactiveElement, options: ChartControllerOptions<T>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The live Chart.js instance, if one is drawn. */
  get chart(): Chart<T> | undefined {
    return this.drawer?.chart;
  }

  /**
   * Resolves once Chart.js is loaded and the chart for the host's current state
   * is drawn (at once when nothing is pending): await it after the host's
   * `updateComplete` to read `chart`.
   */
  get ready(): Promise<void> {
    return this.pending ?? Promise.resolve();
  }

  hostConnected(): void {
    this.connected = true;
    this.drawer?.connect();
    // Fetch and evaluate Chart.js while the host's data is on its way, in a
    // later task than the one connecting the host (often the page's own
    // script evaluation: no need to make that task longer).
    void laterTask().then(() => this.preload());
    // Moved in the page: the chart was destroyed on removal, draw it again.
    if (this.host.hasUpdated) this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.loadFailed) {
      // A later update (new data, a theme, reconnecting) tries the download again.
      if (this.retryArmed) {
        this.loadFailed = false;
        this.retryArmed = false;
        this.loading = undefined;
      } else {
        this.retryArmed = true;
      }
    }
    this.sync(false);
  }

  hostDisconnected(): void {
    this.connected = false;
    this.drawer?.disconnect();
  }

  /** Resizes the chart to its container now. */
  resize(): void {
    this.drawer?.resize();
  }

  /** Draws what the host's state asks for; a new chart is created only in a task of its own (`create`). */
  private sync(create: boolean): void {
    try {
      const drawer = this.drawer;
      const wanted = drawer ? drawer.sync(create) : this.options.canvas()?.isConnected === true;
      if (wanted) this.schedule();
    } catch (error) {
      // A drawing failure must never escape the element: the data table still carries the numbers.
      console.error(`<${this.host.localName}> could not draw its chart`, error);
    }
  }

  /** Starts loading Chart.js and the drawer once. */
  private preload(): Promise<void> {
    this.loading ??= this.options.load().then(
      ({ Chart, Drawer }) => {
        this.drawer ??= new Drawer<T>(this.host, this.options, Chart);
        if (this.connected) this.drawer.connect();
        reportProblem(this.host, 'chart', undefined);
      },
      (error: unknown) => {
        // No chart, never a broken element: the text and the data table still
        // carry the numbers, under an error naming what could not load.
        this.loadFailed = true;
        this.retryArmed = false;
        console.error(`<${this.host.localName}> could not load Chart.js`, error);
        reportProblem(this.host, 'chart', toDetail(downloadError('The chart code (Chart.js)', error)));
      },
    );
    return this.loading;
  }

  /**
   * Draws the chart in a task of its own once Chart.js is loaded, from the
   * host's state then, if the host is still on the page.
   */
  private schedule(): void {
    if (this.pending || this.loadFailed) return;
    this.pending = this.preload()
      .then(laterTask)
      .then(() => {
        this.pending = undefined;
        if (this.connected && this.drawer) this.sync(true);
      });
  }
}
