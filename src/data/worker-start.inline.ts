/**
 * How the published build starts the big-data Worker (it replaces
 * worker-start.ts there, see scripts/inline-worker.mjs): the Worker's whole
 * code — src/data/worker.ts with the engine parts and the CSV parser it uses —
 * is one minified classic script, a string in this lazily loaded module, started
 * from a `blob:` URL. Every bundler (Vite, webpack, Rollup, esbuild) and the
 * single-file bundle carry it like any other module: there is no Worker file
 * to find or copy. A page whose Content-Security-Policy has no `worker-src
 * blob:` (or `script-src blob:` when worker-src is absent) blocks it, and the
 * element computes on the main thread (see worker-client.ts).
 */
import source from 'cs-metrics:worker-source';
import type { StartedWorker } from './worker-start.js';

export function startWorker(): StartedWorker {
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  let worker: Worker;
  try {
    worker = new Worker(url, { name: 'cs-metrics' });
  } catch (error) {
    URL.revokeObjectURL(url);
    throw error;
  }
  return { worker, origin: 'blob', release: () => URL.revokeObjectURL(url) };
}
