#!/usr/bin/env node
// `npm run test:consumers`: the package as its users install it (run after `npm run build`).
//
//   1. `npm pack`, and the tarball installed into a fresh app (test/consumers/app,
//      copied to .tmp/consumers/app);
//   2. one page per public entry — `cs-metrics`, `cs-metrics/elements/<tag>.js`
//      for every tag the package ships (read from its dist/elements/),
//      `cs-metrics/engine`, `cs-metrics/schemas` — built by Vite, webpack 5
//      (production), Rollup 4 (+ node-resolve, minified) and esbuild, whose versions are
//      the repository's devDependencies (installed once, not per app);
//   3. plus "plain": a page loading only dist/cs-metrics.bundle.js, the one file
//      the README says to copy, and the same page under a CSP without blob:
//      (the Worker cannot start: the console must say the CSP is why);
//   4. each build served over HTTP (port 0) and loaded in Chromium: the page
//      defines exactly the tags its import promises, every element reaches
//      `ready`, pages with <nps-gauge> compute a big JSON and a big CSV `src`
//      (above the Worker threshold) in a Worker with the engine's numbers, and
//      no request fails, no error or warning is logged.
//
//   5. React 19, React 18, Vue 3 and Svelte 5 apps (test/consumers/frameworks/),
//      built by Vite from the tarball and driven in Chromium: rows as a
//      property, scalars written as text and as numbers, a prop cleared, events
//      into the app's state, a big body in the Worker, and unmounting leaves no
//      Worker, timer or listener behind. Checks failing for a known reason are
//      listed in EXPECTED_FAILURES and printed on every run.
//
//   6. sizes per bundler (test/consumers/sizes.mjs): for every entry and Vite,
//      webpack, Rollup and esbuild, the gzipped JavaScript the page requested
//      before its elements were ready and the bundler's up-front set, printed
//      and written to .tmp/consumer-sizes.json; `--write` rewrites the README
//      table (Performance, "Sizes per bundler"). A stale table is not a failure.
//
//   node scripts/test-consumers.mjs [--only=vite,webpack,rollup,esbuild,plain,react19,react18,vue,svelte] [--keep] [--write]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { generateSurveyRows } from './sample-data.mjs';
import { bigFixtures, fixtures, smallData } from '../test/consumers/fixtures.mjs';
import { measureFiles, printTable, recordReady, requestedScripts, staticClosure, syncReadme } from '../test/consumers/sizes.mjs';

const root = resolve(import.meta.dirname, '..');
const work = join(root, '.tmp', 'consumers');
const app = join(work, 'app');
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice(7).split(',')) : undefined;
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const log = (m) => console.log(`consumers [${seconds()} s]: ${m}`);

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('test-consumers: dist/ is missing: run `npm run build` first');
  process.exit(1);
}

// 1. Pack and install ----------------------------------------------------------
rmSync(work, { recursive: true, force: true });
mkdirSync(app, { recursive: true });
const run = (cmd, args, cwd) => {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', shell: process.platform === 'win32' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
};
const packed = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root));
const tarball = join(work, packed[0].filename);
log(`packed ${packed[0].filename} (${packed[0].entryCount} files, ${(packed[0].size / 1000).toFixed(0)} kB)`);
cpSync(join(root, 'test/consumers/app/package.json'), join(app, 'package.json'));
run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--ignore-scripts', tarball], app);
const pkgDir = join(app, 'node_modules', 'cs-metrics');
log('installed the tarball into .tmp/consumers/app');

const failures = [];

