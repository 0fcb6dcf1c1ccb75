#!/usr/bin/env node
// Loads every story (and every docs page) of the static Storybook build in headless
// Chromium and checks what a person would see:
//   - the story finished (its `play` function, if any, passed);
//   - no console error, no uncaught exception, no failed request;
//   - every kit element in the story reached the state the story promises: `ready`
//     unless the story has a `state:<loading|empty|error>` tag, or the element itself
//     carries `data-expect-state="…"` (for stories that mix states);
//   - each such element rendered something in its shadow root.
//
//   npm run build-storybook && npm run test:stories
//   node scripts/check-stories.mjs [--dir storybook-static] [--filter nps-gauge] [--jobs 2]
//
// Ends with `stories: N passed, N failed`; exits 1 when anything failed.
//
// Storybook's own runners for `play` functions (@storybook/addon-vitest with
// vitest's browser mode; @storybook/test-runner 0.24, which runs on node 20 with
// Storybook 10 but brings jest 30, Playwright, swc, babel and nyc) would cover the
// first point only; the state, console, failed-request and docs-page checks above
// are this script's, so it stays, on the shared server and launcher of
// scripts/chromium.mjs.
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, serve, watchPage } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const dir = resolve(root, option('--dir', 'storybook-static'));
const filter = option('--filter', '');
const TIMEOUT = Number(option('--timeout', '15000'));
const JOBS = Number(option('--jobs', '2'));

if (!existsSync(join(dir, 'index.json'))) {
  console.error(`check-stories: ${dir}/index.json not found: run \`npm run build-storybook\` first.`);
  process.exit(1);
}

// The tags of the kit's elements, from the manifest; any other custom element that
// reflects a `state` attribute is checked too.
const manifestPath = join(root, 'custom-elements.json');
const kitTags = new Set();
if (existsSync(manifestPath)) {
  for (const mod of JSON.parse(readFileSync(manifestPath, 'utf8')).modules ?? []) {
    for (const d of mod.declarations ?? []) if (d.customElement && d.tagName) kitTags.add(d.tagName);
  }
}
for (const tag of ['nps-gauge', 'churn-trend', 'clv-card', 'health-badge']) kitTags.add(tag);

const server = await serve({ dirs: { '/': dir } });
const base = server.origin;

const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
const entries = Object.values(index.entries ?? {})
  .filter((e) => e.type === 'story' || e.type === 'docs')
  .filter((e) => !filter || e.id.includes(filter))
  .sort((a, b) => a.id.localeCompare(b.id));

const browser = await launchChromium();

/** Listens for the preview's `storyFinished` / play exceptions from the first script on. */
const PROBE = () => {
  const w = /** @type {any} */ (window);
  w.__csmStory = { finished: null, playError: null };
  const attach = () => {
    const channel = w.__STORYBOOK_ADDONS_CHANNEL__;
    if (!channel) return setTimeout(attach, 5);
    channel.on('storyFinished', (e) => (w.__csmStory.finished = e?.status ?? 'success'));
    channel.on('playFunctionThrewException', (e) => (w.__csmStory.playError = String(e?.message ?? e)));
    channel.on('storyThrewException', (e) => (w.__csmStory.playError = String(e?.message ?? e)));
    channel.on('storyErrored', (e) => (w.__csmStory.playError = String(e?.title ?? e?.description ?? e)));
  };
  attach();
};

