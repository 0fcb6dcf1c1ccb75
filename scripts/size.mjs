#!/usr/bin/env node
// `npm run size` (after `npm run build`): what each public entry costs a page
// as a user gets it. The cases, budgets and ceilings are size-limit checks in
// scripts/size-checks.mjs, where the method is described. This script:
//
// 1. packs the package with `npm pack` and unpacks it into a fresh app's
//    node_modules (.tmp/size/app), with one entry file per case;
// 2. runs the checks through size-limit's API (@size-limit/esbuild builds,
//    @size-limit/file gzips and sums, size-limit compares with each limit: the
//    budget, or the ceiling of an entry over it). size-limit sums every file a
//    build writes and knows nothing of chunks loaded later, so a plugin of
//    ours walks esbuild's metafile between the two: it hands size-limit the
//    up-front set (and the lazy chunks a budget counts) and names each lazy
//    chunk with what it adds beyond what is loaded already;
// 3. prints the table, writes .tmp/size.json and the README's size table.
//
//   npm run size                 table + .tmp/size.json; exit 1 when a limit
//                                is exceeded or the README table is stale
//   npm run size -- --write      also rewrite the README's size table from the measurement
//   npm run size -- --why        also the ten heaviest inputs of each up-front set
//   npm run size -- --json       print the JSON instead of the table
//   npm run size -- --report     print everything, but exit 0 over budget, ceiling or stale table
//
import esbuildPlugin from '@size-limit/esbuild';
import filePlugin from '@size-limit/file';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, parse, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import sizeLimit from 'size-limit';
import checks, { APP, BUDGETS, CASES, CEILINGS, entryFile } from './size-checks.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, '.tmp', 'size');
const app = join(root, APP);
const args = new Set(process.argv.slice(2));
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kB = (bytes) => (bytes / 1000).toFixed(1);

// 1. The package as npm publishes it, and the apps ------------------------------------
if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('size: dist/ is missing: run `npm run build` first');
  process.exit(1);
}
rmSync(work, { recursive: true, force: true });
mkdirSync(join(app, 'node_modules', 'cs-metrics'), { recursive: true });
const sh = (cmd, argv, cwd) => {
  const r = spawnSync(cmd, argv, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
};
const packed = JSON.parse(sh('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root));
// The app's own package.json: without it the repository's would be the nearest
// one, and 'cs-metrics' would resolve to the repository itself (self-reference).
writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'cs-metrics-size-app', private: true, type: 'module' }));
sh('tar', ['-xzf', join(work, packed[0].filename), '-C', join(app, 'node_modules', 'cs-metrics'), '--strip-components=1'], root);
const pkgDir = join(app, 'node_modules', 'cs-metrics');
// Every element the package ships has a case: a new element without one fails here.
const shipped = readdirSync(join(pkgDir, 'dist', 'elements')).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3));
const missing = shipped.filter((tag) => !CASES.some((c) => c.name === tag));
if (missing.length > 0) throw new Error(`size: no case in scripts/size-checks.mjs for ${missing.map((t) => `<${t}>`).join(', ')}`);
mkdirSync(join(app, 'entries'), { recursive: true });
for (const c of CASES) writeFileSync(join(root, entryFile(c)), c.code);

// 2. size-limit: one consumer build per case, measured up front and per lazy chunk --

/** Names a lazy chunk by what it holds: the package's chunk files (hash dropped) or dependencies. */
function describeChunk(inputs) {
  const names = new Set();
  for (const input of inputs) {
    const dep = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(input);
    if (!dep) throw new Error(`size: ${input} is not from a package: the app resolved something outside node_modules`);
    if (dep[1] !== 'cs-metrics') {
      names.add(dep[1]);
      continue;
    }
    const file = basename(dep[2]).replace(/\.(js|ts)$/, '').replace(/-[A-Za-z0-9_-]{8}$/, '');
    if (file === 'worker-client') return 'Worker (client and inlined Worker)';
    const table = /^([a-z]{2})-(common|errors|nps|churn|clv|health|card|mrr|cohorts|feedback)$/.exec(file);
    if (table) return `message table ${table[1]} (${table[2]})`;
    names.add(file);
  }
  const list = [...names];
  if (names.has('chart.js')) return `Chart.js ${list.some((n) => n.startsWith('bar-chart')) ? 'bar' : 'line'} chart`;
  if (names.has('src-route')) return 'src route';
  if (names.has('d3-dsv')) return 'CSV parser';
  const family = list.find((n) => n.startsWith('metric-card-') && n !== 'metric-card-months');
  if (family) return `measures: ${family.slice('metric-card-'.length)}`;
  return list.slice(0, 3).join(', ') + (list.length > 3 ? ', …' : '');
}

/**
 * A size-limit plugin, run after @size-limit/esbuild's build and before
 * @size-limit/file's sizes (while the files are on disk): finds the up-front
 * set and each lazy chunk, and leaves in `check.bundles` the files the budget
 * counts.
 */
