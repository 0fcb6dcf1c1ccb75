/**
 * How the big-data Worker is started, from the sources (tests, Storybook, the
 * dev server): a module Worker straight from src/data/worker.ts, which the dev
 * server transforms.
 *
 * The published build swaps this module for worker-start.inline.ts (see
 * scripts/inline-worker.mjs): there the Worker's code is one minified script
 * inside the package, started from a `blob:` URL, so no app bundler has to
 * find, copy or re-bundle a Worker file.
 */

/** A started Worker, with what to release once it answered (or failed). */
export interface StartedWorker {
  readonly worker: Worker;
  /** Where the Worker's script came from, for the console message when it fails. */
  readonly origin: 'module' | 'blob';
  release(): void;
}

export function startWorker(): StartedWorker {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'cs-metrics' });
  return { worker, origin: 'module', release: () => undefined };
}
