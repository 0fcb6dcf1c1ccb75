// Every element computes a big `src` body in the Worker, through the adapter
// of its metric, with exactly the result the main thread gives for the same
// body. The bodies are real HTTP responses (the /api/rows route of
// test/server/routes.mjs makes them) above the Worker threshold, lowered to
// 500 kB here so the file runs in seconds rather than minutes.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/elements/nps-gauge.js';
import '../../src/elements/churn-trend.js';
import '../../src/elements/clv-card.js';
import '../../src/elements/health-badge.js';
import '../../src/elements/mrr-movements.js';
import '../../src/elements/retention-cohorts.js';
import '../../src/elements/feedback-list.js';
import '../../src/elements/metric-card.js';
import type { MetricElement } from '../../src/base/metric-element.js';
import { setWorkerThreshold, WORKER_THRESHOLD_BYTES } from '../../src/data/worker-protocol.js';
import { unique } from '../base/test-metric.js';

/** Counts the Workers the page starts. */
const NativeWorker = window.Worker;
let started = 0;
window.Worker = class extends NativeWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    started++;
  }
};

const THRESHOLD = 500_000;
const MB = (THRESHOLD / 1_000_000) * 1.1;

interface Case {
  readonly tag: string;
  readonly shape: 'responses' | 'changes' | 'usage';
  readonly attrs?: Record<string, string>;
}

const CASES: readonly Case[] = [
  { tag: 'nps-gauge', shape: 'responses' },
  { tag: 'feedback-list', shape: 'responses' },
  { tag: 'churn-trend', shape: 'changes', attrs: { kind: 'net-revenue' } },
  { tag: 'clv-card', shape: 'changes', attrs: { 'gross-margin': '0.8' } },
  { tag: 'mrr-movements', shape: 'changes', attrs: { months: '6' } },
  { tag: 'retention-cohorts', shape: 'changes', attrs: { basis: 'revenue' } },
  { tag: 'metric-card', shape: 'changes', attrs: { metric: 'arpa' } },
  { tag: 'metric-card', shape: 'responses', attrs: { metric: 'nps' } },
  {
    tag: 'health-badge',
    shape: 'usage',
    attrs: { customer: 'c7', model: JSON.stringify({ measures: [{ key: 'usage', weight: 1, min: 0, max: 100 }] }) },
  },
];

async function computed(tag: string, src: string, attrs: Record<string, string> = {}) {
  const el = document.createElement(tag) as MetricElement<unknown>;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  let events = 0;
  el.addEventListener('metric-computed', () => events++);
  el.addEventListener('metric-error', () => events++);
  el.src = src;
  document.body.append(el);
  await waitUntil(() => el.state === 'ready' || el.state === 'error', `<${tag}> ready or error, was ${el.state}`, {
    timeout: 25_000,
  });
  await el.updateComplete;
  const out = { state: el.state, result: el.result, error: el.error, events };
  el.remove();
  return out;
}

beforeEach(() => {
  setWorkerThreshold(THRESHOLD);
});

afterEach(() => {
  setWorkerThreshold(WORKER_THRESHOLD_BYTES);
  document.body.replaceChildren();
});

describe('every element computes a big src body in the Worker', () => {
  for (const { tag, shape, attrs } of CASES) {
    for (const format of ['json', 'csv'] as const) {
      const name = `<${tag}${attrs?.metric ? ` metric="${attrs.metric}"` : ''}>`;
      it(`${name}: big ${format.toUpperCase()} in the Worker gives the main thread's result`, async () => {
        const src = `/api/rows?${unique()}&shape=${shape}&format=${format}&mb=${MB}`;
        const before = started;
        const inWorker = await computed(tag, src, attrs);
        expect(started - before, 'a Worker started for the big body').to.equal(1);
        expect(inWorker.error?.message, 'no error').to.equal(undefined);
        expect(inWorker.state).to.equal('ready');
        expect(inWorker.events, 'one metric-computed').to.equal(1);

        setWorkerThreshold(Infinity);
        const onMain = await computed(tag, src, attrs);
        expect(started - before, 'no Worker on the main-thread run').to.equal(1);
        expect(onMain.state).to.equal('ready');
        expect(inWorker.result).to.deep.equal(onMain.result);
      });
    }
  }
});
