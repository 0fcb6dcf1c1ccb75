/** `<feedback-list>`'s words in the shipped languages: each a chunk fetched on first use (docs/i18n.md). */
import type { Loaders } from '../catalog.js';

export const feedbackLoaders: Loaders = {
  de: () => import('../locales/de-feedback.js'),
  fr: () => import('../locales/fr-feedback.js'),
  es: () => import('../locales/es-feedback.js'),
  ja: () => import('../locales/ja-feedback.js'),
};
