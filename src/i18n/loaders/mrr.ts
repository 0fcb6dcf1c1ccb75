/** `<mrr-movements>`'s words in the shipped languages: each a chunk fetched on first use (docs/i18n.md). */
import type { Loaders } from '../catalog.js';

export const mrrLoaders: Loaders = {
  de: () => import('../locales/de-mrr.js'),
  fr: () => import('../locales/fr-mrr.js'),
  es: () => import('../locales/es-mrr.js'),
  ja: () => import('../locales/ja-mrr.js'),
};
