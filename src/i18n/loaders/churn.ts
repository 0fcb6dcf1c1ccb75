/** `<churn-trend>`'s words in the shipped languages: each a chunk fetched on first use (docs/i18n.md). */
import type { Loaders } from '../catalog.js';

export const churnLoaders: Loaders = {
  de: () => import('../locales/de-churn.js'),
  fr: () => import('../locales/fr-churn.js'),
  es: () => import('../locales/es-churn.js'),
  ja: () => import('../locales/ja-churn.js'),
};
