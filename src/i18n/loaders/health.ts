/** `<health-badge>`'s words in the shipped languages: each a chunk fetched on first use (docs/i18n.md). */
import type { Loaders } from '../catalog.js';

export const healthLoaders: Loaders = {
  de: () => import('../locales/de-health.js'),
  fr: () => import('../locales/fr-health.js'),
  es: () => import('../locales/es-health.js'),
  ja: () => import('../locales/ja-health.js'),
};
