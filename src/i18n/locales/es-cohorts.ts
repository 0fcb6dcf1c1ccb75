/** Spanish words of <retention-cohorts>: a chunk of its own, fetched when a Spanish page shows that element. */
import type { cohorts } from '../en/cohorts.js';
import type { TranslationOf } from '../types.js';

export default {
  'cohorts.name': 'retención por cohorte',
  'cohorts.title.customers': 'Retención de clientes por cohorte de alta (porcentaje de clientes)',
  'cohorts.title.revenue': 'Retención de ingresos por cohorte de alta (porcentaje del MRR)',
  'cohorts.cohort': 'Cohorte',
  'cohorts.size.customers': 'Clientes',
  'cohorts.size.revenue': 'MRR inicial',
  'cohorts.month': 'Mes {number}',
} satisfies TranslationOf<typeof cohorts>;
