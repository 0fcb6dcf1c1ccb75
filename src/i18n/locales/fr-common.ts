/** French words of every element (states): a chunk of its own, fetched when a French page shows any element. */
import type { common } from '../en/common.js';
import type { ErrorKey, TranslationOf } from '../types.js';

export default {
  'state.loading': 'Chargement : {metric}…',
  'state.empty': 'Pas encore de données.',
  'state.stale': 'Dernière valeur valide affichée.',
  'state.metric': 'indicateur',
  'list.separator': ', ',
} satisfies TranslationOf<Omit<typeof common, ErrorKey>>;
