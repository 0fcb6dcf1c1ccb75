/**
 * The abstract base of every metric element: data in (six routes), the four
 * states, the two events, theming, locale (docs/architecture.md, "The data
 * path").
 *
 * The subclass contract (docs/architecture.md, "Adding an element"):
 * {@link MetricElement.adapter} (its metric's adapter, src/adapters/),
 * {@link MetricElement.computeOptions} (the adapter's options),
 * {@link MetricElement.renderValue} (the ready view), and optionally
 * {@link MetricElement.aggregated} (input from its own scalar attributes),
 * {@link MetricElement.label}, {@link MetricElement.emptyText} and
 * `presentationProperties`. `compute()` and `isEmpty()` go through the
 * adapter; an element without one overrides them.
 *
 * Route priority: 1 the `data` property, 2 the `data` attribute (JSON), 3 a
 * child `<script type="application/json">`, 4 `src`, 5 the subclass's
 * aggregated attributes, 6 the rows of a surrounding `<metrics-source>`.
 * Nothing at all → `empty`.
 */
import { ContextConsumer } from '@lit/context';
import { html, LitElement, nothing, type PropertyDeclaration, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { metricsSourceContext, type MetricsSourceValue } from '../context.js';
import type { SourceController } from '../controllers/source-controller.js';
import { DataError, toDetail } from '../data/errors.js';
import type { Credentials, DataFormat } from '../data/fetch.js';
import type { WorkerClient } from '../data/worker-client.js';
import type { BigBody } from '../data/worker-protocol.js';
import { formatIssues, isMetricsInputError } from '../engine/schemas.js';
import type { MetricAdapter } from '../adapters/types.js';
import { MetricComputedEvent, MetricErrorEvent, type MetricErrorDetail } from '../events.js';
import {
  formatChange,
  formatCurrency,
  formatMonth,
  formatNumber,
  formatPercent,
  resolveLocale,
} from '../format.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { metricStyles } from '../styles/host.js';
import { optionDeclaration, optionDescriptor, optionError } from './options.js';

/** The states an element is in, reflected as its `state` attribute. */
export const METRIC_STATES = ['loading', 'empty', 'ready', 'error'] as const;
export type MetricState = (typeof METRIC_STATES)[number];

/** Values of the `theme` attribute. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** Where an element's current input comes from. */
export const DATA_ROUTES = ['property', 'attribute', 'script', 'src', 'aggregated', 'source', 'none'] as const;
export type DataRoute = (typeof DATA_ROUTES)[number];

/** Formatting helpers bound to the element's locale and currency. */
export interface MetricFormatter {
  readonly locale: string;
  readonly currency: string;
  number(value: number | null | undefined, maximumFractionDigits?: number): string;
  percent(value: number | null | undefined, maximumFractionDigits?: number): string;
  money(value: number | null | undefined): string;
  change(value: number | null | undefined, as?: 'number' | 'percent', maximumFractionDigits?: number): string;
  month(month: string, style?: 'short' | 'long'): string;
}

type Resolved =
  | { readonly route: DataRoute; readonly kind: 'value'; readonly value: unknown; readonly key?: string }
  | { readonly route: DataRoute; readonly kind: 'error'; readonly error: MetricErrorDetail }
  | { readonly route: DataRoute; readonly kind: 'loading' }
  | { readonly route: 'none'; readonly kind: 'none' };

const NOTHING_YET = Symbol('nothing computed yet');

/** The `src` route's code (fetch, CSV, polling, Worker hand-over): loaded once, on first use. */
type SrcRoute = typeof import('./src-route.js');
let srcRoute: Promise<SrcRoute> | undefined;

/** Turns anything thrown by `compute()` into an error detail. */
export function errorDetail(error: unknown): MetricErrorDetail {
  if (isMetricsInputError(error)) {
    return { kind: 'validation', message: formatIssues(error.issues, error.total), issues: error.issues };
  }
  if (error instanceof DataError) return toDetail(error);
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'validation', message: message || 'The data could not be computed.', issues: [] };
}

