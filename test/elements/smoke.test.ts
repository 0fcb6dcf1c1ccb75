import { expect } from '@open-wc/testing';
import { nps } from '../../src/engine/index.js';

describe('browser toolchain', () => {
  it('runs the engine in Chromium and fetches from the test API over HTTP', async () => {
    const res = await fetch('/api/json?body=' + encodeURIComponent('[9,10,3]'));
    expect(res.headers.get('content-type')).to.contain('application/json');
    const result = nps((await res.json()) as number[]);
    expect(result.promoters).to.equal(2);
    expect(result.detractors).to.equal(1);
  });
});
