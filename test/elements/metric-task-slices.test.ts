// Time slices (docs/architecture.md, "Time slices"): the updates of many
// elements connected in one task — each computes its input and draws it —
// are spread over several tasks once SLICE_MS is used (connecting them
// counts), so none of them is a long task; a lone element still computes and
// draws in the update that asked for it; an element waiting for its turn
// computes only its newest input, and its `updateComplete` waits for it.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/elements/feedback-list.js';
import { feedback, feedbackAdapter, feedbackSteps, FEEDBACK_STEP_ROWS, type FeedbackResult } from '../../src/adapters/feedback-list.js';
import { inSteps } from '../../src/data/slices.js';
import type { MetricElement } from '../../src/base/metric-element.js';
import { SLICE_MS } from '../../src/controllers/metric-task.js';
import { errorDetail } from '../../src/data/errors.js';
import { generateSurveyRows } from '../../scripts/sample-data.mjs';
import { partText, record, type TestMetric, type TestResult } from '../base/test-metric.js';
import { TestMetric as TestMetricClass } from '../base/test-metric.js';

/** Main-thread milliseconds each computation costs. */
let cost = 0;
/** The order computations ran in, by element id. */
const order: string[] = [];
/** When each computation began. */
const began: number[] = [];

/** The test metric, with a computation that takes `cost` ms of the main thread. */
class CostlyMetric extends TestMetricClass {
  protected override compute(input: unknown): TestResult | Promise<TestResult> {
    order.push(this.id);
    began.push(performance.now());
    const end = performance.now() + cost;
    while (performance.now() < end) {
      // busy: a computation of `cost` ms
    }
    return super.compute(input);
  }
}
customElements.define('costly-test-metric', CostlyMetric);

/** Long tasks running from now on, until `stop()`. */
function watchLongTasks(): { stop(): Array<{ start: number; duration: number }> } {
  const tasks: Array<{ start: number; duration: number }> = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
  });
  observer.observe({ type: 'longtask' });
  const from = performance.now();
  return {
    stop() {
      for (const e of observer.takeRecords()) tasks.push({ start: e.startTime, duration: e.duration });
      observer.disconnect();
      // Those that ended after `from` (the one running now began before it).
      return tasks.filter((t) => t.start + t.duration > from);
    },
  };
}

/** A later task (after whatever is queued now). */
const nextTask = async () => {
  await new Promise((r) => setTimeout(r, 0));
  await new Promise((r) => setTimeout(r, 0));
};

/** Microtask hops only: whatever runs meanwhile runs in the current task. */
async function sameTask(hops = 30): Promise<void> {
  for (let i = 0; i < hops; i++) await Promise.resolve();
}

function costly(id: string, data: unknown): TestMetric {
  const el = document.createElement('costly-test-metric') as TestMetric;
  el.id = id;
  el.data = data;
  return el;
}

afterEach(() => {
  cost = 0;
  order.length = 0;
  began.length = 0;
  document.body.replaceChildren();
});

