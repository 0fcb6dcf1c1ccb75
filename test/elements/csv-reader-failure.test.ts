// The CSV reader (d3-dsv, a lazy chunk) failing to download, in a page of its
// own: an import map added before first use points it at a URL that answers
// 404, so the real `import('d3-dsv')` fails as a CDN 404 would. The element
// names what could not be downloaded and keeps the value it showed.
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/nps-gauge.js';
import type { NpsGauge } from '../../src/elements/nps-gauge.js';

before(() => {
  const map = document.createElement('script');
  map.type = 'importmap';
  // Where the test server resolves the bare `d3-dsv` (its package's module entry).
  map.textContent = JSON.stringify({ imports: { '/node_modules/d3-dsv/dist/d3-dsv.mjs': '/api/status/404?chunk=d3-dsv' } });
  document.head.append(map);
});

const text = (el: Element, part: string) => el.shadowRoot!.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('the CSV reader that fails to download', () => {
  it('is a network error naming it, over the value shown before', async () => {
    const el = fixtureSync<NpsGauge>(html`<nps-gauge promoters="40" passives="45" detractors="15"></nps-gauge>`);
    await waitUntil(() => el.state === 'ready', 'ready from the counts', { timeout: 4000 });
    const errors: CustomEvent[] = [];
    el.addEventListener('metric-error', (e) => errors.push(e as CustomEvent));
    el.src = `/api/csv?chunk-failure&body=${encodeURIComponent('score\n9\n3')}`;
    await waitUntil(() => el.state === 'error', `error (is ${el.state})`, { timeout: 4000 });
    expect(el.error!.kind).to.equal('network');
    expect(el.error!.message).to.match(/^The CSV reader could not be downloaded/);
    expect(text(el, 'error')).to.contain('CSV reader');
    expect(text(el, 'stale'), 'the last value stays on screen').to.contain('25');
    expect(errors).to.have.length(1);
  });
});
