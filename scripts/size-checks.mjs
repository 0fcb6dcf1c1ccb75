// The size budgets and the cases they apply to, as size-limit checks
// (@size-limit/esbuild, @size-limit/file), run by `npm run size`
// (scripts/size.mjs): it packs the package with `npm pack`, unpacks it into a
// fresh app's node_modules (.tmp/size/app), writes one entry file per case
// there, and runs these checks through size-limit's API with one plugin of its
// own (the up-front set, below).
//
// Each case is a consumer's esbuild build (ESM, code splitting, minified),
// every file gzipped at level 9; 1 kB = 1000 bytes. "Up front" is the entry
// chunk and every chunk it imports statically, transitively: what a page
// downloads before the element can run. Chunks reached only through a dynamic
// `import()` are lazy (the src route, the CSV parser, Chart.js, the measure
// families, the message tables, the Worker): the browser fetches each only
// when needed. The dependencies (Lit, Chart.js, d3-dsv…) resolve to the
// repository's node_modules, the versions package.json pins.
//
// Leaving the dynamic imports out of the build (external) would be simpler,
// but it understates: a module shared by the entry and a lazy chunk carries up
// front the code only the lazy chunk uses (~1 kB per element, 10 kB for the
// kit). So the whole app is built, and the plugin hands size-limit the files
// of the up-front set (plus the lazy chunks a budget counts).

/**
 * Budgets in kB (gzip -9). Elements and the engine: up front. `<churn-trend>`:
 * up front plus its Chart.js chunk (drawn on every page that shows one). Whole
 * kit: every chunk a page using all elements downloads, but the message tables
 * of other languages and the big-data Worker (a page loads at most one
 * language; the Worker only for a body over the Worker threshold).
 */
export const BUDGETS = {
  'nps-gauge': 20,
  'health-badge': 16,
  'clv-card': 20,
  'churn-trend': 70,
  'mrr-movements': 22,
  'retention-cohorts': 16,
  'feedback-list': 14,
  'metric-card': 12,
  engine: 12,
  'whole kit': 85,
};

/**
 * Entries over their budget for a documented reason (README, Performance):
 * size-limit's `limit` is this ceiling, their measured size when it was set,
 * so CI fails when they grow, not at the budget. Lower it whenever the entry
 * shrinks; delete it when the budget is met.
 */
export const CEILINGS = {
  // Every element grew by ~4 kB gzip when the options layer (numbers written
  // as text, config errors), the language tables' controller and the base's
  // @lit/task computation with its route controller joined the shared base;
  // not yet won back. That alone put these three over their budgets. Then
  // +0.4 kB each for the time slices (src/data/slices.ts: no main-thread
  // task over 50 ms for 200 elements on a page) and +0.1 kB for the options'
  // own decorator (Lit deprecates the hooks it replaced); the engine's
  // smaller row checks won back 0.1-0.2 kB, the chart drawer moving into the
  // Chart.js chunk 0.4 kB of <mrr-movements>. An element on the kit's base
  // that draws one number is 15.7 kB (the "base floor" line).
  'nps-gauge': 21.4,
  'clv-card': 24.6,
  'mrr-movements': 24.3,
  // Lit, the base's routes and states, the badge with its popover and the
  // engine's healthScore with validation (README, Performance).
  'health-badge': 23.0,
  // Lit and the base leave nothing for the list; the SurveyResponse check and
  // its date parser are ~2 kB, reading 100,000 responses in steps 0.2 kB.
  'feedback-list': 20.0,
  // The engine's cohortRetention (MRR timeline, Customer reader) is up front.
  'retention-cohorts': 23.0,
  // Lit, the base, the card's table of 27 measures, its view and sparkline.
  'metric-card': 21.8,
  // The usage, cohort and NPS-breakdown functions and the finite-result
  // checks; a page importing only `nps` gets ~3 kB (the "nps only" line).
  // +0.6 kB for the usage series' pair table (stickiness and engagement
  // under 0.5 × JSON.parse; README, Speed).
  engine: 14.8,
  // Chart.js's line chart alone is 54 kB gzip of the 70.
  'churn-trend': 79.8,
  // Chart.js (~58 kB with both charts) is most of it; the budget was set for
  // the up-front part, not for every chunk.
  'whole kit': 124.4,
};

const TAGS = ['nps-gauge', 'health-badge', 'clv-card', 'churn-trend', 'feedback-list', 'metric-card', 'metrics-source', 'mrr-movements', 'retention-cohorts'];

/** Where `npm run size` unpacks the package and writes the entry files. */
export const APP = '.tmp/size/app';

/**
 * The cases: a one-line app per public entry. `counts(chunk)` says which lazy
 * chunks (by the name scripts/size.mjs gives them) the budgeted figure counts
 * besides the up-front set.
 */
export const CASES = [
  ...TAGS.map((tag) => ({
    name: tag,
    label: `<${tag}>`,
    spec: `cs-metrics/elements/${tag}.js`,
    code: `import 'cs-metrics/elements/${tag}.js';\n`,
    // <churn-trend>'s budget includes the chart it always draws.
    counts: tag === 'churn-trend' ? (chunk) => chunk.startsWith('Chart.js') : null,
  })),
  // The engine is a library: every export kept alive, as an app using all of it.
  { name: 'engine', label: 'engine (every export)', spec: 'cs-metrics/engine', code: `export * from 'cs-metrics/engine';\n` },
  { name: 'engine nps', label: 'engine (`nps` only)', spec: 'cs-metrics/engine', code: `import { nps } from 'cs-metrics/engine';\nconsole.log(nps([9, 10, 3]));\n` },
  // Every chunk but the message tables and the Worker.
  { name: 'whole kit', label: 'whole kit (`cs-metrics`)', spec: 'cs-metrics', code: `import 'cs-metrics';\n`, counts: (chunk) => !/^(?:message table|Worker)/.test(chunk) },
  // The floor under every element: one that draws one number on the kit's
  // base (from the package's shipped sources: the base is not a public entry,
  // and their template text is not minified, ~0.3 kB more than a built element).
  {
    name: 'base floor',
    label: 'base floor (an element drawing one number)',
    spec: 'cs-metrics/src/base (packed sources)',
    file: 'base-floor.ts',
    code: [
      `import { html } from 'lit';`,
      `import { MetricElement } from '../node_modules/cs-metrics/src/base/metric-element.ts';`,
      `class FloorMetric extends MetricElement {`,
      `  get adapter() { return { metric: 'floor', compute: (rows) => (Array.isArray(rows) ? rows.length : 0), isEmpty: () => false }; }`,
      `  renderValue(count) { return html\`\${count}\`; }`,
      `}`,
      `customElements.define('floor-metric', FloorMetric);`,
      ``,
    ].join('\n'),
  },
];

/** The entry file of a case, under APP/entries. */
export const entryFile = (c) => `${APP}/entries/${c.file ?? `${c.name.replaceAll(' ', '-')}.js`}`;

/** The consumer's esbuild build: ESM with code splitting, for the browser. */
export function consumerBuild(c) {
  return (config) => ({
    ...config,
    format: 'esm',
    splitting: true,
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'silent',
    ...(c.file?.endsWith('.ts') ? { tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } } } : {}),
  });
}

export default CASES.map((c) => ({
  case: c,
  name: c.label,
  path: entryFile(c),
  gzip: true,
  ...(BUDGETS[c.name] === undefined ? {} : { limit: `${CEILINGS[c.name] ?? BUDGETS[c.name]} kB` }),
  modifyEsbuildConfig: consumerBuild(c),
}));
