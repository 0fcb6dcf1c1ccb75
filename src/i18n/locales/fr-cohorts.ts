/** French words of <retention-cohorts>: a chunk of its own, fetched when a French page shows that element. */
import type { cohorts } from '../en/cohorts.js';
import type { TranslationOf } from '../types.js';

export default {
  'cohorts.name': 'rétention par cohorte',
  'cohorts.title.customers': 'Rétention des clients par cohorte d’inscription (part des clients)',
  'cohorts.title.revenue': 'Rétention du revenu par cohorte d’inscription (part du MRR)',
  'cohorts.cohort': 'Cohorte',
  'cohorts.size.customers': 'Clients',
  'cohorts.size.revenue': 'MRR initial',
  'cohorts.month': 'Mois {number}',
} satisfies TranslationOf<typeof cohorts>;
