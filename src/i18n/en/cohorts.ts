/** English words of <retention-cohorts>; see src/i18n/en.ts. */
export const cohorts = {
  'cohorts.name': 'cohort retention',
  'cohorts.title.customers': 'Customer retention by signup cohort (share of customers)',
  'cohorts.title.revenue': 'Revenue retention by signup cohort (share of MRR)',
  'cohorts.cohort': 'Cohort',
  'cohorts.size.customers': 'Customers',
  'cohorts.size.revenue': 'Starting MRR',
  'cohorts.month': 'Month {number}',
} as const;
