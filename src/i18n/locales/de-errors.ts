/** German words of every element in an error: a chunk of its own, fetched when a German page shows an element with an error. */
import type { common } from '../en/common.js';
import type { ErrorKey, TranslationOf } from '../types.js';

export default {
  'error.network': 'Die Daten konnten nicht geladen werden.',
  'error.parse': 'Die Daten konnten nicht gelesen werden.',
  'error.validation': 'Die Daten sind ungültig.',
  'error.config': 'Dieses Element ist nicht richtig eingerichtet.',
  'error.row': 'Ungültiger Wert in Zeile {row}, Feld „{field}“.',
  'error.row.more': { one: 'Ungültiger Wert in Zeile {row}, Feld „{field}“ (und ein weiterer).', other: 'Ungültiger Wert in Zeile {row}, Feld „{field}“ (und {count} weitere).' },
  'error.field': 'Ungültiger Wert im Feld „{field}“.',
} satisfies TranslationOf<Pick<typeof common, ErrorKey>>;
