/**
 * Numbers, money, percentages and months through `Intl`, with cached
 * formatters (creating an `Intl.NumberFormat` costs far more than using one).
 *
 * Locale: the element's `locale` attribute, else the closest ancestor `lang`
 * (crossing shadow roots to their hosts), else `document.documentElement.lang`,
 * else `navigator.language`.
 */

/** The default currency of money values. */
export const DEFAULT_CURRENCY = 'USD';

/** The locale an element formats with. */
export function resolveLocale(element: Element | null, locale?: string | null): string {
  if (locale) return canonical(locale);
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return canonical(lang);
    node = node.parentElement ?? hostOf(node);
  }
  const doc = document.documentElement.lang;
  if (doc) return canonical(doc);
  return navigator.language || 'en-US';
}

function hostOf(node: Element): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** A valid BCP 47 tag for `Intl`; an invalid one falls back to the browser's language. */
function canonical(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0] ?? navigator.language;
  } catch {
    return navigator.language || 'en-US';
  }
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.NumberFormat`. An unknown currency falls back to plain numbers rather than throwing. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch {
      const { currency: _currency, style: _style, ...rest } = options;
      format = new Intl.NumberFormat(locale, rest);
    }
    numberFormats.set(key, format);
  }
  return format;
}

/** A cached `Intl.DateTimeFormat`. */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** What a `null` (undefined rate, no data) is shown as. */
export const NO_VALUE = '—';

/** `1234.5` → `1,234.5` (at most `maximumFractionDigits`, default 1). */
export function formatNumber(value: number | null | undefined, locale: string, maximumFractionDigits = 1): string {
  if (value == null || !Number.isFinite(value)) return NO_VALUE;
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/** A rate as a fraction: `0.064` → `6.4%`. */
export function formatPercent(value: number | null | undefined, locale: string, maximumFractionDigits = 1): string {
  if (value == null || !Number.isFinite(value)) return NO_VALUE;
  return numberFormat(locale, { style: 'percent', maximumFractionDigits }).format(value);
}

/** Money in `currency` (default USD): `3600` → `$3,600`; cents only below 100. */
export function formatCurrency(value: number | null | undefined, locale: string, currency?: string | null): string {
  if (value == null || !Number.isFinite(value)) return NO_VALUE;
  const digits = Math.abs(value) < 100 ? 2 : 0;
  return numberFormat(locale, {
    style: 'currency',
    currency: (currency || DEFAULT_CURRENCY).toUpperCase(),
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/**
 * A change with its sign: `+3.2`, `−1.5`, `0`. `as: 'percent'` formats a
 * fraction (`0.012` → `+1.2%`), `as: 'points'` appends nothing (NPS points).
 */
export function formatChange(
  value: number | null | undefined,
  locale: string,
  as: 'number' | 'percent' = 'number',
  maximumFractionDigits = 1,
): string {
  if (value == null || !Number.isFinite(value)) return NO_VALUE;
  return numberFormat(locale, {
    signDisplay: 'exceptZero',
    maximumFractionDigits,
    ...(as === 'percent' ? { style: 'percent' } : {}),
  }).format(value);
}

/** A `YYYY-MM` month as a short label in the locale: `2026-03` → `Mar 2026`; anything else unchanged. */
export function formatMonth(month: string, locale: string, style: 'short' | 'long' = 'short'): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return dateFormat(locale, { month: style, year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Formatting helpers bound to an element's locale and currency. */
export interface MetricFormatter {
  readonly locale: string;
  readonly currency: string;
  number(value: number | null | undefined, maximumFractionDigits?: number): string;
  percent(value: number | null | undefined, maximumFractionDigits?: number): string;
  money(value: number | null | undefined): string;
  change(value: number | null | undefined, as?: 'number' | 'percent', maximumFractionDigits?: number): string;
  month(month: string, style?: 'short' | 'long'): string;
}

/** The formatting helpers of an element (its `locale` and `currency` attributes, see {@link resolveLocale}). */
export function metricFormatter(element: Element, locale: string | undefined, currency: string | undefined): MetricFormatter {
  const lang = resolveLocale(element, locale);
  const money = (currency || DEFAULT_CURRENCY).toUpperCase();
  return {
    locale: lang,
    currency: money,
    number: (v, d) => formatNumber(v, lang, d),
    percent: (v, d) => formatPercent(v, lang, d),
    money: (v) => formatCurrency(v, lang, money),
    change: (v, as, d) => formatChange(v, lang, as, d),
    month: (m, style) => formatMonth(m, lang, style),
  };
}
