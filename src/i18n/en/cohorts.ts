/** English words of <retention-cohorts>; see src/i18n/en.ts. */
export const cohorts = {
  'cohorts.title.customers': 'Customer retention by cohort',
  'cohorts.title.revenue': 'Revenue retention by cohort',
  'cohorts.cohort': 'Cohort',
  'cohorts.size': 'Size',
  'cohorts.month': 'Month {number}',
  'cohorts.basis.customers': 'customers',
  'cohorts.basis.revenue': 'revenue',
  'cohorts.customers': { one: '{count} customer', other: '{count} customers' },
  'cohorts.cell': '{cohort}, month {number}: {value}',
} as const;