/**
 * Base class of the metric elements. `R` is the engine's result type.
 *
 * @csspart base - The wrapper of everything; carries `aria-busy`.
 * @csspart skeleton - The placeholder shown while loading with nothing to show yet.
 * @csspart empty - The "No data yet." sentence.
 * @csspart error - The error message.
 * @csspart stale - The wrapper of the last good value while an error is shown.
 *
 * @cssprop --csm-font - Font family.
 * @cssprop --csm-text - Text colour.
 * @cssprop --csm-muted-text - Secondary text colour.
 * @cssprop --csm-background - Background of the element.
 * @cssprop --csm-surface - Background of cards and panels.
 * @cssprop --csm-border - Borders and tracks.
 * @cssprop --csm-accent - The main data colour.
 * @cssprop --csm-positive - Good values.
 * @cssprop --csm-negative - Bad values and errors.
 * @cssprop --csm-warning - Values at risk.
 * @cssprop --csm-radius - Corner radius.
 * @cssprop --csm-spacing - Base spacing unit.
 * @cssprop --csm-skeleton-base - Skeleton colour.
 * @cssprop --csm-skeleton-highlight - Skeleton shimmer colour.
 * @cssprop --csm-skeleton-height - Height of the loading skeleton.
 *
 * @fires {MetricComputedEvent} metric-computed - Once per successful computation; `detail` is the engine's result.
 * @fires {MetricErrorEvent} metric-error - Once per failure; `detail` is `{ kind, message, issues }`.
 *
 * @attr {'loading'|'empty'|'ready'|'error'} state - Read-only: the element's state, for styling.
 */
export abstract class MetricElement<R> extends LitElement {
  static override styles = metricStyles;

  /**
   * Options as frameworks send them (src/base/options.ts): numbers written as
   * text, `null`/`undefined` = the default, nonsense refused with a `config`
   * error quoting it (shown over everything else until fixed or cleared).
   */
  static override createProperty(name: PropertyKey, options?: PropertyDeclaration): void {
    super.createProperty(name, optionDeclaration(options));
  }

  static override getPropertyDescriptor(name: PropertyKey, key: string | symbol, options: PropertyDeclaration) {
    return optionDescriptor(name, options, super.getPropertyDescriptor(name, key, options));
  }

  /** The `config` error of refused options (see createProperty), once reported. */
  private optionFailure: MetricErrorDetail | undefined = undefined;

  /**
   * Properties that only change how the value looks: changing them never
   * recomputes nor fires an event. Subclasses add theirs:
   * `static override presentationProperties = new Set([...MetricElement.presentationProperties, 'target'])`.
   */
  static presentationProperties: ReadonlySet<PropertyKey> = new Set<PropertyKey>(['theme', 'locale', 'currency']);

  /** Rows (or an input object) set from script; takes priority over every other route. */
  @property({ attribute: false }) data: unknown = undefined;

  /** The `data` attribute: rows as a JSON string (single-quote the attribute: `data='[9,10,6]'`). */
  @property({ attribute: 'data' }) dataJson: string | undefined = undefined;

  /** URL of JSON or CSV rows (http, https or relative). */
  @property() src: string | undefined = undefined;

  /** Format of `src`: `json` or `csv`; by default from the content type, then the extension. */
  @property() format: DataFormat | undefined = undefined;

  /** Credentials mode of the `src` request: `same-origin` (default), `include` or `omit`. */
  @property() credentials: Credentials | undefined = undefined;

  /** Re-fetch `src` every this many seconds while the page is visible; 0 or absent = never. */
  @property({ type: Number }) refresh: number | undefined = undefined;

  /** Seconds before a `src` request gives up (default 15). */
  @property({ type: Number }) timeout: number | undefined = undefined;

  /** Locale of numbers and dates (BCP 47); default: the closest `lang`, else the browser's. */
  @property() locale: string | undefined = undefined;

  /** ISO 4217 currency of money values (default `USD`). */
  @property() currency: string | undefined = undefined;

  /** Colour theme: `light` (default), `dark`, or `auto` (follows `prefers-color-scheme`). */
  @property({ reflect: true }) theme: Theme = 'light';

