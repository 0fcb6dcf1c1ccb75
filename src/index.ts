/**
 * cs-metrics: importing this module registers every element of the kit.
 * One line per element (`import './elements/<tag>.js';`); each element module
 * registers only itself and what it needs.
 * It also re-exports the engine, so one import (or the single-file bundle)
 * gives a page both the elements and the functions they compute with.
 */
export * from './engine/index.js';
import './elements/metrics-source.js';
import './elements/clv-card.js';
import './elements/nps-gauge.js';
import './elements/health-badge.js';
import './elements/churn-trend.js';
import './elements/mrr-movements.js';
import './elements/retention-cohorts.js';
import './elements/feedback-list.js';
import './elements/metric-card.js';
// The kit's words: add a language or override messages (docs/i18n.md).
export { SHIPPED_LANGUAGES, loadMessages, setMessages, type ShippedLanguage } from './i18n/index.js';
export type { Message, MessageKey, Messages, PluralMessage } from './i18n/index.js';
