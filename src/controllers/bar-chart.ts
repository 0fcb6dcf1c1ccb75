/**
 * Chart.js with only what a stacked bar chart with a line over it needs
 * registered (bars, a line with points, category and linear scales; never
 * `chart.js/auto`). No tooltip plugin: it adds ~5 kB gzip to the chunk, and
 * the element's legend, headline and data table already carry every number. Loaded with a dynamic import on the first
 * draw of a `<mrr-movements>` (ChartController), like `./line-chart.js`.
 *
 * Registration is a function the loader calls, not a top-level statement:
 * package.json's `sideEffects` names only the element modules, so an app's
 * bundler may drop a module-level `Chart.register(...)` whose result nobody
 * imports.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
} from 'chart.js';
import type { ChartKit } from './chart-controller.js';
import { ChartDrawer } from './chart-drawer.js';

/** Registers the chart's components (idempotent) and returns Chart with the drawer that uses it. */
export function barChart(): ChartKit {
  Chart.register(BarController, BarElement, LineController, LineElement, PointElement, LinearScale, CategoryScale);
  return { Chart, Drawer: ChartDrawer };
}
