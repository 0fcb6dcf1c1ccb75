/**
 * The `<feedback-list>` computation: the comments of survey responses, newest
 * first, each with its NPS category. Rows are checked as the engine checks
 * `SurveyResponse` records (scores integers 0–10). Pure: no DOM, no Lit.
 */
import { SurveyResponseRecord, validateRows, type SurveyResponse } from '../engine/schemas.js';
import { parseDate } from '../engine/time.js';
import { inSteps } from '../data/slices.js';
import type { LazyMetricAdapter } from './types.js';

/** The NPS categories, in the order the filters list them. */
export const FEEDBACK_CATEGORIES = ['promoter', 'passive', 'detractor'] as const;
export type FeedbackCategory = (typeof FEEDBACK_CATEGORIES)[number];

/** One comment. */
export interface FeedbackItem {
  /** Index of the response in the input rows. */
  readonly row: number;
  readonly score: number;
  readonly category: FeedbackCategory;
  /** The comment, trimmed; never empty. */
  readonly comment: string;
  /** The response's date as given, or `null`. */
  readonly date: string | null;
  readonly segment: string | null;
  readonly customerId: string | number | null;
}

/** The `metric-computed` detail of `<feedback-list>`. */
export interface FeedbackResult {
  /** Every response read (with or without a comment). */
  readonly responses: number;
  /** The comments, newest first; undated ones last, in input order. */
  readonly items: readonly FeedbackItem[];
  /** Comments per category. */
  readonly counts: Readonly<Record<FeedbackCategory, number>>;
}

/** promoters 9–10, passives 7–8, detractors 0–6 (docs/metrics.md). */
export function categoryOf(score: number): FeedbackCategory {
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

/** What the rows read so far hold: their comments, with the time of each. */
interface Collected {
  readonly items: FeedbackItem[];
  readonly times: number[];
  readonly counts: Record<FeedbackCategory, number>;
}

/** Reads the (checked) rows `from`…`to` into `into`. */
function collect(rows: readonly (SurveyResponse | number)[], from: number, to: number, into: Collected): void {
  const { items, times, counts } = into;
  for (let i = from; i < to; i++) {
    const row = rows[i]!;
    if (typeof row === 'number') continue;
    const text = row.comment;
    if (typeof text !== 'string') continue;
    const comment = text.trim();
    if (comment === '') continue;
    const category = categoryOf(row.score);
    counts[category]++;
    const date = typeof row.date === 'string' ? row.date : null;
    times.push(date === null ? -Infinity : parseDate(date));
    items.push({
      row: i,
      score: row.score,
      category,
      comment,
      date,
      segment: typeof row.segment === 'string' && row.segment !== '' ? row.segment : null,
      customerId: row.customerId ?? null,
    });
  }
}

/** Newest first; a stable sort keeps input order among equal dates. */
function finish(responses: number, { items, times, counts }: Collected): FeedbackResult {
  const order = items.map((_, i) => i).sort((a, b) => times[b]! - times[a]! || a - b);
  return { responses, items: order.map((i) => items[i]!), counts };
}

const collected = (): Collected => ({ items: [], times: [], counts: { promoter: 0, passive: 0, detractor: 0 } });

/** The comments of survey responses, newest first. */
export function feedback(rows: unknown): FeedbackResult {
  validateRows('feedback-list', rows, SurveyResponseRecord);
  const into = collected();
  collect(rows, 0, rows.length, into);
  return finish(rows.length, into);
}

/** Rows read in one step of {@link feedbackSteps} (a few ms). */
export const FEEDBACK_STEP_ROWS = 10_000;

/**
 * {@link feedback} in steps of {@link FEEDBACK_STEP_ROWS} rows (checked,
 * then read), then one to sort: the same result, and the same error (bad
 * rows are reported by checking them all at once, as `feedback` does).
 */
export function* feedbackSteps(rows: readonly unknown[]): Generator<void, FeedbackResult, void> {
  for (let from = 0; from < rows.length; from += FEEDBACK_STEP_ROWS) {
    const part = rows.slice(from, from + FEEDBACK_STEP_ROWS);
    try {
      validateRows('feedback-list', part, SurveyResponseRecord);
    } catch (error) {
      validateRows('feedback-list', rows, SurveyResponseRecord); // the whole report, rows numbered in the input
      throw error;
    }
    yield;
  }
  const checked = rows as readonly (SurveyResponse | number)[];
  const into = collected();
  for (let from = 0; from < checked.length; from += FEEDBACK_STEP_ROWS) {
    collect(checked, from, Math.min(from + FEEDBACK_STEP_ROWS, checked.length), into);
    yield;
  }
  return finish(checked.length, into);
}

/**
 * The `<feedback-list>` adapter (no options: filters and `limit` only change
 * the view). More than {@link FEEDBACK_STEP_ROWS} rows are computed in steps
 * (docs/architecture.md, "Time slices"): 100,000 responses took one task of
 * 50 ms and more.
 */
export const feedbackAdapter: LazyMetricAdapter<undefined, FeedbackResult> = {
  metric: 'feedback-list',
  compute(input, _options, signal) {
    return Array.isArray(input) && input.length > FEEDBACK_STEP_ROWS ? inSteps(feedbackSteps(input), signal) : feedback(input);
  },
  isEmpty(result) {
    return result.items.length === 0;
  },
};
