// The cs-metrics bin, run as a user runs it (a child process on real files):
// the engine's rows from CSV, JSON and Parquet; one-line errors with exit 1.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { csvFormat } from 'd3-dsv';
import { customerChurn, mrrMovements, nps } from '../../src/engine/index.js';
import { generateDataset } from '../../scripts/sample-data.mjs';

const run = promisify(execFile);
const bin = new URL('../../bin/cs-metrics.mjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'cs-metrics-bin-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const error = e as { code: number; stdout: string; stderr: string };
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const data = generateDataset({ seed: 7, customers: 300, months: 18 });

describe('cs-metrics summarize', () => {
  test('CSV in, the engine rows out (with --from and --out)', async () => {
    const csv = file('changes.csv', `${csvFormat(data.mrrChanges, ['customerId', 'date', 'mrr'])}\n`);
    const out = join(dir, 'out.json');
    const r = await cli('summarize', 'mrr-movements', csv, '--from', '2026-01', '--out', out);
    assert.equal(r.code, 0, r.stderr);
    const rows = JSON.parse(readFileSync(out, 'utf8')) as unknown[];
    assert.deepEqual(rows, mrrMovements(data.mrrChanges, { from: '2026-01' }));
  });

  test('JSON of Customer rows: customer churn from the customers table', async () => {
    const json = file('customers.json', JSON.stringify(data.customers));
    const r = await cli('summarize', 'customer-churn', json);
    assert.equal(r.code, 0, r.stderr);
    const rows = JSON.parse(r.stdout) as { churned: number; rate: number | null }[];
    const expected = customerChurn(data.customers);
    assert.equal(rows.length, expected.length);
    rows.forEach((row, i) => {
      assert.equal(row.churned, expected[i]!.churned);
      if (expected[i]!.rate === null) assert.equal(row.rate, null);
      else assert.ok(Math.abs(row.rate! - expected[i]!.rate!) <= 1e-9);
    });
  });

  test('Parquet: nps is one object', async () => {
    const json = file('nps.json', JSON.stringify(data.npsResponses));
    const parquet = join(dir, 'nps.parquet');
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    await db.run(`COPY (SELECT * FROM read_json('${json}')) TO '${parquet}' (FORMAT parquet)`);
    db.closeSync();
    const r = await cli('summarize', 'nps', parquet);
    assert.equal(r.code, 0, r.stderr);
    const result = JSON.parse(r.stdout) as Record<string, number>;
    const expected = nps(data.npsResponses) as unknown as Record<string, number>;
    for (const key of Object.keys(expected)) assert.ok(Math.abs(result[key]! - expected[key]!) <= 1e-9, key);
  });

  const bad: [string, string[], RegExp][] = [
    ['a missing file', ['summarize', 'mrr', join(dir, 'nope.csv')], /^cs-metrics: no such file: .*nope\.csv$/],
    ['an unknown metric', ['summarize', 'arpu', bin], /^cs-metrics: unknown metric "arpu"; expected one of /],
    ['a bad month', ['summarize', 'mrr', bin, '--from', '2026-13'], /^cs-metrics: --from must be a month YYYY-MM/],
  ];
  for (const [name, args, message] of bad) {
    test(`${name}: one line, exit 1`, async () => {
      const r = await cli(...args);
      assert.equal(r.code, 1);
      assert.match(r.stderr.trim(), message);
      assert.equal(r.stderr.trim().split('\n').length, 1);
    });
  }

  const badRows: [string, string, string, RegExp][] = [
    ['a negative mrr', 'neg.csv', 'customerId,date,mrr\na,2026-01-01,10\nb,2026-01-02,-5\n', /row 1 \(line 3\): mrr: expected a number ≥ 0, got "-5"$/],
    ['an unparseable date', 'date.csv', 'customerId,date,mrr\na,2026-01-01,10\nb,2026-01-02,5\nc,2026-02-30,5\n', /row 2 \(line 4\): date: expected an ISO 8601 date .*got "2026-02-30"$/],
    [
      'conflicting same-date rows',
      'clash.json',
      JSON.stringify([
        { customerId: 'a', date: '2026-01-01', mrr: 10 },
        { customerId: 'b', date: '2026-01-01', mrr: 10 },
        { customerId: 'a', date: '2026-01-01T02:00:00+02:00', mrr: 12 },
      ]),
      /row 2: mrr: row 0 gives customer a an MRR of 10 at the same date, this row 12$/,
    ],
    ['a missing column', 'cols.csv', 'customerId,when,mrr\na,2026-01-01,10\n', /has no column "date"/],
  ];
  for (const [name, fileName, text, message] of badRows) {
    test(`${name}: names the row, exit 1, no stack`, async () => {
      const r = await cli('summarize', 'mrr-movements', file(fileName, text));
      assert.equal(r.code, 1);
      assert.equal(r.stdout, '');
      assert.match(r.stderr.trim(), message);
      assert.equal(r.stderr.trim().split('\n').length, 1);
    });
  }
});
