#!/usr/bin/env node
// Checks the built package as a user would meet it (run after `npm run build`):
//
//   1. every `exports` target, `main`/`module`/`types`, and one JS + .d.ts per
//      element in src/elements/ exist;
//   2. `import('cs-metrics/engine')` by package self-reference works in plain
//      Node (no DOM, no tsx) and computes the spec's numbers; so does
//      `import('cs-metrics/schemas')`, whose zod schemas accept a good row and
//      reject a bad one with the engine's wording;
//   3. the engine entry reaches no package at all (no zod, no Lit, no DOM
//      library, no Chart.js, no d3-dsv) and has no zod code inlined either;
//      d3-dsv is only ever loaded with a dynamic import(); Chart.js is reached
//      only from the entries of elements that draw a chart;
//   4. dist/cs-metrics.bundle.js has no imports left and, loaded twice by a plain
//      <script type="module"> page in headless Chromium, registers every element
//      renders an <nps-gauge> and exports the engine (skipped with --no-browser).
//
//   node scripts/check-package.mjs [--no-browser]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { elementTags } from './elements.mjs';
import { dirname, join, relative, resolve } from 'node:path';
import { launchChromium, serve, watchPage } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
process.chdir(root);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const failures = [];
let checks = 0;
function check(ok, message) {
  checks++;
  if (!ok) {
    failures.push(message);
    console.error(`  FAIL ${message}`);
  }
}
function section(name) {
  console.log(`check-package: ${name}`);
}

if (!existsSync('dist')) {
  console.error('check-package: dist/ is missing: run `npm run build` first');
  process.exit(1);
}

// 1. Files named by package.json (publint does not expand the `./elements/*.js`
// wildcard: a missing element file passes it) ---------------------------------
section('exports and types exist');
const tags = elementTags();
check(tags.length > 0, 'src/elements/ has no element');
function targets(value) {
  if (typeof value === 'string') return [value];
  return Object.values(value ?? {}).flatMap(targets);
}
for (const [key, value] of Object.entries(pkg.exports)) {
  if (typeof value === 'object') {
    const first = Object.keys(value)[0];
    check(first === 'types', `exports["${key}"]: "types" must come first (found "${first}")`);
  }
  for (const target of targets(value)) {
    const files = target.includes('*') ? tags.map((tag) => target.replace('*', tag)) : [target];
    for (const file of files) check(existsSync(file), `exports["${key}"] → ${file} does not exist`);
  }
}
for (const field of ['main', 'module', 'types', 'customElements']) {
  if (pkg[field]) check(existsSync(pkg[field]), `package.json "${field}" → ${pkg[field]} does not exist`);
}
check(existsSync('dist/cs-metrics.bundle.js'), 'dist/cs-metrics.bundle.js does not exist');

