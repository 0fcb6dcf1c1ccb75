// Vite plugin for the package builds (vite.config.ts): the big-data Worker
// travels inside the package as a string, not as a file next to it.
//
// - `./worker-start.js` imported by src/data/worker-client.ts resolves to
//   src/data/worker-start.inline.ts (a `blob:` URL start) instead of the
//   sources' module-Worker start;
// - `cs-metrics:worker-source` is src/data/worker.ts bundled by esbuild into
//   one minified classic script (IIFE): the engine parts it uses and the CSV
//   parser (d3-dsv, otherwise a lazy import()) inlined, no import left.
//
// Why: `new Worker(new URL('./worker.js', import.meta.url))` inside a
// dependency is followed by some app bundlers and not others (Rollup and
// esbuild ignore it; Vite and webpack re-bundle the file but lose what it
// imports lazily), while a string in a lazily imported module survives all of
// them, and the single-file bundle stays one file.
import { build } from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WORKER = join(root, 'src/data/worker.ts');
const SOURCE_ID = 'cs-metrics:worker-source';
const RESOLVED = '\0cs-metrics:worker-source';

/** src/data/worker.ts as one minified classic script. */
export async function workerScript() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [WORKER],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2022',
    platform: 'browser',
    legalComments: 'none',
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error('inline-worker: esbuild produced no Worker script');
  if (/\bimport\s*\(|^\s*import\s/m.test(code)) throw new Error('inline-worker: the Worker script still imports a module');
  return code;
}

export function inlineWorkerPlugin() {
  return {
    name: 'cs-metrics:inline-worker',
    enforce: 'pre',
    async resolveId(id, importer) {
      if (id === SOURCE_ID) return RESOLVED;
      if (id === './worker-start.js' && importer && resolve(importer) === join(root, 'src/data/worker-client.ts')) {
        return join(root, 'src/data/worker-start.inline.ts');
      }
      return null;
    },
    async load(id) {
      if (id !== RESOLVED) return null;
      this.addWatchFile?.(WORKER);
      return `export default ${JSON.stringify(await workerScript())};\n`;
    },
  };
}
