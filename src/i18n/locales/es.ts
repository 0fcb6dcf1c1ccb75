/**
 * Spanish, every element's words together (`es`, `es-MX`, `es-419`…): the complete
 * translation the types and tests check. Pages never fetch this module: an
 * element fetches only its own chunks es-<table>.ts (see LOADERS in ../catalog.ts).
 */
import common from './es-common.js';
import errors from './es-errors.js';
import nps from './es-nps.js';
import churn from './es-churn.js';
import clv from './es-clv.js';
import health from './es-health.js';
import card from './es-card.js';
import mrr from './es-mrr.js';
import cohorts from './es-cohorts.js';
import feedback from './es-feedback.js';
import type { Translation } from '../types.js';

export default { ...common, ...errors, ...nps, ...churn, ...clv, ...health, ...card, ...mrr, ...cohorts, ...feedback } satisfies Translation;