// TypeScript consumer: a React 19 TSX file using every element type-checks with
// strict and skipLibCheck: false, and a wrong attribute value fails.
function typecheckTsx() {
  const dir = join(app, 'tsx');
  cpSync(join(root, 'test/consumers/tsx'), dir, { recursive: true });
  const reactTypes = join(root, 'node_modules/@types/react');
  const tsconfig = (files) => ({
    compilerOptions: {
      strict: true,
      skipLibCheck: false,
      noEmit: true,
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      jsx: 'react-jsx',
      types: [],
      paths: { react: [reactTypes], 'react/*': [`${reactTypes}/*`] },
    },
    files,
  });
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig(['app.tsx'])));
  writeFileSync(join(dir, 'tsconfig.wrong.json'), JSON.stringify(tsconfig(['wrong.tsx'])));
  const tsc = (project) => spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project], { cwd: dir, encoding: 'utf8' });
  const good = tsc('tsconfig.json');
  if (good.status !== 0) return [`tsx: test/consumers/tsx/app.tsx does not type-check:\n${good.stdout}${good.stderr}`];
  const wrong = tsc('tsconfig.wrong.json');
  if (wrong.status === 0) return ['tsx: test/consumers/tsx/wrong.tsx type-checks, but kind="weekly" must be an error'];
  if (!/wrong\.tsx.*kind|"weekly"/s.test(wrong.stdout)) return [`tsx: wrong.tsx fails for another reason:\n${wrong.stdout}`];
  return [];
}
/**
 * EXPECTED_FAILURES: checks that fail today for a known reason, printed on
 * every run without failing it; key → why. Delete an entry once its check
 * passes: a listed check that passes fails the run, so the list stays true.
 * Keys: `tsx`, or `<framework>: <check>` (the framework apps below). Empty
 * today: numbers written as text, which React 19, Vue 3 and Svelte 5 set as
 * properties, were listed here until the elements accepted them.
 * @type {Record<string, string>}
 */
const EXPECTED_FAILURES = {};
const expectedFailuresSeen = new Set();
/** Files a check's problems as failures, or as an expected failure when it is listed. */
function judge(key, problems) {
  if (EXPECTED_FAILURES[key] === undefined) {
    failures.push(...problems.map((p) => `${key}: ${p}`));
    return problems.length === 0 ? 'ok' : 'FAIL';
  }
  if (problems.length === 0) {
    failures.push(`${key}: listed in EXPECTED_FAILURES but now passes: delete its entry`);
    return 'PASSES (delete from EXPECTED_FAILURES)';
  }
  expectedFailuresSeen.add(key);
  console.log(`consumers: EXPECTED FAILURE ${key} (${EXPECTED_FAILURES[key]}):\n    ${problems.join('\n    ')}`);
  return 'expected failure';
}
const tsxResult = typecheckTsx();
judge('tsx', tsxResult.map((p) => p.replace(/^tsx: /, '')));
log(`TSX consumer (React 19 JSX, strict, skipLibCheck: false): ${tsxResult.length === 0 ? 'ok, and the wrong value fails' : 'FAIL'}`);

