/** `<nps-gauge>`'s words in the shipped languages: each a chunk fetched on first use (docs/i18n.md). */
import type { Loaders } from '../catalog.js';

export const npsLoaders: Loaders = {
  de: () => import('../locales/de-nps.js'),
  fr: () => import('../locales/fr-nps.js'),
  es: () => import('../locales/es-nps.js'),
  ja: () => import('../locales/ja-nps.js'),
};
