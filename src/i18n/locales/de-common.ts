/** German words of every element (states): a chunk of its own, fetched when a German page shows any element. */
import type { common } from '../en/common.js';
import type { ErrorKey, TranslationOf } from '../types.js';

export default {
  'state.loading': '{metric} wird geladen…',
  'state.empty': 'Noch keine Daten.',
  'state.stale': 'Angezeigt wird der letzte gültige Wert.',
  'state.metric': 'Kennzahl',
  'list.separator': ', ',
} satisfies TranslationOf<Omit<typeof common, ErrorKey>>;
