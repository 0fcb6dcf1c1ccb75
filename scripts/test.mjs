// `npm test`: the Node suites with node's own test runner, then the browser
// suites with @web/test-runner in headless Chromium (web-test-runner.config.mjs).
// Each runner prints its own report and summary; this adds up the two
// summaries into the one closing line CI reads, `N passed, N failed[, N skipped]`,
// and exits non-zero when a test failed or a runner failed without totals.
//
//   npm test                 every suite
//   npm run test:engine      the Node suites (--only=engine)
//   npm run test:elements    the browser suites (--only=elements); other arguments go to wtr
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

const NODE_SUITES = ['test/engine', 'test/i18n', 'test/sql'];
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const wtrArgs = process.argv.slice(2).filter((a) => !a.startsWith('--only='));

const testFiles = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.test.ts'))
    .map((e) => `${e.parentPath ?? e.path}/${e.name}`);
const nodeFiles = NODE_SUITES.flatMap((dir) => {
  try {
    return testFiles(dir);
  } catch {
    return []; // a suite folder that does not exist (yet)
  }
}).sort();

/** Runs a command, its output shown as it comes, and resolves to its exit code and output text. */
function run(args) {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, {
      stdio: ['inherit', 'pipe', 'inherit'],
      env: { ...process.env, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) },
    });
    let text = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      text += chunk;
    });
    child.on('close', (code) => done({ code, text: stripVTControlCharacters(text) }));
  });
}

const totals = [];
if (only !== 'elements') {
  const { code, text } = await run(['--import', 'tsx', '--test', '--test-reporter=spec', ...nodeFiles]);
  // node:test's summary: `ℹ pass 12`, `ℹ fail 0`, `ℹ cancelled 0`, `ℹ skipped 1`, `ℹ todo 0`.
  const count = (name) => Number(text.match(new RegExp(`^ℹ ${name} (\\d+)$`, 'gm'))?.at(-1)?.split(' ')[2] ?? NaN);
  const t = { passed: count('pass'), failed: count('fail') + count('cancelled'), skipped: count('skipped') + count('todo') };
  totals.push({ runner: 'node:test', code, ...t });
}
if (only !== 'engine') {
  const { code, text } = await run(['node_modules/@web/test-runner/dist/bin.js', ...wtrArgs]);
  // @web/test-runner's summary: `Chrome: |████| 40/40 test files | 372 passed, 0 failed[, 2 skipped]`.
  const m = [...text.matchAll(/test files \| (\d+) passed, (\d+) failed(?:, (\d+) skipped)?/g)].at(-1);
  totals.push({ runner: '@web/test-runner', code, passed: Number(m?.[1]), failed: Number(m?.[2]), skipped: Number(m?.[3] ?? 0) });
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const t of totals) {
  if ([t.passed, t.failed, t.skipped].some(Number.isNaN)) {
    // The runner died before its summary: a failure, never a pass.
    console.error(`${t.runner} exited with ${t.code} and printed no totals`);
    failed++;
    continue;
  }
  passed += t.passed;
  skipped += t.skipped;
  // A runner that failed with no failing test (a file that did not load) counts once.
  failed += t.code !== 0 && t.failed === 0 ? 1 : t.failed;
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
