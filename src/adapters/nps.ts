/**
 * The NPS adapter: survey responses (`[{ score }]` or bare scores), or counts
 * already aggregated (`{ promoters, passives, detractors }`, or a one-row CSV
 * of them) → the engine's `NpsResult`. See docs/metrics.md, "NPS".
 */
import { isRecord } from '../engine/guards.js';
import { nps, npsFromCounts, type NpsResult, type SurveyInput } from '../engine/survey.js';
import type { MetricAdapter } from './types.js';

/** The three groups of NPS counts, in the order they are drawn and listed. */
export const NPS_GROUPS = ['promoters', 'passives', 'detractors'] as const;
export type NpsGroup = (typeof NPS_GROUPS)[number];

const hasCounts = (value: Record<string, unknown>): boolean => NPS_GROUPS.some((key) => key in value) && !('score' in value);

/**
 * Counts already aggregated (an API's `{ promoters, passives, detractors }`, or
 * a one-row CSV of them) rather than responses; `undefined` for responses.
 */
export function npsCounts(input: unknown): Record<string, unknown> | undefined {
  const single = Array.isArray(input) && input.length === 1 ? (input[0] as unknown) : undefined;
  return isRecord(input) && hasCounts(input) ? input : isRecord(single) && hasCounts(single) ? single : undefined;
}

export const npsAdapter: MetricAdapter<unknown, NpsResult> = {
  metric: 'nps',
  compute(input) {
    const counts = npsCounts(input);
    if (counts) return npsFromCounts(counts.promoters as number, counts.passives as number, counts.detractors as number);
    return nps(input as SurveyInput);
  },
  isEmpty: (result) => result.total === 0,
};