  /**
   * The element's words in its reader's language (docs/i18n.md): the base's
   * state words go through it; an element adds its own English table
   * (src/i18n/en/<element>.ts) with `addEnglish(table)` where it is defined,
   * and says every word with `this.i18n.t(key, params)`.
   */
  protected readonly i18n = new LocalizeController(this);

  @state() private scriptText: string | undefined = undefined;
  @state() private sourceValue: MetricsSourceValue | undefined = undefined;
  @state() private pending = false;

  private currentState: MetricState = 'empty';
  private currentResult: R | undefined = undefined;
  private currentError: MetricErrorDetail | undefined = undefined;
  private currentRoute: DataRoute = 'none';
  private busy = false;
  private inputDirty = true;
  private generation = 0;
  private lastInput: unknown = NOTHING_YET;
  private lastInputKey: string | undefined = undefined;
  private lastOptionsKey: string | undefined = undefined;
  private lastInputError: MetricErrorDetail | undefined = undefined;
  private lastRouteError: MetricErrorDetail | undefined = undefined;
  private queued: Event[] = [];
  private readonly jsonCache = new Map<'attribute' | 'script', { text: string; value?: unknown; error?: DataError }>();
  private observer: MutationObserver | undefined;
  private worker: WorkerClient | undefined;

  /**
   * The `src` route, created when `src` is first set (its code is a lazy
   * chunk). A big body (see src/data/worker-protocol.ts) is computed in a
   * Worker by the elements the Worker knows.
   */
  private source: SourceController | undefined;
  private route: SrcRoute | undefined;
  private routeLoading = false;
  /** The route's code could not be loaded, for this `src`. */
  private routeError: { src: string; error: DataError } | undefined;

  /**
   * Route 6: the rows of a surrounding `<metrics-source>` (the consumer
   * registers itself as a controller and asks on every connect).
   */
  private readonly consumer = new ContextConsumer(this, {
    context: metricsSourceContext,
    subscribe: true,
    callback: (value: MetricsSourceValue) => {
      this.sourceValue = value;
      this.markInputDirty();
    },
  });

  /**
   * Asks for a surrounding `<metrics-source>` again. Called by a
   * `<metrics-source>` that was upgraded after this element connected (its
   * first request went unanswered): cheaper for every page than a page-wide
   * `ContextRoot` replaying requests.
   * @internal
   */
  requestSource(): void {
    if (this.isConnected && this.sourceValue === undefined) this.consumer.hostConnected();
  }

  /** The element's state: `loading`, `empty`, `ready` or `error` (also the `state` attribute). */
  get state(): MetricState {
    return this.currentState;
  }

  /** The last good result (still shown, marked stale, while an error is shown). */
  get result(): R | undefined {
    return this.currentResult;
  }

  /** The current error, or `undefined`. */
  get error(): MetricErrorDetail | undefined {
    return this.optionFailure ?? this.currentError;
  }

  /** Which route the current input comes from. */
  get dataRoute(): DataRoute {
    return this.currentRoute;
  }

  // ---------------------------------------------------------------------
  // Subclass hooks.

  /**
   * Computes the metric from the input (rows or an object, whatever the route).
   * Call the engine here. May throw: a `MetricsInputError` becomes a
   * `validation` error with its issues, a {@link DataError} keeps its kind
   * (throw `new DataError('config', …)` for a bad attribute), anything else a
   * `validation` error with its message. May return a Promise (a Worker):
   * only the newest computation's answer is kept.
   */
  protected compute(input: unknown): R | Promise<R> {
    const adapter = this.adapter;
    if (!adapter) throw new Error(`<${this.localName}> has neither an adapter nor a compute()`);
    return adapter.compute(input, this.computeOptions());
  }

  /**
   * The metric's adapter (src/adapters/<metric>.ts): {@link compute} and
   * {@link isEmpty} go through it by default, with {@link computeOptions} as
   * its options, and a big `src` body is computed by the same adapter in the
   * Worker (by its `metric` key). `undefined`: the subclass overrides
   * `compute()` and big bodies are computed on the main thread.
   */
  protected get adapter(): MetricAdapter<unknown, R> | undefined {
    return undefined;
  }

