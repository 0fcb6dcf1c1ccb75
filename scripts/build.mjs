#!/usr/bin/env node
// `npm run build`: the npm package and the browser bundle, in order, stopping at
// the first failure with a non-zero exit.
//
//   1. vite build               → dist/index.js, dist/engine.js, dist/elements/<tag>.js, dist/chunks/
//   2. vite build --mode bundle → dist/cs-metrics.bundle.js (one file, everything inlined, minified)
//   3. tsc -p tsconfig.build.json → dist/types/**/*.d.ts
//   4. scripts/generate-types.mjs  → dist/jsx.d.ts, dist/vue.d.ts, editor custom data
//
// See vite.config.ts for why the two builds differ.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const require = createRequire(import.meta.url);
const started = performance.now();

async function step(name, run) {
  const t0 = performance.now();
  console.log(`build: ${name}`);
  try {
    await run();
  } catch (error) {
    console.error(`\nbuild FAILED at "${name}":`);
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  }
  console.log(`build: ${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

await step('vite (npm entries)', () => build({ configFile: 'vite.config.ts', mode: 'production' }));
await step('vite (single-file bundle)', () => build({ configFile: 'vite.config.ts', mode: 'bundle' }));
await step('tsc (type declarations)', () => {
  const tsc = require.resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`tsc exited with ${result.status ?? result.signal}`);
});

await step('JSX, Vue and editor types from custom-elements.json', async () => {
  const result = spawnSync(process.execPath, ['scripts/generate-types.mjs'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`generate-types exited with ${result.status ?? result.signal}`);
});

// A short table of what was built, so a change in size shows up in the log.
function files(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .filter((f) => !f.includes(`${join('dist', 'types')}`))
    .sort();
}
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
console.log('\nfile                                          size      gzip');
for (const file of files('dist')) {
  const bytes = readFileSync(file);
  console.log(`${relative('.', file).padEnd(44)} ${kB(statSync(file).size).padStart(9)} ${kB(gzipSync(bytes, { level: 9 }).length).padStart(9)}`);
}
console.log(`\nbuild: ok in ${((performance.now() - started) / 1000).toFixed(1)} s`);
