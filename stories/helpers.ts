/**
 * Shared helpers for the kit's stories. See stories/README.md.
 */
import type { Decorator } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';

/**
 * URL of a committed fixture in `stories/fixtures/`, served by `staticDirs` at
 * `fixtures/`. Relative, so it works in `storybook dev`, in the static build and
 * under a sub-path deploy. `fixture('missing.json')` is a real 404.
 */
export const fixture = (name: string): string => `fixtures/${name}`;

/** URL prefix whose requests never answer: see {@link holdRequests}. */
export const HELD = 'held/';

let installed = false;
/**
 * Makes every `fetch` of a URL under `held/` wait forever (until aborted), so a
 * story can show the `loading` state in a static build, where no slow server
 * exists. Every other request goes through untouched. Idempotent.
 */
export function holdRequests(): void {
  if (installed) return;
  installed = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (!url.pathname.includes(`/${HELD}`)) return realFetch(input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    return new Promise<Response>((_resolve, reject) => {
      signal?.addEventListener('abort', () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError')), {
        once: true,
      });
    });
  };
}

/** Decorator: the story's requests to `held/…` never answer (loading state). */
export const withHeldRequests: Decorator = (story) => {
  holdRequests();
  return story();
};

/** Decorator: a dark page behind the story, for `theme="dark"` stories. */
export const onDark: Decorator = (story) =>
  html`<div style="background:#111827;color:#f9fafb;padding:1.5rem;border-radius:8px">${story()}</div>`;

/** Decorator: a width-limited column, the way a card sits in a dashboard grid. */
export const inColumn =
  (width = '28rem'): Decorator =>
  (story) =>
    html`<div style="max-width:${width}">${story()}</div>`;

/** Waits until `el` reflects `state` (or rejects after `timeout` ms): for play functions. */
export async function untilState(el: Element, state: string, timeout = 5000): Promise<void> {
  const start = Date.now();
  while (el.getAttribute('state') !== state) {
    if (Date.now() - start > timeout) {
      throw new Error(`<${el.localName}> stayed "${el.getAttribute('state')}", expected "${state}"`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Text a person sees in an element's shadow root (whitespace collapsed). */
export function shownText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A small caption above a story, for stories that compare several elements. */
export const caption = (text: string): TemplateResult =>
  html`<p style="font:13px/1.4 system-ui,sans-serif;color:#6b7280;margin:0 0 .5rem">${text}</p>`;