  /** The ready view of a result. Render data text with text bindings only (never `unsafeHTML`). */
  protected abstract renderValue(result: R): TemplateResult;

  /** True when a result has nothing to show (no responses…): the element shows {@link emptyText}. */
  protected isEmpty(result: R): boolean {
    return this.adapter?.isEmpty(result) ?? false;
  }

  /**
   * Input taken from the element's own scalar attributes (already-aggregated
   * data, route 5), or `undefined` when they are not set.
   */
  protected aggregated(): unknown {
    return undefined;
  }

  /**
   * What {@link compute} reads besides its input (a `method`, a `window`…), as
   * a JSON-able value. The same input is computed again (and fires again)
   * only when this changes; the default `undefined` means nothing else.
   */
  protected computeOptions(): unknown {
    return undefined;
  }

  /** A human name of the metric for messages and the loading label, e.g. "NPS". */
  protected get label(): string {
    return this.i18n.t('state.metric');
  }

  /** The sentence of the empty state. */
  protected get emptyText(): string {
    return this.i18n.t('state.empty');
  }

  /** Formatting helpers for the element's locale and currency. */
  protected get intl(): MetricFormatter {
    const locale = resolveLocale(this, this.locale);
    const currency = (this.currency || 'USD').toUpperCase();
    return {
      locale,
      currency,
      number: (v, d) => formatNumber(v, locale, d),
      percent: (v, d) => formatPercent(v, locale, d),
      money: (v) => formatCurrency(v, locale, currency),
      change: (v, as, d) => formatChange(v, locale, as, d),
      month: (m, style) => formatMonth(m, locale, style),
    };
  }

  /** Asks for the input to be resolved and computed again at the next update (e.g. a subclass's private state changed). */
  protected markInputDirty(): void {
    this.inputDirty = true;
    this.requestUpdate();
  }

