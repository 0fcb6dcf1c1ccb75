/**
 * Chart.js with only what a line chart needs registered (never `chart.js/auto`).
 * Loaded with a dynamic import on a line chart's first draw (ChartController): a
 * dynamic import of `chart.js` itself would keep every chart type, scale and
 * plugin in the lazy chunk (a module namespace keeps all exports), ~71 kB gzip
 * instead of ~52 kB.
 */
import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip);

export { Chart };
