/**
 * Vite (8, rolldown) library builds of cs-metrics. Two modes, both run by
 * `npm run build` (scripts/build.mjs):
 *
 * - default (`vite build`): the npm package. ESM only, one entry per public
 *   module: `dist/index.js` (registers every element), `dist/engine.js` (the
 *   pure engine), `dist/schemas.js` (the records as zod/mini schemas),
 *   `dist/elements/<tag>.js` (one element each); shared code in `dist/chunks/`.
 *   Runtime dependencies stay external so an app that also uses Lit or
 *   Chart.js gets one copy, and its bundler keeps `import('d3-dsv')` lazy and
 *   Chart.js inside the entries that use it. Not minified: the app's bundler
 *   minifies anyway, and readable output keeps stack traces and source maps
 *   useful for whoever debugs it inside their app.
 * - `bundle` (`vite build --mode bundle`): `dist/cs-metrics.bundle.js`, one
 *   minified file with every dependency and every dynamic import inlined, for a
 *   plain `<script type="module" src="cs-metrics.bundle.js">` page.
 *
 * TypeScript goes through Vite's transformer, which reads tsconfig.json
 * (`experimentalDecorators`, `useDefineForClassFields: false`) for Lit's legacy
 * decorators. Type declarations come from `tsc -p tsconfig.build.json`.
 * Both builds minify the text of Lit's css/html/svg templates
 * (scripts/minify-templates.mjs: JS minifiers leave it alone), which
 * `npm run size` measures the same way.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { inlineWorkerPlugin } from './scripts/inline-worker.mjs';
import { elementTags } from './scripts/elements.mjs';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
};

/** Runtime dependencies (and the packages `lit` re-exports), with their subpaths. */
const externalPackages = [
  ...Object.keys(pkg.dependencies ?? {}),
  'lit-html',
  'lit-element',
  '@lit/reactive-element',
];
const isExternal = (id: string): boolean =>
  externalPackages.some((name) => id === name || id.startsWith(`${name}/`));

/** `src/elements/<tag>.ts` → entry `elements/<tag>`: builds whatever elements exist. */
function elementEntries(): Record<string, string> {
  return Object.fromEntries(
    elementTags(root).map((tag) => [`elements/${tag}`, resolve(root, 'src/elements', `${tag}.ts`)]),
  );
}

const shared: UserConfig = {
  root,
  publicDir: false,
  // The big-data Worker travels as a string started from a blob: URL
  // (scripts/inline-worker.mjs): no Worker file for an app's bundler to miss.
  plugins: [inlineWorkerPlugin(), minifyTemplatesPlugin()],
  logLevel: 'warn',
  // Relative base: should an asset ever be emitted, it is referenced relative to
  // the chunk that uses it, so the package works from node_modules or any CDN path.
  base: './',
};

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'bundle') {
    return {
      ...shared,
      build: {
        outDir: 'dist',
        emptyOutDir: false, // runs after the npm build, into the same dist/
        target: 'es2022',
        minify: true,
        sourcemap: true,
        lib: {
          entry: { 'cs-metrics.bundle': resolve(root, 'src/index.ts') },
          formats: ['es'],
          fileName: (_format, entryName) => `${entryName}.js`,
        },
        rolldownOptions: {
          output: {
            // Everything in one file: d3-dsv's, Chart.js's and any other dynamic import() included.
            codeSplitting: false,
            // Vite minifies ES library output without removing whitespace (and keeps
            // /* @__PURE__ */ marks) so that an app's bundler can tree-shake it. This
            // file goes straight to a <script type="module">: minify it fully.
            minify: true,
            comments: { annotation: false },
          },
        },
      },
    };
  }
  return {
    ...shared,
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      lib: {
        entry: {
          index: resolve(root, 'src/index.ts'),
          engine: resolve(root, 'src/engine/index.ts'),
          schemas: resolve(root, 'src/schemas.ts'),
          // cs-metrics/sql (toSql) and the cs-metrics bin's dist/sql.js.
          sql: resolve(root, 'src/sql/index.ts'),
          ...elementEntries(),
        },
        formats: ['es'],
        fileName: (_format, entryName) => `${entryName}.js`,
      },
      rolldownOptions: {
        external: isExternal,
        // Each element module stays inside its own entry file, dist/elements/<tag>.js,
        // registration included, even when another entry (dist/index.js) imports it
        // too or it re-exports shared code. With Vite's library default ('strict')
        // Rolldown moved such a module into dist/chunks/ behind a facade of
        // re-exports, and `sideEffects` (which names the entry files only, so that
        // the engine's chunks tree-shake) let app bundlers drop the registration.
        // scripts/check-package.mjs fails when a chunk registers an element.
        preserveEntrySignatures: 'allow-extension',
        output: {
          chunkFileNames: 'chunks/[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      },
    },
  };
});
