import { expect } from '@open-wc/testing';
import { DataError } from '../../src/data/errors.js';
import { detectFormat, fetchData, sourceConfig } from '../../src/data/fetch.js';
import { resolveSrc } from '../../src/data/url.js';

async function rejection(p: Promise<unknown>): Promise<DataError> {
  try {
    await p;
  } catch (e) {
    return e as DataError;
  }
  throw new Error('expected a rejection');
}

describe('URL policy', () => {
  it('accepts http, https and relative URLs (resolved against the page)', () => {
    expect(resolveSrc('/api/json').href).to.equal(`${location.origin}/api/json`);
    expect(resolveSrc('data.json', 'http://example.com/a/b').href).to.equal('http://example.com/a/data.json');
    expect(resolveSrc('https://example.com/x.csv').protocol).to.equal('https:');
  });

  for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/csv,score', 'file:///x.json', 'blob:http://a/b', 'ftp://a/b']) {
    it(`refuses ${bad.trim().split(':')[0]}:`, () => {
      expect(() => resolveSrc(bad)).to.throw(DataError).with.property('kind', 'config');
    });
  }
});

describe('format detection', () => {
  const url = new URL('http://x/data');
  it('prefers the format attribute, then the content type, then the extension, then JSON', () => {
    expect(detectFormat('csv', 'application/json', url)).to.equal('csv');
    expect(detectFormat(undefined, 'application/vnd.api+json; charset=utf-8', url)).to.equal('json');
    expect(detectFormat(undefined, 'text/json', url)).to.equal('json');
    expect(detectFormat(undefined, 'text/csv; charset=utf-8', url)).to.equal('csv');
    expect(detectFormat(undefined, 'application/csv', url)).to.equal('csv');
    expect(detectFormat(undefined, 'text/plain', new URL('http://x/rows.CSV?v=2'))).to.equal('csv');
    expect(detectFormat(undefined, null, url)).to.equal('json');
  });

  it('checks the src attributes', () => {
    expect(sourceConfig({ src: '/a' })).to.include({ credentials: 'same-origin', refresh: 0, timeout: 15, format: undefined });
    expect(sourceConfig({ src: '/a', format: 'CSV' }).format).to.equal('csv');
    expect(() => sourceConfig({ src: '/a', refresh: NaN })).to.throw(/refresh/);
  });
});

describe('fetchData over the test server', () => {
  it('returns parsed JSON', async () => {
    expect(await fetchData('/api/json?body=' + encodeURIComponent('[{"score":9}]'))).to.deep.equal([{ score: 9 }]);
  });

  it('reads CSV by content type', async () => {
    expect(await fetchData('/api/csv?body=' + encodeURIComponent('score\n7'))).to.deep.equal([{ score: 7 }]);
  });

  it('names status and URL on HTTP errors', async () => {
    const e = await rejection(fetchData('/api/status/502'));
    expect(e.kind).to.equal('network');
    expect(e.message).to.equal('The server answered 502 Bad Gateway for /api/status/502.');
  });

  it('says an HTML page is not JSON', async () => {
    const e = await rejection(fetchData('/api/text'));
    expect(e.kind).to.equal('parse');
    expect(e.message).to.contain('HTML page, not JSON');
  });

  it('times out', async () => {
    const e = await rejection(fetchData('/api/slow?ms=2000', { timeout: 0.2 }));
    expect(e.kind).to.equal('network');
    expect(e.message).to.equal('The request timed out after 0.2 s.');
  });

  it('rejects with an AbortError (not a failure) when aborted', async () => {
    const abort = new AbortController();
    const p = fetchData('/api/slow?ms=2000', { signal: abort.signal });
    abort.abort();
    const e = (await rejection(p)) as unknown as DOMException;
    expect(e.name).to.equal('AbortError');
  });
});
