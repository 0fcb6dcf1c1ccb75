/**
 * A big fetched body's computation (docs/architecture.md, "The data path"):
 * in a Worker with the adapter of the host's metric, else on the main thread.
 * Part of the `src` route's lazy code (src/base/src-route.ts): only a page
 * whose elements have a `src` downloads it. The Worker is stopped when the
 * host disconnects; a job cut short that way is reported as interrupted (the
 * host computes it again when it is connected again).
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { decodeChunks, parseBody } from '../data/fetch.js';
import type { WorkerClient } from '../data/worker-client.js';
import type { BigBody } from '../data/worker-protocol.js';
import type { SourceController } from './source-controller.js';

const never = <T>(): Promise<T> => new Promise<T>(() => {});

export class WorkerRoute implements ReactiveController {
  private worker: WorkerClient | undefined;

  constructor(
    private readonly host: ReactiveElement,
    private readonly source: SourceController,
    /** The metric key the Worker computes with; `undefined`: never use the Worker. */
    private readonly metric: () => string | undefined,
    /** A computation was cut short by a disconnect. */
    private readonly interrupt: () => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    if (!this.worker) return;
    // A job cut short never settles: the host computes it again when reconnected.
    if (this.worker.busy) this.interrupt();
    this.worker.terminate();
    this.worker = undefined;
  }

  /** Computes a big body: in the Worker when the metric has one, else parsed and computed by `here`. */
  async compute<R>(body: BigBody, options: unknown, here: (input: unknown) => R | Promise<R>): Promise<R> {
    if (body.lost) {
      // The chunks went down with a Worker terminated mid-job (a disconnect): fetch it again.
      this.source.reload();
      return never();
    }
    const metric = this.metric();
    if (metric !== undefined) {
      const { WorkerClient } = await import('../data/worker-client.js');
      if (!this.host.isConnected) {
        this.interrupt();
        return never();
      }
      this.worker ??= new WorkerClient();
      const answer = await this.worker.run(metric, options, body);
      if (answer?.type === 'result') return answer.result as R;
    }
    return here(await parseBody(decodeChunks(body.chunks), body.format, body.where, body.contentType));
  }
}
