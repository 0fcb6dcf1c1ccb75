/**
 * Japanese, every element's words together (`ja`, `ja-JP`): the complete
 * translation the types and tests check. Pages never fetch this module: an
 * element fetches only its own chunks ja-<table>.ts (see LOADERS in ../catalog.ts).
 */
import common from './ja-common.js';
import errors from './ja-errors.js';
import nps from './ja-nps.js';
import churn from './ja-churn.js';
import clv from './ja-clv.js';
import health from './ja-health.js';
import card from './ja-card.js';
import mrr from './ja-mrr.js';
import cohorts from './ja-cohorts.js';
import feedback from './ja-feedback.js';
import type { Translation } from '../types.js';

export default { ...common, ...errors, ...nps, ...churn, ...clv, ...health, ...card, ...mrr, ...cohorts, ...feedback } satisfies Translation;
