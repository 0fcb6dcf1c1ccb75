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
import { customerChurn, revenueChurn, type ChurnInput } from '../engine/revenue.js';
import type { MrrChange } from '../engine/schemas.js';
import { nps, type SurveyInput } from '../engine/survey.js';
import { decodeChunks, parseBody } from './fetch.js';
import { buffersOf, type WorkerError, type WorkerJob, type WorkerRequest, type WorkerResponse } from './worker-protocol.js';
import { isRecord } from '../engine/guards.js';

/** Says "fall back to the main thread" from inside a job. */
const FALLBACK = Symbol('fallback');


/** Each job mirrors its element's `compute()` for row input, and falls back otherwise. */
const jobs: Record<WorkerJob, (rows: unknown, options: unknown) => unknown> = {
  'nps-gauge': (rows) => {
    // Aggregated counts (an object, or one row of them) are tiny: the element handles them.
    if (!Array.isArray(rows) || rows.length <= 1) return FALLBACK;
    const first = rows[0];
    if (isRecord(first) && ('promoters' in first || 'passives' in first || 'detractors' in first) && !('score' in first)) {
      return FALLBACK;
    }
    return nps(rows as SurveyInput);
  },
  'churn-trend': (rows, options) => {
    const { kind, includeNewChurn } = (isRecord(options) ? options : {}) as { kind?: unknown; includeNewChurn?: unknown };
    if (!Array.isArray(rows)) return FALLBACK;
    const first = rows.find(isRecord);
    if (!first) return FALLBACK;
    // The shapes of churn-trend's churnInputShape(); rates rows and config errors stay on the element.
    const shape = 'start' in first ? 'customers' : 'month' in first && !('mrr' in first) && !('id' in first) && !('customerId' in first) ? 'rates' : 'mrr-changes';
    if (shape === 'rates') return FALLBACK;
    if (kind === 'customer') {
      return { kind, input: shape, rows: customerChurn(rows as ChurnInput, { includeNewChurn: includeNewChurn === true }) };
    }
    if ((kind !== 'gross-revenue' && kind !== 'net-revenue') || shape !== 'mrr-changes') return FALLBACK;
    const key = kind === 'gross-revenue' ? 'gross' : 'net';
    return { kind, input: shape, rows: revenueChurn(rows as MrrChange[]).map((row) => ({ ...row, rate: row[key] })) };
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
