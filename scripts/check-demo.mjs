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
import { launchChromium, watchPage } from './chromium.mjs';
import { startDemo } from './serve-demo.mjs';

const TIMEOUT = 20000;
const server = await startDemo();
const base = server.origin;
const browser = await launchChromium();

const problems = [];
let elements = [];
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  // The "2025 survey archive" card points at a file that does not exist, on purpose.
  watchPage(page, problems, { ignore: (text, url) => /status of 404/.test(text) && url.endsWith('/demo/data/nps-2025.json') });
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

  // Words: the German section speaks German; the language switcher turns the others Japanese.
  const words = (selector) =>
    page.evaluate((s) => {
      const el = document.querySelector(s);
      return el?.shadowRoot ? el.shadowRoot.textContent + ' ' + [...el.shadowRoot.querySelectorAll('[aria-label]')].map((n) => n.getAttribute('aria-label')).join(' ') : '';
    }, selector);
  const german = await words('#emea nps-gauge');
  if (!/Antworten/.test(german) || /responses|promoters/.test(german)) problems.push(`#emea nps-gauge is not in German: ${german.slice(0, 200)}`);
  await page.select('#language', 'ja-JP');
  const japanese = await page
    .waitForFunction(() => /回答/.test(document.querySelector('#loyalty nps-gauge')?.shadowRoot?.textContent ?? ''), { timeout: 10000 })
    .then(() => true, () => false);
  if (!japanese) problems.push(`the language switcher did not turn #loyalty nps-gauge Japanese: ${(await words('#loyalty nps-gauge')).slice(0, 200)}`);
  if (!/Antworten/.test(await words('#emea nps-gauge'))) problems.push('#emea nps-gauge left German after the switch');
  console.log(`  ${german && japanese ? 'ok ' : 'FAIL'} words: German section in German, switcher to Japanese`);
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
