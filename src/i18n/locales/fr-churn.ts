/** French words of <churn-trend>: a chunk of its own, fetched when a French page shows that element. */
import type { churn } from '../en/churn.js';
import type { TranslationOf } from '../types.js';

export default {
  'churn.title.customer': 'Taux d’attrition client',
  'churn.title.gross-revenue': 'Attrition brute du revenu',
  'churn.title.net-revenue': 'Attrition nette du revenu',
  'churn.name.customer': 'taux d’attrition client',
  'churn.name.gross-revenue': 'attrition brute du revenu',
  'churn.name.net-revenue': 'attrition nette du revenu',
  'churn.no-base.customer': 'aucun client',
  'churn.no-base.revenue': 'aucun MRR',
  'churn.empty': 'Pas encore de taux d’attrition : {noBase} au début de chaque mois.',
  'churn.latest': '{title} en {month}',
  'churn.no-rate': '{title} : aucun taux sur ces mois',
  'churn.unchanged': 'inchangé par rapport à {month}',
  'churn.higher': '{points} pts de plus qu’en {month}',
  'churn.lower': '{points} pts de moins qu’en {month}',
  'churn.legend': 'Ligne pointillée : objectif de {target} par mois',
  'churn.caption': '{title} par mois',
  'churn.month': 'Mois',
  'churn.rate': 'Taux : {title}',
  'churn.target': 'Objectif',
  'churn.span': 'de {first} à {last}',
  'churn.aria': '{title} par mois, {span}, dernier taux {rate} en {month}',
  'churn.aria.no-rate': '{title} par mois, {span}, aucun taux sur ces mois ({noBase})',
  'churn.aria.target': '{text}, objectif {target}',
} satisfies TranslationOf<typeof churn>;
