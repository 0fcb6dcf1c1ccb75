/** English words of <mrr-movements>; see src/i18n/en.ts. */
export const mrr = {
  'mrr.title': 'MRR movements',
  'mrr.new': 'New',
  'mrr.expansion': 'Expansion',
  'mrr.reactivation': 'Reactivation',
  'mrr.contraction': 'Contraction',
  'mrr.churn': 'Churn',
  'mrr.net': 'Net movement',
  'mrr.end': 'End MRR',
  'mrr.month': 'Month',
  'mrr.caption': 'MRR movements by month',
  'mrr.start': 'Start MRR',
  'mrr.headline': 'Net MRR movement in {month}',
  'mrr.end.value': 'End of month MRR: {end}',
  'mrr.legend': 'Series shown in the chart',
  'mrr.span': '{first} to {last}',
  'mrr.aria': 'MRR movements by month, {span}; in {month} net {net}, end-of-month MRR {end}',
} as const;
