#!/usr/bin/env node
// What the kit's words cost, minified and gzipped (level 9, 1 kB = 1000 B):
// each language's chunks (the shared words, one per element: what a page in
// that language downloads on top of the elements it shows), and the
// localisation runtime with English that every element shares (Lit not
// counted: every element pays it anyway).
//
//   node scripts/i18n-size.mjs          table; exit 1 when an element in a language is over budget
//   node scripts/i18n-size.mjs --json   the same as JSON
//
// test/i18n/size.test.ts runs the same measurement.
import { build } from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The most a page may download, gzipped (bytes), to show one element in one
 * language: the shared words' chunk plus the element's own.
 */
export const LANGUAGE_BUDGET = 1500;
/** The languages shipped as chunks (English is built in). */
export const CHUNK_LANGUAGES = ['de', 'fr', 'es', 'ja'];
/** The tables: the shared words, the error sentences (fetched on the first error shown), then one per element. */
export const PARTS = ['common', 'errors', 'nps', 'churn', 'clv', 'health', 'card', 'mrr', 'cohorts', 'feedback'];
export const ELEMENT_OF = {
  nps: 'nps-gauge',
  churn: 'churn-trend',
  clv: 'clv-card',
  health: 'health-badge',
  card: 'metric-card',
  mrr: 'mrr-movements',
  cohorts: 'retention-cohorts',
  feedback: 'feedback-list',
};

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
    // As the build writes them (UTF-8, not \u escapes), and as a page receives them.
    charset: 'utf8',
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/**
 * `{ runtime, languages: { de: { common, nps, …, all } } }` in bytes: each
 * chunk alone (what a page fetches for it: chunks import only types), and
 * `all`, every chunk of the language (a page with every element).
 */
export async function measure() {
  const languages = {};
  for (const language of CHUNK_LANGUAGES) {
    const chunks = {};
    for (const part of PARTS) chunks[part] = await bundle(join(root, 'src/i18n/locales', `${language}-${part}.ts`));
    const all = Object.values(chunks).reduce((sum, c) => ({ raw: sum.raw + c.raw, gzip: sum.gzip + c.gzip }), { raw: 0, gzip: 0 });
    languages[language] = { ...chunks, all };
  }
  // The runtime an element pays: catalogue, shared English, controller, resolveLocale/numberFormat; the
  // language chunks stay out (dynamic imports are marked external).
  const runtime = await bundle(join(root, 'src/i18n/index.ts'), ['lit', 'lit/*', './locales/*']);
  return { runtime, languages };
}

/** What a page fetches to show one element in a language: the shared chunk and the element's. */
export function perElement(chunks) {
  return Object.fromEntries(Object.keys(ELEMENT_OF).map((part) => [part, chunks.common.gzip + chunks[part].gzip]));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sizes = await measure();
  let over = false;
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(sizes, null, 2));
  } else {
    const kb = (n) => `${(n / 1000).toFixed(2)} kB`;
    console.log(`runtime + shared English (every element): ${kb(sizes.runtime.gzip)} gzip (${kb(sizes.runtime.raw)} min)`);
    console.log(`\none element in a language (shared chunk + the element's), gzip; budget ${kb(LANGUAGE_BUDGET)}`);
    console.log(['', ...CHUNK_LANGUAGES].join('\t'));
    for (const part of Object.keys(ELEMENT_OF)) {
      console.log([ELEMENT_OF[part], ...CHUNK_LANGUAGES.map((l) => kb(perElement(sizes.languages[l])[part]))].join('\t'));
    }
    console.log(['+ errors, on the first', ...CHUNK_LANGUAGES.map((l) => kb(sizes.languages[l].errors.gzip))].join('\t'));
    console.log(['every chunk', ...CHUNK_LANGUAGES.map((l) => kb(sizes.languages[l].all.gzip))].join('\t'));
  }
  for (const language of CHUNK_LANGUAGES) {
    for (const [part, size] of Object.entries(perElement(sizes.languages[language]))) {
      if (size > LANGUAGE_BUDGET) {
        over = true;
        console.error(`${language} ${ELEMENT_OF[part]}: ${size} B > ${LANGUAGE_BUDGET} B`);
      }
    }
  }
  process.exit(over ? 1 : 0);
}
