/**
 * Chart.js with only what a line chart needs registered (never `chart.js/auto`).
 * Loaded with a dynamic import on a line chart's first draw (ChartController): a
 * dynamic import of `chart.js` itself would keep every chart type, scale and
 * plugin in the lazy chunk (a module namespace keeps all exports), ~71 kB gzip
 * instead of ~52 kB.
 *
 * Registration is a function the loader calls, not a top-level statement:
 * package.json's `sideEffects` names only the element modules, so an app's
 * bundler (Storybook's production build did) may drop a module-level
 * `Chart.register(...)` whose result nobody imports.
 */
import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import type { ChartKit } from './chart-controller.js';
import { ChartDrawer } from './chart-drawer.js';

/** Registers the chart's components (idempotent) and returns Chart with the drawer that uses it. */
export function lineChart(): ChartKit {
  Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip);
  return { Chart, Drawer: ChartDrawer };
}
