// A page that imports only <nps-gauge> (this file imports nothing else from
// the kit): it must work without ever requesting Chart.js.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/nps-gauge.js';

describe('<nps-gauge> on its own', () => {
  it('renders from src without requesting Chart.js', async () => {
    const rows = encodeURIComponent(JSON.stringify([10, 10, 9, 7, 3]));
    const el = await fixture(html`<nps-gauge src=${`/api/json?standalone=1&body=${rows}`} target="50"></nps-gauge>`);
    await waitUntil(() => el.getAttribute('state') === 'ready', 'ready', { timeout: 4000 });
    expect(el.shadowRoot!.querySelector('[part~="value"]')!.textContent!.trim()).to.equal('40');
    const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.some((url) => url.includes('/src/elements/nps-gauge')), 'the check sees module requests').to.equal(true);
    expect(requested.filter((url) => /chart\.js|chart\.umd|chartjs/i.test(url))).to.deep.equal([]);
    expect(customElements.get('churn-trend'), 'no other element came along').to.equal(undefined);
  });
});
