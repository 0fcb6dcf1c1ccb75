/** German words of <churn-trend>: a chunk of its own, fetched when a German page shows that element. */
import type { churn } from '../en/churn.js';
import type { TranslationOf } from '../types.js';

export default {
  'churn.title.customer': 'Kundenabwanderung',
  'churn.title.gross-revenue': 'Brutto-Umsatzabwanderung',
  'churn.title.net-revenue': 'Netto-Umsatzabwanderung',
  'churn.name.customer': 'Kundenabwanderung',
  'churn.name.gross-revenue': 'Brutto-Umsatzabwanderung',
  'churn.name.net-revenue': 'Netto-Umsatzabwanderung',
  'churn.no-base.customer': 'keine Kunden',
  'churn.no-base.revenue': 'kein MRR',
  'churn.empty': 'Noch keine Abwanderungsrate: {noBase} zu Beginn eines Monats.',
  'churn.latest': '{title} im {month}',
  'churn.no-rate': '{title}: keine Rate in diesen Monaten',
  'churn.unchanged': 'unverändert gegenüber {month}',
  'churn.higher': '{points} Pp. höher als im {month}',
  'churn.lower': '{points} Pp. niedriger als im {month}',
  'churn.legend': 'Gestrichelte Linie: Ziel {target} pro Monat',
  'churn.caption': '{title} nach Monat',
  'churn.month': 'Monat',
  'churn.rate': 'Rate: {title}',
  'churn.target': 'Ziel',
  'churn.span': '{first} bis {last}',
  'churn.aria': '{title} nach Monat, {span}, zuletzt {rate} im {month}',
  'churn.aria.no-rate': '{title} nach Monat, {span}, keine Rate in diesen Monaten ({noBase})',
  'churn.aria.target': '{text}, Ziel {target}',
} satisfies TranslationOf<typeof churn>;