// 2. Entries, read from the installed package ------------------------------------
const tags = readdirSync(join(pkgDir, 'dist', 'elements'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => f.slice(0, -3))
  .sort();
const missing = tags.filter((t) => !(t in fixtures));
if (missing.length > 0) {
  console.error(`test-consumers: no fixture for ${missing.map((t) => `<${t}>`).join(', ')}: add one to test/consumers/fixtures.mjs`);
  process.exit(1);
}
const entries = [
  { slug: 'index', spec: 'cs-metrics', tags, code: `import * as kit from 'cs-metrics';\nwindow.__probe = typeof kit.nps === 'function' ? kit.nps([9, 10, 3]).score : null;\n` },
  ...tags.map((tag) => ({ slug: `element-${tag}`, spec: `cs-metrics/elements/${tag}.js`, tags: [tag], code: `import 'cs-metrics/elements/${tag}.js';\n` })),
  { slug: 'engine', spec: 'cs-metrics/engine', tags: [], code: `import { nps } from 'cs-metrics/engine';\nwindow.__probe = nps([9, 10, 3]).score;\n` },
  {
    slug: 'schemas',
    spec: 'cs-metrics/schemas',
    tags: [],
    code: `import { SurveyResponseSchema } from 'cs-metrics/schemas';\nconst ok = SurveyResponseSchema['~standard'].validate({ score: 9 });\nconst bad = SurveyResponseSchema['~standard'].validate({ score: 11 });\nwindow.__probe = !ok.issues && bad.issues?.length > 0 ? 1 / 3 * 100 : null;\n`,
  },
];
for (const e of entries) e.big = e.tags.includes('nps-gauge');

const pageHtml = (e, script) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${e.spec}</title><link rel="icon" href="data:,">
${script}
</head><body>
${e.tags.map((t) => fixtures[t]).join('\n')}
${e.big ? bigFixtures : ''}
</body></html>`;

mkdirSync(join(app, 'src'), { recursive: true });
for (const e of entries) writeFileSync(join(app, 'src', `${e.slug}.js`), e.code);

// 3. Builds ---------------------------------------------------------------------
const out = (name) => join(work, 'out', name);
const builders = {
  async vite() {
    const { build } = await import('vite');
    for (const e of entries) writeFileSync(join(app, `${e.slug}.html`), pageHtml(e, `<script type="module" src="./src/${e.slug}.js"></script>`));
    const result = await build({
      root: app,
      configFile: false,
      logLevel: 'warn',
      build: {
        outDir: out('vite'),
        emptyOutDir: true,
        rolldownOptions: { input: Object.fromEntries(entries.map((e) => [e.slug, join(app, `${e.slug}.html`)])) },
      },
    });
    // Up front: the scripts and modulepreloads Vite wrote into each page, and their static imports.
    const chunks = new Map((Array.isArray(result) ? result : [result]).flatMap((r) => r.output).map((o) => [o.fileName, o]));
    return Object.fromEntries(
      entries.map((e) => {
        const html = readFileSync(join(out('vite'), `${e.slug}.html`), 'utf8');
        const loaded = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
        return [e.slug, staticClosure(loaded, (f) => chunks.get(f)?.imports ?? [])];
      }),
    );
  },
  async webpack() {
    const { default: webpack } = await import('webpack');
    const stats = await new Promise((done, fail) =>
      webpack({
        mode: 'production',
        context: app,
        entry: Object.fromEntries(entries.map((e) => [e.slug, `./src/${e.slug}.js`])),
        output: { path: out('webpack'), filename: '[name].js', chunkFilename: 'chunks/[name].[contenthash].js', publicPath: 'auto', clean: true },
        performance: { hints: false },
      }).run((error, result) => (error ? fail(error) : done(result))),
    );
    if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
    for (const e of entries) writeFileSync(join(out('webpack'), `${e.slug}.html`), pageHtml(e, `<script src="./${e.slug}.js"></script>`));
    // Up front: the entrypoint's initial chunks (the runtime is inside the entry file).
    const { entrypoints } = stats.toJson({ all: false, entrypoints: true });
    return Object.fromEntries(entries.map((e) => [e.slug, entrypoints[e.slug].assets.map((a) => a.name).filter((n) => n.endsWith('.js'))]));
  },
  async rollup() {
    const { rollup } = await import('rollup');
    const { nodeResolve } = await import('@rollup/plugin-node-resolve');
    const { transform } = await import('esbuild');
    // Rollup has no minifier of its own; an app adds one (@rollup/plugin-terser or
    // the like). This app minifies each chunk with esbuild's, so its sizes compare.
    const minify = { name: 'minify', renderChunk: async (code) => ({ code: (await transform(code, { minify: true, format: 'esm', target: 'es2022' })).code, map: null }) };
    const warnings = [];
    const bundle = await rollup({
      input: Object.fromEntries(entries.map((e) => [e.slug, join(app, 'src', `${e.slug}.js`)])),
      plugins: [nodeResolve({ browser: true, rootDir: app }), minify],
      onwarn: (w) => warnings.push(`${w.code}: ${w.message}`),
    });
    const { output } = await bundle.write({ dir: out('rollup'), format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' });
    await bundle.close();
    const empty = warnings.filter((w) => w.startsWith('EMPTY_BUNDLE'));
    if (empty.length > 0) throw new Error(`rollup: ${empty.join('; ')}`);
    for (const e of entries) writeFileSync(join(out('rollup'), `${e.slug}.html`), pageHtml(e, `<script type="module" src="./${e.slug}.js"></script>`));
    const chunks = new Map(output.map((o) => [o.fileName, o]));
    return Object.fromEntries(entries.map((e) => [e.slug, staticClosure([`${e.slug}.js`], (f) => chunks.get(f)?.imports ?? [])]));
  },
  async esbuild() {
    const { build } = await import('esbuild');
    const { metafile } = await build({
      absWorkingDir: app,
      entryPoints: Object.fromEntries(entries.map((e) => [e.slug, join(app, 'src', `${e.slug}.js`)])),
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      outdir: out('esbuild'),
      chunkNames: 'chunks/[name]-[hash]',
      logLevel: 'warning',
      metafile: true,
    });
    for (const e of entries) writeFileSync(join(out('esbuild'), `${e.slug}.html`), pageHtml(e, `<script type="module" src="./${e.slug}.js"></script>`));
    // metafile paths are relative to the app: '../out/esbuild/…'.
    const prefix = '../out/esbuild/';
    const statics = (f) => (metafile.outputs[prefix + f]?.imports ?? []).filter((i) => i.kind === 'import-statement' && !i.external).map((i) => i.path.slice(prefix.length));
    return Object.fromEntries(entries.map((e) => [e.slug, staticClosure([`${e.slug}.js`], statics)]));
  },
  async plain() {
    // Exactly the one file the README says to copy, and nothing else.
    mkdirSync(out('plain'), { recursive: true });
    cpSync(join(pkgDir, 'dist', 'cs-metrics.bundle.js'), join(out('plain'), 'cs-metrics.bundle.js'));
    const e = { slug: 'index', spec: 'dist/cs-metrics.bundle.js', tags, big: true };
    writeFileSync(join(out('plain'), 'index.html'), pageHtml(e, '<script type="module" src="./cs-metrics.bundle.js"></script>'));
  },
};

// 4. Data, server, browser ---------------------------------------------------------
const rows = generateSurveyRows(200_000, 7);
const bigJson = JSON.stringify(rows);
const bigCsv = `score,date\n${rows.map((r) => `${r.score},${r.date}`).join('\n')}\n`;
const WORKER_THRESHOLD_BYTES = 2_500_000; // the default of src/data/worker-protocol.ts
if (bigJson.length < WORKER_THRESHOLD_BYTES || bigCsv.length < WORKER_THRESHOLD_BYTES) throw new Error('the big bodies are under the Worker threshold');
const engine = await import(pathToFileURL(join(pkgDir, 'dist', 'engine.js')).href);
const expectedBig = engine.nps(rows).score;
const data = { ...smallData, '/data/big-survey.json': bigJson, '/data/big-survey.csv': bigCsv };
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

// `?without-big` serves a page without its big bodies: what its sizes are measured on.
function serve(dir, headers = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    if (data[path]) {
      res.writeHead(200, { 'content-type': path.endsWith('.csv') ? 'text/csv' : 'application/json', ...headers }).end(data[path]);
      return;
    }
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    let body = readFileSync(file);
    if (url.searchParams.has('without-big')) {
      const html = body.toString('utf8');
      if (!html.includes(bigFixtures)) {
        res.writeHead(500).end(`${path} does not hold the big bodies as written`);
        return;
      }
      body = html.replace(bigFixtures, '');
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', ...headers }).end(body);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const { default: puppeteer } = await import('puppeteer-core');
const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumArgs] });
const results = [];

const needsProbe = (e) => ['cs-metrics', 'cs-metrics/engine', 'cs-metrics/schemas'].includes(e.spec);

/** Loads one page; returns the problems found and the .js paths it requested (before `ready`, and in all). */
async function visit(origin, e, { expectWarning, query = '' } = {}) {
  const problems = [];
  const warnings = [];
  const page = await browser.newPage();
  const workers = [];
  page.on('workercreated', (w) => workers.push(w.url()));
  page.on('console', (m) => {
    const type = m.type();
    // Under the no-blob: CSP the browser itself logs the blocked Worker as an error: expected there.
    if (type === 'error' && !(expectWarning && /Content Security Policy/.test(m.text()))) problems.push(`console error: ${m.text()}`);
    if (type === 'warn' || type === 'warning') warnings.push(m.text());
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.evaluateOnNewDocument(recordReady, needsProbe(e));
  try {
    await page.goto(`${origin}/${e.slug}.html${query}`, { waitUntil: 'load' });
    await page
      .waitForFunction(
        (needProbe) =>
          (!needProbe || window.__probe !== undefined) &&
          [...document.body.querySelectorAll('*')].every(
            (el) =>
              !el.localName.includes('-') ||
              (customElements.get(el.localName) &&
                (['ready', 'error', 'empty'].includes(el.getAttribute('state') ?? '') || ['ready', 'error'].includes(el.value?.status))),
          ),
        { timeout: 60_000, polling: 100 },
        needsProbe(e),
      )
      .catch(() => problems.push('timed out waiting for the elements to settle'));
    await new Promise((r) => setTimeout(r, 300));
    const scripts = await page.evaluate(requestedScripts);
    const state = await page.evaluate((all) => {
      return {
        probe: window.__probe,
        defined: all.filter((t) => customElements.get(t) !== undefined),
        elements: [...document.body.querySelectorAll('*')]
          .filter((el) => el.localName.includes('-'))
          .map((el) => ({
            tag: el.localName,
            id: el.id,
            state: el.getAttribute('state') ?? el.value?.status ?? 'undefined',
            error: el.error?.message,
            score: el.result?.score,
          })),
      };
    }, tags);
    const expectDefined = e.tags;
    if (JSON.stringify(state.defined) !== JSON.stringify(expectDefined)) {
      problems.push(`defines ${state.defined.join(', ') || 'no tag'}; expected ${expectDefined.join(', ') || 'none'}`);
    }
    for (const el of state.elements) {
      if (el.state !== 'ready') problems.push(`<${el.tag}${el.id ? `#${el.id}` : ''}> is ${el.state}${el.error ? `: ${el.error}` : ''}`);
      if (el.id?.startsWith('big-') && (typeof el.score !== 'number' || Math.abs(el.score - expectedBig) > 1e-9)) {
        problems.push(`<nps-gauge#${el.id}> score ${el.score}, expected ${expectedBig}`);
      }
    }
    if (needsProbe(e)) {
      if (typeof state.probe !== 'number' || Math.abs(state.probe - 100 / 3) > 1e-9) problems.push(`the entry's exports did not compute (probe ${state.probe})`);
    }
    if (e.big && !expectWarning && workers.length === 0) problems.push('no Worker was started for the big bodies');
    if (expectWarning) {
      if (!warnings.some((w) => expectWarning.test(w))) problems.push(`expected a console warning matching ${expectWarning}; got ${JSON.stringify(warnings)}`);
      if (workers.length > 0) problems.push(`a Worker started under a CSP without blob: (${workers.join(', ')})`);
    } else {
      problems.push(...warnings.map((w) => `console warning: ${w}`));
    }
    return { problems, workers: workers.length, scripts };
  } finally {
    await page.close();
  }
}