async function checkStory(page, entry, problems) {
  const expected = (entry.tags ?? []).find((t) => t.startsWith('state:'))?.slice('state:'.length) ?? 'ready';
  await page.goto(`${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story`, { waitUntil: 'load' });
  const deadline = Date.now() + TIMEOUT;
  let last = { finished: null, playError: null, elements: [] };
  while (Date.now() < deadline) {
    last = await page.evaluate(
      (tags, expectedState) => {
        const w = /** @type {any} */ (window);
        const rootEl = document.querySelector('#storybook-root') ?? document.body;
        const found = [];
        const walk = (node) => {
          for (const el of node.querySelectorAll('*')) {
            const tag = el.localName;
            const isKit = tags.includes(tag) || (tag.includes('-') && el.hasAttribute('state'));
            if (isKit && tag !== 'metrics-source') {
              found.push({
                tag,
                state: el.getAttribute('state'),
                expect: el.getAttribute('data-expect-state') ?? expectedState,
                rendered: !!el.shadowRoot && el.shadowRoot.childElementCount > 0,
              });
            }
            if (el.shadowRoot) walk(el.shadowRoot);
          }
        };
        walk(rootEl);
        return {
          finished: w.__csmStory?.finished ?? null,
          playError: w.__csmStory?.playError ?? null,
          errorDisplay: document.body.classList.contains('sb-show-errordisplay'),
          elements: found,
        };
      },
      [...kitTags],
      expected,
    );
    const settled = last.elements.every((e) => e.state === e.expect && e.rendered);
    if ((last.finished || last.errorDisplay) && settled) break;
    if (last.playError || last.errorDisplay) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  if (last.playError) problems.push(`play/render failed: ${last.playError}`);
  if (last.errorDisplay && !last.playError) problems.push('Storybook shows its error display');
  if (!last.finished && !last.playError) problems.push(`story did not finish within ${TIMEOUT} ms`);
  if (last.finished === 'error' && !last.playError) problems.push('story finished with status "error"');
  if (last.elements.length === 0) problems.push('no cs-metrics element rendered');
  for (const e of last.elements) {
    if (e.state !== e.expect) problems.push(`<${e.tag}> state is "${e.state}", expected "${e.expect}"`);
    else if (!e.rendered) problems.push(`<${e.tag}> rendered nothing in its shadow root`);
  }
  return expected;
}

async function checkDocs(page, entry, problems) {
  await page.goto(`${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`, { waitUntil: 'load' });
  try {
    await page.waitForSelector('#storybook-docs .sbdocs-content, #storybook-docs .sbdocs', { timeout: TIMEOUT });
  } catch {
    problems.push('docs page did not render');
  }
  // Let the embedded stories settle before reading the console.
  await new Promise((r) => setTimeout(r, 600));
}

let passed = 0;
let failed = 0;
const started = Date.now();
async function run(entry) {
  const page = await browser.newPage();
  // Pages run side by side and only one can be the focused tab: emulate focus in
  // each, so stories whose play function focuses an element see focus events.
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
  await page.evaluateOnNewDocument(PROBE);
  const problems = [];
  // A docs page embeds every story of its component, error stories included.
  const expectsError =
    entry.type === 'story'
      ? (entry.tags ?? []).includes('state:error')
      : entries.some((e) => e.type === 'story' && e.title === entry.title && (e.tags ?? []).includes('state:error'));
  // A story that shows the error state on purpose fetches a missing file: the
  // browser reports the 404 itself. Anything else in the console is a failure.
  watchPage(page, problems, { ignore: (text) => expectsError && /status of 404/.test(text) });
  let label = entry.type;
  try {
    if (entry.type === 'story') label = `state ${await checkStory(page, entry, problems)}`;
    else await checkDocs(page, entry, problems);
  } catch (err) {
    problems.push(`crashed: ${err instanceof Error ? err.message : String(err)}`);
  }
  await page.close();
  return { entry, label, problems };
}

// A few pages at a time (the machine may be shared); results print in index order.
const results = new Array(entries.length);
let next = 0;
async function worker() {
  while (next < entries.length) {
    const i = next++;
    results[i] = await run(entries[i]);
  }
}
await Promise.all(Array.from({ length: Math.max(1, JOBS) }, worker));
for (const { entry, label, problems } of results) {
  if (problems.length === 0) {
    passed += 1;
    console.log(`  ok  ${entry.id} (${label})`);
  } else {
    failed += 1;
    console.log(`  FAIL ${entry.id} (${label})`);
    for (const p of problems) console.log(`       ${p}`);
  }
}


await browser.close();
await server.close();
console.log(`\nchecked ${entries.length} entries in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`stories: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && entries.length > 0 ? 0 : 1);