// `sideEffects` names dist/index.js and dist/elements/*.js only (so the engine's
// chunks tree-shake): a registration anywhere else is dropped by app bundlers.
section('every element registers in its own entry file');
const registrationRe = /\bcustomElement\(\s*["'`]([a-z][\w-]*-[\w-]*)["'`]\s*\)|customElements\.define\(\s*["'`]([a-z][\w-]*-[\w-]*)["'`]/g;
for (const file of readdirSync('dist/chunks').filter((f) => f.endsWith('.js'))) {
  const found = [...readFileSync(join('dist/chunks', file), 'utf8').matchAll(registrationRe)].map((m) => m[1] ?? m[2]);
  check(found.length === 0, `dist/chunks/${file} registers ${found.join(', ')}: sideEffects lets bundlers drop it (see vite.config.ts)`);
}
for (const tag of tags) {
  const found = [...readFileSync(`dist/elements/${tag}.js`, 'utf8').matchAll(registrationRe)].map((m) => m[1] ?? m[2]);
  check(found.includes(tag), `dist/elements/${tag}.js does not register <${tag}> itself`);
}

// 2. The engine in plain Node ------------------------------------------------
section('cs-metrics/engine in plain Node 20 (no DOM)');
const probe = `
  if (typeof document !== 'undefined' || typeof window !== 'undefined' || typeof HTMLElement !== 'undefined') {
    throw new Error('this probe must run without a DOM');
  }
  const engine = await import('cs-metrics/engine');
  const { nps, mrrMovements, MetricsInputError } = engine;
  const n = nps([9, 10, 3]);
  const m = mrrMovements([
    { customerId: 'a', date: '2026-01-10', mrr: 100 },
    { customerId: 'b', date: '2026-01-20', mrr: 50 },
    { customerId: 'a', date: '2026-02-05', mrr: 150 },
    { customerId: 'b', date: '2026-02-25', mrr: 0 },
  ]);
  let error;
  try { nps([{ score: 11 }]); } catch (e) { error = e; }
  console.log(JSON.stringify({
    exports: Object.keys(engine).length,
    schemaExports: Object.keys(engine).filter((k) => /Schema$/.test(k)),
    nps: n,
    months: m.map((r) => [r.month, r.new, r.expansion, r.churn, r.endMrr]),
    error: error && { isMetricsInputError: error instanceof MetricsInputError, total: error.total, issue: error.issues[0] },
  }));
`;
const node = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
if (node.status !== 0) {
  check(false, `import('cs-metrics/engine') failed in plain Node:\n${node.stderr}`);
} else {
  const out = JSON.parse(node.stdout.trim().split('\n').at(-1));
  const { nps, months, error } = out;
  check(nps.promoters === 2 && nps.passives === 0 && nps.detractors === 1 && nps.total === 3,
    `nps([9,10,3]) counts: got ${JSON.stringify(nps)}`);
  check(Math.abs(nps.score - 100 / 3) < 1e-9, `nps([9,10,3]).score should be 33.33…, got ${nps.score}`);
  check(JSON.stringify(months) === JSON.stringify([['2026-01', 150, 0, 0, 150], ['2026-02', 0, 50, 50, 150]]),
    `mrrMovements: got ${JSON.stringify(months)}`);
  check(error?.isMetricsInputError === true && error.total === 1 && error.issue?.row === 0 && error.issue?.field === 'score',
    `nps([{score: 11}]) should throw MetricsInputError with an issue at row 0, field "score"; got ${JSON.stringify(error)}`);
  check(out.schemaExports.length === 0, `cs-metrics/engine still exports zod schemas: ${out.schemaExports.join(', ')}`);
  console.log(`  ${out.exports} exports; nps([9,10,3]).score = ${nps.score.toFixed(2)}`);
}

section('cs-metrics/schemas in plain Node 20');
const schemasProbe = `
  const schemas = await import('cs-metrics/schemas');
  const z = await import('zod/mini');
  const { OrderSchema, SurveyResponseSchema } = schemas;
  const good = z.safeParse(OrderSchema, { customerId: 'acme', date: '2026-03-14', amount: 50 });
  const bad = z.safeParse(OrderSchema, { customerId: 'acme', date: '2026-02-30', amount: -1 });
  console.log(JSON.stringify({
    names: Object.keys(schemas).filter((k) => /^[A-Z][A-Za-z]*Schema$/.test(k)).sort(),
    good: good.success && good.data,
    bad: !bad.success && bad.error.issues.map((i) => [i.path.join('.'), i.message]),
    bareGood: z.safeParse(SurveyResponseSchema, 9).success,
    bareBad: z.safeParse(SurveyResponseSchema, 11).success,
  }));
`;
const schemasNode = spawnSync(process.execPath, ['--input-type=module', '-e', schemasProbe], { encoding: 'utf8' });
if (schemasNode.status !== 0) {
  check(false, `import('cs-metrics/schemas') failed in plain Node:\n${schemasNode.stderr}`);
} else {
  const out = JSON.parse(schemasNode.stdout.trim().split('\n').at(-1));
  const expected = ['CustomerSchema', 'HealthInputSchema', 'MrrChangeSchema', 'OrderSchema', 'RenewalSchema', 'SurveyResponseSchema', 'TicketSchema', 'TrialSchema'];
  const missing = expected.filter((name) => !out.names.includes(name));
  check(missing.length === 0, `cs-metrics/schemas does not export ${missing.join(', ')}`);
  check(JSON.stringify(out.good) === JSON.stringify({ customerId: 'acme', date: '2026-03-14', amount: 50 }),
    `OrderSchema should accept a good order; got ${JSON.stringify(out.good)}`);
  check(JSON.stringify(out.bad) === JSON.stringify([
    ['date', 'expected an ISO 8601 date (YYYY-MM-DD or a full timestamp)'],
    ['amount', 'expected a number ≥ 0'],
  ]), `OrderSchema should reject a bad date and a negative amount, in the engine's words; got ${JSON.stringify(out.bad)}`);
  check(out.bareGood === true && out.bareBad === false, 'SurveyResponseSchema should accept the bare score 9 and reject 11');
  console.log(`  ${out.names.length} schemas: ${out.names.join(', ')}`);
}

// 3. What each entry pulls in --------------------------------------------------
section('entries import only what they need');
const importRe = /(?:^|[\s;}])(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']/gm;
const dynamicRe = /\bimport\(\s*["']([^"']+)["']\s*\)/g;
function staticImports(file) {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(importRe)].map((m) => m[1]);
}
/** Files and bare specifiers reached through static imports from `entry` (and dynamic ones too with `lazy`). */
function walk(entry, { lazy = false } = {}) {
  const seen = new Set();
  const bare = new Set();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const specs = staticImports(file);
    if (lazy) specs.push(...[...readFileSync(file, 'utf8').matchAll(dynamicRe)].map((m) => m[1]));
    for (const spec of specs) {
      if (spec.startsWith('.')) queue.push(join(dirname(file), spec));
      else bare.add(spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/'));
    }
  }
  return { files: seen, bare };
}
/** Bare specifiers reached from `entry`. */
const reach = (entry, options) => walk(entry, options).bare;
const engine = walk('dist/engine.js');
const engineDeps = [...engine.bare];
check(engineDeps.length === 0, `dist/engine.js reaches ${engineDeps.join(', ')} (it must reach no package)`);
// zod's code, inlined instead of imported, would still be there: its objects all carry `_zod`.
const zodInlined = [...engine.files].filter((file) => readFileSync(file, 'utf8').includes('_zod'));
check(zodInlined.length === 0, `zod code in what dist/engine.js loads up front: ${zodInlined.join(', ')}`);
const schemasDeps = [...reach('dist/schemas.js')];
check(schemasDeps.length === 1 && schemasDeps[0] === 'zod', `dist/schemas.js reaches ${schemasDeps.join(', ') || 'nothing'} (zod expected, only)`);
const allJs = readdirSync('dist', { recursive: true })
  .map((f) => join('dist', f))
  .filter((f) => f.endsWith('.js') && !f.startsWith(join('dist', 'types')) && !f.endsWith('.bundle.js'));