// 5. Framework apps -------------------------------------------------------------
// React 19, React 18, Vue 3 and Svelte 5 apps (test/consumers/frameworks/), each
// built by Vite with the framework's own Vite plugin from the installed tarball
// and driven in Chromium through its buttons: mount, clear the target, unmount.
// React 19, Vue and Svelte come from the repository's devDependencies; React 18
// cannot share them, so its app gets its own package.json and `npm install`
// (React 18 and the tarball) at test time.
const FRAMEWORKS = ['react19', 'react18', 'vue', 'svelte'];
const frameworkFixtures = join(root, 'test/consumers/frameworks');
const instrument = readFileSync(join(frameworkFixtures, 'instrument.js'), 'utf8');
const expectedRows = engine.nps((await import(pathToFileURL(join(frameworkFixtures, 'data.js')).href)).responses).score;

async function buildFramework(fw) {
  const { build } = await import('vite');
  let dir;
  if (fw === 'react18') {
    dir = join(work, 'react18');
    cpSync(join(frameworkFixtures, 'react18'), dir, { recursive: true });
    cpSync(join(frameworkFixtures, 'data.js'), join(work, 'data.js'));
    run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--ignore-scripts', tarball], dir);
  } else {
    dir = join(app, 'frameworks', fw);
    cpSync(join(frameworkFixtures, fw), dir, { recursive: true });
    cpSync(join(frameworkFixtures, 'data.js'), join(app, 'frameworks', 'data.js'));
  }
  let plugins;
  if (fw.startsWith('react')) plugins = [(await import('@vitejs/plugin-react')).default()];
  if (fw === 'vue') {
    const { default: vue } = await import('@vitejs/plugin-vue');
    // The README's vite.config: every tag the package ships is a custom element.
    plugins = [vue({ template: { compilerOptions: { isCustomElement: (tag) => tags.includes(tag) } } })];
  }
  if (fw === 'svelte') plugins = [(await import('@sveltejs/vite-plugin-svelte')).svelte()];
  await build({ root: dir, configFile: false, logLevel: 'warn', plugins, build: { outDir: out(fw), emptyOutDir: true } });
}

