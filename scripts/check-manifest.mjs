#!/usr/bin/env node
// `npm run manifest:check`: fails when the committed custom-elements.json is not
// what `npm run manifest` generates from the current sources.
//
// It runs the very command of the `manifest` script, but in a scratch copy of
// src/ under .tmp/ (the analyzer also rewrites package.json's "customElements"
// field to point at its output folder, and the real package.json must not
// change), then compares the two manifests as JSON and shows git's diff of them.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const command = pkg.scripts?.manifest;
if (!command || !/--outdir\s+\.(\s|$)/.test(command)) {
  console.error('check-manifest: package.json needs a "manifest" script that writes with `--outdir .`');
  process.exit(1);
}

const scratch = join(root, '.tmp', 'manifest-check');
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
cpSync(join(root, 'src'), join(scratch, 'src'), { recursive: true });
writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: pkg.name, type: 'module' }, null, 2));

const run = spawnSync(command, {
  cwd: scratch,
  shell: true,
  encoding: 'utf8',
  env: { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}` },
});
const generatedFile = join(scratch, 'custom-elements.json');
if (run.status !== 0 || !existsSync(generatedFile)) {
  console.error(`check-manifest: the analyzer failed (${command}):\n${run.stdout}${run.stderr}`);
  process.exit(1);
}
const committedFile = join(root, 'custom-elements.json');
if (!existsSync(committedFile)) {
  console.error('check-manifest: custom-elements.json is missing: run `npm run manifest` and commit it');
  process.exit(1);
}
const generated = JSON.parse(readFileSync(generatedFile, 'utf8'));
const committed = JSON.parse(readFileSync(committedFile, 'utf8'));

if (JSON.stringify(generated) === JSON.stringify(committed)) {
  const tags = generated.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).length;
  console.log(`check-manifest: custom-elements.json is up to date (${generated.modules.length} modules, ${tags} elements)`);
  rmSync(scratch, { recursive: true, force: true });
  process.exit(0);
}

// What differs, as git's own diff of the two files (both pretty-printed JSON).
console.error('check-manifest: custom-elements.json is out of date with the sources (- committed, + generated):');
spawnSync('git', ['diff', '--no-index', '--no-color', '--', committedFile, generatedFile], { stdio: ['ignore', 2, 2] });
console.error('Run `npm run manifest` and commit custom-elements.json.');
process.exit(1);
