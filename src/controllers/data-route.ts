/**
 * Where an element's input comes from (docs/architecture.md, "The data
 * path"): a Lit ReactiveController that finds it over six routes, in priority
 * order, and computes a big `src` body in the Worker.
 *
 * 1. the `data` property;
 * 2. the `data` attribute (JSON, parsed once per text);
 * 3. a child `<script type="application/json">` (watched by a MutationObserver);
 * 4. `src`: its code (src/base/src-route.ts: fetch, CSV, polling, the big
 *    body hand-over) is a lazy chunk, loaded the first time an element of
 *    the page has a `src`;
 * 5. the element's own aggregated attributes;
 * 6. the rows of a surrounding `<metrics-source>` (@lit/context).
 *
 * Nothing at all → `none`. Whenever what a route holds changes, the
 * controller calls `onChange` (the host resolves again at its next update).
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import { metricsSourceContext, type MetricsSourceValue } from '../context.js';
import type { SourceController } from './source-controller.js';
import { DataError, downloadError, errorDetail } from '../data/errors.js';
import { loadOnce } from '../data/load-once.js';
import type { Credentials, DataFormat } from '../data/fetch.js';
import type { WorkerRoute } from './worker-route.js';
import type { MetricErrorDetail } from '../events.js';

/** Where an element's current input comes from. */
export const DATA_ROUTES = ['property', 'attribute', 'script', 'src', 'aggregated', 'source', 'none'] as const;
export type DataRoute = (typeof DATA_ROUTES)[number];

/** What the routes give: an input (with a key when it is compared by value), an error, a wait, or nothing. */
export type Resolved =
  | { readonly route: DataRoute; readonly kind: 'value'; readonly value: unknown; readonly key?: string }
  | { readonly route: DataRoute; readonly kind: 'error'; readonly error: MetricErrorDetail }
  | { readonly route: DataRoute; readonly kind: 'loading' }
  | { readonly route: 'none'; readonly kind: 'none' };

/** What the host holds for the routes, read at every resolve. */
export interface RouteInputs {
  readonly data: unknown;
  readonly dataJson: string | undefined;
  readonly src: string | undefined;
  readonly format: DataFormat | undefined;
  readonly credentials: Credentials | undefined;
  readonly refresh: number | undefined;
  readonly timeout: number | undefined;
  readonly maxBytes: number | undefined;
}

export interface DataRouteOptions {
  /** The host's route properties (the host itself). */
  readonly read: () => RouteInputs;
  /** Route 5: the element's aggregated attributes as an input, or `undefined`; may throw a `config` error. */
  readonly aggregated: () => unknown;
  /** Something a route holds changed: resolve again. */
  readonly onChange: () => void;
  /** The metric key the Worker computes the host's big bodies with; `undefined`: never use the Worker. */
  readonly metric: () => string | undefined;
}

type SrcRoute = typeof import('../base/src-route.js');
const loadSrcRoute = loadOnce<SrcRoute>(() => import('../base/src-route.js'));

export class DataRouteController implements ReactiveController {
  /** The route of the last resolve. */
  route: DataRoute = 'none';
  /** A request of the route is in flight (the element says `aria-busy`). */
  busy = false;
  /**
   * A computation was cut short (a disconnect stopped the Worker holding it):
   * the host must compute its input again even if it looks the same.
   */
  interrupted = false;

  private readonly host: ReactiveElement;
  private readonly options: DataRouteOptions;
  private scriptText: string | undefined = undefined;
  private sourceValue: MetricsSourceValue | undefined = undefined;
  private readonly jsonCache = new Map<'attribute' | 'script', { text: string; value?: unknown; error?: DataError }>();
  private observer: MutationObserver | undefined;
  private source: SourceController | undefined;
  /** The Worker side of the `src` route (its lazy code). */
  private big: WorkerRoute | undefined;
  private code: SrcRoute | undefined;
  private codeLoading = false;
  /** The route's code could not be loaded, for this `src`. */
  private codeError: { src: string; error: DataError } | undefined;
  private readonly consumer: ContextConsumer<typeof metricsSourceContext, ReactiveElement>;

  constructor(host: ReactiveElement, options: DataRouteOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
    this.consumer = new ContextConsumer(host, {
      context: metricsSourceContext,
      subscribe: true,
      callback: (value: MetricsSourceValue) => {
        this.sourceValue = value;
        options.onChange();
      },
    });
  }

  /** Asks a surrounding `<metrics-source>` again (one upgraded after the host connected). */
  requestSource(): void {
    if (this.host.isConnected && this.sourceValue === undefined) this.consumer.hostConnected();
  }

