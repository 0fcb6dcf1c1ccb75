/** German words of <mrr-movements>: a chunk of its own, fetched when a German page shows that element. */
import type { mrr } from '../en/mrr.js';
import type { TranslationOf } from '../types.js';

export default {
  'mrr.title': 'MRR-Bewegungen',
  'mrr.new': 'Neu',
  'mrr.expansion': 'Expansion',
  'mrr.reactivation': 'Reaktivierung',
  'mrr.contraction': 'Kontraktion',
  'mrr.churn': 'Abwanderung',
  'mrr.net': 'Nettobewegung',
  'mrr.end': 'MRR zum Monatsende',
  'mrr.month': 'Monat',
  'mrr.caption': 'MRR-Bewegungen nach Monat',
  'mrr.start': 'MRR zum Monatsbeginn',
  'mrr.headline': 'Netto-MRR-Bewegung im {month}',
  'mrr.end.value': 'MRR zum Monatsende: {end}',
  'mrr.legend': 'Im Diagramm gezeigte Reihen',
  'mrr.span': '{first} bis {last}',
  'mrr.aria': 'MRR-Bewegungen nach Monat, {span}; im {month} netto {net}, MRR zum Monatsende {end}',
} satisfies TranslationOf<typeof mrr>;
