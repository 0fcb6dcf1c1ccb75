#!/usr/bin/env node
// The built bundle under a strict Content-Security-Policy (run in CI after the build):
//
//   node scripts/check-csp.mjs
//
// Serves dist/ and a page whose header is
//   default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'self';
//   connect-src 'self'; img-src 'self' data:
// The page loads dist/cs-metrics.bundle.js with a plain <script type="module" src>
// (no inline script: the page's own JS is a file) and renders each of the four
// elements twice: from a same-origin JSON `src` and from an attribute. One
// <nps-gauge> gets a body above the Worker threshold, so the Worker also starts
// under the policy. Fails on any `securitypolicyviolation` event, any console
// error or warning, any page error, or an element that does not reach `ready`.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, serve, watchPage } from './chromium.mjs';
import { changes, survey } from '../test/consumers/fixtures.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const bundle = join(root, 'dist', 'cs-metrics.bundle.js');
if (!existsSync(bundle)) {
  console.error('check-csp: dist/cs-metrics.bundle.js is missing: run npm run build first');
  process.exit(1);
}

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'self' blob:; connect-src 'self'; img-src 'self' data:";

const health = [
  { customerId: 'acme', date: '2026-01-01', usage: 70, openTickets: 2 },
  { customerId: 'acme', date: '2026-02-01', usage: 80, openTickets: 1 },
];
const model = { measures: [{ key: 'usage', weight: 2, min: 0, max: 100 }, { key: 'openTickets', weight: 1, min: 0, max: 10, higherIsBetter: false }] };
// Above the 2.5 MB Worker threshold: about 280,000 bare scores.
const bigSurvey = Buffer.from(JSON.stringify(Array.from({ length: 1_300_000 }, (_, i) => (i * 7) % 11)));

const attr = (v) => JSON.stringify(v).replaceAll('&', '&amp;').replaceAll("'", '&#39;');
const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>cs-metrics under a strict CSP</title>
<script src="/csp-page.js"></script>
<script type="module" src="/dist/cs-metrics.bundle.js"></script>
</head><body>
<nps-gauge id="nps-src" src="/data/survey.json"></nps-gauge>
<nps-gauge id="nps-attr" data='${attr(survey)}'></nps-gauge>
<nps-gauge id="nps-big" src="/data/survey-big.json"></nps-gauge>
<churn-trend id="churn-src" src="/data/changes.json"></churn-trend>
<churn-trend id="churn-attr" data='${attr(changes)}'></churn-trend>
<clv-card id="clv-src" method="subscription" src="/data/changes.json"></clv-card>
<clv-card id="clv-attr" arpa="120" churn-rate="0.02"></clv-card>
<health-badge id="health-src" model='${attr(model)}' src="/data/health.json"></health-badge>
<health-badge id="health-attr" score="82"></health-badge>
</body></html>`;
// The page's own JS (a file, not inline): records CSP violations from the very start.
const pageJs = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' (' + (e.sourceFile || '') + ':' + e.lineNumber + ')');
});`;

const server = await serve({
  headers: { 'content-security-policy': CSP },
  dirs: { '/dist/': join(root, 'dist') },
  routes: {
    '/': html,
    '/csp-page.js': pageJs,
    '/data/survey.json': JSON.stringify(survey),
    '/data/changes.json': JSON.stringify(changes),
    '/data/health.json': JSON.stringify(health),
    '/data/survey-big.json': bigSurvey,
  },
});
const origin = server.origin;
const browser = await launchChromium();
const problems = [];
let states = [];
let workers = 0;
try {
  const page = await browser.newPage();
  // A CSP block shows up as a securitypolicyviolation (recorded by the page) and
  // a net::ERR_BLOCKED_* failure. net::ERR_ABORTED is the browser tearing down a
  // body the page had already read in full: seen here about every other run for
  // one of the JSON files, with one request per URL and every element ready.
  watchPage(page, problems, { warnings: true });
  page.on('workercreated', () => workers++);
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  const ids = ['nps-src', 'nps-attr', 'nps-big', 'churn-src', 'churn-attr', 'clv-src', 'clv-attr', 'health-src', 'health-attr'];
  try {
    await page.waitForFunction(
      (ids) => ids.every((id) => ['ready', 'error'].includes(document.getElementById(id)?.getAttribute('state') ?? '')),
      { timeout: 30_000, polling: 100 },
      ids,
    );
  } catch {
    problems.push('timed out waiting for every element to settle');
  }
  // Let a late violation (a chart's style, a Worker) surface.
  await new Promise((r) => setTimeout(r, 500));
  states = await page.evaluate(
    (ids) =>
      ids.map((id) => {
        const el = document.getElementById(id);
        return { id, state: el?.getAttribute('state') ?? 'missing', error: el?.error?.message };
      }),
    ids,
  );
  const chart = await page.evaluate(() => {
    const c = document.getElementById('churn-src')?.shadowRoot?.querySelector('canvas');
    return c ? { width: c.width, height: c.height } : null;
  });
  if (!chart || !chart.width) problems.push('churn-trend drew no chart canvas');
  for (const v of await page.evaluate(() => window.__violations)) problems.push(`CSP violation: ${v}`);
} finally {
  await browser.close();
  await server.close();
}

for (const s of states) {
  if (s.state !== 'ready') problems.push(`#${s.id} is "${s.state}"${s.error ? `: ${s.error}` : ''}`);
}
console.log(`check-csp: ${CSP}`);
for (const s of states) console.log(`  #${s.id.padEnd(12)} ${s.state}`);
console.log(`  Workers started: ${workers}`);
if (workers === 0) problems.push('the big body did not start a Worker');
if (problems.length) {
  console.error(`\ncheck-csp: FAIL\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('check-csp: PASS (no violation, no console error, every element ready)');
