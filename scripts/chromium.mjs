// How every browser step of the project starts Chromium and serves its pages:
// the tests (WTR), the story, demo, package and CSP checks, and the browser bench.
//
// Debian's Chromium (/usr/bin/chromium) unless CHROME_PATH names another
// browser (a laptop's Chrome). The flags run it headless as root on a machine
// with no network but loopback: without the background-networking ones
// Chromium keeps trying to reach Google's hosts.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

/** The browser to launch. */
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Launch flags (puppeteer adds `--headless` itself with `headless: true`). */
export const chromiumArgs = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]);

/** Headless Chromium driven by puppeteer-core. */
export async function launchChromium() {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumArgs] });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const typeOf = (path) => TYPES[extname(path) || '.html'] ?? 'application/octet-stream';

/**
 * A static HTTP server on 127.0.0.1 at a free port.
 * @param {{ dirs?: Record<string, string>, routes?: Record<string, string | Buffer | (() => string | Buffer)>, headers?: Record<string, string> }} options
 *   `dirs` maps a URL prefix to a directory ('/dist/' → 'dist'); `routes` gives
 *   exact paths their body (type from the extension, HTML without one);
 *   `headers` go on every response (a CSP).
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serve({ dirs = {}, routes = {}, headers = {} } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (status, body, type = 'text/plain') =>
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers }).end(body);
    const route = routes[path];
    if (route !== undefined) return send(200, typeof route === 'function' ? route() : route, typeOf(path));
    if (path === '/favicon.ico') return send(204, ''); // the browser asks on its own
    for (const [prefix, dir] of Object.entries(dirs)) {
      if (!path.startsWith(prefix)) continue;
      const base = resolve(dir);
      let file = normalize(join(base, path.slice(prefix.length)));
      if (!file.startsWith(base)) return send(403, 'forbidden');
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        return send(200, await readFile(file), typeOf(file));
      } catch {
        // not in this directory: the next prefix, else 404
      }
    }
    send(404, 'not found');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    origin: `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

/**
 * Records into `problems` what a reader would call broken: uncaught errors,
 * console errors (and warnings with `warnings`), failed requests. A request the
 * browser aborts on purpose (src changed, page closed) is not one; `ignore`
 * lets a check accept console lines it provokes on purpose (a 404 feed).
 * @param {import('puppeteer-core').Page} page
 * @param {string[]} problems
 * @param {{ ignore?: (text: string, url: string) => boolean, warnings?: boolean }} [options]
 */
export function watchPage(page, problems, { ignore = () => false, warnings = false } = {}) {
  page.on('console', (msg) => {
    const type = msg.type();
    if (type !== 'error' && !(warnings && (type === 'warn' || type === 'warning'))) return;
    const text = msg.text();
    const url = msg.location()?.url ?? '';
    if (!ignore(text, url)) problems.push(`console ${type}: ${text}${url && !text.includes(url) ? ` (${url})` : ''}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  page.on('requestfailed', (req) => {
    const reason = req.failure()?.errorText ?? '';
    if (reason !== 'net::ERR_ABORTED') problems.push(`request failed: ${req.url()} ${reason}`);
  });
}
