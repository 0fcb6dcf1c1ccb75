#!/usr/bin/env node
// Writes the sample dataset (scripts/sample-data.mjs) as JSON and CSV files.
//
//   node scripts/generate-data.mjs [--seed N] [--customers N] [--months N] [--end YYYY-MM] [--out dir]
//
// Default out: demo/data/. Each dataset becomes <name>.json (an array, one
// row a line) and <name>.csv (headers = the SPEC field names; an absent
// optional field is an empty cell; booleans are true/false). The same
// arguments always give byte-identical files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { csvFormat } from 'd3-dsv';
import { DATASET_COLUMNS, DATASET_NAMES, generateDataset } from './sample-data.mjs';

const usage = 'usage: node scripts/generate-data.mjs [--seed N] [--customers N] [--months N] [--end YYYY-MM] [--out dir]';

function integer(name, text, fallback) {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    console.error(`--${name}: expected an integer, got ${JSON.stringify(text)}\n${usage}`);
    process.exit(2);
  }
  return value;
}

let args;
try {
  args = parseArgs({
    options: {
      seed: { type: 'string' },
      customers: { type: 'string' },
      months: { type: 'string' },
      end: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
} catch (error) {
  console.error(`${error.message}\n${usage}`);
  process.exit(2);
}
if (args.help) {
  console.log(usage);
  process.exit(0);
}

const options = {
  seed: integer('seed', args.seed, 42),
  customers: integer('customers', args.customers, 3000),
  months: integer('months', args.months, 30),
  end: args.end ?? '2026-10',
};
const out = args.out ?? 'demo/data';

const started = performance.now();
let data;
try {
  data = generateDataset(options);
} catch (error) {
  console.error(`${error.message}\n${usage}`);
  process.exit(2);
}
mkdirSync(out, { recursive: true });

const kb = (text) => `${(Buffer.byteLength(text) / 1024).toFixed(0)} kB`;
const lines = [];
for (const name of DATASET_NAMES) {
  const rows = data[name];
  const json = rows.length === 0 ? '[]\n' : `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`;
  const csv = `${csvFormat(rows, DATASET_COLUMNS[name])}\n`;
  writeFileSync(join(out, `${name}.json`), json);
  writeFileSync(join(out, `${name}.csv`), csv);
  lines.push([name, String(rows.length), kb(json), kb(csv)]);
}

const where = relative(process.cwd(), out) || '.';
console.log(
  `Sample data, seed ${options.seed}: ${options.customers} customers, ${data.meta.from} to ${data.meta.to} → ${where}/`,
);
const widths = [0, 1, 2, 3].map((i) => Math.max(...lines.map((l) => l[i].length), ['dataset', 'rows', 'json', 'csv'][i].length));
const format = (l) => l.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
console.log(`  ${format(['dataset', 'rows', 'json', 'csv'])}`);
for (const l of lines) console.log(`  ${format(l)}`);
console.log(`  ${DATASET_NAMES.length * 2} files in ${((performance.now() - started) / 1000).toFixed(2)} s`);
