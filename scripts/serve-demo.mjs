#!/usr/bin/env node
// `npm start`: serves the demo over HTTP with Vite's dev server and prints its
// address. The server's root is the repository, so demo/index.html loads the
// kit straight from its TypeScript sources (`/src/index.ts`) and the sample
// data from /demo/data/. Nothing is opened; stop it with Ctrl+C.
//
//   node scripts/serve-demo.mjs [--port 5173] [--host localhost]
//   PORT=8080 npm start
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';
import { warehousePlugin } from './demo-warehouse.mjs';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { port: { type: 'string' }, host: { type: 'string' } },
});
const port = Number(values.port ?? process.env.PORT ?? 5173);
const host = values.host ?? 'localhost';
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve-demo: --port must be a port number, got ${JSON.stringify(values.port ?? process.env.PORT)}`);
  process.exit(2);
}

// The demo's sample data is generated, not committed (demo/data/ is ignored).
const generator = join(root, 'scripts', 'generate-data.mjs');
if (existsSync(generator) && !existsSync(join(root, 'demo', 'data'))) {
  console.log('serve-demo: generating the sample data (demo/data/)…');
  const run = spawnSync(process.execPath, [generator], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error('serve-demo: scripts/generate-data.mjs failed');
    process.exit(1);
  }
}

// "From the warehouse": figures DuckDB computes at start (scripts/demo-warehouse.mjs).
const warehouse = await warehousePlugin(root);

const server = await createServer({
  configFile: false, // vite.config.ts describes the library build, not this server
  root,
  publicDir: false,
  appType: 'mpa',
  clearScreen: false,
  logLevel: 'warn',
  server: { host, port, strictPort: false, open: false },
  plugins: [
    warehouse,
    {
      name: 'cs-metrics-demo-home',
      // `/` has no page of its own: send visitors to the demo.
      configureServer(dev) {
        dev.middlewares.use((req, res, next) => {
          if (req.url === '/' || req.url === '/index.html') {
            res.writeHead(302, { location: '/demo/' }).end();
            return;
          }
          next();
        });
      },
    },
  ],
});
await server.listen();

const address = server.httpServer?.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
console.log(`\n  cs-metrics demo: http://${shownHost}:${actualPort}/demo/\n`);
console.log('  (Ctrl+C to stop)');

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (closing) return;
    closing = true;
    await server.close();
    process.exit(0);
  });
}
