// Loads plain rows into DuckDB and into PGlite (Postgres in WASM) with every
// column as text or double, as a CSV or JSON export would arrive, and runs
// statements on them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';

export type Columns = Record<string, 'text' | 'double'>;
export type Row = Record<string, unknown>;

export interface Engine {
  name: 'duckdb' | 'postgres';
  load(table: string, columns: Columns, rows: readonly Row[]): Promise<void>;
  query(sql: string): Promise<Row[]>;
  close(): Promise<void>;
}

export async function duckdb(): Promise<Engine> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection: DuckDBConnection = await instance.connect();
  // DuckDB 2 drops the `x -> …` lambdas: the statements must not use them.
  await connection.run("SET lambda_syntax = 'DISABLE_SINGLE_ARROW'");
  const dir = mkdtempSync(join(tmpdir(), 'cs-metrics-sql-'));
  let files = 0;
  return {
    name: 'duckdb',
    async load(table, columns, rows) {
      const file = join(dir, `${files++}.json`);
      writeFileSync(file, JSON.stringify(rows));
      const spec = Object.entries(columns)
        .map(([name, type]) => `'${name}': '${type === 'text' ? 'VARCHAR' : 'DOUBLE'}'`)
        .join(', ');
      await connection.run(`DROP TABLE IF EXISTS "${table}"`);
      await connection.run(
        `CREATE TABLE "${table}" AS SELECT * FROM read_json('${file}', format = 'array', columns = {${spec}})`,
      );
    },
    async query(sql) {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjectsJson() as Row[];
    },
    async close() {
      connection.closeSync();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function pgLiteral(value: unknown, type: 'text' | 'double'): string {
  if (value === undefined || value === null) return 'NULL';
  if (type === 'double') return String(Number(value));
  return `'${String(value).replaceAll("'", "''")}'`;
}

export async function postgres(): Promise<Engine> {
  const db = await PGlite.create();
  return {
    name: 'postgres',
    async load(table, columns, rows) {
      const names = Object.keys(columns);
      await db.exec(
        `DROP TABLE IF EXISTS "${table}"; CREATE TABLE "${table}" (${names
          .map((n) => `"${n}" ${columns[n] === 'text' ? 'TEXT' : 'DOUBLE PRECISION'}`)
          .join(', ')})`,
      );
      for (let i = 0; i < rows.length; i += 2000) {
        const values = rows
          .slice(i, i + 2000)
          .map((row) => `(${names.map((n) => pgLiteral(row[n], columns[n]!)).join(', ')})`)
          .join(',\n');
        await db.exec(`INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES ${values}`);
      }
    },
    async query(sql) {
      const result = await db.query<Row>(sql);
      return result.rows;
    },
    async close() {
      await db.close();
    },
  };
}
