/** French words of every element in an error: a chunk of its own, fetched when a French page shows an element with an error. */
import type { common } from '../en/common.js';
import type { ErrorKey, TranslationOf } from '../types.js';

export default {
  'error.network': 'Les données n’ont pas pu être chargées.',
  'error.parse': 'Les données n’ont pas pu être lues.',
  'error.validation': 'Les données ne sont pas valides.',
  'error.config': 'Cet élément n’est pas correctement configuré.',
  'error.row': 'Valeur non valide à la ligne {row}, champ « {field} ».',
  'error.row.more': { one: 'Valeur non valide à la ligne {row}, champ « {field} » (et une autre).', other: 'Valeur non valide à la ligne {row}, champ « {field} » (et {count} autres).' },
  'error.field': 'Valeur non valide dans le champ « {field} ».',
} satisfies TranslationOf<Pick<typeof common, ErrorKey>>;
