/**
 * One element's big-data Worker: started on the first big body, reused for
 * the next ones (one job at a time, in order), terminated when the element
 * disconnects. When a Worker cannot be started (a CSP that blocks it, a
 * browser without Workers, a script not found), {@link WorkerClient.run}
 * answers `undefined` and the element computes on the main thread; the console
 * says so once per page, naming the cause. How the Worker is started:
 * worker-start.ts.
 */
import { DataError } from './errors.js';
import { startWorker, type StartedWorker } from './worker-start.js';
import { buffersOf, type BigBody, type WorkerError, type WorkerRequest, type WorkerResponse } from './worker-protocol.js';

/** The Worker answered with a result, or asks the element to compute itself (`fallback`). */
export type WorkerAnswer = { readonly type: 'result'; readonly result: unknown } | { readonly type: 'fallback' };

let unavailable = false;
let warned = false;

/** Why no Worker could be started: the console names it. */
type Cause = 'unsupported' | 'csp' | 'not-found';

const ADVICE: Record<Cause, string> = {
  unsupported: 'this browser cannot start it',
  csp: "the page's Content-Security-Policy blocks it: allow worker-src blob: (or script-src blob: when worker-src is absent)",
  'not-found': 'its script was not found or failed to load',
};

function warn(cause: Cause, detail?: string): void {
  unavailable = true;
  if (warned) return;
  warned = true;
  console.warn(
    `cs-metrics: could not start a Worker: ${ADVICE[cause]}${detail ? ` (${detail})` : ''}; big data is computed on the main thread.`,
  );
}

/** Records Content-Security-Policy violations against Workers while one starts. */
function watchCsp(): { blocked(): boolean; stop(): void } {
  let blocked = false;
  const onViolation = (event: SecurityPolicyViolationEvent): void => {
    if (/^(worker|script|child|default)-src/.test(event.effectiveDirective) && /^blob|^https?:|^self$/.test(event.blockedURI || 'self')) {
      blocked = true;
    }
  };
  const doc = globalThis.document as Document | undefined;
  doc?.addEventListener('securitypolicyviolation', onViolation);
  return { blocked: () => blocked, stop: () => doc?.removeEventListener('securitypolicyviolation', onViolation) };
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
    if (typeof Worker !== 'function') {
      warn('unsupported', 'no Worker in this context');
      return (this.ready = Promise.resolve(false));
    }
    const csp = watchCsp();
    let started: StartedWorker;
    try {
      started = startWorker();
    } catch (error) {
      csp.stop();
      const securityError = error instanceof Error && error.name === 'SecurityError';
      warn(securityError || csp.blocked() ? 'csp' : 'unsupported', error instanceof Error ? error.message : String(error));
      return (this.ready = Promise.resolve(false));
    }
    const { worker } = started;
    this.worker = worker;
    this.ready = new Promise<boolean>((resolve) => {
      const onMessage = (event: MessageEvent<WorkerResponse>): void => {
        if (event.data.type !== 'ready') return;
        cleanup();
        csp.stop();
        resolve(true);
      };
      const onError = (event: Event): void => {
        event.preventDefault();
        cleanup();
        worker.terminate();
        if (this.worker === worker) this.worker = undefined;
        // A CSP block reaches the page as a securitypolicyviolation event, which
        // may arrive just after the Worker's error: give it one task to land.
        setTimeout(() => {
          const detail = (event as ErrorEvent).message || undefined;
          warn(csp.blocked() ? 'csp' : started.origin === 'module' ? 'not-found' : 'unsupported', detail);
          csp.stop();
          resolve(false);
        });
      };
      const cleanup = (): void => {
        started.release();
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
