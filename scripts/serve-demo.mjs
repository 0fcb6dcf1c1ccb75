#!/usr/bin/env node
// `npm start`: serves the demo over HTTP with Vite's dev server and prints its
// address. The server's root is the repository, so demo/index.html loads the
// kit straight from its TypeScript sources (`/src/index.ts`) and the sample
// data from /demo/data/. Nothing is opened; stop it with Ctrl+C.
//
//   node scripts/serve-demo.mjs [--port 5173] [--host localhost]
//   PORT=8080 npm start
//
// scripts/check-demo.mjs starts the same server with `startDemo()`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';
import { warehousePlugin } from './demo-warehouse.mjs';

const root = resolve(import.meta.dirname, '..');

/**
 * The demo's dev server, listening; generates the sample data first when
 * demo/data/ is missing (it is generated, not committed).
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startDemo({ host = '127.0.0.1', port = 0 } = {}) {
  if (!existsSync(join(root, 'demo', 'data'))) {
    console.log('serve-demo: generating the sample data (demo/data/)…');
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'generate-data.mjs')], { cwd: root, stdio: 'inherit' });
    if (run.status !== 0) throw new Error('scripts/generate-data.mjs failed');
  }
  const server = await createServer({
    configFile: false, // vite.config.ts describes the library build, not this server
    root,
    publicDir: false,
    appType: 'mpa',
    clearScreen: false,
    logLevel: 'warn',
    server: { host, port, strictPort: false, open: false },
    // Pre-bundle what the demo's pages import; left to itself the scan crawls every
    // HTML file under the root, the consumer apps in test/ too, whose `cs-metrics`
    // only resolves once they are installed from the tarball.
    optimizeDeps: { entries: ['demo/**/*.html'] },
    plugins: [
      // "From the warehouse": figures DuckDB computes at start (scripts/demo-warehouse.mjs).
      await warehousePlugin(root),
      {
        name: 'cs-metrics-demo-home',
        // `/` has no page of its own: send visitors to the demo.
        configureServer(dev) {
          dev.middlewares.use((req, res, next) => {
            if (req.url === '/' || req.url === '/index.html') res.writeHead(302, { location: '/demo/' }).end();
            else next();
          });
        },
      },
    ],
  });
  await server.listen();
  const address = server.httpServer?.address();
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return { origin: `http://${shownHost}:${typeof address === 'object' && address ? address.port : port}`, close: () => server.close() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string' } } });
  const port = Number(values.port ?? process.env.PORT ?? 5173);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve-demo: --port must be a port number, got ${JSON.stringify(values.port ?? process.env.PORT)}`);
    process.exit(2);
  }
  const server = await startDemo({ host: values.host ?? 'localhost', port });
  console.log(`\n  cs-metrics demo: ${server.origin}/demo/\n\n  (Ctrl+C to stop)`);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, async () => {
      await server.close();
      process.exit(0);
    });
  }
}
