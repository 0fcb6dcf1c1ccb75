/**
 * The URL policy of the `src` route: only `http:` and `https:` URLs, and
 * relative URLs (resolved against `document.baseURI`). Anything else —
 * `javascript:`, `data:`, `file:`, `blob:`… — is refused before any request.
 */
import { DataError } from './errors.js';

/** Protocols a `src` may use. */
export const ALLOWED_PROTOCOLS = ['http:', 'https:'] as const;

/**
 * Resolves `src` against `base` and checks its protocol.
 * @throws {DataError} of kind `config` when the URL is malformed or not http(s).
 */
export function resolveSrc(src: string, base: string = document.baseURI): URL {
  let url: URL;
  try {
    url = new URL(src.trim(), base);
  } catch {
    throw new DataError('config', `The src "${shorten(src)}" is not a valid URL.`);
  }
  if (!(ALLOWED_PROTOCOLS as readonly string[]).includes(url.protocol)) {
    throw new DataError(
      'config',
      `The src uses "${url.protocol}", which is not allowed: only http:, https: and relative URLs are fetched.`,
    );
  }
  return url;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
