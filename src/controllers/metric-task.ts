/**
 * Computing an element's input (docs/architecture.md, "The data path"): a
 * `@lit/task` Task whose arguments are the input the routes resolved
 * (src/controllers/data-route.ts) and the options' key.
 *
 * - The same input (by key, else by identity) with the same options is not
 *   computed again; a wait (`loading`) keeps what is shown.
 * - The newest run wins: a new run aborts the one still waiting (a Worker,
 *   code loading), whose answer is dropped.
 * - A result computed at once is settled before the host's update goes on,
 *   so that update shows it (the Task itself reports it a microtask later:
 *   the host's `updateComplete` awaits {@link MetricTask.complete}).
 * - An error keeps the last good result (shown stale). Every settlement
 *   queues one `metric-computed` or `metric-error` event, which the host
 *   dispatches after the update that draws it.
 */
import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { errorDetail, toDetail } from '../data/errors.js';
import { MetricComputedEvent, MetricErrorEvent, type MetricErrorDetail } from '../events.js';
import type { DataRouteController, Resolved } from './data-route.js';

type Input = Exclude<Resolved, { kind: 'loading' }>;
type Args = readonly [input: Input, options: string | undefined];

function sameArgs(a: Args | undefined, [y, options]: Args): boolean {
  const x = a?.[0];
  if (!x || x.kind !== y.kind) return false;
  if (x.kind === 'none') return true;
  if (x.kind === 'error') return y.kind === 'error' && x.error === y.error;
  if (y.kind !== 'value' || a[1] !== options) return false;
  return x.key !== undefined ? x.key === y.key : x.value === y.value;
}

export interface MetricTaskOptions<R> {
  /** Computes an input on the main thread (the element's adapter). */
  readonly compute: (input: unknown) => R | Promise<R>;
  /** The options of the computation (JSON-able: they also cross to the Worker). */
  readonly options: () => unknown;
}

export class MetricTask<R> {
  /** The last good result. */
  result: R | undefined = undefined;
  /** The current error, or `undefined`. */
  error: MetricErrorDetail | undefined = undefined;
  /** A computation answered with a Promise and has not settled yet. */
  waiting = false;
  /** Events to dispatch after the next update. */
  events: Event[] = [];

  private readonly routes: DataRouteController;
  private readonly config: MetricTaskOptions<R>;
  private readonly task: Task<Args, void>;
  private last: Args | undefined = undefined;

  constructor(host: ReactiveControllerHost, routes: DataRouteController, config: MetricTaskOptions<R>) {
    this.routes = routes;
    this.config = config;
    this.task = new Task<Args, void>(host, { task: (args, { signal }) => this.work(args, signal), autoRun: false });
  }

  /** Resolves the routes and computes what changed. Call in the host's `willUpdate`. */
  run(): void {
    const input = this.routes.resolve();
    if (input.kind === 'loading') return;
    let options: string | undefined;
    try {
      options = JSON.stringify(this.config.options());
    } catch {
      options = undefined;
    }
    const args: Args = [input, options];
    if (!this.routes.interrupted && sameArgs(this.last, args)) return;
    this.routes.interrupted = false;
    this.last = args;
    void this.task.run(args);
  }

  /** Settles with the Task's report of a computation that answered at once. */
  get complete(): Promise<unknown> {
    return this.waiting ? Promise.resolve() : this.task.taskComplete.catch(() => undefined);
  }

  /** The Task's function: synchronous up to its first `await`. */
  private async work([input]: Args, signal: AbortSignal): Promise<void> {
    this.waiting = false;
    if (input.kind === 'none') return this.settle(undefined, undefined);
    if (input.kind === 'error') return this.settle(this.result, input.error);
    let out: R | Promise<R>;
    try {
      out = this.routes.compute(input.value, this.config.options(), this.config.compute);
    } catch (error) {
      return this.settle(this.result, errorDetail(error));
    }
    if (!(out instanceof Promise)) return this.settle(out, undefined);
    this.waiting = true;
    try {
      const result = await out;
      if (!signal.aborted) this.settle(result, undefined);
    } catch (error) {
      if (!signal.aborted) this.settle(this.result, errorDetail(error));
    }
  }

  private settle(result: R | undefined, error: MetricErrorDetail | undefined): void {
    this.waiting = false;
    this.result = result;
    this.error = error ? toDetail(error) : undefined;
    if (this.error) this.events.push(new MetricErrorEvent(this.error));
    else if (result !== undefined) this.events.push(new MetricComputedEvent<R>(result));
  }
}
