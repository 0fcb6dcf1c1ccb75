// `npm test`: the engine tests in Node, then the element tests in headless
// Chromium; ends with one line of real totals, and exits non-zero when any
// test failed or a runner could not run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

mkdirSync('.tmp', { recursive: true });
const nodeTotals = '.tmp/node-totals.json';
const wtrTotals = '.tmp/wtr-totals.json';
rmSync(nodeTotals, { force: true });
rmSync(wtrTotals, { force: true });

function testFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.test.ts'))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
}
// `--only=engine` or `--only=elements` runs one suite (npm run test:engine / test:elements).
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const runEngine = only === undefined || only === 'engine';
const runElements = only === undefined || only === 'elements';

// Node runs the engine's tests, the message catalogue's (test/i18n: no DOM
// needed) and the SQL of cs-metrics/sql on DuckDB and PGlite (test/sql).
const engineFiles = [...testFiles('test/engine'), ...testFiles('test/i18n'), ...testFiles('test/sql')];
const node = !runEngine ? { status: 0 } : spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-totals-reporter.mjs',
    `--test-reporter-destination=${nodeTotals}`,
    ...engineFiles,
  ],
  { stdio: 'inherit' },
);

const wtr = !runElements
  ? { status: 0 }
  : spawnSync(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2).filter((a) => !a.startsWith('--only='))], {
      stdio: 'inherit',
    });

function read(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}
const parts = [runEngine ? read(nodeTotals) : { passed: 0, failed: 0, skipped: 0 }, runElements ? read(wtrTotals) : { passed: 0, failed: 0, skipped: 0 }];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const [i, t] of parts.entries()) {
  if (!t) {
    // The runner died before reporting: count it as a failure, never as a pass.
    console.error(`${i === 0 ? 'node:test' : '@web/test-runner'} produced no totals`);
    failed++;
    continue;
  }
  passed += t.passed;
  failed += t.failed;
  skipped += t.skipped;
}
const runnerFailed = node.status !== 0 || wtr.status !== 0;
if (runnerFailed && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || runnerFailed ? 1 : 0);
