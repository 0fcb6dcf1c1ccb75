/**
 * The big-data Worker (a module Worker, started by src/data/worker-client.ts):
 * decodes a fetched body, parses it (JSON or CSV), and computes it with the
 * adapter of the metric it is asked for — the very code the element runs on
 * the main thread (src/adapters/, awaited: an adapter may load code first) —
 * so the page's main thread only ever sees the small result. It knows metrics, never element tags.
 *
 * For a metric without an adapter here it answers `fallback` and the element
 * computes on the main thread. Every answer hands the body's chunks back.
 */
import { adapterFor } from '../adapters/registry.js';
import { decodeChunks, parseBody } from './fetch.js';
import { buffersOf, type WorkerError, type WorkerRequest, type WorkerResponse } from './worker-protocol.js';

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
  const adapter = adapterFor(request.metric);
  if (!adapter) {
    scope.postMessage({ type: 'fallback', id, chunks }, transfer);
    return;
  }
  try {
    const text = decodeChunks(chunks);
    const rows = await parseBody(text, request.format, request.where, request.contentType);
    scope.postMessage({ type: 'result', id, chunks, result: await adapter.compute(rows, request.options) }, transfer);
  } catch (error) {
    scope.postMessage({ type: 'error', id, chunks, error: toWorkerError(error) }, transfer);
  }
}

scope.addEventListener('message', (event) => void handle(event.data));
scope.postMessage({ type: 'ready' }, []);
