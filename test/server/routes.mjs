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
//   /fixtures/...                     static files under test/fixtures
const hits = new Map();

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
  } else if (path.startsWith('/api/hits')) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(Object.fromEntries(hits));
  } else {
    return next();
  }
}
