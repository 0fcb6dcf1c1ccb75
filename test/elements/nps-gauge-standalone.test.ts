// A page that imports only <nps-gauge> (this file imports nothing else from
// the kit): it must work without ever requesting Chart.js, and without the
// src route's code (fetch, CSV, polling) until an element has a `src`.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/nps-gauge.js';

const requested = () => performance.getEntriesByType('resource').map((entry) => entry.name);
const srcRouteCode = (url: string) => /\/src\/(base\/src-route|data\/fetch|data\/csv|controllers\/source-controller)/.test(url);

describe('<nps-gauge> on its own', () => {
  // First in this page: nothing has asked for the src route yet.
  it('renders from the data property without downloading the src route', async () => {
    const el = await fixture(html`<nps-gauge .data=${[10, 9, 3]}></nps-gauge>`);
    await waitUntil(() => el.getAttribute('state') === 'ready', 'ready', { timeout: 4000 });
    expect(requested().some((url) => url.includes('/src/base/metric-element')), 'the check sees module requests').to.equal(true);
    expect(requested().filter(srcRouteCode)).to.deep.equal([]);
  });

  it('renders from src without requesting Chart.js', async () => {
    const rows = encodeURIComponent(JSON.stringify([10, 10, 9, 7, 3]));
    const el = await fixture(html`<nps-gauge src=${`/api/json?standalone=1&body=${rows}`} target="50"></nps-gauge>`);
    await waitUntil(() => el.getAttribute('state') === 'ready', 'ready', { timeout: 4000 });
    expect(el.shadowRoot!.querySelector('[part~="value"]')!.textContent!.trim()).to.equal('40');
    expect(requested().some((url) => url.includes('/src/elements/nps-gauge')), 'the check sees module requests').to.equal(true);
    expect(requested().some(srcRouteCode), 'src loaded the src route').to.equal(true);
    expect(requested().filter((url) => /chart\.js|chart\.umd|chartjs/i.test(url))).to.deep.equal([]);
    expect(customElements.get('churn-trend'), 'no other element came along').to.equal(undefined);
  });
});
