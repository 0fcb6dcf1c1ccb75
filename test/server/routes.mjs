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
//   /api/rows?shape=<s>&format=<f>&mb=<n>
//                                     at least n MB of generated rows (deterministic: the same query
//                                     gives the same body), shape `responses` (score, date, comment,
//                                     segment), `changes` (customerId, date, mrr) or `usage`
//                                     (customerId, date, usage); format `json` or `csv`
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

const WORDS = ['great support', 'too slow', 'love the reports', 'pricey', 'missing export', 'fine'];
const SEGMENTS = ['smb', 'mid', 'ent'];

/** Rows of a shape, made one by one from a fixed seed, as JSON or CSV lines, until `bytes` are made. */
function generatedRows(shape, format, bytes) {
  let seed = 42;
  /** mulberry32: a whole number from 0 to n − 1. */
  const next = (n) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
  const day = (days) => new Date(Date.UTC(2024, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
  // Row i is customer i % n's (i / n)-th row: one row a customer a date, dates rising.
  let i = -1;
  const make = {
    responses: () => ({ score: next(11), date: day(next(1000)), comment: WORDS[next(WORDS.length)], segment: SEGMENTS[next(3)] }),
    changes: () => (++i, { customerId: `c${i % 20_000}`, date: day(((i % 20_000) % 30) + 35 * Math.floor(i / 20_000) + next(5)), mrr: next(8) === 0 ? 0 : 10 * (1 + next(50)) }),
    usage: () => (++i, { customerId: `c${i % 1000}`, date: day((i % 5) + 7 * Math.floor(i / 1000)), usage: next(101) }),
  }[shape];
  if (!make) return undefined;
  const fields = Object.keys(make());
  const parts = [format === 'csv' ? `${fields.join(',')}\n` : '['];
  let size = parts[0].length;
  for (let i = 0; size < bytes; i++) {
    const row = make();
    const text = format === 'csv' ? `${fields.map((f) => row[f]).join(',')}\n` : `${i ? ',' : ''}${JSON.stringify(row)}`;
    parts.push(text);
    size += text.length;
  }
  if (format !== 'csv') parts.push(']');
  return parts.join('');
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
  } else if (path === '/api/rows') {
    const format = url.searchParams.get('format') === 'csv' ? 'csv' : 'json';
    const mb = Math.min(Number(url.searchParams.get('mb')) || 1, 64);
    const rows = generatedRows(url.searchParams.get('shape'), format, mb * 1_000_000);
    if (rows === undefined) return next();
    ctx.type = format === 'csv' ? 'text/csv' : 'application/json';
    ctx.body = rows;
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
