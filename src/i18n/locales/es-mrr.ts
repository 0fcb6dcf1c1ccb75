/** Spanish words of <mrr-movements>: a chunk of its own, fetched when a Spanish page shows that element. */
import type { mrr } from '../en/mrr.js';
import type { TranslationOf } from '../types.js';

export default {
  'mrr.title': 'Movimientos del MRR',
  'mrr.new': 'Nuevo',
  'mrr.expansion': 'Expansión',
  'mrr.reactivation': 'Reactivación',
  'mrr.contraction': 'Contracción',
  'mrr.churn': 'Abandono',
  'mrr.net': 'Movimiento neto',
  'mrr.end': 'MRR a fin de mes',
  'mrr.month': 'Mes',
  'mrr.caption': 'Movimientos del MRR por mes',
  'mrr.start': 'MRR a inicio de mes',
  'mrr.headline': 'Movimiento neto del MRR en {month}',
  'mrr.end.value': 'MRR a fin de mes: {end}',
  'mrr.legend': 'Series mostradas en el gráfico',
  'mrr.span': 'de {first} a {last}',
  'mrr.aria': 'Movimientos del MRR por mes, {span}; en {month}, neto {net}, MRR a fin de mes {end}',
} satisfies TranslationOf<typeof mrr>;
