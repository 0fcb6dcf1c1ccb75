#!/usr/bin/env node
// `npm run manifest:check`: fails when the committed custom-elements.json is not
// what `npm run manifest` generates from the current sources.
//
// It runs the very command of the `manifest` script, but in a scratch copy of
// src/ under .tmp/ (the analyzer also rewrites package.json's "customElements"
// field to point at its output folder, and the real package.json must not
// change), then compares the two manifests as JSON and summarises what differs.
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
  const tags = declarations(generated).filter((d) => d.tagName).length;
  console.log(`check-manifest: custom-elements.json is up to date (${generated.modules.length} modules, ${tags} elements)`);
  rmSync(scratch, { recursive: true, force: true });
  process.exit(0);
}

// What differs, by declaration and by kind of member, so the log says what changed.
function declarations(manifest) {
  return manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, module: m.path })));
}
function byKey(manifest) {
  return new Map(declarations(manifest).map((d) => [`${d.tagName ? `<${d.tagName}>` : d.name} (${d.module})`, d]));
}
const before = byKey(committed);
const after = byKey(generated);
const lines = [];
for (const key of after.keys()) if (!before.has(key)) lines.push(`+ ${key}: new`);
for (const key of before.keys()) if (!after.has(key)) lines.push(`- ${key}: gone`);
const kinds = ['attributes', 'members', 'events', 'slots', 'cssParts', 'cssProperties'];
for (const [key, d] of after) {
  const old = before.get(key);
  if (!old || JSON.stringify(old) === JSON.stringify(d)) continue;
  const changes = [];
  for (const kind of kinds) {
    const a = new Map((old[kind] ?? []).map((x) => [x.name, JSON.stringify(x)]));
    const b = new Map((d[kind] ?? []).map((x) => [x.name, JSON.stringify(x)]));
    const added = [...b.keys()].filter((n) => !a.has(n));
    const removed = [...a.keys()].filter((n) => !b.has(n));
    const changed = [...b.keys()].filter((n) => a.has(n) && a.get(n) !== b.get(n));
    if (added.length) changes.push(`${kind} added: ${added.join(', ')}`);
    if (removed.length) changes.push(`${kind} removed: ${removed.join(', ')}`);
    if (changed.length) changes.push(`${kind} changed: ${changed.join(', ')}`);
  }
  lines.push(`~ ${key}: ${changes.join('; ') || 'description or other fields changed'}`);
}
if (lines.length === 0) lines.push('~ module list or order changed');
console.error('check-manifest: custom-elements.json is out of date with the sources:');
for (const line of lines) console.error(`  ${line}`);
console.error('Run `npm run manifest` and commit custom-elements.json.');
process.exit(1);