describe('time slices: many elements connected at once', () => {
  it('spreads their computations over tasks, a slice each: every one ready, in document order', async () => {
    expect(SLICE_MS).to.be.within(1, 25);
    cost = 3; // 80 × 3 ms = 240 ms of computing: one task would be a long one
    const els = Array.from({ length: 80 }, (_, i) => costly(`e${i}`, [10, 9, i % 7]));
    await nextTask(); // a fresh task, the elements already created
    const watch = watchLongTasks();
    const start = performance.now();
    document.body.append(...els);
    await Promise.all(els.map((el) => el.updateComplete));
    const elapsed = performance.now() - start;
    await nextTask();
    const long = watch.stop();

    expect(els.map((el) => el.state)).to.deep.equal(els.map(() => 'ready'));
    expect(els.map((el) => el.computeCount), 'each computed once').to.deep.equal(els.map(() => 1));
    expect(order, 'in document order').to.deep.equal(els.map((el) => el.id));
    expect(partText(els[79]!, 'value'), '[10, 9, 2]').to.equal('33.3');
    expect(elapsed, 'the work was done').to.be.at.least(80 * cost);
    // A long task (over 50 ms) may still come from a loaded machine drawing
    // 80 new elements, but none holds more than a slice of computations
    // (all 80 in one task without slices).
    const perSlice = Math.ceil(SLICE_MS / cost) + 1;
    const crowded = long
      .map((t) => ({ ...t, computations: began.filter((b) => b >= t.start && b <= t.start + t.duration).length }))
      .filter((t) => t.computations > perSlice);
    expect(crowded, `no task with more than ${perSlice} computations`).to.deep.equal([]);
  });

  it('lets a lone element compute and draw in the update that asked for it', async () => {
    await nextTask();
    cost = 1;
    const el = costly('lone', [10, 9, 0]);
    document.body.append(el);
    await sameTask();
    expect(el.state, 'ready in the task that connected it').to.equal('ready');
    expect(partText(el, 'value')).to.equal('33.3');
  });
});

describe('time slices: the time spent connecting counts', () => {
  it('defers the updates of elements whose connecting used the slice (a page upgraded at once)', async () => {
    await nextTask();
    const el = costly('late', [10, 9, 0]);
    document.body.append(el);
    // The rest of the task that connected it (more upgrades, the kit's loading) uses the slice.
    const end = performance.now() + SLICE_MS + 2;
    while (performance.now() < end) {
      // busy
    }
    await sameTask();
    expect(el.hasUpdated, 'not drawn in the used-up task').to.equal(false);
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(partText(el, 'value')).to.equal('33.3');
  });
});

describe('time slices: an element waiting for its turn', () => {
  it('computes only its newest input, and updateComplete waits for it', async () => {
    await nextTask();
    cost = SLICE_MS + 2; // the first element uses the whole slice
    const first = costly('first', [10, 10]);
    const waiting = costly('waiting', [0, 0, 0]);
    document.body.append(first, waiting);
    await sameTask();
    expect(first.state).to.equal('ready');
    expect(waiting.computeCount, 'not computed in the used-up slice').to.equal(0);
    expect(waiting.hasUpdated, 'not drawn yet either').to.equal(false);

    waiting.data = [10, 10, 7, 7];
    await waiting.updateComplete;
    expect(waiting.computeCount, 'the replaced input never computed').to.equal(1);
    expect(waiting.state).to.equal('ready');
    expect(partText(waiting, 'value')).to.equal('50');
  });

  it('keeps the newest data set while earlier elements still wait', async () => {
    await nextTask();
    cost = 4;
    const els = Array.from({ length: 30 }, (_, i) => costly(`w${i}`, [0, 0, 0]));
    document.body.append(...els);
    const last = els[29]!;
    // Changed twice before its turn: only the newest is computed and shown.
    last.data = [9, 9];
    last.data = [10, 10, 10];
    await waitUntil(() => els.every((el) => el.state === 'ready'), 'all ready', { timeout: 10_000 });
    expect(last.computeCount).to.equal(1);
    expect(partText(last, 'value')).to.equal('100');
  });
});