for (const file of allJs) {
  check(!staticImports(file).some((s) => s === 'd3-dsv' || s.startsWith('d3-dsv/')),
    `${file} imports d3-dsv statically (it must stay behind import())`);
}
check(allJs.some((f) => [...readFileSync(f, 'utf8').matchAll(dynamicRe)].some((m) => m[1] === 'd3-dsv')),
  'no file loads d3-dsv with import(): CSV support is missing from the build');
// Chart.js is loaded with import() on the first draw: reached, but not up front.
const chartTags = tags.filter((tag) => reach(`dist/elements/${tag}.js`, { lazy: true }).has('chart.js'));
for (const tag of tags) {
  const src = readFileSync(`src/elements/${tag}.ts`, 'utf8');
  const drawsChart = /from ['"]chart\.js['"]|chart-controller\.js/.test(src);
  check(drawsChart === chartTags.includes(tag),
    drawsChart ? `dist/elements/${tag}.js does not reach chart.js` : `dist/elements/${tag}.js pulls in chart.js without using it`);
}
console.log(
  `  engine reaches: ${engineDeps.join(', ') || 'nothing'} (${engine.files.size} files, no zod); ` +
    `schemas reach: ${schemasDeps.join(', ')}; Chart.js only in: ${chartTags.join(', ') || 'none'}`,
);

// 4. The single-file bundle in a real browser ---------------------------------
const bundle = readFileSync('dist/cs-metrics.bundle.js', 'utf8');
check(staticImports('dist/cs-metrics.bundle.js').length === 0 && [...bundle.matchAll(dynamicRe)].length === 0,
  'dist/cs-metrics.bundle.js still imports other files');
if (process.argv.includes('--no-browser')) {
  console.log('check-package: bundle in Chromium skipped (--no-browser)');
} else {
  section('dist/cs-metrics.bundle.js in headless Chromium');
  await browserCheck();
}

async function browserCheck() {
  const registered = Array.from(
    readFileSync('src/index.ts', 'utf8').matchAll(/import\s+['"]\.\/elements\/([\w-]+)\.js['"]/g),
    (m) => m[1],
  );
  const page = `<!doctype html><html lang="en-US"><head><meta charset="utf-8">
    <script type="module" src="/cs-metrics.bundle.js"></script>
    <script type="module" src="/cs-metrics.bundle.js?copy=2"></script>
    </head><body><nps-gauge promoters="40" passives="45" detractors="15"></nps-gauge></body></html>`;
  const server = await serve({ dirs: { '/': 'dist' }, routes: { '/': page } });
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    const errors = [];
    watchPage(tab, errors);
    await tab.goto(`${server.origin}/`, { waitUntil: 'load' });
    const result = await tab.evaluate(async (tags) => {
      const timeout = new Promise((done) => setTimeout(done, 10_000));
      await Promise.race([Promise.all(tags.map((t) => customElements.whenDefined(t))), timeout]);
      const gauge = document.querySelector('nps-gauge');
      if (gauge && 'updateComplete' in gauge) await Promise.race([gauge.updateComplete, timeout]);
      const kit = await import('/cs-metrics.bundle.js');
      return {
        npsScore: typeof kit.nps === 'function' ? kit.nps([9, 10, 3]).score : null,
        defined: tags.filter((t) => customElements.get(t) !== undefined),
        value: gauge?.shadowRoot?.querySelector('[part~="value"]')?.textContent?.trim() ?? null,
      };
    }, registered);
    console.log(`  registered: ${result.defined.join(', ')}; nps-gauge shows ${JSON.stringify(result.value)}`);
    check(result.defined.length === registered.length,
      `bundle registered ${result.defined.join(', ')}; expected ${registered.join(', ')}`);
    if (registered.includes('nps-gauge')) {
      check(result.value === '25', `<nps-gauge promoters=40 passives=45 detractors=15> shows ${JSON.stringify(result.value)}, expected "25"`);
    }
    check(Math.abs(result.npsScore - 100 / 3) < 1e-9, `the bundle's nps([9,10,3]).score is ${result.npsScore}, expected 33.33…`);
    check(errors.length === 0, `the page logged errors (is loading the bundle twice safe?):\n    ${errors.join('\n    ')}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

const rel = relative(process.cwd(), root) || '.';
if (failures.length > 0) {
  console.error(`\ncheck-package: ${failures.length} of ${checks} checks failed (in ${rel})`);
  process.exit(1);
}
console.log(`check-package: all ${checks} checks passed`);
