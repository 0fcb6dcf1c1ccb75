// The in-Chromium part of `npm run bench` (run by scripts/bench.mjs; also on its own):
//
//   node scripts/bench-browser.mjs [--rows N] [--browser-runs N] [--skip-big] [--only a,b]
//
// `--only` runs some scenarios: hundred, redraw, big, badges, clv, views.
//
// Against the built single-file bundle (dist/cs-metrics.bundle.js, the file a
// plain page loads; `npm run build` runs first when it is missing), served with
// the bench pages by a local HTTP server on 127.0.0.1, in headless Chromium
// (puppeteer-core; CHROME_PATH or /usr/bin/chromium):
//
//   1. a page of 100 elements (40 nps-gauge, 20 health-badge, 20 clv-card,
//      20 churn-trend, each with inline data in its `data` attribute):
//      time from inserting them to all of them `state="ready"` and painted
//      (the next animation frame), first insertion and median of re-insertions;
//   2. a `data` property change to the redrawn value: `metric-computed` plus the
//      next animation frame, median of 20 changes (nps-gauge, churn-trend);
//   3. 1 M survey rows into <nps-gauge src> and 1 M MRR changes into
//      <churn-trend src> (~54 MB / ~60 MB of JSON): time from navigation to
//      ready, with a Long Tasks observer registered before the kit loads: the
//      longest main-thread task (target: none over 50 ms). For contrast, the
//      same rows fetched, parsed and set as the `data` property by the page
//      (main thread, no Worker);
//   4. the views: a 36-cohort × 36-month <retention-cohorts> table and a
//      <feedback-list> over 100,000 survey responses, set as the `data`
//      property (parsed beforehand): the longest main-thread task from setting
//      the data to ready and painted (target: none over 50 ms);
//   5. 200 <health-badge> written in the page's HTML, each with its own model
//      and inline `data` rows: the longest main-thread task from navigation
//      until all 200 are ready (target: none over 50 ms), and when they were;
//   6. 200,000 MRR changes (~12 MB of JSON) into <clv-card src>: as 3., the
//      longest task from navigation to ready (target: none over 50 ms).
//
// Medians over --browser-runs runs (default 3). Prints a table; appends to
// .tmp/bench-browser.json. Exits 1 when a long-task target is missed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateMrrChanges, generateSurveyRows } from './sample-data.mjs';
import { launchChromium, serve } from './chromium.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values: opts } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    'browser-runs': { type: 'string', default: '3' },
    'skip-big': { type: 'boolean', default: false },
    only: { type: 'string' },
  },
  strict: false,
});
const ROWS = Number(opts.rows);
const RUNS = Math.max(1, Number(opts['browser-runs']));
const LONG_TASK_TARGET_MS = 50;
const SCENARIOS = ['hundred', 'redraw', 'big', 'badges', 'clv', 'views'];
const only = opts.only ? new Set(String(opts.only).split(',')) : new Set(SCENARIOS);
for (const name of only) {
  if (!SCENARIOS.includes(name)) {
    console.error(`bench-browser: --only takes ${SCENARIOS.join(', ')}; got ${name}`);
    process.exit(2);
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => (x === null || x === undefined ? '—' : `${Math.round(x)} ms`);

// ---------------------------------------------------------------------------
// The bundle.

const bundle = join(root, 'dist', 'cs-metrics.bundle.js');
if (!existsSync(bundle)) {
  console.log('bench-browser: dist/ is missing, running npm run build first');
  const run = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (run.status !== 0) process.exit(1);
}

// ---------------------------------------------------------------------------
// Data and pages.

const t0 = performance.now();
const skipBig = opts['skip-big'] || !only.has('big');
const bigSurvey = skipBig ? undefined : Buffer.from(JSON.stringify(generateSurveyRows(ROWS, 7)));
const bigMrr = skipBig ? undefined : Buffer.from(JSON.stringify(generateMrrChanges(ROWS, 7)));
if (bigSurvey) {
  console.log(
    `bench-browser: ${ROWS.toLocaleString('en')} survey rows = ${(bigSurvey.length / 1e6).toFixed(1)} MB, ` +
      `${ROWS.toLocaleString('en')} MRR changes = ${(bigMrr.length / 1e6).toFixed(1)} MB of JSON ` +
      `(generated in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
}

const attr = (value) => JSON.stringify(value).replaceAll('&', '&amp;').replaceAll("'", '&#39;');
const healthModel = {
  measures: [
    { key: 'usage', weight: 3, min: 0, max: 100 },
    { key: 'nps', weight: 2, min: -100, max: 100 },
    { key: 'openTickets', weight: 1, min: 0, max: 10, higherIsBetter: false },
  ],
};

/** The 100-element page body: realistic small inline datasets, different for each element. */
function hundredElements() {
  const parts = [];
  for (let i = 0; i < 40; i++) parts.push(`<nps-gauge data='${attr(generateSurveyRows(200, 100 + i))}'></nps-gauge>`);
  for (let i = 0; i < 20; i++) {
    const rows = Array.from({ length: 6 }, (_, k) => ({
      customerId: `acme-${i}`,
      date: `2026-0${k + 1}-01`,
      usage: 40 + ((i * 7 + k * 5) % 60),
      nps: -20 + ((i * 13 + k * 11) % 90),
      openTickets: (i + k) % 7,
    }));
    parts.push(`<health-badge model='${attr(healthModel)}' data='${attr(rows)}'></health-badge>`);
  }
  for (let i = 0; i < 20; i++) parts.push(`<clv-card method="subscription" data='${attr(generateMrrChanges(300, 200 + i))}'></clv-card>`);
  for (let i = 0; i < 20; i++) parts.push(`<churn-trend data='${attr(generateMrrChanges(300, 300 + i))}'></churn-trend>`);
  return parts.join('\n');
}
const hundred = hundredElements();

/** 5. 200 health badges written in the HTML: one account each, its own model (weights vary) and six months of rows. */
const BADGES = 200;
function badgesMarkup() {
  const parts = [];
  for (let i = 0; i < BADGES; i++) {
    const model = { measures: healthModel.measures.map((m, k) => ({ ...m, weight: 1 + ((i + k) % 4) })) };
    const rows = Array.from({ length: 6 }, (_, k) => ({
      customerId: `acct-${i}`,
      date: `2026-0${k + 1}-01`,
      usage: 20 + ((i * 7 + k * 5) % 80),
      nps: -40 + ((i * 13 + k * 11) % 130),
      openTickets: (i + k) % 9,
    }));
    parts.push(`<health-badge model='${attr(model)}' data='${attr(rows)}'></health-badge>`);
  }
  return parts.join('\n');
}
// When all of a page's elements are ready, counted as their `state` attributes change (O(1) a change).
const readyHead = (count) => `<script>
window.__readyAt = null;
{
  const ready = new Set();
  new MutationObserver((records) => {
    for (const r of records) r.target.getAttribute('state') === 'ready' ? ready.add(r.target) : ready.delete(r.target);
    if (ready.size === ${count} && window.__readyAt === null) window.__readyAt = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['state'] });
}
</script>`;

const page = (body, head = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>cs-metrics bench</title>${head}
<style>body{font:14px system-ui;margin:0} #grid{display:grid;grid-template-columns:repeat(4,1fr);gap:8px}</style>
</head><body>${body}</body></html>`;

// Registered before anything else runs: every long task from navigation on,
// and the Workers the page starts (a `src` scenario must compute in one).
const longTaskHead = `<script>
window.__longTasks = [];
window.__workers = 0;
{
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args);
      window.__workers++;
    }
  };
}
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); })
  .observe({ type: 'longtask', buffered: true });
</script>`;
const bundleTag = '<script type="module" src="/dist/cs-metrics.bundle.js"></script>';

// 4. The views' inputs: 36 monthly cohorts with up to 36 months each, and 100,000 survey responses.
const cohorts36 = Array.from({ length: 36 }, (_, i) => ({
  cohort: `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
  size: 100 + ((i * 37) % 250),
  values: Array.from({ length: 36 - i }, (_, k) => (k === 0 ? 1 : Math.round((0.5 + 0.5 * Math.exp(-k / 4)) * 1e4) / 1e4)),
}));
const survey100k = Buffer.from(JSON.stringify(generateSurveyRows(100_000, 9)));
const views = [
  ['36 × 36 cohorts → <retention-cohorts> (data property)', 'retention-cohorts', '/data/cohorts36.json'],
  ['100,000 responses → <feedback-list> (data property)', 'feedback-list', '/data/survey100k.json'],
];

const routes = {
  '/badges.html': () => page(`${badgesMarkup()}${bundleTag}`, longTaskHead + readyHead(BADGES)),
  '/clv-src.html': () => page(`<clv-card method="subscription" src="/data/mrr200k.json"></clv-card>${bundleTag}`, longTaskHead),
  '/views.html': () => page(`<retention-cohorts></retention-cohorts><feedback-list></feedback-list>${bundleTag}`, longTaskHead),
  '/empty.html': () => page(`${bundleTag}<div id="grid"></div>`),
  '/survey-src.html': () => page(`<nps-gauge src="/data/survey.json"></nps-gauge>${bundleTag}`, longTaskHead),
  '/mrr-src.html': () => page(`<churn-trend src="/data/mrr.json"></churn-trend>${bundleTag}`, longTaskHead),
  '/survey-prop.html': () => page(`<nps-gauge></nps-gauge>${bundleTag}`, longTaskHead),
  '/mrr-prop.html': () => page(`<churn-trend></churn-trend>${bundleTag}`, longTaskHead),
};
const server = await serve({
  dirs: { '/dist/': join(root, 'dist') },
  routes: {
    ...routes,
    '/data/cohorts36.json': JSON.stringify(cohorts36),
    '/data/survey100k.json': survey100k,
    ...(only.has('clv') ? { '/data/mrr200k.json': Buffer.from(JSON.stringify(generateMrrChanges(200_000, 11))) } : {}),
    ...(bigSurvey ? { '/data/survey.json': bigSurvey } : {}),
    ...(bigMrr ? { '/data/mrr.json': bigMrr } : {}),
  },
});
const origin = server.origin;
const browser = await launchChromium();
const chromium = await browser.version();

async function open(path) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  const errors = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  tab.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  await tab.goto(origin + path, { waitUntil: 'load' });
  return { tab, errors };
}

const results = { date: new Date().toISOString(), rows: ROWS, runs: RUNS, chromium, machine: machine(), scenarios: {} };
let failed = false;

try {
  // 1. 100 elements to ready.
  if (only.has('hundred')) {
    const { tab, errors } = await open('/empty.html');
    await tab.evaluate(() => Promise.all(['nps-gauge', 'health-badge', 'clv-card', 'churn-trend'].map((t) => customElements.whenDefined(t))));
    const times = [];
    for (let run = 0; run < RUNS + 2; run++) {
      const t = await tab.evaluate(async (markup) => {
        const grid = document.getElementById('grid');
        grid.replaceChildren();
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const start = performance.now();
        grid.innerHTML = markup;
        const els = [...grid.children];
        await new Promise((resolve, reject) => {
          const check = () => {
            const bad = els.find((e) => e.getAttribute('state') === 'error');
            if (bad) return reject(new Error(`<${bad.localName}> error: ${bad.error?.message}`));
            if (els.every((e) => e.getAttribute('state') === 'ready')) return resolve();
            requestAnimationFrame(check);
          };
          check();
        });
        await new Promise((r) => requestAnimationFrame(r));
        return performance.now() - start;
      }, hundred);
      times.push(t);
    }
    results.scenarios.hundred = { first: times[0], median: median(times.slice(1)), runs: times };
    if (errors.length) console.log('  page messages:', errors.slice(0, 3));
    await tab.close();
  }

  // 2. data change → redrawn value.
  if (only.has('redraw')) {
    const { tab } = await open('/empty.html');
    await tab.evaluate(() => Promise.all(['nps-gauge', 'churn-trend'].map((t) => customElements.whenDefined(t))));
    const survey = [...Array(20)].map((_, i) => generateSurveyRows(1000, 500 + i));
    const changes = [...Array(20)].map((_, i) => generateMrrChanges(1000, 600 + i));
    for (const [tag, inputs] of [
      ['nps-gauge', survey],
      ['churn-trend', changes],
    ]) {
      const times = await tab.evaluate(
        async (tag, inputs) => {
          const el = document.createElement(tag);
          document.getElementById('grid').replaceChildren(el);
          const out = [];
          for (let i = 0; i < inputs.length; i++) {
            const computed = new Promise((r) => el.addEventListener('metric-computed', r, { once: true }));
            const start = performance.now();
            el.data = inputs[i];
            await computed;
            await el.updateComplete;
            await new Promise((r) => requestAnimationFrame(r));
            out.push(performance.now() - start);
          }
          return out;
        },
        tag,
        inputs,
      );
      results.scenarios[`redraw ${tag}`] = { median: median(times.slice(1)), runs: times };
    }
    await tab.close();
  }

  // 3. 1 M rows: src (Worker) and, for contrast, the data property (main thread);
  // 6. 200,000 MRR changes into <clv-card src> (Worker).
  {
    const cases = [];
    if (bigSurvey) {
      cases.push(
        ['1M survey rows → <nps-gauge src>', '/survey-src.html', 'nps-gauge', null],
        ['1M MRR changes → <churn-trend src>', '/mrr-src.html', 'churn-trend', null],
        ['1M survey rows as data property (main thread)', '/survey-prop.html', 'nps-gauge', '/data/survey.json'],
        ['1M MRR changes as data property (main thread)', '/mrr-prop.html', 'churn-trend', '/data/mrr.json'],
      );
    }
    if (only.has('clv')) cases.push(['200,000 MRR changes → <clv-card src>', '/clv-src.html', 'clv-card', null]);
    for (const [label, path, tag, propUrl] of cases) {
      const ready = [];
      const longest = [];
      const counts = [];
      const workers = [];
      for (let run = 0; run < RUNS; run++) {
        const { tab, errors } = await open(path);
        const out = await tab.evaluate(
          async (tag, propUrl) => {
            await customElements.whenDefined(tag);
            const el = document.querySelector(tag);
            if (propUrl) el.data = await (await fetch(propUrl)).json();
            await new Promise((resolve, reject) => {
              const check = () => {
                const s = el.getAttribute('state');
                if (s === 'ready') return resolve();
                if (s === 'error') return reject(new Error(el.error?.message));
                setTimeout(check, 5);
              };
              check();
            });
            await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
            const readyAt = performance.now() - 50;
            const tasks = window.__longTasks;
            return { readyAt, longest: Math.max(0, ...tasks.map((t) => t.duration)), count: tasks.length, tasks, workers: window.__workers };
          },
          tag,
          propUrl,
        );
        if (process.env.BENCH_DEBUG) console.log(label, Math.round(out.readyAt), JSON.stringify(out.tasks.map((t) => [Math.round(t.start), Math.round(t.duration)])));
        ready.push(out.readyAt);
        longest.push(out.longest);
        counts.push(out.count);
        workers.push(out.workers);
        if (errors.length) console.log(`  ${label}: page messages:`, errors.slice(0, 3));
        await tab.close();
      }
      const worker = propUrl === null;
      if (worker && workers.some((n) => n !== 1)) console.log(`  ${label}: expected one Worker a run, got ${workers.join(', ')}`);
      const pass = worker
        ? median(longest) <= LONG_TASK_TARGET_MS && Math.max(...longest) <= LONG_TASK_TARGET_MS && workers.every((n) => n === 1)
        : null;
      if (pass === false) failed = true;
      results.scenarios[label] = { readyMedian: median(ready), longestTaskMedian: median(longest), longestTaskMax: Math.max(...longest), longTasks: counts, workers, ready, longest, pass };
    }
  }

  // 4. The views: render time and longest task from setting the data.
  for (const [label, tag, url] of only.has('views') ? views : []) {
    const ready = [];
    const longest = [];
    for (let run = 0; run < RUNS; run++) {
      const { tab, errors } = await open('/views.html');
      const out = await tab.evaluate(
        async (tag, url) => {
          await customElements.whenDefined(tag);
          const el = document.querySelector(tag);
          const rows = await (await fetch(url)).json();
          await new Promise((r) => setTimeout(r, 100));
          const mark = performance.now();
          await new Promise((r) => setTimeout(r, 0));
          const start = performance.now();
          el.data = rows;
          await new Promise((resolve, reject) => {
            const check = () => {
              const s = el.getAttribute('state');
              if (s === 'ready') return resolve();
              if (s === 'error') return reject(new Error(el.error?.message));
              setTimeout(check, 5);
            };
            check();
          });
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
          const readyAt = performance.now() - 50 - start;
          const tasks = window.__longTasks.filter((t) => t.start >= mark);
          return { readyAt, longest: Math.max(0, ...tasks.map((t) => t.duration)) };
        },
        tag,
        url,
      );
      ready.push(out.readyAt);
      longest.push(out.longest);
      if (errors.length) console.log(`  ${label}: page messages:`, errors.slice(0, 3));
      await tab.close();
    }
    const pass = median(longest) <= LONG_TASK_TARGET_MS && Math.max(...longest) <= LONG_TASK_TARGET_MS;
    if (!pass) failed = true;
    results.scenarios[label] = { readyMedian: median(ready), longestTaskMedian: median(longest), longestTaskMax: Math.max(...longest), ready, longest, pass };
  }

  // 5. 200 health badges in the page's HTML: every task from navigation until all are ready.
  if (only.has('badges')) {
    const label = `${BADGES} <health-badge> in the HTML, inline data + model`;
    const ready = [];
    const longest = [];
    for (let run = 0; run < RUNS; run++) {
      const { tab, errors } = await open('/badges.html');
      const out = await tab.evaluate(async (count) => {
        await customElements.whenDefined('health-badge');
        const deadline = performance.now() + 20_000;
        while (window.__readyAt === null) {
          const bad = document.querySelector('health-badge[state="error"]');
          if (bad) throw new Error(`<health-badge> error: ${bad.error?.message}`);
          if (performance.now() > deadline) throw new Error(`not all ${count} ready: ${document.querySelectorAll('health-badge[state="ready"]').length}`);
          await new Promise((r) => setTimeout(r, 20));
        }
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
        const tasks = window.__longTasks;
        return { readyAt: window.__readyAt, longest: Math.max(0, ...tasks.map((t) => t.duration)), tasks };
      }, BADGES);
      if (process.env.BENCH_DEBUG) console.log(label, Math.round(out.readyAt), JSON.stringify(out.tasks.map((t) => [Math.round(t.start), Math.round(t.duration)])));
      ready.push(out.readyAt);
      longest.push(out.longest);
      if (errors.length) console.log(`  ${label}: page messages:`, errors.slice(0, 3));
      await tab.close();
    }
    const pass = median(longest) <= LONG_TASK_TARGET_MS && Math.max(...longest) <= LONG_TASK_TARGET_MS;
    if (!pass) failed = true;
    results.scenarios[label] = { readyMedian: median(ready), longestTaskMedian: median(longest), longestTaskMax: Math.max(...longest), ready, longest, pass };
  }
} finally {
  await browser.close();
  await server.close();
}

// ---------------------------------------------------------------------------
// Report.

function machine() {
  const cpus = os.cpus();
  return { cpu: cpus[0]?.model ?? 'unknown', cores: cpus.length, memoryGB: Math.round(os.totalmem() / 1e9), node: process.version, platform: `${os.platform()} ${os.release()}` };
}

const m = results.machine;
console.log(`\nChromium ${chromium} (headless), ${m.cpu}, ${m.cores} cores, node ${m.node}; medians of ${RUNS} run(s)\n`);
const s = results.scenarios;
const rows = [];
if (s.hundred) rows.push(['100 elements → all ready + painted (first / median)', `${ms(s.hundred.first)} / ${ms(s.hundred.median)}`, '', '']);
for (const tag of ['nps-gauge', 'churn-trend']) {
  const r = s[`redraw ${tag}`];
  if (r) rows.push([`data change → redrawn value, <${tag}> (1,000 rows)`, ms(r.median), '', '']);
}
for (const [label, r] of Object.entries(s)) {
  if (!('readyMedian' in r)) continue;
  rows.push([label, ms(r.readyMedian), `${ms(r.longestTaskMedian)} (max ${ms(r.longestTaskMax)})`, r.pass === null ? '(contrast)' : r.pass ? 'PASS' : 'FAIL']);
}
console.log(`${'scenario'.padEnd(56)} ${'time'.padStart(17)}  ${'longest task'.padStart(22)}  target ≤ ${LONG_TASK_TARGET_MS} ms`);
for (const [a, b, c, d] of rows) console.log(`${a.padEnd(56)} ${b.padStart(17)}  ${c.padStart(22)}  ${d}`);

mkdirSync(join(root, '.tmp'), { recursive: true });
const file = join(root, '.tmp', 'bench-browser.json');
let history = [];
try {
  history = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(history)) history = [history];
} catch {
  history = [];
}
history.push(results);
writeFileSync(file, JSON.stringify(history, null, 2));
console.log(`\n${failed ? 'FAIL' : 'PASS'}: long-task target (appended to .tmp/bench-browser.json)`);
if (failed) process.exitCode = 1;
