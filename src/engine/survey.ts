/**
 * Survey metrics: NPS, CSAT and CES (docs/metrics.md).
 */
import { int, object, opt, parseOptions } from './check.js';
import {
  optionError,
  ratio,
  surveyRecord,
  SurveyResponseRecord,
  validateRows,
  type SurveyResponse,
} from './schemas.js';

/** Survey input: response records, or bare scores. */
export type SurveyInput = ReadonlyArray<SurveyResponse | number>;

export interface NpsResult {
  /** 100 × (promoters − detractors) ÷ total, in −100..100, not rounded; `null` without responses. */
  score: number | null;
  promoters: number;
  passives: number;
  detractors: number;
  total: number;
  /** Fractions of the total; `null` without responses. */
  promoterShare: number | null;
  passiveShare: number | null;
  detractorShare: number | null;
  /** 95 % half-width of the score, in points; `null` without responses. */
  marginOfError: number | null;
}

function scoreOf(row: SurveyResponse | number): number {
  return typeof row === 'number' ? row : row.score;
}

/**
 * Checks and counts NPS responses in one pass: an object row passes the
 * record's own check (`SurveyResponseRecord.check`, the rules of the
 * `SurveyResponse` fields), a bare number must be an integer 0–10. Returns
 * `undefined` at the first bad row: the caller then runs the general
 * validation, which finds and words every issue. (1 M rows: ~70 ms instead of
 * ~130 ms for a validation pass and then a counting pass.)
 */
function tallyNps(rows: readonly unknown[]): Float64Array | undefined {
  const check = SurveyResponseRecord.check;
  if (check === undefined) return undefined;
  const tally = new Float64Array(11);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    let s: number;
    if (typeof row === 'number') {
      // An integer from 0 to 10 (NaN fails the range).
      if (!(row >= 0 && row <= 10 && Math.floor(row) === row)) return undefined;
      s = row;
    } else {
      if (row === null || typeof row !== 'object' || Array.isArray(row) || !check(row as Record<string, unknown>)) return undefined;
      s = (row as SurveyResponse).score;
    }
    tally[s]!++;
  }
  return tally;
}

/**
 * Net Promoter Score. Scores are integers 0–10: promoters 9–10, passives
 * 7–8, detractors 0–6. The margin of error is
 * 1.96 × 100 × √((p(1−p) + d(1−d) + 2pd) ÷ n).
 */
export function nps(responses: SurveyInput): NpsResult {
  const tally = Array.isArray(responses) ? tallyNps(responses) : undefined;
  if (tally === undefined) {
    // Some row is bad (or the input is not an array): the general validation throws with the issues.
    validateRows('nps', responses, SurveyResponseRecord);
    throw new Error('nps: a response was refused but validation found no issue'); // unreachable while the rules agree
  }
  return npsFromCounts(tally[9]! + tally[10]!, tally[7]! + tally[8]!, responses.length - (tally[7]! + tally[8]! + tally[9]! + tally[10]!));
}

const count = /* @__PURE__ */ int('expected a count (an integer ≥ 0)', (n) => n >= 0);
const npsCounts = /* @__PURE__ */ object({ promoters: count, passives: count, detractors: count });

/**
 * NPS from counts already aggregated elsewhere (a server, a warehouse): the
 * same result as {@link nps} over responses with those counts.
 */
export function npsFromCounts(promoters: number, passives: number, detractors: number): NpsResult {
  parseOptions('npsFromCounts', npsCounts, { promoters, passives, detractors });
  const total = promoters + passives + detractors;
  if (total === 0) {
    return {
      score: null,
      promoters,
      passives,
      detractors,
      total,
      promoterShare: null,
      passiveShare: null,
      detractorShare: null,
      marginOfError: null,
    };
  }
  const p = promoters / total;
  const d = detractors / total;
  const variance = p * (1 - p) + d * (1 - d) + 2 * p * d;
  return {
    score: (100 * (promoters - detractors)) / total,
    promoters,
    passives,
    detractors,
    total,
    promoterShare: p,
    passiveShare: passives / total,
    detractorShare: d,
    // max(0, …) guards the rounding of p(1−p)+… at p or d = 1.
    marginOfError: 1.96 * 100 * Math.sqrt(Math.max(0, variance) / total),
  };
}

export interface CsatOptions {
  /** The top of the scale (scores are integers 1..scale). Default 5. */
  scale?: number;
  /** A response is positive when its score is at least this. Default 4. */
  positiveFrom?: number;
}

export interface CsatResult {
  /** positive ÷ total; `null` without responses. */
  score: number | null;
  positive: number;
  total: number;
  /** Mean score; `null` without responses. */
  mean: number | null;
}

const scale = (fallback: number) => opt(int('expected scale as an integer ≥ 2', (n) => n >= 2), fallback);
const threshold = (fallback: number) => opt(int('expected an integer'), fallback);

// Pure: a page that only shows NPS drops the CSAT and CES checks.
const csatOptions = /* @__PURE__ */ object({ scale: /* @__PURE__ */ scale(5), positiveFrom: /* @__PURE__ */ threshold(4) });
const cesOptions = /* @__PURE__ */ object({ scale: /* @__PURE__ */ scale(7), easyFrom: /* @__PURE__ */ threshold(5) });

function thresholdOnScale(source: string, field: string, value: number, scale: number): void {
  if (value < 1 || value > scale) optionError(source, field, `expected an integer from 1 to ${scale}, got ${value}`);
}

/** Sum of scores and count of those at or above `from`, over validated rows. */
function sumAndCountFrom(responses: SurveyInput, from: number): { sum: number; atLeast: number } {
  let sum = 0;
  let atLeast = 0;
  for (let i = 0; i < responses.length; i++) {
    const s = scoreOf(responses[i] as SurveyResponse | number);
    sum += s;
    if (s >= from) atLeast++;
  }
  return { sum, atLeast };
}

/**
 * Customer satisfaction: the share of positive responses (score ≥
 * `positiveFrom`) on an integer scale 1..`scale`.
 */
export function csat(responses: SurveyInput, options: CsatOptions = {}): CsatResult {
  const { scale, positiveFrom } = parseOptions('csat', csatOptions, options);
  thresholdOnScale('csat', 'positiveFrom', positiveFrom, scale);
  validateRows('csat', responses, surveyRecord(1, scale));
  const { sum, atLeast } = sumAndCountFrom(responses, positiveFrom);
  const total = responses.length;
  return { score: ratio(atLeast, total), positive: atLeast, total, mean: ratio(sum, total) };
}

export interface CesOptions {
  /** The top of the scale (scores are integers 1..scale). Default 7. */
  scale?: number;
  /** A response counts as easy when its score is at least this. Default 5. */
  easyFrom?: number;
}

export interface CesResult {
  /** Mean effort score; `null` without responses. */
  mean: number | null;
  /** Share of responses with score ≥ `easyFrom`; `null` without responses. */
  easyShare: number | null;
  total: number;
}

/** Customer effort score on an integer scale 1..`scale`. */
export function ces(responses: SurveyInput, options: CesOptions = {}): CesResult {
  const { scale, easyFrom } = parseOptions('ces', cesOptions, options);
  thresholdOnScale('ces', 'easyFrom', easyFrom, scale);
  validateRows('ces', responses, surveyRecord(1, scale));
  const { sum, atLeast } = sumAndCountFrom(responses, easyFrom);
  const total = responses.length;
  return { mean: ratio(sum, total), easyShare: ratio(atLeast, total), total };
}
