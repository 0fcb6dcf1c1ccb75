import { expect, waitUntil } from '@open-wc/testing';
import '../../src/elements/nps-gauge.js';
import '../../src/elements/churn-trend.js';
import '../../src/elements/clv-card.js';
import '../../src/elements/health-badge.js';
import type { MetricElement } from '../../src/base/metric-element.js';
import { setWorkerThreshold, WORKER_THRESHOLD_BYTES } from '../../src/data/worker-protocol.js';
import type { MetricErrorDetail } from '../../src/events.js';
import { unique } from '../base/test-metric.js';

const json = (body: unknown) => `/api/json?${unique()}&body=${encodeURIComponent(JSON.stringify(body))}`;
const csv = (body: string) => `/api/csv?${unique()}&body=${encodeURIComponent(body)}`;
const raw = (body: string) => `/api/json?${unique()}&body=${encodeURIComponent(body)}`;
const settled = (el: MetricElement<unknown>) =>
  waitUntil(() => el.state === 'ready' || el.state === 'error', `ready or error, was ${el.state}`, { timeout: 8000 });

/** Counts Workers started and terminated through the page's Worker constructor. */
const NativeWorker = window.Worker;
const started: string[] = [];
let terminated = 0;
/** Runs right after the page posts a job to a Worker. */
let onPost: (() => void) | undefined;
class SpyWorker extends NativeWorker {
  override postMessage(message: unknown, transfer?: unknown): void {
    super.postMessage(message, transfer as Transferable[]);
    onPost?.();
  }
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    started.push(String(url));
  }
  override terminate(): void {
    terminated++;
    super.terminate();
  }
}
window.Worker = SpyWorker;

const responses = [10, 9, 9, 7, 8, 3, 0, 10, { score: 6, date: '2026-03-01', comment: '<b>x</b>' }, { score: 10, segment: 'smb' }];
const changes = [
  { customerId: 'a', date: '2026-01-05', mrr: 100 },
  { customerId: 'b', date: '2026-01-10', mrr: 50 },
  { customerId: 'c', date: '2026-02-03', mrr: 70 },
  { customerId: 'a', date: '2026-02-20', mrr: 150 },
  { customerId: 'b', date: '2026-03-01', mrr: 0 },
  { customerId: 'c', date: '2026-04-11', mrr: 30 },
];

/** What the element computes on the main thread from the same rows (the data property). */
async function mainThread(tag: string, rows: unknown, attrs: Record<string, string> = {}): Promise<{ result: unknown; error: MetricErrorDetail | undefined }> {
  const el = document.createElement(tag) as MetricElement<unknown>;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = rows;
  document.body.append(el);
  await settled(el);
  const out = { result: el.result, error: el.error };
  el.remove();
  return out;
}

async function viaSrc(tag: string, src: string, attrs: Record<string, string> = {}) {
  const events: string[] = [];
  const el = document.createElement(tag) as MetricElement<unknown>;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.addEventListener('metric-computed', () => events.push('computed'));
  el.addEventListener('metric-error', () => events.push('error'));
  el.src = src;
  document.body.append(el);
  await settled(el);
  return { el, events };
}

afterEach(() => {
  setWorkerThreshold(WORKER_THRESHOLD_BYTES);
  document.body.replaceChildren();
});