/** Drives one framework app; returns check name → problems. */
async function driveFramework(origin) {
  const checks = {
    'rows as a property': [],
    'events into app state': [],
    'scalars written as numbers': [],
    'scalars written as text': [],
    'nonsense is a config error in the app': [],
    'big rows in a Worker': [],
    'a prop cleared to null or undefined': [],
    'unmounting leaves no Worker, timer or listener': [],
    'no console error, no failed request': [],
  };
  const general = checks['no console error, no failed request'];
  const page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && general.push(`console error: ${m.text()}`));
  page.on('pageerror', (err) => general.push(`page error: ${err.message}`));
  page.on('requestfailed', (r) => general.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => r.status() >= 400 && general.push(`HTTP ${r.status()}: ${r.url()}`));
  const snapshot = () =>
    page.evaluate(() => {
      const info = (el) => ({
        state: el.getAttribute('state'),
        error: el.error?.message,
        score: el.result?.score,
        target: el.target,
        label: el.shadowRoot?.querySelector('[part="target-label"]')?.textContent ?? null,
      });
      return {
        elements: Object.fromEntries([...document.querySelectorAll('section *')].filter((el) => el.localName.includes('-')).map((el) => [el.id, info(el)])),
        score: document.getElementById('score').textContent,
        errors: [...document.getElementById('errors').children].map((li) => li.textContent),
        live: window.__live(),
      };
    });
  try {
    await page.evaluateOnNewDocument(instrument);
    await page.goto(`${origin}/index.html`, { waitUntil: 'load' });
    await page.waitForSelector('#mount', { timeout: 10_000 });
    const before = await page.evaluate(() => window.__live());
    await page.click('#mount');
    const settled = () =>
      page.waitForFunction(
        () => {
          const els = [...document.querySelectorAll('section *')].filter((el) => el.localName.includes('-'));
          return els.length > 0 && els.every((el) => ['ready', 'error', 'empty'].includes(el.getAttribute('state') ?? ''));
        },
        { timeout: 60_000, polling: 100 },
      );
    await settled().catch(() => general.push('timed out waiting for the elements to settle'));
    await page.waitForFunction(() => document.getElementById('score').textContent !== '', { timeout: 3_000 }).catch(() => {});
    const s = await snapshot();
    const el = (id, problems) => {
      const e = s.elements[id];
      if (!e) problems.push(`#${id} is not on the page`);
      else if (e.state !== 'ready') problems.push(`#${id} is ${e.state}${e.error ? `: ${e.error}` : ''}`);
      return e ?? {};
    };
    const rows = el('rows', checks['rows as a property']);
    if (rows.score !== expectedRows) checks['rows as a property'].push(`#rows score ${rows.score}, expected ${expectedRows}`);
    el('chart', checks['rows as a property']);
    if (s.score !== `NPS ${expectedRows}`) checks['events into app state'].push(`the app shows "${s.score}" from metric-computed, expected "NPS ${expectedRows}"`);
    for (const [id, e] of Object.entries(s.elements)) {
      if (e.state === 'error' && !s.errors.some((m) => m.startsWith(`${id}: `))) checks['events into app state'].push(`#${id}'s metric-error did not reach the app's list`);
    }
    for (const id of ['clv-number', 'health-number', 'poll-number']) el(id, checks['scalars written as numbers']);
    el('rows-null', checks['rows as a property']);
    if (!rows.label?.startsWith('Target 30')) checks['scalars written as numbers'].push(`#rows (target 30) shows target label ${JSON.stringify(rows.label)}`);
    for (const id of ['clv-text', 'health-text', 'poll-text']) el(id, checks['scalars written as text']);
    const textTarget = el('target-text', checks['scalars written as text']);
    if (!textTarget.label?.startsWith('Target 30')) checks['scalars written as text'].push(`#target-text (target="30") shows target label ${JSON.stringify(textTarget.label)}`);
    const nonsense = s.elements['clv-nonsense'];
    if (nonsense?.state !== 'error') checks['nonsense is a config error in the app'].push(`#clv-nonsense (arpa="lots") is ${nonsense?.state}, expected error`);
    if (!s.errors.some((m) => m.startsWith('clv-nonsense: config: '))) checks['nonsense is a config error in the app'].push(`the app's error list has no config error from #clv-nonsense: ${JSON.stringify(s.errors)}`);
    const big = el('big', checks['big rows in a Worker']);
    if (big.score === undefined || Math.abs(big.score - expectedBig) > 1e-9) checks['big rows in a Worker'].push(`#big score ${big.score}, expected ${expectedBig}`);
    if (s.live.workersStarted === 0) checks['big rows in a Worker'].push('no Worker was started');

    await page.click('#clear');
    const clearedIds = { rows: 'undefined', 'rows-null': 'null' };
    await page
      .waitForFunction(
        (ids) => ids.every((id) => document.getElementById(id)?.target == null && !document.getElementById(id)?.shadowRoot?.querySelector('[part="target-label"]')),
        { timeout: 3_000, polling: 50 },
        Object.keys(clearedIds),
      )
      .catch(() => {});
    const afterClear = (await snapshot()).elements;
    for (const [id, to] of Object.entries(clearedIds)) {
      const c = afterClear[id] ?? {};
      const problems = checks['a prop cleared to null or undefined'];
      if (c.state !== 'ready') problems.push(`#${id} is ${c.state}${c.error ? `: ${c.error}` : ''}`);
      if (c.target != null) problems.push(`#${id}.target is ${JSON.stringify(c.target)} after the app set it to ${to} (expected no target)`);
      if (c.label !== null) problems.push(`#${id} still shows ${JSON.stringify(c.label)} after the app set its target to ${to}`);
    }

    await page.click('#unmount');
    await page.waitForFunction(() => !document.querySelector('section'), { timeout: 5_000 }).catch(() => {});
    await new Promise((r) => setTimeout(r, 1_500));
    const after = await page.evaluate(() => ({ live: window.__live(), left: [...document.querySelectorAll('*')].filter((el) => el.localName.includes('-')).length }));
    const leaks = checks['unmounting leaves no Worker, timer or listener'];
    // While mounted the elements must have added listeners (charts: print and media queries; src: visibility) and
    // timers (refresh polling), or the comparison below could not fail.
    const addedListeners = s.live.listeners.filter((l) => !before.listeners.includes(l)).length;
    const addedTimers = s.live.timers.filter((t) => !before.timers.includes(t)).length;
    if (addedListeners === 0 || addedTimers === 0) leaks.push(`while mounted the page counted ${addedListeners} new listener(s) and ${addedTimers} new timer(s): the leak check sees nothing`);
    if (after.left > 0) leaks.push(`${after.left} element(s) still in the document`);
    if (after.live.workers > 0) leaks.push(`${after.live.workers} Worker(s) still running`);
    for (const t of after.live.timers) if (!before.timers.includes(t)) leaks.push(`a ${t} is still pending`);
    for (const l of after.live.listeners) if (!before.listeners.includes(l)) leaks.push(`a ${l} was not removed`);
  } finally {
    await page.close();
  }
  return checks;
}

