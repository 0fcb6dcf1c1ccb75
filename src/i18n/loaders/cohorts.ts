/** `<retention-cohorts>`'s words in the shipped languages: each a chunk fetched on first use (docs/i18n.md). */
import type { Loaders } from '../catalog.js';

export const cohortsLoaders: Loaders = {
  de: () => import('../locales/de-cohorts.js'),
  fr: () => import('../locales/fr-cohorts.js'),
  es: () => import('../locales/es-cohorts.js'),
  ja: () => import('../locales/ja-cohorts.js'),
};
