#!/usr/bin/env node
// `npm run lint:package` (after `npm run build`): the package lint of maintained
// tools, over what `npm pack` ships.
//
//   - publint --strict: package.json fields, exports, files against the tarball;
//   - @arethetypeswrong/cli, ESM-only profile (the package has no CommonJS
//     build): every entry resolves to JavaScript and matching types under
//     node16 and bundler resolution. attw does not expand the `./elements/*.js`
//     wildcard, so each element entry is named from src/elements/.
//
// scripts/check-package.mjs checks what these tools do not: the engine's purity,
// where each element registers, the schemas in plain Node.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { elementTags } from './elements.mjs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status === 0;

const tags = elementTags(root);
const dir = mkdtempSync(join(tmpdir(), 'cs-metrics-lint-'));
let ok = false;
try {
  const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], { cwd: root, encoding: 'utf8' });
  if (pack.status !== 0) throw new Error(pack.stderr);
  const tarball = join(dir, pack.stdout.trim().split('\n').at(-1));
  const publint = run(bin('publint'), ['run', tarball, '--strict']);
  const attw = run(bin('attw'), [
    tarball,
    '--profile', 'esm-only',
    '--format', 'ascii',
    '--entrypoints', '.', './engine', './schemas', ...tags.map((t) => `./elements/${t}.js`),
  ]);
  ok = publint && attw;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (!ok) {
  console.error('lint-package: publint or attw found a problem (above)');
  process.exit(1);
}
console.log('lint-package: publint and attw clean');
