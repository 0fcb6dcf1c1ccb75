/**
 * NPS over time and by segment: `nps()` over the responses of each month or
 * each segment. docs/metrics.md#nps-by-month, docs/metrics.md#nps-by-segment.
 */
import { parseOptions } from './check.js';
import { indexRange, monthRange, rangeOptions, type MonthRange } from './range.js';
import { defineRecord, SurveyResponseRecord, validateRows, type SurveyResponse } from './schemas.js';
import { npsFromCounts, type NpsResult, type SurveyInput } from './survey.js';
import { monthKey, monthOfTime, parseDate } from './time.js';

export type NpsByMonthOptions = MonthRange;

export interface NpsMonthRow extends NpsResult {
  /** `YYYY-MM`. */
  month: string;
}

export interface NpsSegmentRow extends NpsResult {
  /** The responses' `segment`; `null` for the responses without one (listed last). */
  segment: string | null;
}

/** A SurveyResponse whose `date` is required: what `npsByMonth` reads. */
const DatedSurveyResponseRecord = /* @__PURE__ */ defineRecord<SurveyResponse>(
  'SurveyResponse',
  SurveyResponseRecord.fields.map((f) => (f.key === 'date' ? { key: f.key, kind: f.kind } : f)),
);

/** A bare number in the input stands for `{ score }`: so a bare score's issue is its missing `date`. */
function asObjects(rows: unknown): unknown {
  return Array.isArray(rows) ? rows.map((r: unknown) => (typeof r === 'number' ? { score: r } : r)) : rows;
}

/** Month, then score: counts of responses per month and score (11 cells a month). */
interface MonthTally {
  readonly firstMonth: number;
  readonly months: number;
  readonly tally: Float64Array;
}

/**
 * Checks and tallies dated responses in one pass (the record's own check,
 * plus a `date` present); on the first bad row the general validation words
 * every issue and throws.
 */
function tallyByMonth(source: string, responses: unknown): MonthTally {
  const check = SurveyResponseRecord.check;
  const rows = Array.isArray(responses) ? (responses as readonly unknown[]) : undefined;
  const n = rows?.length ?? 0;
  const monthOf = new Int32Array(n);
  let ok = rows !== undefined && check !== undefined;
  let first = Infinity;
  let last = -Infinity;
  let lastDate: unknown;
  let lastMonth = 0;
  for (let i = 0; ok && i < n; i++) {
    const row = rows![i];
    if (row === null || typeof row !== 'object' || Array.isArray(row) || !check!(row as Record<string, unknown>)) {
      ok = false;
      break;
    }
    const date = (row as SurveyResponse).date;
    if (typeof date !== 'string') {
      ok = false;
      break;
    }
    if (date !== lastDate) {
      lastDate = date;
      lastMonth = monthOfTime(parseDate(date));
      if (lastMonth < first) first = lastMonth;
      if (lastMonth > last) last = lastMonth;
    }
    monthOf[i] = lastMonth;
  }
  if (!ok) {
    validateRows(source, asObjects(responses), DatedSurveyResponseRecord);
    throw new Error(`${source}: a response was refused but validation found no issue`);
  }
  const months = n === 0 ? 0 : last - first + 1;
  const tally = new Float64Array(11 * months);
  for (let i = 0; i < n; i++) tally[11 * (monthOf[i]! - first) + (rows![i] as SurveyResponse).score]!++;
  return { firstMonth: n === 0 ? 0 : first, months, tally };
}

function npsOfTally(tally: Float64Array, at: number): NpsResult {
  const c = (s: number): number => tally[at + s]!;
  let detractors = 0;
  for (let s = 0; s <= 6; s++) detractors += c(s);
  return npsFromCounts(c(9) + c(10), c(7) + c(8), detractors);
}

/**
 * NPS a month: `nps()` over the responses dated in each month (UTC), from the
 * first month to the last, empty months included (counts 0, score `null`).
 * Every response needs a `date` here.
 */
export function npsByMonth(responses: readonly SurveyResponse[], options: NpsByMonthOptions = {}): NpsMonthRow[] {
  const range = parseOptions('npsByMonth', rangeOptions, options);
  const [lo, hi] = monthRange('npsByMonth', range);
  const { firstMonth, months, tally } = tallyByMonth('npsByMonth', responses);
  const [a, b] = indexRange(firstMonth, months, lo, hi);
  const out: NpsMonthRow[] = [];
  for (let i = a; i <= b; i++) out.push({ month: monthKey(firstMonth + i), ...npsOfTally(tally, 11 * i) });
  return out;
}

/**
 * NPS a segment: `nps()` over the responses of each `segment`, sorted by
 * segment name (by UTF-16 code units, the same in every locale); responses
 * without a segment (and bare scores) form one row with `segment: null`,
 * listed last.
 */
export function npsBySegment(responses: SurveyInput): NpsSegmentRow[] {
  validateRows('npsBySegment', responses, SurveyResponseRecord);
  const bySegment = new Map<string, Float64Array>();
  const none = new Float64Array(11);
  let unsegmented = 0;
  for (let i = 0; i < responses.length; i++) {
    const row = responses[i] as SurveyResponse | number;
    if (typeof row === 'number') {
      none[row]!++;
      unsegmented++;
      continue;
    }
    const segment = row.segment;
    if (segment === undefined || segment === null) {
      none[row.score]!++;
      unsegmented++;
      continue;
    }
    let tally = bySegment.get(segment);
    if (tally === undefined) bySegment.set(segment, (tally = new Float64Array(11)));
    tally[row.score]!++;
  }
  const names = [...bySegment.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const out: NpsSegmentRow[] = names.map((segment) => ({ segment, ...npsOfTally(bySegment.get(segment)!, 0) }));
  if (unsegmented > 0) out.push({ segment: null, ...npsOfTally(none, 0) });
  return out;
}
