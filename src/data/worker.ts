/**
 * The big-data Worker (a module Worker, started by src/data/worker-client.ts):
 * decodes a fetched body, parses it (JSON or CSV), and runs the element's
 * computation — the same engine calls as the element's `compute()` — so the
 * page's main thread only ever sees the small result.
 *
 * For an input whose computation it does not reproduce (aggregated rates,
 * a bad `kind`, counts…), it answers `fallback` and the element computes on
 * the main thread as usual. Every answer hands the body's chunks back.
 */
import { nps, type SurveyInput } from '../engine/survey.js';
import { decodeChunks, parseBody } from './fetch.js';
import { CHURN_KINDS, churnInputShape, churnSeries, npsCounts, type ChurnKind } from './metric-input.js';
import { buffersOf, type WorkerError, type WorkerJob, type WorkerRequest, type WorkerResponse } from './worker-protocol.js';
import { isRecord } from '../engine/guards.js';

/** Says "fall back to the main thread" from inside a job. */
const FALLBACK = Symbol('fallback');


/** Each job mirrors its element's `compute()` for row input, and falls back otherwise. */
const jobs: Record<WorkerJob, (rows: unknown, options: unknown) => unknown> = {
  'nps-gauge': (rows) => {
    // Aggregated counts are tiny: the element handles them.
    if (npsCounts(rows) !== undefined) return FALLBACK;
    return nps(rows as SurveyInput);
  },
  'churn-trend': (rows, options) => {
    const { kind, includeNewChurn } = (isRecord(options) ? options : {}) as { kind?: unknown; includeNewChurn?: unknown };
    if (!Array.isArray(rows) || !(CHURN_KINDS as readonly unknown[]).includes(kind)) return FALLBACK;
    const shape = churnInputShape(rows);
    // Rates rows and config errors (revenue kinds of Customer rows) stay on the element.
    if (shape === 'rates' || (kind !== 'customer' && shape === 'customers')) return FALLBACK;
    return { kind, input: shape, rows: churnSeries(kind as ChurnKind, rows, includeNewChurn === true) };
  },
};

function toWorkerError(error: unknown): WorkerError {
  if (error instanceof Error) {
    const e = error as Error & { kind?: WorkerError['kind']; issues?: WorkerError['issues']; total?: number };
    const issues = Array.isArray(e.issues) ? e.issues : [];
    return {
      name: e.name,
      message: e.message,
      ...(e.kind ? { kind: e.kind } : {}),
      issues,
      total: typeof e.total === 'number' ? e.total : issues.length,
    };
  }
  return { name: 'Error', message: String(error), issues: [], total: 0 };
}

const scope = globalThis as unknown as {
  postMessage(message: WorkerResponse, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
};

async function handle(request: WorkerRequest): Promise<void> {
  const { id, chunks } = request;
  const transfer = buffersOf(chunks);
  try {
    const text = decodeChunks(chunks);
    const rows = await parseBody(text, request.format, request.where, request.contentType);
    const result = jobs[request.job](rows, request.options);
    if (result === FALLBACK) scope.postMessage({ type: 'fallback', id, chunks }, transfer);
    else scope.postMessage({ type: 'result', id, chunks, result }, transfer);
  } catch (error) {
    scope.postMessage({ type: 'error', id, chunks, error: toWorkerError(error) }, transfer);
  }
}

scope.addEventListener('message', (event) => void handle(event.data));
scope.postMessage({ type: 'ready' }, []);
