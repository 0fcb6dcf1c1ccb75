/** Spanish words of every element in an error: a chunk of its own, fetched when a Spanish page shows an element with an error. */
import type { common } from '../en/common.js';
import type { ErrorKey, TranslationOf } from '../types.js';

export default {
  'error.network': 'No se pudieron cargar los datos.',
  'error.parse': 'No se pudieron leer los datos.',
  'error.validation': 'Los datos no son válidos.',
  'error.config': 'Este elemento no está bien configurado.',
  'error.row': 'Valor no válido en la fila {row}, campo «{field}».',
  'error.row.more': { one: 'Valor no válido en la fila {row}, campo «{field}» (y otro más).', other: 'Valor no válido en la fila {row}, campo «{field}» (y {count} más).' },
  'error.field': 'Valor no válido en el campo «{field}».',
} satisfies TranslationOf<Pick<typeof common, ErrorKey>>;
