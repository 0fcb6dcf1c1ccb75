/**
 * The sparkline of `<metric-card>`: the last months of a measure as an inline
 * SVG line (no chart library), scaled to its own range, bridging months
 * without a value, a dot at the last value and a dashed target line. The
 * SVG itself is hidden from assistive technology: the card describes the
 * trend in words and lists the months in a table only screen readers see.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { MetricCardPoint } from '../adapters/metric-card-measures.js';

const W = 100;
const H = 24;
const PAD = 2;

/** The SVG children of a sparkline over `points` (viewBox `0 0 100 24`). */
export function sparkline(points: readonly MetricCardPoint[], target: number | undefined): SVGTemplateResult[] {
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  if (values.length === 0) return [];
  const scale = target !== undefined && Number.isFinite(target) ? [...values, target] : values;
  const min = Math.min(...scale);
  const max = Math.max(...scale);
  const span = max - min || 1;
  const x = (i: number) => (points.length === 1 ? W / 2 : (i / (points.length - 1)) * W);
  const y = (v: number) => (max === min ? H / 2 : H - PAD - ((v - min) / span) * (H - 2 * PAD));
  const out: SVGTemplateResult[] = [];
  if (target !== undefined && Number.isFinite(target)) {
    out.push(svg`<line class="target-line" x1="0" x2=${W} y1=${y(target)} y2=${y(target)}></line>`);
  }
  // Months without a value (a quarterly survey, a month with nothing to divide by) are bridged:
  // the line joins the months that have one, each of them at its own month's place.
  const known = points.flatMap((p, i) => (p.value === null ? [] : [`${x(i).toFixed(2)},${y(p.value).toFixed(2)}`]));
  if (known.length > 1) out.push(svg`<polyline class="line" points=${known.join(' ')}></polyline>`);
  let last = points.length - 1;
  while (last >= 0 && points[last]!.value === null) last--;
  if (last >= 0) out.push(svg`<circle class="dot" cx=${x(last)} cy=${y(points[last]!.value!)} r="1.8"></circle>`);
  return out;
}

export const SPARKLINE_VIEWBOX = `0 0 ${W} ${H}`;
