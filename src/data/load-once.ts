/**
 * A lazy chunk's loader shared by every element of the page: one download,
 * and a failed one is forgotten so a later call asks again (Chromium
 * remembers a failed module for the page's life: there only a reload
 * downloads it). The `import()` stays literal in the caller's module, where
 * bundlers see it.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}
