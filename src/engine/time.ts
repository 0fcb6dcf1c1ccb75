/**
 * Dates and calendar months, in UTC, without `Date` objects on the hot path.
 *
 * A month is handled as an integer index, `year * 12 + (month - 1)`, so
 * grouping and sorting by month is integer arithmetic, never string work.
 */

const DAY_MS = 86_400_000;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

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

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
}

/**
 * Fast path for the commonest timestamp, `Date#toISOString()`'s
 * `YYYY-MM-DDTHH:MM:SSZ` or `YYYY-MM-DDTHH:MM:SS.sssZ`: ~10× quicker than
 * the regular expression. `undefined` when the separators are not exactly
 * those (the caller then uses the general parser); once they are, the answer
 * is final (`NaN` for a non-digit or an impossible date or time).
 */
function parseUtcTimestamp(v: string): number | undefined {
  if (
    v.charCodeAt(4) !== 45 ||
    v.charCodeAt(7) !== 45 ||
    v.charCodeAt(10) !== 84 /* T */ ||
    v.charCodeAt(13) !== 58 ||
    v.charCodeAt(16) !== 58 ||
    (v.length === 24 && v.charCodeAt(19) !== 46 /* . */)
  ) {
    return undefined;
  }
  const y = digit(v, 0) * 1000 + digit(v, 1) * 100 + digit(v, 2) * 10 + digit(v, 3);
  const m = digit(v, 5) * 10 + digit(v, 6);
  const d = digit(v, 8) * 10 + digit(v, 9);
  const hh = digit(v, 11) * 10 + digit(v, 12);
  const mm = digit(v, 14) * 10 + digit(v, 15);
  const ss = digit(v, 17) * 10 + digit(v, 18);
  const ms = v.length === 24 ? digit(v, 20) * 100 + digit(v, 21) * 10 + digit(v, 22) : 0;
  // Every comparison with NaN is false, so a non-digit anywhere fails here.
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) && hh <= 23 && mm <= 59 && ss <= 59 && ms >= 0)) return NaN;
  return daysFromCivil(y, m, d) * DAY_MS + ((hh * 60 + mm) * 60 + ss) * 1000 + ms;
}

/**
 * Parses an ISO 8601 date (`2026-03-14`) or timestamp (`2026-03-14T09:30:00Z`,
 * `2026-03-14T09:30+02:00`) to epoch milliseconds. A timestamp without a zone
 * is read as UTC, so results never depend on the machine's time zone.
 * Returns `NaN` for anything else, including impossible dates (`2026-02-30`).
 */
export function parseDate(value: string): number {
  if (value.length === 10) {
    // Fast path for the common `YYYY-MM-DD`.
    if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return NaN;
    const y = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
    const m = digit(value, 5) * 10 + digit(value, 6);
    const d = digit(value, 8) * 10 + digit(value, 9);
    if (!(m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m))) return NaN;
    return daysFromCivil(y, m, d) * DAY_MS;
  }
  if ((value.length === 20 || value.length === 24) && value.charCodeAt(value.length - 1) === 90 /* Z */) {
    const fast = parseUtcTimestamp(value);
    if (fast !== undefined) return fast;
  }
  const match = TIMESTAMP.exec(value);
  if (!match) return NaN;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  const hh = Number(match[4]);
  const mm = Number(match[5]);
  const ss = match[6] === undefined ? 0 : Number(match[6]);
  const frac = match[7] === undefined ? 0 : Number(`0.${match[7]}`) * 1000;
  if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m) || hh > 23 || mm > 59 || ss > 59) return NaN;
  let offsetMin = 0;
  const zone = match[8];
  if (zone !== undefined && zone.toUpperCase() !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    if (oh > 23 || om > 59) return NaN;
    offsetMin = sign * (oh * 60 + om);
  }
  return (
    daysFromCivil(y, m, d) * DAY_MS + ((hh * 60 + mm - offsetMin) * 60 + ss) * 1000 + Math.round(frac)
  );
}

/** True when `value` is a string {@link parseDate} accepts. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (value.length === 10) {
    // Validity alone, without the day count: the hot path of row checks.
    if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
    const y = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
    const m = digit(value, 5) * 10 + digit(value, 6);
    const d = digit(value, 8) * 10 + digit(value, 9);
    return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
  }
  return !Number.isNaN(parseDate(value));
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
  const y = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  const m = digit(value, 5) * 10 + digit(value, 6);
  return m >= 1 && m <= 12 ? y * 12 + m - 1 : NaN;
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
