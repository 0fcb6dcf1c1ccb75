// How every browser step of the project starts Chromium: the tests (WTR), the
// story, demo, package and CSP checks, and the browser bench.
//
// Debian's Chromium (/usr/bin/chromium) unless CHROME_PATH names another
// browser (a laptop's Chrome). The flags run it headless as root on a machine
// with no network but loopback: without the background-networking ones
// Chromium keeps trying to reach Google's hosts.

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

