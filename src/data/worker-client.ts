/**
 * One element's big-data Worker: started on the first big body, reused for
 * the next ones (one job at a time, in order), terminated when the element
 * disconnects. When a Worker cannot be started (a CSP without
 * `worker-src 'self'`, an old browser), {@link WorkerClient.run} answers
 * `undefined` and the element computes on the main thread; the console says
 * so once per page.
 */
import { DataError } from './errors.js';
import { buffersOf, type BigBody, type WorkerError, type WorkerRequest, type WorkerResponse } from './worker-protocol.js';

/** The Worker answered with a result, or asks the element to compute itself (`fallback`). */
export type WorkerAnswer = { readonly type: 'result'; readonly result: unknown } | { readonly type: 'fallback' };

let unavailable = false;
let warned = false;

function warn(reason: unknown): void {
  unavailable = true;
  if (warned) return;
  warned = true;
  const why = reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : 'the Worker script failed to load';
  console.warn(
    `cs-metrics: could not start a Worker (${why}); big data is computed on the main thread. ` +
      "Allow it with the CSP directive worker-src 'self'.",
  );
}

/** Rebuilds a Worker error as what the element's error handling recognises. */
function rebuild(error: WorkerError): Error {
  if (error.name === 'DataError' && error.kind) return new DataError(error.kind, error.message, error.issues);
  const rebuilt = new Error(error.message) as Error & { issues?: unknown; total?: number };
  rebuilt.name = error.name; // `MetricsInputError` is recognised by its name, issues and total
  rebuilt.issues = error.issues;
  rebuilt.total = error.total;
  return rebuilt;
}

export class WorkerClient {
  private worker: Worker | undefined;
  private ready: Promise<boolean> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 0;
  private inFlight = 0;
  /** The body the Worker holds right now. */
  private holding: BigBody | undefined;

  /** True while a job is queued or running. */
  get busy(): boolean {
    return this.inFlight > 0;
  }

  /**
   * Computes the adapter of `metric` with `options` over the body in the Worker. Resolves `undefined` when no
   * Worker could be started (the body's chunks are untouched). Rejects with the
   * Worker's error (a parse `DataError`, a `MetricsInputError`). Never settles
   * after {@link terminate}.
   */
  run(metric: string, options: unknown, body: BigBody): Promise<WorkerAnswer | undefined> {
    this.inFlight++;
    const answer = this.queue.then(() => this.send(metric, options, body));
    const done = (): void => {
      this.inFlight--;
    };
    answer.then(done, done);
    this.queue = answer.catch(() => undefined);
    return answer;
  }

  /** Stops the Worker; pending jobs never settle. */
  terminate(): void {
    if (this.holding) this.holding.lost = true;
    this.holding = undefined;
    this.worker?.terminate();
    this.worker = undefined;
    this.ready = undefined;
    this.inFlight = 0;
  }

  private start(): Promise<boolean> {
    if (this.ready) return this.ready;
    if (unavailable) return (this.ready = Promise.resolve(false));
    let worker: Worker;
    try {
      worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'cs-metrics' });
    } catch (error) {
      warn(error);
      return (this.ready = Promise.resolve(false));
    }
    this.worker = worker;
    this.ready = new Promise<boolean>((resolve) => {
      const onMessage = (event: MessageEvent<WorkerResponse>): void => {
        if (event.data.type !== 'ready') return;
        cleanup();
        resolve(true);
      };
      const onError = (event: Event): void => {
        event.preventDefault();
        cleanup();
        worker.terminate();
        if (this.worker === worker) this.worker = undefined;
        warn((event as ErrorEvent).message || undefined);
        resolve(false);
      };
      const cleanup = (): void => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
    });
    return this.ready;
  }

  private async send(metric: string, options: unknown, body: BigBody): Promise<WorkerAnswer | undefined> {
    const worker = (await this.start()) ? this.worker : undefined;
    if (!worker) return undefined;
    const id = ++this.nextId;
    return new Promise<WorkerAnswer>((resolve, reject) => {
      const onMessage = (event: MessageEvent<WorkerResponse>): void => {
        const data = event.data;
        if (data.type === 'ready' || data.id !== id) return;
        worker.removeEventListener('message', onMessage);
        body.chunks = data.chunks;
        this.holding = undefined;
        if (data.type === 'result') resolve({ type: 'result', result: data.result });
        else if (data.type === 'fallback') resolve({ type: 'fallback' });
        else reject(rebuild(data.error));
      };
      worker.addEventListener('message', onMessage);
      const request: WorkerRequest = {
        id,
        metric,
        options,
        chunks: body.chunks,
        format: body.format,
        where: body.where,
        contentType: body.contentType,
      };
      this.holding = body;
      worker.postMessage(request, buffersOf(body.chunks));
    });
  }
}
