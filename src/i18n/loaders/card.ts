/** `<metric-card>`'s words in the shipped languages: each a chunk fetched on first use (docs/i18n.md). */
import type { Loaders } from '../catalog.js';

export const cardLoaders: Loaders = {
  de: () => import('../locales/de-card.js'),
  fr: () => import('../locales/fr-card.js'),
  es: () => import('../locales/es-card.js'),
  ja: () => import('../locales/ja-card.js'),
};
