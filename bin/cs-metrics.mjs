#!/usr/bin/env node
// cs-metrics summarize METRIC FILE [--from YYYY-MM] [--to YYYY-MM] [--out FILE]
//
// Prints the engine-shaped JSON of METRIC over a CSV, JSON or Parquet file,
// computed by embedded DuckDB (bin/summarize.mjs, docs/sql.md). Bad input is
// one line on stderr naming the row, exit code 1, never a stack trace.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { firstLine, summarize, UserError } from './summarize.mjs';

const USAGE = 'usage: cs-metrics summarize METRIC FILE [--from YYYY-MM] [--to YYYY-MM] [--out FILE]';

async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    throw new UserError(`${firstLine(error)}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const [command, metric, file, ...rest] = positionals;
  if (command !== 'summarize' || metric === undefined || file === undefined || rest.length > 0) throw new UserError(USAGE);
  for (const key of ['from', 'to']) {
    if (values[key] !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(values[key])) throw new UserError(`--${key} must be a month YYYY-MM, got ${JSON.stringify(values[key])}`);
  }
  if (values.from && values.to && values.from > values.to) throw new UserError(`--from (${values.from}) must be no later than --to (${values.to})`);
  const result = await summarize(metric, file, values);
  const json = `${JSON.stringify(result, null, 1)}\n`;
  if (values.out) writeFileSync(values.out, json);
  else process.stdout.write(json);
}

main(process.argv.slice(2)).catch((error) => {
  console.error(`cs-metrics: ${error instanceof UserError ? error.message : firstLine(error)}`);
  process.exitCode = 1;
});
