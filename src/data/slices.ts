/**
 * Main-thread time slices (docs/architecture.md, "Time slices"): element
 * updates (src/controllers/metric-task.ts) and computations in steps (an
 * adapter's answer for a big input, {@link inSteps}) share the time of a
 * task, {@link SLICE_MS}; once it is used, the next job waits for a later
 * task: updates in the order they came, then computations going on. Pure: no
 * DOM, no Lit (a Worker computes in steps too, where yielding costs next to
 * nothing).
 */

/**
 * The main-thread time (ms) the jobs of one task may use before the next
 * ones wait for a later task. Well under the 50 ms of a long task, which also
 * holds whatever ran before them (a page's elements upgraded at once, the
 * kit's own loading).
 */
export const SLICE_MS = 10;

/** When the current slice began; `undefined` when none is open. */
let sliceStart: number | undefined;
/** Jobs (element updates) waiting for a slice, oldest first. */
const queue: Array<() => void> = [];
/**
 * Computations in steps waiting to go on, oldest first: after the updates, which
 * may replace what they compute (a new `data` aborts the run still computing).
 */
const stepsQueue: Array<() => void> = [];
let pumping = false;

let channel: MessageChannel | undefined;
const nextTaskWaiters: Array<() => void> = [];

/**
 * How often (ms) the slices let the browser draw: between two of its frames,
 * slices follow each other through `scheduler.yield()` (a continuation that
 * goes before the browser's rendering). Drawing after every slice made
 * 100 elements inserted at once take twice as long (each frame lays out
 * the whole page again); drawing never made one frame of every element, a
 * long task of its own.
 */
export const FRAME_EVERY_MS = 40;
let lastFrameYield = -Infinity;

type YieldingScheduler = { yield?: () => Promise<void> };

/**
 * A promise settled in a later task: a MessageChannel message, an ordinary
 * task (never clamped to 4 ms like a nested `setTimeout`) that the browser
 * may draw before, at most every {@link FRAME_EVERY_MS}; in between
 * `scheduler.yield()` where the browser has it.
 */
function nextTask(): Promise<void> {
  const now = performance.now();
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (now - lastFrameYield < FRAME_EVERY_MS && typeof scheduler?.yield === 'function') return scheduler.yield();
  lastFrameYield = now;
  return laterTask();
}

/**
 * A promise settled in a later task of its own: a `MessageChannel` message,
 * which hidden tabs do not throttle and nested calls do not clamp (unlike
 * timers), and which the browser may draw before.
 */
export function laterTask(): Promise<void> {
  return new Promise((resolve) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => nextTaskWaiters.shift()?.();
    }
    nextTaskWaiters.push(resolve);
    channel.port2.postMessage(undefined);
  });
}

/**
 * True while the current task's slice has time left; opens a slice when none
 * is open (an element connecting opens one too: the time spent connecting
 * counts). An open slice always has a later task coming that closes it and
 * runs the jobs waiting.
 */
export function sliceLeft(): boolean {
  if (sliceStart === undefined) {
    sliceStart = performance.now();
    void nextTask().then(() => {
      sliceStart = undefined;
      pump();
    });
    return true;
  }
  return performance.now() - sliceStart < SLICE_MS;
}

/** Runs the waiting jobs, oldest first, while the slice lasts. */
function pump(): void {
  if (pumping) return;
  pumping = true;
  try {
    for (;;) {
      const next = queue.length > 0 ? queue : stepsQueue.length > 0 ? stepsQueue : undefined;
      if (!next || !sliceLeft()) break;
      (next.shift() as () => void)();
    }
  } finally {
    pumping = false;
  }
}

/**
 * Runs `job` (synchronous) now when the current task's slice has time left
 * and no job waits before it, and answers `undefined`; else queues it for a
 * later task, after those before it, and answers a promise settled once it
 * ran (rejected with what it threw). A host's `scheduleUpdate` goes through
 * it, so its `updateComplete` waits for an update that waited.
 */
export function inSlice(job: () => void): Promise<void> | undefined {
  if (queue.length === 0 && stepsQueue.length === 0 && !pumping && sliceLeft()) {
    job();
    return undefined;
  }
  return new Promise<void>((resolve, reject) => {
    queue.push(() => {
      try {
        job();
        resolve();
      } catch (error) {
        reject(error);
      }
    });
  });
}

/**
 * Runs a computation in steps — each `next()` a bounded part of the work,
 * the last one returning the result — while the slice lasts, and goes on in
 * later slices, after the element updates waiting then. Rejects with what a
 * step threw, or with `signal`'s reason once it aborts: a run replaced by a
 * newer one (new `data`, a refresh) stops at its next step instead of
 * computing to its end for nothing.
 */
export function inSteps<R>(steps: Iterator<unknown, R>, signal?: AbortSignal): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    const run = (): void => {
      try {
        for (;;) {
          if (signal?.aborted) {
            steps.return?.();
            return reject(signal.reason);
          }
          const step = steps.next();
          if (step.done) return resolve(step.value);
          if (!sliceLeft()) {
            stepsQueue.push(run); // the task that closes this slice runs the queues
            return;
          }
        }
      } catch (error) {
        reject(error);
      }
    };
    if (queue.length === 0 && stepsQueue.length === 0 && !pumping && sliceLeft()) run();
    else stepsQueue.push(run);
  });
}
