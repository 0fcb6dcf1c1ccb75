/**
 * Chart.js with only what a stacked bar chart with a line over it needs
 * registered (bars, a line with points, category and linear scales, the
 * tooltip; never `chart.js/auto`). Loaded with a dynamic import on the first
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
  Tooltip,
} from 'chart.js';

/** Registers the bar-and-line chart's components (idempotent) and returns Chart. */
export function barChart(): typeof Chart {
  Chart.register(BarController, BarElement, LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip);
  return Chart;
}
