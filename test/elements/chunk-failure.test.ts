// The kit's own lazy chunks failing to download, in a page of their own: an
// import map added before first use points the `src` route's code and the CSV
// reader at URLs that answer 404, so the element's real `import()` fails the
// way a CDN 404 or a replaced hashed file does. The element names what could
// not be downloaded, keeps what it showed, and fires one `metric-error`.
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/nps-gauge.js';
import type { NpsGauge } from '../../src/elements/nps-gauge.js';

function resolved(specifier: string, from: string): string {
  return new URL(specifier, new URL(from, location.href)).href;
}

const found: string[] = [];
before(async () => {
  const map = document.createElement('script');
  map.type = 'importmap';
  const imports: Record<string, string> = {};
  for (const url of [resolved('../../src/base/src-route.js', import.meta.url), resolved('../../src/base/src-route.ts', import.meta.url)]) {
    imports[url] = `/api/status/404?chunk=src-route`;
    found.push(url);
  }
  map.textContent = JSON.stringify({ imports });
  document.head.append(map);
});

const text = (el: Element, part: string) => el.shadowRoot!.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('the src route code that fails to download', () => {
  it('is a network error naming it, over the value shown before', async () => {
    const el = fixtureSync<NpsGauge>(html`<nps-gauge promoters="40" passives="45" detractors="15"></nps-gauge>`);
    await waitUntil(() => el.state === 'ready', 'ready from the counts', { timeout: 4000 });
    const errors: CustomEvent[] = [];
    el.addEventListener('metric-error', (e) => errors.push(e as CustomEvent));
    el.src = '/api/survey.json';
    await waitUntil(() => el.state === 'error', `error (is ${el.state})`, { timeout: 4000 });
    expect(el.error!.kind).to.equal('network');
    expect(el.error!.message).to.match(/^The code that loads src could not be downloaded/);
    expect(text(el, 'error')).to.contain('could not be downloaded');
    expect(text(el, 'stale'), 'the last value stays on screen').to.contain('25');
    expect(errors).to.have.length(1);

    // Another src tries the download again (Chromium remembers the failed
    // module for the page's life, so here it fails again: a reload recovers).
    el.src = '/api/survey.json?again';
    await waitUntil(() => errors.length === 2, 'a second attempt, a second error', { timeout: 4000 });
    expect(el.error!.message).to.match(/^The code that loads src could not be downloaded/);
    expect(text(el, 'stale')).to.contain('25');
  });
});
