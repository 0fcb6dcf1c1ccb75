/** `<clv-card>`'s words in the shipped languages: each a chunk fetched on first use (docs/i18n.md). */
import type { Loaders } from '../catalog.js';

export const clvLoaders: Loaders = {
  de: () => import('../locales/de-clv.js'),
  fr: () => import('../locales/fr-clv.js'),
  es: () => import('../locales/es-clv.js'),
  ja: () => import('../locales/ja-clv.js'),
};
