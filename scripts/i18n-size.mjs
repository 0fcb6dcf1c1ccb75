#!/usr/bin/env node
// What the kit's words cost, minified and gzipped (level 9, 1 kB = 1000 B):
// each language's chunk on its own (what a page in that language downloads
// on top of the elements), and the localisation runtime with English that
// every element shares (Lit not counted: every element pays it anyway).
//
//   node scripts/i18n-size.mjs          table; exit 1 when a language is over budget
//   node scripts/i18n-size.mjs --json   the same as JSON
//
// test/i18n/size.test.ts runs the same measurement.
import { build } from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The most a language's chunk may weigh, gzipped (bytes). */
export const LANGUAGE_BUDGET = 1500;
/** The languages shipped as chunks (English is built in). */
export const CHUNK_LANGUAGES = ['de', 'fr', 'es', 'ja'];

async function bundle(entry, external = []) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    external,
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** `{ runtime, languages: { de: { raw, gzip }, … } }` in bytes. */
export async function measure() {
  const languages = {};
  for (const language of CHUNK_LANGUAGES) {
    // The chunk imports only types: bundled alone it is exactly what a page fetches.
    languages[language] = await bundle(join(root, 'src/i18n/locales', `${language}.ts`));
  }
  // The runtime an element pays: catalogue, English, controller, resolveLocale/numberFormat; the
  // language chunks stay out (dynamic imports are marked external).
  const runtime = await bundle(join(root, 'src/i18n/index.ts'), ['lit', 'lit/*', './locales/*']);
  return { runtime, languages };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sizes = await measure();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(sizes, null, 2));
  } else {
    const kb = (n) => `${(n / 1000).toFixed(2)} kB`;
    console.log(`runtime + English (every element shares it): ${kb(sizes.runtime.gzip)} gzip (${kb(sizes.runtime.raw)} min)`);
    for (const [language, size] of Object.entries(sizes.languages)) {
      const over = size.gzip > LANGUAGE_BUDGET ? `  OVER the ${kb(LANGUAGE_BUDGET)} budget` : '';
      console.log(`${language} chunk: ${kb(size.gzip)} gzip (${kb(size.raw)} min)${over}`);
    }
  }
  process.exit(Object.values(sizes.languages).some((s) => s.gzip > LANGUAGE_BUDGET) ? 1 : 0);
}
