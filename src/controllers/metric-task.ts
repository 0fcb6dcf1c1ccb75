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
 * - Main-thread time comes in slices (src/data/slices.ts, docs/architecture.md,
 *   "Time slices"): the host's update, which runs the Task and draws what it
 *   settled at once, waits for a later task when the connections, updates
 *   and computations in steps of the current one have used `SLICE_MS`.
 */
import { Task } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { errorDetail, toDetail } from '../data/errors.js';
import { sliceLeft } from '../data/slices.js';
import { numberFormat, resolveLocale } from '../format.js';
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

export { inSlice, SLICE_MS } from '../data/slices.js';

let warmed = false;

/**
 * The first `Intl.NumberFormat` of a page costs 13–20 ms (ICU starting up),
 * which the first update drawing a number would pay inside its slice. The
 * first element connected starts it in an idle period instead, with its locale.
 */
function warmFormats(host: ReactiveControllerHost): void {
  if (warmed) return;
  warmed = true;
  const element = typeof Element === 'function' && host instanceof Element ? host : null;
  const whenIdle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1));
  whenIdle(() => {
    numberFormat(resolveLocale(element)).format(0);
  });
}

// ---------------------------------------------------------------------------

export interface MetricTaskOptions<R> {
  /**
   * Computes an input on the main thread (the element's adapter); `signal`
   * aborts when a newer run replaces this one (a computation in steps stops).
   */
  readonly compute: (input: unknown, signal: AbortSignal) => R | Promise<R>;
  /** The options of the computation (JSON-able: they also cross to the Worker). */
  readonly options: () => unknown;
}

export class MetricTask<R> implements ReactiveController {
  /** The last good result. */
  result: R | undefined = undefined;
  /** The current error, or `undefined`. */
  error: MetricErrorDetail | undefined = undefined;
  /** A computation answered with a Promise and has not settled yet. */
  waiting = false;
  /** Events to dispatch after the next update. */
  events: Event[] = [];

  private readonly host: ReactiveControllerHost;
  private readonly routes: DataRouteController;
  private readonly config: MetricTaskOptions<R>;
  private readonly task: Task<Args, void>;
  private last: Args | undefined = undefined;

  constructor(host: ReactiveControllerHost, routes: DataRouteController, config: MetricTaskOptions<R>) {
    this.host = host;
    this.routes = routes;
    this.config = config;
    this.task = new Task<Args, void>(host, { task: (args, { signal }) => this.work(args, signal), autoRun: false });
    host.addController(this);
  }

  /**
   * A connection opens the slice when none is open: the time a task spends
   * connecting elements (200 upgraded at once by the kit's loading) counts
   * towards the slice of their updates.
   */
  hostConnected(): void {
    sliceLeft();
    warmFormats(this.host);
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
      out = this.routes.compute(input.value, this.config.options(), (value) => this.config.compute(value, signal));
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
