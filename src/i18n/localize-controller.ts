/**
 * The words of one element in its reader's language: `this.i18n.t(key,
 * params)`. The locale is the element's `locale` attribute, else the closest
 * `lang`, else the browser's (resolved like numbers and dates, by
 * `resolveLocale`). The first use of a language downloads its messages and
 * draws the element again when they arrive; so do `setMessages` calls for it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MetricErrorDetail } from '../events.js';
import { resolveLocale } from '../format.js';
import { fallbackChain, loadMessages, messagesLoaded, onMessages, translate, useErrors } from './catalog.js';
import type { MessageArgs, MessageKey } from './types.js';

/** An element that can be localised: a Lit host, optionally with a `locale` property. */
export type LocalizedHost = ReactiveControllerHost &
  HTMLElement & { readonly locale?: string | null | undefined; readonly isUpdatePending?: boolean };

export class LocalizeController implements ReactiveController {
  private readonly host: LocalizedHost;
  /** The locale of the current update; resolved on first use in it, forgotten after it. */
  private current: string | undefined;
  private chain: readonly string[] = [];
  private unsubscribe: (() => void) | undefined;
  private pending: Promise<void> = Promise.resolve();

  /**
   * The element's own words come with its module (`addEnglish(table,
   * loaders)` where it is defined); the shared words (states, errors) are
   * always there.
   */
  constructor(host: LocalizedHost) {
    this.host = host;
    host.addController(this);
  }

  /** The element's locale (BCP 47), as its numbers and dates use it. */
  get locale(): string {
    if (this.current !== undefined) return this.current;
    const locale = this.resolve();
    // Kept for the rest of an update only: words asked for between updates (a chart's labels) never pin an old locale.
    if (this.host.isUpdatePending) this.current = locale;
    return locale;
  }

  /**
   * Resolves when the messages of the element's language have arrived (or
   * could not be loaded). Read outside an update (`updateComplete`), it does
   * not pin the locale: the next update resolves it again.
   */
  get ready(): Promise<void> {
    if (this.current === undefined) this.resolve();
    return this.pending;
  }

  /** The locale now; starts loading its language when it is a new one (the element draws again when it arrives). */
  private resolve(): string {
    const locale = resolveLocale(this.host, this.host.locale);
    if (this.chain[0] !== fallbackChain(locale)[0]) {
      this.chain = fallbackChain(locale);
      // Already here: this update has the right words, nothing to draw again.
      if (messagesLoaded(locale)) return locale;
      this.pending = loadMessages(locale).then(() => {
        if (this.chain[0] === fallbackChain(locale)[0]) this.host.requestUpdate();
      });
    }
    return locale;
  }

  /** The text of `key` in the element's language. */
  readonly t = <K extends MessageKey>(key: K, ...args: MessageArgs<K>): string => translate(this.locale, key, ...args);

  /**
   * The sentence a reader sees for an error: the developer's message in
   * English, general words naming the first issue's row and field in the
   * other languages. The `metric-error` detail stays English.
   */
  readonly error = (detail: MetricErrorDetail): string => {
    // The error sentences are a chunk of their own: fetched on the first error shown (the element draws again).
    const errors = useErrors();
    const locale = this.locale;
    if (!messagesLoaded(locale)) this.pending = Promise.all([this.pending, errors, loadMessages(locale)]).then(() => undefined);
    const first = detail.issues[0];
    const total = detail.issues.length;
    const common = { message: detail.message, row: first?.row == null ? '' : String(first.row), field: first?.field ?? '' };
    if (first && first.row != null && first.field) {
      return total > 1 ? this.t('error.row.more', { ...common, count: total - 1 }) : this.t('error.row', common);
    }
    if (first && first.field) return this.t('error.field', common);
    return this.t(`error.${detail.kind}`, common);
  };

  /** Joins spoken items with the language's separator ("a, b, c"; Japanese "a、b、c"). */
  readonly list = (items: readonly string[]): string => items.join(this.t('list.separator'));

  hostConnected(): void {
    this.unsubscribe ??= onMessages((tag) => {
      if (this.chain.includes(tag)) this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  hostUpdated(): void {
    // The next update resolves the locale again (`locale` or an ancestor's `lang` may have changed).
    this.current = undefined;
  }
}
