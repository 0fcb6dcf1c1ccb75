// The local HTTP API the browser tests fetch from, served by the
// @web/test-runner dev server itself (a koa middleware). Every response is a
// real HTTP response over loopback.
//
//   /api/json?body=<json>             200 application/json
//   /api/csv?body=<csv>               200 text/csv
//   /api/status/<code>                that status, a short text body
//   /api/text                         200 text/html (not JSON)
//   /api/slow?ms=<n>&body=<json>      answers after n ms
//   /api/count/<key>                  JSON { count } of hits so far for key
//   /api/if-cookie?name=<n>&yes=<json>&no=<json>
//                                     `yes` when the request carried cookie n, else `no`
//   /api/huge?mb=<n>&id=<k>           200 application/json, n MB of a JSON array made as it is sent
//   /api/gzip-bomb?mb=<n>&id=<k>      the same, gzip-encoded (a few kB on the wire per MB inflated)
//   /api/produced?id=<k>              JSON { bytes }: how much of huge/gzip-bomb `k` was made before
//                                     the client stopped reading
//   /fixtures/...                     static files under test/fixtures
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';

const hits = new Map();
/** Bytes of body made so far, by the `id` of a huge or gzip-bomb request. */
const produced = new Map();

/** `mb` MB of `[0,0,0,…,0]`, made 64 kB at a time only as fast as it is read. */
function hugeJson(mb, id) {
  const total = mb * 1024 * 1024;
  const chunk = Buffer.from('0,'.repeat(32 * 1024));
  produced.set(id, 0);
  return Readable.from(
    (function* () {
      yield Buffer.from('[');
      let sent = 1;
      while (sent + chunk.length < total) {
        sent += chunk.length;
        produced.set(id, sent);
        yield chunk;
      }
      yield Buffer.from('0]');
    })(),
  );
}

export async function testApi(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/api/')) return next();
  const body = url.searchParams.get('body') ?? '[]';
  const path = url.pathname;
  const key = path + url.search;
  hits.set(key, (hits.get(key) ?? 0) + 1);
  ctx.set('Cache-Control', 'no-store');
  if (path === '/api/json') {
    ctx.type = 'application/json';
    ctx.body = body;
  } else if (path === '/api/csv') {
    ctx.type = 'text/csv';
    ctx.body = body;
  } else if (path.startsWith('/api/status/')) {
    ctx.status = Number(path.slice('/api/status/'.length)) || 500;
    ctx.type = 'text/plain';
    ctx.body = `status ${ctx.status}`;
  } else if (path === '/api/text') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Not JSON</title><p>Sign in';
  } else if (path === '/api/slow') {
    await new Promise((r) => setTimeout(r, Math.min(Number(url.searchParams.get('ms')) || 500, 10_000)));
    ctx.type = url.searchParams.get('type') ?? 'application/json';
    ctx.body = body;
  } else if (path === '/api/if-cookie') {
    const name = url.searchParams.get('name') ?? '';
    const sent = (ctx.get('cookie') ?? '').split(/;\s*/).some((c) => c.split('=')[0] === name);
    ctx.type = 'application/json';
    ctx.body = url.searchParams.get(sent ? 'yes' : 'no') ?? 'null';
  } else if (path === '/api/huge' || path === '/api/gzip-bomb') {
    const mb = Math.min(Number(url.searchParams.get('mb')) || 200, 1024);
    const id = url.searchParams.get('id') ?? '';
    ctx.type = 'application/json';
    if (path === '/api/huge') {
      ctx.body = hugeJson(mb, id);
    } else {
      ctx.set('Content-Encoding', 'gzip');
      ctx.compress = false;
      ctx.body = hugeJson(mb, id).pipe(createGzip());
    }
  } else if (path === '/api/produced') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ bytes: produced.get(url.searchParams.get('id') ?? '') ?? null });
  } else if (path.startsWith('/api/hits')) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(Object.fromEntries(hits));
  } else {
    return next();
  }
}
