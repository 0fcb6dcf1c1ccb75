// `npm run bench`: the Node benchmarks (scripts/bench-node.mjs), then the
// in-Chromium ones when scripts/bench-browser.mjs exists. The engine is
// loaded from source through tsx (the script runs `node --expose-gc --import
// tsx`), or from dist/engine.js when tsx is not loaded.
//
//   npm run bench -- [--rows N] [--runs N] [--warmup N] [--seed N] [--node-only]
//   npm run bench -- sql [--rows N] [--customers N] [--big N] [--no-js]   (the SQL bench alone)
//
// Exits non-zero when a target is missed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchOptions, runNodeBench } from './bench-node.mjs';

const args = process.argv.slice(2);
// `npm run bench -- sql [...]`: only the warehouse-sized SQL bench (scripts/bench-sql.mjs).
if (args[0] === 'sql') {
  const { runSqlBench } = await import('./bench-sql.mjs');
  const { pass } = await runSqlBench(args.slice(1));
  process.exit(pass ? 0 : 1);
}
const node = await runNodeBench(benchOptions(args.filter((a) => a !== '--node-only')));
let failed = !node.pass;

const browser = fileURLToPath(new URL('./bench-browser.mjs', import.meta.url));
if (existsSync(browser) && !args.includes('--node-only')) {
  console.log('\n--- in Chromium: scripts/bench-browser.mjs ---\n');
  const run = spawnSync(process.execPath, [...process.execArgv, browser, ...args], { stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}

if (!args.includes('--node-only')) {
  console.log('\n--- SQL (DuckDB): scripts/bench-sql.mjs ---\n');
  const { runSqlBench } = await import('./bench-sql.mjs');
  if (!(await runSqlBench([])).pass) failed = true;
}
if (failed) process.exitCode = 1;
