/** Spanish words of <churn-trend>: a chunk of its own, fetched when a Spanish page shows that element. */
import type { churn } from '../en/churn.js';
import type { TranslationOf } from '../types.js';

export default {
  'churn.title.customer': 'Tasa de abandono de clientes',
  'churn.title.gross-revenue': 'Abandono bruto de ingresos',
  'churn.title.net-revenue': 'Abandono neto de ingresos',
  'churn.name.customer': 'tasa de abandono de clientes',
  'churn.name.gross-revenue': 'abandono bruto de ingresos',
  'churn.name.net-revenue': 'abandono neto de ingresos',
  'churn.no-base.customer': 'no hay clientes',
  'churn.no-base.revenue': 'no hay MRR',
  'churn.empty': 'Aún no hay tasa de abandono: {noBase} al inicio de ningún mes.',
  'churn.latest': '{title} en {month}',
  'churn.no-rate': '{title}: sin tasa en estos meses',
  'churn.unchanged': 'sin cambios desde {month}',
  'churn.higher': '{points} pts más que en {month}',
  'churn.lower': '{points} pts menos que en {month}',
  'churn.legend': 'Línea discontinua: objetivo de {target} al mes',
  'churn.caption': '{title} por mes',
  'churn.month': 'Mes',
  'churn.rate': 'Tasa: {title}',
  'churn.target': 'Objetivo',
  'churn.span': 'de {first} a {last}',
  'churn.aria': '{title} por mes, {span}, última tasa {rate} en {month}',
  'churn.aria.no-rate': '{title} por mes, {span}, sin tasa en estos meses ({noBase})',
  'churn.aria.target': '{text}, objetivo {target}',
} satisfies TranslationOf<typeof churn>;
