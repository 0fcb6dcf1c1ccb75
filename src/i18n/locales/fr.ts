/**
 * French, every element's words together (`fr`, `fr-CA`, `fr-CH`…): the complete
 * translation the types and tests check. Pages never fetch this module: an
 * element fetches only its own chunks fr-<table>.ts (see LOADERS in ../catalog.ts).
 */
import common from './fr-common.js';
import errors from './fr-errors.js';
import nps from './fr-nps.js';
import churn from './fr-churn.js';
import clv from './fr-clv.js';
import health from './fr-health.js';
import card from './fr-card.js';
import mrr from './fr-mrr.js';
import cohorts from './fr-cohorts.js';
import feedback from './fr-feedback.js';
import type { Translation } from '../types.js';

export default { ...common, ...errors, ...nps, ...churn, ...clv, ...health, ...card, ...mrr, ...cohorts, ...feedback } satisfies Translation;
