/** German words of <retention-cohorts>: a chunk of its own, fetched when a German page shows that element. */
import type { cohorts } from '../en/cohorts.js';
import type { TranslationOf } from '../types.js';

export default {
  'cohorts.name': 'Kohortenbindung',
  'cohorts.title.customers': 'Kundenbindung nach Anmeldekohorte (Anteil der Kunden)',
  'cohorts.title.revenue': 'Umsatzbindung nach Anmeldekohorte (Anteil am MRR)',
  'cohorts.cohort': 'Kohorte',
  'cohorts.size.customers': 'Kunden',
  'cohorts.size.revenue': 'MRR zu Beginn',
  'cohorts.month': 'Monat {number}',
} satisfies TranslationOf<typeof cohorts>;
