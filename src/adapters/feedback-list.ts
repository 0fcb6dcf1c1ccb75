/**
 * The `<feedback-list>` computation: the comments of survey responses, newest
 * first, each with its NPS category. Rows are checked as the engine checks
 * `SurveyResponse` records (scores integers 0–10). Pure: no DOM, no Lit.
 */
import { SurveyResponseRecord, validateRows, type SurveyResponse } from '../engine/schemas.js';
import { parseDate } from '../engine/time.js';
import type { MetricAdapter } from './types.js';

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

/** The comments of survey responses, newest first. */
export function feedback(rows: unknown): FeedbackResult {
  validateRows('feedback-list', rows, SurveyResponseRecord);
  const items: FeedbackItem[] = [];
  const times: number[] = [];
  const counts = { promoter: 0, passive: 0, detractor: 0 };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (typeof row === 'number') continue;
    const text = (row as SurveyResponse).comment;
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
  // Newest first; a stable sort keeps input order among equal dates.
  const order = items.map((_, i) => i).sort((a, b) => times[b]! - times[a]! || a - b);
  return { responses: rows.length, items: order.map((i) => items[i]!), counts };
}

/** The `<feedback-list>` adapter (no options: filters and `limit` only change the view). */
export const feedbackAdapter: MetricAdapter<undefined, FeedbackResult> = {
  metric: 'feedback-list',
  compute(input) {
    return feedback(input);
  },
  isEmpty(result) {
    return result.items.length === 0;
  },
};
