/**
 * Big data off the main thread: the threshold, the body that crosses to the
 * Worker, and the messages between an element and its Worker
 * (src/data/worker.ts, started by src/data/worker-client.ts).
 *
 * What goes to the Worker is a fetched body (`src`) at or above
 * {@link workerThreshold} bytes: the response is read chunk by chunk (many
 * short tasks; `arrayBuffer()` would assemble it in long ones) and the chunks'
 * buffers are *transferred* — no copy — to the Worker, which decodes, parses
 * (JSON or CSV), validates and computes; only the small result comes back,
 * with the chunks (transferred again) so the same body can be computed again
 * with other options.
 *
 * Rows handed over as the `data` property are not sent: structured-cloning a
 * million objects costs the main thread more than computing over them.
 *
 * This module holds no Worker code, so importing it costs a page nothing.
 */
import type { InputIssue } from '../engine/schemas.js';
import type { MetricErrorKind } from '../events.js';
import type { DataFormat } from './fetch.js';

/**
 * Default byte size from which a fetched body is parsed and computed in a
 * Worker: 2.5 MB, about 50,000 rows of a typical record (a survey response
 * with a date is ~55 bytes of JSON; an MRR change ~60).
 */
export const WORKER_THRESHOLD_BYTES = 2_500_000;

/** The row count {@link WORKER_THRESHOLD_BYTES} stands for. */
export const WORKER_THRESHOLD_ROWS = 50_000;

let threshold = WORKER_THRESHOLD_BYTES;

/** The current byte threshold (see {@link setWorkerThreshold}). */
export function workerThreshold(): number {
  return threshold;
}

/**
 * Changes the byte threshold for the whole page: `Infinity` never starts a
 * Worker, `0` sends every fetched body to one. Returns the previous value.
 */
export function setWorkerThreshold(bytes: number): number {
  const previous = threshold;
  threshold = Number.isNaN(bytes) || bytes < 0 ? WORKER_THRESHOLD_BYTES : bytes;
  return previous;
}

/**
 * A fetched body too big to parse on the main thread: what the `src` route
 * yields instead of rows when the element computes in a Worker. `chunks` are
 * the body as received; their buffers are detached while the Worker holds
 * them and put back when it answers.
 */
export class BigBody {
  /** The body's size in bytes (also while the chunks are away). */
  readonly bytes: number;
  constructor(
    public chunks: Uint8Array[],
    readonly format: DataFormat,
    /** The URL as messages name it. */
    readonly where: string,
    readonly contentType: string | null,
  ) {
    this.bytes = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  }
  /** True once the chunks went down with a Worker terminated while holding them. */
  lost = false;
}

/** The distinct buffers under some chunks: what a message transfers. */
export function buffersOf(chunks: readonly Uint8Array[]): ArrayBuffer[] {
  return [...new Set(chunks.map((chunk) => chunk.buffer as ArrayBuffer))];
}

/** An error as it crosses back: rebuilt as a `DataError` or a `MetricsInputError`-shaped error. */
export interface WorkerError {
  readonly name: string;
  readonly message: string;
  readonly kind?: MetricErrorKind;
  readonly issues: readonly InputIssue[];
  readonly total: number;
}

/** Element → Worker. */
export interface WorkerRequest {
  readonly id: number;
  /** The metric key of the adapter to compute with (src/adapters/registry.ts). */
  readonly metric: string;
  /** The adapter's options, as the element passes them (structured-cloneable). */
  readonly options: unknown;
  readonly chunks: Uint8Array[];
  readonly format: DataFormat;
  readonly where: string;
  readonly contentType: string | null;
}

/** Worker → element. Every answer to a request hands the chunks back. */
export type WorkerResponse =
  | { readonly type: 'ready' }
  | { readonly type: 'result'; readonly id: number; readonly chunks: Uint8Array[]; readonly result: unknown }
  | { readonly type: 'error'; readonly id: number; readonly chunks: Uint8Array[]; readonly error: WorkerError }
  /** The Worker has no adapter of this metric: compute on the main thread. */
  | { readonly type: 'fallback'; readonly id: number; readonly chunks: Uint8Array[] };
