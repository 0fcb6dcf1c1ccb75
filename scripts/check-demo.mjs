#!/usr/bin/env node
// Opens the demo report (demo/index.html) over HTTP from the same Vite dev server as
// `npm start`, in headless Chromium, and checks what a newcomer would see:
//   - every kit element reaches `ready`, except those marked
//     `data-expect-state="error"` (the deliberately broken feeds);
//   - each of them drew something in its shadow root;
//   - no uncaught exception, no console error other than the browser's own 404 for
//     the broken feed, no failed request.
//
//   npm run test:demo
//
// Ends with `demo: N passed, N failed` (one line per element); exits 1 on failure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { warehousePlugin } from './demo-warehouse.mjs';

const root = resolve(import.meta.dirname, '..');
const TIMEOUT = 20000;

if (!existsSync(join(root, 'demo', 'data'))) {
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'generate-data.mjs')], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) process.exit(1);
}

const server = await createServer({
  configFile: false,
  root,
  publicDir: false,
  appType: 'mpa',
  clearScreen: false,
  logLevel: 'warn',
  server: { host: '127.0.0.1', port: 0, open: false },
  plugins: [await warehousePlugin(root)],
});
await server.listen();
const address = server.httpServer?.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  headless: true,
  args: [...chromiumArgs],
});

const problems = [];
let elements = [];
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    const where = msg.location()?.url ?? '';
    // The "2025 survey archive" card points at a file that does not exist, on purpose.
    if (/status of 404/.test(text) && where.endsWith('/demo/data/nps-2025.json')) return;
    problems.push(`console error: ${text} ${where}`.trim());
  });
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  page.on('requestfailed', (req) => {
    const reason = req.failure()?.errorText ?? '';
    if (reason === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${req.url()} ${reason}`);
  });
  await page.goto(`${base}/demo/`, { waitUntil: 'load', timeout: 60000 });

  const read = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('nps-gauge, churn-trend, clv-card, health-badge, mrr-movements, retention-cohorts, feedback-list, metric-card')].map((el) => ({
        where: `${el.closest('section')?.id ?? '?'} › <${el.localName}${el.getAttribute('customer') ? ` customer="${el.getAttribute('customer')}"` : ''}${el.getAttribute('kind') ? ` kind="${el.getAttribute('kind')}"` : ''}>`,
        state: el.getAttribute('state'),
        expect: el.getAttribute('data-expect-state') ?? 'ready',
        drawn: !!el.shadowRoot && el.shadowRoot.childElementCount > 0,
      })),
    );
  const deadline = Date.now() + TIMEOUT;
  elements = await read();
  while (Date.now() < deadline && !elements.every((e) => e.state === e.expect && e.drawn)) {
    await new Promise((r) => setTimeout(r, 100));
    elements = await read();
  }
  // Late errors (a chart that throws after its first draw) still count.
  await new Promise((r) => setTimeout(r, 500));
} catch (err) {
  problems.push(`crashed: ${err instanceof Error ? err.message : String(err)}`);
} finally {
  await browser.close();
  await server.close();
}

let passed = 0;
let failed = 0;
for (const e of elements) {
  if (e.state === e.expect && e.drawn) {
    passed += 1;
    console.log(`  ok  ${e.where} (${e.state})`);
  } else {
    failed += 1;
    console.log(`  FAIL ${e.where}: state "${e.state}", expected "${e.expect}"${e.drawn ? '' : ', nothing drawn'}`);
  }
}
if (elements.length === 0) problems.push('no kit element on the page');
for (const p of problems) {
  failed += 1;
  console.log(`  FAIL ${p}`);
}
console.log(`demo: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
