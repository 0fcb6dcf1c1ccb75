/**
 * What `<metric-card>` shows, in words and numbers, from a result and its
 * presentation properties: the value in its unit, the change, the target
 * judged by the measure's direction, and the sparkline's description.
 */
import type { MetricCardPoint, MetricCardResult, MetricCardUnit, MeasureInfo } from '../adapters/metric-card-measures.js';
import type { MetricFormatter } from '../base/metric-element.js';
import { NO_VALUE, numberFormat } from '../format.js';
import type { LocalizeController } from '../i18n/localize-controller.js';

type Translate = LocalizeController['t'];

/** Directions of a change. */
export const CARD_TRENDS = ['up', 'down', 'flat'] as const;
export type CardTrend = (typeof CARD_TRENDS)[number];

/** Whether a change or a value is for the better: by the measure's direction. */
export type CardTone = 'better' | 'worse' | 'same';

export interface CardView {
  readonly heading: string;
  readonly value: string;
  /** A sentence when there is no value. */
  readonly note: string | undefined;
  readonly change: { readonly trend: CardTrend; readonly tone: CardTone; readonly text: string; readonly spoken: string } | undefined;
  readonly target: { readonly met: boolean | undefined; readonly text: string } | undefined;
  readonly chart: { readonly description: string; readonly rows: ReadonlyArray<readonly [string, string]> } | undefined;
  readonly ariaLabel: string;
}

const TIME_UNITS: Partial<Record<MetricCardUnit, string>> = { hours: 'hour', days: 'day', minutes: 'minute' };
const ARROW: Record<CardTrend, string> = { up: '▲', down: '▼', flat: '●' };

/** A value in its unit: money in the currency, a fraction as a percentage, hours/days/minutes with `Intl`'s unit names. */
export function formatIn(unit: MetricCardUnit, value: number | null, intl: MetricFormatter, long = false): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  const time = TIME_UNITS[unit];
  if (time) {
    return numberFormat(intl.locale, { style: 'unit', unit: time, unitDisplay: long ? 'long' : 'short', maximumFractionDigits: 1 }).format(value);
  }
  switch (unit) {
    case 'money':
      return intl.money(value);
    case 'percent':
      return intl.percent(value, 1);
    case 'ratio':
      return intl.number(value, 2);
    default:
      return intl.number(value, 1);
  }
}

/** A change in the value's unit, with its sign; percentages change by percentage points. */
function formatChange(unit: MetricCardUnit, change: number, intl: MetricFormatter, t: Translate, long: boolean): string {
  const sign = long ? 'auto' : 'exceptZero';
  const size = long ? Math.abs(change) : change;
  const time = TIME_UNITS[unit];
  if (time) {
    return numberFormat(intl.locale, {
      style: 'unit',
      unit: time,
      unitDisplay: long ? 'long' : 'short',
      maximumFractionDigits: 1,
      signDisplay: sign,
    }).format(size);
  }
  if (unit === 'money') {
    const digits = Math.abs(change) < 100 ? 2 : 0;
    return numberFormat(intl.locale, {
      style: 'currency',
      currency: intl.currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: sign,
    }).format(size);
  }
  if (unit === 'percent') {
    if (long) return t('card.points.long', { count: size * 100, digits: 1 });
    return t('card.points', { points: numberFormat(intl.locale, { maximumFractionDigits: 1, signDisplay: sign }).format(size * 100) });
  }
  return numberFormat(intl.locale, { maximumFractionDigits: unit === 'ratio' ? 2 : 1, signDisplay: sign }).format(size);
}

/** The month before a `YYYY-MM` month. */
function monthBefore(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 1 ? `${String(y - 1).padStart(4, '0')}-12` : `${month.slice(0, 5)}${String(m - 1).padStart(2, '0')}`;
}

export interface CardOptions {
  readonly heading: string;
  /** The measure's facts; `undefined` for given figures without a `metric`. */
  readonly measure: MeasureInfo | undefined;
  readonly target: number | undefined;
  readonly months: number;
}

