/**
 * The `src` route: one request, with the URL policy, a timeout, JSON or CSV
 * by `format`, content type or extension, and a clear error for each way it
 * can fail. Cancelling and "a late answer never overwrites a newer one" live
 * in {@link SourceController} (src/controllers/source-controller.ts).
 */
import { parseCsv } from './csv.js';
import { DataError } from './errors.js';
import { resolveSrc } from './url.js';
import { BigBody } from './worker-protocol.js';

/** Values of the `format` attribute. */
export const DATA_FORMATS = ['json', 'csv'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

/** Values of the `credentials` attribute (passed to `fetch`). */
export const CREDENTIALS = ['same-origin', 'include', 'omit'] as const;
export type Credentials = (typeof CREDENTIALS)[number];

/** The default of the `timeout` attribute, in seconds. */
export const DEFAULT_TIMEOUT_SECONDS = 15;

/**
 * The default of `maxBytes`: 100 MB of decoded body. A million MRR changes
 * as JSON are ~60 MB, the biggest input the kit is measured with, so real
 * exports fit; reading, decoding and parsing a body costs several times its
 * size in memory, so 100 MB keeps a page under ~1 GB where an unbounded 200 MB
 * body or a gzip bomb took more (+1.15 GB, +0.7 GB measured).
 */
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

/** Everything that decides one request. */
export interface FetchOptions {
  /** `json`, `csv`, or undefined to decide by content type, then extension, then JSON. */
  readonly format?: DataFormat | undefined;
  readonly credentials?: Credentials | undefined;
  /** Seconds before giving up with a `network` error. */
  readonly timeout?: number | undefined;
  /**
   * The most bytes of body read, counted after any `Content-Encoding` is
   * decoded (a gzip bomb is stopped at the limit, not after inflating).
   * A longer body aborts the request with a `network` error naming the
   * limit. Default {@link DEFAULT_MAX_BYTES}.
   */
  readonly maxBytes?: number | undefined;
  /** Aborts the request (a newer `src`, a disconnect). */
  readonly signal?: AbortSignal | undefined;
  /**
   * When set, a body of at least this many bytes is not parsed here: the
   * answer is a {@link BigBody} holding the raw bytes, for a Worker.
   */
  readonly bigBodyBytes?: number | undefined;
}

/** The attributes of the `src` route, as the elements hold them. */
export interface SourceAttributes {
  readonly src?: string | null | undefined;
  readonly format?: string | null | undefined;
  readonly credentials?: string | null | undefined;
  readonly refresh?: number | null | undefined;
  readonly timeout?: number | null | undefined;
  /** The most bytes of (decoded) body to read; default {@link DEFAULT_MAX_BYTES}. */
  readonly maxBytes?: number | null | undefined;
}

/** A checked `src` configuration. */
export interface SourceConfig {
  readonly url: URL;
  readonly format: DataFormat | undefined;
  readonly credentials: Credentials;
  /** Seconds between re-fetches; 0 = none. */
  readonly refresh: number;
  /** Seconds. */
  readonly timeout: number;
  /** The most bytes of decoded body read. */
  readonly maxBytes: number;
}

/**
 * Checks the attributes of the `src` route.
 * @throws {DataError} of kind `config` naming the bad attribute.
 */
export function sourceConfig(attrs: SourceAttributes & { src: string }): SourceConfig {
  const url = resolveSrc(attrs.src);
  const format = attrs.format == null || attrs.format === '' ? undefined : attrs.format.trim().toLowerCase();
  if (format !== undefined && !(DATA_FORMATS as readonly string[]).includes(format)) {
    throw new DataError('config', `format="${attrs.format}" is not supported: use "json" or "csv".`);
  }
  const credentials = attrs.credentials == null || attrs.credentials === '' ? 'same-origin' : attrs.credentials;
  if (!(CREDENTIALS as readonly string[]).includes(credentials)) {
    throw new DataError('config', `credentials="${attrs.credentials}" is not valid: use "same-origin", "include" or "omit".`);
  }
  const refresh = attrs.refresh ?? 0;
  if (!Number.isFinite(refresh) || refresh < 0) {
    throw new DataError('config', 'refresh must be a number of seconds (0 or more).');
  }
  const timeout = attrs.timeout ?? DEFAULT_TIMEOUT_SECONDS;
  if (!Number.isFinite(timeout) || timeout <= 0) {
    throw new DataError('config', 'timeout must be a number of seconds greater than 0.');
  }
  const maxBytes = attrs.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
    throw new DataError('config', `max-bytes="${String(attrs.maxBytes)}" is not valid: use a whole number of bytes greater than 0.`);
  }
  return { url, format: format as DataFormat | undefined, credentials: credentials as Credentials, refresh, timeout, maxBytes };
}

/** The format a response is read as: `format` attribute, else content type, else extension, else JSON. */
export function detectFormat(format: DataFormat | undefined, contentType: string | null, url: URL): DataFormat {
  if (format) return format;
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json' || type === 'text/json' || type.endsWith('+json')) return 'json';
  if (type === 'text/csv' || type === 'application/csv') return 'csv';
  if (/\.csv$/i.test(url.pathname)) return 'csv';
  return 'json';
}