  hostConnected(): void {
    if (this.interrupted) this.options.onChange();
    this.readScript();
    this.observer ??= new MutationObserver(() => this.readScript());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private readScript(): void {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    const text = script ? (script.textContent ?? '') : undefined;
    if (text !== this.scriptText) {
      this.scriptText = text;
      this.options.onChange();
    }
  }

  /** Finds the input over the six routes; sets {@link route} and {@link busy}. */
  resolve(): Resolved {
    const resolved = this.find(this.options.read());
    this.route = resolved.route;
    this.busy =
      resolved.kind === 'loading' ||
      (resolved.route === 'src' && this.source?.loading === true) ||
      (resolved.route === 'source' && this.sourceValue?.status === 'loading');
    return resolved;
  }

  private find(inputs: RouteInputs): Resolved {
    const { data, dataJson, src } = inputs;
    if (!src) this.source?.set(undefined);
    if (data !== undefined && data !== null) return this.off({ route: 'property', kind: 'value', value: data });
    if (dataJson != null) return this.off(this.parseJson('attribute', dataJson));
    if (this.scriptText !== undefined) return this.off(this.parseJson('script', this.scriptText));
    if (src) {
      const source = this.srcController(src);
      if (!source) {
        const failed = this.codeError;
        return failed ? { route: 'src', kind: 'error', error: failed.error } : { route: 'src', kind: 'loading' };
      }
      const { format, credentials, refresh, timeout, maxBytes } = inputs;
      source.set({ src, format, credentials, refresh, timeout, maxBytes });
      if (source.error) return { route: 'src', kind: 'error', error: source.error };
      if (source.value !== undefined) return { route: 'src', kind: 'value', value: source.value };
      return { route: 'src', kind: 'loading' };
    }
    let aggregated: unknown;
    try {
      aggregated = this.options.aggregated();
    } catch (error) {
      return { route: 'aggregated', kind: 'error', error: errorDetail(error) };
    }
    if (aggregated !== undefined) {
      // Compared by value: the same attributes do not compute again.
      let key: string | undefined;
      try {
        key = JSON.stringify(aggregated);
      } catch {
        key = undefined;
      }
      return key === undefined ? { route: 'aggregated', kind: 'value', value: aggregated } : { route: 'aggregated', kind: 'value', value: aggregated, key };
    }
    const provided = this.sourceValue;
    if (provided && provided.status !== 'idle') {
      if (provided.status === 'error' && provided.error) return { route: 'source', kind: 'error', error: provided.error };
      if (provided.rows !== undefined && provided.rows !== null) return { route: 'source', kind: 'value', value: provided.rows };
      if (provided.status === 'loading') return { route: 'source', kind: 'loading' };
    }
    return { route: 'none', kind: 'none' };
  }

  /** A route above `src` wins: the `src` request stops. */
  private off(resolved: Resolved): Resolved {
    this.source?.set(undefined);
    return resolved;
  }

  private parseJson(route: 'attribute' | 'script', text: string): Resolved {
    let entry = this.jsonCache.get(route);
    if (!entry || entry.text !== text) {
      entry = { text };
      if (text.trim() === '') {
        entry.value = [];
      } else {
        try {
          entry.value = JSON.parse(text) as unknown;
        } catch (error) {
          const where = route === 'attribute' ? 'The data attribute' : 'The <script type="application/json"> child';
          const reason = error instanceof Error ? ` (${error.message})` : '';
          entry.error = new DataError('parse', `${where} is not valid JSON${reason}.`);
        }
      }
      this.jsonCache.set(route, entry);
    }
    return entry.error ? { route, kind: 'error', error: entry.error } : { route, kind: 'value', value: entry.value };
  }

  /**
   * The `src` route's controller; `undefined` while its code loads (the host
   * resolves again when it arrives) or when it could not be loaded
   * (`codeError`, kept until `src` changes).
   */
  private srcController(src: string): SourceController | undefined {
    if (this.source) return this.source;
    if (this.codeError?.src === src || this.codeLoading) return undefined;
    this.codeError = undefined;
    this.codeLoading = true;
    loadSrcRoute().then(
      (code) => {
        this.codeLoading = false;
        this.code = code;
        const { onChange, metric } = this.options;
        this.source = new code.SourceController(this.host, onChange, () => (metric() === undefined ? Infinity : code.workerThreshold()));
        this.big = new code.WorkerRoute(this.host, this.source, metric, () => (this.interrupted = true));
        onChange();
      },
      (error: unknown) => {
        this.codeLoading = false;
        this.codeError = { src, error: downloadError('The code that loads src', error) };
        this.options.onChange();
      },
    );
    return undefined;
  }

  /**
   * Computes an input: a big fetched body through the `src` route's
   * {@link WorkerRoute} (in the Worker with the adapter of the host's metric);
   * anything else with `here` on the main thread.
   */
  compute<R>(input: unknown, options: unknown, here: (input: unknown) => R | Promise<R>): R | Promise<R> {
    const code = this.code;
    return code && this.big && input instanceof code.BigBody ? this.big.compute(input, options, here) : here(input);
  }
}
