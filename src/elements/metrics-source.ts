/**
 * `<metrics-source>`: fetches rows once and provides them to every metric
 * element inside it, through @lit/context (see src/context.ts).
 */
import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyDeclaration, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { customElement } from '../base/define.js';
import { metricsSourceContext, type MetricsSourceValue, type SourceStatus } from '../context.js';
import { SourceController } from '../controllers/source-controller.js';
import type { Credentials, DataFormat } from '../data/fetch.js';
import { atLeast, above, optionDeclaration, optionDescriptor, optionError, wholeAtLeast } from '../base/options.js';

/**
 * Fetches JSON or CSV rows once and shares them with every metric element
 * inside it; each element computes its own metric from them, shows the
 * source's loading and error states, and fires its own events.
 *
 * @summary Shares one data set with the metric elements inside it.
 * @slot - The metric elements (and any other content).
 */
@customElement('metrics-source')
export class MetricsSource extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  /** Options as frameworks send them (src/base/options.ts): numbers written as text, cleared = default, nonsense = a `config` error. @internal */
  static override createProperty(name: PropertyKey, options?: PropertyDeclaration): void {
    super.createProperty(name, optionDeclaration(options));
  }

  /** @internal */
  static override getPropertyDescriptor(name: PropertyKey, key: string | symbol, options: PropertyDeclaration) {
    return optionDescriptor(name, options, super.getPropertyDescriptor(name, key, options));
  }

  /** Rows (or an object) set from script; takes priority over `src`. */
  @property({ attribute: false }) data: unknown = undefined;

  /** URL of JSON or CSV rows (http, https or relative). */
  @property() src: string | undefined = undefined;

  /** Format of `src`: `json` or `csv`; by default from the content type, then the extension. */
  @property() format: DataFormat | undefined = undefined;

  /** Credentials mode of the request: `same-origin` (default), `include` or `omit`. */
  @property() credentials: Credentials | undefined = undefined;

  /** Re-fetch every this many seconds while the page is visible; 0 or absent = never. */
  @property({ type: Number, check: atLeast(0, 'a number of seconds ≥ 0') }) refresh: number | undefined = undefined;

  /** Seconds before a request gives up (default 15). */
  @property({ type: Number, check: above(0, 'a number of seconds > 0') }) timeout: number | undefined = undefined;

  /** The most bytes of body read (after decompression); default 100 MB (`104857600`). A bigger body is a `network` error naming the limit. */
  @property({ attribute: 'max-bytes', type: Number, check: wholeAtLeast(1, 'a whole number of bytes > 0') })
  maxBytes: number | undefined = undefined;

  private readonly source = new SourceController(this);
  private readonly provider = new ContextProvider(this, {
    context: metricsSourceContext,
    initialValue: { rows: undefined, status: 'idle', error: undefined },
  });

  /** What the source currently provides: `{ rows, status, error }`. */
  get value(): MetricsSourceValue {
    return this.provider.value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Metric elements inside that connected before this source was upgraded
    // (their request went unanswered) ask again, light and open shadow DOM alike.
    const ask = (root: Element | ShadowRoot): void => {
      for (const el of root.querySelectorAll('*')) {
        (el as Partial<{ requestSource(): void }>).requestSource?.();
        if (el.shadowRoot) ask(el.shadowRoot);
      }
    };
    ask(this);
  }

  /** Fetches `src` again now. */
  reload(): void {
    this.source.reload();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const fromData = this.data !== undefined && this.data !== null;
    this.source.set(
      fromData
        ? undefined
        : {
            src: this.src,
            format: this.format,
            credentials: this.credentials,
            refresh: this.refresh,
            timeout: this.timeout,
            maxBytes: this.maxBytes,
          },
    );
    let next: MetricsSourceValue;
    const refused = optionError(this);
    if (refused) {
      next = { rows: this.provider.value.rows, status: 'error', error: refused };
    } else if (fromData) {
      next = { rows: this.data, status: 'ready', error: undefined };
    } else if (!this.source.active) {
      next = { rows: undefined, status: 'idle', error: undefined };
    } else {
      const status: SourceStatus = this.source.error ? 'error' : this.source.loading ? 'loading' : 'ready';
      next = { rows: this.source.value, status, error: this.source.error };
    }
    const current = this.provider.value;
    if (current.rows !== next.rows || current.status !== next.status || current.error !== next.error) {
      this.provider.setValue(next);
    }
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'metrics-source': MetricsSource;
  }
}