/** Describes a URL briefly for messages: same-origin URLs without the origin. */
export function describeUrl(url: URL): string {
  const text = url.origin === globalThis.location?.origin ? url.pathname + url.search : url.href;
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/**
 * Fetches `src` and returns its rows (parsed JSON, or typed CSV rows).
 * @throws {DataError} `config` (URL refused, no request made), `network`
 *   (fetch rejected, HTTP ≥ 400, timeout) or `parse` (not JSON, bad CSV).
 * @throws the `AbortError` DOMException when `options.signal` aborts.
 */
export async function fetchData(src: string | URL, options: FetchOptions = {}): Promise<unknown> {
  const url = typeof src === 'string' ? resolveSrc(src) : src;
  const where = describeUrl(url);
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_SECONDS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  const outer = options.signal;
  const onAbort = (): void => controller.abort(outer?.reason);
  if (outer?.aborted) throw outer.reason ?? new DOMException('Aborted', 'AbortError');
  outer?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('Timed out', 'TimeoutError'));
  }, timeout * 1000);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        credentials: options.credentials ?? 'same-origin',
        signal: controller.signal,
        headers: { Accept: 'application/json, text/csv;q=0.9, */*;q=0.1' },
      });
    } catch (error) {
      throw failure(error, timedOut, outer, timeout, `Could not reach ${where}`);
    }
    if (!response.ok) {
      throw new DataError(
        'network',
        `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${where}.`,
      );
    }
    const contentType = response.headers.get('content-type');
    const format = detectFormat(options.format, contentType, url);
    let chunks: Uint8Array[];
    try {
      chunks = await readChunks(response, maxBytes);
    } catch (error) {
      if (error instanceof DataError) {
        controller.abort();
        throw new DataError('network', `The answer from ${where} ${error.message}`);
      }
      throw failure(error, timedOut, outer, timeout, `The answer from ${where} broke off`);
    }
    const bytes = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
    if (options.bigBodyBytes !== undefined && bytes >= options.bigBodyBytes) {
      return new BigBody(chunks, format, where, contentType);
    }
    return await parseBody(decodeChunks(chunks), format, where, contentType);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onAbort);
  }
}

/**
 * Reads a body chunk by chunk, at most `maxBytes` of it. `response.arrayBuffer()`
 * assembles a big body in long main-thread tasks (~140 ms for 18 MB in
 * Chromium here) and cannot stop at a size; a reader receives it in many short
 * ones, already decoded from gzip/br, and is cancelled at the limit.
 * @throws {DataError} (its message completing "The answer from <url> …") past the limit.
 */
async function readChunks(response: Response, maxBytes: number): Promise<Uint8Array[]> {
  const tooBig = (): DataError =>
    new DataError('network', `is larger than the limit of ${describeBytes(maxBytes)} (max-bytes="${maxBytes}"); raise max-bytes to read it.`);
  const reader = response.body?.getReader();
  if (!reader) {
    const whole = new Uint8Array(await response.arrayBuffer());
    if (whole.byteLength > maxBytes) throw tooBig();
    return [whole];
  }
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw tooBig();
    }
    chunks.push(value);
  }
}

/** `104857600` → `100 MB`, `1500` → `1,500 bytes`. */
function describeBytes(n: number): string {
  const mb = n / (1024 * 1024);
  return n >= 1024 * 1024 && Number.isInteger(mb * 10) ? `${mb} MB` : `${n.toLocaleString('en')} bytes`;
}

/** The UTF-8 text of a body's chunks (a BOM is dropped, as `response.text()` does). */
export function decodeChunks(chunks: readonly Uint8Array[]): string {
  if (chunks.length === 1) return new TextDecoder().decode(chunks[0]);
  const decoder = new TextDecoder();
  let text = '';
  for (const chunk of chunks) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

/**
 * Parses a fetched body as rows: CSV (typed) or JSON. Shared with the Worker.
 * @throws {DataError} `parse` with a message naming `where`.
 */
export async function parseBody(text: string, format: DataFormat, where: string, contentType: string | null): Promise<unknown> {
  if (format === 'csv') return await parseCsv(text);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const html = /html/i.test(contentType ?? '') || /^\s*</.test(text);
    throw new DataError(
      'parse',
      html
        ? `The answer from ${where} is an HTML page, not JSON (a login page or an error page?).`
        : `The answer from ${where} is not valid JSON.`,
    );
  }
}

function failure(error: unknown, timedOut: boolean, outer: AbortSignal | undefined, timeout: number, what: string): unknown {
  if (timedOut) return new DataError('network', `The request timed out after ${timeout} s.`);
  if (outer?.aborted) return outer.reason ?? error;
  const reason = error instanceof Error && error.message ? ` (${error.message})` : '';
  return new DataError('network', `${what}${reason}.`);
}

/** True for the error a cancelled request rejects with (not a failure to report). */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
