/**
 * German, every element's words together (`de`, `de-AT`, `de-CH`…): the complete
 * translation the types and tests check. Pages never fetch this module: an
 * element fetches only its own chunks de-<table>.ts (see LOADERS in ../catalog.ts).
 */
import common from './de-common.js';
import errors from './de-errors.js';
import nps from './de-nps.js';
import churn from './de-churn.js';
import clv from './de-clv.js';
import health from './de-health.js';
import card from './de-card.js';
import mrr from './de-mrr.js';
import cohorts from './de-cohorts.js';
import feedback from './de-feedback.js';
import type { Translation } from '../types.js';

export default { ...common, ...errors, ...nps, ...churn, ...clv, ...health, ...card, ...mrr, ...cohorts, ...feedback } satisfies Translation;
