/**
 * `<metrics-source>`: fetches rows once and provides them to every metric
 * element inside it, through @lit/context (see src/context.ts).
 */
import { ContextProvider } from '@lit/context';
import { css, html, type PropertyValues } from 'lit';
import { customElement } from '../base/define.js';
import { metricsSourceContext, type MetricsSourceValue, type SourceStatus } from '../context.js';
import { SourceController } from '../controllers/source-controller.js';
import { DataOptionsElement } from '../base/data-options.js';
import { optionError } from '../base/options.js';

/**
 * Fetches JSON or CSV rows once and shares them with every metric element
 * inside it; each element computes its own metric from them, shows the
 * source's loading and error states, and fires its own events.
 *
 * @summary Shares one data set with the metric elements inside it.
 * @slot - The metric elements (and any other content).
 */
@customElement('metrics-source')
export class MetricsSource extends DataOptionsElement {
  static override styles = css`
    :host {
      display: contents;
    }
    :host([hidden]) {
      display: none;
    }
  `;

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