const chunksPlugin = {
  name: 'cs-metrics up-front set',
  async step45(_config, check) {
    const c = check.case;
    const outputs = check.esbuildMetafile.outputs; // keyed by file name by @size-limit/esbuild, with `path`
    const imports = (o) => o.imports.filter((i) => !i.external).map((i) => ({ kind: i.kind, o: outputs[parse(i.path).base] }));
    const lazyRoots = [];
    const loaded = new Set();
    /** The outputs `from` reaches by static imports, past those loaded already; the dynamic imports on the way join lazyRoots. */
    const reach = (from) => {
      const seen = new Set();
      const visit = (o) => {
        if (seen.has(o) || loaded.has(o)) return;
        seen.add(o);
        for (const i of imports(o)) {
          if (i.kind === 'import-statement') visit(i.o);
          else if (i.kind === 'dynamic-import') lazyRoots.push(i.o);
        }
      };
      visit(from);
      for (const o of seen) loaded.add(o);
      return seen;
    };
    // (Chunks of dynamic imports are entry points too: the case's own is its entry file.)
    const upfront = reach(Object.values(outputs).find((o) => o.entryPoint === entryFile(c)));
    // Each dynamic import with what it adds beyond what is loaded already; its own dynamic imports get lines of their own.
    const lazy = [];
    for (let r = 0; r < lazyRoots.length; r += 1) {
      if (loaded.has(lazyRoots[r])) continue;
      const seen = reach(lazyRoots[r]);
      const files = [...seen];
      lazy.push({ chunk: describeChunk(files.flatMap((o) => Object.keys(o.inputs))), gzip: files.reduce((sum, o) => sum + gzip(readFileSync(o.path)), 0), files });
    }
    const inputs = new Map();
    let raw = 0;
    let gz = 0;
    for (const o of upfront) {
      const bytes = readFileSync(o.path);
      raw += bytes.length;
      gz += gzip(bytes);
      for (const [input, info] of Object.entries(o.inputs)) {
        const name = input.replace(/^.*node_modules\//, '').replace(/-[A-Za-z0-9_-]{8}\.js$/, '.js');
        inputs.set(name, (inputs.get(name) ?? 0) + info.bytesInOutput);
      }
    }
    const counted = lazy.filter((l) => c.counts?.(l.chunk));
    check.bundles = [...upfront, ...counted.flatMap((l) => l.files)].map((o) => o.path);
    check.measured = { raw, gzip: gz, chunks: upfront.size, inputs, lazy: lazy.map(({ chunk, gzip: bytes }) => ({ chunk, gzip: bytes })), budgeted: gz + counted.reduce((sum, l) => sum + l.gzip, 0) };
  },
};

// What size-limit's CLI does to a check before it runs: the files from `path`, the limit in bytes (kB = 1000 B).
const run = checks.map((check) => ({ ...check, files: [join(root, check.path)], sizeLimit: check.limit && Math.round(Number.parseFloat(check.limit) * 1000) }));
await sizeLimit([esbuildPlugin, filePlugin, chunksPlugin], { checks: run });
// The figures are our own sums (gzip of each file, as size-limit's); size-limit's
// `size` is the same sum less its fixed allowance for esbuild's empty project,
// and its `passed` is the verdict against the limit.
const rows = run.map((check) => ({ entry: check.case, ...check.measured, passedLimit: check.passed }));
/** The single-file bundle a plain page loads as it is (no bundler): one file, the Worker inlined. */
const single = readFileSync(join(pkgDir, 'dist', 'cs-metrics.bundle.js'));

// 3. Verdicts, JSON, table, README ----------------------------------------------------
const budgetNote = (c) => (c.name === 'whole kit' ? 'every chunk a page with all elements loads' : c.counts ? 'with its Chart.js chunk' : 'up front');
let failed = false;
let overBudget = false;
const report = rows.map((r) => {
  const budget = BUDGETS[r.entry.name];
  const ceiling = CEILINGS[r.entry.name];
  // size-limit's verdict is against the limit: the ceiling where there is one, else the budget.
  const pass = budget === undefined ? null : r.budgeted / 1000 <= budget;
  const underCeiling = ceiling !== undefined && r.passedLimit === true;
  if (pass === false) overBudget = true;
  if (r.passedLimit === false) failed = true;
  if (pass === true && ceiling !== undefined) console.log(`size: ${r.entry.label} meets its budget now: delete its entry in CEILINGS`);
  const status = pass === null ? '' : pass ? 'PASS' : underCeiling ? `**over budget** (CI ceiling ${ceiling} kB)` : ceiling !== undefined ? `**FAIL** (past its ceiling, ${ceiling} kB)` : '**FAIL**';
  return {
    entry: r.entry.label,
    spec: r.entry.spec,
    upfrontGzipBytes: r.gzip,
    upfrontMinBytes: r.raw,
    upfrontChunks: r.chunks,
    budgetedGzipBytes: r.budgeted,
    budgetCovers: budgetNote(r.entry),
    budgetKB: budget ?? null,
    ceilingKB: ceiling ?? null,
    pass,
    status,
    lazy: r.lazy.map((l) => ({ chunk: l.chunk, gzipBytes: l.gzip })),
  };
});
mkdirSync(join(root, '.tmp'), { recursive: true });
writeFileSync(
  join(root, '.tmp', 'size.json'),
  JSON.stringify({ date: new Date().toISOString(), measured: `packed ${packed[0].filename}, bundled by esbuild through size-limit`, unit: 'gzip -9 bytes; 1 kB = 1000 B', entries: report, singleFile: { minBytes: single.length, gzipBytes: gzip(single) } }, null, 2),
);

/** The README table: generated, so it cannot drift from the measurement. */
function markdownTable() {
  const lines = [
    '| entry | up front (gzip) | budget | budgeted figure | status | lazy (gzip, each only when needed) |',
    '| --- | ---: | ---: | ---: | --- | --- |',
  ];
  for (const r of report) {
    const merged = new Map();
    for (const l of r.lazy) merged.set(l.chunk, (merged.get(l.chunk) ?? 0) + l.gzipBytes);
    // The message tables: one summary (a page fetches only its language's tables, of the elements it shows).
    const tables = [...merged].filter(([chunk]) => chunk.startsWith('message table'));
    const others = [...merged].filter(([chunk]) => !chunk.startsWith('message table'));
    const sizes = tables.map(([, bytes]) => bytes);
    const lazy = [
      ...others.map(([chunk, bytes]) => `${chunk} ${kB(bytes)} kB`),
      ...(tables.length > 0 ? [`${tables.length} message tables ${kB(Math.min(...sizes))}–${kB(Math.max(...sizes))} kB each (its language's, per element shown)`] : []),
    ].join('; ') || '–';
    const budget = r.budgetKB === null ? '–' : `${r.budgetKB} kB`;
    const figure = r.budgetKB === null ? '–' : `${kB(r.budgetedGzipBytes)} kB (${r.budgetCovers})`;
    lines.push(`| \`${r.spec}\`${r.entry.startsWith('engine') ? ` ${r.entry.slice(7)}` : ''} | ${kB(r.upfrontGzipBytes)} kB | ${budget} | ${figure} | ${r.status || '–'} | ${lazy} |`);
  }
  lines.push(`| \`dist/cs-metrics.bundle.js\` (plain page, no bundler) | ${kB(gzip(single))} kB | – | – | – | – (one file: everything inlined, ${kB(single.length)} kB minified) |`);
  return lines.join('\n');
}
const BEGIN = '<!-- size table: generated by `npm run size -- --write`; do not edit -->';
const END = '<!-- end of size table -->';
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const start = readme.indexOf(BEGIN);
const stop = readme.indexOf(END);
let stale = false;
if (start < 0 || stop < start) {
  console.error(`size: README.md has no size table markers (${BEGIN} … ${END})`);
  stale = true;
} else {
  const fresh = `${readme.slice(0, start + BEGIN.length)}\n${markdownTable()}\n${readme.slice(stop)}`;
  if (fresh !== readme) {
    if (args.has('--write')) writeFileSync(readmePath, fresh);
    else stale = true;
  }
}

if (args.has('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log(`Packed ${packed[0].filename}, bundled by esbuild through size-limit (ESM, splitting, minify), gzip -9; 1 kB = 1000 B.\n`);
  console.log(`${'entry'.padEnd(30)} ${'min kB'.padStart(8)} ${'gzip kB'.padStart(8)} ${'budget'.padStart(7)}  result`);
  for (const [i, r] of report.entries()) {
    const budget = r.budgetKB === null ? '—' : `${r.budgetKB}`;
    const counted = r.budgetKB !== null && r.budgetedGzipBytes !== r.upfrontGzipBytes ? ` (${kB(r.budgetedGzipBytes)} kB ${r.budgetCovers})` : '';
    console.log(`${r.entry.padEnd(30)} ${kB(r.upfrontMinBytes).padStart(8)} ${kB(r.upfrontGzipBytes).padStart(8)} ${budget.padStart(7)}  ${(r.status || '(no budget)').replaceAll('**', '')}${counted}`);
    for (const l of r.lazy) console.log(`    + lazy: ${l.chunk.padEnd(72)} ${kB(l.gzipBytes).padStart(6)} kB`);
    if (args.has('--why')) {
      const heavy = [...rows[i].inputs].sort((a, b) => b[1] - a[1]).slice(0, 10);
      for (const [input, bytes] of heavy) console.log(`        ${kB(bytes).padStart(6)} kB min  ${input}`);
    }
  }
  console.log(`${'dist/cs-metrics.bundle.js'.padEnd(30)} ${kB(single.length).padStart(8)} ${kB(gzip(single)).padStart(8)} ${'—'.padStart(7)}  (no budget; one file for a plain page)`);
  const verdict = failed
    ? 'FAIL: a budget (or a ceiling) is exceeded'
    : overBudget
      ? 'PASS with exceptions: every budget is met but those held under a documented ceiling'
      : 'PASS: every budget is met';
  console.log(`\n${verdict} (written to .tmp/size.json)`);
}
if (stale) console.error('size: the README size table is stale: run `npm run size -- --write` and commit README.md');
if ((failed || stale) && args.has('--report')) console.log('\nsize: reported, not failing (--report)');
else if (failed || stale) process.exitCode = 1;
