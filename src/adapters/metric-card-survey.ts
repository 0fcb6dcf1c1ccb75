/**
 * `<metric-card>` measures from `SurveyResponse` rows: NPS (`score`), CSAT
 * (`score`, the positive share) and CES (`mean`) over all the responses, with
 * a sparkline of the same measure month by month when the responses are dated.
 */
import { ces, csat, nps, type SurveyInput } from '../engine/survey.js';
import { cardResult, MEASURES, pick, type MeasureCompute } from './metric-card-measures.js';
import { seriesByMonth } from './metric-card-months.js';

const MEASURE = {
  nps: (rows: SurveyInput) => nps(rows).score,
  csat: (rows: SurveyInput) => csat(rows).score,
  ces: (rows: SurveyInput) => ces(rows).mean,
} as const;

export const computeSurvey: MeasureCompute = (metric, input, options) => {
  if (metric !== 'nps' && metric !== 'csat' && metric !== 'ces') throw new Error(`not a survey measure: ${metric}`);
  const responses = pick(input, 'responses') as SurveyInput;
  const measure = MEASURE[metric];
  // The whole set first: the engine validates every row before the months are read.
  const value = measure(responses);
  const series = seriesByMonth(responses, 'date', options.months, measure);
  return cardResult(metric, MEASURES[metric].unit, value, null, series);
};
