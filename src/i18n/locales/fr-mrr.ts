/** French words of <mrr-movements>: a chunk of its own, fetched when a French page shows that element. */
import type { mrr } from '../en/mrr.js';
import type { TranslationOf } from '../types.js';

export default {
  'mrr.title': 'Mouvements du MRR',
  'mrr.new': 'Nouveau',
  'mrr.expansion': 'Expansion',
  'mrr.reactivation': 'Réactivation',
  'mrr.contraction': 'Contraction',
  'mrr.churn': 'Attrition',
  'mrr.net': 'Mouvement net',
  'mrr.end': 'MRR en fin de mois',
  'mrr.month': 'Mois',
  'mrr.caption': 'Mouvements du MRR par mois',
  'mrr.start': 'MRR en début de mois',
  'mrr.headline': 'Mouvement net du MRR en {month}',
  'mrr.end.value': 'MRR en fin de mois : {end}',
  'mrr.legend': 'Séries affichées dans le graphique',
  'mrr.span': 'de {first} à {last}',
  'mrr.aria': 'Mouvements du MRR par mois, {span} ; en {month}, net {net}, MRR en fin de mois {end}',
} satisfies TranslationOf<typeof mrr>;
