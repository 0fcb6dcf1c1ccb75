// The work of `cs-metrics summarize` (bin/cs-metrics.mjs), also used by the
// demo server (scripts/serve-demo.mjs).
//
// Computes a metric over a CSV, JSON or Parquet file with embedded DuckDB
// (@duckdb/node-api, an optional dependency), using the statements of
// cs-metrics/sql, and prints the engine-shaped JSON an element takes with
// `src`. Bad input is one line on stderr naming the row (and the CSV line),
// exit code 1, never a stack trace. See docs/sql.md.
import { existsSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';

/** A problem with the input or the setup, worded for one line of output. */
export class UserError extends Error {}

/** cs-metrics/sql: the build's dist/sql.js in the package, the TypeScript source in a clone (through tsx). */
async function loadSql() {
  const built = new URL('../dist/sql.js', import.meta.url);
  if (existsSync(built)) return import(built.href);
  try {
    const { tsImport } = await import('tsx/esm/api');
    return await tsImport('../src/sql/index.ts', import.meta.url);
  } catch {
    throw new UserError('cannot find dist/sql.js: run `npm run build` (or `npm install` in a clone, which brings tsx)');
  }
}

export async function loadDuckDb() {
  try {
    return await import('@duckdb/node-api');
  } catch {
    throw new UserError('this command needs DuckDB: npm install @duckdb/node-api');
  }
}

const literal = (text) => `'${String(text).replaceAll("'", "''")}'`;

/** The DuckDB reader of a file, by its extension. */
function reader(file) {
  const ext = extname(file).toLowerCase();
  const path = literal(file);
  // CSV cells stay text, as in the browser: the checks below word what is wrong with them.
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return { kind: 'csv', from: `read_csv(${path}, header = true, all_varchar = true)` };
  if (ext === '.json' || ext === '.ndjson' || ext === '.jsonl') return { kind: 'json', from: `read_json(${path}, format = 'auto')` };
  if (ext === '.parquet' || ext === '.pq') return { kind: 'parquet', from: `read_parquet(${path}, file_row_number = true)` };
  throw new UserError(`cannot read ${file}: expected a .csv, .json or .parquet file`);
}

/** What each metric needs: its record, required columns. */
export const NEEDS = {
  'mrr-movements': 'MrrChange',
  mrr: 'MrrChange',
  'revenue-churn': 'MrrChange',
  'customer-churn': 'MrrChange or Customer',
  'cohort-retention': 'MrrChange or Customer',
  nps: 'SurveyResponse',
  'nps-by-month': 'SurveyResponse',
  'nps-by-segment': 'SurveyResponse',
};

/** Per record: [column, SQL condition that makes a row bad, what was expected]. */
function checks(sqlModule, record, metric) {
  const ts = (c) => sqlModule.utcTimestampSql(c, 'duckdb');
  const text = (c) => `CAST("${c}" AS VARCHAR)`;
  const missing = (c) => `("${c}" IS NULL OR ${text(c)} = '')`;
  const date = (c) => [c, `(${missing(c)} OR ${ts(c)} IS NULL)`, 'an ISO 8601 date (2026-03-14 or a timestamp)'];
  const optDate = (c) => [c, `(NOT ${missing(c)} AND ${ts(c)} IS NULL)`, 'an ISO 8601 date or nothing'];
  const number = `TRY_CAST("mrr" AS DOUBLE)`;
  switch (record) {
    case 'MrrChange':
      return [
        ['customerId', missing('customerId'), 'a customer id'],
        date('date'),
        ['mrr', `(${number} IS NULL OR NOT isfinite(${number}) OR ${number} < 0)`, 'a number ≥ 0'],
      ];
    case 'Customer':
      return [['id', missing('id'), 'a customer id'], date('start'), optDate('end'), ['end', `(NOT ${missing('end')} AND ${ts('end')} < ${ts('start')})`, 'an end no earlier than the start']];
    default: {
      const score = `TRY_CAST("score" AS DOUBLE)`;
      const list = [['score', `(${score} IS NULL OR ${score} <> floor(${score}) OR ${score} < 0 OR ${score} > 10)`, 'an integer from 0 to 10']];
      list.push(metric === 'nps-by-month' ? date('date') : optDate('date'));
      return list;
    }
  }
}

function rowName(kind, row) {
  // CSV: line 1 is the header; JSON and Parquet: rows count from 0 as in the engine's issues.
  return kind === 'csv' ? `row ${row} (line ${row + 2})` : `row ${row}`;
}

/** The engine-shaped result of `metric` over `file` (`options.from`, `options.to`: `YYYY-MM`). */
export async function summarize(metric, file, options = {}) {
  if (!Object.hasOwn(NEEDS, metric)) {
    throw new UserError(`unknown metric ${JSON.stringify(metric)}; expected one of ${Object.keys(NEEDS).join(', ')}`);
  }
  if (!existsSync(file) || !statSync(file).isFile()) throw new UserError(`no such file: ${file}`);
  const src = reader(resolve(file));
  const sqlModule = await loadSql();
  const { DuckDBInstance } = await loadDuckDb();
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  const rows = async (sql) => (await db.runAndReadAll(sql)).getRowObjectsJson();
  try {
    // The row number of every row: Parquet gives it; CSV and JSON are read in order.
    const rowColumn = src.kind === 'parquet' ? 'file_row_number' : '__row';
    if (src.kind === 'parquet') {
      await db.run(`CREATE TEMP VIEW input AS SELECT * FROM ${src.from}`);
    } else {
      await db.run('SET preserve_insertion_order = true');
      await db.run(`CREATE TEMP TABLE input AS SELECT row_number() OVER () - 1 AS __row, * FROM ${src.from}`);
    }
    // Rows are numbered now; the statements sort what they return, so DuckDB
    // need not keep rows in file order (less memory on big files).
    await db.run('SET preserve_insertion_order = false');
    let columns;
    try {
      columns = (await rows('DESCRIBE input')).map((r) => r.column_name);
    } catch (error) {
      throw new UserError(`cannot read ${file}: ${firstLine(error)}`);
    }
    const need = NEEDS[metric];
    const record = need === 'SurveyResponse' ? need : columns.includes('start') && need.includes('Customer') ? 'Customer' : 'MrrChange';
    const required = { MrrChange: ['customerId', 'date', 'mrr'], Customer: ['id', 'start'], SurveyResponse: ['score'] }[record];
    if (metric === 'nps-by-month') required.push('date');
    for (const column of required) {
      if (!columns.includes(column)) {
        throw new UserError(`${file} has no column "${column}" (${metric} reads ${need} rows; columns: ${columns.filter((c) => c !== rowColumn).join(', ')})`);
      }
    }
    // A view with every column of the record, the optional ones NULL when the file lacks them.
    const optional = { MrrChange: [], Customer: ['end'], SurveyResponse: ['date', 'segment'] }[record];
    const table = 'records';
    const extra = optional.filter((c) => !columns.includes(c)).map((c) => `, CAST(NULL AS VARCHAR) AS "${c}"`).join('');
    await db.run(`CREATE TEMP VIEW records AS SELECT *${extra} FROM input`);

    // One pass finds the first bad row of each check.
    const list = checks(sqlModule, record, metric);
    const firstBad = await rows(`SELECT ${list.map(([, bad], i) => `min(CASE WHEN ${bad} THEN ${rowColumn} END) AS c${i}`).join(', ')} FROM ${table}`);
    let worst;
    list.forEach(([column, , expected], i) => {
      const row = firstBad[0][`c${i}`];
      if (row !== null && row !== undefined && (worst === undefined || Number(row) < worst.row)) worst = { row: Number(row), column, expected };
    });
    if (worst) {
      const [bad] = await rows(`SELECT CAST("${worst.column}" AS VARCHAR) AS v FROM ${table} WHERE ${rowColumn} = ${worst.row}`);
      throw new UserError(`${file}: ${rowName(src.kind, worst.row)}: ${worst.column}: expected ${worst.expected}, got ${bad?.v === null || bad?.v === undefined ? 'nothing' : JSON.stringify(bad.v)}`);
    }

    const sql = sqlModule.toSql(metric, { table, from: options.from, to: options.to, records: record === 'Customer' ? 'Customer' : 'MrrChange' });
    let result;
    try {
      result = await rows(sql);
    } catch (error) {
      if (/different mrr at the same date/.test(String(error))) throw new UserError(await describeClash(rows, table, rowColumn, sqlModule, file, src.kind));
      throw error;
    }
    return metric === 'nps' ? result[0] : result;
  } finally {
    db.closeSync();
  }
}

/** Names the rows of the first customer and instant with two different `mrr`. */
async function describeClash(rows, table, rowColumn, sqlModule, file, kind) {
  const [clash] = await rows(`SELECT CAST("customerId" AS VARCHAR) AS cid, list(${rowColumn} ORDER BY ${rowColumn}) AS at, list(CAST("mrr" AS DOUBLE) ORDER BY ${rowColumn}) AS mrr
    FROM ${table} GROUP BY 1, ${sqlModule.utcTimestampSql('date', 'duckdb')} HAVING min(CAST("mrr" AS DOUBLE)) <> max(CAST("mrr" AS DOUBLE)) ORDER BY min(${rowColumn}) LIMIT 1`);
  if (!clash) return `${file}: two rows give one customer different mrr at the same date`;
  const [a, b] = clash.at.map(Number);
  return `${file}: ${rowName(kind, b)}: mrr: ${rowName(kind, a)} gives customer ${clash.cid} an MRR of ${clash.mrr[0]} at the same date, this row ${clash.mrr[1]}`;
}

export function firstLine(error) {
  return String(error instanceof Error ? error.message : error).split('\n')[0];
}

