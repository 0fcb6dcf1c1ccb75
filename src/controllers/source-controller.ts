/**
 * The `src` route as a Lit ReactiveController, shared by every metric element
 * and by `<metrics-source>`: it fetches, cancels, polls and reports.
 *
 * - {@link SourceController.set} with new attributes aborts the request in
 *   flight and starts a new one; every request carries a generation number
 *   and only the newest may write `value`/`error`, so a late answer never
 *   overwrites a newer one.
 * - `refresh` > 0 re-fetches that many seconds after the previous answer,
 *   only while `document.visibilityState` is `visible`; a poll that falls due
 *   while hidden runs when the page becomes visible again.
 * - Disconnecting the host aborts the request in flight and stops polling;
 *   reconnecting resumes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DataError } from '../data/errors.js';
import { fetchData, isAbort, sourceConfig, type SourceAttributes, type SourceConfig } from '../data/fetch.js';

export class SourceController implements ReactiveController {
  /** The data of the newest successful answer for the current `src`; `undefined` before one. */
  value: unknown = undefined;
  /** The newest failure for the current `src` (config, network or parse); cleared by a success. */
  error: DataError | undefined = undefined;
  /** True while a request is in flight. */
  loading = false;
  /**
   * When set, a body of at least this many bytes (read when each request
   * starts) becomes a `BigBody` for a Worker instead of being parsed here.
   */
  private readonly bigBodyBytes: (() => number) | undefined;

  private readonly host: ReactiveControllerHost;
  private readonly onChange: () => void;
  private key = '';
  private config: SourceConfig | undefined;
  private generation = 0;
  private abort: AbortController | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private due = false;
  private needsLoad = false;
  private connected = false;

  /**
   * `onChange` runs after every change of `value`, `error` or `loading` (the
   * host is also asked to update); `bigBodyBytes`, when given, is the size
   * from which a body is handed over as a `BigBody` for a Worker.
   */
  constructor(host: ReactiveControllerHost, onChange: () => void = () => {}, bigBodyBytes?: () => number) {
    this.host = host;
    this.onChange = onChange;
    this.bigBodyBytes = bigBodyBytes;
    host.addController(this);
  }

  /** True when a `src` is configured (valid or not). */
  get active(): boolean {
    return this.key !== '';
  }

  /**
   * Applies the `src` route's attributes; `undefined` (or no `src`) turns the
   * route off. Does nothing when nothing changed.
   */
  set(attrs: SourceAttributes | undefined): void {
    const src = attrs?.src;
    const key = src == null || src === '' ? '' : JSON.stringify([src, attrs?.format, attrs?.credentials, attrs?.refresh, attrs?.timeout, attrs?.maxBytes]);
    if (key === this.key) return;
    const sameUrl = this.config !== undefined && src != null && this.key !== '' && JSON.parse(this.key)[0] === src;
    this.key = key;
    this.cancel();
    this.config = undefined;
    this.error = undefined;
    // A changed refresh/timeout keeps the data of the same URL; a new URL starts afresh.
    if (!sameUrl) this.value = undefined;
    if (!key || !attrs || src == null) {
      this.changed();
      return;
    }
    try {
      this.config = sourceConfig({ ...attrs, src });
    } catch (error) {
      this.error = error instanceof DataError ? error : new DataError('config', String(error));
      this.changed();
      return;
    }
    if (this.connected) void this.load();
    else this.needsLoad = true;
  }

  /** Fetches again now (e.g. a "reload" button). */
  reload(): void {
    if (this.config && this.connected) {
      this.cancel();
      void this.load();
    }
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.onVisibility);
    if (this.config && (this.needsLoad || this.value === undefined)) void this.load();
    else this.schedule();
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.onVisibility);
    if (this.loading) this.needsLoad = true;
    this.cancel();
  }

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'visible' && this.due && this.connected) {
      this.due = false;
      void this.load();
    }
  };

  private cancel(): void {
    this.generation++;
    this.abort?.abort();
    this.abort = undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.due = false;
    this.loading = false;
  }

  private async load(): Promise<void> {
    const config = this.config;
    if (!config) return;
    this.cancel();
    this.needsLoad = false;
    const generation = this.generation;
    const abort = new AbortController();
    this.abort = abort;
    this.loading = true;
    this.changed();
    try {
      const value = await fetchData(config.url, {
        format: config.format,
        credentials: config.credentials,
        timeout: config.timeout,
        maxBytes: config.maxBytes,
        signal: abort.signal,
        bigBodyBytes: this.bigBodyBytes?.(),
      });
      if (generation !== this.generation) return;
      this.value = value;
      this.error = undefined;
    } catch (error) {
      if (generation !== this.generation || isAbort(error)) return;
      this.error = error instanceof DataError ? error : new DataError('network', String(error));
    }
    this.loading = false;
    this.abort = undefined;
    this.schedule();
    this.changed();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const refresh = this.config?.refresh ?? 0;
    if (!this.connected || refresh <= 0 || this.loading) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (document.visibilityState === 'visible') void this.load();
      else this.due = true;
    }, refresh * 1000);
  }

  private changed(): void {
    this.onChange();
    this.host.requestUpdate();
  }
}
