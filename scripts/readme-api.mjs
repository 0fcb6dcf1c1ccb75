#!/usr/bin/env node
// Writes the README's API reference from custom-elements.json, the manifest the
// analyzer generates from the elements' JSDoc. One source, no hand-kept tables.
//
//   node scripts/readme-api.mjs          rewrite the block between the markers
//   node scripts/readme-api.mjs --check  exit 1 when README.md is out of date (CI)
//
// The block lives between `<!-- api:start -->` and `<!-- api:end -->` in README.md.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- api:start -->';
const END = '<!-- api:end -->';
// The four core elements first, then the kit's helpers, then anything else by name.
const ORDER = ['nps-gauge', 'churn-trend', 'clv-card', 'health-badge', 'metrics-source'];

/** @param {unknown} text */
function cell(text) {
  if (text === undefined || text === null || text === '') return '';
  return String(text).replace(/\r?\n+/g, ' ').replace(/\|/g, '\\|').trim();
}

/** @param {unknown} text */
function code(text) {
  const value = cell(text);
  return value === '' ? '' : '`' + value.replace(/`/g, "'") + '`';
}

/** @param {string[]} header @param {string[][]} rows */
function table(header, rows) {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/** Every custom element declaration in the manifest, in the README's order. */
export function elementsOf(manifest) {
  const found = [];
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (decl.customElement && decl.tagName) found.push({ ...decl, path: mod.path });
    }
  }
  const rank = (tag) => {
    const i = ORDER.indexOf(tag);
    return i === -1 ? ORDER.length : i;
  };
  return found.sort((a, b) => rank(a.tagName) - rank(b.tagName) || a.tagName.localeCompare(b.tagName));
}

function propertyRows(el) {
  const attributes = el.attributes ?? [];
  const byField = new Map(attributes.filter((a) => a.fieldName).map((a) => [a.fieldName, a]));
  // An attribute documented with `@attr` on the class (no field behind it in the
  // analyzer's eyes) belongs to the property of the same name when there is one,
  // e.g. the reflected, read-only `state`.
  const fieldNames = new Set((el.members ?? []).map((m) => m.name));
  for (const a of attributes) {
    if (!a.fieldName && fieldNames.has(a.name) && !byField.has(a.name)) byField.set(a.name, a);
  }
  const rows = [];
  const seenAttributes = new Set();
  for (const m of el.members ?? []) {
    if (m.kind !== 'field' || m.static || m.privacy === 'private' || m.privacy === 'protected') continue;
    if (m.name.startsWith('_') || m.name.startsWith('#')) continue;
    const attr = byField.get(m.name) ?? (m.attribute ? attributes.find((a) => a.name === m.attribute) : undefined);
    const attrName = m.attribute ?? attr?.name;
    if (attrName) seenAttributes.add(attrName);
    const flags = [m.readonly ? 'read-only' : '', m.reflects ? 'reflects' : ''].filter(Boolean).join(', ');
    const description = [m.description ?? attr?.description ?? '', flags ? `(${flags})` : ''].filter(Boolean).join(' ');
    rows.push([
      code(m.name),
      code(attrName),
      code(m.type?.text ?? attr?.type?.text),
      code(m.default ?? attr?.default),
      cell(description),
    ]);
  }
  // Attributes with no property behind them (rare, but the manifest allows it).
  for (const a of attributes) {
    if (seenAttributes.has(a.name)) continue;
    rows.push(['', code(a.name), code(a.type?.text), code(a.default), cell(a.description)]);
  }
  return rows;
}

function methodRows(el) {
  return (el.members ?? [])
    .filter((m) => m.kind === 'method' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('_'))
    .map((m) => {
      const params = (m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type?.text ?? 'unknown'}`);
      const ret = m.return?.type?.text ?? 'void';
      return [code(`${m.name}(${params.join(', ')}): ${ret}`), cell(m.description)];
    });
}

/** The markdown of one element's section. */
export function elementSection(el) {
  const out = [`### \`<${el.tagName}>\``, ''];
  const summary = el.summary ?? '';
  const description = el.description ?? '';
  if (summary) out.push(cell(summary), '');
  if (description && description !== summary) out.push(description.trim(), '');
  out.push(`Import alone: \`import 'cs-metrics/elements/${el.tagName}.js';\``, '');

  const props = propertyRows(el);
  if (props.length) {
    out.push('**Attributes and properties**', '', table(['Property', 'Attribute', 'Type', 'Default', 'Description'], props), '');
  }
  const methods = methodRows(el);
  if (methods.length) out.push('**Methods**', '', table(['Method', 'Description'], methods), '');
  const events = el.events ?? [];
  if (events.length) {
    out.push('**Events**', '', table(['Event', 'Type', 'Description'], events.map((e) => [code(e.name), code(e.type?.text), cell(e.description)])), '');
  }
  const slots = el.slots ?? [];
  if (slots.length) {
    out.push('**Slots**', '', table(['Slot', 'Description'], slots.map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])), '');
  }
  const parts = el.cssParts ?? [];
  if (parts.length) {
    out.push('**CSS parts**', '', table(['Part', 'Description'], parts.map((p) => [code(p.name), cell(p.description)])), '');
  }
  const cssProps = el.cssProperties ?? [];
  if (cssProps.length) {
    out.push(
      '**CSS custom properties**',
      '',
      table(['Property', 'Default', 'Description'], cssProps.map((p) => [code(p.name), code(p.default), cell(p.description)])),
      '',
    );
  }
  return out.join('\n');
}

/** The whole generated block, markers included. */
export function apiBlock(manifest) {
  const elements = elementsOf(manifest);
  const lines = [
    START,
    '<!-- Generated from custom-elements.json by `npm run docs`. Do not edit by hand: edit the JSDoc, run `npm run manifest && npm run docs`. -->',
    '',
  ];
  if (elements.length === 0) {
    lines.push('_No elements in custom-elements.json yet._', '');
  } else {
    lines.push(elements.map((el) => `[\`<${el.tagName}>\`](#${el.tagName})`).join(' · '), '');
    for (const el of elements) lines.push(elementSection(el));
  }
  lines.push(END);
  return lines.join('\n');
}

/** README text with the block replaced (or appended under a heading when missing). */
export function withApi(readme, manifest) {
  const block = apiBlock(manifest);
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1 || end < start) {
    return `${readme.replace(/\s*$/, '')}\n\n## API reference\n\n${block}\n`;
  }
  return readme.slice(0, start) + block + readme.slice(end + END.length);
}

function main() {
  const check = process.argv.includes('--check');
  const manifestPath = join(root, 'custom-elements.json');
  const readmePath = join(root, 'README.md');
  if (!existsSync(manifestPath)) {
    console.error('readme-api: custom-elements.json is missing: run `npm run manifest` first.');
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : '# cs-metrics\n';
  const next = withApi(readme, manifest);
  const count = elementsOf(manifest).length;
  if (check) {
    if (!readme.includes(START) || !readme.includes(END)) {
      console.error(`readme-api: README.md has no ${START} … ${END} block: run \`npm run docs\`.`);
      process.exit(1);
    }
    if (next !== readme) {
      console.error('readme-api: README.md API reference is out of date with custom-elements.json: run `npm run docs` and commit README.md.');
      process.exit(1);
    }
    console.log(`readme-api: README.md API reference matches custom-elements.json (${count} elements).`);
    return;
  }
  if (next === readme) {
    console.log(`readme-api: README.md already up to date (${count} elements).`);
    return;
  }
  writeFileSync(readmePath, next);
  console.log(`readme-api: wrote the API reference of ${count} elements into README.md.`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