describe('time slices: a computation in steps (<feedback-list> over many responses)', () => {
  const ROWS = 3 * FEEDBACK_STEP_ROWS + 123;

  it('gives what feedback() gives at once, in later tasks, with one metric-computed', async () => {
    // Big enough that, however fast the machine, it is not done within one slice
    // (3 parts of the 8 steps here were once, on a quiet machine).
    const rows = generateSurveyRows(12 * FEEDBACK_STEP_ROWS, 5);
    const expected = feedback(rows);
    await nextTask();
    const el = document.createElement('feedback-list') as MetricElement<FeedbackResult>;
    const log = record(el);
    el.data = rows;
    document.body.append(el);
    await sameTask();
    expect(el.state, 'still computing once the task that asked is done with its slice').to.equal('loading');
    await waitUntil(() => el.state === 'ready', `ready, was ${el.state}`, { timeout: 10_000 });
    expect(el.result).to.deep.equal(expected);
    await nextTask();
    expect(log.computed).to.have.length(1);
    expect(log.errors).to.deep.equal([]);
  });

  it('reports a bad row as feedback() does, numbered in the whole input', async () => {
    const rows: unknown[] = generateSurveyRows(ROWS, 6);
    rows[2 * FEEDBACK_STEP_ROWS + 7] = { score: 11, date: '2026-01-02' };
    let expected: unknown;
    try {
      feedback(rows);
    } catch (error) {
      expected = errorDetail(error);
    }
    expect(expected, 'feedback() refuses the row').to.not.equal(undefined);
    const el = document.createElement('feedback-list') as MetricElement<FeedbackResult>;
    el.data = rows;
    document.body.append(el);
    await waitUntil(() => el.state === 'error', `error, was ${el.state}`, { timeout: 10_000 });
    expect(el.error).to.deep.equal(expected);
    expect(el.error!.issues[0]!.row).to.equal(2 * FEEDBACK_STEP_ROWS + 7);
  });

  it('lets only the newest input show when the data changes while computing', async () => {
    // Big enough that, however fast the machine, it is not done within one slice.
    const first = generateSurveyRows(12 * FEEDBACK_STEP_ROWS, 7);
    const second = generateSurveyRows(ROWS, 8);
    await nextTask();
    const el = document.createElement('feedback-list') as MetricElement<FeedbackResult>;
    const log = record(el);
    el.data = first;
    document.body.append(el);
    await sameTask();
    expect(el.state, 'the first input still computing').to.equal('loading');
    el.data = second;
    await waitUntil(() => el.state === 'ready' && log.computed.length > 0, 'ready', { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 200));
    expect(el.result).to.deep.equal(feedback(second));
    expect(log.computed.map((r) => (r as FeedbackResult).responses), 'one metric-computed, of the newest').to.deep.equal([second.length]);
  });

  it('stops a replaced run at its next step: the signal aborts it, the steps are closed', async () => {
    let stepsRun = 0;
    let closed = false;
    function* slow(): Generator<void, string, void> {
      try {
        for (let i = 0; i < 1000; i++) {
          const end = performance.now() + 2;
          while (performance.now() < end) {
            // busy: a step of 2 ms
          }
          stepsRun++;
          yield;
        }
        return 'done';
      } finally {
        closed = true;
      }
    }
    await nextTask();
    const controller = new AbortController();
    const run = inSteps(slow(), controller.signal);
    const outcome = run.then(
      (value) => ({ value }),
      (reason: unknown) => ({ reason }),
    );
    await nextTask();
    controller.abort();
    const settled = await outcome;
    expect(settled, 'rejected with the reason of the abort').to.deep.equal({ reason: controller.signal.reason });
    expect(closed, 'the generator was returned').to.equal(true);
    const stepsAtAbort = stepsRun;
    await new Promise((r) => setTimeout(r, 100));
    expect(stepsRun, 'no step after the abort').to.equal(stepsAtAbort);
    expect(stepsRun, 'far from the 1,000 steps of the whole run').to.be.below(200);
  });

  it('hands the run signal to the adapter: <feedback-list> over many responses stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const rows = generateSurveyRows(ROWS, 10);
    let reason: unknown;
    await Promise.resolve(feedbackAdapter.compute(rows, undefined, controller.signal)).catch((error: unknown) => (reason = error));
    expect(reason === controller.signal.reason, 'rejected with the abort reason').to.equal(true);
  });

  it('runs to the same result when driven at once (as the Worker does)', () => {
    const rows = generateSurveyRows(ROWS, 9);
    const steps = feedbackSteps(rows);
    let step = steps.next();
    let count = 0;
    while (!step.done) {
      count++;
      step = steps.next();
    }
    expect(count, 'one step a part checked and a part read').to.equal(8);
    expect(step.value).to.deep.equal(feedback(rows));
  });
});