const targets = Object.keys(builders).filter((name) => !only || only.has(name));
const BUNDLERS = { vite: 'Vite', webpack: 'webpack', rollup: 'Rollup', esbuild: 'esbuild' };
/** bundler → slug → { beforeReady, upfront, withBigBodies? } (test/consumers/sizes.mjs). */
const sizes = {};
try {
  for (const name of targets) {
    const t0 = performance.now();
    let upfront;
    try {
      upfront = await builders[name]();
    } catch (error) {
      failures.push(`${name}: build failed: ${error instanceof Error ? error.message : error}`);
      continue;
    }
    const buildMs = performance.now() - t0;
    const server = await serve(out(name));
    const origin = `http://127.0.0.1:${server.address().port}`;
    const pages = name === 'plain' ? [{ slug: 'index', spec: 'dist/cs-metrics.bundle.js', tags, big: true }] : entries;
    try {
      for (const e of pages) {
        const { problems, workers, scripts } = await visit(origin, e);
        results.push({ bundler: name, entry: e.spec, ok: problems.length === 0, workers });
        for (const p of problems) failures.push(`${name} · ${e.spec}: ${p}`);
        if (!(name in BUNDLERS) || !scripts.beforeReady) continue;
        const measured = { upfront: measureFiles(out(name), upfront[e.slug]), beforeReady: measureFiles(out(name), scripts.beforeReady) };
        if (e.big) {
          // The big bodies add the Worker's chunk; the sizes are those of the page without them (the same page otherwise).
          measured.withBigBodies = measured.beforeReady;
          const small = await visit(origin, { ...e, big: false }, { query: '?without-big' });
          for (const p of small.problems) failures.push(`${name} · ${e.spec} (without the big bodies): ${p}`);
          measured.beforeReady = small.scripts.beforeReady && measureFiles(out(name), small.scripts.beforeReady);
        }
        (sizes[name] ??= {})[e.slug] = measured;
      }
    } finally {
      server.close();
    }
    if (name === 'plain') {
      // The same single file under a CSP that allows no blob: Worker: main thread, and the console names the CSP.
      const csp = "default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'self'; connect-src 'self'; img-src 'self' data:";
      const strict = await serve(out(name), { 'content-security-policy': csp });
      try {
        const e = { slug: 'index', spec: 'dist/cs-metrics.bundle.js under a CSP without blob:', tags, big: true };
        const { problems } = await visit(`http://127.0.0.1:${strict.address().port}`, e, { expectWarning: /Content-Security-Policy/ });
        results.push({ bundler: name, entry: e.spec, ok: problems.length === 0, workers: 0 });
        for (const p of problems) failures.push(`${name} · ${e.spec}: ${p}`);
      } finally {
        strict.close();
      }
    }
    log(`${name}: built in ${(buildMs / 1000).toFixed(1)} s, ${pages.length} page(s) loaded`);
  }
  for (const fw of FRAMEWORKS.filter((name) => !only || only.has(name))) {
    const t0 = performance.now();
    try {
      await buildFramework(fw);
    } catch (error) {
      failures.push(`${fw}: build failed: ${error instanceof Error ? error.message : error}`);
      continue;
    }
    const buildMs = performance.now() - t0;
    const server = await serve(out(fw));
    try {
      const checks = await driveFramework(`http://127.0.0.1:${server.address().port}`);
      for (const [check, problems] of Object.entries(checks)) {
        results.push({ bundler: fw, entry: check, ok: judge(`${fw}: ${check}`, problems) });
      }
    } finally {
      server.close();
    }
    log(`${fw}: built by Vite in ${(buildMs / 1000).toFixed(1)} s, app driven`);
  }
} finally {
  await browser.close();
  if (!process.argv.includes('--keep')) rmSync(join(work, 'app', 'node_modules'), { recursive: true, force: true });
}

