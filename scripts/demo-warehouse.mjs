// The demo's "From the warehouse" section (demo/index.html#from-warehouse):
// figures computed once, when the demo server starts, by embedded DuckDB from
// the demo's data files with the SQL of cs-metrics/sql (bin/summarize.mjs),
// served as JSON under /demo/warehouse/. Without DuckDB, status.json says so
// and the page shows that instead of the cards. Used by scripts/serve-demo.mjs
// and scripts/check-demo.mjs.
import { join } from 'node:path';

const JOBS = {
  'nps.json': ['nps', 'npsResponses.csv'],
  'customer-churn.json': ['customer-churn', 'mrrChanges.parquet'],
  'mrr-movements.json': ['mrr-movements', 'mrrChanges.parquet'],
};

async function compute(root) {
  const files = new Map();
  const started = performance.now();
  try {
    const { summarize, loadDuckDb } = await import('../bin/summarize.mjs');
    const { DuckDBInstance } = await loadDuckDb();
    // The billing export as a warehouse would hold it: Parquet, written from the JSON.
    const data = join(root, 'demo', 'data');
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    await db.run(`COPY (SELECT * FROM read_json('${join(data, 'mrrChanges.json')}')) TO '${join(data, 'mrrChanges.parquet')}' (FORMAT parquet)`);
    db.closeSync();
    for (const [name, [metric, file]] of Object.entries(JOBS)) {
      files.set(name, JSON.stringify(await summarize(metric, join(data, file))));
    }
    const ms = Math.round(performance.now() - started);
    files.set('status.json', JSON.stringify({ available: true, engine: 'DuckDB', ms, files: Object.keys(JOBS) }));
  } catch (error) {
    files.clear();
    files.set('status.json', JSON.stringify({ available: false, reason: String(error?.message ?? error).split('\n')[0] }));
  }
  return files;
}

/** A Vite plugin serving the computed files; computes them before it returns. */
export async function warehousePlugin(root) {
  const files = await compute(root);
  return {
    name: 'cs-metrics-demo-warehouse',
    configureServer(dev) {
      dev.middlewares.use((req, res, next) => {
        const prefix = '/demo/warehouse/';
        const name = req.url?.startsWith(prefix) ? req.url.slice(prefix.length).split('?')[0] : undefined;
        if (name === undefined || !files.has(name)) return next();
        res.writeHead(200, { 'content-type': 'application/json' }).end(files.get(name));
      });
    },
  };
}