/** The words and numbers of a result. */
export function describeCard(result: MetricCardResult, intl: MetricFormatter, t: Translate, options: CardOptions): CardView {
  const { heading, measure } = options;
  const unit = result.unit;
  const higherIsBetter = measure?.higherIsBetter ?? true;
  const value = formatIn(unit, result.value, intl);
  const spokenValue = formatIn(unit, result.value, intl, true);
  const series = result.series.slice(-options.months);
  const lastMonth = series[series.length - 1]?.month;

  let note: string | undefined;
  if (result.value === null) {
    note =
      result.metric === 'nrr' || result.metric === 'grr'
        ? lastMonth
          ? t('card.note.year', { month: intl.month(lastMonth, 'long') })
          : t('card.note.year.last')
        : measure?.monthly && lastMonth
          ? t('card.note.month', { month: intl.month(lastMonth, 'long') })
          : t('card.note');
  }

  let change: CardView['change'];
  if (result.change !== null) {
    const trend: CardTrend = result.change > 0 ? 'up' : result.change < 0 ? 'down' : 'flat';
    const tone: CardTone = trend === 'flat' ? 'same' : (trend === 'up') === higherIsBetter ? 'better' : 'worse';
    const since = measure?.monthly && lastMonth ? intl.month(monthBefore(lastMonth)) : t('card.since');
    const sinceLong = measure?.monthly && lastMonth ? intl.month(monthBefore(lastMonth), 'long') : t('card.since.long');
    const toned = (text: string) => (tone === 'same' || !measure ? text : t(tone === 'better' ? 'card.better' : 'card.worse', { text }));
    change = {
      trend,
      tone,
      text: `${ARROW[trend]} ${toned(t('card.change', { change: formatChange(unit, result.change, intl, t, false), since }))}`,
      spoken:
        trend === 'flat'
          ? t('card.flat', { since: sinceLong })
          : toned(t(trend === 'up' ? 'card.up' : 'card.down', { change: formatChange(unit, result.change, intl, t, true), since: sinceLong })),
    };
  }

  let target: CardView['target'];
  const goal = options.target;
  if (goal !== undefined && Number.isFinite(goal)) {
    const direction = t(higherIsBetter ? 'card.higher' : 'card.lower');
    const bound = `${higherIsBetter ? '≥' : '≤'} ${formatIn(unit, goal, intl)}`;
    if (result.value === null) {
      target = { met: undefined, text: t('card.target.unjudged', { bound, direction }) };
    } else {
      const met = higherIsBetter ? result.value >= goal : result.value <= goal;
      target = { met, text: `${met ? '✓' : '✗'} ${t(met ? 'card.target.met' : 'card.target.missed', { bound, direction })}` };
    }
  }

  const chart = series.some((p) => p.value !== null) ? describeSeries(heading, series, unit, intl, t) : undefined;
  let ariaLabel = t('card.aria', { title: heading, value: spokenValue });
  if (change) ariaLabel = t('card.aria.more', { text: ariaLabel, more: change.spoken });
  if (target) ariaLabel = t('card.aria.more', { text: ariaLabel, more: target.text.replace(/^[✓✗] /, '') });
  return { heading, value, note, change, target, chart, ariaLabel };
}

function describeSeries(
  heading: string,
  series: readonly MetricCardPoint[],
  unit: MetricCardUnit,
  intl: MetricFormatter,
  t: Translate,
): CardView['chart'] {
  const known = series.filter((p): p is MetricCardPoint & { value: number } => p.value !== null);
  const first = known[0]!;
  const last = known[known.length - 1]!;
  let low = first;
  let high = first;
  for (const p of known) {
    if (p.value < low.value) low = p;
    if (p.value > high.value) high = p;
  }
  const f = (p: { value: number }) => formatIn(unit, p.value, intl, true);
  const m = (p: MetricCardPoint) => intl.month(p.month, 'long');
  const span = t('card.span', { first: intl.month(series[0]!.month, 'long'), last: intl.month(series[series.length - 1]!.month, 'long') });
  const description =
    known.length === 1
      ? t('card.series.one', { title: heading, span, value: f(first), month: m(first) })
      : t('card.series', {
          title: heading,
          span,
          first: f(first),
          firstMonth: m(first),
          last: f(last),
          lastMonth: m(last),
          low: f(low),
          lowMonth: m(low),
          high: f(high),
          highMonth: m(high),
        });
  return { description, rows: series.map((p) => [intl.month(p.month), formatIn(unit, p.value, intl)] as const) };
}