describe('big data in a Worker', () => {
  it('starts no Worker below the threshold', async () => {
    const before = started.length;
    const { el } = await viaSrc('nps-gauge', json(responses));
    expect(el.state).to.equal('ready');
    expect(started.length, 'Workers started').to.equal(before);
  });

  it('computes a body at or above the threshold in a Worker, with the same result as the main thread', async () => {
    setWorkerThreshold(0);
    const before = started.length;
    const { el, events } = await viaSrc('nps-gauge', json(responses));
    expect(el.state).to.equal('ready');
    expect(started.length - before, 'one Worker').to.equal(1);
    expect(events).to.deep.equal(['computed']);
    expect(el.result).to.deep.equal((await mainThread('nps-gauge', responses)).result);
    expect(el.shadowRoot!.querySelector('[part~="value"]')!.textContent!.trim()).to.equal('20');
  });

  it('parses CSV in the Worker', async () => {
    setWorkerThreshold(0);
    const { el } = await viaSrc('nps-gauge', csv('score,date\n10,2026-01-01\n9,2026-01-02\n3,2026-01-03\n'));
    expect(el.state).to.equal('ready');
    expect((el.result as { score: number }).score).to.be.closeTo(100 / 3, 1e-9);
  });

  for (const kind of ['customer', 'gross-revenue', 'net-revenue']) {
    it(`computes <churn-trend kind="${kind}"> in the Worker like the main thread`, async () => {
      setWorkerThreshold(0);
      const before = started.length;
      const { el } = await viaSrc('churn-trend', json(changes), { kind });
      expect(el.state).to.equal('ready');
      expect(started.length - before).to.equal(1);
      expect(el.result).to.deep.equal((await mainThread('churn-trend', changes, { kind })).result);
    });
  }

  it('reports bad rows from the Worker as the same validation error and issues', async () => {
    setWorkerThreshold(0);
    const bad = [9, { score: 11 }, { score: 'ten' }, 4.5, { date: '2026-01-01' }];
    const { el, events } = await viaSrc('nps-gauge', json(bad));
    expect(el.state).to.equal('error');
    expect(events).to.deep.equal(['error']);
    const expected = (await mainThread('nps-gauge', bad)).error!;
    expect(expected.kind).to.equal('validation');
    expect(el.error).to.deep.equal(expected);
  });

  it('reports unreadable JSON from the Worker as a parse error naming the URL', async () => {
    setWorkerThreshold(0);
    const { el } = await viaSrc('nps-gauge', raw('[1, 2,'));
    expect(el.error?.kind).to.equal('parse');
    expect(el.error?.message).to.match(/^The answer from \/api\/json\?.* is not valid JSON\.$/);
  });

  it('hands inputs it does not compute back to the element (aggregated counts)', async () => {
    setWorkerThreshold(0);
    const { el } = await viaSrc('nps-gauge', json({ promoters: 40, passives: 45, detractors: 15 }));
    expect(el.state).to.equal('ready');
    expect((el.result as { score: number }).score).to.equal(25);
  });

  it('computes again in the Worker when an option changes (the body comes back from it)', async () => {
    setWorkerThreshold(0);
    const { el, events } = await viaSrc('churn-trend', json(changes), { kind: 'customer' });
    el.setAttribute('kind', 'net-revenue');
    await waitUntil(() => events.length === 2, 'a second metric-computed', { timeout: 8000 });
    expect(events).to.deep.equal(['computed', 'computed']);
    expect(el.result).to.deep.equal((await mainThread('churn-trend', changes, { kind: 'net-revenue' })).result);
  });

  it('never lets an older Worker result overwrite a newer one', async () => {
    setWorkerThreshold(0);
    const first = Array.from({ length: 20_000 }, (_, i) => (i % 11) as number); // a heavier job first
    const second = [10, 10, 10, 0];
    const detail: unknown[] = [];
    const el = document.createElement('nps-gauge') as MetricElement<unknown>;
    el.addEventListener('metric-computed', (e) => detail.push((e as CustomEvent).detail));
    el.src = json(first);
    document.body.append(el);
    const before = started.length;
    await waitUntil(() => started.length > before || el.state !== 'loading', 'the first job under way', { timeout: 8000 });
    el.src = json(second);
    await waitUntil(() => detail.length > 0 && el.state === 'ready' && (el.result as { total: number }).total === 4, 'the second result', {
      timeout: 8000,
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(detail.map((d) => (d as { total: number }).total)).to.deep.equal([4]);
  });

  it('terminates the Worker when the element is disconnected, and computes again when reconnected', async () => {
    setWorkerThreshold(0);
    const { el } = await viaSrc('nps-gauge', json(responses));
    const before = terminated;
    el.remove();
    expect(terminated - before).to.equal(1);
    document.body.append(el);
    await settled(el);
    expect(el.state).to.equal('ready');
  });

  it('fetches and computes again when disconnected while the Worker holds the body', async () => {
    setWorkerThreshold(0);
    const rows = Array.from({ length: 3000 }, (_, i) => i % 11);
    const el = document.createElement('nps-gauge') as MetricElement<unknown>;
    const src = json(rows);
    el.src = src;
    const posted = new Promise<void>((resolve) => {
      onPost = () => {
        onPost = undefined;
        el.remove(); // terminates the Worker with the body's chunks inside it
        resolve();
      };
    });
    const before = terminated;
    document.body.append(el);
    await posted;
    expect(terminated - before).to.equal(1);
    document.body.append(el);
    await settled(el);
    expect(el.state).to.equal('ready');
    expect((el.result as { total: number }).total).to.equal(3000);
    const hits = (await (await fetch('/api/hits')).json()) as Record<string, number>;
    expect(hits[src], 'fetched again').to.equal(2);
  });

  it('computes any element\'s big body in the Worker through its adapter (clv-card, health-badge)', async () => {
    setWorkerThreshold(0);
    const before = started.length;
    const clv = await viaSrc('clv-card', json(changes), { 'gross-margin': '0.8' });
    expect(clv.el.state).to.equal('ready');
    expect(started.length, 'a Worker started').to.be.above(before);
    expect(clv.el.result).to.deep.equal((await mainThread('clv-card', changes, { 'gross-margin': '0.8' })).result);

    const rows = [
      { customerId: 'acme', date: '2026-01-01', usage: 40 },
      { customerId: 'acme', date: '2026-02-01', usage: 90 },
    ];
    const model = JSON.stringify({ measures: [{ key: 'usage', weight: 1, min: 0, max: 100 }] });
    const badge = await viaSrc('health-badge', json(rows), { model });
    expect(badge.el.state).to.equal('ready');
    expect(badge.el.result).to.deep.equal((await mainThread('health-badge', rows, { model })).result);
  });

  // Last: a failed start is remembered for the page.
  it('falls back to the main thread, with a console warning, when no Worker can start', async () => {
    setWorkerThreshold(0);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    window.Worker = class extends EventTarget {
      constructor() {
        super();
        throw new DOMException("Refused to create a worker (CSP worker-src 'none')", 'SecurityError');
      }
    } as unknown as typeof Worker;
    try {
      const { el } = await viaSrc('nps-gauge', json(responses));
      expect(el.state).to.equal('ready');
      expect(el.result).to.deep.equal((await mainThread('nps-gauge', responses)).result);
      expect(warnings.some((w) => /could not start a Worker/.test(w) && /worker-src/.test(w))).to.equal(true);
    } finally {
      console.warn = warn;
      window.Worker = SpyWorker;
    }
  });
});
