/**
 * The abstract base of every metric element (docs/architecture.md): its
 * public properties (those it shares with `<metrics-source>` in
 * src/base/data-options.ts, each declared with the `property` of src/base/options.ts, which reads what is written), the four states, the two events, the frame every element
 * draws (skeleton, empty sentence, error, stale value). Finding the input is
 * the {@link DataRouteController}'s (src/controllers/data-route.ts); computing
 * it is a `@lit/task` Task's, through the element's adapter (src/adapters/).
 *
 * The subclass contract (docs/architecture.md, "Adding an element"):
 * {@link MetricElement.adapter}, {@link MetricElement.computeOptions},
 * {@link MetricElement.renderValue}, and optionally
 * {@link MetricElement.aggregated}, {@link MetricElement.label},
 * {@link MetricElement.emptyText} and `presentationProperties`.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { LazyMetricAdapter } from '../adapters/types.js';
import { DataRouteController, type DataRoute } from '../controllers/data-route.js';
import { inSlice, MetricTask } from '../controllers/metric-task.js';
import { MetricErrorEvent, type MetricErrorDetail } from '../events.js';
import { metricFormatter, type MetricFormatter } from '../format.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { metricStyles } from '../styles/host.js';
import { DataOptionsElement } from './data-options.js';
import { currencyCode, jsonRows, oneOf, optionError, property } from './options.js';

export { DATA_ROUTES, type DataRoute } from '../controllers/data-route.js';
export { errorDetail } from '../data/errors.js';
export type { MetricFormatter } from '../format.js';

/** The states an element is in, reflected as its `state` attribute. */
export const METRIC_STATES = ['loading', 'empty', 'ready', 'error'] as const;
export type MetricState = (typeof METRIC_STATES)[number];

