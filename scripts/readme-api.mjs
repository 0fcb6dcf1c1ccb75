#!/usr/bin/env node
// The README's API reference: custom-elements.json rendered by the manifest's own
// markdown generator (@custom-elements-manifest/to-markdown), one section per
// element, between `<!-- api:start -->` and `<!-- api:end -->` in README.md.
//
//   node scripts/readme-api.mjs          rewrite that block (`npm run docs`, after `npm run manifest`)
//   node scripts/readme-api.mjs --check  exit 1 when README.md is out of date (CI)
//
// This file only chooses what a user of the elements needs (public instance
// members; no superclass, mixin or static tables) and adds each element's summary.
import { readFileSync, writeFileSync } from 'node:fs';
import { customElementsManifestToMarkdown } from '@custom-elements-manifest/to-markdown';

const START = '<!-- api:start -->';
const END = '<!-- api:end -->';
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');

// The generator writes a JSDoc line break as `&#xA;` inside a table cell: one line instead.
const oneLine = (text) => text?.replace(/\s*\n\s*/g, ' ');
const isPublic = (m) => !m.static && !m.privacy && !/^[_#]/.test(m.name);

const sections = [];
const links = [];
for (const mod of manifest.modules) {
  for (const el of mod.declarations.filter((d) => d.customElement && d.tagName)) {
    const members = el.members?.filter(isPublic).map((m) => ({ ...m, description: oneLine(m.description) }));
    const describe = (list) => list?.map((x) => ({ ...x, description: oneLine(x.description) }));
    const decl = { ...el, members, events: describe(el.events), cssParts: describe(el.cssParts), cssProperties: describe(el.cssProperties), slots: describe(el.slots) };
    const markdown = customElementsManifestToMarkdown(
      { ...manifest, modules: [{ ...mod, declarations: [decl], exports: [] }] },
      { headingOffset: 1, omitSections: ['main-heading', 'super-class', 'mixins', 'static-fields', 'static-methods'] },
    );
    // After the generator's heading ("class: `NpsGauge`, `nps-gauge`"): what the element is and how to import it alone.
    const [heading, ...rest] = markdown.split('\n\n');
    const about = [el.summary, el.description !== el.summary ? el.description?.trim() : undefined]
      .filter(Boolean)
      .concat(`Import alone: \`import 'cs-metrics/elements/${el.tagName}.js';\``);
    sections.push([heading, ...about, ...rest].join('\n\n').replace(/\n*<hr\/>\n*$/, '\n'));
    links.push(`[\`<${el.tagName}>\`](#class-${el.name.toLowerCase()}-${el.tagName})`);
  }
}
const block = [
  START,
  '<!-- Generated from custom-elements.json by `npm run docs` (also run by `npm run manifest`). Edit the JSDoc, not this. -->',
  links.join(' · '),
  ...sections,
  END,
].join('\n\n');

const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start === -1 || end < start) {
  console.error(`readme-api: README.md needs a ${START} … ${END} block under "## API reference"`);
  process.exit(1);
}
const next = readme.slice(0, start) + block + readme.slice(end + END.length);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('readme-api: the README API reference is out of date with custom-elements.json: run `npm run docs` and commit README.md');
    process.exit(1);
  }
  console.log(`readme-api: README.md API reference matches custom-elements.json (${links.length} elements)`);
} else {
  writeFileSync('README.md', next);
  console.log(`readme-api: wrote the API reference of ${links.length} elements into README.md`);
}
