// `npm run bench -- sql`: MRR movements over a warehouse-sized Parquet file
// with the cs-metrics bin (embedded DuckDB), and the same rows through the JS
// engine where they fit in memory. Not a timed test: figures are printed,
// and only the 10 M target (≤ 10 s) sets the exit code.
//
//   node scripts/bench-sql.mjs [--rows 10000000] [--customers 1000000] [--big 0] [--no-js]
//
// --big N also runs N rows (say 100000000) once, to show it completes.
// Data: `customers` ids, each with rows ÷ customers changes on distinct
// dates two months apart, text ISO dates, one change in seven a cancellation.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'bin', 'cs-metrics.mjs');
const TARGET_MS = 10_000;

export async function runSqlBench(argv = []) {
  const { values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { rows: { type: 'string' }, customers: { type: 'string' }, big: { type: 'string' }, 'no-js': { type: 'boolean' } },
  });
  let duckdb;
  try {
    duckdb = await import('@duckdb/node-api');
  } catch {
    console.log('bench sql: skipped, DuckDB is not installed (npm install @duckdb/node-api)');
    return { pass: true };
  }
  const rows = Number(values.rows ?? 10_000_000);
  const customers = Number(values.customers ?? 1_000_000);
  const dir = join(root, '.tmp', 'bench-sql');
  mkdirSync(dir, { recursive: true });
  let pass = true;
  // The bin runs the build's dist/sql.js when there is one (as installed), else the source through tsx.
  console.log(`  statements from ${existsSync(join(root, 'dist', 'sql.js')) ? 'dist/sql.js (run `npm run build` after changing src/sql)' : 'src/sql through tsx (~1 s of CPU more to start)'}`);
  try {
    const file = await writeParquet(duckdb, dir, rows, customers);
    const r = timeBin(file);
    const ok = r.ms <= TARGET_MS;
    if (rows === 10_000_000) pass = ok;
    console.log(
      `mrr-movements, ${fmt(rows)} changes / ${fmt(customers)} customers, Parquet → cs-metrics summarize: ` +
        `${(r.ms / 1000).toFixed(1)} s wall, ${r.cpuS} s CPU, peak RSS ${r.peakMb} MB${rows === 10_000_000 ? ` (target ≤ 10 s: ${ok ? 'met' : 'MISSED'})` : ''}` +
        `, load average ${r.load}`,
    );
    if (!values['no-js']) jsEngine(rows, customers);
    const big = Number(values.big ?? 0);
    if (big > 0) {
      const bigFile = await writeParquet(duckdb, dir, big, big / 10);
      const b = timeBin(bigFile);
      console.log(
        `mrr-movements, ${fmt(big)} changes / ${fmt(big / 10)} customers: ${(b.ms / 1000).toFixed(1)} s wall, ${b.cpuS} s CPU, ` +
          `peak RSS ${b.peakMb} MB, load average ${b.load}, ${b.status === 0 ? 'completed' : `FAILED: ${b.stderr}`}`,
      );
      rmSync(bigFile, { force: true });
      rmSync(`${bigFile}.json`, { force: true });
    }
  } finally {
    // The Parquet files are regenerated on demand; keep them between runs of one size.
  }
  console.log('(shared 2-core machine: timings are noisy)');
  return { pass };
}

const fmt = (n) => n.toLocaleString('en-US');

async function writeParquet({ DuckDBInstance }, dir, rows, customers) {
  const file = join(dir, `mrr-${rows}-${customers}.parquet`);
  if (existsSync(file)) return file;
  const perCustomer = Math.max(1, Math.round(rows / customers));
  const started = performance.now();
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  await db.run(`COPY (
    SELECT 'cus_' || lpad(CAST(c AS VARCHAR), 9, '0') AS "customerId",
      CAST(DATE '2020-01-01' + CAST(c % 28 + k * 61 + hash(c, k) % 30 AS INTEGER) AS VARCHAR) AS "date",
      CASE WHEN k > 0 AND hash(k, c) % 7 = 0 THEN 0.0 ELSE CAST(49 + hash(c * 31 + k) % 950 AS DOUBLE) END AS "mrr"
    FROM range(${customers}) r(c), range(${perCustomer}) s(k)
  ) TO '${file}' (FORMAT parquet)`);
  db.closeSync();
  console.log(`  wrote ${file.replace(`${root}/`, '')} (${(statSync(file).size / 1e6).toFixed(0)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return file;
}

/** Runs the bin under /usr/bin/time when there is one, for the peak resident memory. */
function timeBin(file) {
  const gnuTime = existsSync('/usr/bin/time');
  const args = [bin, 'summarize', 'mrr-movements', file, '--out', `${file}.json`];
  const started = performance.now();
  const r = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', 'peak-kb %M cpu %U %S', process.execPath, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = performance.now() - started;
  // Other work on the machine stretches wall time, not CPU time: say how busy it was.
  const load = loadavg()[0].toFixed(1);
  const kb = /peak-kb (\d+)/.exec(r.stderr ?? '')?.[1];
  // CPU seconds (user + system) say more than wall time on a machine shared by other work.
  const cpu = /cpu ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
  return { ms, load, cpuS: cpu ? (Number(cpu[1]) + Number(cpu[2])).toFixed(1) : '?', status: r.status, stderr: (r.stderr ?? '').trim().split('\n')[0], peakMb: kb ? (Number(kb) / 1024).toFixed(0) : '(no /usr/bin/time)' };
}

/** The same rows as JS objects through the engine, in a child with a large heap. */
function jsEngine(rows, customers) {
  const script = `
    const { mrrMovements } = await import(${JSON.stringify(join(root, 'src/engine/index.ts'))});
    const rows = ${rows}, customers = ${customers}, per = Math.max(1, Math.round(rows / customers));
    const day0 = Date.UTC(2020, 0, 1) / 864e5;
    const changes = new Array(customers * per);
    const h = (a, b) => { let x = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 1, 0xc2b2ae35); x ^= x >>> 15; return (x >>> 0); };
    let i = 0;
    for (let c = 0; c < customers; c++) for (let k = 0; k < per; k++) {
      const day = day0 + (c % 28) + k * 61 + (h(c, k) % 30);
      changes[i++] = { customerId: 'cus_' + String(c).padStart(9, '0'), date: new Date(day * 864e5).toISOString().slice(0, 10), mrr: k > 0 && h(k, c) % 7 === 0 ? 0 : 49 + (h(c * 31 + k, 7) % 950) };
    }
    const t = performance.now();
    const out = mrrMovements(changes);
    console.log(JSON.stringify({ ms: performance.now() - t, months: out.length, heapMb: Math.round(process.memoryUsage().rss / 1048576) }));
  `;
  const r = spawnSync(process.execPath, ['--max-old-space-size=16384', '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', cwd: root });
  const last = (r.stdout ?? '').trim().split('\n').pop();
  if (r.status === 0 && last) {
    const { ms, heapMb } = JSON.parse(last);
    console.log(`mrr-movements, the same shape of ${fmt(rows)} changes as JS objects through the engine: ${(ms / 1000).toFixed(1)} s (objects already in memory; process RSS ${heapMb} MB)`);
  } else {
    console.log(`JS engine on ${fmt(rows)} changes did not complete: ${(r.stderr ?? '').trim().split('\n').slice(-1)[0]}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { pass } = await runSqlBench(process.argv.slice(2));
  if (!pass) process.exitCode = 1;
}