/** Values of the `theme` attribute. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

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
export abstract class MetricElement<R> extends DataOptionsElement {
  static override styles = metricStyles;

  /**
   * Properties that only change how the value looks: changing them never
   * recomputes nor fires an event. Subclasses add theirs:
   * `static override presentationProperties = new Set([...MetricElement.presentationProperties, 'target'])`.
   */
  static presentationProperties: ReadonlySet<PropertyKey> = new Set<PropertyKey>(['theme', 'locale', 'currency']);

  /** The `data` attribute: rows as a JSON string (single-quote the attribute: `data='[9,10,6]'`). */
  @property({ attribute: 'data', check: jsonRows, shadowOf: 'data' }) dataJson: string | undefined = undefined;

  /** Locale of numbers and dates (BCP 47); default: the closest `lang`, else the browser's. */
  @property() locale: string | undefined = undefined;

  /** ISO 4217 currency of money values (default `USD`). */
  @property({ check: currencyCode }) currency: string | undefined = undefined;

  /** Colour theme: `light` (default), `dark`, or `auto` (follows `prefers-color-scheme`). */
  @property({ reflect: true, check: oneOf(THEMES) }) theme: Theme = 'light';

  /**
   * The element's words in its reader's language (docs/i18n.md): the base's
   * state words go through it; an element adds its own English table
   * (src/i18n/en/<element>.ts) and its chunks' loaders
   * (src/i18n/loaders/<element>.ts) with `addEnglish(table, loaders)` where
   * it is defined, and says every word with `this.i18n.t(key, params)`.
   */
  protected readonly i18n = new LocalizeController(this);

  /** The input, over the six routes. */
  private readonly routes = new DataRouteController(this, {
    read: () => this,
    aggregated: () => this.aggregated(),
    onChange: () => this.markInputDirty(),
    metric: () => this.adapter?.metric,
  });

  /** Its computation: a Task, newest run wins. */
  private readonly task = new MetricTask<R>(this, this.routes, {
    compute: (input, signal) => this.compute(input, signal),
    options: () => this.computeOptions(),
  });

  private inputDirty = true;
  private currentState: MetricState = 'empty';
  /** The `config` error of refused options (see createProperty), once reported. @internal */
  private optionFailure: MetricErrorDetail | undefined = undefined;

  /**
   * Asks for a surrounding `<metrics-source>` again. Called by a
   * `<metrics-source>` that was upgraded after this element connected.
   * @internal
   */
  requestSource(): void {
    this.routes.requestSource();
  }

  /** The element's state: `loading`, `empty`, `ready` or `error` (also the `state` attribute). */
  get state(): MetricState {
    return this.currentState;
  }

  /** The last good result (still shown, marked stale, while an error is shown). */
  get result(): R | undefined {
    return this.task.result;
  }

  /** The current error, or `undefined`. */
  get error(): MetricErrorDetail | undefined {
    return this.optionFailure ?? this.task.error;
  }

  /** A request or a computation is under way. */
  private get busy(): boolean {
    return this.routes.busy || this.task.waiting;
  }

  /** Which route the current input comes from. */
  get dataRoute(): DataRoute {
    return this.routes.route;
  }

  // ---------------------------------------------------------------------
  // Subclass hooks.

  /**
   * The metric's adapter (src/adapters/<metric>.ts): {@link compute} and
   * {@link isEmpty} go through it, with {@link computeOptions} as its
   * options, and a big `src` body is computed by the same adapter in the
   * Worker (by its `metric` key).
   */
  protected get adapter(): LazyMetricAdapter<never, R> | undefined {
    return undefined;
  }

  /**
   * Computes the metric from an input (rows or an object, whatever the
   * route): the adapter's `compute` by default. May throw (see `errorDetail`
   * in src/data/errors.ts) or return a Promise; only the newest computation's
   * answer is kept, and `signal` aborts once a newer one has started.
   */
  protected compute(input: unknown, signal?: AbortSignal): R | Promise<R> {
    const adapter = this.adapter;
    if (!adapter) throw new Error(`<${this.localName}> has neither an adapter nor a compute()`);
    return adapter.compute(input, this.computeOptions() as never, signal);
  }

  /** The ready view of a result. Render data text with text bindings only (never `unsafeHTML`). */
  protected abstract renderValue(result: R): TemplateResult;

  /** True when a result has nothing to show (no responses…): the element shows {@link emptyText}. */
  protected isEmpty(result: R): boolean {
    return this.adapter?.isEmpty(result) ?? false;
  }

  /** Input taken from the element's own scalar attributes (route 5), or `undefined` when they are not set. */
  protected aggregated(): unknown {
    return undefined;
  }

  /**
   * What {@link compute} reads besides its input (a `method`, a `window`…), as
   * a JSON-able value (it crosses to the Worker). The same input is computed
   * again (and fires again) only when this changes.
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
    return metricFormatter(this, this.locale, this.currency);
  }

  /** Asks for the input to be resolved and computed again at the next update. */
  protected markInputDirty(): void {
    this.inputDirty = true;
    this.requestUpdate();
  }

  // ---------------------------------------------------------------------
  // Lifecycle.

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const presentation = (this.constructor as typeof MetricElement).presentationProperties;
    for (const key of changed.keys()) {
      if (!presentation.has(key)) this.inputDirty = true;
    }
    if (this.inputDirty) {
      this.inputDirty = false;
      this.task.run();
    }
    const refused = optionError(this);
    if (refused !== this.optionFailure) {
      this.optionFailure = refused;
      if (refused) this.task.events.push(new MetricErrorEvent(refused));
    }
  }

  protected override update(changed: PropertyValues): void {
    const result = this.task.result;
    const nothingYet = this.busy ? 'loading' : 'empty';
    this.currentState = this.error ? 'error' : result === undefined ? nothingYet : this.isEmpty(result) ? 'empty' : 'ready';
    if (this.getAttribute('state') !== this.currentState) this.setAttribute('state', this.currentState);
    super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const events = this.task.events;
    this.task.events = [];
    for (const event of events) this.dispatchEvent(event);
  }

  /**
   * An update (which computes and draws) runs in the current task while its
   * time slice lasts, else in a later one (docs/architecture.md, "Time slices").
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return inSlice(() => super.scheduleUpdate());
  }

  /**
   * `updateComplete` also waits for a computation that answered at once (the
   * Task reports it a microtask later) and for the messages of the element's
   * language (and the redraw they cause).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this.task.complete;
    await this.i18n.ready;
    return this.isUpdatePending ? this.getUpdateComplete() : complete;
  }

  // ---------------------------------------------------------------------
  // Rendering.

  protected override render(): TemplateResult {
    const s = this.currentState;
    const result = this.task.result;
    const error = this.error;
    const showValue = result !== undefined && !this.isEmpty(result) && (s === 'ready' || s === 'error');
    const stale = showValue && s === 'error';
    return html`<div part="base" class="base" aria-busy=${this.busy ? 'true' : 'false'}>
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

  private safeRenderValue(result: R): TemplateResult | typeof nothing {
    try {
      return this.renderValue(result);
    } catch (error) {
      console.error(`<${this.localName}> could not draw its value`, error);
      return nothing;
    }
  }
}