console.log(`\n${'bundler'.padEnd(9)} ${'entry'.padEnd(52)} result`);
for (const r of results) console.log(`${r.bundler.padEnd(9)} ${r.entry.padEnd(52)} ${typeof r.ok === 'string' ? r.ok : r.ok ? 'ok' : 'FAIL'}${r.workers ? ` (${r.workers} Worker)` : ''}`);
const measuredBundlers = Object.keys(BUNDLERS).filter((n) => sizes[n]);
if (measuredBundlers.length > 0) {
  const version = (pkg) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  const report = {
    date: new Date().toISOString(),
    measured: `packed ${packed[0].filename}, built by each bundler in .tmp/consumers/app, loaded in Chromium (scripts/test-consumers.mjs)`,
    unit: 'gzip -9 bytes; 1 kB = 1000 B',
    beforeReady: 'the .js files the page requested before its elements were ready; pages with <nps-gauge> measured without their big bodies (withBigBodies: with them)',
    upfront: "the bundler's entry files and their static imports, transitively",
    bundlers: Object.fromEntries(measuredBundlers.map((n) => [n, { title: BUNDLERS[n], version: version(n).split('.').slice(0, 2).join('.') }])),
    entries: entries.map((e) => ({ entry: e.spec, bundlers: Object.fromEntries(measuredBundlers.map((n) => [n, sizes[n][e.slug] ?? null])) })),
  };
  writeFileSync(join(root, '.tmp', 'consumer-sizes.json'), JSON.stringify(report, null, 2));
  printTable(report);
  const complete = measuredBundlers.length === Object.keys(BUNDLERS).length && failures.length === 0;
  if (process.argv.includes('--write') && !complete) console.log('consumers: README per-bundler table not written: it needs all four bundlers and a run without problems');
  else if (complete) {
    const readme = syncReadme(join(root, 'README.md'), report, process.argv.includes('--write'));
    if (readme === 'written') console.log('consumers: README "Sizes per bundler" table rewritten');
    // Not a failure: the figures move with every change in src/; scripts/size.mjs is the size check CI enforces.
    if (readme === 'stale') console.log('consumers: the README "Sizes per bundler" table differs from this run (not a failure): `npm run test:consumers -- --write` refreshes it');
  }
  console.log('consumers: sizes written to .tmp/consumer-sizes.json');
}
console.log(`\nEXPECTED_FAILURES (scripts/test-consumers.mjs; delete an entry once it passes): ${Object.keys(EXPECTED_FAILURES).length || 'none'}`);
{
  for (const [key, why] of Object.entries(EXPECTED_FAILURES)) console.log(`  ${key}: ${why}${expectedFailuresSeen.has(key) ? '' : ' [not run or now passing]'}`);
}
if (failures.length > 0) {
  console.error(`\ntest-consumers: ${failures.length} problem(s):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
log(`every entry works in ${[...targets, ...FRAMEWORKS.filter((name) => !only || only.has(name))].join(', ')}`);
