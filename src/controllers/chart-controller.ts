/**
 * The one ReactiveController around Chart.js (docs/architecture.md, "Layers"): it creates the chart
 * on the host's first update that has a canvas, calls `chart.update()` on
 * every later update (never re-creating it while the canvas stays), and
 * destroys it when the host leaves the page or the canvas leaves the DOM.
 *
 * - Size: Chart.js `responsive` with a sized container, plus our own
 *   `ResizeObserver` on that container calling `chart.resize()` at once (Chart.js
 *   defers its own to an animation frame).
 * - Print: `beforeprint`/`afterprint` resize the chart to the printed width.
 * - Motion: `prefers-reduced-motion: reduce` is handed to the config builder,
 *   which turns animation off.
 * - Colours: the config builder gets the host's computed style, so it reads
 *   CSS custom properties; a theme change (any host update, or a change of
 *   `prefers-color-scheme` under `theme="auto"`) redraws with the new colours.
 *
 * - Loading: Chart.js (~52 kB gzip) is not imported up front. The element
 *   hands over a `load()` that returns the `Chart` class through a dynamic
 *   `import()` of a module that registers only the controllers, elements,
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

/** What the config builder is told about the page. */
export interface ChartEnvironment {
  /** The host's computed style: read colours with `style.getPropertyValue('--_name')`. */
  readonly style: CSSStyleDeclaration;
  /** `prefers-reduced-motion: reduce` matches: build the config with `animation: false`. */
  readonly reducedMotion: boolean;
}

/** The `Chart` class, with the components a chart type needs registered. */
export type ChartClass = typeof Chart;

export interface ChartControllerOptions<T extends ChartType> {
  /**
   * Loads Chart.js on demand (`() => import('chart.js').then(...)`): share one
   * promise between instances so the chunk is fetched and registered once.
   */
  load(): Promise<ChartClass>;
  /** The canvas to draw on, from the host's render root; none → no chart (it is destroyed if there was one). */
  canvas(): HTMLCanvasElement | null | undefined;
  /** The chart's configuration for the host's current state; `undefined` → no chart. */
  config(env: ChartEnvironment): ChartConfiguration<T> | undefined;
}

/** Resolves in a later task (a `MessageChannel` message: not throttled in hidden tabs, unlike timers). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';
const DARK_SCHEME = '(prefers-color-scheme: dark)';

export class ChartController<T extends ChartType = ChartType> implements ReactiveController {
  private readonly host: ReactiveElement;
  private readonly options: ChartControllerOptions<T>;
  private current: Chart<T> | undefined = undefined;
  private resizeObserver: ResizeObserver | undefined = undefined;
  private observed: Element | undefined = undefined;
  private queries: MediaQueryList[] = [];
  /** The loaded `Chart` class; `undefined` until `load()` resolves. */
  private ChartCtor: ChartClass | undefined = undefined;
  /** `load()` in flight or settled, started once. */
  private loading: Promise<void> | undefined = undefined;
  /** The pending (load, then next task, then) draw. */
  private pending: Promise<void> | undefined = undefined;
  /** True while running in the task set apart for creating the chart. */
  private ownTask = false;
  private loadFailed = false;
  /** After a failed load: the update showing the error has run, the next one loads again. */
  private retryArmed = false;
  private connected = false;
  private readonly onPrint = () => this.resize();
  private readonly onMedia = () => this.host.requestUpdate();

  constructor(host: ReactiveElement, options: ChartControllerOptions<T>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The live Chart.js instance, if one is drawn. */
  get chart(): Chart<T> | undefined {
    return this.current;
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
    window.addEventListener('beforeprint', this.onPrint);
    window.addEventListener('afterprint', this.onPrint);
    if (typeof matchMedia === 'function') {
      this.queries = [matchMedia(REDUCED_MOTION), matchMedia(DARK_SCHEME)];
      for (const query of this.queries) query.addEventListener('change', this.onMedia);
    }
    // Fetch and evaluate Chart.js while the host's data is on its way, in a
    // later task than the one connecting the host (often the page's own
    // script evaluation: no need to make that task longer).
    void nextTask().then(() => this.preload());
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
    this.trySync();
  }

  private trySync(): void {
    try {
      this.sync();
    } catch (error) {
      // A drawing failure must never escape the element: the data table still carries the numbers.
      console.error(`<${this.host.localName}> could not draw its chart`, error);
    }
  }

  hostDisconnected(): void {
    this.connected = false;
    window.removeEventListener('beforeprint', this.onPrint);
    window.removeEventListener('afterprint', this.onPrint);
    for (const query of this.queries) query.removeEventListener('change', this.onMedia);
    this.queries = [];
    this.destroy();
  }

  /** Resizes the chart to its container now. */
  resize(): void {
    this.current?.resize();
  }

  private sync(): void {
    const canvas = this.options.canvas();
    if (!canvas || !canvas.isConnected) {
      this.destroy();
      return;
    }
    const config = this.options.config({
      style: getComputedStyle(this.host),
      reducedMotion: typeof matchMedia === 'function' && matchMedia(REDUCED_MOTION).matches,
    });
    if (!config) {
      this.destroy();
      return;
    }
    const chart = this.current;
    if (chart && chart.canvas === canvas) {
      chart.data = config.data;
      if (config.options) chart.options = config.options;
      chart.update();
      return;
    }
    this.destroy();
    const ChartCtor = this.ChartCtor;
    if (!ChartCtor || !this.ownTask) {
      this.schedule();
      return;
    }
    this.current = new ChartCtor<T>(canvas, config);
    this.observe(canvas.parentElement);
  }

  /** Starts loading Chart.js once. */
  private preload(): Promise<void> {
    this.loading ??= this.options.load().then(
      (ChartCtor) => {
        this.ChartCtor = ChartCtor;
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
      .then(nextTask)
      .then(() => {
        this.pending = undefined;
        if (!this.connected || !this.ChartCtor) return;
        this.ownTask = true;
        try {
          this.trySync();
        } finally {
          this.ownTask = false;
        }
      });
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
    this.current?.destroy();
    this.current = undefined;
  }
}
