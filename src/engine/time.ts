/**
 * Dates and calendar months, in UTC, without `Date` objects on the hot path.
 *
 * A month is handled as an integer index, `year * 12 + (month - 1)`, so
 * grouping and sorting by month is integer arithmetic, never string work.
 */

const DAY_MS = 86_400_000;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysIn(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The number written by the `n` characters of `s` from `i`, or `NaN` unless all are digits. */
function digits(s: string, i: number, n: number): number {
  let value = 0;
  for (let k = i; k < i + n; k++) {
    const c = s.charCodeAt(k) - 48;
    // Past the end charCodeAt gives NaN, which fails this too.
    if (!(c >= 0 && c <= 9)) return NaN;
    value = value * 10 + c;
  }
  return value;
}

/**
 * Parses an ISO 8601 date (`2026-03-14`) or timestamp (`2026-03-14T09:30:00Z`,
 * `2026-03-14T09:30+02:00`) to epoch milliseconds. A timestamp without a zone
 * is read as UTC, so results never depend on the machine's time zone.
 * Returns `NaN` for anything else, including impossible dates (`2026-02-30`).
 *
 * The grammar: `YYYY-MM-DD`, then optionally `T` (or `t` or a space) and
 * `HH:MM`, optional `:SS` with an optional fraction of 1–9 digits after `.`
 * or `,`, and an optional zone: `Z` (or `z`), `±HH`, `±HHMM` or `±HH:MM`.
 * Read by hand in one left-to-right walk, no regular expression: a date is
 * three `digits` calls.
 */
export function parseDate(value: string): number {
  const n = value.length;
  const y = digits(value, 0, 4);
  const m = digits(value, 5, 2);
  const d = digits(value, 8, 2);
  if (!(value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m))) {
    return NaN;
  }
  const day = daysFromCivil(y, m, d) * DAY_MS;
  if (n === 10) return day;
  const sep = value.charCodeAt(10);
  if (!(sep === 84 /* T */ || sep === 116 /* t */ || sep === 32) || value.charCodeAt(13) !== 58 /* : */) return NaN;
  const hh = digits(value, 11, 2);
  const mm = digits(value, 14, 2);
  let ss = 0;
  let ms = 0;
  let i = 16;
  if (value.charCodeAt(i) === 58) {
    ss = digits(value, 17, 2);
    i = 19;
    const c = value.charCodeAt(i);
    if (c === 46 /* . */ || c === 44 /* , */) {
      let j = i + 1;
      while (j < i + 10 && digits(value, j, 1) >= 0) j++;
      const f = j - i - 1;
      if (f === 0) return NaN;
      // Up to milliseconds the digits are exact; finer ones round as the decimal fraction does.
      ms = f <= 3 ? digits(value, i + 1, f) * 10 ** (3 - f) : Math.round(Number(`0.${value.slice(i + 1, j)}`) * 1000);
      i = j;
    }
  }
  if (!(hh <= 23 && mm <= 59 && ss <= 59)) return NaN;
  let offset = 0;
  const zone = value.charCodeAt(i);
  if (zone === 90 /* Z */ || zone === 122 /* z */) {
    i++;
  } else if (zone === 43 /* + */ || zone === 45 /* - */) {
    const oh = digits(value, i + 1, 2);
    i += 3;
    if (value.charCodeAt(i) === 58 && i + 3 === n) i++;
    const om = i === n ? 0 : digits(value, i, 2);
    if (i < n) i += 2;
    if (!(oh <= 23 && om <= 59)) return NaN;
    offset = (zone === 45 ? -1 : 1) * (oh * 60 + om);
  }
  return i === n ? day + ((hh * 60 + mm - offset) * 60 + ss) * 1000 + ms : NaN;
}

/** True when `value` is a string {@link parseDate} accepts. */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(parseDate(value));
}

/** The month index (`year * 12 + month - 1`, UTC) of an epoch-millisecond instant. */
export function monthOfTime(ms: number): number {
  // Hinnant's civil_from_days, reduced to year and month.
  const z = Math.floor(ms / DAY_MS) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y * 12 + m - 1;
}

/** Epoch milliseconds of the first instant of a month index (UTC). */
export function monthStart(month: number): number {
  const y = Math.floor(month / 12);
  return daysFromCivil(y, month - y * 12 + 1, 1) * DAY_MS;
}

/** Parses `YYYY-MM` to a month index, or `NaN`. */
export function parseMonth(value: string): number {
  if (value.length !== 7 || value.charCodeAt(4) !== 45) return NaN;
  const m = digits(value, 5, 2);
  return m >= 1 && m <= 12 ? digits(value, 0, 4) * 12 + m - 1 : NaN;
}

/** True when `value` is a `YYYY-MM` month. */
export function isMonth(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(parseMonth(value));
}

/** Formats a month index as `YYYY-MM`. */
export function monthKey(month: number): string {
  const y = Math.floor(month / 12);
  const m = month - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}`;
}