  // ---------------------------------------------------------------------
  // Lifecycle.

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.inputDirty && this.hasUpdated) this.requestUpdate();
    this.readScript();
    this.observer ??= new MutationObserver(() => this.readScript());
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    if (this.worker) {
      // A job cut short never settles: forget its input so reconnecting computes it again.
      if (this.worker.busy) {
        this.generation++;
        this.lastInput = NOTHING_YET;
        this.inputDirty = true;
      }
      this.worker.terminate();
      this.worker = undefined;
    }
  }

  private readScript(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    const text = script ? (script.textContent ?? '') : undefined;
    if (text !== this.scriptText) {
      this.scriptText = text;
      this.inputDirty = true;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const presentation = (this.constructor as typeof MetricElement).presentationProperties;
    for (const key of changed.keys()) {
      if (!presentation.has(key)) this.inputDirty = true;
    }
    if (this.inputDirty) {
      this.inputDirty = false;
      this.apply(this.resolve());
    }
    const refused = optionError(this);
    if (refused !== this.optionFailure) {
      this.optionFailure = refused;
      if (refused) this.queued.push(new MetricErrorEvent(refused));
    }
    this.currentState = this.deriveState();
    if (this.getAttribute('state') !== this.currentState) this.setAttribute('state', this.currentState);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const events = this.queued;
    this.queued = [];
    for (const event of events) this.dispatchEvent(event);
  }

  // ---------------------------------------------------------------------
  // Routes.

  private resolve(): Resolved {
    if (this.data !== undefined && this.data !== null) {
      this.source?.set(undefined);
      return { route: 'property', kind: 'value', value: this.data };
    }
    if (this.dataJson != null) {
      this.source?.set(undefined);
      return this.parseJson('attribute', this.dataJson);
    }
    if (this.scriptText !== undefined) {
      this.source?.set(undefined);
      return this.parseJson('script', this.scriptText);
    }
    if (this.src) {
      const source = this.srcController(this.src);
      if (!source) {
        const failed = this.routeError;
        return failed ? { route: 'src', kind: 'error', error: failed.error } : { route: 'src', kind: 'loading' };
      }
      source.set({
        src: this.src,
        format: this.format,
        credentials: this.credentials,
        refresh: this.refresh,
        timeout: this.timeout,
      });
      if (source.error) return { route: 'src', kind: 'error', error: source.error };
      if (source.value !== undefined) return { route: 'src', kind: 'value', value: source.value };
      return { route: 'src', kind: 'loading' };
    }
    this.source?.set(undefined);
    let aggregated: unknown;
    try {
      aggregated = this.aggregated();
    } catch (error) {
      return { route: 'aggregated', kind: 'error', error: errorDetail(error) };
    }
    if (aggregated !== undefined) {
      let key: string | undefined;
      try {
        key = JSON.stringify(aggregated);
      } catch {
        key = undefined;
      }
      return key === undefined
        ? { route: 'aggregated', kind: 'value', value: aggregated }
        : { route: 'aggregated', kind: 'value', value: aggregated, key };
    }
    const provided = this.sourceValue;
    if (provided && provided.status !== 'idle') {
      if (provided.status === 'error' && provided.error) return { route: 'source', kind: 'error', error: provided.error };
      if (provided.rows !== undefined && provided.rows !== null) return { route: 'source', kind: 'value', value: provided.rows };
      if (provided.status === 'loading') return { route: 'source', kind: 'loading' };
    }
    return { route: 'none', kind: 'none' };
  }

  /**
   * The `src` route's controller; `undefined` while its code loads (the
   * element shows `loading` and resolves again when it arrives) or when it
   * could not be loaded (`routeError`, kept until `src` changes).
   */
  private srcController(src: string): SourceController | undefined {
    if (this.source) return this.source;
    if (this.routeError?.src === src || this.routeLoading) return undefined;
    this.routeError = undefined;
    this.routeLoading = true;
    srcRoute ??= import('./src-route.js');
    srcRoute.then(
      (route) => {
        this.routeLoading = false;
        this.route = route;
        this.source = new route.SourceController(
          this,
          () => this.markInputDirty(),
          () => (this.adapter ? route.workerThreshold() : Infinity),
        );
        this.markInputDirty();
      },
      (error: unknown) => {
        srcRoute = undefined;
        this.routeLoading = false;
        const reason = error instanceof Error && error.message ? ` (${error.message})` : '';
        this.routeError = { src, error: new DataError('network', `The code that loads src could not be downloaded${reason}.`) };
        this.markInputDirty();
      },
    );
    return undefined;
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

  private apply(resolved: Resolved): void {
    this.currentRoute = resolved.route;
    this.busy =
      (resolved.route === 'src' && this.source?.loading === true) ||
      (resolved.route === 'source' && this.sourceValue?.status === 'loading') ||
      resolved.kind === 'loading';
    switch (resolved.kind) {
      case 'none':
        this.generation++;
        this.pending = false;
        this.currentResult = undefined;
        this.currentError = undefined;
        this.lastInput = NOTHING_YET;
        this.lastRouteError = undefined;
        return;
      case 'loading':
        return;
      case 'error':
        if (resolved.error !== this.lastRouteError) {
          this.lastRouteError = resolved.error;
          this.generation++;
          this.pending = false;
          this.lastInput = NOTHING_YET;
          this.fail(resolved.error);
        }
        return;
      case 'value': {
        this.lastRouteError = undefined;
        const options = this.optionsKey();
        const same =
          options === this.lastOptionsKey &&
          (resolved.key !== undefined ? resolved.key === this.lastInputKey : resolved.value === this.lastInput);
        if (same) {
          this.currentError = this.lastInputError;
          return;
        }
        this.lastInput = resolved.value;
        this.lastInputKey = resolved.key;
        this.lastOptionsKey = options;
        this.run(resolved.value);
      }
    }
  }

  private optionsKey(): string | undefined {
    try {
      return JSON.stringify(this.computeOptions());
    } catch {
      return undefined;
    }
  }

  private run(input: unknown): void {
    const generation = ++this.generation;
    let out: R | Promise<R>;
    try {
      out = this.route && input instanceof this.route.BigBody ? this.computeBig(this.route, input) : this.compute(input);
    } catch (error) {
      this.lastInputError = errorDetail(error);
      this.fail(this.lastInputError);
      return;
    }
    if (out instanceof Promise) {
      this.pending = true;
      out.then(
        (result) => {
          if (generation !== this.generation) return;
          this.pending = false;
          this.succeed(result);
          this.requestUpdate();
        },
        (error: unknown) => {
          if (generation !== this.generation) return;
          this.pending = false;
          this.lastInputError = errorDetail(error);
          this.fail(this.lastInputError);
          this.requestUpdate();
        },
      );
      return;
    }
    this.succeed(out);
  }

  /**
   * A big fetched body: parsed and computed in the Worker by the element's
   * adapter; on the main thread when it has none, when the Worker
   * cannot start, or when the Worker hands the input back.
   */
  private async computeBig(route: SrcRoute, body: BigBody): Promise<R> {
    const never = new Promise<R>(() => {});
    if (body.lost) {
      // The chunks went down with a Worker terminated mid-job (a disconnect): fetch it again.
      this.source?.reload();
      return never;
    }
    const metric = this.adapter?.metric;
    if (metric !== undefined) {
      const { WorkerClient } = await import('../data/worker-client.js');
      if (!this.isConnected) {
        this.lastInput = NOTHING_YET;
        this.inputDirty = true;
        return never;
      }
      this.worker ??= new WorkerClient();
      const answer = await this.worker.run(metric, this.computeOptions(), body);
      if (answer?.type === 'result') return answer.result as R;
    }
    const rows = await route.parseBody(route.decodeChunks(body.chunks), body.format, body.where, body.contentType);
    return await this.compute(rows);
  }

  private succeed(result: R): void {
    this.currentResult = result;
    this.currentError = undefined;
    this.lastInputError = undefined;
    this.queued.push(new MetricComputedEvent<R>(result));
  }

  private fail(error: MetricErrorDetail): void {
    this.currentError = toDetail(error);
    this.queued.push(new MetricErrorEvent(this.currentError));
  }

  private deriveState(): MetricState {
    if (this.optionFailure || this.currentError) return 'error';
    if (this.currentResult === undefined) return this.busy || this.pending ? 'loading' : 'empty';
    return this.isEmpty(this.currentResult) ? 'empty' : 'ready';
  }

  // ---------------------------------------------------------------------
  // Rendering.

  protected override render(): TemplateResult {
    const s = this.currentState;
    const result = this.currentResult;
    const error = this.optionFailure ?? this.currentError;
    const showValue = result !== undefined && !this.isEmpty(result) && (s === 'ready' || s === 'error');
    const stale = showValue && s === 'error';
    return html`<div part="base" class="base" aria-busy=${this.busy || this.pending ? 'true' : 'false'}>
      ${s === 'loading'
        ? html`<div part="skeleton" class="skeleton"><span class="visually-hidden">${this.i18n.t('state.loading', { metric: this.label })}</span></div>`
        : nothing}
      ${s === 'empty' ? html`<p part="empty" class="empty">${this.emptyText}</p>` : nothing}
      ${error ? html`<p part="error" class="error" role="alert">${this.i18n.error(error)}</p>` : nothing}
      ${showValue
        ? html`<div part=${stale ? 'stale' : 'content'} class=${stale ? 'content stale' : 'content'}>
            ${stale ? html`<p class="stale-note">${this.i18n.t('state.stale')}</p>` : nothing}
            <div class="value">${this.safeRenderValue(result)}</div>
          </div>`
        : nothing}
    </div>`;
  }

  /** `updateComplete` also waits for the messages of the element's language (and the redraw they cause). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this.i18n.ready;
    return this.isUpdatePending ? this.getUpdateComplete() : complete;
  }

  private safeRenderValue(result: R): TemplateResult | typeof nothing {
    try {
      return this.renderValue(result);
    } catch (error) {
      console.error(`<${this.localName}> could not draw its value`, error);
      return nothing;
    }
  }
}
