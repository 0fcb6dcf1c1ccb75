/** Spanish words of every element (states): a chunk of its own, fetched when a Spanish page shows any element. */
import type { common } from '../en/common.js';
import type { ErrorKey, TranslationOf } from '../types.js';

export default {
  'state.loading': 'Cargando {metric}…',
  'state.empty': 'Aún no hay datos.',
  'state.stale': 'Se muestra el último valor válido.',
  'state.metric': 'métrica',
  'list.separator': ', ',
} satisfies TranslationOf<Omit<typeof common, ErrorKey>>;
